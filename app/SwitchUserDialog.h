#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace continuum::app {

// Asks for the name of the user who reads from now on, checked as it is typed
// (UserSession::nameProblem): OK stays disabled while the name is refused, and the reason shows.
// The name is not authenticated: the dialog says it is a name, not a login.
class SwitchUserDialog : public QDialog {
    Q_OBJECT
public:
    // `currentUser` fills the field (selected, so typing replaces it); `operatingSystemUser` is
    // offered as the placeholder.
    SwitchUserDialog(const QString& currentUser, const QString& operatingSystemUser, QWidget* parent = nullptr);

    QString userName() const;   // trimmed
    void setUserName(const QString& name);
    QString problemText() const;   // empty while the name is accepted
    QLineEdit* nameField() const { return m_name; }

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace continuum::app
