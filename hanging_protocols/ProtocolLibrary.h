#pragma once
#include "Protocol.h"
#include "ProtocolReader.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QFileSystemWatcher;

namespace continuum::hanging_protocols {

// Where a protocol came from. Later levels override earlier ones by id.
enum class ProtocolLevel { Bundled, Site, User };

struct LoadedProtocol {
    Protocol protocol;
    QString file;
    ProtocolLevel level = ProtocolLevel::Bundled;
    QStringList overriddenFiles;   // files of lower levels with the same id, replaced by this one
};

// The protocols in effect: bundled ones, then the site folder, then the user folder; a protocol
// with the id of an earlier one replaces it (user over site over bundled). Every *.json file of
// a folder is read; an invalid one is reported (file, line, reason) and the others still load.
// reload() re-reads the folders; with watching on, changes reload by themselves.
class ProtocolLibrary : public QObject {
    Q_OBJECT
public:
    struct Folders {
        QString bundled;
        QString site;
        QString user;
    };
    // Bundled: $CONTINUUM_BUNDLED_PROTOCOLS, else <exe>/../share/continuum/hanging-protocols,
    // else the installed data folder, else the source tree. Site: $CONTINUUM_SITE_PROTOCOLS,
    // else the folder chosen in the settings (QSettings continuum/continuum, key
    // protocols/siteFolder), else /etc/xdg/continuum/hanging-protocols. User:
    // $CONTINUUM_USER_PROTOCOLS, else the setting protocols/userFolder, else
    // ~/.local/share/continuum/hanging-protocols.
    static Folders defaultFolders();
    // The same without the settings: where an empty setting leads.
    static Folders standardFolders();
    static QString bundledFolder();

    explicit ProtocolLibrary(Folders folders, QObject* parent = nullptr);
    ~ProtocolLibrary() override;

    const Folders& folders() const { return m_folders; }
    void reload();
    const std::vector<LoadedProtocol>& protocols() const { return m_protocols; }   // sorted by id
    std::vector<Protocol> protocolList() const;
    const LoadedProtocol* find(const QString& id) const;
    const std::vector<ProtocolProblem>& problems() const { return m_problems; }

    // Reload when a file in one of the folders changes (QFileSystemWatcher).
    void setWatching(bool on);
    bool isWatching() const { return m_watcher != nullptr; }

Q_SIGNALS:
    void reloaded();

private:
    void loadFolder(const QString& folder, ProtocolLevel level);
    void watchFolders();

    Folders m_folders;
    std::vector<LoadedProtocol> m_protocols;
    std::vector<ProtocolProblem> m_problems;
    std::unique_ptr<QFileSystemWatcher> m_watcher;
};

} // namespace continuum::hanging_protocols
