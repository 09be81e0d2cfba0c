#pragma once
#include "SettingsPage.h"

class QFormLayout;
class QLineEdit;

namespace continuum::app {

// The site and user folders of hanging protocols (hanging_protocols::ProtocolLibrary reads
// them through defaultFolders(); empty: the standard folders, shown as placeholders). The
// main window's library is built at start, so a change takes effect at the next start.
class ProtocolSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit ProtocolSettingsPage(QWidget* parent = nullptr);

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    QString siteFolderText() const;
    QString userFolderText() const;
    void setFolders(const QString& site, const QString& user);

private:
    QLineEdit* addFolderRow(QFormLayout* form, const QString& label, const QString& accessibleName,
                            const QString& standardFolder, const char* environmentVariable, const QString& objectName);

    QLineEdit* m_site = nullptr;
    QLineEdit* m_user = nullptr;
};

} // namespace continuum::app
