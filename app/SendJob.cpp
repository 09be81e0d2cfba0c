#include "SendJob.h"

#include "RemoteArchive.h"

#include "catalog/Catalog.h"

#include <QFileInfo>

#include <vector>

namespace continuum::app {

SendJob::SendJob(std::shared_ptr<catalog::Catalog> catalog, std::unique_ptr<RemoteArchive> archive, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_archive(std::move(archive))
{
}

SendJob::~SendJob()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

bool SendJob::start(qint64 studyId, std::optional<qint64> seriesId)
{
    if (m_running || !m_catalog || !m_archive)
        return false;
    if (m_worker.joinable())
        m_worker.join();
    m_running = true;
    m_cancel = false;
    m_total = 0;
    m_sent = 0;
    m_failed = 0;
    m_status = {};
    m_worker = std::jthread([this, studyId, seriesId] { run(studyId, seriesId); });
    return true;
}

void SendJob::cancel()
{
    m_cancel = true;
    if (m_archive)
        m_archive->cancel();
}

void SendJob::run(qint64 studyId, std::optional<qint64> seriesId)
{
    catalog::Catalog& catalog = *m_catalog;
    std::vector<QString> files;
    int withoutFile = 0;
    for (const catalog::SeriesRow& series : catalog.seriesOfStudy(studyId)) {
        if (seriesId && series.id != *seriesId)
            continue;
        for (const catalog::InstanceRow& instance : catalog.instancesOfSeries(series.id)) {
            const auto present = std::find_if(instance.paths.begin(), instance.paths.end(), [](const QString& path) { return QFileInfo::exists(path); });
            if (present == instance.paths.end())
                ++withoutFile;
            else
                files.push_back(*present);
        }
    }
    catalog.releaseThreadConnection();
    m_total = static_cast<int>(files.size());

    remote::RemoteStatus status;
    if (files.empty()) {
        status = remote::RemoteStatus::failure(remote::RemoteErrorKind::InvalidRequest,
                                               withoutFile > 0 ? tr("None of the %1 instances has its file on this computer.").arg(withoutFile)
                                                               : tr("The study has no instances to send."));
    } else if (m_cancel) {
        status = remote::RemoteStatus::failure(remote::RemoteErrorKind::Cancelled, tr("The send was cancelled."));
    } else {
        const remote::SendResult result = m_archive->send(files, [this](int done, int total) {
            Q_EMIT progressed(done, total);
        });
        m_sent = result.sent;
        m_failed = result.failed + withoutFile;
        status = result.status;
        if (status.ok() && withoutFile > 0)
            status = remote::RemoteStatus::failure(remote::RemoteErrorKind::LocalStorage,
                                                   tr("Sent %1 instances; %2 were not sent because their files are missing on this computer.")
                                                       .arg(result.sent)
                                                       .arg(withoutFile));
        else if (status.ok())
            status = remote::RemoteStatus::success(tr("Sent %1 instances to %2.").arg(result.sent).arg(m_archive->node().describe()));
    }
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

} // namespace continuum::app
