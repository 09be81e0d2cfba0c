#pragma once
#include "hanging_protocols/Protocol.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QToolButton;

namespace continuum::dicom {
class ImageSeries;
}
namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

class ProtocolLayoutController;
class SeriesViewController;

// Shows the stage a ProtocolLayoutController points at: a grid or free rectangles of viewports,
// each a SliceViewport bound to the series the matcher chose (loaded on a worker thread, the
// visible frame decoded first, then the rest in the background), with the protocol's window or
// preset and scaling, and a label bar naming the study ("Current — date", "Prior 1 — date") and
// the series. A viewport no series matched says so. Sync groups of the stage couple the
// viewports: scroll (same slice position along the normal within one frame of reference, else
// the same number of slices), zoom/pan, and window/level. A status line explains the protocol.
//
// Position sync and reference lines (each with a toggle button beside the status line):
// scrolling a viewport moves every other viewport showing the same study in the same frame of
// reference with parallel slices to the slice nearest in position (SliceSynchronizer), and the
// active viewport's slice is drawn as a reference line on the others of that study and frame of
// reference that cut it. Series of another study are never matched by coordinates, even with the
// same FrameOfReferenceUID (scanners reuse it across visits; docs/registration.md): a prior in
// a protocol scroll group follows by the same number of slices instead.
//
// Keys (with the focus anywhere in the view):
//   .  / ,              next / previous stage
//   Ctrl+. / Ctrl+,     next / previous protocol (among those that matched, best first)
class ProtocolLayoutView : public QWidget {
    Q_OBJECT
public:
    explicit ProtocolLayoutView(ProtocolLayoutController* controller, QWidget* parent = nullptr);
    ~ProtocolLayoutView() override;

    ProtocolLayoutController* controller() const { return m_controller; }

    int viewportCount() const;
    // nullptr for a viewport no series matched.
    render::SliceViewport* viewport(int index) const;
    SeriesViewController* seriesController(int index) const;
    // The label bar's text and the message shown in place of an image ("No matching series").
    QString viewportLabel(int index) const;
    QString viewportMessage(int index) const;
    // The protocol's cine settings for the viewport (played by the cine viewer, not here).
    std::optional<hanging_protocols::CineSetting> cineSetting(int index) const;
    hanging_protocols::Reconstruction reconstruction(int index) const;
    QString statusText() const;

    // Position sync (on by default) and reference lines (on by default); see above.
    void setPositionSyncEnabled(bool enabled);
    bool isPositionSyncEnabled() const;
    void setReferenceLinesVisible(bool visible);
    bool referenceLinesVisible() const;
    // The viewport whose slice the reference lines show: the one focused last (the first of the
    // current study when a stage is shown); -1 without one.
    int activeViewport() const;
    void setActiveViewport(int index);

    // True while a series of the stage is still being read.
    bool isLoading() const;
    // The whole stage as on screen: viewports with their images and overlays, labels, status.
    QImage grabLayout();

Q_SIGNALS:
    // Every viewport of the stage shows its series (or says why it cannot).
    void stageShown();
    void activeViewportChanged(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Cell;
    void rebuildStage();
    void layoutCells();
    void startLoading(Cell& cell);
    void onLoaded(const QString& key, std::shared_ptr<dicom::ImageSeries> series, const QString& error);
    void bind(Cell& cell, const std::shared_ptr<dicom::ImageSeries>& series);
    void applyScaling(Cell& cell);
    void updateLabel(Cell& cell);
    void finishIfShown();
    void alignScrollGroups();
    void updateReferenceLines();

    std::vector<int> partners(int cell, hanging_protocols::SyncKind kind) const;
    void onFrameChanged(int cell);
    void onWindowDragged(int cell);
    void onWindowReset(int cell);
    void onZoomChanged(int cell);
    void onPanChanged(int cell);

    ProtocolLayoutController* m_controller;
    QWidget* m_stageArea;
    QLabel* m_status;
    QToolButton* m_syncButton;
    QToolButton* m_linesButton;
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace continuum::app
