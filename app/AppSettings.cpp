#include "AppSettings.h"

#include "catalog/CatalogLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

QString AppSettings::resetAll()
{
    AppSettings settings;
    settings.m_settings.clear();
    settings.m_settings.sync();
    return settings.fileName();
}

} // namespace continuum::app
