#pragma once
#include <QSettings>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace continuum::app {

// The user's settings, typed: one place that knows the QSettings keys and what each value may
// be. The file is the one main.cpp selects (organization and application "continuum":
// $XDG_CONFIG_HOME/continuum/continuum.conf), named explicitly here so that verbs which set no
// organization (e.g. --reset-settings) reach the same file. Setters check their value and say
// in words what is wrong; nothing invalid is stored. GUI-free.
class AppSettings {
public:
    AppSettings();

    // The settings file (for messages).
    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

    // Catalog: a file path or a postgresql:// URL, stored without any password (the keyring
    // holds it). Empty: the default catalog. Read at start (main.cpp), after --catalog and
    // $CONTINUUM_CATALOG.
    QString catalogLocation() const;
    // Empty clears the setting. A relative file path is refused (it would depend on the folder
    // the viewer is started from).
    std::optional<QString> setCatalogLocation(const QString& text);
    // The check setCatalogLocation() does, for validating as the user types. Empty is valid.
    static std::optional<QString> catalogLocationProblem(const QString& text);

    // Language: "" follows the system locale; otherwise one of supportedLanguages().
    QString language() const;
    std::optional<QString> setLanguage(const QString& code);
    static QStringList supportedLanguages();   // ISO 639-1 codes: en, fr, de, es

    // Theme key as ThemeManager names them ("system", "dark-reading-room", "high-contrast").
    QString themeKey() const;
    void setThemeKey(const QString& key);

    // Hanging protocol folders replacing the standard site and user folders (empty: the
    // standard one). hanging_protocols::ProtocolLibrary::defaultFolders() reads the same keys.
    QString siteProtocolFolder() const;
    QString userProtocolFolder() const;
    std::optional<QString> setSiteProtocolFolder(const QString& folder);
    std::optional<QString> setUserProtocolFolder(const QString& folder);
    // The check of those setters: a full path that is not a file (a missing folder is fine:
    // the library skips it until it exists). Empty is valid.
    static std::optional<QString> folderProblem(const QString& folder);

    // Memory each cine viewport's frame cache may hold (render::CineViewport::setCacheBudgetBytes).
    static constexpr int kDefaultCineCacheMiB = 256;   // render::CineViewport::kDefaultCacheBudgetBytes
    static constexpr int kMinimumCineCacheMiB = 32;
    static constexpr int kMaximumCineCacheMiB = 65536;
    int cineCacheMiB() const;
    std::size_t cineCacheBudgetBytes() const { return std::size_t(cineCacheMiB()) << 20; }
    std::optional<QString> setCineCacheMiB(int mebibytes);

    // Audit: where audit::AuditTrail also sends each event as an RFC 5424 syslog message (IHE
    // ATNA): "" none, "local" (/dev/log), "local:/path/of/socket", "udp://host:port" or
    // "tcp://host:port" (port 514 when left out), as audit::SyslogTarget::parse reads it.
    QString syslogTarget() const;
    std::optional<QString> setSyslogTarget(const QString& target);
    // The check of setSyslogTarget(), for validating as the user types. Empty is valid.
    static std::optional<QString> syslogTargetProblem(const QString& target);

    // Security: minutes without input after which the session locks (IdleLock); 0 = never.
    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaximumIdleLockMinutes = 24 * 60;
    int idleLockMinutes() const;
    std::optional<QString> setIdleLockMinutes(int minutes);

    // Managed store limits (0 = no limit): the most the store may hold, and the age after which a
    // study that is neither unsent nor being read may leave it.
    static constexpr double kMaximumStoreGiB = 1024.0 * 1024.0;   // 1 PiB: a typing error beyond
    static constexpr int kMaximumStoreAgeDays = 100 * 365;
    double storeMaxSizeGiB() const;
    std::optional<QString> setStoreMaxSizeGiB(double gibibytes);
    int storeMaxAgeDays() const;
    std::optional<QString> setStoreMaxAgeDays(int days);

    // The process-wide memory budget for decoded images (memory::MemoryBudget), in MiB;
    // 0 = automatic, a quarter of physical memory (automaticMemoryBudgetMiB()).
    static constexpr int kMinimumMemoryBudgetMiB = 256;   // below it not even one CT series fits
    static constexpr int kMaximumMemoryBudgetMiB = 16 * 1024 * 1024;
    int memoryBudgetMiB() const;
    std::optional<QString> setMemoryBudgetMiB(int mebibytes);
    static std::optional<QString> memoryBudgetProblem(int mebibytes);
    static qint64 physicalMemoryMiB();
    static int automaticMemoryBudgetMiB();

    // Removes every stored setting of the file; returns the file's name.
    static QString resetAll();

    // Keys, shared with the readers outside app/ that cannot link this class.
    static constexpr const char* kCatalogLocationKey = "catalog/location";
    static constexpr const char* kLanguageKey = "ui/language";
    static constexpr const char* kThemeKey = "ui/theme";
    static constexpr const char* kSiteProtocolFolderKey = "protocols/siteFolder";   // also in ProtocolLibrary.cpp
    static constexpr const char* kUserProtocolFolderKey = "protocols/userFolder";   // also in ProtocolLibrary.cpp
    static constexpr const char* kCineCacheKey = "cine/cacheMiB";
    static constexpr const char* kSyslogTargetKey = "audit/syslogTarget";
    static constexpr const char* kIdleLockMinutesKey = "security/idleLockMinutes";
    static constexpr const char* kStoreMaxSizeKey = "store/maxSizeGiB";
    static constexpr const char* kStoreMaxAgeKey = "store/maxAgeDays";
    static constexpr const char* kMemoryBudgetKey = "memory/budgetMiB";

private:
    std::optional<QString> setFolder(const char* key, const QString& folder);

    QSettings m_settings;
};

} // namespace continuum::app
