#pragma once
#include "catalog/CatalogTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

// One import into the catalog on a worker thread, so the window stays responsive: progress as
// signals, a cancel flag the importer polls between files, and at the end the importer's
// result plus the studies it added to (so the browser can select them).
class CatalogImportJob : public QObject {
    Q_OBJECT
public:
    explicit CatalogImportJob(std::shared_ptr<catalog::Catalog> catalog, QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~CatalogImportJob() override;

    // Starts the import; false when one is already running.
    bool start(const QStringList& paths, const catalog::ImportOptions& options);
    // Asks the importer to stop after the files in flight; safe from any thread.
    void cancel() { m_cancel = true; }
    bool isCancelRequested() const { return m_cancel; }
    bool isRunning() const { return m_running; }

    // Valid after finished().
    const catalog::ImportResult& result() const { return m_result; }
    // Studies that gained instances or are new, newest study first.
    const std::vector<qint64>& changedStudyIds() const { return m_changedStudyIds; }
    // Distinct modalities in the whole catalog after the import (for the browser's filter).
    const QStringList& modalities() const { return m_modalities; }
    // Files per second since start(), from the last progress report.
    double filesPerSecond() const;
    // Estimated seconds left, when known.
    std::optional<double> secondsLeft() const;
    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    // Emitted from the worker thread after each batch the importer wrote (files handled so far
    // and in total). Connect with Qt::DirectConnection to react before the next batch.
    void progressed(int done, int total);
    // Emitted on the thread that owns the job, once the worker has finished.
    void finished();

private:
    void run(QStringList paths, catalog::ImportOptions options);

    std::shared_ptr<catalog::Catalog> m_catalog;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    std::jthread m_worker;
    QElapsedTimer m_clock;
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<qint64> m_elapsedAtLastReportMs{0};
    catalog::ImportResult m_result;
    std::vector<qint64> m_changedStudyIds;
    QStringList m_modalities;
};

} // namespace continuum::app
