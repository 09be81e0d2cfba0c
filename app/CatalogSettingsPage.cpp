#include "CatalogSettingsPage.h"

#include "AppSettings.h"
#include "CatalogCommands.h"
#include "catalog/CatalogLocation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::app {

CatalogSettingsPage::CatalogSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The study catalog lists the studies this viewer knows. Keep it in a file on this computer, "
                                "or share one PostgreSQL database within the department."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* row = new QHBoxLayout;
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("catalogLocation"));
    m_location->setAccessibleName(tr("Catalog location"));
    m_location->setAccessibleDescription(tr("A full file path, or postgresql://user@host:port/database. Empty: the default catalog."));
    m_location->setPlaceholderText(QDir::toNativeSeparators(CatalogCommands::catalogPath(QString())));
    m_location->setClearButtonEnabled(true);
    row->addWidget(m_location, 1);
    m_browse = new QPushButton(tr("Choose &file..."), this);
    m_browse->setObjectName(QStringLiteral("catalogBrowse"));
    m_browse->setAccessibleName(tr("Choose a catalog file"));
    row->addWidget(m_browse);
    auto* label = new QLabel(tr("Catalog &location:"), this);
    label->setBuddy(m_location);
    form->addRow(label, row);
    layout->addLayout(form);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("catalogFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    auto* notes = new QLabel(tr("Examples: /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require\n\n"
                                "The password of a shared catalog is never stored in the settings: the viewer asks for it when the server "
                                "wants one and keeps it in the desktop keyring.\n\n"
                                "A new location takes effect at the next start of the viewer. The --catalog option and the CONTINUUM_CATALOG "
                                "environment variable take precedence over this setting."), this);
    notes->setWordWrap(true);
    layout->addWidget(notes);
    layout->addStretch(1);

    connect(m_location, &QLineEdit::textChanged, this, &CatalogSettingsPage::validate);
    connect(m_browse, &QPushButton::clicked, this, &CatalogSettingsPage::chooseFile);
    validate();
}

void CatalogSettingsPage::load(const AppSettings& settings)
{
    m_location->setText(settings.catalogLocation());
    validate();
}

std::optional<QString> CatalogSettingsPage::save(AppSettings& settings)
{
    validate();
    if (!m_problem.isEmpty())
        return tr("Catalog location: %1").arg(m_problem);
    if (auto error = settings.setCatalogLocation(m_location->text()))
        return tr("Catalog location: %1").arg(*error);
    return std::nullopt;
}

QString CatalogSettingsPage::locationText() const
{
    return m_location->text();
}

void CatalogSettingsPage::setLocationText(const QString& text)
{
    m_location->setText(text);
}

QString CatalogSettingsPage::problem() const
{
    return m_problem;
}

QString CatalogSettingsPage::feedbackText() const
{
    return m_feedback->text();
}

void CatalogSettingsPage::chooseFile()
{
    const QString start = m_location->text().contains(QLatin1String("://")) ? QString() : m_location->text();
    const QString file = QFileDialog::getSaveFileName(this, tr("Catalog file"), start.isEmpty() ? m_location->placeholderText() : start,
                                                      tr("SQLite catalog (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_location->setText(QDir::toNativeSeparators(file));
}

void CatalogSettingsPage::validate()
{
    const QString text = m_location->text().trimmed();
    m_problem.clear();
    QString message;
    if (text.isEmpty()) {
        message = tr("The default catalog: %1").arg(m_location->placeholderText());
    } else if (const std::optional<QString> problem = AppSettings::catalogLocationProblem(text)) {
        m_problem = *problem;
        message = tr("Not valid: %1").arg(*problem);
    } else {
        const catalog::CatalogLocation location = *catalog::CatalogLocation::parse(text);
        if (location.isPostgreSQL()) {
            message = tr("Shared PostgreSQL catalog: database %1 on %2, port %3").arg(location.database(), location.host()).arg(location.port());
            if (!location.user().isEmpty())
                message += tr(", user %1").arg(location.user());
            message += QLatin1Char('.');
            if (!location.inlinePassword().isEmpty())
                message += QLatin1Char(' ') + tr("The password in the URL will not be stored: the viewer asks for it and keeps it in the keyring.");
        } else {
            const QFileInfo file(location.filePath());
            message = file.exists() ? tr("Catalog file on this computer.")
                                    : tr("Catalog file on this computer (created at the next start).");
        }
    }
    m_feedback->setText(message);
    // Said in words and in weight, not in colour alone (themes change the colours).
    QFont font = m_feedback->font();
    font.setBold(!m_problem.isEmpty());
    m_feedback->setFont(font);
    m_location->setAccessibleDescription(message);
}

} // namespace continuum::app
