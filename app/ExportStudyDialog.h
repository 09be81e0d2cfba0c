#pragma once
#include "export/ExportTypes.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace continuum::app {

// Export of one study to a folder / CD / USB: target folder, anonymization (replacement patient
// name and ID, Retain Longitudinal Temporal Information with Full Dates and Retain UIDs options,
// both off), DICOMDIR and ISO image; progress while it runs (on a worker thread, cancellable) and
// the result with its warnings (burned-in annotation in US/XA...). The work is
// exporting::StudyExporter's; the dialog only gathers the request and shows the outcome.
class ExportStudyDialog : public QDialog {
    Q_OBJECT
public:
    // `studyLabel` is shown as the title line (patient, date, description); `files` are the
    // study's instances (exporting::StudyExporter::filesOfStudy).
    ExportStudyDialog(const QString& studyLabel, std::vector<QString> files, QWidget* parent = nullptr);
    ~ExportStudyDialog() override;

    // The request the current settings describe; `problem` says what is missing or wrong.
    exporting::ExportRequest request(QString* problem = nullptr) const;
    bool isRunning() const;
    const exporting::ExportResult& lastResult() const { return m_result; }

public slots:
    void startExport();   // does nothing but show the problem when the settings are incomplete
    void cancelExport();

signals:
    void exportFinished(const continuum::exporting::ExportResult& result);

protected:
    void reject() override;   // closing while running cancels first

private:
    void updateEnabledState();
    void showProgress(int done, int total, const QString& stage);
    void finish();

    std::vector<QString> m_files;
    QLineEdit* m_folder = nullptr;
    QGroupBox* m_anonymize = nullptr;
    QLineEdit* m_patientName = nullptr;
    QLineEdit* m_patientId = nullptr;
    QCheckBox* m_retainDates = nullptr;
    QCheckBox* m_retainUids = nullptr;
    QCheckBox* m_dicomdir = nullptr;
    QCheckBox* m_iso = nullptr;
    QLineEdit* m_isoPath = nullptr;
    QPushButton* m_isoBrowse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    std::atomic<bool> m_cancel{false};
    QFutureWatcher<exporting::ExportResult> m_watcher;
    exporting::ExportResult m_result;
};

} // namespace continuum::app
