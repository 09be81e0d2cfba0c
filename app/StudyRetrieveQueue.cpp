#include "StudyRetrieveQueue.h"

#include "RemoteArchive.h"
#include "RetrieveJob.h"

#include "remote/NodeDirectory.h"

#include <QTimer>

#include <algorithm>

namespace continuum::app {

StudyRetrieveQueue::StudyRetrieveQueue(std::shared_ptr<catalog::Catalog> catalog, QString nodesFile, QObject* parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_nodesFile(std::move(nodesFile))
{
}

StudyRetrieveQueue::~StudyRetrieveQueue()
{
    m_queue.clear();
    m_job.reset();   // cancels and joins
}

void StudyRetrieveQueue::enqueue(const QString& studyInstanceUid, const QString& nodeName)
{
    if (studyInstanceUid.isEmpty() || m_current.studyInstanceUid == studyInstanceUid)
        return;
    if (std::any_of(m_queue.begin(), m_queue.end(), [&](const Entry& entry) { return entry.studyInstanceUid == studyInstanceUid; }))
        return;
    m_queue.push_back(Entry{studyInstanceUid, nodeName});
    if (!m_job)
        startNext();
}

void StudyRetrieveQueue::cancelAll()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
}

bool StudyRetrieveQueue::isBusy() const
{
    return m_job != nullptr || !m_queue.empty();
}

void StudyRetrieveQueue::startNext()
{
    while (!m_queue.empty()) {
        m_current = m_queue.front();
        m_queue.pop_front();
        const QString uid = m_current.studyInstanceUid;
        remote::NodeDirectory nodes;
        QString error;
        if (const auto loadError = nodes.load(m_nodesFile))
            error = tr("The PACS nodes file cannot be read: %1").arg(*loadError);
        const remote::RemoteNode* node = nullptr;
        if (error.isEmpty()) {
            const auto& all = nodes.nodes();
            const auto it = std::find_if(all.begin(), all.end(), [this](const remote::RemoteNode& candidate) { return candidate.name == m_current.nodeName; });
            if (it == all.end())
                error = tr("The PACS node \"%1\" is no longer configured.").arg(m_current.nodeName);
            else
                node = &*it;
        }
        std::unique_ptr<RemoteArchive> archive;
        if (node)
            archive = RemoteArchive::create(*node, nodes.local(), &error);
        if (!archive) {
            Q_EMIT studyFinished(uid, false, error, 0);
            continue;
        }
        m_job = std::make_unique<RetrieveJob>(m_catalog, std::move(archive));
        RetrieveJob* job = m_job.get();
        connect(job, &RetrieveJob::progressed, this, [this, uid](int completed, int remaining, int failed, double) {
            Q_EMIT progressed(uid, completed, remaining, failed);
        });
        connect(job, &RetrieveJob::seriesAvailable, this, [this, uid](qint64 studyId, qint64 seriesId) {
            Q_EMIT seriesAvailable(uid, studyId, seriesId);
        });
        connect(job, &RetrieveJob::finished, this, [this, uid, job](bool ok, const QString& message) {
            const qint64 studyId = job->studyId();
            // The job is still inside its own signal: let it go once control is back here.
            QTimer::singleShot(0, this, [this, uid, ok, message, studyId] {
                m_job.reset();
                m_current = {};
                Q_EMIT studyFinished(uid, ok, message, studyId);
                startNext();
            });
        });
        if (!job->start(uid)) {
            m_job.reset();
            Q_EMIT studyFinished(uid, false, tr("The retrieve could not start."), 0);
            continue;
        }
        Q_EMIT studyStarted(uid);
        return;
    }
    m_current = {};
    Q_EMIT idle();
}

} // namespace continuum::app
