#pragma once
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace continuum::catalog {

// One schema change: the statements that take the catalog from version-1 to version.
struct MigrationStep {
    int version = 0;
    QStringList statements;
    // Data work that portable SQL cannot express (runs after the statements, same transaction).
    std::function<std::optional<QString>(QSqlDatabase&)> dataStep;
};

// The catalog schema and its migrations. The SQL is portable (SQLite and PostgreSQL) except
// what SqlDialect isolates.
//
// Dates are INTEGER yyyymmdd (NULL when unknown): compare and sort as numbers on every engine,
// no engine-specific DATE functions or text formats. Times of day are INTEGER seconds since
// midnight; instants (import log) are INTEGER milliseconds since the Unix epoch, UTC.
class CatalogSchema {
public:
    using Dialect = SqlDialect::Kind;

    static int latestVersion();
    static std::vector<MigrationStep> steps(Dialect dialect);
    static Dialect dialectOf(const QSqlDatabase& db);

    // Engine-specific connection settings (SqlDialect::connectionSettings).
    static std::optional<QString> applyConnectionSettings(QSqlDatabase& db);
    // The refusal of a database a newer Continuum wrote (nullopt when this program understands
    // it). Reads only: run before anything that could write (SQLite's journal mode).
    static std::optional<QString> refuseNewer(QSqlDatabase& db);
    // Version stored in schema_version (0 for an empty database).
    static int currentVersion(QSqlDatabase& db, QString* error = nullptr);
    // Applies pending steps up to targetVersion, each in its own transaction (a step that fails
    // leaves the database at the previous version). Refuses a newer database. On PostgreSQL the
    // whole check-and-migrate holds an advisory lock: workstations starting together migrate once.
    static std::optional<QString> migrate(QSqlDatabase& db, int targetVersion = latestVersion());

private:
    static std::optional<QString> migrateLocked(QSqlDatabase& db, int targetVersion);
    static std::optional<QString> fillStudyModalities(QSqlDatabase& db);
};

} // namespace continuum::catalog
