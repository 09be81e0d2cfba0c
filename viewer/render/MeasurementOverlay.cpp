#include "MeasurementOverlay.h"

#include "measure/MeasurementGraphics.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace continuum::render {
namespace {

const QColor kShapeColour(255, 210, 40);
const QColor kHighlightColour(60, 220, 255);
const QColor kShadowColour(0, 0, 0, 200);
const QColor kLabelColour(255, 240, 160);
constexpr int kEllipseSegments = 72;
constexpr qreal kLabelGap = 8.0;

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
    const double t = len2 > 0.0 ? std::clamp(((p - a).x() * ab.x() + (p - a).y() * ab.y()) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

std::vector<QPolygonF> MeasurementOverlay::outlines(const measure::Shape& shape, const QTransform& imageToWidget)
{
    std::vector<QPolygonF> result;
    for (const measure::GraphicPrimitive& primitive : measure::MeasurementGraphics::primitives(shape)) {
        QPolygonF polygon;
        if (primitive.type == measure::GraphicPrimitive::Type::Ellipse) {
            const auto* e = std::get_if<measure::EllipseShape>(&shape);
            for (int i = 0; i <= kEllipseSegments; ++i) {
                const double a = 2.0 * std::numbers::pi * i / kEllipseSegments;
                polygon << imageToWidget.map(QPointF(e->centre.x() + e->radiusX * std::cos(a), e->centre.y() + e->radiusY * std::sin(a)));
            }
        } else {
            for (const QPointF& p : primitive.points)
                polygon << imageToWidget.map(p);
        }
        result.push_back(polygon);
    }
    return result;
}

double MeasurementOverlay::distance(const measure::Shape& shape, const QTransform& imageToWidget, QPointF widgetPoint)
{
    double best = std::numeric_limits<double>::infinity();
    const bool area = std::holds_alternative<measure::EllipseShape>(shape) || std::holds_alternative<measure::PolygonShape>(shape);
    for (const QPolygonF& polygon : outlines(shape, imageToWidget)) {
        if (polygon.size() == 1)
            best = std::min(best, std::hypot(widgetPoint.x() - polygon[0].x(), widgetPoint.y() - polygon[0].y()));
        for (qsizetype i = 1; i < polygon.size(); ++i)
            best = std::min(best, segmentDistance(widgetPoint, polygon[i - 1], polygon[i]));
        if (area && polygon.containsPoint(widgetPoint, Qt::OddEvenFill))
            best = 0.0;
    }
    return best;
}

void MeasurementOverlay::drawLabel(QPainter& painter, QPointF topLeft, const QString& text)
{
    const QFontMetricsF metrics(painter.font());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QPointF baseline = topLeft + QPointF(0.0, metrics.ascent() + metrics.lineSpacing() * static_cast<qreal>(i));
        painter.setPen(kShadowColour);
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if (dx != 0 || dy != 0)
                    painter.drawText(baseline + QPointF(dx, dy), lines.at(i));
        painter.setPen(kLabelColour);
        painter.drawText(baseline, lines.at(i));
    }
}

void MeasurementOverlay::paint(QPainter& painter, const QTransform& imageToWidget, const std::vector<Item>& items)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Item& item : items) {
        if (!item.shape)
            continue;
        const QColor colour = item.highlighted ? kHighlightColour : kShapeColour;
        for (const QPolygonF& polygon : outlines(*item.shape, imageToWidget)) {
            if (polygon.size() == 1) {   // probe: a small cross
                const QPointF c = polygon[0];
                for (const auto& [pen, width] : {std::pair{kShadowColour, 3.0}, std::pair{colour, 1.5}}) {
                    painter.setPen(QPen(pen, width));
                    painter.drawLine(c + QPointF(-6, 0), c + QPointF(6, 0));
                    painter.drawLine(c + QPointF(0, -6), c + QPointF(0, 6));
                }
                continue;
            }
            painter.setPen(QPen(kShadowColour, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(polygon);
            painter.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(polygon);
        }
        if (item.highlighted) {
            painter.setPen(QPen(kShadowColour, 1.0));
            painter.setBrush(colour);
            for (const measure::GraphicPrimitive& p : measure::MeasurementGraphics::primitives(*item.shape))
                for (const QPointF& q : p.points)
                    painter.drawRect(QRectF(imageToWidget.map(q) - QPointF(2.5, 2.5), QSizeF(5, 5)));
            painter.setBrush(Qt::NoBrush);
        }
        if (!item.label.isEmpty()) {
            // Right of the shape's right-most, top-most widget point, whatever the rotation.
            QRectF bounds;
            for (const QPolygonF& polygon : outlines(*item.shape, imageToWidget))
                bounds = bounds.isNull() ? polygon.boundingRect() : bounds.united(polygon.boundingRect());
            // ...or left of it when the label would run off the right edge.
            const QFontMetricsF metrics(painter.font());
            qreal labelWidth = 0.0;
            const QStringList lines = item.label.split(QLatin1Char('\n'));
            for (const QString& line : lines)
                labelWidth = std::max(labelWidth, metrics.horizontalAdvance(line));
            const QRectF area = painter.window();
            qreal x = bounds.right() + kLabelGap;
            qreal top = bounds.top();
            if (x + labelWidth > area.right()) {
                if (bounds.left() - kLabelGap - labelWidth >= area.left()) {
                    x = bounds.left() - kLabelGap - labelWidth;
                } else {   // no room either side: below the shape, inside the view
                    x = std::max(area.left(), area.right() - labelWidth - kLabelGap);
                    top = bounds.bottom() + kLabelGap / 2;
                }
            }
            const qreal height = metrics.lineSpacing() * static_cast<qreal>(lines.size());
            const qreal y = std::clamp(top, area.top(), std::max(area.top(), area.bottom() - height));
            drawLabel(painter, QPointF(x, y), item.label);
        }
    }
    painter.restore();
}

} // namespace continuum::render
