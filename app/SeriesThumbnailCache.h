#pragma once
#include <QCache>
#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace continuum::app {

// Small pictures of catalogued series for the browser's series strip: the representative frame
// (middle instance, middle frame) of each series decoded on a background thread with the
// viewer's own pipeline, scaled to fit `size` with the true pixel aspect, and kept by series id.
// Only file paths cross to the worker, never the catalog (its connections are per thread).
class SeriesThumbnailCache : public QObject {
    Q_OBJECT
public:
    enum class State { Absent, Pending, Ready, NoImage, Failed };
    struct Entry {
        State state = State::Absent;
        QImage image;      // Ready
        QString message;   // Failed/NoImage: why there is no picture
        QString path;      // the file it was made from
    };

    explicit SeriesThumbnailCache(int size = 96, QObject* parent = nullptr);
    ~SeriesThumbnailCache() override;

    int size() const { return m_size; }
    // What is known about the series now (Absent when never requested).
    Entry entry(qint64 seriesId) const;
    // Queues decoding `path` for the series unless it is cached from the same file or queued.
    void request(qint64 seriesId, const QString& path);
    // Drops queued requests that have not started (the user moved on to another study).
    void cancelPending();
    // Forgets everything (another catalog: series ids mean other series).
    void clear();
    // Blocks until the running and queued decodes are done (tests, shutdown).
    void waitForDone();

    // Decodes and scales one thumbnail; runs on any thread.
    static Entry render(const QString& path, int size);

Q_SIGNALS:
    // The series' entry changed to Ready, NoImage or Failed.
    void thumbnailReady(qint64 seriesId);

private:
    void store(qint64 seriesId, quint64 generation, Entry entry);

    int m_size;
    QCache<qint64, Entry> m_entries;
    // Decoding shares two cores with the viewer: one thread is plenty for 96-pixel pictures.
    QThreadPool m_pool;
    quint64 m_generation = 0;   // bumped by cancelPending/clear; results of older requests are dropped
};

} // namespace continuum::app
