#pragma once
#include "catalog/CatalogTypes.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

// Catalogues files as they arrive from the network (retrieve, storage SCP), on its own thread:
// whenever `batchFiles` are waiting or the oldest has waited `maxDelay`, they are moved into the
// managed store (ImportMode::MoveToStore; the files must be staged inside the store) and
// catalogued, so the first series is viewable while the rest still arrives.
//
// Completeness: a batch is not a whole series, so every batch is imported without vouching for
// completeness (ImportOptions::vouchesForCompleteness = false: its series stay incomplete), and
// the owner calls markSeriesComplete() once it
// knows a series is all there (a retrieve that got everything the archive listed, a push that
// went quiet). An interrupted transfer thus leaves its series incomplete, and the next import
// of the missing files completes them.
class IncomingBatchImporter {
public:
    struct Options {
        QString storeFolder;                               // empty: the catalog's default store
        int batchFiles = 16;
        std::chrono::milliseconds maxDelay{250};
        // > 0: onIdle runs (on the importer thread) once nothing arrived for this long after
        // at least one batch; the storage SCP uses it to decide that a push has ended.
        std::chrono::milliseconds idleAfter{0};
        // Retrieved (asked for; the store janitor may evict it, it can be fetched again) or
        // Received (pushed to us; kept).
        catalog::ImportOrigin origin = catalog::ImportOrigin::Received;
    };
    // Called on the importer thread after each batch with the catalog's result and the files.
    using BatchCallback = std::function<void(const catalog::ImportResult& result, const std::vector<QString>& files)>;
    using IdleCallback = std::function<void()>;

    IncomingBatchImporter(std::shared_ptr<catalog::Catalog> catalog, Options options, BatchCallback onBatch, IdleCallback onIdle = {});
    // Imports what is still queued, then stops.
    ~IncomingBatchImporter();
    IncomingBatchImporter(const IncomingBatchImporter&) = delete;
    IncomingBatchImporter& operator=(const IncomingBatchImporter&) = delete;

    // Any thread. Blocks while a full batch already waits behind the one being imported, so
    // that the network never runs far ahead of the catalog (and staging stays small).
    void add(const QString& path);
    // Imports everything queued and stops the thread; returns when the last batch is written.
    void finish();

    int importedFiles() const;
    // The first database or disk failure (disk full...), if any; later batches are still tried.
    std::optional<QString> failure() const;

    // One provisional import of `files` (MoveToStore into `storeFolder`): catalogued, its series
    // left incomplete.
    static catalog::ImportResult importProvisionally(catalog::Catalog& catalog, std::vector<QString> files, const QString& storeFolder,
                                                     catalog::ImportOrigin origin = catalog::ImportOrigin::Received);
    // Marks the given series complete (Catalog::markSeriesComplete).
    static std::optional<QString> markSeriesComplete(catalog::Catalog& catalog, const std::vector<qint64>& seriesIds);

private:
    void run();

    std::shared_ptr<catalog::Catalog> m_catalog;
    Options m_options;
    BatchCallback m_onBatch;
    IdleCallback m_onIdle;

    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_spaceAvailable;
    std::vector<QString> m_pending;
    std::chrono::steady_clock::time_point m_firstPendingAt;
    std::chrono::steady_clock::time_point m_lastActivity;
    bool m_busy = false;
    bool m_stopping = false;
    bool m_idleReported = true;
    int m_imported = 0;
    std::optional<QString> m_failure;
    std::jthread m_thread;
};

} // namespace continuum::app
