#pragma once
// The oncology tumor-board workspace: the current study and up to three priors side by side,
// scrolling, zoom/pan and window/level kept together across them, rigid registration to the
// current study on demand (cached in the catalog), lesions measured with the Length tool, the
// lesion table and RECIST chart below, and the tumor-board PDF / TID 1500 SR exports.
// Images are read on worker threads (the window never waits for them); priors held only on the
// PACS are retrieved through the window's retriever and shown when they arrive.
#include "catalog/CatalogTypes.h"
#include "catalog/PatientMatch.h"
#include "dicom/Vector3.h"
#include "oncology/LesionTracker.h"
#include "oncology/RecistTypes.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace continuum::catalog {
class Catalog;
}
namespace continuum::dicom {
struct VoiWindow;
}
namespace continuum::measure {
struct Measurement;
}
namespace continuum::registration {
class RigidRegistration;
class RigidTransform;
struct SpatialRegistrationObject;
}
namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

class LesionTableView;
class RecistChartView;

class OncologyWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Axis { Long, Short };

    // How a prior's viewport follows the others.
    enum class SyncMode {
        Current,         // the current study itself
        PatientPosition, // aligned (shared frame within one study, or a registration): by position
        SliceFraction,   // not aligned: by the fraction of the stack
    };

    // Where a timepoint's images are.
    enum class TimepointState {
        Loading,          // being read on a worker thread
        Shown,            // read and on screen
        Failed,           // nothing to show (see alignmentText() for why)
        Retrieving,       // only on the PACS: the retriever was asked for it
        RetrieveFailed,   // the retrieve ended without the study in the catalog
        NotLocal,         // only on the PACS and no retriever is set
    };

    // Asks the window to retrieve studies from the PACS (one call per comparison with every
    // study it lacks). The window answers each with studyArrived / studyRetrieveFinished.
    using StudyRetriever = std::function<void(const QStringList& studyInstanceUids)>;

    // Annotation kinds this workspace keeps in the catalog.
    static constexpr const char* kLesionsKind = "lesions";            // on the current study
    static constexpr const char* kRegistrationKind = "registration";  // on the prior study

    explicit OncologyWorkspace(std::shared_ptr<catalog::Catalog> catalog, QWidget* parent = nullptr);
    ~OncologyWorkspace() override;

    // The patient's current study and up to three priors, chosen by TimepointSelector among the
    // local studies and `pacsStudies` (the PACS's answers: StudyRow with studyInstanceUid,
    // studyDate, modalities (backslash-separated), description, instanceCount; id and patient
    // fields may be empty). Chosen studies that are not local are retrieved through the retriever.
    void setPatient(const catalog::PatientMatch& patient, const std::vector<catalog::StudyRow>& pacsStudies = {});
    // The timeline's selection: the newest is current, at most three priors. Studies of the
    // selection that are not local are looked up in `pacsStudies` and retrieved.
    void setTimepoints(const QStringList& studyInstanceUids, const std::vector<catalog::StudyRow>& pacsStudies = {});
    void setStudyRetriever(StudyRetriever retriever);

    // Loading state: the views exist at once, their images come from worker threads.
    bool isLoading() const;                       // some timepoint is being read or retrieved
    TimepointState timepointState(int index) const;
    QString loadingText() const;                  // what the progress line says, empty when idle

    // Baseline (oldest) first; the last one is the current study.
    int timepointCount() const { return static_cast<int>(m_views.size()); }
    QStringList timepointStudyUids() const;
    QString timepointTitle(int index) const;      // "2010-06-30 baseline"
    render::SliceViewport* viewport(int index) const;
    int shownFrame(int index) const;
    int frameCount(int index) const;
    // ImagePositionPatient of the shown frame (mm, LPS) as the header gives it; nullopt without one.
    std::optional<std::array<double, 3>> shownSlicePosition(int index) const;
    SyncMode syncMode(int index) const;
    QString alignmentText() const;                // what the alignment line says
    QString selectionNotes() const;               // why studies were left out
    QString statusText() const;                   // last save/export/registration message

    // Shows `frame` on one timepoint; the others follow (by position or by fraction).
    void showFrame(int index, int frame);

    // Lesions. newLesion returns the id; recordAxis measures on the frame shown at `index`
    // (image pixel coordinates), stores the observation and saves the lesions in the catalog.
    QString newLesion(oncology::LesionCategory category, const QString& organ, bool lymphNode, const QString& label = {});
    void selectLesion(const QString& lesionId);
    QString selectedLesion() const;
    void setMeasuring(bool measuring, Axis axis = Axis::Long);   // the Length tool on every viewport
    bool recordAxis(int index, const QString& lesionId, Axis axis, QPointF start, QPointF end, QString* error = nullptr);
    const oncology::LesionTracker& tracker() const { return m_tracker; }
    const oncology::RecistEvaluation& evaluation() const { return m_evaluation; }
    LesionTableView* lesionTable() const { return m_table; }
    RecistChartView* chart() const { return m_chart; }
    // The suggestion made after the last measurement of a lesion seen on one timepoint only.
    std::optional<oncology::LinkSuggestion> linkSuggestion() const { return m_suggestion; }
    bool acceptLinkSuggestion();

    // Saves the lesions (optimistic revision). False on a conflict or failure; the message is on
    // screen and in statusText(). reloadLesions() takes the stored document (discarding edits).
    bool saveLesions();
    void reloadLesions();

    // Registration of prior `index` to the current study, in the background.
    void registerToCurrent(int index);
    void cancelRegistration();
    bool isRegistering() const;
    // Uses (and caches in the catalog) a known prior -> current transform, e.g. a finished run.
    bool applyRegistration(int index, const registration::RigidTransform& priorToCurrent);
    // The prior -> current transform in use (nullopt: unregistered, or the current study itself).
    std::optional<registration::RigidTransform> registrationOf(int index) const;
    // Adjusts prior `index` by hand: rotations in degrees about the patient x, y, z axes through
    // the centre of the current study's shown image, then a shift in mm (current study's
    // coordinates). An unregistered prior starts from its header positions. The views follow at
    // once; the result is cached in the catalog like a computed registration.
    bool nudgeRegistration(int index, const dicom::Vector3& shiftMm, const dicom::Vector3& rotationDegrees = {});
    // Writes the registration of prior `index` as a DICOM Spatial Registration object in the
    // current study (Visual Alignment when adjusted by hand). nullopt on success, else the reason.
    std::optional<QString> saveRegistrationObject(int index, const QString& path);

    // Who measures (the author of the lesions and registrations kept in the catalog).
    void setUser(const QString& user) { m_user = user; }

    // Exports; nullopt on success, else the reason.
    std::optional<QString> exportTumorBoardPdf(const QString& pdfPath);
    std::optional<QString> exportMeasurementReport(const QString& dicomPath);

public slots:
    // The retriever's answers: the study is in the catalog now (read and shown), or not.
    void studyArrived(const QString& studyInstanceUid);
    void studyRetrieveFinished(const QString& studyInstanceUid, bool ok);

signals:
    void timepointsChanged();        // new timepoints (views made; images may still be loading)
    void timepointLoaded(int index); // one timepoint's images are read (or failed)
    void timepointsLoaded();         // no timepoint is being read any more
    void lesionsChanged();
    void registrationFinished(bool succeeded, const QString& message);

private:
    struct TimepointView;
    struct LoadRequest;
    struct LoadResult;

    void loadTimepoints(const std::vector<oncology::Timepoint>& chronological, const QStringList& notes,
                        const QStringList& pacsOnlyUids);
    void startLoad(int index);
    void finishLoad(int index, LoadResult result);
    static LoadResult readTimepoint(const LoadRequest& request, const std::atomic<bool>& cancelled);
    void updateLoadingText();
    void updateTimepointCorner(int index);
    bool storeRegistration(int index, const registration::RigidTransform& priorToCurrent, bool adjustedByHand);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void nudgeSelected(const dicom::Vector3& shiftSteps, const dicom::Vector3& rotationSteps);
    void chooseSaveRegistration();
    void clearViews();
    void decideAlignment();
    void rebuildSynchronizer();
    void renderTimepoint(int index);
    void renderAll();
    void followFrom(int index);
    void onMeasurementAdded(int index, const measure::Measurement& measurement);
    void onMeasurementRemoved(int index, const QString& measurementId);
    void onWindowLevelDragged(int index, int dx, int dy);
    std::optional<dicom::VoiWindow> currentDefaultWindow() const;
    void onZoomChanged(int index);
    void onPanChanged(int index);
    void showLesionShapes(int index);
    void setTrackerAndRefresh(oncology::LesionTracker tracker);
    void refreshLesionList();
    void updateAlignmentLabel();
    void setStatus(const QString& text);
    // Adds a DICOM object this workspace wrote to the catalog, so it is listed with its study
    // and found again next time (files stay where the user saved them). The error otherwise.
    std::optional<QString> catalogueWritten(const QString& path);
    void chooseNewLesion();
    void chooseExportPdf();
    void chooseExportSr();
    void onRegisterClicked();
    QImage keyImage(const QString& lesionId, const QString& studyUid) const;

    std::shared_ptr<catalog::Catalog> m_catalog;
    QString m_user;   // the reading user (UserSession); the OS account until told
    std::vector<std::unique_ptr<TimepointView>> m_views;
    struct Sync;
    std::unique_ptr<Sync> m_sync;
    oncology::LesionTracker m_tracker;
    oncology::RecistEvaluation m_evaluation;
    QString m_lesionsUid;          // the catalog annotation holding the lesions
    qint64 m_lesionsRevision = 0;
    std::optional<oncology::LinkSuggestion> m_suggestion;
    QString m_suggestionFor;       // the lesion the suggestion would merge
    bool m_measuring = false;
    Axis m_axis = Axis::Long;
    bool m_syncing = false;        // guards against viewports echoing each other
    QString m_notes;
    QString m_status;

    std::unique_ptr<registration::RigidRegistration> m_registration;
    int m_registeringIndex = -1;

    StudyRetriever m_retriever;
    QString m_modality;                                  // the comparison's image modality
    quint64 m_loadGeneration = 0;                        // bumped per comparison: late results are dropped
    std::shared_ptr<std::atomic<bool>> m_loadCancelled;  // tells the previous comparison's workers to stop
    std::vector<registration::SpatialRegistrationObject> m_registrationObjects;   // found in the timepoints' studies
    QLabel* m_loadingLabel = nullptr;
    QDoubleSpinBox* m_nudgeMm = nullptr;
    QDoubleSpinBox* m_nudgeDegrees = nullptr;
    QComboBox* m_nudgeAxis = nullptr;

    QWidget* m_viewportRow = nullptr;
    QLabel* m_alignmentLabel = nullptr;
    QLabel* m_notesLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_lesionCombo = nullptr;
    QComboBox* m_categoryCombo = nullptr;
    QLineEdit* m_organEdit = nullptr;
    QCheckBox* m_nodeCheck = nullptr;
    QComboBox* m_axisCombo = nullptr;
    QPushButton* m_measureButton = nullptr;
    QPushButton* m_linkButton = nullptr;
    QComboBox* m_priorCombo = nullptr;
    QPushButton* m_registerButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    LesionTableView* m_table = nullptr;
    RecistChartView* m_chart = nullptr;
};

} // namespace continuum::app
