#include "ProtocolSettingsPage.h"

#include "AppSettings.h"
#include "hanging_protocols/ProtocolLibrary.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::app {

ProtocolSettingsPage::ProtocolSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Hanging protocols are read from the bundled folder, then the site folder, then your own folder; "
                                "a protocol with the same id as an earlier one replaces it. Leave a field empty for the standard folder."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const hanging_protocols::ProtocolLibrary::Folders standard = hanging_protocols::ProtocolLibrary::standardFolders();
    m_site = addFolderRow(form, tr("&Site folder:"), tr("Site protocol folder"), standard.site, "CONTINUUM_SITE_PROTOCOLS",
                          QStringLiteral("siteProtocolFolder"));
    m_user = addFolderRow(form, tr("&Your folder:"), tr("Your protocol folder"), standard.user, "CONTINUUM_USER_PROTOCOLS",
                          QStringLiteral("userProtocolFolder"));
    layout->addLayout(form);
    auto* bundled = new QLabel(tr("Bundled protocols: %1").arg(QDir::toNativeSeparators(standard.bundled)), this);
    bundled->setWordWrap(true);
    bundled->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(bundled);
    auto* notes = new QLabel(tr("New folders take effect at the next start of the viewer."), this);
    notes->setWordWrap(true);
    layout->addWidget(notes);
    layout->addStretch(1);
}

QLineEdit* ProtocolSettingsPage::addFolderRow(QFormLayout* form, const QString& label, const QString& accessibleName,
                                              const QString& standardFolder, const char* environmentVariable, const QString& objectName)
{
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(QDir::toNativeSeparators(standardFolder));
    edit->setClearButtonEnabled(true);
    row->addWidget(edit, 1);
    auto* browse = new QPushButton(tr("Choose..."), this);
    browse->setAccessibleName(tr("Choose the %1").arg(accessibleName.toLower()));
    row->addWidget(browse);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, row);
    if (!qEnvironmentVariableIsEmpty(environmentVariable)) {
        auto* overridden = new QLabel(tr("This run uses %1 from the environment variable %2 instead.")
                                          .arg(QDir::toNativeSeparators(qEnvironmentVariable(environmentVariable)), QString::fromLatin1(environmentVariable)), this);
        overridden->setWordWrap(true);
        form->addRow(QString(), overridden);
    }
    connect(browse, &QPushButton::clicked, this, [this, edit, accessibleName] {
        const QString start = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        const QString folder = QFileDialog::getExistingDirectory(this, accessibleName, start);
        if (!folder.isEmpty())
            edit->setText(QDir::toNativeSeparators(folder));
    });
    return edit;
}

void ProtocolSettingsPage::load(const AppSettings& settings)
{
    setFolders(settings.siteProtocolFolder(), settings.userProtocolFolder());
}

std::optional<QString> ProtocolSettingsPage::save(AppSettings& settings)
{
    // Both checked before either is stored.
    if (auto problem = AppSettings::folderProblem(QDir::fromNativeSeparators(m_site->text())))
        return tr("Site protocol folder: %1").arg(*problem);
    if (auto problem = AppSettings::folderProblem(QDir::fromNativeSeparators(m_user->text())))
        return tr("Your protocol folder: %1").arg(*problem);
    settings.setSiteProtocolFolder(QDir::fromNativeSeparators(m_site->text()));
    settings.setUserProtocolFolder(QDir::fromNativeSeparators(m_user->text()));
    return std::nullopt;
}

QString ProtocolSettingsPage::siteFolderText() const
{
    return m_site->text();
}

QString ProtocolSettingsPage::userFolderText() const
{
    return m_user->text();
}

void ProtocolSettingsPage::setFolders(const QString& site, const QString& user)
{
    m_site->setText(QDir::toNativeSeparators(site));
    m_user->setText(QDir::toNativeSeparators(user));
}

} // namespace continuum::app
