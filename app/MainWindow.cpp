#include "MainWindow.h"

#include "AppSettings.h"
#include "AuditController.h"
#include "AuditLogDialog.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "SwitchUserDialog.h"
#include "UserSession.h"
#include "ArchiveStudySource.h"
#include "CardiologyWorkspace.h"
#include "CatalogBrowserPanel.h"
#include "CatalogCredentials.h"
#include "CineEcgAttacher.h"
#include "CineGridView.h"
#include "CatalogImportJob.h"
#include "ExportStudyDialog.h"
#include "ImportDialog.h"
#include "LaunchTargetResolver.h"
#include "OncologyWorkspace.h"
#include "PacsQueryPanel.h"
#include "PatientContextController.h"
#include "PresentationStateOverlay.h"
#include "ReadingController.h"
#include "ReceiverController.h"
#include "SharedCatalogMonitor.h"
#include "ReadingSession.h"
#include "RadiologyWorklistView.h"
#include "ProtocolLayoutController.h"
#include "ProtocolLayoutView.h"
#include "SeriesThumbnailCache.h"
#include "SeriesViewController.h"
#include "SettingsDialog.h"
#include "StorageSettingsPage.h"
#include "StudyListModel.h"
#include "StudyDocumentsPanel.h"
#include "StudyRetrieveQueue.h"
#include "TimelinePanel.h"
#include "TimelineWidget.h"
#include "WindowPresets.h"

#include "ProtocolEditorDialog.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogLocation.h"
#include "catalog/StoreJanitor.h"
#include "memory/MemoryBudget.h"
#include "export/StudyExporter.h"
#include "hanging_protocols/PlaneOrientation.h"
#include "hanging_protocols/ProtocolFromLayout.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "timeline/DepartmentMapping.h"
#include "remote/CredentialStore.h"
#include "remote/NodeDirectory.h"
#include "timeline/TimelineModel.h"
#include "worklist/ModalityWorklistClient.h"
#include "worklist/PacsStudySource.h"
#include "worklist/WorklistModel.h"
#include "dicom/LocaleFormat.h"
#include "dicom/ImageSeries.h"
#include "render/CineViewport.h"
#include "render/MprView.h"
#include "render/SliceViewport.h"
#include "dicom/MprVolume.h"
#include "measure/FrameMeasurer.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace continuum::app {

namespace {

// The department workspaces show the studies of the patient whose study was opened; without a
// Patient ID only those with the same name and birth date (PatientMatch).
catalog::PatientMatch patientMatch(const timeline::PatientIdentity& patient)
{
    return {patient.patientId, patient.issuerOfPatientId, patient.name, patient.birthDate};
}
constexpr int kSeriesIndexRole = Qt::UserRole + 1;

// Local files and folders among dropped URLs.
QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths << url.toLocalFile();
    return paths;
}

// For status lines: a few paths in full, many as a count.
QString describePaths(const QStringList& paths)
{
    if (paths.size() <= 3)
        return paths.join(QStringLiteral(", "));
    return QCoreApplication::translate("MainWindow", "%n files and folders", nullptr, int(paths.size()));
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Continuum"));
    setAcceptDrops(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_catalogBrowser = new CatalogBrowserPanel(m_tabs);
    m_catalogBrowser->setMessage(tr("No study catalog is open."));
    m_tabs->addTab(m_catalogBrowser, tr("Study List"));
    m_viewport = new render::SliceViewport(m_tabs);
    m_viewport->setMinimumSize(256, 256);
    m_viewerPage = m_viewport;
    m_tabs->addTab(m_viewerPage, tr("Viewer"));
    // The layout tab: what the hanging protocols choose for the study on screen.
    m_layoutPage = new QWidget(m_tabs);
    auto* layoutBox = new QVBoxLayout(m_layoutPage);
    layoutBox->setContentsMargins(0, 0, 0, 0);
    m_layoutMessage = new QLabel(m_layoutPage);
    m_layoutMessage->setWordWrap(true);
    m_layoutMessage->setMargin(8);
    m_layoutMessage->hide();
    layoutBox->addWidget(m_layoutMessage);
    m_protocolLibrary = std::make_unique<hanging_protocols::ProtocolLibrary>(hanging_protocols::ProtocolLibrary::defaultFolders());
    QStringList protocolProblems;
    for (const hanging_protocols::ProtocolProblem& problem : m_protocolLibrary->problems())
        protocolProblems << problem.text();
    m_layoutController = new ProtocolLayoutController(m_protocolLibrary->protocolList(), this);
    // A protocol saved in the editor (or a file changed in a protocol folder) applies at once.
    m_protocolLibrary->setWatching(true);
    connect(m_protocolLibrary.get(), &hanging_protocols::ProtocolLibrary::reloaded, this, [this] {
        m_layoutController->setProtocols(m_protocolLibrary->protocolList());
        for (const hanging_protocols::ProtocolProblem& problem : m_protocolLibrary->problems())
            m_problemList->insertItem(0, tr("Hanging protocol not loaded: %1").arg(problem.text()));
    });
    m_layoutView = new ProtocolLayoutView(m_layoutController, m_layoutPage);
    m_layoutView->setAccessibleName(tr("Hanging protocol layout"));
    layoutBox->addWidget(m_layoutView, 1);
    m_tabs->addTab(m_layoutPage, tr("Layout"));
    m_tabs->setCurrentWidget(m_viewerPage);
    setCentralWidget(m_tabs);
    m_controller = std::make_unique<SeriesViewController>(m_viewport);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_catalogBrowser, &CatalogBrowserPanel::openRequested, this, [this](qint64 studyId, qint64 seriesId) { openStudy(studyId, seriesId); });
    connect(m_catalogBrowser, &CatalogBrowserPanel::importRequested, this, [this] { requestImport({}); });

    m_seriesTree = new QTreeWidget(this);
    m_seriesTree->setHeaderLabels({tr("Patient / series"), tr("Images")});
    m_seriesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_seriesTree->header()->setStretchLastSection(false);
    m_seriesDock = new QDockWidget(tr("Series"), this);
    m_seriesDock->setObjectName(QStringLiteral("seriesDock"));
    m_seriesDock->setWidget(m_seriesTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_seriesDock);
    connect(m_seriesTree, &QTreeWidget::itemActivated, this, &MainWindow::onSeriesItemActivated);
    connect(m_seriesTree, &QTreeWidget::itemClicked, this, &MainWindow::onSeriesItemActivated);

    m_problemList = new QListWidget(this);
    m_progressLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_progressLabel);
    m_problemDock = new QDockWidget(tr("Warnings and refused files"), this);
    m_problemDock->setObjectName(QStringLiteral("problemDock"));
    m_problemDock->setWidget(m_problemList);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemDock);

    m_documentsPanel = new StudyDocumentsPanel(this);
    m_documentsDock = new QDockWidget(tr("Reports and key objects"), this);
    m_documentsDock->setObjectName(QStringLiteral("documentsDock"));
    m_documentsDock->setWidget(m_documentsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_documentsDock);
    m_documentsDock->hide();   // shown when what is opened has documents
    connect(m_documentsPanel, &StudyDocumentsPanel::imageRequested, this, [this](const QString& uid, int frame) {
        if (!showImage(uid, frame))
            statusBar()->showMessage(tr("The referenced image %1 is not among the images open.").arg(uid));
    });
    connect(m_documentsPanel, &StudyDocumentsPanel::documentCountChanged, this, [this](int count) {
        m_documentsDock->setWindowTitle(count > 0 ? tr("Reports and key objects (%1)").arg(count) : tr("Reports and key objects"));
        m_documentsDockWasShown = count > 0;
        if (count > 0 && m_tabs->currentWidget() != m_catalogBrowser && !(m_pacsPanel && m_tabs->currentWidget() == m_pacsPanel))
            m_documentsDock->show();
        else if (count == 0)
            m_documentsDock->hide();
    });

    m_timelinePanel = new TimelinePanel(this);
    m_timeline = m_timelinePanel->timeline();
    m_timelineDock = new QDockWidget(tr("Patient timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timelinePanel);
    m_timeline->setMinimumHeight(160);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    tabifyDockWidget(m_problemDock, m_timelineDock);
    m_patientContext = new PatientContextController(m_timeline, PacsQueryPanel::nodesFile(), [this](qint64 studyId, const QString& studyUid) {
        if (!openStudy(studyId))
            return false;
        showInDepartmentWorkspace(studyUid);
        return true;
    }, this);
    connect(m_patientContext, &PatientContextController::patientShown, this, [this](const timeline::PatientIdentity& patient) {
        if (m_cardiology)
            m_cardiology->setPatient(patientMatch(patient));
        // The oncology tab reads its timepoints' images: only when it is looked at.
        m_oncologyStale = true;
        if (m_oncology && m_tabs->currentWidget() == m_oncology) {
            m_oncology->setPatient(patientMatch(patient), pacsOnlyStudies());
            m_oncologyStale = false;
        }
    });
    connect(m_patientContext, &PatientContextController::statusMessage, this, [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_patientContext, &PatientContextController::problemReported, this, [this](const QString& message) { m_problemList->insertItem(0, message); });
    connect(m_patientContext, &PatientContextController::retrieveProgressText, m_progressLabel, &QLabel::setText);
    connect(m_patientContext, &PatientContextController::launchHandled, this, &MainWindow::reportLaunch);
    connect(m_patientContext, &PatientContextController::studyRetrieveFinished, this, [this](const QString& uid, bool ok) {
        m_audit->recordStudy(catalog::AuditAction::StudyRetrieved, uid, ok);
        m_catalogBrowser->refresh();
        Q_EMIT studyRetrieveFinished(uid, ok);
    });
    connect(m_timelinePanel, &TimelinePanel::openRequested, m_patientContext, &PatientContextController::openTimelineStudy);
    connect(m_timelinePanel, &TimelinePanel::retrieveAllPriorsRequested, m_patientContext, &PatientContextController::retrieveStudies);
    connect(m_timelinePanel, &TimelinePanel::compareRequested, this, [this](const QStringList& studyUids) {
        if (m_oncology) {
            // The oncology comparison: the chosen timepoints side by side with lesions and RECIST;
            // those only on the PACS are retrieved by the workspace and filled in when here.
            m_oncology->setTimepoints(studyUids, pacsOnlyStudies());
            m_oncologyStale = false;
            m_tabs->setCurrentWidget(m_oncology);
            return;
        }
        std::vector<qint64> local;
        QStringList remoteOnly;
        for (const QString& uid : studyUids) {
            const timeline::TimelineItem* item = m_timeline->model().item(uid);
            if (item && item->local)
                local.push_back(item->catalogStudyId);
            else
                remoteOnly << uid;
        }
        if (!remoteOnly.isEmpty()) {
            // Compared once they are here: the user asks again when the retrieves finish.
            m_patientContext->retrieveStudies(remoteOnly);
            statusBar()->showMessage(tr("%n selected study(ies) are only on the PACS and are being retrieved; compare again when they have arrived.",
                                        nullptr, static_cast<int>(remoteOnly.size())));
        }
        if (local.size() >= 2 || (remoteOnly.isEmpty() && !local.empty()))
            openComparison(local);
    });
    // Hover cards show the middle image of the study's first series with images (local studies).
    m_timeline->setThumbnailProvider([this](const QString& studyUid) -> QImage {
        if (!m_catalog)
            return {};
        catalog::StudyFilter filter;
        filter.studyInstanceUid = studyUid;
        const auto rows = m_catalog->studies(filter);
        if (rows.empty())
            return {};
        for (const catalog::SeriesRow& series : m_catalog->seriesOfStudy(rows.front().id)) {
            const auto instances = m_catalog->instancesOfSeries(series.id);
            if (instances.empty() || instances.front().numberOfFrames == 0)
                continue;
            const catalog::InstanceRow& middle = instances[instances.size() / 2];
            if (middle.missing || middle.paths.empty())
                continue;
            const SeriesThumbnailCache::Entry entry = SeriesThumbnailCache::render(middle.paths.front(), 96);
            if (!entry.image.isNull())
                return entry.image;
        }
        return {};
    });
    for (const QString& problem : protocolProblems)
        m_problemList->addItem(tr("Hanging protocol not loaded: %1").arg(problem));

    connect(m_controller.get(), &SeriesViewController::framesDecoded, this, [this](int decoded, int failed, int total) {
        if (decoded + failed < total)
            m_progressLabel->setText(tr("Loading %1/%2").arg(decoded).arg(total));
        else if (failed == 0)
            m_progressLabel->setText(tr("All %1 images loaded").arg(total));
        else
            m_progressLabel->setText(tr("%1 of %2 images loaded, %3 could not be decoded").arg(decoded).arg(total).arg(failed));
    });
    connect(m_controller.get(), &SeriesViewController::decodeFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("This image cannot be shown: %1").arg(message));
        m_problemList->insertItem(0, message);
    });

    // Reading: the measurements of a catalogued study are saved with every change and come
    // back when it is opened again; presentation states of the study apply to what is shown.
    m_reading = new ReadingController(m_controller.get(), m_viewport, worklist::WorklistModel::defaultUserName(), this);
    m_audit = new AuditController(this);
    // Who reads: the OS account until someone switches; every department's work is signed with it.
    m_session = new UserSession(this);
    m_audit->setUser(m_session->userName());
    m_reading->session()->setUser(m_session->userName());
    m_session->setAuditSink([this](catalog::AuditEvent event) { m_audit->record(std::move(event)); });
    connect(m_session, &UserSession::userChanged, this, [this](const QString&, const QString& user) {
        m_audit->setUser(user);
        m_reading->session()->setUser(user);
        if (m_oncology)
            m_oncology->setUser(user);
        if (m_cardiology)
            m_cardiology->setUser(user);
        statusBar()->showMessage(tr("Reading as %1.").arg(user));
    });
    // A privacy lock after the idle time: the window's contents and title are hidden, loops pause.
    m_idleLock = new IdleLock(*m_session, this);
    new LockScreen(this, *m_session, *m_idleLock);
    connect(m_idleLock, &IdleLock::locked, this, [this] {
        if (m_cardiology)
            for (int i = 0; i < m_cardiology->grid()->loopCount(); ++i)
                m_cardiology->grid()->viewport(i)->pause();
    });
    connect(m_audit, &AuditController::problem, this, [this](const QString& text) { m_problemList->insertItem(0, text); });
    connect(m_audit, &AuditController::storePruned, this, [this](const QString& summary) { statusBar()->showMessage(summary); });
    connect(m_reading, &ReadingController::statusMessage, this, [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_reading, &ReadingController::problemReported, this, &MainWindow::reportReadingProblem);
    connect(m_reading, &ReadingController::documentsChanged, this, [this] { m_documentsPanel->setObjects(m_reading->session()->documents()); });
    connect(m_reading, &ReadingController::studyMarkedRead, this, [this] {
        if (m_worklist)
            m_worklist->refresh();
    });
    createMenus();
    resize(1280, 860);
}

MainWindow::~MainWindow()
{
    // A running import holds the catalog and a worker thread: stop it before anything else goes.
    delete m_importDialog;
    delete m_patientContext;   // cancels and joins a running retrieve
    if (m_receiver)
        m_receiver->stop();    // catalogues and audits what has arrived
    m_audit->applicationStopping();
    m_sharedCatalog.reset(); // before the catalog it listens to
    m_catalogBrowser->setCatalog(nullptr);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Files..."), QKeySequence::Open, this, &MainWindow::openFilesDialog);
    file->addAction(tr("Open &Folder..."), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openFolderDialog);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import into the Study Catalog..."), QKeySequence(tr("Ctrl+I")), this, [this] { requestImport({}); });
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(tr("&Export Study (anonymized, DICOMDIR)..."), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportStudyDialog);
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings..."), this, [this] {
        SettingsDialog dialog(PacsQueryPanel::nodesFile(), this);
        if (m_catalog)
            dialog.storagePage()->setStoreFolder(m_catalog->defaultStoreFolder());
        connect(&dialog, &SettingsDialog::cineCacheBudgetChanged, this, [this](std::size_t bytes) {
            if (m_cardiology)
                m_cardiology->grid()->setCacheBudgetBytes(bytes);   // loops opened from now on
        });
        connect(&dialog, &SettingsDialog::nodesSaved, this, [this](const QString& path) {
            if (m_pacsPanel)
                m_pacsPanel->loadNodes(path);
            if (m_receiver)
                m_receiver->configure(path);   // our AE, port or "receive" may have changed
            statusBar()->showMessage(tr("PACS nodes saved to %1").arg(QDir::toNativeSeparators(path)));
        });
        if (dialog.exec() == QDialog::Accepted) {
            applySettings();
            if (m_catalog)
                pruneStore();
        }
    });
    // Preferences has no key on plain X11 desktops: Ctrl+, there too.
    settings->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences) + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    file->addSeparator();
    file->addAction(tr("S&witch User..."), QKeySequence(tr("Ctrl+Shift+U")), this, [this] {
        SwitchUserDialog dialog(m_session->userName(), UserSession::operatingSystemUser(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const auto problem = m_session->switchUser(dialog.userName()))
            statusBar()->showMessage(*problem);
    });
    file->addAction(tr("&Lock"), QKeySequence(tr("Ctrl+L")), this, [this] { m_idleLock->lock(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Study List"), QKeySequence(tr("Ctrl+1")), this, &MainWindow::showStudyList);
    view->addAction(tr("&Viewer"), QKeySequence(tr("Ctrl+2")), this, &MainWindow::showViewer);
    view->addAction(tr("&Layout (hanging protocol)"), QKeySequence(tr("Ctrl+3")), this, &MainWindow::showLayout);
    view->addAction(tr("&Reformat (MPR)"), QKeySequence(tr("Ctrl+M")), this, &MainWindow::showMpr);
    view->addSeparator();
    view->addAction(tr("&Fit to Window"), QKeySequence(Qt::Key_Home), m_viewport, &render::SliceViewport::fitToWindow);
    view->addAction(tr("&Reset Window/Level"), QKeySequence(Qt::Key_R), m_controller.get(), &SeriesViewController::resetWindow);
    view->addSeparator();
    view->addAction(tr("Rotate &Clockwise"), QKeySequence(tr("Ctrl+R")), m_viewport, &render::SliceViewport::rotateClockwise);
    view->addAction(tr("Rotate C&ounterclockwise"), QKeySequence(tr("Ctrl+Shift+R")), m_viewport, &render::SliceViewport::rotateCounterClockwise);
    view->addAction(tr("Flip &Horizontally"), QKeySequence(tr("Ctrl+H")), m_viewport, &render::SliceViewport::flipHorizontal);
    view->addAction(tr("Flip V&ertically"), QKeySequence(tr("Ctrl+Shift+H")), m_viewport, &render::SliceViewport::flipVertical);
    view->addAction(tr("&Invert Grey Levels"), QKeySequence(tr("I")), m_viewport, &render::SliceViewport::toggleInverted);
    QAction* magnifier = view->addAction(tr("&Magnifier"), QKeySequence(tr("M")));
    magnifier->setCheckable(true);
    connect(magnifier, &QAction::toggled, m_viewport, &render::SliceViewport::setMagnifierEnabled);

    // Measurement tools on the viewer: one at a time; values in mm/HU only where the images
    // are calibrated for it (docs/measurements.md).
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    auto* toolGroup = new QActionGroup(this);
    using Tool = render::SliceViewport::Tool;
    const std::pair<Tool, QString> toolList[] = {
        {Tool::WindowLevel, tr("&Window/Level (drag)")}, {Tool::Select, tr("&Select")},        {Tool::Length, tr("&Length")},
        {Tool::Angle, tr("&Angle")},                     {Tool::CobbAngle, tr("&Cobb Angle")}, {Tool::Ellipse, tr("&Ellipse ROI")},
        {Tool::Freehand, tr("&Freehand ROI")},           {Tool::Probe, tr("Pixel &Probe")}};
    int toolKey = 0;
    for (const auto& [tool, name] : toolList) {
        QAction* action = tools->addAction(name);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + toolKey++)));
        action->setChecked(tool == Tool::WindowLevel);
        toolGroup->addAction(action);
        connect(action, &QAction::triggered, m_viewport, [this, tool = tool] { m_viewport->setTool(tool); });
    }
    tools->addSeparator();
    tools->addAction(tr("&Delete Selected Measurement"), QKeySequence::Delete, m_viewport, [this] { m_viewport->deleteSelectedMeasurement(); });
    tools->addSeparator();
    tools->addAction(tr("Toggle &Key Image"), QKeySequence(Qt::Key_K), this, &MainWindow::toggleKeyImage);
    tools->addAction(tr("Export Key Images (&KOS)..."), this, [this] {
        const QString folder = chooseExportFolder();
        if (!folder.isNull())
            exportKeyImages(folder);
    });
    tools->addAction(tr("Export &Presentation State (GSPS)..."), this, [this] {
        const QString folder = chooseExportFolder();
        if (!folder.isNull())
            exportPresentationState(folder);
    });
    m_applyStatesAction = tools->addAction(tr("&Apply Presentation States"));
    m_applyStatesAction->setCheckable(true);
    m_applyStatesAction->setChecked(true);
    connect(m_applyStatesAction, &QAction::toggled, m_reading, &ReadingController::setStatesApplied);
    QAction* markRead = tools->addAction(tr("Mark Study &Read"), this, &MainWindow::markStudyRead);
    markRead->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    tools->addSeparator();
    m_auditLogAction = tools->addAction(tr("A&udit Log..."), QKeySequence(tr("Ctrl+Shift+A")), this, [this] {
        if (!m_catalog)
            return;
        AuditLogDialog dialog(*m_catalog, this);
        dialog.exec();
    });
    m_auditLogAction->setEnabled(false);

    QMenu* protocol = menuBar()->addMenu(tr("&Protocol"));
    m_saveLayoutAction = protocol->addAction(tr("&Save This Layout as a Protocol..."), this, &MainWindow::saveLayoutAsProtocol);
    m_editProtocolAction = protocol->addAction(tr("&Edit the Protocol Shown..."), this, &MainWindow::editShownProtocol);
    m_saveLayoutAction->setEnabled(false);
    m_editProtocolAction->setEnabled(false);
    connect(m_layoutController, &ProtocolLayoutController::layoutChanged, this, [this] {
        m_saveLayoutAction->setEnabled(m_layoutController->hasLayout());
        m_editProtocolAction->setEnabled(m_layoutController->hasLayout());
    });
    m_presetMenu = menuBar()->addMenu(tr("&Window"));
    rebuildPresetMenu({});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Continuum"), this, [this] {
        QMessageBox::about(this, tr("About Continuum"),
                           tr("Continuum %1: diagnostic DICOM viewer.\nMouse: wheel = slice, left drag = window/level, "
                              "right drag = zoom, middle drag = pan. Keys: Home = fit, R = reset, 1-9 = window presets.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::rebuildPresetMenu(const QString& modality)
{
    m_presetMenu->clear();
    m_presetMenu->addAction(tr("&Default (from the images)"), QKeySequence(Qt::Key_0), m_controller.get(), &SeriesViewController::resetWindow);
    for (const WindowPreset& preset : WindowPresets::bundled().forModality(modality)) {
        // Keys come from the presets file; automatic presets compute their window from the frame.
        const QString text = preset.automatic ? tr("%1 (from this image's values)").arg(preset.name)
                                              : tr("%1 (W %2 / L %3)").arg(preset.name).arg(preset.width).arg(preset.center);
        QAction* action = m_presetMenu->addAction(text);
        if (preset.key >= 1 && preset.key <= 9)
            action->setShortcut(QKeySequence(Qt::Key_0 + preset.key));
        connect(action, &QAction::triggered, m_controller.get(), [this, preset] { m_controller->applyPreset(preset); });
    }
    m_presetMenu->setEnabled(!modality.isEmpty());
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open DICOM files"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::clearAll()
{
    // Everything on screen belongs to what was open before: clear it first, so a new patient
    // never appears beside the previous one.
    m_controller->clear();
    m_seriesTree->clear();
    m_problemList->clear();
    m_progressLabel->clear();
    m_browser.clear();
    rebuildPresetMenu({});
    ++m_openGeneration;
    QObject::disconnect(m_startDecodingAfterFirstFrame);
    m_layoutController->clear();
    m_layoutStale = true;
    m_priorSeries.reset();
    m_layoutMessage->hide();
    m_documentsPanel->clear();
    m_shownSeries.reset();
    m_reading->clear();
    m_patientContext->invalidatePendingAnswers();
    if (m_mprView) {
        m_mprView->clear();
        m_tabs->removeTab(m_tabs->indexOf(m_mprView));
    }
    if (m_cardiology)
        m_cardiology->grid()->clearLoops();
}

bool MainWindow::showMpr()
{
    const std::shared_ptr<dicom::ImageSeries> series = m_shownSeries;
    if (!series) {
        statusBar()->showMessage(tr("Open a series in the viewer first: MPR reformats the series shown there."));
        return false;
    }
    if (const auto refusal = dicom::MprVolume::refusalReason(*series)) {
        statusBar()->showMessage(tr("This series cannot be reformatted: %1").arg(*refusal));
        return false;
    }
    if (!m_mprView) {
        m_mprView = new render::MprView(m_tabs);
        m_mprView->setAccessibleName(tr("Multiplanar reformat: axial, coronal and sagittal"));
    }
    if (m_tabs->indexOf(m_mprView) < 0)
        m_tabs->insertTab(m_tabs->indexOf(m_viewerPage) + 1, m_mprView, tr("MPR"));
    statusBar()->showMessage(tr("Building the volume for MPR..."));
    using Built = dicom::Result<std::shared_ptr<const dicom::MprVolume>>;
    auto* watcher = new QFutureWatcher<Built>(this);
    const quint64 generation = m_openGeneration;
    connect(watcher, &QFutureWatcher<Built>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_openGeneration || !m_mprView)
            return;   // another study was opened meanwhile
        const Built& built = watcher->result();
        if (!built) {
            statusBar()->showMessage(tr("This series cannot be reformatted: %1").arg(built.error().message));
            m_tabs->removeTab(m_tabs->indexOf(m_mprView));
            Q_EMIT mprShown(false);
            return;
        }
        m_mprView->setVolume(built.value());
        m_tabs->setCurrentWidget(m_mprView);
        statusBar()->showMessage(tr("MPR: click to move the crosshair, wheel to step, Ctrl+drag for window/level."));
        Q_EMIT mprShown(true);
    });
    watcher->setFuture(QtConcurrent::run([series] { return dicom::MprVolume::fromSeries(*series, 2); }));
    return true;
}

bool MainWindow::showImage(const QString& sopInstanceUid, int frame)
{
    const auto& all = m_browser.series();
    for (std::size_t index = 0; index < all.size(); ++index) {
        const auto& instances = all[index].instances;
        const bool holds = std::any_of(instances.begin(), instances.end(), [&](const dicom::InstanceHeader& header) {
            return QString::fromStdString(header.sopInstanceUid) == sopInstanceUid;
        });
        if (!holds)
            continue;
        showViewer();
        const dicom::ImageSeries* shown = m_controller->series();
        if (!shown || shown->descriptor().seriesInstanceUid != all[index].seriesInstanceUid || shown->descriptor().part != all[index].part) {
            if (!showSeries(static_cast<int>(index)))
                return false;
            shown = m_controller->series();
        }
        // Frames are in stack order: find the one of that instance.
        for (int f = 0; f < shown->frameCount(); ++f) {
            if (QString::fromStdString(shown->header(f).sopInstanceUid) == sopInstanceUid && shown->frameInInstance(f) == frame - 1) {
                m_controller->setFrame(f);
                return true;
            }
        }
        return false;
    }
    return false;
}

void MainWindow::openPaths(const QStringList& paths)
{
    clearAll();
    m_openedStudyId = 0;
    m_priorPaths.clear();
    showViewer();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StudyBrowser browser;
    browser.open(paths);
    QApplication::restoreOverrideCursor();
    showOpened(std::move(browser));
}

void MainWindow::openPathsInBackground(const QStringList& paths, std::function<QString()> prepare)
{
    clearAll();
    m_openedStudyId = 0;
    m_priorPaths.clear();
    showViewer();
    statusBar()->showMessage(prepare ? tr("Preparing %1...").arg(describePaths(paths)) : tr("Reading %1...").arg(describePaths(paths)));
    using Outcome = std::pair<StudyBrowser, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    const quint64 generation = m_openGeneration;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        // Something else was opened (or cleared) meanwhile: this result is stale, drop it.
        if (generation == m_openGeneration) {
            auto [browser, problem] = watcher->result();
            showOpened(std::move(browser));
            if (!problem.isEmpty()) {
                statusBar()->showMessage(problem);
                m_problemList->insertItem(0, problem);
            }
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([paths, prepare] {
        const QString problem = prepare ? prepare() : QString();
        StudyBrowser browser;
        browser.open(paths);
        return std::make_pair(std::move(browser), problem);
    }));
}

void MainWindow::showOpened(StudyBrowser browser)
{
    m_seriesTree->clear();
    m_browser = std::move(browser);
    m_layoutStale = true;
    updateTimeline();
    if (isLayoutShown())
        buildLayout();
    rebuildSeriesTree();
    m_reading->session()->setStudy(m_openedStudyId != 0 ? m_catalog : nullptr, m_openedStudyId);
    {
        std::vector<dicom::InstanceHeader> images;
        for (const dicom::SeriesDescriptor& series : m_browser.series())
            images.insert(images.end(), series.instances.begin(), series.instances.end());
        m_reading->session()->setObjects(images, m_browser.nonImages());
    }
    m_documentsPanel->setObjects(m_browser.nonImages());
    showProblems({});
    statusBar()->showMessage(m_browser.summary());
    if (!m_browser.series().empty())
        showBestSeries();
    else if (!m_browser.problems().empty())
        statusBar()->showMessage(tr("No image could be opened: %1").arg(m_browser.summary()));
    Q_EMIT opened();
}

void MainWindow::showBestSeries()
{
    // If the preferred series' frame on screen cannot be decoded, try the next one rather than
    // opening on an error.
    for (int index : m_browser.seriesByPreference()) {
        if (showSeries(index) && m_viewport->hasImage())
            return;
    }
}

void MainWindow::rebuildSeriesTree()
{
    QTreeWidgetItem* patientItem = nullptr;
    QString currentPatient;
    const auto& all = m_browser.series();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const dicom::InstanceHeader& h = all[i].first();
        const QString patientKey = h.patient.id + QLatin1Char('\x1f') + h.patient.name;
        if (!patientItem || patientKey != currentPatient) {
            QString name = h.patient.name;
            name.replace(QLatin1Char('^'), QLatin1Char(' '));
            name = name.trimmed().isEmpty() ? tr("(no name)") : name.trimmed();
            patientItem = new QTreeWidgetItem(m_seriesTree, {tr("%1 (ID %2)").arg(name, h.patient.id.isEmpty() ? tr("none") : h.patient.id)});
            patientItem->setToolTip(0, patientItem->text(0));
            patientItem->setExpanded(true);
            currentPatient = patientKey;
        }
        auto* item = new QTreeWidgetItem(patientItem, {all[i].label(), QString::number(all[i].frameCount())});
        item->setData(0, kSeriesIndexRole, static_cast<int>(i));
        item->setToolTip(0, tr("Study %1 %2").arg(dicom::LocaleFormat::date(h.studyDate), h.studyDescription));
    }
}

void MainWindow::showProblems(const std::vector<QString>& seriesWarnings)
{
    m_problemList->clear();
    for (const QString& warning : seriesWarnings)
        m_problemList->addItem(tr("Warning: %1").arg(warning));
    for (const dicom::LoadError& problem : m_browser.problems())
        m_problemList->addItem(tr("Refused %1: %2").arg(QString::fromStdString(problem.filePath), problem.message));
    if (!m_browser.skipped().empty())
        m_problemList->addItem(tr("Skipped %n file(s) that are not DICOM, e.g. %1", nullptr, static_cast<int>(m_browser.skipped().size()))
                                   .arg(QString::fromStdString(m_browser.skipped().front())));
}

void MainWindow::onSeriesItemActivated(QTreeWidgetItem* item)
{
    const QVariant index = item ? item->data(0, kSeriesIndexRole) : QVariant();
    if (index.isValid())
        showSeries(index.toInt());
}

bool MainWindow::showSeries(int index)
{
    if (index < 0 || index >= static_cast<int>(m_browser.series().size()))
        return false;
    auto created = dicom::ImageSeries::create(m_browser.series()[static_cast<std::size_t>(index)]);
    if (!created) {
        statusBar()->showMessage(created.error().message);
        return false;
    }
    std::shared_ptr<dicom::ImageSeries> series(std::move(created.value()));
    m_shownSeries = series;
    // Warnings first: a frame that fails to decode below adds its reason on top of them.
    showProblems(series->warnings());
    m_controller->setSeries(series);
    m_reading->seriesShown(series);
    // The frame on screen first: decode the rest only once it has been shown, so the worker
    // threads do not compete with the first paint for the two cores.
    QObject::disconnect(m_startDecodingAfterFirstFrame);
    m_startDecodingAfterFirstFrame = connect(
        m_viewport, &render::VtkOpenGLWidget::frameSwapped, m_controller.get(),
        [controller = m_controller.get(), weak = std::weak_ptr<dicom::ImageSeries>(series)] {
            const auto shown = weak.lock();
            if (shown && controller->series() == shown.get())
                controller->startBackgroundDecoding();
        },
        Qt::SingleShotConnection);
    rebuildPresetMenu(series->header(0).modality);
    for (QTreeWidgetItemIterator it(m_seriesTree); *it; ++it)
        if ((*it)->data(0, kSeriesIndexRole).toInt() == index && (*it)->data(0, kSeriesIndexRole).isValid())
            m_seriesTree->setCurrentItem(*it);
    setWindowTitle(tr("Continuum - %1").arg(m_browser.series()[static_cast<std::size_t>(index)].label()));
    return true;
}

void MainWindow::reportReadingProblem(const QString& message)
{
    statusBar()->showMessage(message);
    m_problemList->insertItem(0, message);
}

ReadingSession* MainWindow::readingSession() const
{
    return m_reading->session();
}

PresentationStateOverlay* MainWindow::presentationStateOverlay() const
{
    return m_reading->overlay();
}

void MainWindow::setPresentationStatesApplied(bool applied)
{
    m_applyStatesAction->setChecked(applied);   // toggled() tells the reading controller
}

bool MainWindow::toggleKeyImage()
{
    return m_reading->toggleKeyImage();
}

QString MainWindow::chooseExportFolder()
{
    // Beside the study in the managed store when it is catalogued; otherwise the user says where.
    if (!m_reading->session()->defaultExportFolder().isEmpty() && m_openedStudyId != 0)
        return QString(QLatin1String(""));
    return QFileDialog::getExistingDirectory(this, tr("Export into which folder?"));
}

QString MainWindow::exportKeyImages(const QString& folder)
{
    return m_reading->exportKeyImages(folder);
}

QString MainWindow::exportPresentationState(const QString& folder)
{
    return m_reading->exportPresentationState(folder);
}

bool MainWindow::markStudyRead()
{
    return m_reading->markStudyRead();
}

void MainWindow::showViewer()
{
    m_tabs->setCurrentWidget(m_viewerPage);
}

void MainWindow::showStudyList()
{
    m_tabs->setCurrentWidget(m_catalogBrowser);
}

bool MainWindow::isViewerShown() const
{
    return m_tabs->currentWidget() == m_viewerPage;
}

void MainWindow::showLayout()
{
    m_tabs->setCurrentWidget(m_layoutPage);
}

bool MainWindow::isLayoutShown() const
{
    return m_tabs->currentWidget() == m_layoutPage;
}

void MainWindow::onCurrentTabChanged()
{
    updateDocksForTab();
    if (m_oncology && m_tabs->currentWidget() == m_oncology && m_oncologyStale) {
        const timeline::PatientIdentity patient = m_timeline->model().patient();
        if (!patient.patientId.isEmpty() || !patient.name.isEmpty())
            m_oncology->setPatient(patientMatch(patient), pacsOnlyStudies());
        m_oncologyStale = false;
    }
    if (isLayoutShown() && m_layoutStale)
        buildLayout();
    if (m_tabs->currentWidget() == m_catalogBrowser)
        m_catalogBrowser->table()->setFocus();
    // "Send" offers the study selected in the study list.
    if (m_pacsPanel && m_tabs->currentWidget() == m_pacsPanel)
        m_pacsPanel->setLocalStudy(m_catalogBrowser->currentStudyId());
}

void MainWindow::updateDocksForTab()
{
    const bool studyList = m_tabs->currentWidget() == m_catalogBrowser || (m_pacsPanel && m_tabs->currentWidget() == m_pacsPanel);
    if (!studyList) {
        m_seriesDock->setVisible(m_seriesDockWasShown);
        m_problemDock->setVisible(m_problemDockWasShown);
        m_timelineDock->setVisible(m_timelineDockWasShown);
        m_documentsDock->setVisible(m_documentsDockWasShown && m_documentsPanel->documentCount() > 0);
        return;
    }
    if (!m_seriesDock->isHidden() || !m_problemDock->isHidden() || !m_timelineDock->isHidden()) {
        // The study list wants the whole width; the viewer's docks come back with the viewer.
        m_seriesDockWasShown = !m_seriesDock->isHidden();
        m_problemDockWasShown = !m_problemDock->isHidden();
        m_timelineDockWasShown = !m_timelineDock->isHidden();
    }
    m_seriesDock->hide();
    m_problemDock->hide();
    m_timelineDock->hide();
    m_documentsDock->hide();
}

void MainWindow::buildLayout()
{
    m_layoutStale = false;
    if (!m_priorPaths.isEmpty() && !m_priorSeries) {
        // The priors' headers were not read for the viewer: read them on a worker (a few
        // hundred files), then lay out the current study with them.
        m_layoutMessage->setText(tr("Reading the prior studies for the layout..."));
        m_layoutMessage->show();
        using Priors = std::vector<dicom::SeriesDescriptor>;
        auto* watcher = new QFutureWatcher<Priors>(this);
        const quint64 generation = m_openGeneration;
        connect(watcher, &QFutureWatcher<Priors>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_openGeneration)
                return;   // another study was opened meanwhile
            m_priorSeries = watcher->result();
            if (isLayoutShown())
                buildLayout();
            else
                m_layoutStale = true;
        });
        watcher->setFuture(QtConcurrent::run([paths = m_priorPaths] {
            StudyBrowser priors;
            priors.open(paths);
            return priors.series();
        }));
        return;
    }
    std::vector<dicom::SeriesDescriptor> series = m_browser.series();
    if (m_priorSeries)
        series.insert(series.end(), m_priorSeries->begin(), m_priorSeries->end());
    const bool matched = !series.empty() && m_layoutController->setSeries(std::move(series));
    if (matched) {
        m_layoutMessage->hide();
        statusBar()->showMessage(m_layoutController->statusText());
    } else {
        m_layoutMessage->setText(m_browser.series().empty() ? tr("Open a study to see it in its hanging-protocol layout.")
                                                            : tr("No hanging protocol matches what is open; the Viewer tab shows its series."));
        m_layoutMessage->show();
    }
    Q_EMIT layoutBuilt(matched);
}

void MainWindow::saveLayoutAsProtocol()
{
    if (!m_layoutController->hasLayout())
        return;
    namespace hp = hanging_protocols;
    const LayoutStage& stage = m_layoutController->stage();
    const hp::Protocol* shown = m_layoutController->shownProtocol();
    hp::ScreenLayout screen;
    screen.id = QStringLiteral("user-%1").arg(stage.protocolId);
    screen.name = tr("%1 (my layout)").arg(stage.protocolName);
    screen.department = shown ? shown->department : hp::Department::Other;
    const hp::Stage* shownStage = shown && stage.stage >= 0 && stage.stage < static_cast<int>(shown->stages.size())
                                    ? &shown->stages[static_cast<std::size_t>(stage.stage)]
                                    : nullptr;
    screen.rows = shownStage && shownStage->rectangles.empty() ? shownStage->rows : 1;
    screen.columns = shownStage && shownStage->rectangles.empty() ? shownStage->columns : static_cast<int>(stage.viewports.size());
    screen.syncGroups = stage.syncGroups;
    for (const LayoutViewport& cell : stage.viewports) {
        hp::ScreenViewport viewport;
        viewport.empty = cell.isEmpty();
        viewport.study = cell.priorNumber;
        viewport.scaling = cell.definition.scaling;
        if (!cell.isEmpty()) {
            const dicom::InstanceHeader& header = cell.series->first();
            viewport.modality = header.modality;
            viewport.seriesDescription = header.seriesDescription;
            if (!header.frames.empty() && header.frames.front().rowDirection && header.frames.front().columnDirection) {
                const dicom::Vector3& r = *header.frames.front().rowDirection;
                const dicom::Vector3& c = *header.frames.front().columnDirection;
                viewport.orientation = hp::PlaneOrientation::classify({r.x, r.y, r.z}, {c.x, c.y, c.z});
            }
            // What the user sees now, after any window/level and zoom changes.
            if (const SeriesViewController* controller = m_layoutView->seriesController(cell.index)) {
                const dicom::VoiWindow window = controller->effectiveWindow();
                viewport.window = hp::WindowSetting{{}, window.center, window.width};
            }
            if (const render::SliceViewport* sliceViewport = m_layoutView->viewport(cell.index))
                viewport.zoom = sliceViewport->zoom();
            if (cell.priorNumber == 0) {
                if (!screen.studyModalities.contains(header.modality))
                    screen.studyModalities << header.modality;
                if (screen.bodyPart.isEmpty())
                    screen.bodyPart = header.bodyPartExamined;
            } else if (!screen.priorModalities.contains(header.modality)) {
                screen.priorModalities << header.modality;
            }
        }
        screen.viewports.push_back(std::move(viewport));
    }
    ProtocolEditorDialog dialog(*m_protocolLibrary, hp::protocolFromLayout(screen), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Protocol saved: %1").arg(QDir::toNativeSeparators(dialog.savedPath())));
}

void MainWindow::editShownProtocol()
{
    const hanging_protocols::Protocol* shown = m_layoutController->shownProtocol();
    if (!shown)
        return;
    // Saving writes a user protocol with the same id, which then overrides the bundled one.
    ProtocolEditorDialog dialog(*m_protocolLibrary, *shown, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Protocol saved: %1").arg(QDir::toNativeSeparators(dialog.savedPath())));
}

void MainWindow::updateTimeline()
{
    if (!m_catalog || m_browser.series().empty()) {
        m_patientContext->clearPatient();
        return;
    }
    const dicom::InstanceHeader& first = m_browser.series().front().first();
    timeline::PatientIdentity patient;
    patient.patientId = first.patient.id;
    patient.issuerOfPatientId = first.patient.issuerOfPatientId;
    patient.name = first.patient.name;
    patient.birthDate = first.patient.birthDate;
    m_patientContext->showPatient(patient, QString::fromStdString(first.studyInstanceUid));
}

void MainWindow::openPatientContext(const LaunchContext& context)
{
    raise();
    activateWindow();
    if (!m_catalog) {
        // Still opening (or it failed: catalogOpened(false) reports that).
        m_pendingLaunch = context;
        statusBar()->showMessage(tr("Waiting for the study catalog to open patient %1...").arg(context.patientId));
        return;
    }
    // A new patient: nothing of the previous one may stay on screen.
    clearAll();
    m_openedStudyId = 0;
    m_priorPaths.clear();
    m_comparisonPriors.clear();
    m_patientContext->launch(context);
}

std::vector<catalog::StudyRow> MainWindow::pacsOnlyStudies() const
{
    // The timeline's PACS studies as catalog rows: what the oncology workspace can ask to retrieve.
    std::vector<catalog::StudyRow> rows;
    for (const timeline::TimelineItem& item : m_timeline->model().items()) {
        if (item.local)
            continue;
        catalog::StudyRow row;
        row.studyInstanceUid = item.studyInstanceUid;
        row.studyDate = item.date;
        row.studyTime = item.time;
        row.modalities = item.modalities.join(QLatin1Char('\\'));
        row.description = item.description;
        row.accessionNumber = item.accessionNumber;
        row.instanceCount = item.pacsImageCount;
        rows.push_back(std::move(row));
    }
    return rows;
}

void MainWindow::reportLaunch(bool opened, const QString& message)
{
    statusBar()->showMessage(message);
    if (!opened)
        m_problemList->insertItem(0, message);
    Q_EMIT launchHandled(opened, message);
}

void MainWindow::openTimelineStudy(const QString& studyInstanceUid)
{
    m_patientContext->openTimelineStudy(studyInstanceUid);
}

void MainWindow::openWorklistStudy(const QString& studyInstanceUid, bool isLocal)
{
    if (!m_catalog)
        return;
    if (isLocal) {
        catalog::StudyFilter filter;
        filter.studyInstanceUid = studyInstanceUid;
        const auto rows = m_catalog->studies(filter);
        if (!rows.empty() && openStudy(rows.front().id))
            showInDepartmentWorkspace(studyInstanceUid);
        return;
    }
    const worklist::WorklistItem* item = m_worklist ? m_worklist->worklist().item(studyInstanceUid) : nullptr;
    if (!item || item->remoteNodes.isEmpty()) {
        statusBar()->showMessage(tr("That study is expected but not on any archive yet."));
        return;
    }
    // Retrieved like a launch: shown as soon as its first series has arrived.
    m_patientContext->retrieveAndOpen(studyInstanceUid, item->remoteNodes.front());
}

void MainWindow::showInDepartmentWorkspace(const QString& studyInstanceUid)
{
    // Cardiology studies with loops play in the cine workspace; everything else reads in the
    // hanging-protocol layout, where the protocols (data files) decide what a CT or a PET
    // looks like.
    const timeline::TimelineItem* item = m_timeline->model().item(studyInstanceUid);
    if (m_cardiology && item && item->department == timeline::Department::Cardiology) {
        std::vector<int> loops;
        const auto& sources = m_cardiology->sources();
        for (std::size_t i = 0; i < sources.size() && loops.size() < 4; ++i)
            if (sources[i].studyInstanceUid == studyInstanceUid)
                loops.push_back(static_cast<int>(i));
        if (!loops.empty()) {
            m_tabs->setCurrentWidget(m_cardiology);
            m_cardiology->openSources(loops);
            return;
        }
    }
    showLayout();
}

void MainWindow::retrieveStudies(const QStringList& studyInstanceUids)
{
    m_patientContext->retrieveStudies(studyInstanceUids);
}

void MainWindow::openCatalogInBackground(const QString& path)
{
    openCatalogInBackground(path, false);
}

void MainWindow::openCatalogInBackground(const QString& path, bool passwordAsked)
{
    QString locationError;
    const std::optional<catalog::CatalogLocation> location = catalog::CatalogLocation::parse(path, &locationError);
    if (!location) {
        m_catalogBrowser->setMessage(tr("The study catalog %1 cannot be opened: %2").arg(path, locationError), true);
        Q_EMIT catalogOpened(false);
        return;
    }
    const QString shownLocation = location->isPostgreSQL() ? location->toString() : QDir::toNativeSeparators(location->filePath());
    m_catalogBrowser->setMessage(tr("Opening the study catalog %1...").arg(shownLocation));
    // A shared catalog's password comes from the keyring, read here (the keyring answers on the
    // GUI thread); libpq's own ~/.pgpass is used when there is none.
    catalog::CatalogOpenOptions openOptions;
    if (const std::optional<QString> password = CatalogCredentials::stored(*location))
        openOptions.password = [password](const catalog::CatalogLocation&) { return password; };
    struct Outcome {
        QString error;
        QStringList modalities;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path, location = *location, openOptions, shownLocation, passwordAsked] {
        Outcome outcome = watcher->result();
        watcher->deleteLater();
        auto opened = std::make_shared<catalog::Catalog>();
        if (outcome.error.isEmpty()) {
            // Created and migrated on the worker: opening here is quick, and gives the GUI
            // thread its own connection (one per thread).
            if (const auto error = opened->open(location, openOptions))
                outcome.error = *error;
        }
        if (!outcome.error.isEmpty() && location.isPostgreSQL() && !passwordAsked && CatalogCredentials::isPasswordProblem(outcome.error)) {
            // The server wants a (different) password: ask once, keep it in the keyring, retry.
            if (CatalogCredentials::ask(this, location, outcome.error)) {
                openCatalogInBackground(path, true);
                return;
            }
        }
        if (!outcome.error.isEmpty()) {
            m_catalogBrowser->setMessage(tr("The study catalog %1 cannot be opened: %2\nThe viewer still opens files (File > Open).")
                                             .arg(shownLocation, outcome.error),
                                         true);
            statusBar()->showMessage(tr("The study catalog cannot be opened: %1").arg(outcome.error));
            if (m_pendingLaunch) {
                m_pendingLaunch.reset();
                reportLaunch(false, tr("The patient cannot be opened: the study catalog cannot be opened (%1).").arg(outcome.error));
            }
            Q_EMIT catalogOpened(false);
            return;
        }
        m_catalog = std::move(opened);
        m_patientContext->setCatalog(m_catalog);
        m_audit->setCatalog(m_catalog);
        applySettings();
        pruneStore();
        m_catalogBrowser->setMessage(m_catalog->isReadOnly() ? m_catalog->readOnlyMessage() : QString());
        if (m_catalog->isReadOnly())
            statusBar()->showMessage(m_catalog->readOnlyMessage());
        if (m_catalog->isShared())
            listenToSharedCatalog();
        startReceiver();
        m_catalogBrowser->setModalities(outcome.modalities);
        m_catalogBrowser->setCatalog(m_catalog.get());
        m_importAction->setEnabled(!m_catalog->isReadOnly());
        m_exportAction->setEnabled(true);
        m_auditLogAction->setEnabled(true);
        // What was opened before the catalog was ready (command line, demo) gets its timeline now.
        updateTimeline();
        if (!m_worklist) {
            m_worklist = new RadiologyWorklistView(m_tabs);
            m_tabs->insertTab(0, m_worklist, tr("Worklist"));
            m_worklist->setCatalog(m_catalog.get());
            // Every configured DIMSE archive contributes its studies (DICOMweb nodes: later), and
            // every node marked as a modality worklist server its scheduled procedures.
            remote::NodeDirectory nodes;
            if (!nodes.load(PacsQueryPanel::nodesFile())) {
                for (const remote::RemoteNode& node : nodes.nodes())
                    if (node.kind == remote::NodeKind::Dimse && !node.modalityWorklist)
                        m_worklist->addStudySource(std::make_shared<worklist::PacsStudySource>(node, nodes.local()));
                for (const remote::RemoteNode& node : nodes.worklistServers()) {
                    worklist::WorklistServer server = worklist::WorklistServer::fromNode(node, nodes.local());
                    if (node.tls.enabled)
                        server.privateKeyPassword = remote::CredentialStore().secret(node.name, remote::SecretKind::PrivateKeyPassword).value_or(QString());
                    m_worklist->addScheduledSource(std::make_shared<worklist::ModalityWorklistClient>(server));
                }
            }
            m_worklist->refresh();
            connect(m_worklist, &RadiologyWorklistView::openStudyRequested, this, &MainWindow::openWorklistStudy);
            m_worklist->setUserSession(m_session);
        }
        if (!m_oncology) {
            m_oncology = new OncologyWorkspace(m_catalog, m_tabs);
            m_oncology->setAccessibleName(tr("Oncology tumor-board workspace"));
            m_oncology->setUser(m_session->userName());
            // Audited like any study opened: each timepoint study once its images are read.
            auto audited = std::make_shared<QSet<QString>>();
            connect(m_oncology, &OncologyWorkspace::timepointsChanged, this, [audited] { audited->clear(); });
            connect(m_oncology, &OncologyWorkspace::timepointsLoaded, this, [this, audited] {
                for (const QString& uid : m_oncology->timepointStudyUids())
                    if (!audited->contains(uid)) {
                        audited->insert(uid);
                        m_audit->recordStudy(catalog::AuditAction::StudyOpened, uid, true, {}, QStringLiteral("oncology workspace"));
                    }
            });
            m_tabs->insertTab(m_tabs->indexOf(m_layoutPage) + 1, m_oncology, tr("Oncology"));
            m_oncologyStale = true;
            // Priors only on the PACS are retrieved through the window's queue, one after the other.
            m_oncology->setStudyRetriever([this](const QStringList& uids) { m_patientContext->retrieveStudies(uids); });
            connect(m_patientContext, &PatientContextController::studyRetrieveFinished, m_oncology, &OncologyWorkspace::studyRetrieveFinished);
        }
        if (!m_cardiology) {
            m_cardiology = new CardiologyWorkspace(m_catalog.get(), m_tabs);
            m_cardiology->setUser(m_session->userName());
            m_cardiology->grid()->setCacheBudgetBytes(AppSettings().cineCacheBudgetBytes());
            m_cardiology->setAccessibleName(tr("Cardiology cine workspace"));
            m_tabs->insertTab(m_tabs->indexOf(m_layoutPage) + 1, m_cardiology, tr("Cardiology"));
            connect(m_cardiology, &CardiologyWorkspace::loopsOpened, this, [this](int count) {
                // Audited like any study opened: each study whose loops are now on screen.
                QSet<QString> studies;
                for (int i = 0; i < m_cardiology->grid()->loopCount(); ++i)
                    studies.insert(QString::fromStdString(m_cardiology->grid()->viewport(i)->loop().header(0).studyInstanceUid));
                for (const QString& uid : studies)
                    m_audit->recordStudy(catalog::AuditAction::StudyOpened, uid, true, {}, QStringLiteral("cardiology workspace"));
                const int traces = CineEcgAttacher::attach(*m_cardiology->grid());
                statusBar()->showMessage(traces > 0 ? tr("%n loop(s) playing in step; ECG under %1 of them.", nullptr, count).arg(traces)
                                                    : tr("%n loop(s) playing in step.", nullptr, count));
            });
            if (const timeline::PatientIdentity patient = m_timeline->model().patient(); !patient.patientId.isEmpty() || !patient.name.isEmpty())
                m_cardiology->setPatient(patientMatch(patient));
        }
        if (!m_pacsPanel) {
            m_pacsPanel = new PacsQueryPanel(m_catalog, m_tabs);
            m_pacsPanel->loadNodes(PacsQueryPanel::nodesFile());   // the panel says what is wrong with the file
            m_tabs->addTab(m_pacsPanel, tr("PACS"));
            connect(m_pacsPanel, &PacsQueryPanel::retrieveEnded, this, [this](const QString& node, const QString& studyUid, bool ok, const QString& message) {
                m_audit->recordStudy(catalog::AuditAction::StudyRetrieved, studyUid, ok, node, ok ? QString() : message);
            });
            connect(m_pacsPanel, &PacsQueryPanel::sendEnded, this, [this](const QString& node, qint64 studyId, bool ok, const QString& message) {
                const auto study = m_catalog->study(studyId);
                if (!study)
                    return;
                m_audit->recordStudy(catalog::AuditAction::StudySent, study->studyInstanceUid, ok, node, ok ? QString() : message);
                if (!ok)
                    return;
                // The whole study went: what was created here is no longer only here.
                for (const catalog::OutgoingObject& object : m_catalog->unsentObjects(studyId))
                    if (const auto error = m_catalog->recordObjectSent(object.sopInstanceUid, node))
                        m_problemList->insertItem(0, *error);
            });
            connect(m_pacsPanel, &PacsQueryPanel::studyRetrieved, this, [this](qint64 studyId) {
                m_catalogBrowser->refresh();
                m_catalogBrowser->selectStudies({studyId});
                statusBar()->showMessage(tr("The study was retrieved into the catalog."));
            });
        }
        Q_EMIT catalogOpened(true);
        if (m_pendingLaunch) {
            const LaunchContext context = *m_pendingLaunch;
            m_pendingLaunch.reset();
            openPatientContext(context);
        }
    });
    watcher->setFuture(QtConcurrent::run([location = *location, openOptions] {
        Outcome outcome;
        // A catalog of its own on this thread, destroyed here with its connection.
        catalog::Catalog probe;
        if (const auto error = probe.open(location, openOptions)) {
            outcome.error = *error;
            return outcome;
        }
        QSet<QString> modalities;
        for (const catalog::StudyRow& row : probe.studies())
            for (const QString& modality : row.modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
                modalities.insert(modality);
        outcome.modalities = QStringList(modalities.begin(), modalities.end());
        outcome.modalities.sort();
        return outcome;
    }));
}

void MainWindow::listenToSharedCatalog()
{
    // Other workstations' changes (reading status, priorities, measurements) show within
    // seconds; a lost server is said on screen, and what was shown stays.
    m_sharedCatalog = std::make_unique<SharedCatalogMonitor>(*m_catalog, this);
    statusBar()->addPermanentWidget(m_sharedCatalog->stateLabel());
    connect(m_sharedCatalog.get(), &SharedCatalogMonitor::studiesChanged, this, [this] {
        if (m_worklist)
            m_worklist->reloadLocal();
    });
    connect(m_sharedCatalog.get(), &SharedCatalogMonitor::resynchronizationNeeded, this, [this] {
        if (m_worklist)
            m_worklist->reloadLocal();
        m_catalogBrowser->refresh();
    });
    connect(m_sharedCatalog.get(), &SharedCatalogMonitor::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_sharedCatalog.get(), &SharedCatalogMonitor::problem, this, [this](const QString& text) { m_problemList->insertItem(0, text); });
}

void MainWindow::startReceiver()
{
    m_receiver = std::make_unique<ReceiverController>(m_catalog);
    m_receiverLabel = new QLabel(this);
    m_receiverLabel->setObjectName(QStringLiteral("receiverState"));
    m_receiverLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_receiverLabel);
    connect(m_receiver.get(), &ReceiverController::statusChanged, this, [this](const QString& text, bool problem) {
        m_receiverLabel->setText(text);
        m_receiverLabel->setVisible(!text.isEmpty());
        if (problem)
            m_problemList->insertItem(0, text);
    });
    // Arrivals come in batches: the lists are re-read at most once a second meanwhile.
    auto* refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(1000);
    connect(refresh, &QTimer::timeout, this, [this] {
        m_catalogBrowser->refresh();
        if (m_worklist)
            m_worklist->reloadLocal();
        updateTimeline();
    });
    connect(m_receiver.get(), &ReceiverController::studyArrived, refresh, [refresh] {
        if (!refresh->isActive())
            refresh->start();
    });
    connect(m_receiver.get(), &ReceiverController::pushSettled, this, [this, refresh](const QStringList& studyUids) {
        refresh->start();   // the series are complete now: the lists say so
        for (const QString& uid : studyUids)
            m_audit->recordStudy(catalog::AuditAction::StudyImported, uid, true, {}, QStringLiteral("received by the DICOM receiver"));
        statusBar()->showMessage(tr("%n study(ies) received", nullptr, int(studyUids.size())));
    });
    m_receiver->configure(PacsQueryPanel::nodesFile());
}

void MainWindow::requestImport(const QStringList& paths)
{
    if (!m_catalog) {
        statusBar()->showMessage(tr("No study catalog is open: nothing can be imported."));
        return;
    }
    if (m_importDialog && m_importDialog->isImporting()) {
        statusBar()->showMessage(tr("An import is running: wait for it or cancel it first."));
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    delete m_importDialog;
    m_importDialog = new ImportDialog(m_catalog, paths, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &ImportDialog::importFinished, this, &MainWindow::onImportFinished);
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

void MainWindow::exportStudyDialog()
{
    if (!m_catalog)
        return;
    // The study selected in the study list; elsewhere, the study on screen.
    const qint64 studyId = m_tabs->currentWidget() == m_catalogBrowser && m_catalogBrowser->currentStudyId() != 0 ? m_catalogBrowser->currentStudyId()
                                                                                                                 : m_openedStudyId;
    const auto study = studyId != 0 ? m_catalog->study(studyId) : std::nullopt;
    if (!study) {
        statusBar()->showMessage(tr("Select a catalogued study to export (Study List), or open one."));
        return;
    }
    QString error;
    const auto files = exporting::StudyExporter::filesOfStudy(*m_catalog, study->studyInstanceUid, &error);
    if (!files) {
        QMessageBox::warning(this, tr("Export Study"), tr("The study cannot be exported: %1").arg(error));
        return;
    }
    QString name = study->patientName;
    name.replace(QLatin1Char('^'), QLatin1Char(' '));
    const QString label = tr("%1, %2, %3").arg(name.trimmed(), QLocale().toString(study->studyDate, QLocale::ShortFormat), study->description);
    ExportStudyDialog dialog(label, *files, this);
    connect(&dialog, &ExportStudyDialog::exportFinished, this, [this, uid = study->studyInstanceUid](const exporting::ExportResult& result) {
        m_audit->recordStudy(catalog::AuditAction::StudyExported, uid, result.ok, result.targetFolder,
                             result.ok ? QStringLiteral("%1 instances").arg(result.instances.size()) : result.error);
    });
    dialog.exec();
}

void MainWindow::applySettings()
{
    const AppSettings settings;
    m_audit->setSyslogTarget(settings.syslogTarget());
    m_idleLock->setIdleMinutes(settings.idleLockMinutes());
    memory::MemoryBudget::instance().setBudgetBytes(memory::MemoryBudget::budgetBytesForSetting(settings.memoryBudgetMiB()));
}

void MainWindow::pruneStore()
{
    const AppSettings settings;
    catalog::StoreLimits limits;
    limits.maxBytes = static_cast<qint64>(settings.storeMaxSizeGiB() * 1024.0 * 1024.0 * 1024.0);
    limits.maxAgeDays = settings.storeMaxAgeDays();
    QSet<QString> open;
    if (m_openedStudyId != 0)
        if (const auto study = m_catalog->study(m_openedStudyId))
            open.insert(study->studyInstanceUid);
    m_audit->pruneStore(limits, open);
}

void MainWindow::onImportFinished()
{
    if (!m_importDialog)
        return;
    const CatalogImportJob* job = m_importDialog->job();
    m_catalogBrowser->setModalities(job->modalities());
    m_catalogBrowser->refresh();
    m_catalogBrowser->selectStudies(job->changedStudyIds());
    showStudyList();
    statusBar()->showMessage(tr("Import finished: %n new image(s)", nullptr, job->result().newInstances));
    Q_EMIT importFinished();
}

bool MainWindow::openStudy(qint64 studyId, qint64 seriesId)
{
    if (!m_catalog)
        return false;
    // Files referenced in place can have been moved or deleted since the import: look first,
    // so the user hears how many are gone instead of a list of read errors.
    m_catalog->checkFiles(studyId);
    QStringList paths;
    int missing = 0;
    for (const catalog::SeriesRow& series : m_catalog->seriesOfStudy(studyId)) {
        if (seriesId != 0 && series.id != seriesId)
            continue;
        for (const catalog::InstanceRow& instance : m_catalog->instancesOfSeries(series.id)) {
            if (instance.missing || instance.paths.empty())
                ++missing;
            else
                paths << instance.paths.front();
        }
    }
    if (paths.isEmpty()) {
        const QString message = missing > 0 ? tr("None of the %n file(s) of this study is on this computer any more.", nullptr, missing)
                                            : tr("This study has no files to open.");
        m_catalogBrowser->setMessage(message, true);
        statusBar()->showMessage(message);
        return false;
    }
    m_catalogBrowser->setMessage({});
    // The same patient's other studies are the priors of the layout tab.
    m_priorPaths.clear();
    if (const auto study = m_catalog->study(studyId); study && seriesId == 0 && !study->patientId.isEmpty()) {
        catalog::StudyFilter samePatient;
        samePatient.patientId = study->patientId;
        samePatient.issuerOfPatientId = study->issuerOfPatientId;
        for (const catalog::StudyRow& other : m_catalog->studies(samePatient)) {
            if (other.id == studyId)
                continue;
            if (!m_comparisonPriors.empty()
                && std::find(m_comparisonPriors.begin(), m_comparisonPriors.end(), other.id) == m_comparisonPriors.end())
                continue;   // a comparison shows only the studies chosen for it
            for (const catalog::SeriesRow& series : m_catalog->seriesOfStudy(other.id))
                for (const catalog::InstanceRow& instance : m_catalog->instancesOfSeries(series.id))
                    if (!instance.missing && !instance.paths.empty())
                        m_priorPaths << instance.paths.front();
        }
    }
    const QStringList priorPaths = m_priorPaths;
    std::function<QString()> notice;
    if (missing > 0) {
        const QString text = tr("%n file(s) of this study are missing on disk; the other %1 are opened.", nullptr, missing).arg(paths.size());
        notice = [text] { return text; };
    }
    openPathsInBackground(paths, notice);
    // openPathsInBackground cleared the previous study's state; this study's priors stay.
    m_priorPaths = priorPaths;
    m_openedStudyId = studyId;
    if (const auto study = m_catalog->study(studyId))
        m_audit->recordStudy(catalog::AuditAction::StudyOpened, study->studyInstanceUid);
    return true;
}

bool MainWindow::openComparison(const std::vector<qint64>& studyIds)
{
    if (!m_catalog || studyIds.empty())
        return false;
    std::vector<std::pair<QDate, qint64>> dated;
    for (qint64 id : studyIds) {
        if (const auto study = m_catalog->study(id))
            dated.emplace_back(study->studyDate, id);
    }
    if (dated.empty())
        return false;
    std::sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    m_comparisonPriors.clear();
    for (std::size_t i = 1; i < dated.size(); ++i)
        m_comparisonPriors.push_back(dated[i].second);
    const bool opened = openStudy(dated.front().second);
    m_comparisonPriors.clear();
    if (opened) {
        showLayout();
        statusBar()->showMessage(tr("Comparing %n study(ies) with the newest as current.", nullptr, static_cast<int>(dated.size())));
    }
    return opened;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Without a catalog the files are at least shown.
    if (m_catalog)
        requestImport(paths);
    else
        openPathsInBackground(paths);
}

} // namespace continuum::app
