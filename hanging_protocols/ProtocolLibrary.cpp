#include "ProtocolLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace continuum::hanging_protocols {
namespace {

QString fromEnvironment(const char* name)
{
    return QString::fromLocal8Bit(qgetenv(name));
}

} // namespace

QString ProtocolLibrary::bundledFolder()
{
    if (const QString folder = fromEnvironment("CONTINUUM_BUNDLED_PROTOCOLS"); !folder.isEmpty())
        return folder;
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../") + QStringLiteral(CONTINUUM_PROTOCOLS_RELATIVE_DIR));
    candidates << QStringLiteral(CONTINUUM_PROTOCOLS_INSTALL_DIR) << QStringLiteral(CONTINUUM_PROTOCOLS_SOURCE_DIR);
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral(CONTINUUM_PROTOCOLS_SOURCE_DIR);
}

ProtocolLibrary::Folders ProtocolLibrary::standardFolders()
{
    Folders folders;
    folders.bundled = bundledFolder();
    folders.site = fromEnvironment("CONTINUUM_SITE_PROTOCOLS");
    if (folders.site.isEmpty()) {
        const QStringList config = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
        // The last location is the system-wide one (/etc/xdg); the first is the user's own.
        folders.site = QDir(config.isEmpty() ? QStringLiteral("/etc/xdg") : config.last()).filePath(QStringLiteral("continuum/hanging-protocols"));
    }
    folders.user = fromEnvironment("CONTINUUM_USER_PROTOCOLS");
    if (folders.user.isEmpty())
        folders.user = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("continuum/hanging-protocols"));
    return folders;
}

ProtocolLibrary::Folders ProtocolLibrary::defaultFolders()
{
    Folders folders = standardFolders();
    // The settings dialog's folders (app/AppSettings: the same file and keys), under the
    // environment variables, which stay the way to point one run elsewhere.
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("continuum"), QStringLiteral("continuum"));
    const QString site = settings.value(QStringLiteral("protocols/siteFolder")).toString();
    const QString user = settings.value(QStringLiteral("protocols/userFolder")).toString();
    if (!site.isEmpty() && fromEnvironment("CONTINUUM_SITE_PROTOCOLS").isEmpty())
        folders.site = site;
    if (!user.isEmpty() && fromEnvironment("CONTINUUM_USER_PROTOCOLS").isEmpty())
        folders.user = user;
    return folders;
}

ProtocolLibrary::ProtocolLibrary(Folders folders, QObject* parent) : QObject(parent), m_folders(std::move(folders))
{
    reload();
}

ProtocolLibrary::~ProtocolLibrary() = default;

void ProtocolLibrary::loadFolder(const QString& folder, ProtocolLevel level)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
        const QString path = dir.filePath(name);
        ProtocolProblem problem;
        std::optional<Protocol> protocol = ProtocolReader::readFile(path, &problem);
        if (!protocol) {
            m_problems.push_back(problem);
            continue;
        }
        auto existing = std::find_if(m_protocols.begin(), m_protocols.end(), [&](const LoadedProtocol& p) { return p.protocol.id == protocol->id; });
        if (existing != m_protocols.end() && existing->level == level) {
            m_problems.push_back({path, 0, tr("the id \"%1\" is already used by %2 in the same folder; this file is ignored").arg(protocol->id, existing->file)});
            continue;
        }
        LoadedProtocol loaded{std::move(*protocol), path, level, {}};
        if (existing != m_protocols.end()) {
            loaded.overriddenFiles = existing->overriddenFiles;
            loaded.overriddenFiles << existing->file;
            *existing = std::move(loaded);
        } else {
            m_protocols.push_back(std::move(loaded));
        }
    }
}

void ProtocolLibrary::reload()
{
    m_protocols.clear();
    m_problems.clear();
    loadFolder(m_folders.bundled, ProtocolLevel::Bundled);
    loadFolder(m_folders.site, ProtocolLevel::Site);
    loadFolder(m_folders.user, ProtocolLevel::User);
    std::sort(m_protocols.begin(), m_protocols.end(), [](const LoadedProtocol& a, const LoadedProtocol& b) { return a.protocol.id < b.protocol.id; });
    if (m_watcher)
        watchFolders();
    Q_EMIT reloaded();
}

std::vector<Protocol> ProtocolLibrary::protocolList() const
{
    std::vector<Protocol> list;
    list.reserve(m_protocols.size());
    for (const LoadedProtocol& loaded : m_protocols)
        list.push_back(loaded.protocol);
    return list;
}

const LoadedProtocol* ProtocolLibrary::find(const QString& id) const
{
    const auto it = std::find_if(m_protocols.begin(), m_protocols.end(), [&](const LoadedProtocol& p) { return p.protocol.id == id; });
    return it == m_protocols.end() ? nullptr : &*it;
}

void ProtocolLibrary::watchFolders()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    for (const QString& folder : {m_folders.bundled, m_folders.site, m_folders.user}) {
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            continue;
        m_watcher->addPath(folder);   // files added or removed
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            m_watcher->addPath(dir.filePath(name));   // files edited in place
    }
}

void ProtocolLibrary::setWatching(bool on)
{
    if (on == isWatching())
        return;
    if (!on) {
        m_watcher.reset();
        return;
    }
    m_watcher = std::make_unique<QFileSystemWatcher>();
    connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this, &ProtocolLibrary::reload);
    connect(m_watcher.get(), &QFileSystemWatcher::fileChanged, this, &ProtocolLibrary::reload);
    watchFolders();
}

} // namespace continuum::hanging_protocols
