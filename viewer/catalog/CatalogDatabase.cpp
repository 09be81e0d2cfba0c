#include "CatalogDatabase.h"

#include "CatalogSchema.h"
#include "NameFolding.h"

#include "dicom/InstanceHeader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <unistd.h>

namespace continuum::catalog {

namespace {

// A null QString binds as SQL NULL; the catalog's text columns are NOT NULL and use ''.
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}


QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.year() * 10000 + date.month() * 100 + date.day()) : QVariant(QMetaType(QMetaType::Int));
}

// Instants are stored as ms since the epoch, UTC.
QDateTime instantFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

StudyPriority priorityFrom(const QVariant& value)
{
    return static_cast<StudyPriority>(std::clamp(value.toInt(), 0, 2));
}

QDate dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    const int v = value.toInt();
    return QDate(v / 10000, (v / 100) % 100, v % 100);
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString likePattern(const QString& folded)
{
    QString escaped = folded;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const char* problemKindName(ImportProblem::Kind kind)
{
    switch (kind) {
    case ImportProblem::Kind::Refused: return "refused";
    case ImportProblem::Kind::Skipped: return "skipped";
    case ImportProblem::Kind::Conflict: return "conflict";
    }
    return "refused";
}

ImportProblem::Kind problemKindFrom(const QString& name)
{
    if (name == QLatin1String("skipped"))
        return ImportProblem::Kind::Skipped;
    if (name == QLatin1String("conflict"))
        return ImportProblem::Kind::Conflict;
    return ImportProblem::Kind::Refused;
}

// Where-clause and values of a study filter (shared by the list and its row count).
struct StudyConditions {
    QString sql;
    QVariantList values;
};

StudyConditions conditionsOf(const StudyFilter& filter, std::optional<qint64> studyId)
{
    StudyConditions conditions;
    if (studyId) {
        conditions.sql += QStringLiteral(" AND s.id = ?");
        conditions.values << *studyId;
    }
    // Folded like a stored name group: '^' between components reads as a space.
    const QString folded = NameFolding::fold(QString(filter.text).replace(QLatin1Char('^'), QLatin1Char(' ')));
    if (!folded.isEmpty()) {
        conditions.sql += QStringLiteral(
            " AND (p.name_search LIKE ? ESCAPE '\\' OR p.patient_id_folded LIKE ? ESCAPE '\\' OR s.accession_folded LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(folded);
        conditions.values << pattern << pattern << pattern;
    }
    if (!filter.patientId.isEmpty() || filter.patientIdExact) {
        conditions.sql += QStringLiteral(" AND p.patient_id = ?");
        conditions.values << filter.patientId;
    }
    if (filter.issuerOfPatientId) {
        conditions.sql += QStringLiteral(" AND p.issuer = ?");
        conditions.values << bindable(*filter.issuerOfPatientId);
    }
    if (!filter.studyInstanceUid.isEmpty()) {
        conditions.sql += QStringLiteral(" AND s.study_uid = ?");
        conditions.values << filter.studyInstanceUid;
    }
    if (filter.from.isValid()) {
        conditions.sql += QStringLiteral(" AND s.study_date >= ?");
        conditions.values << dateValue(filter.from);
    }
    if (filter.to.isValid()) {
        conditions.sql += QStringLiteral(" AND s.study_date <= ?");
        conditions.values << dateValue(filter.to);
    }
    if (!filter.modality.isEmpty()) {
        conditions.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM series m WHERE m.modality = ? AND m.study_fk = s.id)");
        conditions.values << filter.modality;
    }
    return conditions;
}

} // namespace

CatalogDatabase::CatalogDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

CatalogDatabase::~CatalogDatabase()
{
    m_statements.clear();   // statements must go before their connection
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<CatalogDatabase> CatalogDatabase::open(const QString& location, QString* error, int schemaVersion, bool readOnly)
{
    const auto parsed = CatalogLocation::parse(location, error);
    if (!parsed)
        return nullptr;
    return open(*parsed, parsed->inlinePassword(), error, schemaVersion, readOnly);
}

std::unique_ptr<CatalogDatabase> CatalogDatabase::open(const CatalogLocation& location, const QString& password, QString* error,
                                                       int schemaVersion, bool readOnly)
{
    static std::atomic<int> counter{0};
    auto database = std::unique_ptr<CatalogDatabase>(
        new CatalogDatabase(QStringLiteral("continuum_catalog_%1").arg(counter.fetch_add(1))));
    const SqlDialect::Kind kind = location.isPostgreSQL() ? SqlDialect::Kind::PostgreSQL : SqlDialect::Kind::SQLite;
    database->m_db = QSqlDatabase::addDatabase(SqlDialect::driverName(kind), database->m_connectionName);
    if (!database->m_db.isValid()) {
        if (error)
            *error = QCoreApplication::translate("CatalogDatabase", "The Qt SQL driver %1 is not installed (Debian package %2).")
                         .arg(SqlDialect::driverName(kind), location.isPostgreSQL() ? QStringLiteral("libqt6sql6-psql")
                                                                                    : QStringLiteral("libqt6sql6-sqlite"));
        return nullptr;
    }
    if (location.isPostgreSQL()) {
        database->m_db.setHostName(location.host());
        database->m_db.setPort(location.port());
        database->m_db.setDatabaseName(location.database());
        database->m_db.setUserName(location.user());
        if (!password.isEmpty())
            database->m_db.setPassword(password);
        // A server that does not answer must not freeze the workstation: give up after a few
        // seconds unless the URL says otherwise.
        QStringList options{QStringLiteral("application_name=continuum")};
        bool timeoutGiven = false;
        for (const auto& [key, value] : location.options()) {
            options << key + QLatin1Char('=') + value;
            timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        }
        if (!timeoutGiven)
            options << QStringLiteral("connect_timeout=5");
        // A server whose host vanished (no reset, just silence) fails a query within seconds
        // instead of the system's TCP retransmission timeout of many minutes.
        const auto given = [&](const char* keyword) {
            return std::any_of(location.options().begin(), location.options().end(),
                               [&](const auto& option) { return option.first == QLatin1String(keyword); });
        };
        if (!given("keepalives_idle"))
            options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
                    << QStringLiteral("keepalives_interval=3") << QStringLiteral("keepalives_count=3");
        if (!given("tcp_user_timeout"))
            options << QStringLiteral("tcp_user_timeout=10000");
        database->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    } else if (readOnly) {
        // A WAL database opened read-only needs its -shm file, which read-only media cannot
        // take. Without a -wal file nothing is pending: the file is opened as immutable.
        // Otherwise the -wal/-shm pair left there is read (mode=ro).
        const QString path = location.filePath();
        const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
        database->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        database->m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                                       + (walPresent ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
        database->m_readOnly = true;
    } else {
        database->m_db.setDatabaseName(location.filePath());
    }
    if (!database->m_db.open()) {
        // The driver's text names host, port and user, never the password.
        if (error)
            *error = QCoreApplication::translate("CatalogDatabase", "Cannot open the catalog %1: %2").arg(location.toString(), database->m_db.lastError().text().trimmed());
        return nullptr;
    }
    // A newer program's file is refused before this one changes anything (its journal mode).
    if (auto problem = CatalogSchema::refuseNewer(database->m_db)) {
        if (error)
            *error = *problem;
        return nullptr;
    }
    if (database->m_readOnly) {
        // Nothing is migrated on a file that cannot be written.
        if (const int found = CatalogSchema::currentVersion(database->m_db); found != CatalogSchema::latestVersion()) {
            if (error)
                *error = QCoreApplication::translate("CatalogDatabase", "The catalog %1 cannot be written and is at schema version %2; this program needs version %3. "
                                        "Open it once where it can be written to upgrade it.")
                             .arg(location.filePath())
                             .arg(found)
                             .arg(CatalogSchema::latestVersion());
            return nullptr;
        }
        QSqlQuery(database->m_db).exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        database->m_schemaVersion = CatalogSchema::latestVersion();
        return database;
    }
    if (auto problem = CatalogSchema::applyConnectionSettings(database->m_db)) {
        if (error)
            *error = *problem;
        return nullptr;
    }
    if (auto problem = CatalogSchema::migrate(database->m_db, schemaVersion < 0 ? CatalogSchema::latestVersion() : schemaVersion)) {
        if (error)
            *error = *problem;
        return nullptr;
    }
    database->m_schemaVersion = CatalogSchema::currentVersion(database->m_db);
    return database;
}

bool CatalogDatabase::connectionLost()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    if (m_db.isOpen() && SqlDialect::of(m_db).isPostgreSQL())
        m_db.rollback();   // leave an aborted transaction so the probe means the connection
    return SqlDialect::of(m_db).connectionLost(m_db);
}

int CatalogDatabase::schemaVersion()
{
    return CatalogSchema::currentVersion(m_db);
}

QString CatalogDatabase::lastErrorText() const
{
    return m_lastError;
}

QSqlQuery* CatalogDatabase::prepared(const QString& sql)
{
    auto& slot = m_statements[sql];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);   // every result is read once, front to back: no client-side row cache
        if (!query->prepare(sql)) {
            m_lastError = query->lastError().text();
            m_statements.erase(sql);
            return nullptr;
        }
        slot = std::move(query);
    }
    return slot.get();
}

bool CatalogDatabase::run(QSqlQuery* query, const QVariantList& values)
{
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, bindable(values[i]));
    if (query->exec())
        return true;
    m_lastError = query->lastError().text();
    return false;
}

bool CatalogDatabase::begin()
{
    m_claimedPending.clear();
    m_seriesAdded.clear();
    m_studiesAdded.clear();
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool CatalogDatabase::flushCounts()
{
    QSqlQuery* series = prepared(QStringLiteral("UPDATE series SET instance_count = instance_count + ? WHERE id = ?"));
    for (const auto& [id, added] : m_seriesAdded)
        if (!run(series, {added, id}))
            return false;
    QSqlQuery* studies = prepared(QStringLiteral("UPDATE studies SET instance_count = instance_count + ? WHERE id = ?"));
    for (const auto& [id, added] : m_studiesAdded)
        if (!run(studies, {added, id}))
            return false;
    m_seriesAdded.clear();
    m_studiesAdded.clear();
    return true;
}

bool CatalogDatabase::commit()
{
    if (!flushCounts())
        return false;
    // Read statements still positioned on a row would keep a read transaction open.
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    m_claimedSeries.merge(m_claimedPending);
    m_claimedPending.clear();
    return true;
}

void CatalogDatabase::rollback()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    m_db.rollback();
    m_claimedPending.clear();
    m_seriesAdded.clear();
    m_studiesAdded.clear();
    m_seriesByUid.clear();
    m_studiesOnWorkstation.clear();
}

std::optional<qint64> CatalogDatabase::idOf(const QString& sql, const QVariant& key)
{
    QSqlQuery* query = prepared(sql);
    if (!run(query, {key}))
        return std::nullopt;
    const std::optional<qint64> id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return id;
}

ImportOrigin CatalogDatabase::resolvedOrigin(ImportMode mode, ImportOrigin origin)
{
    if (mode == ImportMode::ReferenceInPlace)
        return ImportOrigin::InPlace;   // nothing was copied: the files are the user's
    if (origin != ImportOrigin::Automatic && origin != ImportOrigin::InPlace)
        return origin;
    return mode == ImportMode::CopyToStore ? ImportOrigin::LocalMedia : ImportOrigin::Received;
}

std::optional<qint64> CatalogDatabase::startImport(const QString& workstationId, int filesTotal, ImportMode mode, ImportOrigin origin)
{
    // import_log.origin arrived with schema version 5 (tests build older catalogs on purpose).
    const bool withOrigin = m_schemaVersion >= 5;
    QSqlQuery* query = prepared(withOrigin ? QStringLiteral(
        "INSERT INTO import_log (workstation_id, started_at, files_total, new_instances, already_present, conflicts, refused, "
        "skipped, cancelled, process_id, mode, origin) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, ?, ?, ?) RETURNING id")
                                           : QStringLiteral(
        "INSERT INTO import_log (workstation_id, started_at, files_total, new_instances, already_present, conflicts, refused, "
        "skipped, cancelled, process_id, mode) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, ?, ?) RETURNING id"));
    const QString modeName = mode == ImportMode::CopyToStore ? QStringLiteral("copy")
                           : mode == ImportMode::MoveToStore ? QStringLiteral("move")
                                                             : QStringLiteral("reference");
    QVariantList values{workstationId, QDateTime::currentMSecsSinceEpoch(), filesTotal, qint64(::getpid()), modeName};
    if (withOrigin)
        values << static_cast<int>(resolvedOrigin(mode, origin));
    // The store janitor may have removed this study's rows on this workstation since this
    // connection last wrote them: each import checks again (once per study).
    m_studiesOnWorkstation.clear();
    if (!run(query, values))
        return std::nullopt;
    if (!query->next()) {
        m_lastError = QStringLiteral("the import log gave no row id");
        return std::nullopt;
    }
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    m_importId = id;
    m_claimedSeries.clear();
    m_claimedPending.clear();
    m_seriesByUid.clear();
    return id;
}

bool CatalogDatabase::finishImport(const ImportResult& result, bool vouchesForCompleteness)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    bool ok = run(prepared(QStringLiteral("UPDATE import_log SET finished_at = ?, files_total = ?, new_instances = ?, "
                                          "already_present = ?, conflicts = ?, refused = ?, skipped = ?, cancelled = ? WHERE id = ?")),
                  {QDateTime::currentMSecsSinceEpoch(), result.filesSeen, result.newInstances, result.alreadyPresent, result.conflicts,
                   result.refused, result.skipped, result.cancelled ? 1 : 0, result.importId});
    // Only an import that saw every file it was given vouches for the series it added to.
    if (ok && vouchesForCompleteness && !result.cancelled && !result.failure)
        ok = run(prepared(QStringLiteral("UPDATE series SET complete = 1 WHERE last_import_fk = ? AND complete = 0")), {result.importId});
    if (!ok || !m_db.commit()) {
        if (ok)
            m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    m_importId = 0;
    m_claimedSeries.clear();
    m_seriesByUid.clear();
    return true;
}

bool CatalogDatabase::markSeriesComplete(const std::vector<qint64>& seriesIds)
{
    if (!begin())
        return false;
    QSqlQuery* update = prepared(QStringLiteral("UPDATE series SET complete = 1 WHERE id = ?"));
    for (const qint64 id : seriesIds) {
        if (!run(update, {id})) {
            rollback();
            return false;
        }
    }
    return commit();
}

bool CatalogDatabase::recordProblem(qint64 importId, const ImportProblem& problem)
{
    return run(prepared(QStringLiteral("INSERT INTO import_problems (import_fk, kind, path, reason, sop_instance_uid) VALUES (?, ?, ?, ?, ?)")),
               {importId, QString::fromLatin1(problemKindName(problem.kind)), problem.path, problem.reason, problem.sopInstanceUid});
}

std::vector<ImportProblem> CatalogDatabase::problemsOfImport(qint64 importId)
{
    std::vector<ImportProblem> problems;
    QSqlQuery* query = prepared(QStringLiteral("SELECT kind, path, reason, sop_instance_uid FROM import_problems WHERE import_fk = ? ORDER BY path, id"));
    if (!run(query, {importId}))
        return problems;
    while (query->next())
        problems.push_back({problemKindFrom(query->value(0).toString()), query->value(1).toString(), query->value(2).toString(),
                            query->value(3).toString()});
    query->finish();
    return problems;
}

QString CatalogDatabase::contentHash(const dicom::InstanceHeader& header)
{
    QByteArray identity;
    auto add = [&identity](const QByteArray& part) {
        identity += part;
        identity += '\x1f';
    };
    add(QByteArray::fromStdString(header.studyInstanceUid));
    add(QByteArray::fromStdString(header.seriesInstanceUid));
    add(QByteArray::fromStdString(header.sopClassUid));
    add(header.patient.id.toUtf8());
    add(header.patient.name.toUtf8());
    add(QByteArray::number(header.instanceNumber));
    add(QByteArray::number(header.hasPixelData ? header.pixelFormat.numberOfFrames : 0));
    add(QByteArray::number(header.pixelFormat.rows));
    add(QByteArray::number(header.pixelFormat.columns));
    if (!header.frames.empty() && header.frames.front().position) {
        const auto& p = *header.frames.front().position;
        add(QByteArray::number(p.x, 'g', 10) + ',' + QByteArray::number(p.y, 'g', 10) + ',' + QByteArray::number(p.z, 'g', 10));
    }
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex());
}

std::optional<qint64> CatalogDatabase::ensurePatient(const dicom::InstanceHeader& header)
{
    const QDate birth = header.patient.birthDate;
    // The issuer joins the key only when present, so keys written before it was read still match.
    QString key = header.patient.id + QChar(0x1f) + header.patient.name + QChar(0x1f)
                + (birth.isValid() ? birth.toString(QStringLiteral("yyyyMMdd")) : QString());
    if (!header.patient.issuerOfPatientId.isEmpty())
        key += QChar(0x1f) + header.patient.issuerOfPatientId;
    const QString find = QStringLiteral("SELECT id FROM patients WHERE patient_key = ?");
    auto existing = idOf(find, key);
    if (!existing || *existing != 0)
        return existing;
    const QStringList groups = NameFolding::foldedGroups(header.patient.name);
    QSqlQuery* insert = prepared(QStringLiteral(
        "INSERT INTO patients (patient_key, patient_id, patient_id_folded, name, name_alphabetic_folded, name_ideographic_folded, "
        "name_phonetic_folded, name_search, birth_date, sex, issuer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (patient_key) DO NOTHING RETURNING id"));
    if (!run(insert, {key, header.patient.id, NameFolding::fold(header.patient.id), header.patient.name, groups[0], groups[1], groups[2],
                      groups.join(QLatin1Char('=')), dateValue(birth), header.patient.sex, header.patient.issuerOfPatientId}))
        return std::nullopt;
    const std::optional<qint64> id = insert->next() ? std::optional<qint64>(insert->value(0).toLongLong()) : std::nullopt;
    insert->finish();
    // Another workstation added the same patient since we looked (shared PostgreSQL catalog).
    return id ? id : idOf(find, key);
}

std::optional<qint64> CatalogDatabase::ensureStudy(const dicom::InstanceHeader& header, qint64 patientId)
{
    const QString uid = text(header.studyInstanceUid);
    auto existing = idOf(QStringLiteral("SELECT id FROM studies WHERE study_uid = ?"), uid);
    if (!existing || *existing != 0)
        return existing;
    QSqlQuery* insert = prepared(QStringLiteral(
        "INSERT INTO studies (study_uid, patient_fk, study_date, study_time, accession, accession_folded, description, series_count, "
        "instance_count, modalities) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, '') ON CONFLICT (study_uid) DO NOTHING RETURNING id"));
    const QVariant time = header.studyTime.isValid() ? QVariant(header.studyTime.msecsSinceStartOfDay() / 1000) : QVariant(QMetaType(QMetaType::Int));
    if (!run(insert, {uid, patientId, dateValue(header.studyDate), time, header.accessionNumber, NameFolding::fold(header.accessionNumber),
                      header.studyDescription}))
        return std::nullopt;
    if (!insert->next()) {
        insert->finish();
        // Another workstation added it since we looked: use theirs (its state row came with it).
        return idOf(QStringLiteral("SELECT id FROM studies WHERE study_uid = ?"), uid);
    }
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();
    if (!run(prepared(QStringLiteral("INSERT INTO study_status (study_fk, reading_status, priority) VALUES (?, 0, 0)")), {id}))
        return std::nullopt;
    return id;
}

bool CatalogDatabase::addModality(qint64 studyId, const QString& modality)
{
    QSqlQuery* read = prepared(QStringLiteral("SELECT modalities FROM studies WHERE id = ?"));
    if (!run(read, {studyId}))
        return false;
    QStringList list = read->next() ? read->value(0).toString().split(QLatin1Char('\\'), Qt::SkipEmptyParts) : QStringList();
    read->finish();
    if (!list.contains(modality) && !modality.isEmpty()) {
        list << modality;
        list.sort();
    }
    return run(prepared(QStringLiteral("UPDATE studies SET series_count = series_count + 1, modalities = ? WHERE id = ?")),
               {list.join(QLatin1Char('\\')), studyId});
}

std::optional<CatalogDatabase::SeriesState> CatalogDatabase::ensureSeries(const dicom::InstanceHeader& header, qint64 studyId, qint64 importId)
{
    const QString uid = text(header.seriesInstanceUid);
    if (const auto cached = m_seriesByUid.constFind(uid); cached != m_seriesByUid.constEnd())
        return cached.value();
    QSqlQuery* find = prepared(QStringLiteral("SELECT id, study_fk, complete FROM series WHERE series_uid = ?"));
    if (!run(find, {uid}))
        return std::nullopt;
    if (find->next()) {
        const SeriesState state{find->value(0).toLongLong(), find->value(1).toLongLong(), find->value(2).toInt() != 0};
        find->finish();
        m_seriesByUid.insert(uid, state);
        return state;
    }
    find->finish();
    // Born incomplete and owned by this import: complete once the import finishes.
    QSqlQuery* insert = prepared(QStringLiteral(
        "INSERT INTO series (series_uid, study_fk, modality, series_number, description, body_part, frame_of_reference_uid, "
        "instance_count, complete, last_import_fk) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?) ON CONFLICT (series_uid) DO NOTHING RETURNING id"));
    if (!run(insert, {uid, studyId, header.modality, header.seriesNumber, header.seriesDescription, header.bodyPartExamined,
                      text(header.frameOfReferenceUid), importId}))
        return std::nullopt;
    if (!insert->next()) {
        insert->finish();
        // Another workstation added it since we looked: continue with theirs.
        if (!run(find, {uid}))
            return std::nullopt;
        if (!find->next()) {
            m_lastError = QStringLiteral("the new series gave no row id");
            return std::nullopt;
        }
        const SeriesState theirs{find->value(0).toLongLong(), find->value(1).toLongLong(), find->value(2).toInt() != 0};
        find->finish();
        m_seriesByUid.insert(uid, theirs);
        return theirs;
    }
    const SeriesState state{insert->value(0).toLongLong(), studyId, false};
    insert->finish();
    if (!addModality(studyId, header.modality))
        return std::nullopt;
    m_claimedPending.insert(state.id);
    m_seriesByUid.insert(uid, state);
    return state;
}

bool CatalogDatabase::claimSeries(const SeriesState& series, qint64 importId, bool addingInstance)
{
    if (m_claimedSeries.count(series.id) || m_claimedPending.count(series.id))
        return true;
    // A complete series found again (same files) stays complete; one that gains an instance, or
    // was left incomplete by an earlier import, now waits for this import to finish.
    if (series.complete && !addingInstance)
        return true;
    if (!run(prepared(QStringLiteral("UPDATE series SET complete = 0, last_import_fk = ? WHERE id = ?")), {importId, series.id}))
        return false;
    m_claimedPending.insert(series.id);
    SeriesState updated = series;
    updated.complete = false;
    for (auto it = m_seriesByUid.begin(); it != m_seriesByUid.end(); ++it)
        if (it->id == series.id) {
            it.value() = updated;
            break;
        }
    return true;
}

bool CatalogDatabase::storeLocation(qint64 instanceId, qint64 studyId, const QString& workstationId, const QString& path, qint64 fileSize,
                                    qint64 importId, bool managed)
{
    // study_workstations arrived with schema version 4.
    if (m_schemaVersion >= 4 && !m_studiesOnWorkstation.count({studyId, workstationId})) {
        if (!run(prepared(QStringLiteral("INSERT INTO study_workstations (study_fk, workstation_id) VALUES (?, ?) "
                                         "ON CONFLICT (study_fk, workstation_id) DO NOTHING")),
                 {studyId, workstationId}))
            return false;
        m_studiesOnWorkstation.insert({studyId, workstationId});
    }
    QSqlQuery* find = prepared(QStringLiteral(
        "SELECT id, instance_fk, file_size, missing_since FROM file_locations WHERE workstation_id = ? AND path = ?"));
    if (!run(find, {workstationId, path}))
        return false;
    if (find->next()) {
        const qint64 id = find->value(0).toLongLong();
        const bool same = find->value(1).toLongLong() == instanceId && find->value(2).toLongLong() == fileSize && find->value(3).isNull();
        find->finish();
        if (same)
            return true;
        // The file at this path was replaced, or is back: the location points at what is there now.
        return run(prepared(QStringLiteral("UPDATE file_locations SET instance_fk = ?, file_size = ?, import_fk = ?, missing_since = NULL, "
                                           "managed = ? WHERE id = ?")),
                   {instanceId, fileSize, importId, managed ? 1 : 0, id});
    }
    find->finish();
    return run(prepared(QStringLiteral("INSERT INTO file_locations (instance_fk, workstation_id, path, file_size, import_fk, managed) "
                                       "VALUES (?, ?, ?, ?, ?, ?)")),
               {instanceId, workstationId, path, fileSize, importId, managed ? 1 : 0});
}

CatalogDatabase::Stored CatalogDatabase::storeInstance(const dicom::InstanceHeader& header, const QString& workstationId, const QString& path,
                                                       qint64 fileSize, qint64 importId, bool managed)
{
    const QString sopUid = text(header.sopInstanceUid);
    const QString hash = contentHash(header);
    auto failed = [this] { return Stored{StoreOutcome::Failed, m_lastError}; };

    QSqlQuery* existing = prepared(QStringLiteral(
        "SELECT i.id, i.content_hash, se.series_uid, st.study_uid, se.id, se.study_fk, se.complete FROM instances i "
        "JOIN series se ON se.id = i.series_fk JOIN studies st ON st.id = se.study_fk WHERE i.sop_instance_uid = ?"));
    if (!run(existing, {sopUid}))
        return failed();
    if (existing->next()) {
        const qint64 instanceId = existing->value(0).toLongLong();
        const QString storedHash = existing->value(1).toString();
        const QString storedSeries = existing->value(2).toString();
        const QString storedStudy = existing->value(3).toString();
        const SeriesState series{existing->value(4).toLongLong(), existing->value(5).toLongLong(), existing->value(6).toInt() != 0};
        existing->finish();
        if (storedHash != hash) {
            QString what;
            if (storedStudy != text(header.studyInstanceUid))
                what = QStringLiteral("study %1 instead of %2").arg(text(header.studyInstanceUid), storedStudy);
            else if (storedSeries != text(header.seriesInstanceUid))
                what = QStringLiteral("series %1 instead of %2").arg(text(header.seriesInstanceUid), storedSeries);
            else
                what = QStringLiteral("different patient, image or position attributes");
            return {StoreOutcome::Conflict,
                    QStringLiteral("SOP Instance UID %1 is already in the catalog with different content (%2); the catalogued instance was kept.")
                        .arg(sopUid, what)};
        }
        if (!claimSeries(series, importId, false) || !storeLocation(instanceId, series.studyId, workstationId, path, fileSize, importId, managed))
            return failed();
        return {StoreOutcome::AlreadyPresent, {}};
    }
    existing->finish();

    const auto patientId = ensurePatient(header);
    if (!patientId)
        return failed();
    const auto studyId = ensureStudy(header, *patientId);
    if (!studyId)
        return failed();
    const auto series = ensureSeries(header, *studyId, importId);
    if (!series || !claimSeries(*series, importId, true))
        return failed();

    const dicom::FrameGeometry geometry = header.frames.empty() ? dicom::FrameGeometry{} : header.frames.front();
    const bool hasOrientation = geometry.rowDirection && geometry.columnDirection;
    QVariantList values{sopUid,
                        series->id,
                        text(header.sopClassUid),
                        text(header.transferSyntaxUid),
                        header.instanceNumber,
                        header.hasPixelData ? header.pixelFormat.numberOfFrames : 0,
                        header.pixelFormat.rows,
                        header.pixelFormat.columns};
    for (const auto* vector : {&geometry.position, &geometry.rowDirection, &geometry.columnDirection}) {
        const bool present = vector == &geometry.position ? geometry.position.has_value() : hasOrientation;
        for (double dicom::Vector3::*member : {&dicom::Vector3::x, &dicom::Vector3::y, &dicom::Vector3::z})
            values << (present ? QVariant((**vector).*member) : QVariant(QMetaType(QMetaType::Double)));
    }
    values << geometry.spacing.row << geometry.spacing.column << static_cast<int>(geometry.spacing.kind)
           << optionalDouble(geometry.sliceThickness) << hash;
    QSqlQuery* insert = prepared(QStringLiteral(
        "INSERT INTO instances (sop_instance_uid, series_fk, sop_class_uid, transfer_syntax_uid, instance_number, number_of_frames, "
        "pixel_rows, pixel_columns, position_x, position_y, position_z, row_x, row_y, row_z, column_x, column_y, column_z, spacing_row, "
        "spacing_column, spacing_kind, slice_thickness, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    if (!run(insert, values))
        return failed();
    if (!insert->next()) {
        m_lastError = QStringLiteral("the new instance gave no row id");
        return failed();
    }
    const qint64 instanceId = insert->value(0).toLongLong();
    insert->finish();
    if (!storeLocation(instanceId, series->studyId, workstationId, path, fileSize, importId, managed))
        return failed();
    ++m_seriesAdded[series->id];
    ++m_studiesAdded[series->studyId];
    return {StoreOutcome::New, {}};
}

std::vector<StudyRow> CatalogDatabase::selectStudies(const StudyFilter& filter, std::optional<qint64> studyId, const QString& workstationId)
{
    const StudyConditions conditions = conditionsOf(filter, studyId);
    QString sql = QStringLiteral(
        "SELECT s.id, s.study_uid, p.name, p.patient_id, p.issuer, p.birth_date, p.sex, s.study_date, s.accession, s.description, "
        "s.series_count, s.instance_count, s.modalities, COALESCE(ss.reading_status, 0), COALESCE(ss.priority, 0), "
        "(SELECT COUNT(*) FROM series c WHERE c.study_fk = s.id AND c.complete = 0), s.study_time, COALESCE(ss.status_user, ''), "
        "ss.status_at, COALESCE(ss.priority_source, 0), COALESCE(ss.revision, 0), "
        // File locations are per workstation: another desk's files do not make a study local here.
        "CASE WHEN EXISTS (SELECT 1 FROM study_workstations sw WHERE sw.study_fk = s.id AND sw.workstation_id = ?) THEN 1 ELSE 0 END "
        "FROM studies s JOIN patients p ON p.id = s.patient_fk LEFT JOIN study_status ss ON ss.study_fk = s.id WHERE 1 = 1");
    sql += conditions.sql;
    QVariantList values{workstationId};
    values += conditions.values;
    QString key;
    switch (filter.sortKey) {
    case StudySortKey::StudyDate: key = QStringLiteral("s.study_date"); break;
    case StudySortKey::PatientName: key = QStringLiteral("p.name_search"); break;
    case StudySortKey::PatientId: key = QStringLiteral("p.patient_id_folded"); break;
    case StudySortKey::Accession: key = QStringLiteral("s.accession_folded"); break;
    case StudySortKey::Description: key = QStringLiteral("s.description"); break;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Unknown dates sort last either way (NULL ordering differs between engines).
    sql += QStringLiteral(" ORDER BY CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1%2, s.id%2").arg(key, direction);
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }

    std::vector<StudyRow> rows;
    QSqlQuery* query = prepared(sql);
    if (!run(query, values))
        return rows;
    while (query->next()) {
        StudyRow row;
        row.id = query->value(0).toLongLong();
        row.studyInstanceUid = query->value(1).toString();
        row.patientName = query->value(2).toString();
        row.patientId = query->value(3).toString();
        row.issuerOfPatientId = query->value(4).toString();
        row.patientBirthDate = dateFrom(query->value(5));
        row.patientSex = query->value(6).toString();
        row.studyDate = dateFrom(query->value(7));
        row.accessionNumber = query->value(8).toString();
        row.description = query->value(9).toString();
        row.seriesCount = query->value(10).toInt();
        row.instanceCount = query->value(11).toInt();
        row.modalities = query->value(12).toString();
        row.status = static_cast<ReadingStatus>(query->value(13).toInt());
        row.priority = priorityFrom(query->value(14));
        row.incompleteSeriesCount = query->value(15).toInt();
        if (!query->value(16).isNull())
            row.studyTime = QTime(0, 0).addSecs(query->value(16).toInt());
        row.statusUser = query->value(17).toString();
        row.statusChangedAt = instantFrom(query->value(18));
        row.prioritySource = static_cast<PrioritySource>(std::clamp(query->value(19).toInt(), 0, 2));
        row.statusRevision = query->value(20).toLongLong();
        row.filesOnThisWorkstation = query->value(21).toInt() != 0;
        rows.push_back(std::move(row));
    }
    query->finish();
    return rows;
}

std::vector<StudyRow> CatalogDatabase::studies(const StudyFilter& filter, const QString& workstationId)
{
    return selectStudies(filter, std::nullopt, workstationId);
}

std::optional<StudyRow> CatalogDatabase::study(qint64 studyId, const QString& workstationId)
{
    auto rows = selectStudies(StudyFilter{}, studyId, workstationId);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

int CatalogDatabase::studyCount(const StudyFilter& filter)
{
    const StudyConditions conditions = conditionsOf(filter, std::nullopt);
    QSqlQuery* query = prepared(QStringLiteral("SELECT COUNT(*) FROM studies s JOIN patients p ON p.id = s.patient_fk WHERE 1 = 1") + conditions.sql);
    if (!run(query, conditions.values))
        return 0;
    const int count = query->next() ? query->value(0).toInt() : 0;
    query->finish();
    return count;
}

std::vector<SeriesRow> CatalogDatabase::seriesOfStudy(qint64 studyId, const QString& workstationId)
{
    std::vector<SeriesRow> rows;
    // Missing: has locations here, none of them present.
    QSqlQuery* query = prepared(QStringLiteral(
        "SELECT se.id, se.series_uid, se.modality, se.series_number, se.description, se.body_part, se.frame_of_reference_uid, "
        "se.instance_count, se.complete, "
        "(SELECT COUNT(*) FROM instances i WHERE i.series_fk = se.id "
        " AND EXISTS (SELECT 1 FROM file_locations f WHERE f.instance_fk = i.id AND f.workstation_id = ?) "
        " AND NOT EXISTS (SELECT 1 FROM file_locations f WHERE f.instance_fk = i.id AND f.workstation_id = ? AND f.missing_since IS NULL)) "
        "FROM series se WHERE se.study_fk = ? ORDER BY se.series_number, se.id"));
    if (!run(query, {workstationId, workstationId, studyId}))
        return rows;
    while (query->next()) {
        SeriesRow row;
        row.id = query->value(0).toLongLong();
        row.seriesInstanceUid = query->value(1).toString();
        row.modality = query->value(2).toString();
        row.seriesNumber = query->value(3).toInt();
        row.description = query->value(4).toString();
        row.bodyPart = query->value(5).toString();
        row.frameOfReferenceUid = query->value(6).toString();
        row.instanceCount = query->value(7).toInt();
        row.complete = query->value(8).toInt() != 0;
        row.missingFileCount = query->value(9).toInt();
        rows.push_back(std::move(row));
    }
    query->finish();
    return rows;
}

std::vector<InstanceRow> CatalogDatabase::instancesOfSeries(qint64 seriesId, const QString& workstationId)
{
    std::vector<InstanceRow> rows;
    QSqlQuery* query = prepared(QStringLiteral(
        "SELECT id, sop_instance_uid, sop_class_uid, transfer_syntax_uid, instance_number, number_of_frames, pixel_rows, pixel_columns, "
        "position_x, position_y, position_z, row_x, row_y, row_z, column_x, column_y, column_z, spacing_row, spacing_column, "
        "spacing_kind, slice_thickness FROM instances WHERE series_fk = ? ORDER BY instance_number, id"));
    if (!run(query, {seriesId}))
        return rows;
    std::map<qint64, std::size_t> indexById;
    while (query->next()) {
        InstanceRow row;
        row.id = query->value(0).toLongLong();
        row.sopInstanceUid = query->value(1).toString();
        row.sopClassUid = query->value(2).toString();
        row.transferSyntaxUid = query->value(3).toString();
        row.instanceNumber = query->value(4).toInt();
        row.numberOfFrames = query->value(5).toInt();
        row.rows = query->value(6).toInt();
        row.columns = query->value(7).toInt();
        if (!query->value(8).isNull())
            row.imagePosition = std::array<double, 3>{query->value(8).toDouble(), query->value(9).toDouble(), query->value(10).toDouble()};
        if (!query->value(11).isNull()) {
            std::array<double, 6> orientation{};
            for (int i = 0; i < 6; ++i)
                orientation[static_cast<std::size_t>(i)] = query->value(11 + i).toDouble();
            row.imageOrientation = orientation;
        }
        row.pixelSpacingRow = query->value(17).toDouble();
        row.pixelSpacingColumn = query->value(18).toDouble();
        row.pixelSpacingKind = query->value(19).toInt();
        if (!query->value(20).isNull())
            row.sliceThickness = query->value(20).toDouble();
        indexById[row.id] = rows.size();
        rows.push_back(std::move(row));
    }
    query->finish();
    QSqlQuery* locations = prepared(QStringLiteral(
        "SELECT fl.instance_fk, fl.path, fl.missing_since FROM file_locations fl JOIN instances i ON i.id = fl.instance_fk "
        "WHERE i.series_fk = ? AND fl.workstation_id = ? ORDER BY CASE WHEN fl.missing_since IS NULL THEN 0 ELSE 1 END, fl.path"));
    if (!run(locations, {seriesId, workstationId}))
        return rows;
    std::map<qint64, bool> anyPresent;
    while (locations->next()) {
        const qint64 instance = locations->value(0).toLongLong();
        const auto it = indexById.find(instance);
        if (it == indexById.end())
            continue;
        rows[it->second].paths.push_back(locations->value(1).toString());
        anyPresent[instance] = anyPresent[instance] || locations->value(2).isNull();
    }
    locations->finish();
    for (const auto& [instance, present] : anyPresent)
        rows[indexById[instance]].missing = !present;
    return rows;
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::catalog", text);
}

QString whenText(const QDateTime& instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("an unknown time");
}

QString whoText(const QString& user)
{
    return user.isEmpty() ? tr("someone") : user;
}

} // namespace

bool CatalogDatabase::beginChange()
{
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool CatalogDatabase::commitChange()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    m_db.rollback();
    return false;
}

void CatalogDatabase::rollbackChange()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    m_db.rollback();
}

bool CatalogDatabase::announce(qint64 studyId, const QString& kind, const QString& user)
{
    const QString sql = SqlDialect::of(m_db).notifyStudyChangeStatement();
    if (sql.isEmpty())
        return true;
    QSqlQuery* notify = prepared(sql);
    if (!run(notify, {kind, user, studyId}))
        return false;
    notify->finish();
    return true;
}

std::optional<ReadingState> CatalogDatabase::readingState(qint64 studyId)
{
    QSqlQuery* query = prepared(QStringLiteral(
        "SELECT reading_status, status_user, status_at, priority, priority_source, changed_by, changed_at, revision "
        "FROM study_status WHERE study_fk = ?"));
    if (!run(query, {studyId}))
        return std::nullopt;
    std::optional<ReadingState> state;
    if (query->next()) {
        state = ReadingState{};
        state->studyId = studyId;
        state->status = static_cast<ReadingStatus>(std::clamp(query->value(0).toInt(), 0, 2));
        state->statusUser = query->value(1).toString();
        state->statusChangedAt = instantFrom(query->value(2));
        state->priority = priorityFrom(query->value(3));
        state->prioritySource = static_cast<PrioritySource>(std::clamp(query->value(4).toInt(), 0, 2));
        state->changedBy = query->value(5).toString();
        state->changedAt = instantFrom(query->value(6));
        state->revision = query->value(7).toLongLong();
    }
    query->finish();
    return state;
}

ReadingStateChange CatalogDatabase::stateRefused(qint64 studyId)
{
    ReadingStateChange change;
    const auto current = readingState(studyId);
    if (!current) {
        change.outcome = m_lastError.isEmpty() ? ChangeOutcome::NotFound : ChangeOutcome::Failed;
        change.message = change.outcome == ChangeOutcome::NotFound ? tr("The study is not in the catalog.") : m_lastError;
        return change;
    }
    change.outcome = ChangeOutcome::Conflict;
    change.state = *current;
    change.message = tr("%1 changed this study at %2 after you loaded it; nothing was written. Its state is shown as it is now.")
                         .arg(whoText(current->changedBy), whenText(current->changedAt));
    return change;
}

ReadingStateChange CatalogDatabase::setReadingStatus(qint64 studyId, ReadingStatus status, const QString& user, qint64 expectedRevision)
{
    m_lastError.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery* update = prepared(QStringLiteral(
        "UPDATE study_status SET reading_status = ?, status_user = ?, status_at = ?, changed_by = ?, changed_at = ?, "
        "revision = revision + 1 WHERE study_fk = ? AND revision = ?"));
    if (!beginChange())
        return {ChangeOutcome::Failed, {}, m_lastError};
    if (!run(update, {static_cast<int>(status), user, now, user, now, studyId, expectedRevision})) {
        rollbackChange();
        return {ChangeOutcome::Failed, {}, m_lastError};
    }
    if (update->numRowsAffected() != 1) {
        rollbackChange();
        return stateRefused(studyId);
    }
    if (!announce(studyId, QStringLiteral("status"), user) || !commitChange()) {
        rollbackChange();
        return {ChangeOutcome::Failed, {}, m_lastError};
    }
    const auto state = readingState(studyId);
    if (!state)
        return {ChangeOutcome::Failed, {}, m_lastError};
    return {ChangeOutcome::Applied, *state, {}};
}

ReadingStateChange CatalogDatabase::setPriority(qint64 studyId, StudyPriority priority, PrioritySource source, const QString& user,
                                                qint64 expectedRevision)
{
    m_lastError.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A worklist server's priority never replaces one a user chose (checked in the same statement).
    QSqlQuery* update = prepared(QStringLiteral(
        "UPDATE study_status SET priority = ?, priority_source = ?, changed_by = ?, changed_at = ?, revision = revision + 1 "
        "WHERE study_fk = ? AND revision = ? AND (? = 2 OR priority_source <> 2)"));
    const int sourceValue = static_cast<int>(source);
    if (!beginChange())
        return {ChangeOutcome::Failed, {}, m_lastError};
    if (!run(update, {static_cast<int>(priority), sourceValue, user, now, studyId, expectedRevision, sourceValue})) {
        rollbackChange();
        return {ChangeOutcome::Failed, {}, m_lastError};
    }
    const bool changed = update->numRowsAffected() == 1;
    if (changed && (!announce(studyId, QStringLiteral("priority"), user) || !commitChange())) {
        rollbackChange();
        return {ChangeOutcome::Failed, {}, m_lastError};
    }
    if (!changed) {
        rollbackChange();
        ReadingStateChange refused = stateRefused(studyId);
        if (refused.outcome == ChangeOutcome::Conflict && refused.state.revision == expectedRevision)
            refused.message = tr("%1 set this study's priority by hand; the worklist server's priority was not applied.")
                                  .arg(whoText(refused.state.changedBy));
        return refused;
    }
    const auto state = readingState(studyId);
    if (!state)
        return {ChangeOutcome::Failed, {}, m_lastError};
    return {ChangeOutcome::Applied, *state, {}};
}

namespace {

Annotation annotationFrom(const QSqlQuery& query)
{
    Annotation annotation;
    annotation.uid = query.value(0).toString();
    annotation.studyId = query.value(1).toLongLong();
    annotation.kind = query.value(2).toString();
    annotation.payload = query.value(3).toString();
    annotation.author = query.value(4).toString();
    annotation.modifiedAt = instantFrom(query.value(5));
    annotation.revision = query.value(6).toLongLong();
    return annotation;
}

const QString kAnnotationColumns = QStringLiteral("uid, study_fk, kind, payload, author, modified_at, revision");

} // namespace

std::optional<Annotation> CatalogDatabase::annotation(const QString& uid)
{
    m_lastError.clear();
    QSqlQuery* query = prepared(QStringLiteral("SELECT %1 FROM annotations WHERE uid = ?").arg(kAnnotationColumns));
    if (!run(query, {uid}))
        return std::nullopt;
    std::optional<Annotation> found;
    if (query->next())
        found = annotationFrom(*query);
    query->finish();
    return found;
}

std::vector<Annotation> CatalogDatabase::annotations(qint64 studyId, const QString& kind)
{
    std::vector<Annotation> result;
    QSqlQuery* query = kind.isEmpty()
                           ? prepared(QStringLiteral("SELECT %1 FROM annotations WHERE study_fk = ? ORDER BY id").arg(kAnnotationColumns))
                           : prepared(QStringLiteral("SELECT %1 FROM annotations WHERE study_fk = ? AND kind = ? ORDER BY id").arg(kAnnotationColumns));
    QVariantList values{studyId};
    if (!kind.isEmpty())
        values << kind;
    if (!run(query, values))
        return result;
    while (query->next())
        result.push_back(annotationFrom(*query));
    query->finish();
    return result;
}

AnnotationChange CatalogDatabase::annotationRefused(const QString& uid, qint64 expectedRevision)
{
    AnnotationChange change;
    const auto current = annotation(uid);
    if (!current) {
        change.outcome = m_lastError.isEmpty() ? ChangeOutcome::NotFound : ChangeOutcome::Failed;
        change.message = change.outcome == ChangeOutcome::NotFound ? tr("The annotation is no longer in the catalog (deleted meanwhile).")
                                                                   : m_lastError;
        return change;
    }
    change.outcome = ChangeOutcome::Conflict;
    change.annotation = *current;
    change.message = expectedRevision == 0
                         ? tr("An annotation with this identifier was already saved by %1 at %2; nothing was written.")
                               .arg(whoText(current->author), whenText(current->modifiedAt))
                         : tr("%1 changed this annotation at %2 after you loaded it (revision %3, yours %4); nothing was written.")
                               .arg(whoText(current->author), whenText(current->modifiedAt))
                               .arg(current->revision)
                               .arg(expectedRevision);
    return change;
}

std::optional<QString> CatalogDatabase::annotationProblem(const Annotation& annotation)
{
    QJsonParseError parseError{};
    QJsonDocument::fromJson(annotation.payload.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("The annotation payload is not JSON: %1").arg(parseError.errorString());
    if (annotation.kind.trimmed().isEmpty())
        return tr("The annotation has no kind.");
    return std::nullopt;
}

AnnotationChange CatalogDatabase::saveAnnotation(const Annotation& annotation)
{
    m_lastError.clear();
    if (const auto problem = annotationProblem(annotation))
        return {ChangeOutcome::Failed, annotation, *problem};
    Annotation stored = annotation;
    stored.modifiedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (annotation.revision == 0) {
        if (stored.uid.isEmpty())
            stored.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        else if (this->annotation(stored.uid))
            return annotationRefused(stored.uid, 0);
        if (!readingState(annotation.studyId))
            return {ChangeOutcome::NotFound, annotation, m_lastError.isEmpty() ? tr("The study is not in the catalog.") : m_lastError};
        stored.revision = 1;
        QSqlQuery* insert = prepared(QStringLiteral(
            "INSERT INTO annotations (uid, study_fk, kind, payload, author, modified_at, revision) VALUES (?, ?, ?, ?, ?, ?, 1) "
            "ON CONFLICT (uid) DO NOTHING"));
        if (!beginChange())
            return {ChangeOutcome::Failed, annotation, m_lastError};
        if (!run(insert, {stored.uid, stored.studyId, stored.kind, stored.payload, stored.author, stored.modifiedAt.toMSecsSinceEpoch()})) {
            rollbackChange();
            return {ChangeOutcome::Failed, annotation, m_lastError};
        }
        // Two writers creating the same uid at once: the UNIQUE constraint lets one in.
        if (insert->numRowsAffected() != 1) {
            rollbackChange();
            return annotationRefused(stored.uid, 0);
        }
        if (!announce(stored.studyId, QStringLiteral("annotation"), stored.author) || !commitChange()) {
            rollbackChange();
            return {ChangeOutcome::Failed, annotation, m_lastError};
        }
        return {ChangeOutcome::Applied, stored, {}};
    }
    QSqlQuery* update = prepared(QStringLiteral(
        "UPDATE annotations SET kind = ?, payload = ?, author = ?, modified_at = ?, revision = revision + 1 WHERE uid = ? AND revision = ?"));
    if (!beginChange())
        return {ChangeOutcome::Failed, annotation, m_lastError};
    if (!run(update, {stored.kind, stored.payload, stored.author, stored.modifiedAt.toMSecsSinceEpoch(), stored.uid, annotation.revision})) {
        rollbackChange();
        return {ChangeOutcome::Failed, annotation, m_lastError};
    }
    if (update->numRowsAffected() != 1) {
        rollbackChange();
        return annotationRefused(stored.uid, annotation.revision);
    }
    // The study is the stored one (a caller's studyId is not trusted for an update).
    QSqlQuery* studyOf = prepared(QStringLiteral("SELECT study_fk FROM annotations WHERE uid = ?"));
    qint64 studyId = annotation.studyId;
    if (run(studyOf, {stored.uid}) && studyOf->next())
        studyId = studyOf->value(0).toLongLong();
    if (studyOf)
        studyOf->finish();
    if (!announce(studyId, QStringLiteral("annotation"), stored.author) || !commitChange()) {
        rollbackChange();
        return {ChangeOutcome::Failed, annotation, m_lastError};
    }
    const auto now = this->annotation(stored.uid);
    if (!now)
        return {ChangeOutcome::Failed, annotation, m_lastError};
    return {ChangeOutcome::Applied, *now, {}};
}

AnnotationChange CatalogDatabase::deleteAnnotation(const QString& uid, qint64 expectedRevision)
{
    m_lastError.clear();
    const auto before = annotation(uid);
    QSqlQuery* remove = prepared(QStringLiteral("DELETE FROM annotations WHERE uid = ? AND revision = ?"));
    if (!beginChange())
        return {ChangeOutcome::Failed, {}, m_lastError};
    if (!run(remove, {uid, expectedRevision})) {
        rollbackChange();
        return {ChangeOutcome::Failed, {}, m_lastError};
    }
    if (remove->numRowsAffected() != 1) {
        rollbackChange();
        return annotationRefused(uid, expectedRevision);
    }
    if (before && (!announce(before->studyId, QStringLiteral("annotation"), before->author) || !commitChange())) {
        rollbackChange();
        return {ChangeOutcome::Failed, {}, m_lastError};
    }
    if (!before && !commitChange())
        return {ChangeOutcome::Failed, {}, m_lastError};
    return {ChangeOutcome::Applied, before.value_or(Annotation{}), {}};
}

std::optional<std::vector<CatalogDatabase::Location>> CatalogDatabase::locations(const QString& workstationId, std::optional<qint64> studyId)
{
    QSqlQuery* query = studyId ? prepared(QStringLiteral(
                                     "SELECT fl.id, fl.path, fl.missing_since FROM file_locations fl JOIN instances i ON i.id = fl.instance_fk "
                                     "JOIN series se ON se.id = i.series_fk WHERE fl.workstation_id = ? AND se.study_fk = ?"))
                               : prepared(QStringLiteral("SELECT id, path, missing_since FROM file_locations WHERE workstation_id = ?"));
    QVariantList values{workstationId};
    if (studyId)
        values << *studyId;
    if (!run(query, values))
        return std::nullopt;
    std::vector<Location> result;
    while (query->next())
        result.push_back({query->value(0).toLongLong(), query->value(1).toString(), !query->value(2).isNull()});
    query->finish();
    return result;
}

bool CatalogDatabase::markLocations(const std::vector<std::pair<qint64, bool>>& missingById)
{
    if (missingById.empty())
        return true;
    if (!begin())
        return false;
    QSqlQuery* missing = prepared(QStringLiteral("UPDATE file_locations SET missing_since = ? WHERE id = ? AND missing_since IS NULL"));
    QSqlQuery* present = prepared(QStringLiteral("UPDATE file_locations SET missing_since = NULL WHERE id = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& [id, isMissing] : missingById) {
        const bool ok = isMissing ? run(missing, {now, id}) : run(present, {id});
        if (!ok) {
            rollback();
            return false;
        }
    }
    return commit();
}

QString CatalogDatabase::integrityCheck()
{
    return SqlDialect::of(m_db).integrityCheck(m_db);
}

// --- Audit trail ---

bool CatalogDatabase::insertAudit(const AuditEvent& event)
{
    QSqlQuery* insert = prepared(QStringLiteral(
        "INSERT INTO audit_events (event_uid, occurred_at, user_name, workstation_id, action, outcome, study_uid, patient_id, "
        "patient_name, remote_node, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_uid) DO NOTHING"));
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    bool ok = run(insert, {event.eventUid, event.at.toMSecsSinceEpoch(), event.user, event.workstationId, static_cast<int>(event.action),
                           static_cast<int>(event.outcome), event.studyUid, event.patientId, event.patientName, event.remoteNode,
                           event.detail});
    if (ok && event.action == AuditAction::StudyOpened && !event.studyUid.isEmpty()) {
        // The store janitor's "last opened": the latest opening wins, a replayed older one does not.
        ok = run(prepared(QStringLiteral("UPDATE study_workstations SET last_opened_at = ? WHERE workstation_id = ? AND "
                                         "study_fk = (SELECT id FROM studies WHERE study_uid = ?) AND "
                                         "(last_opened_at IS NULL OR last_opened_at < ?)")),
                 {event.at.toMSecsSinceEpoch(), event.workstationId, event.studyUid, event.at.toMSecsSinceEpoch()});
    }
    if (!ok || !m_db.commit()) {
        if (ok)
            m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<std::vector<AuditEvent>> CatalogDatabase::auditEvents(const AuditFilter& filter)
{
    QString sql = QStringLiteral(
        "SELECT id, occurred_at, user_name, workstation_id, action, outcome, study_uid, patient_id, patient_name, remote_node, detail, "
        "event_uid FROM audit_events WHERE 1 = 1");
    QVariantList values;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND occurred_at >= ?");
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND occurred_at <= ?");
        values << filter.to.toMSecsSinceEpoch();
    }
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        values << filter.user;
    }
    if (filter.action) {
        sql += QStringLiteral(" AND action = ?");
        values << static_cast<int>(*filter.action);
    }
    if (!filter.studyUid.isEmpty()) {
        sql += QStringLiteral(" AND study_uid = ?");
        values << filter.studyUid;
    }
    if (!filter.patientId.isEmpty()) {
        sql += QStringLiteral(" AND patient_id = ?");
        values << filter.patientId;
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    QSqlQuery* query = prepared(sql);
    if (!run(query, values))
        return std::nullopt;
    std::vector<AuditEvent> events;
    while (query->next()) {
        AuditEvent event;
        event.id = query->value(0).toLongLong();
        event.at = instantFrom(query->value(1));
        event.user = query->value(2).toString();
        event.workstationId = query->value(3).toString();
        event.action = static_cast<AuditAction>(query->value(4).toInt());
        event.outcome = static_cast<AuditOutcome>(query->value(5).toInt());
        event.studyUid = query->value(6).toString();
        event.patientId = query->value(7).toString();
        event.patientName = query->value(8).toString();
        event.remoteNode = query->value(9).toString();
        event.detail = query->value(10).toString();
        event.eventUid = query->value(11).toString();
        events.push_back(std::move(event));
    }
    query->finish();
    return events;
}

std::optional<std::pair<QString, QString>> CatalogDatabase::patientOfStudy(const QString& studyUid)
{
    QSqlQuery* query = prepared(QStringLiteral("SELECT p.patient_id, p.name FROM studies s JOIN patients p ON p.id = s.patient_fk "
                                               "WHERE s.study_uid = ?"));
    if (!run(query, {studyUid}))
        return std::nullopt;
    std::pair<QString, QString> patient;
    if (query->next())
        patient = {query->value(0).toString(), query->value(1).toString()};
    query->finish();
    return patient;
}

// --- Objects created here ---

ChangeOutcome CatalogDatabase::recordCreatedObject(const QString& sopInstanceUid, const QString& workstationId, qint64 atMs)
{
    const auto instance = idOf(QStringLiteral("SELECT id FROM instances WHERE sop_instance_uid = ?"), sopInstanceUid);
    if (!instance)
        return ChangeOutcome::Failed;
    if (*instance == 0)
        return ChangeOutcome::NotFound;
    if (!run(prepared(QStringLiteral("INSERT INTO outgoing_objects (instance_fk, workstation_id, created_at, sent_to) VALUES (?, ?, ?, '') "
                                     "ON CONFLICT (instance_fk, workstation_id) DO NOTHING")),
             {*instance, workstationId, atMs}))
        return ChangeOutcome::Failed;
    return ChangeOutcome::Applied;
}

ChangeOutcome CatalogDatabase::recordObjectSent(const QString& sopInstanceUid, const QString& workstationId, const QString& node, qint64 atMs)
{
    QSqlQuery* find = prepared(QStringLiteral("SELECT o.instance_fk, o.sent_to FROM outgoing_objects o JOIN instances i ON i.id = o.instance_fk "
                                              "WHERE i.sop_instance_uid = ? AND o.workstation_id = ?"));
    if (!run(find, {sopInstanceUid, workstationId}))
        return ChangeOutcome::Failed;
    if (!find->next()) {
        find->finish();
        return ChangeOutcome::NotFound;
    }
    const qint64 instance = find->value(0).toLongLong();
    QStringList nodes = find->value(1).toString().split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    find->finish();
    if (!node.isEmpty() && !nodes.contains(node))
        nodes << node;
    // The first sending is when it became safe to evict; later ones only add nodes.
    if (!run(prepared(QStringLiteral("UPDATE outgoing_objects SET sent_at = COALESCE(sent_at, ?), sent_to = ? "
                                     "WHERE instance_fk = ? AND workstation_id = ?")),
             {atMs, nodes.join(QLatin1Char('\\')), instance, workstationId}))
        return ChangeOutcome::Failed;
    return ChangeOutcome::Applied;
}

std::optional<std::vector<OutgoingObject>> CatalogDatabase::outgoingObjects(qint64 studyId, const QString& workstationId, bool unsentOnly)
{
    QString sql = QStringLiteral("SELECT i.sop_instance_uid, o.workstation_id, o.created_at, o.sent_at, o.sent_to FROM outgoing_objects o "
                                 "JOIN instances i ON i.id = o.instance_fk JOIN series se ON se.id = i.series_fk "
                                 "WHERE se.study_fk = ? AND o.workstation_id = ?");
    if (unsentOnly)
        sql += QStringLiteral(" AND o.sent_at IS NULL");
    sql += QStringLiteral(" ORDER BY o.created_at, i.sop_instance_uid");
    QSqlQuery* query = prepared(sql);
    if (!run(query, {studyId, workstationId}))
        return std::nullopt;
    std::vector<OutgoingObject> objects;
    while (query->next())
        objects.push_back({query->value(0).toString(), query->value(1).toString(), instantFrom(query->value(2)), instantFrom(query->value(3)),
                           query->value(4).toString()});
    query->finish();
    return objects;
}

// --- Store janitor ---

std::optional<std::vector<StoredStudy>> CatalogDatabase::storedStudies(const QString& workstationId)
{
    // One pass over this workstation's locations, grouped by study. A location counts as created
    // here when its instance has an outgoing_objects row of this workstation.
    QSqlQuery* query = prepared(QStringLiteral(
        "SELECT se.study_fk, st.study_uid, MAX(sw.last_opened_at), MAX(COALESCE(il.finished_at, il.started_at)), "
        "SUM(CASE WHEN fl.managed = 1 THEN fl.file_size ELSE 0 END), "
        "SUM(CASE WHEN fl.managed = 1 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN fl.managed = 1 AND COALESCE(il.origin, 0) <> ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN fl.managed = 0 AND o.instance_fk IS NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN o.instance_fk IS NOT NULL AND o.sent_at IS NULL THEN 1 ELSE 0 END) "
        "FROM file_locations fl JOIN instances i ON i.id = fl.instance_fk JOIN series se ON se.id = i.series_fk "
        "JOIN studies st ON st.id = se.study_fk LEFT JOIN import_log il ON il.id = fl.import_fk "
        "LEFT JOIN study_workstations sw ON sw.study_fk = se.study_fk AND sw.workstation_id = fl.workstation_id "
        "LEFT JOIN outgoing_objects o ON o.instance_fk = fl.instance_fk AND o.workstation_id = fl.workstation_id "
        "WHERE fl.workstation_id = ? GROUP BY se.study_fk, st.study_uid ORDER BY se.study_fk"));
    if (!run(query, {static_cast<int>(ImportOrigin::Retrieved), workstationId}))
        return std::nullopt;
    std::vector<StoredStudy> studies;
    while (query->next()) {
        StoredStudy study;
        study.studyId = query->value(0).toLongLong();
        study.studyUid = query->value(1).toString();
        study.lastOpenedAt = instantFrom(query->value(2));
        study.lastArrivedAt = instantFrom(query->value(3));
        study.managedBytes = query->value(4).toLongLong();
        study.managedFiles = query->value(5).toInt();
        study.notRefetchableFiles = query->value(6).toInt();
        study.inPlaceFiles = query->value(7).toInt();
        studies.push_back(std::move(study));
    }
    query->finish();
    // Unsent objects count even when their file is gone: the work is what matters, not the file.
    QSqlQuery* unsent = prepared(QStringLiteral(
        "SELECT se.study_fk, COUNT(*) FROM outgoing_objects o JOIN instances i ON i.id = o.instance_fk JOIN series se ON se.id = i.series_fk "
        "WHERE o.workstation_id = ? AND o.sent_at IS NULL GROUP BY se.study_fk"));
    if (!run(unsent, {workstationId}))
        return std::nullopt;
    std::map<qint64, int> unsentByStudy;
    while (unsent->next())
        unsentByStudy[unsent->value(0).toLongLong()] = unsent->value(1).toInt();
    unsent->finish();
    for (StoredStudy& study : studies)
        if (const auto it = unsentByStudy.find(study.studyId); it != unsentByStudy.end())
            study.unsentCreated = it->second;
    return studies;
}

std::optional<std::vector<StoredFile>> CatalogDatabase::evictableFiles(qint64 studyId, const QString& workstationId)
{
    QSqlQuery* query = prepared(QStringLiteral(
        "SELECT fl.id, fl.path, fl.file_size FROM file_locations fl JOIN instances i ON i.id = fl.instance_fk "
        "JOIN series se ON se.id = i.series_fk "
        "LEFT JOIN outgoing_objects o ON o.instance_fk = fl.instance_fk AND o.workstation_id = fl.workstation_id "
        "WHERE se.study_fk = ? AND fl.workstation_id = ? AND (fl.managed = 1 OR (o.instance_fk IS NOT NULL AND o.sent_at IS NOT NULL)) "
        "ORDER BY fl.path"));
    if (!run(query, {studyId, workstationId}))
        return std::nullopt;
    std::vector<StoredFile> files;
    while (query->next())
        files.push_back({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong()});
    query->finish();
    return files;
}

bool CatalogDatabase::forgetLocations(qint64 studyId, const QString& workstationId, const std::vector<qint64>& locationIds)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    bool ok = true;
    QSqlQuery* remove = prepared(QStringLiteral("DELETE FROM file_locations WHERE id = ? AND workstation_id = ?"));
    for (const qint64 id : locationIds)
        if (!(ok = run(remove, {id, workstationId})))
            break;
    // Without files here the study is no longer local: the worklist offers to retrieve it.
    if (ok)
        ok = run(prepared(QStringLiteral(
                     "DELETE FROM study_workstations WHERE study_fk = ? AND workstation_id = ? AND NOT EXISTS ("
                     "SELECT 1 FROM file_locations fl JOIN instances i ON i.id = fl.instance_fk JOIN series se ON se.id = i.series_fk "
                     "WHERE se.study_fk = ? AND fl.workstation_id = ?)")),
                 {studyId, workstationId, studyId, workstationId});
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    if (!ok || !m_db.commit()) {
        if (ok)
            m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    m_studiesOnWorkstation.erase({studyId, workstationId});
    return true;
}

} // namespace continuum::catalog
