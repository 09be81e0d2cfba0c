#pragma once
#include "SettingsPage.h"

#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace continuum::app {

// Security and audit: the minutes without input after which the viewer locks (IdleLock; 0 =
// never), and where the audit trail is also sent as syslog messages (IHE ATNA): nowhere, "local"
// (this computer's syslog) or udp://host:port / tcp://host:port, checked as it is typed, with a
// button that sends one test message there (audit::SyslogSender, off the GUI thread).
class SecuritySettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit SecuritySettingsPage(QWidget* parent = nullptr);
    ~SecuritySettingsPage() override;

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    QString syslogTarget() const;
    void setSyslogTarget(const QString& target);
    // The verdict on the syslog target as typed: empty when valid.
    QString syslogProblem() const { return m_problem; }
    QString syslogFeedbackText() const;

    // Sends a syslog message naming no patient to the target as typed; the outcome shows under
    // the field (testResult()) when testFinished() is emitted.
    void sendTestMessage();
    bool isTesting() const { return m_test.isRunning(); }
    QString testResult() const { return m_testResult; }
    QPushButton* testButton() const { return m_testButton; }

Q_SIGNALS:
    void testFinished();

private:
    void validate();
    void showTestResult();

    QSpinBox* m_idle = nullptr;
    QLineEdit* m_syslog = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_testButton = nullptr;
    QString m_problem;
    QString m_testTarget;
    QString m_testResult;
    QFutureWatcher<std::optional<QString>> m_test;
};

} // namespace continuum::app
