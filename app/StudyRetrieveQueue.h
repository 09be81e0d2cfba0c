#pragma once
#include <QObject>
#include <QString>

#include <deque>
#include <memory>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class RetrieveJob;

// Whole studies retrieved one after the other into the catalog (the timeline's "retrieve all
// priors", a launch in context of a study only the PACS has). One RetrieveJob at a time, so the
// first study asked for is viewable first and the PACS is not flooded; each study is fetched
// from the node that reported it, per the nodes file the PACS tab uses.
class StudyRetrieveQueue : public QObject {
    Q_OBJECT
public:
    StudyRetrieveQueue(std::shared_ptr<catalog::Catalog> catalog, QString nodesFile, QObject* parent = nullptr);
    ~StudyRetrieveQueue() override;

    // Queues a study (ignored when already queued or running).
    void enqueue(const QString& studyInstanceUid, const QString& nodeName);
    // Stops the running retrieve (C-CANCEL) and drops the queued ones.
    void cancelAll();
    bool isBusy() const;
    int pendingCount() const { return static_cast<int>(m_queue.size()); }
    QString currentStudy() const { return m_current.studyInstanceUid; }

Q_SIGNALS:
    void studyStarted(const QString& studyInstanceUid);
    void progressed(const QString& studyInstanceUid, int completed, int remaining, int failed);
    // The first time a series of the study has instances in the catalog.
    void seriesAvailable(const QString& studyInstanceUid, qint64 studyId, qint64 seriesId);
    // ok false: `message` says why in the user's words; the study stays incomplete.
    void studyFinished(const QString& studyInstanceUid, bool ok, const QString& message, qint64 studyId);
    void idle();

private:
    struct Entry {
        QString studyInstanceUid;
        QString nodeName;
    };
    void startNext();

    std::shared_ptr<catalog::Catalog> m_catalog;
    QString m_nodesFile;
    std::deque<Entry> m_queue;
    Entry m_current;
    std::unique_ptr<RetrieveJob> m_job;
};

} // namespace continuum::app
