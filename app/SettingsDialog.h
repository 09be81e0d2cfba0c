#pragma once
#include "ThemeManager.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QTabWidget;

namespace continuum::app {

class CatalogSettingsPage;
class CineSettingsPage;
class LanguageSettingsPage;
class NodeSettingsPage;
class ProtocolSettingsPage;
class SecuritySettingsPage;
class SettingsPage;
class StorageSettingsPage;
class ThemeSettingsPage;

// Settings, one page per subject: PACS nodes and our own AE (NodeSettingsPage, which saves its
// nodes file with its own button), then the pages over AppSettings (catalog location, language,
// theme, hanging protocol folders, cine memory, managed-store limits and the memory budget, idle
// lock and the audit syslog target), stored by OK or Apply. A theme shows at once and is undone
// by Cancel.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QString& nodesFile, QWidget* parent = nullptr);

    NodeSettingsPage* nodesPage() const { return m_nodes; }
    CatalogSettingsPage* catalogPage() const { return m_catalog; }
    LanguageSettingsPage* languagePage() const { return m_language; }
    ThemeSettingsPage* themePage() const { return m_theme; }
    ProtocolSettingsPage* protocolPage() const { return m_protocols; }
    CineSettingsPage* cinePage() const { return m_cine; }
    StorageSettingsPage* storagePage() const { return m_storage; }
    SecuritySettingsPage* securityPage() const { return m_security; }
    QTabWidget* pages() const { return m_pages; }

    // Stores every AppSettings page; on a refused value nothing of that page is stored, its tab
    // is shown and the reason returned (and shown under the pages).
    std::optional<QString> applySettings();
    QString statusText() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The nodes file was written: whoever uses the nodes reloads them.
    void nodesSaved(const QString& path);
    // AppSettings were stored (OK or Apply); cineCacheBudgetBytes is AppSettings::cineCacheBudgetBytes().
    void settingsApplied();
    void cineCacheBudgetChanged(std::size_t bytes);

private:
    NodeSettingsPage* m_nodes = nullptr;
    CatalogSettingsPage* m_catalog = nullptr;
    LanguageSettingsPage* m_language = nullptr;
    ThemeSettingsPage* m_theme = nullptr;
    ProtocolSettingsPage* m_protocols = nullptr;
    CineSettingsPage* m_cine = nullptr;
    StorageSettingsPage* m_storage = nullptr;
    SecuritySettingsPage* m_security = nullptr;
    std::vector<SettingsPage*> m_settingsPages;
    QTabWidget* m_pages = nullptr;
    QLabel* m_status = nullptr;
    Theme m_storedTheme = Theme::System;   // what Cancel goes back to
};

} // namespace continuum::app
