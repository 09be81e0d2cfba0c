#pragma once
#include "remote/RemoteStatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class RemoteArchive;

struct RetrieveJobOptions {
    int batchFiles = 16;                                  // import after this many files...
    std::chrono::milliseconds maxDelay{250};              // ...or once the oldest waited this long
    int instancesPerRequest = 200;                        // SOP Instance UIDs per IMAGE-level C-GET
    qint64 fallbackInstanceBytes = 4 * 1024 * 1024;       // size assumed when the archive gives no dimensions
    // Refuses (returns the reason) when `bytes` will not fit; empty: ManagedStore::checkFreeSpace.
    std::function<std::optional<QString>(qint64 bytes)> freeSpaceCheck;
    // Test hook, on the retrieving thread after each received instance (count so far).
    std::function<void(int received)> afterInstanceReceived;
};

// Retrieves a study (or one series) from a remote archive into the catalog, on a worker thread:
// (a) when nothing of the study is here, plans whole series from the archive's series-level
// instance counts; otherwise lists what the archive holds (image level) and (b) subtracts the
// SOP instances the catalog already has, so a retry fetches only what is missing (a whole
// series when none of it is here, else just its missing instances), (c) checks the free space
// for the expected bytes first (the listing's exact sizes when the rough one does not fit),
// (d) retrieves into a staging folder inside the managed store and catalogues arrivals in small
// batches (seriesAvailable the first time a series has instances), (e) reports progress and
// can be cancelled (C-CANCEL). Series stay incomplete in the catalog unless everything the
// archive listed for them arrived.
class RetrieveJob : public QObject {
    Q_OBJECT
public:
    RetrieveJob(std::shared_ptr<catalog::Catalog> catalog, std::unique_ptr<RemoteArchive> archive, QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~RetrieveJob() override;

    void setOptions(RetrieveJobOptions options);
    // False when a retrieve is already running or the study UID is empty.
    bool start(const QString& studyInstanceUid, const QString& seriesInstanceUid = {});
    // Any thread: stops the retrieve (C-CANCEL) after the instance in flight.
    void cancel();
    bool isRunning() const { return m_running; }

    // Counters, readable from any thread while the job runs.
    int listedCount() const { return m_listed; }            // instances the archive holds in scope
    int alreadyPresentCount() const { return m_alreadyPresent; }   // of those, already catalogued
    int requestedCount() const { return m_requested; }      // instances asked for this time
    int receivedCount() const { return m_received; }        // instances received this time
    int failedCount() const { return m_failed; }            // sub-operations the archive reported failed
    int catalogedCount() const { return m_cataloged; }      // received instances catalogued so far
    // Whether the plan needed the archive's instance listing (something of the study was here,
    // or the rough size did not fit), rather than the series' instance counts alone.
    bool listedInstances() const { return m_listedInstances; }
    // receivedCount() when seriesAvailable was first emitted; -1 before that.
    int receivedAtFirstAvailable() const { return m_receivedAtFirstAvailable; }
    double filesPerSecond() const;

    // Valid after finished().
    const remote::RemoteStatus& status() const { return m_status; }
    qint64 studyId() const { return m_studyId; }

Q_SIGNALS:
    // Worker thread (queued to receivers in other threads), at most ~10 times a second.
    void progressed(int completed, int remaining, int failed, double filesPerSecond);
    // Worker thread: the series has instances in the catalog and can be opened.
    void seriesAvailable(qint64 studyId, qint64 seriesId);
    // On the job's thread once the worker has ended; `message` is in the user's words.
    void finished(bool ok, const QString& message);

private:
    void run(QString studyInstanceUid, QString seriesInstanceUid);
    remote::RemoteStatus retrieveInto(const QString& studyInstanceUid, const QString& seriesInstanceUid);
    void announceAvailableSeries(const QString& studyInstanceUid);
    void reportProgress(bool force);

    std::shared_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<RemoteArchive> m_archive;
    RetrieveJobOptions m_options;
    std::jthread m_worker;
    bool m_running = false;
    std::atomic<bool> m_cancel{false};

    std::atomic<int> m_listed{0};
    std::atomic<bool> m_listedInstances{false};
    std::atomic<int> m_alreadyPresent{0};
    std::atomic<int> m_requested{0};
    std::atomic<int> m_received{0};
    std::atomic<int> m_failed{0};
    std::atomic<int> m_cataloged{0};
    std::atomic<int> m_receivedAtFirstAvailable{-1};
    std::atomic<qint64> m_studyId{0};
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastReportMs{-1000};

    std::mutex m_announcedMutex;
    std::set<qint64> m_announced;
    remote::RemoteStatus m_status;
};

} // namespace continuum::app
