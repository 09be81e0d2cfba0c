#include "SecuritySettingsPage.h"

#include "AppSettings.h"
#include "audit/SyslogSender.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSysInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace continuum::app {

SecuritySettingsPage::SecuritySettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* lock = new QGroupBox(tr("Idle lock"), this);
    auto* lockLayout = new QVBoxLayout(lock);
    auto* lockForm = new QFormLayout;
    m_idle = new QSpinBox(lock);
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idle->setAccessibleName(tr("Minutes without input before the viewer locks, 0 for never"));
    m_idle->setRange(0, AppSettings::kMaximumIdleLockMinutes);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never"));
    auto* idleLabel = new QLabel(tr("&Lock after no input for:"), lock);
    idleLabel->setBuddy(m_idle);
    lockForm->addRow(idleLabel, m_idle);
    lockLayout->addLayout(lockForm);
    auto* lockNotes = new QLabel(tr("When nobody touches the keyboard, mouse or screen for this long, the viewer hides patient data, "
                                    "pauses cine loops and shows who was reading. Continuing, or switching to another user, is recorded "
                                    "in the audit log. This is a privacy lock, not a login: it checks no password, so lock the computer "
                                    "too when you leave it. The default is %1 minutes; 0 turns the lock off.")
                                     .arg(AppSettings::kDefaultIdleLockMinutes), lock);
    lockNotes->setWordWrap(true);
    lockLayout->addWidget(lockNotes);
    layout->addWidget(lock);

    auto* audit = new QGroupBox(tr("Audit log"), this);
    auto* auditLayout = new QVBoxLayout(audit);
    auto* auditIntro = new QLabel(tr("Every study opened, imported, exported, sent, retrieved or deleted, and every change of user, is "
                                     "recorded in the catalog's audit log. A copy of each event can also go to a syslog server "
                                     "(IHE ATNA audit record repository)."), audit);
    auditIntro->setWordWrap(true);
    auditLayout->addWidget(auditIntro);
    auto* auditForm = new QFormLayout;
    m_syslog = new QLineEdit(audit);
    m_syslog->setObjectName(QStringLiteral("syslogTarget"));
    m_syslog->setAccessibleName(tr("Syslog destination of the audit log"));
    m_syslog->setPlaceholderText(tr("none"));
    m_syslog->setClearButtonEnabled(true);
    auto* syslogLabel = new QLabel(tr("Send to &syslog:"), audit);
    syslogLabel->setBuddy(m_syslog);
    auto* syslogRow = new QHBoxLayout;
    syslogRow->addWidget(m_syslog, 1);
    m_testButton = new QPushButton(tr("Send t&est message"), audit);
    m_testButton->setObjectName(QStringLiteral("syslogTest"));
    m_testButton->setAccessibleName(tr("Send a test message, naming no patient, to the syslog destination"));
    syslogRow->addWidget(m_testButton);
    auditForm->addRow(syslogLabel, syslogRow);
    auditLayout->addLayout(auditForm);
    m_feedback = new QLabel(audit);
    m_feedback->setObjectName(QStringLiteral("syslogFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auditLayout->addWidget(m_feedback);
    auto* auditNotes = new QLabel(tr("Empty: no syslog. \"local\": this computer's syslog (/dev/log). udp://host:port or tcp://host:port: "
                                     "an audit record repository, for example udp://arr.example.org:514 (port 514 when left out). "
                                     "A new destination applies when the settings are stored. Patient names and IDs go into "
                                     "these messages as DICOM audit messages require: send them only to a server of your institution."), audit);
    auditNotes->setWordWrap(true);
    auditLayout->addWidget(auditNotes);
    layout->addWidget(audit);
    layout->addStretch(1);

    connect(m_syslog, &QLineEdit::textChanged, this, &SecuritySettingsPage::validate);
    connect(m_testButton, &QPushButton::clicked, this, &SecuritySettingsPage::sendTestMessage);
    connect(&m_test, &QFutureWatcher<std::optional<QString>>::finished, this, &SecuritySettingsPage::showTestResult);
    validate();
}

SecuritySettingsPage::~SecuritySettingsPage()
{
    // The send is bounded by its timeout and holds no pointer to the page.
    m_test.waitForFinished();
}

void SecuritySettingsPage::sendTestMessage()
{
    const QString text = m_syslog->text().trimmed();
    if (text.isEmpty() || !m_problem.isEmpty() || m_test.isRunning())
        return;
    const std::optional<audit::SyslogTarget> target = audit::SyslogTarget::parse(text);
    if (!target)
        return;
    m_testTarget = text;
    m_testButton->setEnabled(false);
    m_feedback->setText(tr("Sending a test message to %1…").arg(text));
    const QByteArray message = audit::SyslogSender::frame(
        QByteArrayLiteral("Continuum audit test message: this workstation reaches this syslog destination. It names no patient and records no event."),
        audit::SyslogSender::kSeverityNotice, QDateTime::currentDateTimeUtc(), QSysInfo::machineHostName(), QStringLiteral("continuum"),
        QString::number(QCoreApplication::applicationPid()), QStringLiteral("TEST"));
    m_test.setFuture(QtConcurrent::run([target = *target, message]() -> std::optional<QString> {
        audit::SyslogSender sender(target, std::chrono::milliseconds(3000));
        return sender.send(message);
    }));
}

void SecuritySettingsPage::showTestResult()
{
    const std::optional<QString> error = m_test.result();
    if (error)
        m_testResult = tr("The test message could not be sent to %1: %2").arg(m_testTarget, *error);
    else if (m_testTarget.startsWith(QLatin1String("udp:")))
        m_testResult = tr("Test message sent to %1. UDP does not confirm delivery: check that the server received it.").arg(m_testTarget);
    else
        m_testResult = tr("Test message delivered to %1.").arg(m_testTarget);
    validate();
    m_feedback->setText(m_testResult);
    m_syslog->setAccessibleDescription(m_testResult);
    Q_EMIT testFinished();
}

void SecuritySettingsPage::load(const AppSettings& settings)
{
    m_idle->setValue(settings.idleLockMinutes());
    m_syslog->setText(settings.syslogTarget());
    validate();
}

std::optional<QString> SecuritySettingsPage::save(AppSettings& settings)
{
    validate();
    if (!m_problem.isEmpty())
        return tr("Syslog: %1").arg(m_problem);
    if (auto error = settings.setIdleLockMinutes(m_idle->value()))
        return tr("Idle lock: %1").arg(*error);
    if (auto error = settings.setSyslogTarget(m_syslog->text()))
        return tr("Syslog: %1").arg(*error);
    return std::nullopt;
}

int SecuritySettingsPage::idleLockMinutes() const
{
    return m_idle->value();
}

void SecuritySettingsPage::setIdleLockMinutes(int minutes)
{
    m_idle->setValue(minutes);
}

QString SecuritySettingsPage::syslogTarget() const
{
    return m_syslog->text().trimmed();
}

void SecuritySettingsPage::setSyslogTarget(const QString& target)
{
    m_syslog->setText(target);
}

QString SecuritySettingsPage::syslogFeedbackText() const
{
    return m_feedback->text();
}

void SecuritySettingsPage::validate()
{
    const QString text = m_syslog->text().trimmed();
    m_problem.clear();
    QString message;
    if (text.isEmpty()) {
        message = tr("Audit events stay in the catalog only.");
    } else if (const std::optional<QString> problem = AppSettings::syslogTargetProblem(text)) {
        m_problem = *problem;
        message = tr("Not valid: %1").arg(*problem);
    } else if (text.startsWith(QLatin1String("local"))) {
        message = tr("Audit events also go to this computer's syslog.");
    } else {
        const QUrl url(text);
        message = tr("Audit events also go to %1, port %2, over %3.").arg(url.host()).arg(url.port(514)).arg(url.scheme().toUpper());
    }
    m_feedback->setText(message);
    m_testButton->setEnabled(!text.isEmpty() && m_problem.isEmpty() && !m_test.isRunning());
    // Said in words and in weight, not in colour alone (themes change the colours).
    QFont font = m_feedback->font();
    font.setBold(!m_problem.isEmpty());
    m_feedback->setFont(font);
    m_syslog->setAccessibleDescription(message);
}

} // namespace continuum::app
