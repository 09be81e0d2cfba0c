#include "CatalogLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace continuum::catalog {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::catalog", text);
}

bool isUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace

CatalogLocation CatalogLocation::sqliteFile(const QString& path)
{
    CatalogLocation location;
    location.m_kind = Kind::SQLiteFile;
    location.m_path = path;
    return location;
}

CatalogLocation CatalogLocation::postgresql(const QString& host, int port, const QString& database, const QString& user)
{
    CatalogLocation location;
    location.m_kind = Kind::PostgreSQL;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    return location;
}

std::optional<CatalogLocation> CatalogLocation::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<CatalogLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("No catalog location was given."));
    if (!isUrl(trimmed)) {
        if (trimmed.contains(QLatin1String("://")))
            return fail(tr("The catalog location must be a file path or a postgresql://user@host:port/database URL."));
        return sqliteFile(trimmed);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("The catalog URL is malformed: %1").arg(url.errorString()));
    CatalogLocation location;
    location.m_kind = Kind::PostgreSQL;
    location.m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.m_port = url.port(5432);
    location.m_database = url.path().mid(1);   // drop the leading '/'
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_inlinePassword = url.password(QUrl::FullyDecoded);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return fail(tr("The catalog URL names no database (expected postgresql://user@host:port/database)."));
    if (location.m_port <= 0 || location.m_port > 65535)
        return fail(tr("The catalog URL has an invalid port."));
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            location.m_inlinePassword = value;
        else
            location.m_options.emplace_back(key, value);
    }
    return location;
}

QString CatalogLocation::credentialKey() const
{
    if (m_kind == Kind::SQLiteFile)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

QString CatalogLocation::toString() const
{
    if (m_kind == Kind::SQLiteFile)
        return m_path;
    QString text = credentialKey();
    if (!m_options.empty()) {
        QUrlQuery query;
        for (const auto& [key, value] : m_options)
            query.addQueryItem(key, value);
        text += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    return text;
}

bool CatalogLocation::operator==(const CatalogLocation& other) const
{
    return m_kind == other.m_kind && m_path == other.m_path && m_host == other.m_host && m_port == other.m_port
        && m_database == other.m_database && m_user == other.m_user && m_options == other.m_options;
}

} // namespace continuum::catalog
