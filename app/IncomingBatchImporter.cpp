#include "IncomingBatchImporter.h"
#include <QCoreApplication>

#include "catalog/Catalog.h"

#include <QFileInfo>

#include <algorithm>
#include <atomic>

namespace continuum::app {

IncomingBatchImporter::IncomingBatchImporter(std::shared_ptr<catalog::Catalog> catalog, Options options, BatchCallback onBatch, IdleCallback onIdle)
    : m_catalog(std::move(catalog)), m_options(std::move(options)), m_onBatch(std::move(onBatch)), m_onIdle(std::move(onIdle))
{
    m_options.batchFiles = std::max(1, m_options.batchFiles);
    m_thread = std::jthread([this] { run(); });
}

IncomingBatchImporter::~IncomingBatchImporter()
{
    finish();
}

void IncomingBatchImporter::add(const QString& path)
{
    std::unique_lock lock(m_mutex);
    const auto limit = static_cast<std::size_t>(m_options.batchFiles);
    m_spaceAvailable.wait(lock, [&] { return m_stopping || (m_pending.size() < 2 * limit && !(m_busy && m_pending.size() >= limit)); });
    if (m_pending.empty())
        m_firstPendingAt = std::chrono::steady_clock::now();
    m_pending.push_back(path);
    m_workAvailable.notify_all();
}

void IncomingBatchImporter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_workAvailable.notify_all();
    m_spaceAvailable.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int IncomingBatchImporter::importedFiles() const
{
    std::lock_guard lock(m_mutex);
    return m_imported;
}

std::optional<QString> IncomingBatchImporter::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void IncomingBatchImporter::run()
{
    using Clock = std::chrono::steady_clock;
    std::unique_lock lock(m_mutex);
    for (;;) {
        const auto limit = static_cast<std::size_t>(m_options.batchFiles);
        if (m_pending.empty()) {
            if (m_stopping)
                break;
            if (m_options.idleAfter.count() > 0 && !m_idleReported) {
                const auto quietUntil = m_lastActivity + m_options.idleAfter;
                if (Clock::now() >= quietUntil) {
                    m_idleReported = true;
                    lock.unlock();
                    if (m_onIdle)
                        m_onIdle();
                    lock.lock();
                    continue;
                }
                m_workAvailable.wait_until(lock, quietUntil);
            } else {
                m_workAvailable.wait(lock);
            }
            continue;
        }
        const auto deadline = m_firstPendingAt + m_options.maxDelay;
        if (!m_stopping && m_pending.size() < limit && Clock::now() < deadline) {
            m_workAvailable.wait_until(lock, deadline);
            continue;
        }
        std::vector<QString> batch;
        batch.swap(m_pending);
        m_busy = true;
        m_spaceAvailable.notify_all();
        lock.unlock();

        const catalog::ImportResult result = importProvisionally(*m_catalog, batch, m_options.storeFolder, m_options.origin);
        if (m_onBatch)
            m_onBatch(result, batch);

        lock.lock();
        m_busy = false;
        m_imported += result.newInstances + result.alreadyPresent;
        if (result.failure && !m_failure)
            m_failure = result.failure;
        m_lastActivity = Clock::now();
        m_idleReported = false;
        m_spaceAvailable.notify_all();
    }
    lock.unlock();
    // The connection belongs to this thread; a later thread at the same address must not inherit it.
    m_catalog->releaseThreadConnection();
}

catalog::ImportResult IncomingBatchImporter::importProvisionally(catalog::Catalog& catalog, std::vector<QString> files, const QString& storeFolder,
                                                                 catalog::ImportOrigin origin)
{
    catalog::ImportOptions options;
    options.mode = catalog::ImportMode::MoveToStore;
    options.origin = origin;
    options.storeFolder = storeFolder;
    options.instancesPerTransaction = std::max<int>(1, static_cast<int>(files.size()));
    // A batch is never known to be a whole series: the job marks series complete itself.
    options.vouchesForCompleteness = false;
    return catalog.importFiles(files, options);
}

std::optional<QString> IncomingBatchImporter::markSeriesComplete(catalog::Catalog& catalog, const std::vector<qint64>& seriesIds)
{
    if (seriesIds.empty() || catalog.markSeriesComplete(seriesIds))
        return std::nullopt;
    return catalog.lastError().isEmpty() ? QCoreApplication::translate("IncomingBatchImporter", "The catalog could not record the complete series.") : catalog.lastError();
}

} // namespace continuum::app
