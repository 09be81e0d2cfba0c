#pragma once
#include "cardiac/PlanePoint.h"

#include <QString>
#include <QWidget>

#include <vector>

namespace continuum::render {
class CineViewport;
}

namespace continuum::app {

// Draws the cardiology workspace's lengths and areas over one cine viewport: a transparent,
// mouse-transparent child that follows the viewport's size, zoom and pan (image points are mapped
// with SliceViewport::widgetPointFor). The workspace decides what is drawn (the shapes of the
// frame on screen and the one being drawn); this widget only paints them.
class CardiologyMeasurementOverlay : public QWidget {
    Q_OBJECT
public:
    struct Shape {
        std::vector<cardiac::PlanePoint> pixels;   // pixel centres at whole numbers; none: a note in the corner
        bool closed = false;
        bool refused = false;                      // drawn dashed in amber
        QString label;
    };

    explicit CardiologyMeasurementOverlay(render::CineViewport* viewport);

    void setShapes(std::vector<Shape> shapes);
    const std::vector<Shape>& shapes() const { return shapes_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    render::CineViewport* viewport_ = nullptr;
    std::vector<Shape> shapes_;
};

} // namespace continuum::app
