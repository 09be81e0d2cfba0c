#pragma once
#include "SettingsPage.h"

#include <QFutureWatcher>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace continuum::app {

// Storage and memory: the limits of the managed store (its largest size and the age after which
// studies that can be fetched again leave it; 0 = no limit), with the store's folder and what it
// holds now, and the process-wide memory budget for decoded images (0 = automatic: a quarter of
// physical memory).
class StorageSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit StorageSettingsPage(QWidget* parent = nullptr);
    ~StorageSettingsPage() override;

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    // The store to describe (Catalog::defaultStoreFolder() of the open catalog); measured in the
    // background. Until it is called: the default store of the configured catalog.
    void setStoreFolder(const QString& folder);
    QString storeFolder() const { return m_folder; }
    // "Store folder ...: 1.2 GiB in 340 files", or "Measuring…" while that runs.
    QString storeUsageText() const;
    bool isMeasuring() const { return m_measuring; }
    // The store of the catalog the settings point at, as Catalog::defaultStoreFolder() places it.
    static QString defaultStoreFolder();

    double maxSizeGiB() const;
    void setMaxSizeGiB(double gibibytes);
    int maxAgeDays() const;
    void setMaxAgeDays(int days);
    int memoryBudgetMiB() const;
    void setMemoryBudgetMiB(int mebibytes);

    struct Usage {
        qint64 bytes = 0;
        qint64 files = 0;
        bool exists = false;
    };
    // Walks `folder` (not following links). GUI-free.
    static Usage measure(const QString& folder);

private:
    void showUsage();

    QString m_folder;
    QLabel* m_path = nullptr;
    QLabel* m_usage = nullptr;
    QDoubleSpinBox* m_maxSize = nullptr;
    QSpinBox* m_maxAge = nullptr;
    QSpinBox* m_memory = nullptr;
    QFutureWatcher<Usage> m_measure;
    bool m_measuring = false;   // until the result is shown (the watcher's finished() is queued)
};

} // namespace continuum::app
