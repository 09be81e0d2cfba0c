#pragma once
#include "documents/PresentationState.h"

#include <QWidget>

#include <optional>

namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

// Draws the graphic and text annotations of the active presentation state over a viewport
// (above the image, transparent to the mouse) and names the state at the top of the viewport.
// The viewport maps image pixel coordinates to the screen, so the graphics follow zoom, pan,
// rotation and flips.
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

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    render::SliceViewport* m_viewport;
    std::optional<documents::PresentationState> m_state;
    QString m_sopInstanceUid;
    int m_frame = 1;
};

} // namespace continuum::app
