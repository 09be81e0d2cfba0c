#pragma once
#include <QDate>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace continuum::catalog {

// Reading state of a study on the worklist.
enum class ReadingStatus { Unread = 0, InProgress = 1, Read = 2 };

enum class ImportMode {
    ReferenceInPlace,   // files stay where they are; the catalog records their paths
    CopyToStore,        // files are copied into the managed store first (media, USB sticks)
    MoveToStore,        // files we received (retrieve, storage SCP) are moved into the store
};

struct ImportOptions {
    ImportMode mode = ImportMode::ReferenceInPlace;
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
    QString patientId;     // exact PatientID; empty = any
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
    ReadingStatus status = ReadingStatus::Unread;
    int priority = 0;
    int incompleteSeriesCount = 0;   // series whose import has not finished (killed, cancelled, still running)
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

} // namespace continuum::catalog
