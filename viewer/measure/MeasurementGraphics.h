#pragma once
#include "Measurement.h"

#include <QPointF>
#include <QString>

#include <vector>

namespace continuum::measure {

class FrameMeasurer;

// One graphic of a measurement, in the image pixel coordinates of Measurement.h (GSPS PIXEL
// units: x = column, y = row, (0,0) the top-left corner of the first pixel).
struct GraphicPrimitive {
    enum class Type {
        Polyline,   // GSPS POLYLINE; closed ones repeat the first point at the end
        Ellipse,    // GSPS ELLIPSE: major axis end points, then minor axis end points
        Point,      // GSPS POINT
    };
    Type type = Type::Polyline;
    std::vector<QPointF> points;
};

// A measurement as graphic primitives plus its text label, for drawing and for GSPS export.
struct MeasurementGraphic {
    QString measurementId;
    FrameReference frame;
    std::vector<GraphicPrimitive> primitives;
    QString label;          // lines separated by '\n' (FrameMeasurer's result text)
    QPointF labelAnchor;    // top-left of the label: just right of the shape's top-right corner
};

class MeasurementGraphics {
public:
    static std::vector<GraphicPrimitive> primitives(const Shape& shape);
    static MeasurementGraphic of(const Measurement& measurement, const QString& label);
    // Label from `measurer`, which must be the measurement's frame.
    static MeasurementGraphic of(const Measurement& measurement, const FrameMeasurer& measurer);
    // Every measurement, each labelled by the measurer its frame gives (nullptr: no label).
    template <class MeasurerFor>
    static std::vector<MeasurementGraphic> list(const std::vector<Measurement>& measurements, MeasurerFor&& measurerFor)
    {
        std::vector<MeasurementGraphic> out;
        for (const Measurement& m : measurements) {
            const FrameMeasurer* measurer = measurerFor(m.frame);
            out.push_back(measurer ? of(m, *measurer) : of(m, QString()));
        }
        return out;
    }
    // Top-right corner of the shape's bounding box (where labels go).
    static QPointF topRight(const Shape& shape);
};

} // namespace continuum::measure
