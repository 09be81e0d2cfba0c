#include "MainWindow.h"

#include "ArchiveStudySource.h"
#include "CardiologyWorkspace.h"
#include "CatalogBrowserPanel.h"
#include "CineEcgAttacher.h"
#include "CineGridView.h"
#include "CatalogImportJob.h"
#include "ImportDialog.h"
#include "LaunchTargetResolver.h"
#include "OncologyWorkspace.h"
#include "PacsQueryPanel.h"
#include "PresentationStateOverlay.h"
#include "ReadingSession.h"
#include "RadiologyWorklistView.h"
#include "ProtocolLayoutController.h"
#include "ProtocolLayoutView.h"
#include "SeriesThumbnailCache.h"
#include "SeriesViewController.h"
#include "SettingsDialog.h"
#include "StudyListModel.h"
#include "StudyDocumentsPanel.h"
#include "StudyRetrieveQueue.h"
#include "TimelinePanel.h"
#include "TimelineWidget.h"
#include "WindowPresets.h"

#include "ProtocolEditorDialog.h"

#include "catalog/Catalog.h"
#include "hanging_protocols/PlaneOrientation.h"
#include "hanging_protocols/ProtocolFromLayout.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "timeline/DepartmentMapping.h"
#include "remote/NodeDirectory.h"
#include "timeline/TimelineModel.h"
#include "worklist/PacsStudySource.h"
#include "worklist/WorklistModel.h"
#include "dicom/ImageSeries.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace continuum::app {

namespace {
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
    return QCoreApplication::translate("MainWindow", "%n files and folders", nullptr, static_cast<int>(paths.size()));
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
    connect(m_timelinePanel, &TimelinePanel::openRequested, this, &MainWindow::openTimelineStudy);
    connect(m_timelinePanel, &TimelinePanel::retrieveAllPriorsRequested, this, &MainWindow::retrieveStudies);
    connect(m_timelinePanel, &TimelinePanel::compareRequested, this, [this](const QStringList& studyUids) {
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
            retrieveStudies(remoteOnly);
            statusBar()->showMessage(tr("%n selected study(ies) are only on the PACS and are being retrieved; compare again when they have arrived.",
                                        nullptr, static_cast<int>(remoteOnly.size())));
        }
        if (local.size() < 2 && !(remoteOnly.isEmpty() && !local.empty()))
            return;
        if (m_oncology) {
            // The oncology comparison: the chosen timepoints side by side with lesions and RECIST.
            QStringList uids;
            for (const QString& uid : studyUids)
                if (const timeline::TimelineItem* item = m_timeline->model().item(uid); item && item->local)
                    uids << uid;
            m_oncology->setTimepoints(uids);
            m_oncologyStale = false;
            m_tabs->setCurrentWidget(m_oncology);
        } else {
            openComparison(local);
        }
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

    m_progressLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_progressLabel);
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
    m_reading = std::make_unique<ReadingSession>(worklist::WorklistModel::defaultUserName());
    m_stateOverlay = new PresentationStateOverlay(m_viewport);
    connect(m_reading.get(), &ReadingSession::problemOccurred, this, &MainWindow::reportReadingProblem);
    connect(m_controller.get(), &SeriesViewController::measurementsChanged, this, [this] {
        const dicom::ImageSeries* series = m_controller->series();
        if (m_restoringMeasurements || !series)
            return;   // restored from the catalog, or the series was closed (nothing was deleted)
        std::set<QString> sops;
        for (const dicom::InstanceHeader& h : series->descriptor().instances)
            sops.insert(QString::fromStdString(h.sopInstanceUid));
        m_reading->replaceMeasurements(sops, m_controller->measurements());
    });
    connect(m_controller.get(), &SeriesViewController::frameChanged, this, &MainWindow::applyPresentationState);
    createMenus();
    resize(1280, 860);
}

MainWindow::~MainWindow()
{
    // A running import holds the catalog and a worker thread: stop it before anything else goes.
    delete m_importDialog;
    if (m_retrieveQueue) {
        m_retrieveQueue->disconnect(this);
        m_retrieveQueue.reset();   // cancels and joins a running retrieve
    }
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
    file->addSeparator();
    file->addAction(tr("&Settings..."), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(PacsQueryPanel::nodesFile(), this);
        connect(&dialog, &SettingsDialog::nodesSaved, this, [this](const QString& path) {
            if (m_pacsPanel)
                m_pacsPanel->loadNodes(path);
            statusBar()->showMessage(tr("PACS nodes saved to %1").arg(QDir::toNativeSeparators(path)));
        });
        dialog.exec();
    });
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
    connect(m_applyStatesAction, &QAction::toggled, this, &MainWindow::setPresentationStatesApplied);
    QAction* markRead = tools->addAction(tr("Mark Study &Read"), this, &MainWindow::markStudyRead);
    markRead->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});

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
    m_layoutMessage->hide();
    m_documentsPanel->clear();
    m_shownSeries.reset();
    m_reading->clear();
    m_stateOverlay->setState(std::nullopt);
    m_appliedStateUid.clear();
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
    m_reading->setStudy(m_openedStudyId != 0 ? m_catalog : nullptr, m_openedStudyId);
    {
        std::vector<dicom::InstanceHeader> images;
        for (const dicom::SeriesDescriptor& series : m_browser.series())
            images.insert(images.end(), series.instances.begin(), series.instances.end());
        m_reading->setObjects(images, m_browser.nonImages());
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
        item->setToolTip(0, tr("Study %1 %2").arg(h.studyDate.toString(Qt::ISODate), h.studyDescription));
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
    m_appliedStateUid.clear();
    m_controller->setSeries(series);
    {
        // This series' saved measurements back on their frames.
        std::set<QString> sops;
        for (const dicom::InstanceHeader& h : series->descriptor().instances)
            sops.insert(QString::fromStdString(h.sopInstanceUid));
        m_restoringMeasurements = true;
        m_controller->setMeasurements(m_reading->measurementsOn(sops));
        m_restoringMeasurements = false;
    }
    applyPresentationState();
    // The frame on screen first: decode the rest only once it has been shown, so the worker
    // threads do not compete with the first paint for the two cores.
    QObject::disconnect(m_startDecodingAfterFirstFrame);
    m_startDecodingAfterFirstFrame = connect(
        m_viewport, &QOpenGLWidget::frameSwapped, m_controller.get(),
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

void MainWindow::applyPresentationState()
{
    const dicom::ImageSeries* series = m_controller->series();
    const documents::PresentationState* state = nullptr;
    QString sop;
    int frame = 1;
    if (series && m_applyStatesAction && m_applyStatesAction->isChecked()) {
        const int f = m_controller->currentFrame();
        sop = QString::fromStdString(series->header(f).sopInstanceUid);
        frame = series->frameInInstance(f) + 1;
        state = m_reading->presentationStateFor(sop, frame);
    }
    if (!state) {
        m_stateOverlay->setState(std::nullopt);
        m_appliedStateUid.clear();
        return;
    }
    m_stateOverlay->setState(*state, sop, frame);
    // Window and turn are set when the state becomes active, so the reader can still change
    // them while scrolling through the frames it covers.
    if (state->sopInstanceUid == m_appliedStateUid)
        return;
    m_appliedStateUid = state->sopInstanceUid;
    if (const documents::SoftcopyVoi* voi = state->voiFor(sop, frame); voi && !voi->windows.empty())
        m_controller->setWindow(std::max(voi->windows.front().width, 1.0), voi->windows.front().center);
    measure::DisplayTransform turn;
    turn.setRotationDegrees(state->rotationDegrees);
    turn.setHorizontalFlip(state->horizontalFlip);
    m_viewport->setDisplayTransform(turn);
    statusBar()->showMessage(tr("Presentation state applied: %1").arg(m_stateOverlay->caption()));
}

void MainWindow::setPresentationStatesApplied(bool applied)
{
    if (m_applyStatesAction && m_applyStatesAction->isChecked() != applied) {
        m_applyStatesAction->setChecked(applied);   // toggled() comes back here
        return;
    }
    m_appliedStateUid.clear();
    if (applied) {
        applyPresentationState();
        return;
    }
    m_stateOverlay->setState(std::nullopt);
    m_controller->resetWindow();
    m_viewport->setDisplayTransform({});
    statusBar()->showMessage(tr("Presentation states are not applied."));
}

bool MainWindow::toggleKeyImage()
{
    const dicom::ImageSeries* series = m_controller->series();
    if (!series) {
        statusBar()->showMessage(tr("Open an image first: key images are flagged on the frame shown."));
        return false;
    }
    const int f = m_controller->currentFrame();
    const measure::FrameReference frame{QString::fromStdString(series->header(f).sopInstanceUid), series->frameInInstance(f) + 1};
    const bool key = m_reading->toggleKeyImage(frame);
    statusBar()->showMessage(key ? tr("Key image flagged (%n key image(s) in this study).", nullptr, static_cast<int>(m_reading->keyImages().size()))
                                 : tr("Key image unflagged (%n key image(s) in this study).", nullptr, static_cast<int>(m_reading->keyImages().size())));
    return key;
}

QString MainWindow::chooseExportFolder()
{
    // Beside the study in the managed store when it is catalogued; otherwise the user says where.
    if (!m_reading->defaultExportFolder().isEmpty() && m_openedStudyId != 0)
        return QString(QLatin1String(""));
    return QFileDialog::getExistingDirectory(this, tr("Export into which folder?"));
}

QString MainWindow::exportKeyImages(const QString& folder)
{
    QString error;
    const auto written = m_reading->exportKeyObjectSelection(folder, &error);
    if (!written) {
        reportReadingProblem(tr("Key images not exported: %1").arg(error));
        return {};
    }
    m_documentsPanel->setObjects(m_reading->documents());
    statusBar()->showMessage(tr("Key Object Selection written to %1").arg(QDir::toNativeSeparators(written->path)));
    return written->path;
}

QString MainWindow::exportPresentationState(const QString& folder)
{
    const dicom::ImageSeries* series = m_controller->series();
    if (!series) {
        reportReadingProblem(tr("Presentation state not exported: no series is shown."));
        return {};
    }
    ReadingSession::DisplayedSeries shown;
    for (const dicom::InstanceHeader& h : series->descriptor().instances)
        shown.sopInstanceUids.push_back(QString::fromStdString(h.sopInstanceUid));
    if (!m_controller->usesVoiLut()) {
        const dicom::VoiWindow window = m_controller->effectiveWindow();
        shown.window = std::make_pair(window.width, window.center);
    }
    shown.transform = m_viewport->displayTransform();
    // Each measurement labelled by the values of its own frame, as on screen.
    std::map<QString, int> frameOf;
    for (int f = 0; f < series->frameCount(); ++f)
        frameOf[QString::fromStdString(series->header(f).sopInstanceUid) + QLatin1Char('#') + QString::number(series->frameInInstance(f) + 1)] = f;
    std::vector<std::shared_ptr<const measure::FrameMeasurer>> measurers;
    for (const measure::Measurement& m : m_controller->measurements()) {
        const auto found = frameOf.find(m.frame.sopInstanceUid + QLatin1Char('#') + QString::number(m.frame.frameNumber));
        if (found == frameOf.end())
            continue;
        auto measurer = measure::FrameMeasurer::forSeriesFrame(m_shownSeries, found->second);
        shown.graphics.push_back(measure::MeasurementGraphics::of(m, *measurer));
    }
    QString error;
    const auto written = m_reading->exportPresentationState(shown, folder, &error);
    if (!written) {
        reportReadingProblem(tr("Presentation state not exported: %1").arg(error));
        return {};
    }
    m_documentsPanel->setObjects(m_reading->documents());
    statusBar()->showMessage(tr("Presentation state written to %1").arg(QDir::toNativeSeparators(written->path)));
    return written->path;
}

bool MainWindow::markStudyRead()
{
    const catalog::ReadingStateChange change = m_reading->markRead();
    if (change.applied()) {
        statusBar()->showMessage(tr("Study marked read by %1.").arg(m_reading->user()));
        if (m_worklist)
            m_worklist->refresh();
    } else if (change.outcome == catalog::ChangeOutcome::NotFound) {
        statusBar()->showMessage(change.message);
    }
    return change.applied();
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
        if (!patient.patientId.isEmpty())
            m_oncology->setPatient(patient.patientId, patient.issuerOfPatientId);
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
    std::vector<dicom::SeriesDescriptor> series = m_browser.series();
    if (!m_priorPaths.isEmpty()) {
        // The priors' headers were not read for the viewer: read them now (a few hundred files).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        StudyBrowser priors;
        priors.open(m_priorPaths);
        QApplication::restoreOverrideCursor();
        series.insert(series.end(), priors.series().begin(), priors.series().end());
    }
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
        if (!m_launchInProgress)
            m_timeline->setModel({});
        return;
    }
    const dicom::InstanceHeader& first = m_browser.series().front().first();
    timeline::PatientIdentity patient;
    patient.patientId = first.patient.id;
    patient.issuerOfPatientId = first.patient.issuerOfPatientId;
    patient.name = first.patient.name;
    patient.birthDate = first.patient.birthDate;
    showPatientTimeline(patient, QString::fromStdString(first.studyInstanceUid));
}

void MainWindow::showPatientTimeline(const timeline::PatientIdentity& patient, const QString& currentStudyUid)
{
    if (m_cardiology)
        m_cardiology->setPatient(patient.patientId, patient.issuerOfPatientId);
    // The oncology tab reads its timepoints' images: only when it is looked at.
    m_oncologyStale = true;
    if (m_oncology && m_tabs->currentWidget() == m_oncology) {
        m_oncology->setPatient(patient.patientId, patient.issuerOfPatientId);
        m_oncologyStale = false;
    }
    timeline::TimelineModel model(patient, timeline::DepartmentMapping::bundled());
    if (const auto error = model.loadLocal(*m_catalog))
        statusBar()->showMessage(tr("The timeline cannot read the catalog: %1").arg(*error));
    // Retrieves outlive a rebuilt model: their state is the window's.
    for (const QString& uid : m_retrievingStudies)
        model.setRetrieving(uid, true);
    for (const QString& uid : m_interruptedStudies)
        model.setRetrieveInterrupted(uid, true);
    m_timeline->setModel(std::move(model));
    m_timeline->fitToStudies();
    if (!currentStudyUid.isEmpty())
        m_timeline->setSelectedStudies({currentStudyUid});

    // The same patient's studies on the configured archives, asked on a worker thread; merged
    // when they answer if the patient is still on screen.
    remote::NodeDirectory nodes;
    if (nodes.load(PacsQueryPanel::nodesFile()) || nodes.nodes().empty()) {
        // No archives configured (the PACS tab says what is wrong with the file).
        if (m_launchInProgress)
            continueLaunch(true);
        return;
    }
    using Answer = std::pair<std::vector<timeline::RemoteStudySummary>, QStringList>;
    auto* watcher = new QFutureWatcher<Answer>(this);
    const quint64 generation = m_openGeneration;
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, generation, currentStudyUid] {
        watcher->deleteLater();
        if (generation != m_openGeneration)
            return;
        const auto& [studies, errors] = watcher->result();
        timeline::TimelineModel merged = m_timeline->model();
        merged.mergeRemote(studies);
        m_timeline->setModel(std::move(merged));
        m_timeline->fitToStudies();
        if (!currentStudyUid.isEmpty())
            m_timeline->setSelectedStudies({currentStudyUid});
        for (const QString& error : errors)
            m_problemList->addItem(tr("Timeline: %1").arg(error));
        if (m_launchInProgress && m_launchRetrieving.isEmpty() && !m_launchOpened)
            continueLaunch(true);
    });
    watcher->setFuture(QtConcurrent::run([nodes, patient]() -> Answer {
        Answer answer;
        for (const remote::RemoteNode& node : nodes.nodes()) {
            QString error;
            auto archive = RemoteArchive::create(node, nodes.local(), &error);
            if (!archive) {
                answer.second << error;
                continue;
            }
            ArchiveStudySource source(std::move(archive));
            timeline::RemoteQueryResult result = source.studiesOfPatient(patient);
            if (result.error)
                answer.second << tr("%1: %2").arg(node.name, *result.error);
            std::move(result.studies.begin(), result.studies.end(), std::back_inserter(answer.first));
        }
        return answer;
    }));
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
    m_launchOpened = false;
    m_launchRetrieving.clear();
    m_launchInProgress.reset();
    m_timeline->setModel({});

    catalog::StudyFilter sameId;
    sameId.patientId = context.patientId;
    const LaunchTarget patient = LaunchTargetResolver::resolvePatient(context, m_catalog->studies(sameId));
    if (patient.kind == LaunchTarget::Kind::Ambiguous) {
        reportLaunch(false, patient.message);
        return;
    }
    m_launchInProgress = context;
    statusBar()->showMessage(tr("Opening patient %1...").arg(context.patientId));
    showPatientTimeline(patient.patient, {});
    if (m_launchInProgress && !m_launchOpened && m_launchRetrieving.isEmpty())
        continueLaunch(false);
}

void MainWindow::continueLaunch(bool archivesAsked)
{
    if (!m_launchInProgress)
        return;
    const LaunchContext context = *m_launchInProgress;
    const LaunchTarget target = LaunchTargetResolver::resolveStudy(context, m_timeline->model(), archivesAsked);
    switch (target.kind) {
    case LaunchTarget::Kind::AskArchives:
        statusBar()->showMessage(tr("Asking the PACS for patient %1...").arg(context.patientId));
        return;   // the timeline's PACS answer calls back
    case LaunchTarget::Kind::Local:
        m_launchInProgress.reset();
        if (openStudy(target.catalogStudyId)) {
            showInDepartmentWorkspace(target.studyInstanceUid);
            reportLaunch(true, tr("Patient %1: study opened.").arg(context.patientId));
        } else {
            reportLaunch(false, tr("Patient %1: the study is catalogued but none of its files can be opened.").arg(context.patientId));
        }
        return;
    case LaunchTarget::Kind::Remote:
        m_launchRetrieving = target.studyInstanceUid;
        m_timeline->setSelectedStudies({target.studyInstanceUid});
        retrieveStudies({target.studyInstanceUid});
        statusBar()->showMessage(tr("Patient %1: retrieving the study from %2...").arg(context.patientId, target.nodeName));
        return;
    case LaunchTarget::Kind::NotFound:
    case LaunchTarget::Kind::Ambiguous:
        m_launchInProgress.reset();
        reportLaunch(false, target.message);
        return;
    }
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
    const timeline::TimelineItem* item = m_timeline->model().item(studyInstanceUid);
    if (!item || !m_catalog)
        return;
    if (item->local) {
        if (openStudy(item->catalogStudyId))
            showInDepartmentWorkspace(studyInstanceUid);
        return;
    }
    // Only the PACS has it: retrieve, and open it as soon as its first series has arrived.
    m_launchRetrieving = studyInstanceUid;
    m_launchOpened = false;
    retrieveStudies({studyInstanceUid});
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
    ensureRetrieveQueue();
    if (!m_retrieveQueue)
        return;
    m_launchRetrieving = studyInstanceUid;
    m_launchOpened = false;
    m_retrieveQueue->enqueue(studyInstanceUid, item->remoteNodes.front());
    statusBar()->showMessage(tr("Retrieving the study from %1...").arg(item->remoteNodes.front()));
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

void MainWindow::ensureRetrieveQueue()
{
    if (m_retrieveQueue || !m_catalog)
        return;
    m_retrieveQueue = std::make_unique<StudyRetrieveQueue>(m_catalog, PacsQueryPanel::nodesFile());
    auto setState = [this](const QString& uid) {
        timeline::TimelineModel model = m_timeline->model();
        model.setRetrieving(uid, m_retrievingStudies.count(uid) > 0);
        if (m_interruptedStudies.count(uid) > 0)
            model.setRetrieveInterrupted(uid, true);
        m_timeline->setModel(std::move(model));
    };
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::studyStarted, this, [this, setState](const QString& uid) {
        m_retrievingStudies.insert(uid);
        m_interruptedStudies.erase(uid);
        setState(uid);
    });
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::progressed, this, [this](const QString&, int completed, int remaining, int failed) {
        m_progressLabel->setText(failed > 0 ? tr("Retrieving: %1 received, %2 to go, %3 failed").arg(completed).arg(remaining).arg(failed)
                                            : tr("Retrieving: %1 received, %2 to go").arg(completed).arg(remaining));
    });
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::seriesAvailable, this, [this](const QString& uid, qint64 studyId, qint64) {
        // The study asked for is shown as soon as its first series is here; the rest follows.
        if (uid == m_launchRetrieving && !m_launchOpened) {
            m_launchOpened = true;
            if (openStudy(studyId)) {
                showInDepartmentWorkspace(uid);
                reportLaunch(true, tr("The study is shown while the rest of it arrives."));
            }
        }
    });
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::studyFinished, this,
            [this, setState](const QString& uid, bool ok, const QString& message, qint64 studyId) {
                m_retrievingStudies.erase(uid);
                if (!ok)
                    m_interruptedStudies.insert(uid);
                m_progressLabel->clear();
                statusBar()->showMessage(ok ? tr("Study retrieved.") : tr("The retrieve stopped: %1").arg(message));
                if (!ok)
                    m_problemList->insertItem(0, tr("Retrieve: %1").arg(message));
                const bool wasLaunch = uid == m_launchRetrieving;
                if (wasLaunch) {
                    m_launchRetrieving.clear();
                    m_launchInProgress.reset();
                }
                if (wasLaunch && studyId != 0 && (ok || !m_launchOpened)) {
                    // Re-open with every series now here (or whatever did arrive).
                    m_launchOpened = true;
                    if (openStudy(studyId))
                        showInDepartmentWorkspace(uid);
                    if (!ok)
                        reportLaunch(false, tr("The retrieve stopped: %1").arg(message));
                } else if (wasLaunch && studyId == 0) {
                    reportLaunch(false, tr("The study could not be retrieved: %1").arg(message));
                } else {
                    // A prior arrived: show it on the timeline as local.
                    timeline::TimelineModel model = m_timeline->model();
                    if (m_catalog)
                        model.loadLocal(*m_catalog);
                    m_timeline->setModel(std::move(model));
                    setState(uid);
                }
                m_catalogBrowser->refresh();
                Q_EMIT studyRetrieveFinished(uid, ok);
            });
}

void MainWindow::retrieveStudies(const QStringList& studyInstanceUids)
{
    ensureRetrieveQueue();
    if (!m_retrieveQueue) {
        statusBar()->showMessage(tr("No study catalog is open: nothing can be retrieved."));
        return;
    }
    for (const QString& uid : studyInstanceUids) {
        const timeline::TimelineItem* item = m_timeline->model().item(uid);
        if (!item || item->pacsNodes.isEmpty())
            continue;
        m_retrieveQueue->enqueue(uid, item->pacsNodes.front());
    }
}

void MainWindow::openCatalogInBackground(const QString& path)
{
    m_catalogBrowser->setMessage(tr("Opening the study catalog %1...").arg(QDir::toNativeSeparators(path)));
    struct Outcome {
        QString error;
        QStringList modalities;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        Outcome outcome = watcher->result();
        watcher->deleteLater();
        auto opened = std::make_shared<catalog::Catalog>();
        if (outcome.error.isEmpty()) {
            // Created and migrated on the worker: opening here is quick, and gives the GUI
            // thread its own connection (one per thread).
            if (const auto error = opened->open(path))
                outcome.error = *error;
        }
        if (!outcome.error.isEmpty()) {
            m_catalogBrowser->setMessage(tr("The study catalog %1 cannot be opened: %2\nThe viewer still opens files (File > Open).")
                                             .arg(QDir::toNativeSeparators(path), outcome.error),
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
        m_catalogBrowser->setMessage({});
        m_catalogBrowser->setModalities(outcome.modalities);
        m_catalogBrowser->setCatalog(m_catalog.get());
        m_importAction->setEnabled(true);
        // What was opened before the catalog was ready (command line, demo) gets its timeline now.
        updateTimeline();
        if (!m_worklist) {
            m_worklist = new RadiologyWorklistView(m_tabs);
            m_tabs->insertTab(0, m_worklist, tr("Worklist"));
            m_worklist->setCatalog(m_catalog.get());
            // Every configured DIMSE archive contributes its studies (DICOMweb nodes: later).
            remote::NodeDirectory nodes;
            if (!nodes.load(PacsQueryPanel::nodesFile())) {
                for (const remote::RemoteNode& node : nodes.nodes())
                    if (node.kind == remote::NodeKind::Dimse)
                        m_worklist->addStudySource(std::make_shared<worklist::PacsStudySource>(node, nodes.local()));
            }
            m_worklist->refresh();
            connect(m_worklist, &RadiologyWorklistView::openStudyRequested, this, &MainWindow::openWorklistStudy);
            m_reading->setUser(m_worklist->userName());
            connect(m_worklist, &RadiologyWorklistView::userNameChanged, m_reading.get(), &ReadingSession::setUser);
        }
        if (!m_oncology) {
            m_oncology = new OncologyWorkspace(m_catalog, m_tabs);
            m_oncology->setAccessibleName(tr("Oncology tumor-board workspace"));
            m_tabs->insertTab(m_tabs->indexOf(m_layoutPage) + 1, m_oncology, tr("Oncology"));
            m_oncologyStale = true;
        }
        if (!m_cardiology) {
            m_cardiology = new CardiologyWorkspace(m_catalog.get(), m_tabs);
            m_cardiology->setAccessibleName(tr("Cardiology cine workspace"));
            m_tabs->insertTab(m_tabs->indexOf(m_layoutPage) + 1, m_cardiology, tr("Cardiology"));
            connect(m_cardiology, &CardiologyWorkspace::loopsOpened, this, [this](int count) {
                const int traces = CineEcgAttacher::attach(*m_cardiology->grid());
                statusBar()->showMessage(traces > 0 ? tr("%n loop(s) playing in step; ECG under %1 of them.", nullptr, count).arg(traces)
                                                    : tr("%n loop(s) playing in step.", nullptr, count));
            });
            if (!m_timeline->model().patient().patientId.isEmpty())
                m_cardiology->setPatient(m_timeline->model().patient().patientId, m_timeline->model().patient().issuerOfPatientId);
        }
        if (!m_pacsPanel) {
            m_pacsPanel = new PacsQueryPanel(m_catalog, m_tabs);
            m_pacsPanel->loadNodes(PacsQueryPanel::nodesFile());   // the panel says what is wrong with the file
            m_tabs->addTab(m_pacsPanel, tr("PACS"));
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
    watcher->setFuture(QtConcurrent::run([path] {
        Outcome outcome;
        // A catalog of its own on this thread, destroyed here with its connection.
        catalog::Catalog probe;
        if (const auto error = probe.open(path)) {
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
