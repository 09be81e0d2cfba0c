#pragma once
#include "CatalogTypes.h"

#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace continuum::catalog {

class CatalogDatabase;

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
    std::optional<QString> open(const QString& databasePath, const QString& workstationId = defaultWorkstationId());
    bool isOpen() const;
    QString databasePath() const { return m_path; }
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

private:
    CatalogDatabase* database();

    QString m_path;
    QString m_workstationId;
    mutable std::mutex m_mutex;
    std::map<QThread*, std::unique_ptr<CatalogDatabase>> m_connections;
    QString m_lastError;
};

} // namespace continuum::catalog
