#include "CatalogImportJob.h"

#include "catalog/Catalog.h"

#include <QSet>

#include <unordered_map>

namespace continuum::app {

namespace {

struct Snapshot {
    std::unordered_map<qint64, int> instancesByStudy;
};

Snapshot snapshotOf(catalog::Catalog& catalog)
{
    Snapshot snapshot;
    for (const catalog::StudyRow& row : catalog.studies())
        snapshot.instancesByStudy.emplace(row.id, row.instanceCount);
    return snapshot;
}

} // namespace

CatalogImportJob::CatalogImportJob(std::shared_ptr<catalog::Catalog> catalog, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog))
{
}

CatalogImportJob::~CatalogImportJob()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

bool CatalogImportJob::start(const QStringList& paths, const catalog::ImportOptions& options)
{
    if (m_running || !m_catalog)
        return false;
    if (m_worker.joinable())
        m_worker.join();   // the previous run has delivered its result already
    m_running = true;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_elapsedAtLastReportMs = 0;
    m_result = {};
    m_changedStudyIds.clear();
    m_clock.start();
    m_worker = std::jthread([this, paths, options] { run(paths, options); });
    return true;
}

void CatalogImportJob::run(QStringList paths, catalog::ImportOptions options)
{
    catalog::Catalog& catalog = *m_catalog;
    // Which studies the import touched is not part of the importer's result: compare the
    // catalog before and after (one query each, on this thread).
    const Snapshot before = snapshotOf(catalog);
    std::vector<QString> roots(paths.begin(), paths.end());
    catalog::ImportResult result = catalog.importFiles(
        roots, options,
        [this](int done, int total) {
            m_done = done;
            m_total = total;
            m_elapsedAtLastReportMs = m_clock.elapsed();
            Q_EMIT progressed(done, total);
        },
        &m_cancel);

    std::vector<qint64> changed;
    QSet<QString> modalities;
    for (const catalog::StudyRow& row : catalog.studies()) {
        const auto previous = before.instancesByStudy.find(row.id);
        if (previous == before.instancesByStudy.end() || previous->second != row.instanceCount)
            changed.push_back(row.id);
        for (const QString& modality : row.modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
            modalities.insert(modality);
    }
    QStringList sortedModalities(modalities.begin(), modalities.end());
    sortedModalities.sort();
    // This thread ends now: its connection must not be inherited by a later thread.
    catalog.releaseThreadConnection();
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result), changed = std::move(changed), sortedModalities]() mutable {
            m_result = std::move(result);
            m_changedStudyIds = std::move(changed);
            m_modalities = sortedModalities;
            m_running = false;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

double CatalogImportJob::filesPerSecond() const
{
    const qint64 ms = m_elapsedAtLastReportMs;
    return ms > 0 ? m_done * 1000.0 / static_cast<double>(ms) : 0.0;
}

std::optional<double> CatalogImportJob::secondsLeft() const
{
    const double rate = filesPerSecond();
    if (rate <= 0.0 || m_total <= 0)
        return std::nullopt;
    return (m_total - m_done) / rate;
}

} // namespace continuum::app
