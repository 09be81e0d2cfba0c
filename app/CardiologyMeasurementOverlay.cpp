#include "CardiologyMeasurementOverlay.h"

#include "render/CineViewport.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace continuum::app {

CardiologyMeasurementOverlay::CardiologyMeasurementOverlay(render::CineViewport* viewport)
    : QWidget(viewport)
    , viewport_(viewport)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(viewport->rect());
    viewport->installEventFilter(this);
    // Zoom, pan and turns move the image under the shapes.
    connect(viewport, &render::SliceViewport::displayChanged, this, qOverload<>(&QWidget::update));
    show();
}

void CardiologyMeasurementOverlay::setShapes(std::vector<Shape> shapes)
{
    shapes_ = std::move(shapes);
    update();
}

bool CardiologyMeasurementOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == viewport_ && event->type() == QEvent::Resize) {
        setGeometry(viewport_->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void CardiologyMeasurementOverlay::paintEvent(QPaintEvent*)
{
    if (shapes_.empty() || !viewport_->hasImage())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Shape& shape : shapes_) {
        if (shape.pixels.empty()) {
            // A note for the frame as a whole (its ED / ES mark), in the top-right corner.
            painter.setPen(QColor(255, 210, 80));
            painter.drawText(rect().adjusted(4, 4, -6, -4), Qt::AlignTop | Qt::AlignRight, shape.label);
            continue;
        }
        QPolygonF polygon;
        for (const cardiac::PlanePoint& p : shape.pixels)
            polygon << viewport_->widgetPointFor(QPointF(p.x + 0.5, p.y + 0.5));   // centre of the pixel
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
