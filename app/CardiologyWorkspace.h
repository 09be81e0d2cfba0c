#pragma once
#include "CineToolsStore.h"
#include "cardiac/EchoLoopTools.h"
#include "cardiac/LvFunctionAssessment.h"
#include "catalog/PatientMatch.h"
#include "cine/CineSourceLister.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class CardiologyMeasurementOverlay;
class CineGridView;
class LvFunctionPanel;

// The cardiology cine workspace for one patient: the patient's cine sources (multi-frame US,
// XA and MR objects, single-frame cardiac MR cine series by position; listed by the GUI-free
// cine::CineSourceLister) beside a CineGridView. Double-click or Enter on the list opens the
// selected sources (up to CineGridView::kMaxLoops) into the grid, replacing what it showed, and
// starts playing them in step.
//
// Tools panel (on the loop holding the focus, else the leading loop): "Export loop as MP4…" (one
// pass at the loop's own frame times, cine::LoopVideoExporter, with a progress dialog), "Save
// frame as PNG…" (the frame on screen, as shown); Length and Area drawn on the frame on screen
// (playback pauses), calibrated from the Sequence of Ultrasound Regions and refused with the
// reason outside a cm region (cardiac::EchoLoopTools); ED / ES marks of the frame on screen; the
// loop's apical view; and the LV function panel: an area traced on a frame marked ED or ES of a
// 4- or 2-chamber loop is that phase's LV contour (area-length, biplane Simpson with both views,
// ejection fraction). What is drawn and marked is kept in the catalog per loop (CineToolsStore)
// and comes back when the loop is opened again.
class CardiologyWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Tool { None, Length, Area };

    explicit CardiologyWorkspace(catalog::Catalog* catalog, QWidget* parent = nullptr);
    ~CardiologyWorkspace() override;

    // Who is measuring (recorded with the measurements kept in the catalog).
    void setUser(const QString& user) { toolsStore_.setUser(user); }

    // Lists the patient's cine sources (PatientID within its issuer).
    void setPatient(const catalog::PatientMatch& patient);
    const std::vector<cine::CineSource>& sources() const { return sources_; }

    // Opens the selected sources; returns how many loops the grid now shows.
    int openSelected();
    // Opens the given sources (indices into sources()), for callers other than the list.
    int openSources(const std::vector<int>& indices);

    QTreeWidget* sourceList() const { return list_; }
    CineGridView* grid() const { return grid_; }
    QLabel* statusLabel() const { return status_; }

    // Exports: an error sentence, or empty when written. The buttons ask for the path first.
    QString exportLoopVideo(int loopIndex, const QString& path);
    QString saveFramePng(int loopIndex, const QString& path);

    void setTool(Tool tool);
    Tool tool() const { return tool_; }
    // Marks (or, when already so marked, unmarks) the frame loop `loopIndex` shows.
    void toggleMark(int loopIndex, cardiac::EdEsMarks::Phase phase);
    void setLoopView(int loopIndex, std::optional<cardiac::LvFunctionAssessment::View> view);
    const cardiac::EchoLoopTools& loopTools(int loopIndex) const { return tools_.at(static_cast<std::size_t>(loopIndex)); }
    const cardiac::LvFunctionAssessment& assessment() const { return assessment_; }

    QPushButton* exportVideoButton() const { return exportVideo_; }
    QPushButton* savePngButton() const { return savePng_; }
    QToolButton* lengthButton() const { return lengthTool_; }
    QToolButton* areaButton() const { return areaTool_; }
    QPushButton* markEndDiastoleButton() const { return markEd_; }
    QPushButton* markEndSystoleButton() const { return markEs_; }
    QComboBox* viewBox() const { return viewBox_; }
    QListWidget* measurementList() const { return measurements_; }
    LvFunctionPanel* lvPanel() const { return lvPanel_; }
    QLabel* toolStatusLabel() const { return toolStatus_; }
    CardiologyMeasurementOverlay* overlay(int loopIndex) const;

signals:
    void loopsOpened(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildToolsPanel(QWidget* parent);
    void attachTools();                 // after loops were opened: per-loop state and overlays
    int loopOfViewport(QObject* object) const;
    bool handleViewportMouse(int loopIndex, QEvent* event);
    void finishDraft();
    void cancelDraft();
    void refreshTools();                // list, overlays, marks, view box, LV panel
    void refreshOverlays();
    void refreshOverlay(int loopIndex);  // the shapes of the frame that loop shows
    void refreshAssessment();
    void syncMarksFromGrid(int loopIndex);
    void saveLoopTools();               // each loop whose drawing changed, to the catalog
    QString loopStudyUid(int loopIndex) const;
    void askExportVideo();
    void askSavePng();
    int currentLoop() const;

    std::vector<cardiac::EchoLoopTools> tools_;
    std::vector<QPointer<CardiologyMeasurementOverlay>> overlays_;   // children of the grid's viewports
    cardiac::LvFunctionAssessment assessment_;
    Tool tool_ = Tool::None;
    int draftLoop_ = -1;
    int draftFrame_ = -1;
    std::vector<cardiac::PlanePoint> draft_;
    QPoint draftPressAt_;
    QPushButton* exportVideo_ = nullptr;
    QPushButton* savePng_ = nullptr;
    QToolButton* lengthTool_ = nullptr;
    QToolButton* areaTool_ = nullptr;
    QPushButton* markEd_ = nullptr;
    QPushButton* markEs_ = nullptr;
    QComboBox* viewBox_ = nullptr;
    QListWidget* measurements_ = nullptr;
    LvFunctionPanel* lvPanel_ = nullptr;
    QLabel* toolStatus_ = nullptr;

    catalog::Catalog* catalog_ = nullptr;
    CineToolsStore toolsStore_;   // lengths, areas, marks and views kept per loop in the catalog
    std::vector<cine::CineSource> sources_;
    QTreeWidget* list_ = nullptr;
    CineGridView* grid_ = nullptr;
    QLabel* status_ = nullptr;
};

} // namespace continuum::app
