#pragma once
#include "cardiac/PlanePoint.h"

#include <QObject>
#include <QString>

#include <memory>

#include <vector>

class QPainter;

namespace continuum::render {
class CineViewport;
}

namespace continuum::app {

// Draws the cardiology workspace's lengths and areas over one cine viewport, in the viewport's
// own frame (SliceViewport::setOwnerOverlay: the loop is a GL window of its own, which a widget
// laid over it would not cover), following its zoom, pan and turns (image points are mapped with
// SliceViewport::widgetPointFor). The workspace decides what is drawn (the shapes of the frame on
// screen and the one being drawn); this object only hands them to the viewport. A child of the
// viewport.
class CardiologyMeasurementOverlay : public QObject {
    Q_OBJECT
public:
    struct Shape {
        std::vector<cardiac::PlanePoint> pixels;   // pixel centres at whole numbers; none: a note in the corner
        bool closed = false;
        bool refused = false;                      // drawn dashed in amber
        QString label;
        bool operator==(const Shape&) const = default;
    };

    explicit CardiologyMeasurementOverlay(render::CineViewport* viewport);

    // Repaints the viewport only when the shapes changed (called for every frame of every loop).
    void setShapes(std::vector<Shape> shapes);
    const std::vector<Shape>& shapes() const { return shapes_; }

private:
    static void paint(QPainter& painter, const render::CineViewport& viewport, const std::vector<Shape>& shapes);

    render::CineViewport* viewport_ = nullptr;
    std::vector<Shape> shapes_;
};

} // namespace continuum::app
