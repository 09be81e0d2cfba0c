#pragma once
#include "documents/PresentationState.h"
#include "render/SliceViewport.h"

#include <QWidget>

#include <optional>

namespace continuum::app {

// Applies the display parts of the active presentation state to a viewport and draws its
// graphic and text annotations over it (above the image, transparent to the mouse):
// - the display shutter (rectangular, circular, polygonal, bitmap) goes into the rendered frame
//   in the Shutter Presentation Value (SliceViewport::setShutter);
// - the displayed area of the frame shown (SCALE TO FIT, TRUE SIZE, MAGNIFY) becomes the
//   viewport's displayed area (SliceViewport::setDisplayedArea): what Home/fit returns to;
// - the state's label "PR: LABEL - description" is the first line of the bottom right corner.
// The viewport maps image pixel coordinates to the screen, so the graphics follow zoom, pan,
// rotation and flips. Window and rotation/flip are the caller's (set once when a state becomes
// active, so the reader can still change them).
class PresentationStateOverlay : public QWidget {
    Q_OBJECT
public:
    explicit PresentationStateOverlay(render::SliceViewport* viewport);

    // The state and the frame on screen (1-based); nullopt clears the overlay.
    void setState(std::optional<documents::PresentationState> state, const QString& sopInstanceUid = {}, int frame = 1);
    const std::optional<documents::PresentationState>& state() const { return m_state; }
    // "PR: LABEL - description", as shown; empty without a state.
    QString caption() const;
    // Graphics and texts drawn on the frame shown.
    int annotationCount() const;
    // What setState applies to the viewport for a state and a frame of `imageSize` (GUI-free):
    // the displayed area in the viewport's terms; nullopt when the state has none for the frame.
    static std::optional<render::SliceViewport::DisplayedArea> displayedAreaFor(const documents::PresentationState& state,
                                                                                const QString& sopInstanceUid, int frame);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    render::SliceViewport* m_viewport;
    std::optional<documents::PresentationState> m_state;
    QString m_sopInstanceUid;
    int m_frame = 1;
    QString m_shutterKey;   // state UID and image size the viewport's shutter was made for
};

} // namespace continuum::app
