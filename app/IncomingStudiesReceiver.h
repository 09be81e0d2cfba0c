#pragma once
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace continuum::catalog {
class Catalog;
}
namespace continuum::remote {
class StorageScp;
}

namespace continuum::app {

class IncomingBatchImporter;

// Studies a PACS or a modality pushes to us: runs a storage SCP on our AE title and port (the
// nodes file's "local" entry), receives into a staging folder inside the managed store, and
// catalogues arrivals in small batches (moved into the store). A push has no end marker in
// DIMSE, so the series received are marked complete once nothing has arrived for the quiet
// period; until then (and if the sender stops half-way) they say they are incomplete.
class IncomingStudiesReceiver : public QObject {
    Q_OBJECT
public:
    IncomingStudiesReceiver(std::shared_ptr<catalog::Catalog> catalog, remote::LocalNode local, QObject* parent = nullptr);
    ~IncomingStudiesReceiver() override;   // stops

    void setQuietPeriod(std::chrono::milliseconds period) { m_quietPeriod = period; }
    // Listens before returning (a busy port is reported here, in words).
    remote::RemoteStatus start();
    void stop();
    bool isRunning() const;

    int receivedCount() const { return m_received; }
    int catalogedCount() const { return m_cataloged; }

Q_SIGNALS:
    // From the importer thread (queued to receivers elsewhere).
    void seriesAvailable(qint64 studyId, qint64 seriesId);
    // After each batch, for every study it added to.
    void studyReceived(qint64 studyId);
    // The quiet period passed after a push: its series are now marked complete.
    void receptionSettled(int seriesCompleted);

private:
    void onBatch(const std::vector<QString>& files);
    void onQuiet();

    std::shared_ptr<catalog::Catalog> m_catalog;
    remote::LocalNode m_local;
    std::chrono::milliseconds m_quietPeriod{5000};
    QString m_staging;
    std::unique_ptr<IncomingBatchImporter> m_importer;
    std::unique_ptr<remote::StorageScp> m_scp;
    std::atomic<int> m_received{0};
    std::atomic<int> m_cataloged{0};
    std::mutex m_seriesMutex;
    std::set<qint64> m_touchedSeries;    // since the last quiet period
    std::set<qint64> m_announcedSeries;
    std::map<QString, std::pair<QString, QString>> m_seriesOfFile;   // staged path -> study, series UID
};

} // namespace continuum::app
