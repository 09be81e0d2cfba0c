#pragma once
// The oncology tumor-board workspace: the current study and up to three priors side by side,
// scrolling, zoom/pan and window/level kept together across them, rigid registration to the
// current study on demand (cached in the catalog), lesions measured with the Length tool, the
// lesion table and RECIST chart below, and the tumor-board PDF / TID 1500 SR exports.
#include "oncology/LesionTracker.h"
#include "oncology/RecistTypes.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
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

    // Annotation kinds this workspace keeps in the catalog.
    static constexpr const char* kLesionsKind = "lesions";            // on the current study
    static constexpr const char* kRegistrationKind = "registration";  // on the prior study

    explicit OncologyWorkspace(std::shared_ptr<catalog::Catalog> catalog, QWidget* parent = nullptr);
    ~OncologyWorkspace() override;

    // The patient's current study and up to three local priors, chosen by TimepointSelector.
    void setPatient(const QString& patientId, const QString& issuerOfPatientId);
    // The timeline's selection: the newest is current, at most three priors.
    void setTimepoints(const QStringList& studyInstanceUids);

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

    // Exports; nullopt on success, else the reason.
    std::optional<QString> exportTumorBoardPdf(const QString& pdfPath);
    std::optional<QString> exportMeasurementReport(const QString& dicomPath);

signals:
    void timepointsChanged();
    void lesionsChanged();
    void registrationFinished(bool succeeded, const QString& message);

private:
    struct TimepointView;

    void loadTimepoints(const std::vector<oncology::Timepoint>& chronological, const QStringList& notes);
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
    void chooseNewLesion();
    void chooseExportPdf();
    void chooseExportSr();
    void onRegisterClicked();
    QImage keyImage(const QString& lesionId, const QString& studyUid) const;

    std::shared_ptr<catalog::Catalog> m_catalog;
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
