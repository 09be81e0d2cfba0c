#pragma once
#include "documents/PresentationState.h"
#include "render/SliceViewport.h"

#include <QObject>

#include <memory>
#include <optional>

class QPainter;

namespace continuum::app {

// Applies the display parts of the active presentation state to a viewport and draws its
// graphic and text annotations in the viewport's frame, over the image and its text
// (SliceViewport::setOwnerOverlay):
// - the display shutter (rectangular, circular, polygonal, bitmap) goes into the rendered frame
//   in the Shutter Presentation Value (SliceViewport::setShutter);
// - the displayed area of the frame shown (SCALE TO FIT, TRUE SIZE, MAGNIFY) becomes the
//   viewport's displayed area (SliceViewport::setDisplayedArea): what Home/fit returns to;
// - the state's label "PR: LABEL - description" is the first line of the bottom right corner.
// The viewport maps image pixel coordinates to the screen, so the graphics follow zoom, pan,
// rotation and flips. Window and rotation/flip are the caller's (set once when a state becomes
// active, so the reader can still change them).
class PresentationStateOverlay : public QObject {
    Q_OBJECT
public:
    // Owned by the viewport (its Qt parent).
    explicit PresentationStateOverlay(render::SliceViewport* viewport);

    // The state and the frame on screen (1-based); null clears the overlay. Called for every frame
    // while scrolling: the state is copied only when another one (another SOP Instance UID) comes.
    void setState(const documents::PresentationState* state, const QString& sopInstanceUid = {}, int frame = 1);
    // Whether a state is applied (its annotations drawn on the viewport's frame).
    bool hasState() const { return m_state != nullptr; }
    // "PR: LABEL - description", as shown; empty without a state.
    QString caption() const;
    // Graphics and texts drawn on the frame shown.
    int annotationCount() const;
    // What setState applies to the viewport for a state and a frame of `imageSize` (GUI-free):
    // the displayed area in the viewport's terms; nullopt when the state has none for the frame.
    static std::optional<render::SliceViewport::DisplayedArea> displayedAreaFor(const documents::PresentationState& state,
                                                                                const QString& sopInstanceUid, int frame);

private:
    static void paint(QPainter& painter, const render::SliceViewport& viewport, const documents::PresentationState& state,
                      const QString& sopInstanceUid, int frame);

    render::SliceViewport* m_viewport;
    // Shared with the viewport's drawing function, which may outlive this object.
    std::shared_ptr<const documents::PresentationState> m_state;
    QString m_sopInstanceUid;
    int m_frame = 1;
    QString m_shutterKey;   // state UID and image size the viewport's shutter was made for
};

} // namespace continuum::app
