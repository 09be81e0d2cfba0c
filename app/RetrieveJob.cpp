#include "RetrieveJob.h"

#include "IncomingBatchImporter.h"
#include "RemoteArchive.h"

#include "catalog/Catalog.h"
#include "catalog/ManagedStore.h"

#include <QDir>
#include <QUuid>

#include <algorithm>
#include <map>
#include <vector>

namespace continuum::app {

using remote::RemoteErrorKind;
using remote::RemoteStatus;

namespace {

std::optional<qint64> studyIdOf(catalog::Catalog& catalog, const QString& studyInstanceUid)
{
    catalog::StudyFilter filter;
    filter.studyInstanceUid = studyInstanceUid;
    const std::vector<catalog::StudyRow> rows = catalog.studies(filter);
    if (rows.empty())
        return std::nullopt;
    return rows.front().id;
}

// SOP Instance UIDs of the study with a file on this workstation, per series UID.
std::map<QString, std::set<QString>> catalogued(catalog::Catalog& catalog, qint64 studyId, std::map<QString, catalog::SeriesRow>* series = nullptr)
{
    std::map<QString, std::set<QString>> present;
    for (const catalog::SeriesRow& row : catalog.seriesOfStudy(studyId)) {
        if (series)
            (*series)[row.seriesInstanceUid] = row;
        std::set<QString>& uids = present[row.seriesInstanceUid];
        for (const catalog::InstanceRow& instance : catalog.instancesOfSeries(row.id))
            if (!instance.missing && !instance.paths.empty())
                uids.insert(instance.sopInstanceUid);
    }
    return present;
}

} // namespace

RetrieveJob::RetrieveJob(std::shared_ptr<catalog::Catalog> catalog, std::unique_ptr<RemoteArchive> archive, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_archive(std::move(archive))
{
}

RetrieveJob::~RetrieveJob()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void RetrieveJob::setOptions(RetrieveJobOptions options)
{
    m_options = std::move(options);
}

bool RetrieveJob::start(const QString& studyInstanceUid, const QString& seriesInstanceUid)
{
    if (m_running || !m_catalog || !m_archive || studyInstanceUid.isEmpty())
        return false;
    if (m_worker.joinable())
        m_worker.join();
    m_running = true;
    m_cancel = false;
    m_listed = 0;
    m_alreadyPresent = 0;
    m_requested = 0;
    m_received = 0;
    m_failed = 0;
    m_cataloged = 0;
    m_receivedAtFirstAvailable = -1;
    m_studyId = 0;
    m_lastReportMs = -1000;
    m_announced.clear();
    m_status = {};
    m_clock.start();
    m_worker = std::jthread([this, studyInstanceUid, seriesInstanceUid] { run(studyInstanceUid, seriesInstanceUid); });
    return true;
}

void RetrieveJob::cancel()
{
    m_cancel = true;
    if (m_archive)
        m_archive->cancel();
}

double RetrieveJob::filesPerSecond() const
{
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    return elapsed > 0 ? m_received * 1000.0 / double(elapsed) : 0.0;
}

void RetrieveJob::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    const int completed = m_received + m_failed;
    Q_EMIT progressed(completed, std::max(0, m_requested - completed), m_failed, filesPerSecond());
}

void RetrieveJob::run(QString studyInstanceUid, QString seriesInstanceUid)
{
    RemoteStatus status = retrieveInto(studyInstanceUid, seriesInstanceUid);
    reportProgress(true);
    m_catalog->releaseThreadConnection();
    const bool ok = status.ok();
    const QString message = ok ? status.message : userMessage(status);
    m_status = std::move(status);
    QMetaObject::invokeMethod(
        this, [this, ok, message] {
            m_running = false;
            Q_EMIT finished(ok, message);
        },
        Qt::QueuedConnection);
}

RemoteStatus RetrieveJob::retrieveInto(const QString& studyInstanceUid, const QString& seriesInstanceUid)
{
    catalog::Catalog& catalog = *m_catalog;
    const QString source = m_archive->node().describe();
    auto cancelled = [&] { return RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("The retrieve from %1 was cancelled.").arg(source)); };

    // (a) What is here already, and what the archive holds.
    std::map<QString, std::set<QString>> present;
    if (const auto studyId = studyIdOf(catalog, studyInstanceUid)) {
        m_studyId = *studyId;
        present = catalogued(catalog, *studyId);
    }
    struct Request {
        QString seriesInstanceUid;
        std::vector<QString> sopInstanceUids;   // empty: the whole series
        std::vector<QString> sopClassUids;      // of the series, from the listing: no query again before the C-GET
        int expected = 0;
    };
    std::vector<Request> requests;
    qint64 expectedBytes = 0;
    int missingTotal = 0;
    int listed = 0;
    const bool nothingHere = std::all_of(present.begin(), present.end(), [](const auto& series) { return series.second.empty(); });
    const catalog::ManagedStore store(catalog.defaultStoreFolder());
    auto refusesSpace = [&](qint64 bytes) -> std::optional<QString> {
        if (m_options.freeSpaceCheck)
            return m_options.freeSpaceCheck(bytes);
        if (auto problem = store.prepare())   // the free space of a folder that exists
            return problem;
        return store.checkFreeSpace(bytes);
    };
    // Nothing of the study here: the series' instance counts (one series-level query) are enough
    // to fetch whole series. The instance listing (an image-level query per series, which some
    // archives answer by reading every file: 184 ms of a 345 ms retrieve of 130 MR slices from
    // Orthanc) is needed only to fetch what is missing, or to size a retrieve exactly when the
    // rough size (count x fallbackInstanceBytes) does not fit.
    m_listedInstances = false;
    InstanceListing listing;
    std::map<QString, std::vector<const RemoteInstance*>> listedBySeries;   // the listing's plan
    std::map<QString, int> countedSeries;                                    // the counts' plan
    if (nothingHere) {
        remote::QueryRequest query;
        query.level = remote::QueryLevel::Series;
        query.studyInstanceUid = studyInstanceUid;
        const remote::FindResult series = m_archive->find(query);
        if (m_cancel)
            return cancelled();
        bool counted = series.status.ok() && !series.rows.empty();
        for (const remote::QueryRow& row : series.rows) {
            if (!seriesInstanceUid.isEmpty() && row.seriesInstanceUid != seriesInstanceUid)
                continue;
            if (row.seriesInstances < 0 || row.seriesInstanceUid.isEmpty()) {
                counted = false;
                break;
            }
            if (row.seriesInstances == 0)
                continue;
            requests.push_back({row.seriesInstanceUid, {}, {}, row.seriesInstances});
            countedSeries[row.seriesInstanceUid] = row.seriesInstances;
            listed += row.seriesInstances;
        }
        expectedBytes = qint64(listed) * m_options.fallbackInstanceBytes;
        missingTotal = listed;
        if (!counted || listed == 0 || refusesSpace(expectedBytes)) {
            requests.clear();
            countedSeries.clear();
            listed = 0;
            missingTotal = 0;
        }
    }
    if (requests.empty()) {
        m_listedInstances = true;
        expectedBytes = 0;
        listing = m_archive->listInstances(studyInstanceUid, seriesInstanceUid);
        if (m_cancel)
            return cancelled();
        if (!listing.status.ok())
            return listing.status;
        if (listing.instances.empty())
            return RemoteStatus::failure(RemoteErrorKind::ServerFailure, tr("%1 holds no instances of this study.").arg(source));
        listed = static_cast<int>(listing.instances.size());
        for (const RemoteInstance& instance : listing.instances)
            listedBySeries[instance.seriesInstanceUid].push_back(&instance);
        for (const auto& [seriesUid, instances] : listedBySeries) {
            const std::set<QString>& here = present[seriesUid];
            std::vector<QString> missing;
            for (const RemoteInstance* instance : instances)
                if (!here.count(instance->sopInstanceUid)) {
                    missing.push_back(instance->sopInstanceUid);
                    expectedBytes += instance->estimatedBytes > 0 ? instance->estimatedBytes : m_options.fallbackInstanceBytes;
                }
            if (missing.empty())
                continue;
            missingTotal += static_cast<int>(missing.size());
            std::set<QString> classSet;
            for (const RemoteInstance* instance : instances)
                if (!instance->sopClassUid.isEmpty())
                    classSet.insert(instance->sopClassUid);
            // A class the listing left out would get no context: then let the client offer the common ones.
            std::vector<QString> classes;
            if (std::all_of(instances.begin(), instances.end(), [](const RemoteInstance* i) { return !i->sopClassUid.isEmpty(); }))
                classes.assign(classSet.begin(), classSet.end());
            if (missing.size() == instances.size() || !m_archive->supportsInstanceRetrieve()) {
                requests.push_back({seriesUid, {}, classes, static_cast<int>(instances.size())});
                continue;
            }
            const std::size_t chunk = static_cast<std::size_t>(std::max(1, m_options.instancesPerRequest));
            for (std::size_t first = 0; first < missing.size(); first += chunk) {
                std::vector<QString> part(missing.begin() + first, missing.begin() + std::min(missing.size(), first + chunk));
                const int count = static_cast<int>(part.size());
                requests.push_back({seriesUid, std::move(part), classes, count});
            }
        }
    }
    m_listed = listed;
    m_alreadyPresent = m_listed - missingTotal;
    m_requested = missingTotal;
    reportProgress(true);

    const QString storeFolder = catalog.defaultStoreFolder();
    RemoteStatus outcome = RemoteStatus::success();
    if (!requests.empty()) {
        // (c) Room for it, before anything is fetched.
        if (auto problem = store.prepare())
            return RemoteStatus::failure(RemoteErrorKind::LocalStorage, *problem);
        const std::optional<QString> refused = refusesSpace(expectedBytes);
        if (refused)
            return RemoteStatus::failure(RemoteErrorKind::LocalStorage,
                                         tr("Not enough disk space to retrieve %1 instances (about %2 MB); nothing was fetched. %3")
                                             .arg(missingTotal)
                                             .arg((expectedBytes + 1024 * 1024 - 1) / (1024 * 1024))
                                             .arg(*refused));

        // (d) Staged inside the store, so that catalogued files are moved, not copied.
        const QString staging = QDir(storeFolder).filePath(QStringLiteral("incoming/retrieve-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        if (!QDir().mkpath(staging))
            return RemoteStatus::failure(RemoteErrorKind::LocalStorage, tr("Cannot create the folder %1.").arg(staging));
        {
            IncomingBatchImporter::Options importOptions;
            importOptions.storeFolder = storeFolder;
            importOptions.batchFiles = m_options.batchFiles;
            importOptions.maxDelay = m_options.maxDelay;
            importOptions.origin = catalog::ImportOrigin::Retrieved;
            IncomingBatchImporter importer(m_catalog, importOptions, [&](const catalog::ImportResult& result, const std::vector<QString>&) {
                m_cataloged += result.newInstances + result.alreadyPresent;
                announceAvailableSeries(studyInstanceUid);
            });
            for (const Request& request : requests) {
                if (m_cancel) {
                    outcome = cancelled();
                    break;
                }
                remote::RetrieveRequest retrieve;
                retrieve.studyInstanceUid = studyInstanceUid;
                retrieve.seriesInstanceUid = request.seriesInstanceUid;
                retrieve.sopInstanceUids = request.sopInstanceUids;
                retrieve.sopClassUids = request.sopClassUids;
                retrieve.expectedInstances = request.expected;
                retrieve.destination = staging;
                int failedHere = 0;
                remote::RetrieveCallbacks callbacks;
                callbacks.onInstanceStored = [&](const QString& path) {
                    const int received = ++m_received;
                    if (m_options.afterInstanceReceived)
                        m_options.afterInstanceReceived(received);
                    importer.add(path);
                    reportProgress(false);
                };
                callbacks.onProgress = [&](const remote::RetrieveProgress& progress) { failedHere = progress.failed; };
                const remote::RetrieveResult result = m_archive->retrieve(retrieve, callbacks);
                m_failed += std::max(failedHere, result.progress.failed);
                if (!result.status.ok()) {
                    outcome = result.status;
                    break;
                }
                if (m_cancel) {
                    outcome = cancelled();
                    break;
                }
            }
            importer.finish();
            if (const auto failure = importer.failure(); failure && outcome.ok())
                outcome = RemoteStatus::failure(RemoteErrorKind::LocalStorage, *failure);
        }
        // Files the catalog refused stay out of the store; the catalog's import log lists them.
        QDir(staging).removeRecursively();
        QDir(storeFolder).rmdir(QStringLiteral("incoming"));
    }
    announceAvailableSeries(studyInstanceUid);
    if (!outcome.ok())
        return outcome;   // the series touched stay incomplete: a retry fetches the rest

    // Everything arrived: the series now holding all the archive listed are complete.
    const auto studyId = studyIdOf(catalog, studyInstanceUid);
    if (!studyId)
        return RemoteStatus::failure(RemoteErrorKind::LocalStorage, tr("The retrieved instances could not be catalogued."));
    m_studyId = *studyId;
    std::map<QString, catalog::SeriesRow> seriesRows;
    const std::map<QString, std::set<QString>> after = catalogued(catalog, *studyId, &seriesRows);
    std::vector<qint64> toSeal;
    int stillMissing = 0;
    for (const auto& [seriesUid, instances] : listedBySeries) {
        const auto here = after.find(seriesUid);
        int missing = 0;
        for (const RemoteInstance* instance : instances)
            if (here == after.end() || !here->second.count(instance->sopInstanceUid))
                ++missing;
        stillMissing += missing;
        const auto row = seriesRows.find(seriesUid);
        if (missing == 0 && row != seriesRows.end() && !row->second.complete)
            toSeal.push_back(row->second.id);
    }
    for (const auto& [seriesUid, count] : countedSeries) {
        const auto here = after.find(seriesUid);
        const int missing = std::max(0, count - (here == after.end() ? 0 : static_cast<int>(here->second.size())));
        stillMissing += missing;
        const auto row = seriesRows.find(seriesUid);
        if (missing == 0 && row != seriesRows.end() && !row->second.complete)
            toSeal.push_back(row->second.id);
    }
    if (auto problem = IncomingBatchImporter::markSeriesComplete(catalog, toSeal))
        return RemoteStatus::failure(RemoteErrorKind::LocalStorage, *problem);
    if (stillMissing > 0)
        return RemoteStatus::failure(RemoteErrorKind::ServerFailure,
                                     tr("%1 instances listed by %2 did not arrive or could not be catalogued.").arg(stillMissing).arg(source));
    return RemoteStatus::success(missingTotal == 0 ? tr("Everything %1 holds of this study is already here (%2 instances).").arg(source).arg(m_listed.load())
                                                   : tr("Retrieved %n instance(s) from %1; %2 already here.", nullptr, m_received.load())
                                                         .arg(source)
                                                         .arg(m_alreadyPresent.load()));
}

void RetrieveJob::announceAvailableSeries(const QString& studyInstanceUid)
{
    const auto studyId = studyIdOf(*m_catalog, studyInstanceUid);
    if (!studyId)
        return;
    m_studyId = *studyId;
    std::vector<qint64> fresh;
    {
        std::lock_guard lock(m_announcedMutex);
        for (const catalog::SeriesRow& row : m_catalog->seriesOfStudy(*studyId))
            if (row.instanceCount > 0 && m_announced.insert(row.id).second)
                fresh.push_back(row.id);
        if (!fresh.empty() && m_receivedAtFirstAvailable < 0)
            m_receivedAtFirstAvailable = m_received.load();
    }
    for (const qint64 seriesId : fresh)
        Q_EMIT seriesAvailable(*studyId, seriesId);
}

} // namespace continuum::app
