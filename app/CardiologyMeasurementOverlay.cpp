#include "CardiologyMeasurementOverlay.h"

#include "render/CineViewport.h"

#include <QPainter>
#include <QPainterPath>

namespace continuum::app {

CardiologyMeasurementOverlay::CardiologyMeasurementOverlay(render::CineViewport* viewport)
    : QObject(viewport)
    , viewport_(viewport)
{
}

void CardiologyMeasurementOverlay::setShapes(std::vector<Shape> shapes)
{
    if (shapes == shapes_)
        return;
    shapes_ = std::move(shapes);
    if (shapes_.empty()) {
        // No painter in the frame at all: a playing loop keeps its cheapest path.
        viewport_->setOwnerOverlay({});
        return;
    }
    // The viewport keeps the function; it draws a copy, so this object may go first.
    auto drawn = std::make_shared<const std::vector<Shape>>(shapes_);
    const render::CineViewport* viewport = viewport_;
    viewport_->setOwnerOverlay([viewport, drawn](QPainter& painter) { paint(painter, *viewport, *drawn); });
}

void CardiologyMeasurementOverlay::paint(QPainter& painter, const render::CineViewport& viewport, const std::vector<Shape>& shapes)
{
    if (!viewport.hasImage())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Shape& shape : shapes) {
        if (shape.pixels.empty()) {
            // A note for the frame as a whole (its ED / ES mark), in the top-right corner.
            painter.setPen(QColor(255, 210, 80));
            painter.drawText(viewport.rect().adjusted(4, 4, -6, -4), Qt::AlignTop | Qt::AlignRight, shape.label);
            continue;
        }
        QPolygonF polygon;
        for (const cardiac::PlanePoint& p : shape.pixels)
            polygon << viewport.widgetPointFor(QPointF(p.x + 0.5, p.y + 0.5));   // centre of the pixel
        if (polygon.isEmpty())
            continue;
        QPen pen(shape.refused ? QColor(240, 176, 48) : QColor(80, 220, 255), 1.5);
        if (shape.refused)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        if (shape.closed && polygon.size() > 2)
            painter.drawPolygon(polygon);
        else
            painter.drawPolyline(polygon);
        for (const QPointF& p : polygon)
            painter.drawEllipse(p, 2.5, 2.5);
        if (!shape.label.isEmpty()) {
            const QPointF at = polygon.boundingRect().bottomRight() + QPointF(6, 4);
            const QRectF box = painter.fontMetrics().boundingRect(shape.label).adjusted(-3, -1, 3, 1).translated(at.toPoint());
            painter.fillRect(box, QColor(0, 0, 0, 160));
            painter.drawText(box, Qt::AlignCenter, shape.label);
        }
    }
}

} // namespace continuum::app
