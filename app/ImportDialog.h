#pragma once
#include "catalog/CatalogTypes.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class CatalogImportJob;

// Importing into the catalog, in three steps in one window: what to import and how (copy into
// the managed store or reference in place; the choice is remembered), progress with rate, time
// left and Cancel, then the report of refused, skipped and conflicting files. Not modal: the
// viewer stays usable while a long import runs.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(std::shared_ptr<catalog::Catalog> catalog, const QStringList& paths, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void addPaths(const QStringList& paths);
    QStringList paths() const;
    catalog::ImportMode mode() const;
    void setMode(catalog::ImportMode mode);
    // Starts the import of paths() in mode() (the Import button); remembers the mode.
    void startImport();
    bool isImporting() const;
    CatalogImportJob* job() const { return m_job.get(); }

    // The QSettings key and how the mode is stored, shared with nothing else.
    static catalog::ImportMode rememberedMode();

Q_SIGNALS:
    // The import ended (finished, cancelled or failed); the job holds the result.
    void importFinished();

protected:
    void reject() override;

private:
    QWidget* createChoicePage();
    QWidget* createProgressPage();
    QWidget* createReportPage();
    void addFilesDialog();
    void addFolderDialog();
    void updateProgress();
    void showReport();
    QString summaryText() const;

    std::shared_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<CatalogImportJob> m_job;
    QStackedWidget* m_pages = nullptr;
    // Choice
    QListWidget* m_sources = nullptr;
    QRadioButton* m_reference = nullptr;
    QRadioButton* m_copy = nullptr;
    QPushButton* m_importButton = nullptr;
    // Progress
    QLabel* m_progressTitle = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QTimer* m_progressTimer = nullptr;
    // Report
    QLabel* m_summary = nullptr;
    QLabel* m_conflictNote = nullptr;
    QTreeWidget* m_problems = nullptr;
};

} // namespace continuum::app
