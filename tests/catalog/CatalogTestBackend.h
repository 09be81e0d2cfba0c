#pragma once
#include "PostgresServer.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace continuum::testing {

// Which engine the catalog suite runs on: SQLite files (default) or, when the environment says
// CONTINUUM_CATALOG_BACKEND=postgresql, databases on a PostgreSQL server this process starts.
// The password reaches libpq through a PGPASSFILE this fixture writes, as ~/.pgpass would on a
// workstation, so the tests open catalogs by URL alone.
class CatalogTestBackend {
public:
    static CatalogTestBackend& instance();

    bool isPostgreSQL() const { return m_server != nullptr; }
    // Empty when the backend is ready (the server started).
    QString error() const;
    PostgresServer* server() const { return m_server.get(); }

    // A fresh, empty catalog: `name` inside `dir`, or a new database named after it.
    QString newLocation(const QTemporaryDir& dir, const QString& name);
    // An independent connection to a catalog location (close and remove it after use).
    QSqlDatabase connect(const QString& location, const QString& connectionName) const;

private:
    CatalogTestBackend();
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_passFileDir;
    QString m_error;
    int m_databases = 0;
};

} // namespace continuum::testing
