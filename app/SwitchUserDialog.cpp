#include "SwitchUserDialog.h"

#include "UserSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::app {

SwitchUserDialog::SwitchUserDialog(const QString& currentUser, const QString& operatingSystemUser, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Switch user"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Give the name of the user who reads from now on. It is recorded in the audit log and marks the studies "
                                "this user reads. The viewer does not check a password: the name is taken as given."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("switchUserName"));
    m_name->setAccessibleName(tr("Name of the reading user"));
    m_name->setMaxLength(UserSession::kMaximumNameLength);
    m_name->setPlaceholderText(operatingSystemUser);
    m_name->setText(currentUser);
    m_name->selectAll();
    auto* label = new QLabel(tr("&Read as:"), this);
    label->setBuddy(m_name);
    form->addRow(label, m_name);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("switchUserProblem"));
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);   // said in words and in weight, not in colour alone
    m_problem->setFont(bold);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Switch"));
    m_ok->setAccessibleName(tr("Read as this user"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Keep the current user"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem->text().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SwitchUserDialog::validate);
    validate();
    const QFontMetrics metrics = fontMetrics();
    resize(QSize(metrics.averageCharWidth() * 60, sizeHint().height()).expandedTo(sizeHint()));
}

QString SwitchUserDialog::userName() const
{
    return m_name->text().trimmed();
}

void SwitchUserDialog::setUserName(const QString& name)
{
    m_name->setText(name);
}

QString SwitchUserDialog::problemText() const
{
    return m_problem->text();
}

void SwitchUserDialog::validate()
{
    const std::optional<QString> problem = UserSession::nameProblem(m_name->text());
    m_problem->setText(problem.value_or(QString()));
    m_problem->setVisible(problem.has_value());
    m_ok->setEnabled(!problem);
    m_name->setAccessibleDescription(problem.value_or(QString()));
}

} // namespace continuum::app
