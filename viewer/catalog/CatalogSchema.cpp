#include "CatalogSchema.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace continuum::catalog {

namespace {

QString describe(const QSqlError& error)
{
    return error.text().trimmed();
}

} // namespace

int CatalogSchema::latestVersion()
{
    return 5;
}

CatalogSchema::Dialect CatalogSchema::dialectOf(const QSqlDatabase& db)
{
    return SqlDialect::of(db).kind();
}

std::vector<MigrationStep> CatalogSchema::steps(Dialect dialect)
{
    const QString id = SqlDialect(dialect).identityColumn();
    std::vector<MigrationStep> all;

    // Version 1: the local catalog.
    all.push_back({1, {
        QStringLiteral("CREATE TABLE patients ("
                       "%1, "
                       "patient_key TEXT NOT NULL UNIQUE, "      // id + name + birth date: one row per identity
                       "patient_id TEXT NOT NULL, "
                       "patient_id_folded TEXT NOT NULL, "
                       "name TEXT NOT NULL, "                    // decoded PN, UTF-8
                       "name_alphabetic_folded TEXT NOT NULL, "
                       "name_ideographic_folded TEXT NOT NULL, "
                       "name_phonetic_folded TEXT NOT NULL, "
                       "name_search TEXT NOT NULL, "             // the three folded groups joined by '='
                       "birth_date INTEGER, "                    // yyyymmdd
                       "sex TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX patients_alphabetic_idx ON patients (name_alphabetic_folded)"),
        QStringLiteral("CREATE INDEX patients_ideographic_idx ON patients (name_ideographic_folded)"),
        QStringLiteral("CREATE INDEX patients_phonetic_idx ON patients (name_phonetic_folded)"),
        QStringLiteral("CREATE INDEX patients_id_idx ON patients (patient_id_folded)"),
        QStringLiteral("CREATE TABLE studies ("
                       "%1, "
                       "study_uid TEXT NOT NULL UNIQUE, "
                       "patient_fk BIGINT NOT NULL REFERENCES patients (id), "
                       "study_date INTEGER, "                    // yyyymmdd
                       "study_time INTEGER, "                    // seconds since midnight
                       "accession TEXT NOT NULL, "
                       "accession_folded TEXT NOT NULL, "
                       "description TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX studies_patient_idx ON studies (patient_fk)"),
        QStringLiteral("CREATE INDEX studies_date_idx ON studies (study_date)"),
        QStringLiteral("CREATE INDEX studies_accession_idx ON studies (accession_folded)"),
        QStringLiteral("CREATE TABLE series ("
                       "%1, "
                       "series_uid TEXT NOT NULL UNIQUE, "
                       "study_fk BIGINT NOT NULL REFERENCES studies (id), "
                       "modality TEXT NOT NULL, "
                       "series_number INTEGER NOT NULL, "
                       "description TEXT NOT NULL, "
                       "body_part TEXT NOT NULL, "
                       "frame_of_reference_uid TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX series_study_idx ON series (study_fk)"),
        QStringLiteral("CREATE INDEX series_modality_idx ON series (modality, study_fk)"),
        QStringLiteral("CREATE TABLE instances ("
                       "%1, "
                       "sop_instance_uid TEXT NOT NULL UNIQUE, "
                       "series_fk BIGINT NOT NULL REFERENCES series (id), "
                       "sop_class_uid TEXT NOT NULL, "
                       "transfer_syntax_uid TEXT NOT NULL, "     // of the first file seen
                       "instance_number INTEGER NOT NULL, "
                       "number_of_frames INTEGER NOT NULL, "     // 0: no pixel data
                       "pixel_rows INTEGER NOT NULL, "
                       "pixel_columns INTEGER NOT NULL, "
                       "position_x DOUBLE PRECISION, position_y DOUBLE PRECISION, position_z DOUBLE PRECISION, "
                       "row_x DOUBLE PRECISION, row_y DOUBLE PRECISION, row_z DOUBLE PRECISION, "
                       "column_x DOUBLE PRECISION, column_y DOUBLE PRECISION, column_z DOUBLE PRECISION, "
                       "spacing_row DOUBLE PRECISION NOT NULL, "
                       "spacing_column DOUBLE PRECISION NOT NULL, "
                       "spacing_kind INTEGER NOT NULL, "         // dicom::SpacingKind
                       "slice_thickness DOUBLE PRECISION, "
                       "content_hash TEXT NOT NULL)").arg(id),   // identifies the content behind the UID
        QStringLiteral("CREATE INDEX instances_series_idx ON instances (series_fk, instance_number)"),
        QStringLiteral("CREATE TABLE import_log ("
                       "%1, "
                       "workstation_id TEXT NOT NULL, "
                       "started_at BIGINT NOT NULL, "            // ms since epoch, UTC
                       "finished_at BIGINT, "                    // NULL while running or after a crash
                       "files_total INTEGER NOT NULL, "
                       "new_instances INTEGER NOT NULL, "
                       "already_present INTEGER NOT NULL, "
                       "conflicts INTEGER NOT NULL, "
                       "refused INTEGER NOT NULL, "
                       "skipped INTEGER NOT NULL, "
                       "cancelled INTEGER NOT NULL)").arg(id),
        QStringLiteral("CREATE TABLE file_locations ("
                       "%1, "
                       "instance_fk BIGINT NOT NULL REFERENCES instances (id), "
                       "workstation_id TEXT NOT NULL, "
                       "path TEXT NOT NULL, "
                       "file_size BIGINT NOT NULL, "
                       "import_fk BIGINT REFERENCES import_log (id), "
                       "UNIQUE (workstation_id, path))").arg(id),
        QStringLiteral("CREATE INDEX file_locations_instance_idx ON file_locations (instance_fk, workstation_id)"),
        QStringLiteral("CREATE TABLE study_status ("
                       "study_fk BIGINT NOT NULL PRIMARY KEY REFERENCES studies (id), "
                       "reading_status INTEGER NOT NULL, "       // ReadingStatus
                       "priority INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE import_problems ("
                       "%1, "
                       "import_fk BIGINT NOT NULL REFERENCES import_log (id), "
                       "kind TEXT NOT NULL, "                    // refused, skipped, conflict
                       "path TEXT NOT NULL, "
                       "reason TEXT NOT NULL, "
                       "sop_instance_uid TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX import_problems_import_idx ON import_problems (import_fk)"),
    }, {}});

    // Version 2: counts kept with the study so the browser lists 10,000 studies without counting a
    // million instances; series completeness (a series an unfinished import added to is not shown
    // complete); missing and managed files; the issuer of the patient ID.
    all.push_back({2, {
        QStringLiteral("ALTER TABLE patients ADD COLUMN issuer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE studies ADD COLUMN series_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE studies ADD COLUMN instance_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE studies ADD COLUMN modalities TEXT NOT NULL DEFAULT ''"),   // sorted, backslash separated
        QStringLiteral("ALTER TABLE series ADD COLUMN instance_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE series ADD COLUMN complete INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE series ADD COLUMN last_import_fk BIGINT"),
        QStringLiteral("ALTER TABLE file_locations ADD COLUMN missing_since BIGINT"),          // ms since epoch; NULL = present
        QStringLiteral("ALTER TABLE file_locations ADD COLUMN managed INTEGER NOT NULL DEFAULT 0"), // 1: a copy in the managed store
        QStringLiteral("ALTER TABLE import_log ADD COLUMN process_id BIGINT"),
        QStringLiteral("ALTER TABLE import_log ADD COLUMN mode TEXT NOT NULL DEFAULT 'reference'"),
        QStringLiteral("CREATE INDEX patients_issuer_idx ON patients (patient_id, issuer)"),
        QStringLiteral("CREATE INDEX patients_search_idx ON patients (name_search)"),
        QStringLiteral("CREATE INDEX series_import_idx ON series (last_import_fk)"),
        QStringLiteral("CREATE INDEX series_incomplete_idx ON series (study_fk, complete)"),
        QStringLiteral("UPDATE series SET instance_count = (SELECT COUNT(*) FROM instances i WHERE i.series_fk = series.id)"),
        QStringLiteral("UPDATE studies SET series_count = (SELECT COUNT(*) FROM series c WHERE c.study_fk = studies.id), "
                       "instance_count = (SELECT COALESCE(SUM(c.instance_count), 0) FROM series c WHERE c.study_fk = studies.id)"),
    }, &CatalogSchema::fillStudyModalities});

    // Version 3: reading workflow shared between workstations. The reading state row gains who and
    // when, where its priority came from, and a revision for optimistic concurrency (an UPDATE
    // ... WHERE revision = ? either wins or changes nothing, on SQLite and PostgreSQL alike).
    // Annotation documents of other workspaces get one generic table with the same rule.
    // Instants are INTEGER milliseconds since the epoch, UTC.
    all.push_back({3, {
        QStringLiteral("ALTER TABLE study_status ADD COLUMN status_user TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE study_status ADD COLUMN status_at BIGINT"),
        QStringLiteral("ALTER TABLE study_status ADD COLUMN priority_source INTEGER NOT NULL DEFAULT 0"),   // PrioritySource
        QStringLiteral("ALTER TABLE study_status ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE study_status ADD COLUMN changed_at BIGINT"),
        QStringLiteral("ALTER TABLE study_status ADD COLUMN revision BIGINT NOT NULL DEFAULT 0"),
        // Versions 1-2 had no meaning for priority numbers; now 0 routine, 1 urgent, 2 STAT.
        QStringLiteral("UPDATE study_status SET priority = 0 WHERE priority NOT IN (0, 1, 2)"),
        QStringLiteral("UPDATE study_status SET priority_source = 2 WHERE priority <> 0"),
        // Every study has its state row, so a change is always an UPDATE with a revision check.
        QStringLiteral("INSERT INTO study_status (study_fk, reading_status, priority) "
                       "SELECT s.id, 0, 0 FROM studies s WHERE NOT EXISTS (SELECT 1 FROM study_status ss WHERE ss.study_fk = s.id)"),
        QStringLiteral("CREATE INDEX study_status_worklist_idx ON study_status (reading_status, priority)"),
        QStringLiteral("CREATE TABLE annotations ("
                       "%1, "
                       "uid TEXT NOT NULL UNIQUE, "
                       "study_fk BIGINT NOT NULL REFERENCES studies (id), "
                       "kind TEXT NOT NULL, "
                       "payload TEXT NOT NULL, "                 // JSON
                       "author TEXT NOT NULL, "
                       "modified_at BIGINT NOT NULL, "           // ms since epoch, UTC
                       "revision BIGINT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX annotations_study_idx ON annotations (study_fk, kind)"),
    }, {}});

    // Version 4: which workstations hold files of a study. File locations are per workstation; on
    // a shared catalog a study imported elsewhere is listed but not local here, and the worklist
    // must say so for 10,000 studies without walking every instance's locations.
    all.push_back({4, {
        QStringLiteral("CREATE TABLE study_workstations ("
                       "study_fk BIGINT NOT NULL REFERENCES studies (id), "
                       "workstation_id TEXT NOT NULL, "
                       "PRIMARY KEY (study_fk, workstation_id))"),
        QStringLiteral("INSERT INTO study_workstations (study_fk, workstation_id) "
                       "SELECT DISTINCT se.study_fk, fl.workstation_id FROM file_locations fl "
                       "JOIN instances i ON i.id = fl.instance_fk JOIN series se ON se.id = i.series_fk"),
    }, {}});

    // Version 5: the audit trail (IHE ATNA), and what the store janitor needs to keep the managed
    // store within its limits without evicting work: when each workstation last opened a study,
    // where each import's files came from, and the objects created here with whether they were sent.
    QStringList v5{
        QStringLiteral("CREATE TABLE audit_events ("
                       "%1, "
                       "event_uid TEXT NOT NULL UNIQUE, "        // a replayed offline event is written once
                       "occurred_at BIGINT NOT NULL, "           // ms since epoch, UTC
                       "user_name TEXT NOT NULL, "
                       "workstation_id TEXT NOT NULL, "
                       "action INTEGER NOT NULL, "               // AuditAction
                       "outcome INTEGER NOT NULL, "              // AuditOutcome (PS3.15 EventOutcomeIndicator)
                       "study_uid TEXT NOT NULL, "
                       "patient_id TEXT NOT NULL, "
                       "patient_name TEXT NOT NULL, "
                       "remote_node TEXT NOT NULL, "
                       "detail TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE INDEX audit_events_at_idx ON audit_events (occurred_at)"),
        QStringLiteral("CREATE INDEX audit_events_study_idx ON audit_events (study_uid)"),
        QStringLiteral("CREATE INDEX audit_events_user_idx ON audit_events (user_name)"),
        QStringLiteral("ALTER TABLE study_workstations ADD COLUMN last_opened_at BIGINT"),   // ms since epoch; NULL = never opened here
        QStringLiteral("ALTER TABLE import_log ADD COLUMN origin INTEGER NOT NULL DEFAULT 0"),   // ImportOrigin
        // Earlier imports: copies came from media or folders; moved files were received from the
        // network, by retrieve or push alike, so they are kept (not known to be fetchable again).
        QStringLiteral("UPDATE import_log SET origin = CASE mode WHEN 'copy' THEN 2 WHEN 'move' THEN 4 ELSE 1 END"),
        QStringLiteral("CREATE TABLE outgoing_objects ("
                       "instance_fk BIGINT NOT NULL REFERENCES instances (id), "
                       "workstation_id TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, "            // ms since epoch, UTC
                       "sent_at BIGINT, "                        // NULL while unsent
                       "sent_to TEXT NOT NULL DEFAULT '', "      // nodes, backslash separated
                       "PRIMARY KEY (instance_fk, workstation_id))"),
        QStringLiteral("CREATE INDEX outgoing_objects_unsent_idx ON outgoing_objects (workstation_id, sent_at)"),
    };
    v5 += SqlDialect(dialect).appendOnlyStatements(QStringLiteral("audit_events"));
    all.push_back({5, v5, {}});
    return all;
}

std::optional<QString> CatalogSchema::fillStudyModalities(QSqlDatabase& db)
{
    // String aggregation differs between engines (group_concat, string_agg): done here instead.
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT DISTINCT study_fk, modality FROM series ORDER BY study_fk, modality")))
        return describe(select.lastError());
    std::vector<std::pair<qint64, QStringList>> perStudy;
    while (select.next()) {
        const qint64 study = select.value(0).toLongLong();
        if (perStudy.empty() || perStudy.back().first != study)
            perStudy.push_back({study, {}});
        perStudy.back().second << select.value(1).toString();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE studies SET modalities = ? WHERE id = ?"));
    for (const auto& [study, modalities] : perStudy) {
        update.bindValue(0, modalities.join(QLatin1Char('\\')));
        update.bindValue(1, study);
        if (!update.exec())
            return describe(update.lastError());
    }
    return std::nullopt;
}

std::optional<QString> CatalogSchema::applyConnectionSettings(QSqlDatabase& db)
{
    QSqlQuery query(db);
    for (const QString& statement : SqlDialect::of(db).connectionSettings()) {
        if (!query.exec(statement))
            return QCoreApplication::translate("CatalogSchema", "Could not configure the catalog database (%1): %2").arg(statement, describe(query.lastError()));
    }
    return std::nullopt;
}

std::optional<QString> CatalogSchema::refuseNewer(QSqlDatabase& db)
{
    const int current = currentVersion(db);
    if (current <= latestVersion())
        return std::nullopt;
    return QCoreApplication::translate("CatalogSchema", "The catalog was written by a newer version of Continuum (schema version %1; this program "
                          "understands up to %2). Update Continuum or use another catalog file.")
        .arg(current)
        .arg(latestVersion());
}

int CatalogSchema::currentVersion(QSqlDatabase& db, QString* error)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        if (error)
            *error = describe(query.lastError());
        return -1;
    }
    return query.next() && !query.value(0).isNull() ? query.value(0).toInt() : 0;
}

std::optional<QString> CatalogSchema::migrate(QSqlDatabase& db, int targetVersion)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery lock(db);
    if (const QString statement = dialect.migrationLockStatement(); !statement.isEmpty() && !lock.exec(statement))
        return QCoreApplication::translate("CatalogSchema", "Could not lock the catalog schema for migration: %1").arg(describe(lock.lastError()));
    auto result = migrateLocked(db, targetVersion);
    if (const QString statement = dialect.migrationUnlockStatement(); !statement.isEmpty())
        lock.exec(statement);   // the session ending releases it too
    return result;
}

std::optional<QString> CatalogSchema::migrateLocked(QSqlDatabase& db, int targetVersion)
{
    targetVersion = std::min(targetVersion, latestVersion());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER NOT NULL PRIMARY KEY, "
                                   "applied_at BIGINT NOT NULL)")))
        return QCoreApplication::translate("CatalogSchema", "Could not create the schema_version table: %1").arg(describe(query.lastError()));
    QString error;
    const int current = currentVersion(db, &error);
    if (current < 0)
        return QCoreApplication::translate("CatalogSchema", "Could not read the catalog schema version: %1").arg(error);
    if (auto newer = refuseNewer(db))
        return newer;

    for (const MigrationStep& step : steps(dialectOf(db))) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!db.transaction())
            return QCoreApplication::translate("CatalogSchema", "Could not start the migration to schema version %1: %2").arg(step.version).arg(describe(db.lastError()));
        QSqlQuery statement(db);
        for (const QString& sql : step.statements) {
            if (!statement.exec(sql)) {
                const QString message = describe(statement.lastError());
                db.rollback();
                return QCoreApplication::translate("CatalogSchema", "Migration to schema version %1 failed: %2").arg(step.version).arg(message);
            }
        }
        if (step.dataStep) {
            if (auto failure = step.dataStep(db)) {
                db.rollback();
                return QCoreApplication::translate("CatalogSchema", "Migration to schema version %1 failed: %2").arg(step.version).arg(*failure);
            }
        }
        statement.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        statement.addBindValue(step.version);
        statement.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!statement.exec()) {
            const QString message = describe(statement.lastError());
            db.rollback();
            return QCoreApplication::translate("CatalogSchema", "Could not record schema version %1: %2").arg(step.version).arg(message);
        }
        if (!db.commit())
            return QCoreApplication::translate("CatalogSchema", "Could not commit schema version %1: %2").arg(step.version).arg(describe(db.lastError()));
    }
    return std::nullopt;
}

} // namespace continuum::catalog
