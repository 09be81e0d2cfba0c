#pragma once
#include "CatalogLocation.h"
#include "CatalogTypes.h"

#include <QString>

#include <chrono>
#include <functional>

#include <any>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace continuum::catalog {

class CatalogDatabase;
class CatalogChangeListener;
class OfflineQueue;
class AuditSpool;

// Gives the password of a PostgreSQL catalog (the application asks its keyring). nullopt or
// empty: none, and libpq looks in ~/.pgpass (or PGPASSFILE). Called on the opening thread.
using PasswordProvider = std::function<std::optional<QString>(const CatalogLocation&)>;

struct CatalogOpenOptions {
    QString workstationId;          // empty = Catalog::defaultWorkstationId()
    PasswordProvider password;      // PostgreSQL only
    // PostgreSQL only: the SQLite file keeping annotation changes made while the server is
    // unreachable. Empty = <local app data>/catalog-offline/<hash of the URL>.sqlite.
    QString offlineQueuePath;
};

// The local study catalog: imports DICOM files by reference and answers the study browser's
// queries. Thread-safe to call from several threads: each thread gets its own QtSql connection
// (QtSql connections must stay in the thread that opened them). Destroy the Catalog after the
// threads that used it have stopped using it.
class Catalog {
public:
    Catalog();
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    // Opens or creates the catalog file, creating missing parent folders private to the user
    // (0700) and a new database file 0600; applies pending schema migrations. Returns the error
    // message on failure (also when the file was written by a newer Continuum).
    // `databasePath` may also be a postgresql://user@host:port/database URL (password from
    // ~/.pgpass; use the other overload to give a keyring provider).
    std::optional<QString> open(const QString& databasePath, const QString& workstationId = defaultWorkstationId());
    // Opens an SQLite file or a shared PostgreSQL catalog (the same schema and migrations; a
    // department's workstations migrate it once, under a server lock).
    std::optional<QString> open(const CatalogLocation& location, const CatalogOpenOptions& options);
    bool isOpen() const;
    // An existing SQLite catalog file that cannot be written (read-only media or folder, a file
    // without write permission) opens read-only: browsing works, checkFiles() counts without
    // recording, imports and changes are refused with readOnlyMessage().
    bool isReadOnly() const;
    QString readOnlyMessage() const;
    // The file path, or the URL without password.
    QString databasePath() const { return m_path; }
    CatalogLocation location() const { return m_location; }
    // True for a PostgreSQL catalog several workstations share.
    bool isShared() const { return m_location.isPostgreSQL(); }
    QString workstationId() const { return m_workstationId; }
    // Stable id of this machine (file locations are per workstation).
    static QString defaultWorkstationId();

    int schemaVersion();

    // Indexes files and folders (recursively) by reference: headers only, parsed on
    // options.parserThreads threads, written in transactions of options.instancesPerTransaction.
    // `progress` runs on the calling thread; `cancel` is polled between files.
    ImportResult importFiles(const std::vector<QString>& paths, const ImportOptions& options = {},
                             const ImportProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

    std::vector<StudyRow> studies(const StudyFilter& filter = {});
    // Number of studies the filter matches (limit and offset ignored): the browser's row count.
    int studyCount(const StudyFilter& filter = {});
    std::optional<StudyRow> study(qint64 studyId);
    std::vector<SeriesRow> seriesOfStudy(qint64 studyId);
    // Instances ordered by instance number, each with its paths on this workstation.
    std::vector<InstanceRow> instancesOfSeries(qint64 seriesId);
    std::vector<ImportProblem> problemsOfImport(qint64 importId);

    // Reading state, shared by everyone using this catalog. Each change names the revision the
    // caller last saw (ReadingState::revision, StudyRow::statusRevision); when someone else
    // changed the study since, nothing is written and the result is a Conflict carrying the state
    // as it is now (who changed it and when). Never a silent overwrite.
    ReadingStateChange setReadingStatus(qint64 studyId, ReadingStatus status, const QString& user, qint64 expectedRevision);
    std::optional<ReadingState> readingState(qint64 studyId);
    // `source` says who decided: a user's priority is kept when a worklist server later says
    // otherwise (setPriority with ModalityWorklist then answers Conflict without writing).
    ReadingStateChange setPriority(qint64 studyId, StudyPriority priority, PrioritySource source, const QString& user,
                                   qint64 expectedRevision);

    // Annotation documents. Saving with revision 0 creates one (uid assigned when empty);
    // saving or deleting with a revision succeeds only while it is still the stored revision.
    AnnotationChange saveAnnotation(const Annotation& annotation);
    // Of one study, oldest first; `kind` empty = every kind.
    std::vector<Annotation> annotations(qint64 studyId, const QString& kind = {});
    std::optional<Annotation> annotation(const QString& uid);
    AnnotationChange deleteAnnotation(const QString& uid, qint64 expectedRevision);
    // For importers that know better than one import run (a retrieve that compared with the
    // PACS's list). False when the database failed.
    bool markSeriesComplete(const std::vector<qint64>& seriesIds);
    // Checks that the files catalogued on this workstation (of one study, or all) are still on
    // disk and records which are missing, so the browser can say so before a load fails.
    FileCheckResult checkFiles(std::optional<qint64> studyId = std::nullopt, const std::atomic<bool>* cancel = nullptr);
    // The managed store used by ImportMode::CopyToStore when options.storeFolder is empty.
    QString defaultStoreFolder() const;
    // "ok" when the database file is sound.
    QString integrityCheck();
    QString lastError() const;
    // Closes the calling thread's connection; a worker thread calls it before it ends so a
    // later thread at the same address never inherits it.
    void releaseThreadConnection();

    // --- A shared (PostgreSQL) catalog losing its server ---
    // Offline when the server stopped answering. Meanwhile queries answer what this Catalog last
    // read for the same question; reading-status and priority changes are refused with a
    // message; annotation saves and deletions are queued (ChangeOutcome::Queued) in the offline
    // queue file and replayed by reconnect().
    CatalogConnectionState connectionState() const;
    // Why it is offline, in words (empty while online).
    QString connectionMessage() const;
    // Tries to reach the server again (at most once per `minimumInterval` unless `force`); on
    // success replays the queued annotation changes with their optimistic checks and returns true.
    // `replayed` receives each replayed change: Applied, or Conflict naming who changed it since.
    bool reconnect(std::vector<ReplayedChange>* replayed = nullptr, bool force = true);
    int queuedChangeCount() const;
    QString offlineQueuePath() const;
    // Between two attempts that were not forced: an unreachable host costs the connect timeout.
    static constexpr std::chrono::milliseconds minimumReconnectInterval{5000};

    // --- Audit trail (IHE ATNA; viewer/audit's AuditTrail also sends it to syslog) ---
    // Appends one event (the table refuses UPDATE and DELETE, by trigger). Returns the error message
    // (translated sentence) on failure; nullopt on success. A shared catalog whose server cannot be
    // reached keeps the event in auditSpoolPath() (nullopt: kept, written when the server is back);
    // only when that file cannot be written either is the error returned. A StudyOpened event
    // also records when this workstation last opened the study (the store janitor's age).
    std::optional<QString> recordAudit(AuditEvent event);
    // The event as recordAudit stores it: time (now, UTC, ms) and workstation stamped when
    // missing, an eventUid assigned, and the patient ID and name taken from the catalog's study
    // when the event names a study but no patient.
    AuditEvent completeAuditEvent(AuditEvent event);
    // Newest first. While a shared catalog is offline: what was last read for the same filter.
    std::vector<AuditEvent> auditEvents(const AuditFilter& filter) const;
    // Shared catalog: the JSON-lines file keeping audit events while the server is unreachable
    // (beside the offline queue); empty for an SQLite catalog.
    QString auditSpoolPath() const;
    int spooledAuditCount() const;

    // --- Objects created on this workstation (GSPS, KOS, SR, REG, exports) ---
    // Call once the object is catalogued. Unsent objects keep their study in the managed store.
    std::optional<QString> recordCreatedObject(const QString& sopInstanceUid);
    // After a successful C-STORE/STOW of a created object to `node` (AE title or URL).
    std::optional<QString> recordObjectSent(const QString& sopInstanceUid, const QString& node);
    // This workstation's objects of the study that were not sent anywhere yet.
    std::vector<OutgoingObject> unsentObjects(qint64 studyId);
    // Every created object of the study on this workstation, sent or not.
    std::vector<OutgoingObject> createdObjects(qint64 studyId);

    // --- The managed store (StoreJanitor) ---
    // Studies with files on this workstation and what the janitor needs to know about them.
    // nullopt and `error` when the database failed.
    std::optional<std::vector<StoredStudy>> storedStudies(QString* error = nullptr);
    // The files of a study the janitor may delete: managed copies and created objects that were
    // sent (it still checks each lies inside the store).
    std::optional<std::vector<StoredFile>> evictableFiles(qint64 studyId, QString* error = nullptr);
    // Forgets deleted files of this workstation; a study left without files here is no longer
    // local (StudyRow::filesOnThisWorkstation false). The study and its annotations stay.
    std::optional<QString> forgetLocalFiles(qint64 studyId, const std::vector<qint64>& locationIds);

    // A listener living on the calling thread (which must run an event loop): told of reading
    // state, priority and annotation changes by any workstation (PostgreSQL LISTEN/NOTIFY; for an
    // SQLite catalog, changes made through this Catalog), and of the server going and coming back.
    std::unique_ptr<CatalogChangeListener> createChangeListener();

private:
    friend class CatalogChangeListener;
    friend class CatalogServerProbe;
    struct Connection {
        std::unique_ptr<CatalogDatabase> database;
        int generation = 0;
    };

    CatalogDatabase* database();
    std::unique_ptr<CatalogDatabase> openConnection(QString* error) const;
    // After an operation: when it failed because the server is gone, switches to Offline.
    // Returns true when the operation's result can be trusted.
    bool succeeded(CatalogDatabase* db);
    void goOffline(const QString& reason);
    bool offline() const;
    AnnotationChange queueAnnotation(const Annotation& annotation, bool deletion);
    std::vector<ReplayedChange> replayQueue(CatalogDatabase* db);
    void announceLocally(qint64 studyId, const QString& kind, const QString& user);
    void registerListener(CatalogChangeListener* listener);
    void unregisterListener(CatalogChangeListener* listener);
    // Runs `call` on this thread's connection; a shared catalog remembers the answer under `key`
    // and answers the remembered one (or `fallback`) while offline.
    template <typename Value, typename Call>
    Value ask(const QString& key, Call&& call, Value fallback);
    std::vector<ReplayedChange> takeUnreportedReplays();
    // Writes spooled audit events once the server answers again.
    void replayAuditSpool(CatalogDatabase* db);

    QString m_path;
    QString m_readOnlyReason;   // why the file cannot be written; empty when it can
    CatalogLocation m_location;
    QString m_password;   // PostgreSQL: as the provider gave it, kept for the connections of other threads
    QString m_workstationId;
    mutable std::mutex m_mutex;
    std::mutex m_replayMutex;   // one replay at a time: a change is applied once
    std::map<QThread*, Connection> m_connections;
    QString m_lastError;
    // Offline bookkeeping (PostgreSQL).
    bool m_offline = false;
    QString m_offlineReason;
    int m_generation = 0;   // grows when the server is lost: every thread reopens its connection
    std::chrono::steady_clock::time_point m_nextAttempt{};
    std::unique_ptr<OfflineQueue> m_queue;
    std::unique_ptr<AuditSpool> m_auditSpool;   // PostgreSQL only
    std::mutex m_auditMutex;                     // one spool writer or replay at a time in this process
    int m_queuedCount = 0;
    std::vector<ReplayedChange> m_unreportedReplays;   // replayed without a listener asking
    // Last answers per question, served while offline (PostgreSQL only).
    std::map<QString, std::any> m_remembered;
    // Listeners of an SQLite catalog, told of changes made through this Catalog.
    std::vector<CatalogChangeListener*> m_listeners;
};

} // namespace continuum::catalog
