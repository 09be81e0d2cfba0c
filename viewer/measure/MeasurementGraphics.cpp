#include "MeasurementGraphics.h"

#include "FrameMeasurer.h"

#include <algorithm>
#include <limits>

namespace continuum::measure {

std::vector<GraphicPrimitive> MeasurementGraphics::primitives(const Shape& shape)
{
    using Type = GraphicPrimitive::Type;
    if (const auto* s = std::get_if<LengthShape>(&shape))
        return {{Type::Polyline, {s->start, s->end}}};
    if (const auto* s = std::get_if<AngleShape>(&shape))
        return {{Type::Polyline, {s->first, s->vertex, s->second}}};
    if (const auto* s = std::get_if<CobbAngleShape>(&shape))
        return {{Type::Polyline, {s->firstStart, s->firstEnd}}, {Type::Polyline, {s->secondStart, s->secondEnd}}};
    if (const auto* s = std::get_if<EllipseShape>(&shape)) {
        const QPointF c = s->centre;
        const QPointF horizontalA(c.x() - s->radiusX, c.y()), horizontalB(c.x() + s->radiusX, c.y());
        const QPointF verticalA(c.x(), c.y() - s->radiusY), verticalB(c.x(), c.y() + s->radiusY);
        if (s->radiusX >= s->radiusY)
            return {{Type::Ellipse, {horizontalA, horizontalB, verticalA, verticalB}}};
        return {{Type::Ellipse, {verticalA, verticalB, horizontalA, horizontalB}}};
    }
    if (const auto* s = std::get_if<PolygonShape>(&shape)) {
        std::vector<QPointF> closed = s->vertices;
        if (!closed.empty())
            closed.push_back(closed.front());
        return {{Type::Polyline, std::move(closed)}};
    }
    return {{Type::Point, {std::get<ProbeShape>(shape).position}}};
}

QPointF MeasurementGraphics::topRight(const Shape& shape)
{
    double right = -std::numeric_limits<double>::infinity();
    double top = std::numeric_limits<double>::infinity();
    for (const GraphicPrimitive& p : primitives(shape)) {
        for (const QPointF& q : p.points) {
            right = std::max(right, q.x());
            top = std::min(top, q.y());
        }
    }
    return {right, top};
}

MeasurementGraphic MeasurementGraphics::of(const Measurement& measurement, const QString& label)
{
    return MeasurementGraphic{measurement.id, measurement.frame, primitives(measurement.shape), label,
                              topRight(measurement.shape)};
}

MeasurementGraphic MeasurementGraphics::of(const Measurement& measurement, const FrameMeasurer& measurer)
{
    return of(measurement, measurer.evaluate(measurement).text());
}

} // namespace continuum::measure
