#include "SettingsDialog.h"

#include "AppSettings.h"
#include "CatalogSettingsPage.h"
#include "CineSettingsPage.h"
#include "LanguageSettingsPage.h"
#include "NodeSettingsPage.h"
#include "ProtocolSettingsPage.h"
#include "SecuritySettingsPage.h"
#include "StorageSettingsPage.h"
#include "ThemeSettingsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace continuum::app {

SettingsDialog::SettingsDialog(const QString& nodesFile, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* box = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setAccessibleName(tr("Settings pages"));
    m_nodes = new NodeSettingsPage(m_pages);
    m_nodes->load(nodesFile);   // the page shows what is wrong with the file, if anything
    m_pages->addTab(m_nodes, tr("&PACS nodes"));

    const AppSettings settings;
    m_storedTheme = ThemeManager::fromKey(settings.themeKey()).value_or(Theme::System);
    m_catalog = new CatalogSettingsPage(m_pages);
    m_language = new LanguageSettingsPage(m_pages);
    m_theme = new ThemeSettingsPage(m_pages);
    m_protocols = new ProtocolSettingsPage(m_pages);
    m_cine = new CineSettingsPage(m_pages);
    m_pages->addTab(m_catalog, tr("C&atalog"));
    m_pages->addTab(m_language, tr("Lan&guage"));
    m_pages->addTab(m_theme, tr("&Theme"));
    m_pages->addTab(m_protocols, tr("P&rotocols"));
    m_pages->addTab(m_cine, tr("C&ine"));
    m_storage = new StorageSettingsPage(m_pages);
    m_security = new SecuritySettingsPage(m_pages);
    m_pages->addTab(m_storage, tr("&Storage"));
    m_pages->addTab(m_security, tr("Sec&urity"));
    m_settingsPages = {m_catalog, m_language, m_theme, m_protocols, m_cine, m_storage, m_security};
    for (SettingsPage* page : m_settingsPages)
        page->load(settings);
    box->addWidget(m_pages, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    box->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Store the settings and close"));
    buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Store the settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without storing the settings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { applySettings(); });
    box->addWidget(buttons);
    connect(m_nodes, &NodeSettingsPage::saved, this, &SettingsDialog::nodesSaved);

    // In text lines and characters, not pixels: it grows with the font and the screen scale.
    const QFontMetrics metrics = fontMetrics();
    resize(QSize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 42).expandedTo(sizeHint()));
}

std::optional<QString> SettingsDialog::applySettings()
{
    AppSettings settings;
    const std::size_t budgetBefore = settings.cineCacheBudgetBytes();
    for (SettingsPage* page : m_settingsPages) {
        if (const std::optional<QString> error = page->save(settings)) {
            m_pages->setCurrentWidget(page);
            m_status->setText(*error);
            m_status->show();
            return error;
        }
    }
    settings.sync();
    m_storedTheme = m_theme->chosenTheme();
    m_status->setText(tr("Settings stored in %1.").arg(settings.fileName()));
    m_status->show();
    Q_EMIT settingsApplied();
    if (settings.cineCacheBudgetBytes() != budgetBefore)
        Q_EMIT cineCacheBudgetChanged(settings.cineCacheBudgetBytes());
    return std::nullopt;
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::accept()
{
    if (!applySettings())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    if (ThemeManager::current() != m_storedTheme)
        ThemeManager::apply(m_storedTheme);
    QDialog::reject();
}

} // namespace continuum::app
