#pragma once
#include "CatalogLocation.h"
#include "CatalogTypes.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace continuum::dicom {
struct InstanceHeader;
}

namespace continuum::catalog {

// One QtSql connection to the catalog and every SQL statement the catalog runs. A connection
// belongs to the thread that opened it (a QtSql rule); Catalog keeps one per thread.
// Statements are prepared once per connection and reused: preparing costs as much as running
// the small per-instance statements of an import.
class CatalogDatabase {
public:
    enum class StoreOutcome { New, AlreadyPresent, Conflict, Failed };
    struct Stored {
        StoreOutcome outcome = StoreOutcome::Failed;
        QString message;   // conflict description or database error
    };
    // A file location on this workstation, as checkFiles sees it.
    struct Location {
        qint64 id = 0;
        QString path;
        bool markedMissing = false;
    };

    // Opens (an SQLite file is created when absent) and migrates up to schemaVersion (tests build
    // catalogs of an older version with it). `password` is used for PostgreSQL when not empty
    // (libpq reads ~/.pgpass otherwise). Returns nullptr and sets `error` on failure.
    // `readOnly` (an SQLite file that cannot be written): the connection never writes, not even
    // the journal mode, and nothing is migrated, so the file must be at the latest version.
    static std::unique_ptr<CatalogDatabase> open(const CatalogLocation& location, const QString& password, QString* error,
                                                 int schemaVersion = -1, bool readOnly = false);
    // `location`: a file path or a postgresql:// URL (see CatalogLocation::parse).
    static std::unique_ptr<CatalogDatabase> open(const QString& location, QString* error, int schemaVersion = -1, bool readOnly = false);
    ~CatalogDatabase();
    CatalogDatabase(const CatalogDatabase&) = delete;
    CatalogDatabase& operator=(const CatalogDatabase&) = delete;

    int schemaVersion();
    bool readOnly() const { return m_readOnly; }
    QString lastErrorText() const;
    void clearError() { m_lastError.clear(); }
    // The connection itself, for a listener subscribing to notifications.
    QSqlDatabase& connection() { return m_db; }
    SqlDialect dialect() const { return SqlDialect::of(m_db); }
    // After a failure: whether the server connection is gone (PostgreSQL), not just a statement.
    bool connectionLost();

    // commit() first writes the instance counts gathered since begin(); rollback() forgets them.
    bool begin();
    bool commit();
    void rollback();

    // Import log. An import marks every series it adds to (or finds incomplete) as its own;
    // finishing it uncancelled marks those series complete.
    std::optional<qint64> startImport(const QString& workstationId, int filesTotal, ImportMode mode,
                                      ImportOrigin origin = ImportOrigin::Automatic);
    // The origin an import records: Automatic resolved from the mode.
    static ImportOrigin resolvedOrigin(ImportMode mode, ImportOrigin origin);
    bool finishImport(const ImportResult& result, bool vouchesForCompleteness = true);
    bool markSeriesComplete(const std::vector<qint64>& seriesIds);
    bool recordProblem(qint64 importId, const ImportProblem& problem);
    std::vector<ImportProblem> problemsOfImport(qint64 importId);

    // Adds the instance (and its patient/study/series when new) and its location `path`.
    Stored storeInstance(const dicom::InstanceHeader& header, const QString& workstationId, const QString& path, qint64 fileSize,
                         qint64 importId, bool managed);

    // Queries
    // `workstationId` decides StudyRow::filesOnThisWorkstation.
    std::vector<StudyRow> studies(const StudyFilter& filter, const QString& workstationId);
    int studyCount(const StudyFilter& filter);
    std::optional<StudyRow> study(qint64 studyId, const QString& workstationId);
    std::vector<SeriesRow> seriesOfStudy(qint64 studyId, const QString& workstationId);
    std::vector<InstanceRow> instancesOfSeries(qint64 seriesId, const QString& workstationId);

    // Reading state and annotations: optimistic changes (see Catalog).
    std::optional<ReadingState> readingState(qint64 studyId);
    ReadingStateChange setReadingStatus(qint64 studyId, ReadingStatus status, const QString& user, qint64 expectedRevision);
    ReadingStateChange setPriority(qint64 studyId, StudyPriority priority, PrioritySource source, const QString& user,
                                   qint64 expectedRevision);
    AnnotationChange saveAnnotation(const Annotation& annotation);
    // Why the annotation cannot be stored (payload not JSON, no kind); nullopt when it can.
    static std::optional<QString> annotationProblem(const Annotation& annotation);
    std::vector<Annotation> annotations(qint64 studyId, const QString& kind);
    std::optional<Annotation> annotation(const QString& uid);
    AnnotationChange deleteAnnotation(const QString& uid, qint64 expectedRevision);
    // "ok" when the engine finds nothing wrong (SqlDialect::integrityCheck).
    QString integrityCheck();

    // Audit trail (schema 5). `event` is complete (Catalog::completeAuditEvent). An event whose
    // event_uid is already there is not written again (a replayed offline event). A StudyOpened
    // event also sets study_workstations.last_opened_at of its study and workstation.
    bool insertAudit(const AuditEvent& event);
    std::optional<std::vector<AuditEvent>> auditEvents(const AuditFilter& filter);
    // Patient ID and name of a study (empty strings when unknown).
    std::optional<std::pair<QString, QString>> patientOfStudy(const QString& studyUid);

    // Objects created on a workstation and where they were sent. NotFound: no such instance.
    ChangeOutcome recordCreatedObject(const QString& sopInstanceUid, const QString& workstationId, qint64 atMs);
    ChangeOutcome recordObjectSent(const QString& sopInstanceUid, const QString& workstationId, const QString& node, qint64 atMs);
    std::optional<std::vector<OutgoingObject>> outgoingObjects(qint64 studyId, const QString& workstationId, bool unsentOnly);

    // Store janitor: the studies with files on a workstation, the files it may delete of one
    // study (managed copies, created objects that were sent), and forgetting deleted files (the
    // study stays catalogued; without files left here it is no longer local).
    std::optional<std::vector<StoredStudy>> storedStudies(const QString& workstationId);
    std::optional<std::vector<StoredFile>> evictableFiles(qint64 studyId, const QString& workstationId);
    bool forgetLocations(qint64 studyId, const QString& workstationId, const std::vector<qint64>& locationIds);

    // Missing-file bookkeeping
    std::optional<std::vector<Location>> locations(const QString& workstationId, std::optional<qint64> studyId);
    bool markLocations(const std::vector<std::pair<qint64, bool>>& missingById);

    // The identity of what a SOP Instance UID stands for: the same UID with another hash is a
    // conflict. Transfer syntax and file size are left out on purpose: a lossless transcoding
    // keeps the UID (the shared CT1 set holds one slice as explicit LE, big endian and implicit).
    static QString contentHash(const dicom::InstanceHeader& header);

private:
    struct SeriesState {
        qint64 id = 0;
        qint64 studyId = 0;
        bool complete = true;
    };

    explicit CatalogDatabase(QString connectionName);
    // The statement for `sql`, prepared on first use; bound values are positional.
    QSqlQuery* prepared(const QString& sql);
    bool run(QSqlQuery* query, const QVariantList& values);
    std::optional<qint64> idOf(const QString& sql, const QVariant& key);
    std::optional<qint64> ensurePatient(const dicom::InstanceHeader& header);
    std::optional<qint64> ensureStudy(const dicom::InstanceHeader& header, qint64 patientId);
    std::optional<SeriesState> ensureSeries(const dicom::InstanceHeader& header, qint64 studyId, qint64 importId);
    bool claimSeries(const SeriesState& series, qint64 importId, bool addingInstance);
    bool addModality(qint64 studyId, const QString& modality);
    bool storeLocation(qint64 instanceId, qint64 studyId, const QString& workstationId, const QString& path, qint64 fileSize,
                       qint64 importId, bool managed);
    bool flushCounts();
    std::vector<StudyRow> selectStudies(const StudyFilter& filter, std::optional<qint64> studyId, const QString& workstationId);
    // The result of an UPDATE ... WHERE revision = ? that changed no row: Conflict or NotFound.
    ReadingStateChange stateRefused(qint64 studyId);
    AnnotationChange annotationRefused(const QString& uid, qint64 expectedRevision);
    // A reading-state or annotation change runs in its own transaction with the NOTIFY that tells
    // other workstations (PostgreSQL delivers it at commit, never for a rolled-back change).
    bool beginChange();
    bool commitChange();
    void rollbackChange();
    bool announce(qint64 studyId, const QString& kind, const QString& user);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    bool m_readOnly = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;

    // Per-import state: series this import owns (committed, and since the last begin()), and
    // instance counts not yet written.
    qint64 m_importId = 0;
    std::set<qint64> m_claimedSeries;
    std::set<qint64> m_claimedPending;
    QHash<QString, SeriesState> m_seriesByUid;   // cleared on rollback
    std::map<qint64, int> m_seriesAdded;
    std::map<qint64, int> m_studiesAdded;
    int m_schemaVersion = 0;   // as opened (tests open older versions on purpose)
    // Studies known to have files on a workstation (study_workstations rows written or found).
    std::set<std::pair<qint64, QString>> m_studiesOnWorkstation;
};

} // namespace continuum::catalog
