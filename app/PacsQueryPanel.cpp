#include "PacsQueryPanel.h"

#include "dicom/LocaleFormat.h"

#include "PacsCommands.h"
#include "RemoteArchive.h"
#include "SendJob.h"

#include "catalog/Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace continuum::app {

namespace {

constexpr int kStudyUidRole = Qt::UserRole;
constexpr int kSeriesUidRole = Qt::UserRole + 1;
constexpr int kSeriesLoadedRole = Qt::UserRole + 2;
const char* const kNodesFileKey = "pacs/nodesFile";

QString countText(int count)
{
    return count >= 0 ? QString::number(count) : QStringLiteral("?");
}

QString displayName(QString dicomName)
{
    return dicomName.replace(QLatin1Char('^'), QLatin1Char(' ')).simplified();
}

} // namespace

PacsQueryPanel::PacsQueryPanel(std::shared_ptr<catalog::Catalog> catalog, QWidget* parent) : QWidget(parent), m_catalog(std::move(catalog))
{
    buildUi();
    updateButtons();
}

PacsQueryPanel::~PacsQueryPanel()
{
    m_queries.clear();
    if (m_queryArchive)
        m_queryArchive->cancel();
    if (m_queryThread.joinable())
        m_queryThread.join();
    if (m_echoArchive)
        m_echoArchive->cancel();
    if (m_echoThread.joinable())
        m_echoThread.join();
    // The jobs cancel and wait in their destructors.
    m_retrieveJob.reset();
    m_sendJob.reset();
}

QString PacsQueryPanel::nodesFile(const QString& fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString fromSettings = QSettings().value(QLatin1String(kNodesFileKey)).toString();
    if (!fromSettings.isEmpty())
        return fromSettings;
    return PacsCommands::nodesPath({});
}

void PacsQueryPanel::buildUi()
{
    setAccessibleName(tr("Remote archives"));
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("pacsNode"));
    m_node->setAccessibleName(tr("Remote node"));
    m_patientName = new QLineEdit(this);
    m_patientName->setObjectName(QStringLiteral("pacsPatientName"));
    m_patientName->setAccessibleName(tr("Patient name"));
    m_patientName->setPlaceholderText(tr("e.g. Doe* (wildcards * and ?)"));
    m_patientId = new QLineEdit(this);
    m_patientId->setObjectName(QStringLiteral("pacsPatientId"));
    m_patientId->setAccessibleName(tr("Patient ID"));
    m_dateRange = new QCheckBox(tr("Study date from"), this);
    m_dateRange->setObjectName(QStringLiteral("pacsDateRange"));
    m_dateRange->setAccessibleName(tr("Restrict the study date"));
    m_dateFrom = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_dateFrom->setObjectName(QStringLiteral("pacsDateFrom"));
    m_dateFrom->setAccessibleName(tr("Study date from"));
    m_dateFrom->setCalendarPopup(true);
    m_dateFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateTo = new QDateEdit(QDate::currentDate(), this);
    m_dateTo->setObjectName(QStringLiteral("pacsDateTo"));
    m_dateTo->setAccessibleName(tr("Study date to"));
    m_dateTo->setCalendarPopup(true);
    m_dateTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_modality = new QLineEdit(this);
    m_modality->setObjectName(QStringLiteral("pacsModality"));
    m_modality->setAccessibleName(tr("Modality"));
    m_modality->setPlaceholderText(tr("e.g. CT"));
    m_search = new QPushButton(tr("Search"), this);
    m_search->setObjectName(QStringLiteral("pacsSearch"));
    m_search->setAccessibleName(tr("Search the remote node"));
    m_search->setDefault(true);
    m_testConnection = new QPushButton(tr("Test connection"), this);
    m_testConnection->setObjectName(QStringLiteral("pacsTestConnection"));
    m_testConnection->setAccessibleName(tr("Test the connection to the remote node"));
    m_testConnection->setToolTip(tr("C-ECHO for a DICOM node, a QIDO-RS search for a DICOMweb node"));

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dateRange);
    dates->addWidget(m_dateFrom);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_dateTo);
    auto* form = new QFormLayout;
    form->addRow(tr("Node:"), m_node);
    form->addRow(tr("Patient name:"), m_patientName);
    form->addRow(tr("Patient ID:"), m_patientId);
    form->addRow(dates);
    form->addRow(tr("Modality:"), m_modality);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("pacsResults"));
    m_results->setAccessibleName(tr("Studies found"));
    m_results->setHeaderLabels({tr("Patient"), tr("Patient ID"), tr("Date"), tr("Modality"), tr("Description"), tr("Series"), tr("Images")});
    m_results->setRootIsDecorated(true);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_retrieve = new QPushButton(tr("Retrieve"), this);
    m_retrieve->setObjectName(QStringLiteral("pacsRetrieve"));
    m_retrieve->setAccessibleName(tr("Retrieve the selected study or series"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("pacsCancel"));
    m_cancel->setAccessibleName(tr("Cancel the retrieve"));
    m_retrieveProgress = new QProgressBar(this);
    m_retrieveProgress->setObjectName(QStringLiteral("pacsRetrieveProgress"));
    m_retrieveProgress->setAccessibleName(tr("Retrieve progress"));
    m_retrieveProgress->setRange(0, 1);
    m_retrieveProgress->setValue(0);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("pacsRate"));
    m_rate->setAccessibleName(tr("Retrieve rate"));
    m_rate->setMinimumWidth(m_rate->fontMetrics().horizontalAdvance(tr("%1 files/s, %2 failed").arg(QStringLiteral("9999.9"), QStringLiteral("9999"))));
    auto* retrieveRow = new QHBoxLayout;
    retrieveRow->addWidget(m_retrieve);
    retrieveRow->addWidget(m_retrieveProgress, 1);
    retrieveRow->addWidget(m_rate);
    retrieveRow->addWidget(m_cancel);

    m_send = new QPushButton(tr("Send local study"), this);
    m_send->setObjectName(QStringLiteral("pacsSend"));
    m_send->setAccessibleName(tr("Send the study selected in the browser to the node"));
    m_cancelSend = new QPushButton(tr("Cancel"), this);
    m_cancelSend->setObjectName(QStringLiteral("pacsCancelSend"));
    m_cancelSend->setAccessibleName(tr("Cancel the send"));
    m_sendProgress = new QProgressBar(this);
    m_sendProgress->setObjectName(QStringLiteral("pacsSendProgress"));
    m_sendProgress->setAccessibleName(tr("Send progress"));
    m_sendProgress->setRange(0, 1);
    m_sendProgress->setValue(0);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_sendProgress, 1);
    sendRow->addWidget(m_cancelSend);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pacsStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_testConnection);
    searchRow->addStretch(1);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    layout->addLayout(retrieveRow);
    layout->addLayout(sendRow);
    layout->addWidget(m_status);

    connect(m_search, &QPushButton::clicked, this, &PacsQueryPanel::search);
    connect(m_testConnection, &QPushButton::clicked, this, &PacsQueryPanel::testConnection);
    connect(m_patientName, &QLineEdit::returnPressed, this, &PacsQueryPanel::search);
    connect(m_patientId, &QLineEdit::returnPressed, this, &PacsQueryPanel::search);
    connect(m_retrieve, &QPushButton::clicked, this, &PacsQueryPanel::retrieveSelected);
    connect(m_cancel, &QPushButton::clicked, this, &PacsQueryPanel::cancelRetrieve);
    connect(m_send, &QPushButton::clicked, this, &PacsQueryPanel::sendLocalStudy);
    connect(m_cancelSend, &QPushButton::clicked, this, &PacsQueryPanel::cancelSend);
    connect(m_dateRange, &QCheckBox::toggled, this, &PacsQueryPanel::updateButtons);
    connect(m_node, &QComboBox::currentIndexChanged, this, &PacsQueryPanel::updateButtons);
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &PacsQueryPanel::updateButtons);
    connect(m_results, &QTreeWidget::itemExpanded, this, &PacsQueryPanel::loadSeries);
}

std::optional<QString> PacsQueryPanel::loadNodes(const QString& path)
{
    remote::NodeDirectory directory;
    if (auto error = directory.load(path)) {
        showStatus(tr("The nodes file could not be read: %1").arg(*error), true);
        return error;
    }
    setNodeDirectory(directory);
    return std::nullopt;
}

void PacsQueryPanel::setNodeDirectory(const remote::NodeDirectory& directory)
{
    m_nodes = directory;
    m_node->clear();
    for (const remote::RemoteNode& node : m_nodes.nodes())
        m_node->addItem(QStringLiteral("%1 (%2)").arg(node.name, node.describe()), node.name);
    if (m_node->count() == 0)
        showStatus(tr("No remote nodes are configured; add them to the nodes file."), true);
    updateButtons();
}

QString PacsQueryPanel::currentNodeName() const
{
    return m_node->currentData().toString();
}

std::unique_ptr<RemoteArchive> PacsQueryPanel::archiveForCurrentNode(QString* error) const
{
    const remote::RemoteNode* node = m_nodes.find(currentNodeName());
    if (!node) {
        *error = tr("Choose a node first.");
        return nullptr;
    }
    return RemoteArchive::create(*node, m_nodes.local(), error);
}

void PacsQueryPanel::updateButtons()
{
    const bool hasNode = m_node->currentIndex() >= 0;
    const bool retrieving = m_retrieveJob && m_retrieveJob->isRunning();
    const bool sending = m_sendJob && m_sendJob->isRunning();
    m_dateFrom->setEnabled(m_dateRange->isChecked());
    m_dateTo->setEnabled(m_dateRange->isChecked());
    m_search->setEnabled(hasNode);
    m_testConnection->setEnabled(hasNode && !m_echoRunning);
    m_retrieve->setEnabled(hasNode && !retrieving && !m_results->selectedItems().isEmpty());
    m_cancel->setEnabled(retrieving);
    m_send->setEnabled(hasNode && !sending && m_localStudyId > 0);
    m_cancelSend->setEnabled(sending);
}

void PacsQueryPanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: #a33; padding: 2px") : QString());
}

void PacsQueryPanel::enqueueQuery(const remote::QueryRequest& request, std::function<void(const remote::FindResult&)> done)
{
    m_queries.push_back({request, std::move(done)});
    if (!m_queryRunning)
        startNextQuery();
}

void PacsQueryPanel::startNextQuery()
{
    if (m_queries.empty())
        return;
    if (m_queryThread.joinable())
        m_queryThread.join();   // the previous query has delivered its result already
    QString error;
    m_queryArchive = archiveForCurrentNode(&error);
    if (!m_queryArchive) {
        m_queries.clear();
        showStatus(error, true);
        return;
    }
    PendingQuery query = std::move(m_queries.front());
    m_queries.pop_front();
    m_queryRunning = true;
    RemoteArchive* archive = m_queryArchive.get();
    m_queryThread = std::jthread([this, archive, query = std::move(query)] {
        remote::FindResult result = archive->find(query.request);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result), done = query.done] {
                m_queryRunning = false;
                done(result);
                startNextQuery();
            },
            Qt::QueuedConnection);
    });
}

void PacsQueryPanel::testConnection()
{
    if (m_echoRunning)
        return;
    QString error;
    std::unique_ptr<RemoteArchive> archive = archiveForCurrentNode(&error);
    if (!archive) {
        showStatus(error, true);
        return;
    }
    if (m_echoThread.joinable())
        m_echoThread.join();   // the previous test has delivered its result already
    m_echoArchive = std::move(archive);
    m_echoRunning = true;
    const QString nodeName = m_echoArchive->node().name;
    const QString method = m_echoArchive->node().kind == remote::NodeKind::Dimse ? tr("C-ECHO") : tr("QIDO-RS search");
    showStatus(tr("Testing the connection to %1…").arg(nodeName), false);
    updateButtons();
    RemoteArchive* echoArchive = m_echoArchive.get();
    m_echoThread = std::jthread([this, echoArchive, nodeName, method] {
        QElapsedTimer clock;
        clock.start();
        const remote::RemoteStatus status = echoArchive->echo();
        const qint64 elapsed = clock.elapsed();
        QMetaObject::invokeMethod(
            this, [this, status, elapsed, nodeName, method] {
                m_echoRunning = false;
                if (status.ok())
                    showStatus(tr("Connection to %1 works (%2, %3 ms).").arg(nodeName, method).arg(elapsed), false);
                else
                    showStatus(tr("Connection to %1 failed: %2").arg(nodeName, userMessage(status)), true);
                updateButtons();
                Q_EMIT connectionTested(status.ok());
            },
            Qt::QueuedConnection);
    });
}

void PacsQueryPanel::search()
{
    remote::QueryRequest request;
    request.level = remote::QueryLevel::Study;
    request.patientName = m_patientName->text().trimmed();
    request.patientId = m_patientId->text().trimmed();
    request.modality = m_modality->text().trimmed().toUpper();
    if (m_dateRange->isChecked()) {
        request.dateFrom = m_dateFrom->date();
        request.dateTo = m_dateTo->date();
    }
    showStatus(tr("Searching %1…").arg(m_node->currentText()), false);
    m_search->setEnabled(false);
    enqueueQuery(request, [this](const remote::FindResult& result) {
        updateButtons();
        showStudies(result);
    });
}

void PacsQueryPanel::showStudies(const remote::FindResult& result)
{
    m_results->clear();
    if (!result.status.ok()) {
        showStatus(userMessage(result.status), true);
        return;
    }
    for (const remote::QueryRow& row : result.rows) {
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(0, displayName(row.patientName));
        item->setText(1, row.patientId);
        item->setText(2, dicom::LocaleFormat::date(row.studyDate));
        item->setText(3, row.modalitiesInStudy.split(QLatin1Char('\\'), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
        item->setText(4, row.studyDescription);
        item->setText(5, countText(row.studySeries));
        item->setText(6, countText(row.studyInstances));
        item->setData(0, kStudyUidRole, row.studyInstanceUid);
        item->setData(0, kSeriesLoadedRole, false);
        // Series are asked for when the study is expanded.
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    showStatus(result.rows.size() == 1 ? tr("1 study found.") : tr("%1 studies found.").arg(result.rows.size()), false);
    updateButtons();
}

void PacsQueryPanel::loadSeries(QTreeWidgetItem* studyItem)
{
    if (!studyItem || studyItem->parent() || studyItem->data(0, kSeriesLoadedRole).toBool())
        return;
    studyItem->setData(0, kSeriesLoadedRole, true);
    remote::QueryRequest request;
    request.level = remote::QueryLevel::Series;
    request.studyInstanceUid = studyItem->data(0, kStudyUidRole).toString();
    // The item may be gone when the answer comes (a new search): find it again by UID.
    const QString studyUid = request.studyInstanceUid;
    enqueueQuery(request, [this, studyUid](const remote::FindResult& result) {
        QTreeWidgetItem* study = nullptr;
        for (int i = 0; i < m_results->topLevelItemCount() && !study; ++i)
            if (m_results->topLevelItem(i)->data(0, kStudyUidRole).toString() == studyUid)
                study = m_results->topLevelItem(i);
        if (!study)
            return;
        if (!result.status.ok()) {
            study->setData(0, kSeriesLoadedRole, false);
            showStatus(userMessage(result.status), true);
            return;
        }
        for (const remote::QueryRow& row : result.rows) {
            auto* item = new QTreeWidgetItem(study);
            item->setText(0, row.seriesDescription.isEmpty() ? tr("Series %1").arg(countText(row.seriesNumber)) : row.seriesDescription);
            item->setText(3, row.modality);
            item->setText(4, tr("#%1").arg(countText(row.seriesNumber)));
            item->setText(6, countText(row.seriesInstances));
            item->setData(0, kStudyUidRole, studyUid);
            item->setData(0, kSeriesUidRole, row.seriesInstanceUid);
        }
        study->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    });
}

void PacsQueryPanel::retrieveSelected()
{
    const QList<QTreeWidgetItem*> selected = m_results->selectedItems();
    if (selected.isEmpty() || (m_retrieveJob && m_retrieveJob->isRunning()))
        return;
    QString error;
    std::unique_ptr<RemoteArchive> archive = archiveForCurrentNode(&error);
    if (!archive) {
        showStatus(error, true);
        return;
    }
    const QString studyUid = selected.front()->data(0, kStudyUidRole).toString();
    const QString seriesUid = selected.front()->data(0, kSeriesUidRole).toString();
    m_retrieveJob = std::make_unique<RetrieveJob>(m_catalog, std::move(archive));
    m_retrieveJob->setOptions(m_retrieveOptions);
    RetrieveJob* job = m_retrieveJob.get();
    connect(job, &RetrieveJob::progressed, this, [this](int completed, int remaining, int failed, double filesPerSecond) {
        m_retrieveProgress->setRange(0, std::max(1, completed + remaining));
        m_retrieveProgress->setValue(completed);
        m_rate->setText(failed > 0 ? tr("%1 files/s, %2 failed").arg(filesPerSecond, 0, 'f', 1).arg(failed)
                                   : tr("%1 files/s").arg(filesPerSecond, 0, 'f', 1));
    });
    connect(job, &RetrieveJob::seriesAvailable, this, &PacsQueryPanel::seriesAvailable);
    connect(job, &RetrieveJob::finished, this, [this, job, node = currentNodeName(), studyUid](bool ok, const QString& message) {
        Q_EMIT retrieveEnded(node, studyUid, ok, message);
        if (ok) {
            // Everything asked for arrived (or was already here): the bar is full.
            m_retrieveProgress->setRange(0, std::max(1, job->requestedCount()));
            m_retrieveProgress->setValue(std::max(1, job->requestedCount()));
        }
        showStatus(message, !ok);
        updateButtons();
        if (ok)
            Q_EMIT studyRetrieved(job->studyId());
    });
    m_retrieveProgress->setRange(0, 0);   // busy until the archive has said how much there is
    m_rate->clear();
    if (!m_retrieveJob->start(studyUid, seriesUid)) {
        showStatus(tr("The retrieve could not start."), true);
        return;
    }
    showStatus(seriesUid.isEmpty() ? tr("Retrieving the study…") : tr("Retrieving the series…"), false);
    updateButtons();
}

void PacsQueryPanel::cancelRetrieve()
{
    if (m_retrieveJob)
        m_retrieveJob->cancel();
}

void PacsQueryPanel::setLocalStudy(qint64 studyId)
{
    m_localStudyId = studyId;
    updateButtons();
}

void PacsQueryPanel::sendLocalStudy()
{
    if (m_localStudyId <= 0 || (m_sendJob && m_sendJob->isRunning()))
        return;
    QString error;
    std::unique_ptr<RemoteArchive> archive = archiveForCurrentNode(&error);
    if (!archive) {
        showStatus(error, true);
        return;
    }
    m_sendJob = std::make_unique<SendJob>(m_catalog, std::move(archive));
    SendJob* job = m_sendJob.get();
    const qint64 studyId = m_localStudyId;
    connect(job, &SendJob::progressed, this, [this](int done, int total) {
        m_sendProgress->setRange(0, std::max(1, total));
        m_sendProgress->setValue(done);
    });
    connect(job, &SendJob::finished, this, [this, studyId, node = currentNodeName()](bool ok, const QString& message) {
        Q_EMIT sendEnded(node, studyId, ok, message);
        showStatus(message, !ok);
        updateButtons();
        if (ok)
            Q_EMIT studySent(studyId);
    });
    m_sendProgress->setRange(0, 0);
    if (!m_sendJob->start(studyId)) {
        showStatus(tr("The send could not start."), true);
        return;
    }
    showStatus(tr("Sending to %1…").arg(m_node->currentText()), false);
    updateButtons();
}

void PacsQueryPanel::cancelSend()
{
    if (m_sendJob)
        m_sendJob->cancel();
}

} // namespace continuum::app
