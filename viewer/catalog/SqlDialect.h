#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace continuum::catalog {

// Everything the catalog's SQL does differently on SQLite and PostgreSQL, in one place. The rest
// of the catalog's SQL is written once for both: positional parameters, INSERT ... RETURNING,
// INSERT ... ON CONFLICT DO NOTHING (SQLite >= 3.35 and PostgreSQL alike), integer dates and
// instants, ORDER BY without engine-specific NULL placement.
class SqlDialect {
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    static SqlDialect of(const QSqlDatabase& db);
    // The Qt driver name for the kind ("QSQLITE", "QPSQL").
    static QString driverName(Kind kind);

    Kind kind() const { return m_kind; }
    bool isPostgreSQL() const { return m_kind == Kind::PostgreSQL; }

    // The auto-numbered 64-bit primary key column.
    QString identityColumn() const;
    // The column type of opaque bytes.
    QString binaryType() const;
    // Statements run on every new connection (SQLite: WAL, foreign keys, busy timeout).
    QStringList connectionSettings() const;
    // Serialises schema migrations between processes (PostgreSQL: a session advisory lock, so two
    // workstations starting at once do not both create the tables; SQLite: the file lock of the
    // migration's own transaction suffices). Empty when nothing is needed.
    QString migrationLockStatement() const;
    QString migrationUnlockStatement() const;
    // "ok" when the engine finds nothing wrong; otherwise what it found.
    QString integrityCheck(QSqlDatabase& db) const;
    // The statement announcing a change of one study to other workstations, inside the changing
    // transaction (PostgreSQL NOTIFY, delivered at commit). Parameters: kind, user, study row id.
    // Empty on SQLite (one workstation; in-process listeners are told directly).
    QString notifyStudyChangeStatement() const;
    // Triggers that make `table` append-only: UPDATE and DELETE (and TRUNCATE on PostgreSQL) are
    // refused with an error naming the table. The table's owner can still drop them; a department
    // that wants more gives the workstations a role with INSERT and SELECT only.
    QStringList appendOnlyStatements(const QString& table) const;
    // The NOTIFY channel the catalog uses.
    static QString notificationChannel();
    // After a failed statement: whether the connection itself is gone (server down, network cut),
    // as opposed to a refused statement. Always false on SQLite.
    bool connectionLost(QSqlDatabase& db) const;

private:
    Kind m_kind;
};

} // namespace continuum::catalog
