#pragma once
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace continuum::catalog {

// Where a catalog lives: an SQLite file on this workstation, or a database on a PostgreSQL server
// a department shares (`postgresql://user@host:port/database`). A password written into the URL
// is accepted (some admins paste one) but kept apart: toString() never prints it, and a caller
// should rather use the keyring (Catalog::open's password provider) or libpq's ~/.pgpass.
class CatalogLocation {
public:
    enum class Kind { SQLiteFile, PostgreSQL };

    CatalogLocation() = default;
    static CatalogLocation sqliteFile(const QString& path);
    static CatalogLocation postgresql(const QString& host, int port, const QString& database, const QString& user);
    // A file path, or a postgresql:// (or postgres://) URL. Query items such as `sslmode=require`
    // or `connect_timeout=5` are passed to libpq. nullopt (and `error`) when the URL is malformed.
    static std::optional<CatalogLocation> parse(const QString& text, QString* error = nullptr);

    Kind kind() const { return m_kind; }
    bool isPostgreSQL() const { return m_kind == Kind::PostgreSQL; }
    bool isValid() const { return m_kind == Kind::PostgreSQL ? !m_database.isEmpty() : !m_path.isEmpty(); }
    QString filePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // libpq connection keywords from the URL's query (sslmode, connect_timeout, ...).
    const std::vector<std::pair<QString, QString>>& options() const { return m_options; }
    // The password found in the URL itself, if any (never printed).
    QString inlinePassword() const { return m_inlinePassword; }

    // The file path, or the URL without any password: safe for settings, logs and window titles.
    QString toString() const;
    // The key of this location in the keyring: the URL without password or options.
    QString credentialKey() const;

    bool operator==(const CatalogLocation& other) const;

private:
    Kind m_kind = Kind::SQLiteFile;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_inlinePassword;
    std::vector<std::pair<QString, QString>> m_options;
};

} // namespace continuum::catalog
