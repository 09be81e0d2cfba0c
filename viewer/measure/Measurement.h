#pragma once
#include <QJsonObject>
#include <QPointF>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace continuum::measure {

// Coordinates of every shape are image pixel coordinates of one frame, continuous, with the
// top-left corner of the first pixel at (0, 0) and pixel (column, row) covering
// [column, column+1) x [row, row+1): x = column direction, y = row direction. This is the
// convention of GSPS Graphic Data in PIXEL units (PS3.3 C.10.5.1.2), so values export as they are.

// The frame a measurement was drawn on.
struct FrameReference {
    QString sopInstanceUid;
    int frameNumber = 1;   // 1-based, as DICOM's Referenced Frame Number

    friend bool operator==(const FrameReference&, const FrameReference&) = default;
};

struct LengthShape {
    QPointF start;
    QPointF end;
    friend bool operator==(const LengthShape&, const LengthShape&) = default;
};

// The angle at `vertex` between the rays towards `first` and `second`, 0-180 degrees.
struct AngleShape {
    QPointF first;
    QPointF vertex;
    QPointF second;
    friend bool operator==(const AngleShape&, const AngleShape&) = default;
};

// Cobb angle: the acute angle between two lines (e.g. drawn along two vertebral endplates).
struct CobbAngleShape {
    QPointF firstStart;
    QPointF firstEnd;
    QPointF secondStart;
    QPointF secondEnd;
    friend bool operator==(const CobbAngleShape&, const CobbAngleShape&) = default;
};

// Ellipse with axes along the image rows and columns.
struct EllipseShape {
    QPointF centre;
    double radiusX = 0.0;   // half width, in pixels along a row
    double radiusY = 0.0;   // half height, in pixels along a column
    friend bool operator==(const EllipseShape&, const EllipseShape&) = default;
};

// Freehand ROI: a closed polygon (the last vertex joins the first).
struct PolygonShape {
    std::vector<QPointF> vertices;
    friend bool operator==(const PolygonShape&, const PolygonShape&) = default;
};

// Pixel probe: the value of the pixel containing `position`.
struct ProbeShape {
    QPointF position;
    friend bool operator==(const ProbeShape&, const ProbeShape&) = default;
};

using Shape = std::variant<LengthShape, AngleShape, CobbAngleShape, EllipseShape, PolygonShape, ProbeShape>;

enum class MeasurementKind { Length, Angle, CobbAngle, Ellipse, Polygon, Probe };

// One measurement: what was drawn, and where. Values (mm, HU...) are computed from it by
// FrameMeasurer, never stored, so they always follow the calibration rules of the frame.
struct Measurement {
    QString id;              // unique within a study; a new UUID by default
    FrameReference frame;
    Shape shape;

    static Measurement create(FrameReference frame, Shape shape);   // with a fresh id

    MeasurementKind kind() const { return static_cast<MeasurementKind>(shape.index()); }

    // {"id", "sopInstanceUid", "frameNumber", "kind": "length"|"angle"|"cobb"|"ellipse"|
    //  "polygon"|"probe", "points": [[x, y], ...]} (ellipse: [centre, [radiusX, radiusY]]).
    QJsonObject toJson() const;
    // nullopt and `error` set (one line) when the object is not a measurement we wrote.
    static std::optional<Measurement> fromJson(const QJsonObject& json, QString* error = nullptr);

    friend bool operator==(const Measurement&, const Measurement&) = default;
};

QString kindName(MeasurementKind kind);   // "length", "angle", ... (the JSON "kind")

} // namespace continuum::measure
