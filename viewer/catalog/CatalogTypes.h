#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace continuum::catalog {

// Reading state of a study on the worklist.
enum class ReadingStatus { Unread = 0, InProgress = 1, Read = 2 };

// How soon a study must be read. Stored as these numbers: larger is more urgent, so a plain
// ORDER BY priority DESC puts STAT first on every engine.
enum class StudyPriority { Routine = 0, Urgent = 1, Stat = 2 };

// Who set a study's priority: a user's choice is never replaced by a worklist server's.
enum class PrioritySource { Default = 0, ModalityWorklist = 1, User = 2 };

// The shared reading state of one study (one row per study). `revision` grows by one with every
// change; a change names the revision it was based on and is refused when another came first.
struct ReadingState {
    qint64 studyId = 0;
    ReadingStatus status = ReadingStatus::Unread;
    QString statusUser;          // who set the status ("" until someone did)
    QDateTime statusChangedAt;   // UTC; invalid until someone set it
    StudyPriority priority = StudyPriority::Routine;
    PrioritySource prioritySource = PrioritySource::Default;
    QString changedBy;           // who made the latest change of any kind
    QDateTime changedAt;         // UTC
    qint64 revision = 0;
};

// Outcome of an optimistic change (reading state, annotations).
enum class ChangeOutcome {
    Applied,    // written; the result carries the new revision
    Conflict,   // someone else changed it since the caller's revision: nothing was written
    NotFound,   // no such study or annotation (deleted meanwhile, or never there)
    Failed,     // the database failed; `message` says how
    Queued,     // annotations only: the shared catalog server is unreachable; the change waits in
                // this workstation's offline queue and is replayed (with the same check) when it is back
};

struct ReadingStateChange {
    ChangeOutcome outcome = ChangeOutcome::Failed;
    ReadingState state;   // Applied: as written; Conflict: as it is now (who changed it, when)
    QString message;      // Conflict/NotFound/Failed: one translated sentence
    bool applied() const { return outcome == ChangeOutcome::Applied; }
};

// A document another workspace keeps per study (measurements, lesions, registrations, key
// images...). The catalog stores it without interpreting the payload beyond checking it is JSON.
// `uid` identifies it on every workstation sharing the catalog (row ids differ between engines and
// queued offline changes need a stable name).
struct Annotation {
    QString uid;              // empty on first save: the catalog assigns one
    qint64 studyId = 0;
    QString kind;             // "measurement", "lesion", "key-image"... chosen by the workspace
    QString payload;          // JSON text (object or array)
    QString author;           // who saved the current revision
    QDateTime modifiedAt;     // UTC
    qint64 revision = 0;      // 0 = never saved
};

struct AnnotationChange {
    ChangeOutcome outcome = ChangeOutcome::Failed;
    Annotation annotation;    // Applied: as stored (deleted: as it was); Conflict: as it is now; Queued: as queued
    QString message;
    bool applied() const { return outcome == ChangeOutcome::Applied; }
    // Applied, or safely queued until the server is back: the user's work is not lost.
    bool kept() const { return outcome == ChangeOutcome::Applied || outcome == ChangeOutcome::Queued; }
};

// A queued annotation change replayed after the shared catalog server came back.
struct ReplayedChange {
    bool deletion = false;
    Annotation queued;        // what this workstation saved (or deleted) while offline
    AnnotationChange result;  // Applied, or Conflict with the annotation as another user left it
};

// Whether the catalog's database can be reached. An SQLite file is always Online.
enum class CatalogConnectionState { Online, Offline };

enum class ImportMode {
    ReferenceInPlace,   // files stay where they are; the catalog records their paths
    CopyToStore,        // files are copied into the managed store first (media, USB sticks)
    MoveToStore,        // files we received (retrieve, storage SCP) are moved into the store
};

// Where the files of an import came from. The store janitor evicts only what can be fetched
// again: files retrieved from an archive. Stored with the import (import_log.origin); never renumber.
enum class ImportOrigin {
    Automatic = 0,   // from the mode: CopyToStore = LocalMedia, MoveToStore = Received, in place = InPlace
    InPlace = 1,     // referenced where they are (the user's files)
    LocalMedia = 2,  // copied from a CD, USB stick or folder: kept until the user deletes them
    Retrieved = 3,   // retrieved from an archive on request (C-MOVE, C-GET, WADO): can be fetched again
    Received = 4,    // pushed to our storage SCP by someone else: kept (the sender may not keep them)
};

struct ImportOptions {
    ImportMode mode = ImportMode::ReferenceInPlace;
    ImportOrigin origin = ImportOrigin::Automatic;
    QString storeFolder;   // CopyToStore: empty = "store" beside the catalog file
    int parserThreads = 2;
    int instancesPerTransaction = 500;
    // An import that sees all files of its series vouches for them: finishing uncancelled marks
    // them complete. A retrieve imports what arrives in small batches and says false; it marks
    // the series complete itself (Catalog::markSeriesComplete) once the PACS has sent them all.
    bool vouchesForCompleteness = true;
};

// What happened to one file that did not become (or match) a catalog instance.
struct ImportProblem {
    enum class Kind { Refused, Skipped, Conflict };
    Kind kind = Kind::Refused;
    QString path;
    QString reason;
    QString sopInstanceUid;   // set for conflicts
};

struct ImportResult {
    qint64 importId = 0;            // row in import_log
    int filesSeen = 0;
    int newInstances = 0;
    int alreadyPresent = 0;         // same SOP instance, same content (new locations are added)
    int conflicts = 0;              // same SOP instance UID, different content: never overwritten
    int refused = 0;                // DICOM that cannot be catalogued (malformed, unusable image)
    int skipped = 0;                // not DICOM at all, or a DICOMDIR media directory
    bool cancelled = false;
    std::vector<ImportProblem> problems;
    std::optional<QString> failure;  // set when the database itself failed; the batch in flight was rolled back
};

// Called from the importing thread after each batch: files handled so far and in total.
using ImportProgress = std::function<void(int done, int total)>;

enum class StudySortKey { StudyDate, PatientName, PatientId, Accession, Description };

struct StudyFilter {
    QString text;          // matches folded patient name, or patient ID / accession (case-insensitive prefix or substring)
    QString patientId;     // exact PatientID; empty = any (unless patientIdExact)
    bool patientIdExact = false;   // patientId as given, even empty: the studies without one
    std::optional<QString> issuerOfPatientId;   // exact issuer when set (empty string = no issuer)
    QString studyInstanceUid;   // exact; empty = any
    QDate from, to;        // inclusive; invalid = open
    QString modality;      // empty = any
    StudySortKey sortKey = StudySortKey::StudyDate;
    bool descending = true;
    int limit = -1;        // -1 = no limit
    int offset = 0;
};

struct StudyRow {
    qint64 id = 0;
    QString studyInstanceUid;
    QString patientName;   // decoded DICOM PN "Family^Given=Ideographic=Phonetic"
    QString patientId;
    QString issuerOfPatientId;
    QDate patientBirthDate;
    QString patientSex;
    QDate studyDate;
    QString accessionNumber;
    QString description;
    QString modalities;    // distinct modalities of its series, backslash separated, sorted
    int seriesCount = 0;
    int instanceCount = 0;
    QTime studyTime;       // invalid when unknown
    ReadingStatus status = ReadingStatus::Unread;
    StudyPriority priority = StudyPriority::Routine;
    // The rest of the study's ReadingState, read in the same query (a worklist of thousands of
    // studies must not ask once per study).
    QString statusUser;
    QDateTime statusChangedAt;
    PrioritySource prioritySource = PrioritySource::Default;
    qint64 statusRevision = 0;
    int incompleteSeriesCount = 0;   // series whose import has not finished (killed, cancelled, still running)
    // Whether any of its files is catalogued on this workstation. A study another workstation of
    // a shared catalog imported has none here: it must be retrieved before it can be shown.
    bool filesOnThisWorkstation = false;
};

struct SeriesRow {
    qint64 id = 0;
    QString seriesInstanceUid;
    QString modality;
    int seriesNumber = 0;
    QString description;
    QString bodyPart;
    QString frameOfReferenceUid;
    int instanceCount = 0;
    // False while an import adding to it runs, and after one was killed or cancelled: more
    // files of the series may exist. The next import of the same files completes it.
    bool complete = true;
    int missingFileCount = 0;        // instances whose files on this workstation are gone (see Catalog::checkFiles)
};

struct InstanceRow {
    qint64 id = 0;
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    int instanceNumber = 0;
    int numberOfFrames = 0;     // 0 for objects without pixel data
    int rows = 0;
    int columns = 0;
    std::optional<std::array<double, 3>> imagePosition;
    std::optional<std::array<double, 6>> imageOrientation;
    double pixelSpacingRow = 0.0;
    double pixelSpacingColumn = 0.0;
    int pixelSpacingKind = 0;   // dicom::SpacingKind as int
    std::optional<double> sliceThickness;
    std::vector<QString> paths; // locations on this workstation, those last seen present first
    bool missing = false;       // it has locations here but none was found by the last check
};

// Outcome of checking that catalogued files on this workstation are still on disk.
struct FileCheckResult {
    int checked = 0;
    int missing = 0;       // locations not found (newly or still)
    int reappeared = 0;    // locations marked missing earlier that are back
    std::optional<QString> failure;
};

// --- Audit trail (IHE ATNA) ---

// What happened, as the audit trail names it (stored as its integer; never renumber).
enum class AuditAction { StudyOpened = 1, StudyExported = 2, StudySent = 3, StudyRetrieved = 4,
                         StudyImported = 5, StudyDeleted = 6, UserSwitched = 7,
                         SessionLocked = 8, SessionUnlocked = 9, ApplicationStarted = 10,
                         ApplicationStopped = 11 };
// DICOM PS3.15 A.5 EventOutcomeIndicator values.
enum class AuditOutcome { Success = 0, MinorFailure = 4, SeriousFailure = 8, MajorFailure = 12 };

struct AuditEvent {
    qint64 id = 0;             // assigned by the catalog
    QDateTime at;              // UTC; the catalog stamps it when invalid
    QString user;              // the reading user (UserSession), the OS account by default
    QString workstationId;     // stamped by the catalog when empty
    AuditAction action = AuditAction::StudyOpened;
    AuditOutcome outcome = AuditOutcome::Success;
    QString studyUid;          // empty for user/session/application events
    QString patientId;         // kept in the catalog and the ATNA message only, never in text logs
    QString patientName;
    QString remoteNode;        // AE title or URL (sent, retrieved), or a folder (exported)
    QString detail;            // one short English line: instance count, reason of a failure...
    // Unique name of the event (a UUID the catalog assigns when empty): a replayed offline event
    // is written once.
    QString eventUid;
};

struct AuditFilter {
    QDateTime from, to;        // invalid = open-ended
    QString user;              // exact match, empty = any
    std::optional<AuditAction> action;
    QString studyUid;
    QString patientId;
    int limit = 1000;          // newest first
};

// The English name of an action ("StudyOpened"), as the CLI and logs print it; nullopt for an
// unknown name.
QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(const QString& name);

// An object this workstation created (GSPS, KOS, SR, registration, exported copy) and where it
// was sent. Unsent ones keep their study in the managed store.
struct OutgoingObject {
    QString sopInstanceUid;
    QString workstationId;
    QDateTime createdAt;       // UTC
    QDateTime sentAt;          // UTC; invalid while unsent
    QString sentTo;            // the nodes it was sent to, backslash separated
    bool sent() const { return sentAt.isValid(); }
};

// One study's files in this workstation's managed store, as the store janitor sees them.
struct StoredStudy {
    qint64 studyId = 0;
    QString studyUid;
    QDateTime lastOpenedAt;     // UTC; invalid when never opened here
    QDateTime lastArrivedAt;    // UTC; when its latest files arrived here
    qint64 managedBytes = 0;    // managed-store copies on this workstation
    int managedFiles = 0;
    int notRefetchableFiles = 0;   // managed copies not retrieved from an archive (media, folder, push)
    int unsentCreated = 0;         // objects created here and not sent yet
    int inPlaceFiles = 0;          // other locations here (the user's files): never touched
};

// A file the janitor may delete: a managed copy, or a created object that was sent.
struct StoredFile {
    qint64 locationId = 0;
    QString path;
    qint64 bytes = 0;
};

} // namespace continuum::catalog
