#pragma once
#include "RetrieveJob.h"

#include "remote/DimseClient.h"
#include "remote/NodeDirectory.h"
#include "remote/QueryTypes.h"

#include <QWidget>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class RemoteArchive;
class SendJob;

// Query/retrieve/send against the configured remote archives: a node chooser (nodes file), a
// search by patient name, ID, study date range and modality, the matching studies with their
// counts (expand a study for its series), Retrieve of the selected study or series into the
// catalog with progress, rate and Cancel, and Send of the local study the browser has selected.
// Errors are shown in words. The main window docks it and connects its signals.
class PacsQueryPanel : public QWidget {
    Q_OBJECT
public:
    explicit PacsQueryPanel(std::shared_ptr<catalog::Catalog> catalog, QWidget* parent = nullptr);
    ~PacsQueryPanel() override;   // cancels and waits for running work

    // The nodes file to use: `fromOption` (--nodes) if set, else the settings key
    // "pacs/nodesFile", else $CONTINUUM_NODES or ~/.config/continuum/nodes.json.
    static QString nodesFile(const QString& fromOption = {});
    // Loads the nodes (error shown in the panel too and returned).
    std::optional<QString> loadNodes(const QString& path);
    void setNodeDirectory(const remote::NodeDirectory& directory);
    // Free-space check, batch sizes... for the retrieves this panel starts.
    void setRetrieveOptions(RetrieveJobOptions options) { m_retrieveOptions = std::move(options); }
    QString currentNodeName() const;

public Q_SLOTS:
    // "Test connection": C-ECHO (DIMSE) or a QIDO-RS search (DICOMweb) on a worker thread; the
    // one-line outcome goes to the status line and connectionTested().
    void testConnection();
    void search();
    void retrieveSelected();
    void cancelRetrieve();
    // The local study Send sends (the study browser's selection); 0 = none.
    void setLocalStudy(qint64 studyId);
    void sendLocalStudy();
    void cancelSend();

Q_SIGNALS:
    void connectionTested(bool ok);
    void studyRetrieved(qint64 studyId);
    void seriesAvailable(qint64 studyId, qint64 seriesId);
    void studySent(qint64 studyId);
    // Every retrieve and send this panel ran, succeeded or not (the audit trail records both).
    void retrieveEnded(const QString& node, const QString& studyInstanceUid, bool ok, const QString& message);
    void sendEnded(const QString& node, qint64 studyId, bool ok, const QString& message);

private:
    void buildUi();
    void updateButtons();
    void showStatus(const QString& text, bool error);
    std::unique_ptr<RemoteArchive> archiveForCurrentNode(QString* error) const;
    // Runs C-FINDs one after another on a worker thread; `done` runs on the GUI thread.
    void enqueueQuery(const remote::QueryRequest& request, std::function<void(const remote::FindResult&)> done);
    void startNextQuery();
    void showStudies(const remote::FindResult& result);
    void loadSeries(QTreeWidgetItem* studyItem);

    std::shared_ptr<catalog::Catalog> m_catalog;
    remote::NodeDirectory m_nodes;
    RetrieveJobOptions m_retrieveOptions;

    QComboBox* m_node = nullptr;
    QLineEdit* m_patientName = nullptr;
    QLineEdit* m_patientId = nullptr;
    QCheckBox* m_dateRange = nullptr;
    QDateEdit* m_dateFrom = nullptr;
    QDateEdit* m_dateTo = nullptr;
    QLineEdit* m_modality = nullptr;
    QPushButton* m_search = nullptr;
    QPushButton* m_testConnection = nullptr;
    QTreeWidget* m_results = nullptr;
    QPushButton* m_retrieve = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_retrieveProgress = nullptr;
    QLabel* m_rate = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancelSend = nullptr;
    QProgressBar* m_sendProgress = nullptr;
    QLabel* m_status = nullptr;

    struct PendingQuery {
        remote::QueryRequest request;
        std::function<void(const remote::FindResult&)> done;
    };
    std::deque<PendingQuery> m_queries;
    bool m_queryRunning = false;
    std::unique_ptr<RemoteArchive> m_queryArchive;
    std::jthread m_queryThread;

    bool m_echoRunning = false;
    std::unique_ptr<RemoteArchive> m_echoArchive;
    std::jthread m_echoThread;

    std::unique_ptr<RetrieveJob> m_retrieveJob;
    std::unique_ptr<SendJob> m_sendJob;
    qint64 m_localStudyId = 0;
};

} // namespace continuum::app
