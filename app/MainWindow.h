#pragma once
#include "ImportDialog.h"
#include "LaunchContext.h"
#include "StudyBrowser.h"

#include "catalog/CatalogTypes.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::render {
class MprView;
class SliceViewport;
}

namespace continuum::dicom {
class ImageSeries;
}

namespace continuum::timeline {
struct PatientIdentity;
}

namespace continuum::hanging_protocols {
class ProtocolLibrary;
}

namespace continuum::app {

class AuditController;
class IdleLock;
class UserSession;
class CardiologyWorkspace;
class OncologyWorkspace;
class RadiologyWorklistView;
class CatalogBrowserPanel;
class PacsQueryPanel;
class PatientContextController;
class PresentationStateOverlay;
class ReadingController;
class ReadingSession;
class ProtocolLayoutController;
class ProtocolLayoutView;
class SeriesViewController;
class ReceiverController;
class SharedCatalogMonitor;
class StudyDocumentsPanel;
class TimelinePanel;
class TimelineWidget;

// The main window: two tabs, the study catalog (browser) and the viewer (series list on the
// left, one viewport in the middle, refused files and warnings below). Opening paths or a
// study replaces everything shown in the viewer, so two patients never mix. Files and folders
// dropped on the window are imported into the catalog (opened directly when no catalog is open).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Scans on the spot and shows the result (blocking; dialogs and tests).
    void openPaths(const QStringList& paths);
    // Scans on a worker thread and shows the result when it is ready, so the window can appear
    // and initialise OpenGL while the headers are read. `prepare` runs first on that thread
    // (e.g. writing the demo studies) and returns an error message or nothing. Emits opened().
    void openPathsInBackground(const QStringList& paths, std::function<QString()> prepare = {});
    render::SliceViewport* viewport() const { return m_viewport; }
    SeriesViewController* controller() const { return m_controller.get(); }
    const StudyBrowser& browser() const { return m_browser; }
    // Shows series `index` of browser().series(); false when it cannot be loaded.
    bool showSeries(int index);

    // Opens the catalog on a worker thread (creation and migrations take time) and then shows
    // it in the browser; emits catalogOpened(). When it cannot be opened, the browser says why
    // and the viewer keeps working on files.
    void openCatalogInBackground(const QString& path);
    catalog::Catalog* catalog() const { return m_catalog.get(); }
    CatalogBrowserPanel* catalogBrowser() const { return m_catalogBrowser; }
    // Query/retrieve/send, a tab once the catalog is open (nullptr before).
    PacsQueryPanel* pacsPanel() const { return m_pacsPanel; }
    // Shows the import dialog with these files and folders (none: the user adds them).
    void requestImport(const QStringList& paths);
    ImportDialog* importDialog() const { return m_importDialog; }
    // Opens a catalogued study (or one of its series) in the viewer with the files still on
    // disk, saying how many are missing. False when nothing could be opened.
    bool openStudy(qint64 studyId, qint64 seriesId = 0);
    // Opens catalogued studies side by side in the layout tab: the newest is the current study,
    // the others (and only they) its priors. False when none could be opened.
    bool openComparison(const std::vector<qint64>& studyIds);
    // Launch in context (an EHR's `continuum open ...`): clears every viewport, shows the
    // patient's timeline and the requested (or newest) study in its department's layout,
    // retrieving it first when only the PACS has it. Waits for the catalog when it is still
    // opening. Emits launchHandled with the outcome in words.
    void openPatientContext(const LaunchContext& context);
    // Opens a study of the timeline (local, or retrieved first) in its department's layout.
    void openTimelineStudy(const QString& studyInstanceUid);
    // Retrieves these studies of the patient on screen, one after the other.
    void retrieveStudies(const QStringList& studyInstanceUids);
    TimelinePanel* timelinePanel() const { return m_timelinePanel; }
    // Reports, PDFs, key objects and presentation states that came with what is open.
    StudyDocumentsPanel* documentsPanel() const { return m_documentsPanel; }
    // The cardiology cine workspace of the patient on screen (a tab once the catalog is open).
    CardiologyWorkspace* cardiologyWorkspace() const { return m_cardiology; }
    // The radiology worklist (a tab once the catalog is open).
    RadiologyWorklistView* worklist() const { return m_worklist; }
    // The oncology tumor-board workspace (a tab once the catalog is open); filled with the
    // patient on screen when first shown, or with the studies chosen by "Compare".
    OncologyWorkspace* oncologyWorkspace() const { return m_oncology; }
    // Opens a worklist study: a local one at once, a remote one retrieved first from that node.
    void openWorklistStudy(const QString& studyInstanceUid, bool isLocal);
    // Reformats the series in the viewer into axial, coronal and sagittal planes (the MPR tab);
    // the volume is built on a worker. False, with the reason in the status bar, when the series
    // is not a regular stack. Emits mprShown once the planes are on screen.
    bool showMpr();
    render::MprView* mprView() const { return m_mprView; }
    // Shows the image (frame 1-based) of what is open; false when no open series holds it.
    bool showImage(const QString& sopInstanceUid, int frame = 1);
    void showViewer();
    void showStudyList();
    bool isViewerShown() const;
    // The hanging-protocol layout of what is open (the current study and, when it came from the
    // catalog, the same patient's other studies as priors); built when first shown.
    void showLayout();
    bool isLayoutShown() const;
    ProtocolLayoutView* layoutView() const { return m_layoutView; }
    ProtocolLayoutController* layoutController() const { return m_layoutController; }
    // The timeline of the patient on screen (catalog studies), in a dock below the viewer.
    TimelineWidget* timeline() const { return m_timeline; }

    // Reading a catalogued study: measurements and key images saved in the catalog, exports
    // (written beside the study in the managed store, or into `folder`, and catalogued with it),
    // presentation states applied to the images shown, marking the study read.
    ReadingSession* readingSession() const;
    PresentationStateOverlay* presentationStateOverlay() const;
    // Flags/unflags the frame on screen; returns whether it is a key image now.
    bool toggleKeyImage();
    // The written file's path, or empty (the reason in the status bar and problem list).
    QString exportKeyImages(const QString& folder = {});
    QString exportPresentationState(const QString& folder = {});
    bool markStudyRead();
    // Presentation states of the study are applied to the images shown (on by default).
    void setPresentationStatesApplied(bool applied);

Q_SIGNALS:
    void opened();
    // The layout tab matched (true) or found no protocol for what is open (false).
    void layoutBuilt(bool matched);
    void catalogOpened(bool succeeded);
    // An import finished (or was cancelled) and the study list shows its result.
    void importFinished();
    // A launch in context finished resolving: `opened` is true when a study is being shown.
    void launchHandled(bool opened, const QString& message);
    // A study queued by the timeline or a launch finished retrieving.
    void studyRetrieveFinished(const QString& studyInstanceUid, bool ok);
    void mprShown(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onCurrentTabChanged();
    void onImportFinished();
    void exportStudyDialog();
    void openCatalogInBackground(const QString& path, bool passwordAsked);
    void listenToSharedCatalog();
    // Studies a PACS or modality sends to us, when our own AE is set to receive them.
    void startReceiver();
    // Re-reads what the settings dialog may have changed (audit target, memory budget...).
    void applySettings();
    // Keeps the managed store within the settings' limits (worker thread), the open study kept.
    void pruneStore();
    std::vector<catalog::StudyRow> pacsOnlyStudies() const;
    void clearAll();
    void showOpened(StudyBrowser browser);
    void showBestSeries();
    void createMenus();
    void openFilesDialog();
    void openFolderDialog();
    void onSeriesItemActivated(QTreeWidgetItem* item);
    void rebuildSeriesTree();
    void showProblems(const std::vector<QString>& seriesWarnings);
    void rebuildPresetMenu(const QString& modality);
    void buildLayout();
    void saveLayoutAsProtocol();
    void editShownProtocol();
    void updateTimeline();
    void showInDepartmentWorkspace(const QString& studyInstanceUid);
    void reportLaunch(bool opened, const QString& message);
    void updateDocksForTab();
    void reportReadingProblem(const QString& message);
    QString chooseExportFolder();

    StudyBrowser m_browser;
    std::shared_ptr<catalog::Catalog> m_catalog;   // shared with running imports
    std::unique_ptr<SharedCatalogMonitor> m_sharedCatalog;   // a shared catalog's notifications and state
    std::unique_ptr<ReceiverController> m_receiver;          // the always-on DICOM receiver, once the catalog is open
    QLabel* m_receiverLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_viewerPage = nullptr;
    CatalogBrowserPanel* m_catalogBrowser = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QDockWidget* m_seriesDock = nullptr;
    QDockWidget* m_problemDock = nullptr;
    // The viewer's docks are hidden on the study list tab and come back as they were.
    bool m_seriesDockWasShown = true;
    bool m_problemDockWasShown = true;
    render::SliceViewport* m_viewport = nullptr;
    std::unique_ptr<SeriesViewController> m_controller;
    QTreeWidget* m_seriesTree = nullptr;
    QListWidget* m_problemList = nullptr;
    QLabel* m_progressLabel = nullptr;
    QMenu* m_presetMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    quint64 m_openGeneration = 0;   // bumped by every open/clear; late background results are dropped
    QMetaObject::Connection m_startDecodingAfterFirstFrame;
    QWidget* m_layoutPage = nullptr;
    QLabel* m_layoutMessage = nullptr;
    std::unique_ptr<hanging_protocols::ProtocolLibrary> m_protocolLibrary;   // bundled, site and user folders
    ProtocolLayoutController* m_layoutController = nullptr;
    QAction* m_saveLayoutAction = nullptr;
    QAction* m_editProtocolAction = nullptr;
    ProtocolLayoutView* m_layoutView = nullptr;
    bool m_layoutStale = true;
    qint64 m_openedStudyId = 0;        // catalog study on screen (0: opened from files)
    QStringList m_priorPaths;          // files of the same patient's other catalogued studies
    std::optional<std::vector<dicom::SeriesDescriptor>> m_priorSeries;   // their headers, read when the layout first needs them
    PacsQueryPanel* m_pacsPanel = nullptr;   // created with the catalog (it retrieves into it)
    QDockWidget* m_timelineDock = nullptr;
    TimelinePanel* m_timelinePanel = nullptr;
    StudyDocumentsPanel* m_documentsPanel = nullptr;
    CardiologyWorkspace* m_cardiology = nullptr;
    RadiologyWorklistView* m_worklist = nullptr;
    OncologyWorkspace* m_oncology = nullptr;
    bool m_oncologyStale = true;   // the patient changed since the oncology tab was filled
    render::MprView* m_mprView = nullptr;
    std::shared_ptr<dicom::ImageSeries> m_shownSeries;   // the viewer's series (MPR builds on it)
    QDockWidget* m_documentsDock = nullptr;
    bool m_documentsDockWasShown = true;
    TimelineWidget* m_timeline = nullptr;
    std::optional<LaunchContext> m_pendingLaunch;        // waiting for the catalog to open
    std::vector<qint64> m_comparisonPriors;              // set by openComparison, else all of the patient's studies
    bool m_timelineDockWasShown = true;
    QAction* m_applyStatesAction = nullptr;
    PatientContextController* m_patientContext = nullptr;   // timeline, launch and retrieves of the patient on screen
    ReadingController* m_reading = nullptr;                 // measurements, presentation states, key images of the viewer
    AuditController* m_audit = nullptr;                     // audit trail (catalog + syslog) and managed-store limits
    UserSession* m_session = nullptr;                       // who reads (OS account, switch user)
    IdleLock* m_idleLock = nullptr;                         // privacy lock after the idle time (LockScreen follows it)
    QAction* m_auditLogAction = nullptr;
};

} // namespace continuum::app
