#pragma once
#include "remote/RemoteStatus.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class RemoteArchive;

// Sends a catalogued study (or one of its series) to a remote archive on a worker thread: the
// files come from the catalog (the first present location of each instance on this
// workstation), progress per file, cancel between files.
class SendJob : public QObject {
    Q_OBJECT
public:
    SendJob(std::shared_ptr<catalog::Catalog> catalog, std::unique_ptr<RemoteArchive> archive, QObject* parent = nullptr);
    ~SendJob() override;   // cancels and waits

    // False when a send is running. seriesId: only that series of the study.
    bool start(qint64 studyId, std::optional<qint64> seriesId = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

    int totalCount() const { return m_total; }
    int sentCount() const { return m_sent; }
    int failedCount() const { return m_failed; }
    const remote::RemoteStatus& status() const { return m_status; }   // valid after finished()

Q_SIGNALS:
    void progressed(int done, int total);                 // worker thread
    void finished(bool ok, const QString& message);       // the job's thread

private:
    void run(qint64 studyId, std::optional<qint64> seriesId);

    std::shared_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<RemoteArchive> m_archive;
    std::jthread m_worker;
    bool m_running = false;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_total{0};
    std::atomic<int> m_sent{0};
    std::atomic<int> m_failed{0};
    remote::RemoteStatus m_status;
};

} // namespace continuum::app
