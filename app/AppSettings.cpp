#include "AppSettings.h"

#include "catalog/CatalogLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include <unistd.h>

namespace continuum::app {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("continuum::app::AppSettings", text);
}

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

AppSettings::AppSettings()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("continuum"), QStringLiteral("continuum"))
{
}

QString AppSettings::catalogLocation() const
{
    return m_settings.value(key(kCatalogLocationKey)).toString();
}

std::optional<QString> AppSettings::catalogLocationProblem(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<catalog::CatalogLocation> location = catalog::CatalogLocation::parse(text, &error);
    if (!location)
        return error;
    if (!location->isPostgreSQL() && QDir::isRelativePath(location->filePath()))
        return translate("Give the catalog file as a full path (it starts with /).");
    return std::nullopt;
}

std::optional<QString> AppSettings::setCatalogLocation(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_settings.remove(key(kCatalogLocationKey));
        return std::nullopt;
    }
    if (auto problem = catalogLocationProblem(text))
        return problem;
    // toString() leaves out any password written into the URL: the keyring keeps passwords.
    m_settings.setValue(key(kCatalogLocationKey), catalog::CatalogLocation::parse(text)->toString());
    return std::nullopt;
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(key(kLanguageKey)).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

std::optional<QString> AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty()) {
        m_settings.remove(key(kLanguageKey));
        return std::nullopt;
    }
    if (!supportedLanguages().contains(code))
        return translate("The language \"%1\" is not one the viewer offers (%2).").arg(code, supportedLanguages().join(QStringLiteral(", ")));
    m_settings.setValue(key(kLanguageKey), code);
    return std::nullopt;
}

QString AppSettings::themeKey() const
{
    return m_settings.value(key(kThemeKey)).toString();
}

void AppSettings::setThemeKey(const QString& themeKey)
{
    if (themeKey.isEmpty())
        m_settings.remove(key(kThemeKey));
    else
        m_settings.setValue(key(kThemeKey), themeKey);
}

QString AppSettings::siteProtocolFolder() const
{
    return m_settings.value(key(kSiteProtocolFolderKey)).toString();
}

QString AppSettings::userProtocolFolder() const
{
    return m_settings.value(key(kUserProtocolFolderKey)).toString();
}

std::optional<QString> AppSettings::setSiteProtocolFolder(const QString& folder)
{
    return setFolder(kSiteProtocolFolderKey, folder);
}

std::optional<QString> AppSettings::setUserProtocolFolder(const QString& folder)
{
    return setFolder(kUserProtocolFolderKey, folder);
}

std::optional<QString> AppSettings::folderProblem(const QString& folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (QDir::isRelativePath(trimmed))
        return translate("Give the folder as a full path (it starts with /): %1").arg(trimmed);
    const QFileInfo info(trimmed);
    if (info.exists() && !info.isDir())
        return translate("%1 is a file, not a folder.").arg(trimmed);
    return std::nullopt;
}

std::optional<QString> AppSettings::setFolder(const char* name, const QString& folder)
{
    if (auto problem = folderProblem(folder))
        return problem;
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty())
        m_settings.remove(key(name));
    else
        m_settings.setValue(key(name), QDir::cleanPath(trimmed));
    return std::nullopt;
}

int AppSettings::cineCacheMiB() const
{
    bool ok = false;
    const int value = m_settings.value(key(kCineCacheKey)).toInt(&ok);
    return ok && value >= kMinimumCineCacheMiB && value <= kMaximumCineCacheMiB ? value : kDefaultCineCacheMiB;
}

std::optional<QString> AppSettings::setCineCacheMiB(int mebibytes)
{
    if (mebibytes < kMinimumCineCacheMiB || mebibytes > kMaximumCineCacheMiB)
        return translate("The cine memory budget must be between %1 and %2 MiB.").arg(kMinimumCineCacheMiB).arg(kMaximumCineCacheMiB);
    if (mebibytes == kDefaultCineCacheMiB)
        m_settings.remove(key(kCineCacheKey));
    else
        m_settings.setValue(key(kCineCacheKey), mebibytes);
    return std::nullopt;
}

QString AppSettings::syslogTarget() const
{
    const QString target = m_settings.value(key(kSyslogTargetKey)).toString();
    return syslogTargetProblem(target) ? QString() : target;
}

std::optional<QString> AppSettings::syslogTargetProblem(const QString& target)
{
    // What audit::SyslogTarget::parse understands, checked more strictly (a port it would wrap
    // around, a path it would ignore).
    const QString text = target.trimmed();
    if (text.isEmpty() || text == QLatin1String("local"))
        return std::nullopt;
    if (text.startsWith(QLatin1String("local:"))) {
        if (QDir::isRelativePath(text.mid(6)))
            return translate("Give the full path of the syslog socket after local: (for example local:/dev/log).");
        return std::nullopt;
    }
    static const QRegularExpression withPort(QStringLiteral("^(udp|tcp)://[^/]*:(\\d+)$"));
    if (const QRegularExpressionMatch match = withPort.match(text); match.hasMatch()) {
        const qlonglong port = match.captured(2).toLongLong();
        if (port < 1 || port > 65535)
            return translate("The syslog port must be between 1 and 65535.");
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("udp") && scheme != QLatin1String("tcp")))
        return translate("Give \"local\", udp://host:port or tcp://host:port.");
    if (url.host().isEmpty())
        return translate("The syslog address names no host: %1").arg(text);
    if (url.port() == 0 || url.port() > 65535)
        return translate("The syslog port must be between 1 and 65535.");
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return translate("A syslog address is only a host and a port: %1").arg(text);
    return std::nullopt;
}

std::optional<QString> AppSettings::setSyslogTarget(const QString& target)
{
    if (auto problem = syslogTargetProblem(target))
        return problem;
    const QString text = target.trimmed();
    if (text.isEmpty())
        m_settings.remove(key(kSyslogTargetKey));
    else
        m_settings.setValue(key(kSyslogTargetKey), text);
    return std::nullopt;
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int value = m_settings.value(key(kIdleLockMinutesKey)).toInt(&ok);
    return ok && value >= 0 && value <= kMaximumIdleLockMinutes ? value : kDefaultIdleLockMinutes;
}

std::optional<QString> AppSettings::setIdleLockMinutes(int minutes)
{
    if (minutes < 0 || minutes > kMaximumIdleLockMinutes)
        return translate("The idle lock time must be between 0 (never) and %1 minutes.").arg(kMaximumIdleLockMinutes);
    if (minutes == kDefaultIdleLockMinutes)
        m_settings.remove(key(kIdleLockMinutesKey));
    else
        m_settings.setValue(key(kIdleLockMinutesKey), minutes);
    return std::nullopt;
}

double AppSettings::storeMaxSizeGiB() const
{
    bool ok = false;
    const double value = m_settings.value(key(kStoreMaxSizeKey)).toDouble(&ok);
    return ok && value >= 0.0 && value <= kMaximumStoreGiB ? value : 0.0;
}

std::optional<QString> AppSettings::setStoreMaxSizeGiB(double gibibytes)
{
    if (!(gibibytes >= 0.0 && gibibytes <= kMaximumStoreGiB))
        return translate("The store size limit must be between 0 (no limit) and %1 GiB.").arg(kMaximumStoreGiB, 0, 'f', 0);
    if (gibibytes == 0.0)
        m_settings.remove(key(kStoreMaxSizeKey));
    else
        m_settings.setValue(key(kStoreMaxSizeKey), gibibytes);
    return std::nullopt;
}

int AppSettings::storeMaxAgeDays() const
{
    bool ok = false;
    const int value = m_settings.value(key(kStoreMaxAgeKey)).toInt(&ok);
    return ok && value >= 0 && value <= kMaximumStoreAgeDays ? value : 0;
}

std::optional<QString> AppSettings::setStoreMaxAgeDays(int days)
{
    if (days < 0 || days > kMaximumStoreAgeDays)
        return translate("The store age limit must be between 0 (no limit) and %1 days.").arg(kMaximumStoreAgeDays);
    if (days == 0)
        m_settings.remove(key(kStoreMaxAgeKey));
    else
        m_settings.setValue(key(kStoreMaxAgeKey), days);
    return std::nullopt;
}

int AppSettings::memoryBudgetMiB() const
{
    bool ok = false;
    const int value = m_settings.value(key(kMemoryBudgetKey)).toInt(&ok);
    return ok && (value == 0 || (value >= kMinimumMemoryBudgetMiB && value <= kMaximumMemoryBudgetMiB)) ? value : 0;
}

std::optional<QString> AppSettings::memoryBudgetProblem(int mebibytes)
{
    if (mebibytes != 0 && (mebibytes < kMinimumMemoryBudgetMiB || mebibytes > kMaximumMemoryBudgetMiB))
        return translate("The memory budget must be 0 (automatic) or between %1 and %2 MiB.").arg(kMinimumMemoryBudgetMiB).arg(kMaximumMemoryBudgetMiB);
    return std::nullopt;
}

std::optional<QString> AppSettings::setMemoryBudgetMiB(int mebibytes)
{
    if (auto problem = memoryBudgetProblem(mebibytes))
        return problem;
    if (mebibytes == 0)
        m_settings.remove(key(kMemoryBudgetKey));
    else
        m_settings.setValue(key(kMemoryBudgetKey), mebibytes);
    return std::nullopt;
}

qint64 AppSettings::physicalMemoryMiB()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return 4096;   // unknown: as memory::MemoryBudget, assume a small workstation
    return (qint64(pages) * qint64(pageSize)) >> 20;
}

int AppSettings::automaticMemoryBudgetMiB()
{
    // As memory::MemoryBudget::defaultBudgetBytes(): a quarter of physical memory.
    return int(std::min<qint64>(physicalMemoryMiB() / 4, kMaximumMemoryBudgetMiB));
}

QString AppSettings::resetAll()
{
    AppSettings settings;
    settings.m_settings.clear();
    settings.m_settings.sync();
    return settings.fileName();
}

} // namespace continuum::app
