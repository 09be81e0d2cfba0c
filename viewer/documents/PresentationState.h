#pragma once
#include "DocumentTypes.h"

#include <QPoint>
#include <QPointF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace continuum::documents {

// Coordinates follow PS3.3 C.10.5.1.2: PIXEL units are image-relative (column = x, row = y) with
// (0,0) at the top left corner of the top left pixel and (Columns, Rows) at the bottom right
// corner of the bottom right pixel; DISPLAY units are fractions 0..1 of the displayed area.
enum class AnnotationUnits { Pixel, Display };
enum class GraphicType { Point, Polyline, Interpolated, Circle, Ellipse, Multipoint };

struct GraphicObject {
    AnnotationUnits units = AnnotationUnits::Pixel;
    GraphicType type = GraphicType::Polyline;
    // POINT: 1 point; POLYLINE/INTERPOLATED: the vertices (closed if last == first);
    // CIRCLE: centre, then a point on the circle; ELLIPSE: major axis end points, then minor.
    std::vector<QPointF> points;
    bool filled = false;
    bool operator==(const GraphicObject&) const = default;
};

struct TextBoundingBox {
    AnnotationUnits units = AnnotationUnits::Pixel;
    QPointF topLeft;
    QPointF bottomRight;
    QString horizontalJustification = QStringLiteral("LEFT");   // LEFT, RIGHT, CENTER
    bool operator==(const TextBoundingBox&) const = default;
};

struct TextAnchor {
    AnnotationUnits units = AnnotationUnits::Pixel;
    QPointF point;
    bool visible = true;   // draw a line from the text to the anchor
    bool operator==(const TextAnchor&) const = default;
};

// At least one of bounding box and anchor is present (PS3.3 C.10.5).
struct TextObject {
    QString text;
    std::optional<TextBoundingBox> boundingBox;
    std::optional<TextAnchor> anchor;
    bool operator==(const TextObject&) const = default;
};

// One item of the Graphic Annotation Sequence: what is drawn on one layer for some images.
struct GraphicAnnotation {
    QString layer;
    std::vector<ImageReference> images;   // empty = every image the state references
    std::vector<TextObject> texts;
    std::vector<GraphicObject> graphics;
    bool operator==(const GraphicAnnotation&) const = default;
};

struct GraphicLayer {
    QString name;
    int order = 1;
    QString description;
    std::optional<int> recommendedGreyscaleValue;   // 0..0xFFFF
    bool operator==(const GraphicLayer&) const = default;
};

struct VoiWindow {
    double center = 0.0;
    double width = 1.0;
    QString explanation;
    bool operator==(const VoiWindow&) const = default;
};

struct VoiLut {
    int entries = 0;            // LUT Descriptor: number of entries (0 means 65536)
    int firstMapped = 0;        // first stored value mapped
    int bitsPerEntry = 16;
    QString explanation;
    std::vector<std::uint16_t> data;
    bool operator==(const VoiLut&) const = default;
};

// One item of the Softcopy VOI LUT Sequence.
struct SoftcopyVoi {
    std::vector<ImageReference> images;   // empty = every referenced image
    std::vector<VoiWindow> windows;       // the first is the one to apply
    std::optional<VoiLut> lut;            // VOI LUT Sequence instead of a window
    QString function;                     // VOI LUT Function: LINEAR (default), LINEAR_EXACT, SIGMOID
    bool operator==(const SoftcopyVoi&) const = default;
};

// One item of the Displayed Area Selection Sequence (pixel corners are 1-based, inclusive).
struct DisplayedArea {
    std::vector<ImageReference> images;
    QPoint topLeft{1, 1};
    QPoint bottomRight{1, 1};
    QString sizeMode = QStringLiteral("SCALE TO FIT");    // SCALE TO FIT, TRUE SIZE, MAGNIFY
    std::optional<QPointF> pixelSpacing;                  // x = row spacing, y = column spacing (mm)
    std::optional<QPoint> pixelAspectRatio;               // x = vertical, y = horizontal
    std::optional<double> magnification;
    bool operator==(const DisplayedArea&) const = default;
};

// Pixel positions are (column, row), 1-based as in the Display Shutter module.
struct RectangularShutter {
    int left = 1, right = 1, upper = 1, lower = 1;
    bool operator==(const RectangularShutter&) const = default;
};
struct CircularShutter {
    QPoint center;   // (column, row)
    int radius = 0;
    bool operator==(const CircularShutter&) const = default;
};
// Overlay plane of the state used as a shutter (Bitmap Display Shutter module).
struct BitmapShutter {
    int overlayGroup = 0x6000;
    int rows = 0;
    int columns = 0;
    QPoint origin{1, 1};                 // (column, row) of the overlay's first pixel
    std::vector<std::uint8_t> mask;      // rows * columns, 1 = shuttered
    bool operator==(const BitmapShutter&) const = default;
};

struct Shutters {
    std::optional<RectangularShutter> rectangular;
    std::optional<CircularShutter> circular;
    std::optional<std::vector<QPoint>> polygonal;   // vertices (column, row)
    std::optional<BitmapShutter> bitmap;            // never together with the geometric ones
    std::optional<int> presentationValue;           // grey level outside the shutter, 0..0xFFFF
    bool isEmpty() const { return !rectangular && !circular && !polygonal && !bitmap; }
    // One value per pixel of a `columns` x `rows` image (row major), 0 where a shutter covers
    // the pixel: the shuttered area is the union of every shape's outside (PS3.3 C.7.6.11). A
    // pixel is judged by its centre; empty when there is no shutter.
    std::vector<std::uint8_t> visibleMask(int columns, int rows) const;
    // The shutter's grey level on an 8-bit display (P-value scaled to 0..255; black if absent).
    int presentationGrey8() const;
    bool operator==(const Shutters&) const = default;
};

struct ModalityRescale {
    double slope = 1.0;
    double intercept = 0.0;
    QString type;   // e.g. "HU"
    bool operator==(const ModalityRescale&) const = default;
};

// A Grayscale Softcopy Presentation State (PS3.3 A.33.1) as a value.
struct PresentationState {
    // Identity (filled by the reader; the writer takes them from DocumentIdentity).
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString studyInstanceUid;
    int instanceNumber = 1;

    // Presentation State Identification.
    QString contentLabel;          // CS, upper case, at most 16 characters
    QString contentDescription;
    QString contentCreatorName;    // PN
    QDate creationDate;
    QTime creationTime;

    std::vector<ImageReference> images;        // Presentation State Relationship (with series UIDs)
    std::vector<SoftcopyVoi> voi;
    std::optional<ModalityRescale> rescale;
    std::vector<GraphicLayer> layers;
    std::vector<GraphicAnnotation> annotations;
    std::vector<DisplayedArea> displayedAreas;
    Shutters shutters;
    int rotationDegrees = 0;       // 0, 90, 180, 270 clockwise
    bool horizontalFlip = false;   // applied before the rotation
    QString presentationLutShape = QStringLiteral("IDENTITY");   // IDENTITY or INVERSE; empty if a LUT sequence is used
    bool hasPresentationLutSequence = false;

    // True if the state references frame `frame` (1-based) of `sopInstanceUid`.
    bool appliesTo(const QString& sopInstanceUid, int frame = 1) const;
    // What applies to one image; nullptr / empty when nothing does.
    const SoftcopyVoi* voiFor(const QString& sopInstanceUid, int frame = 1) const;
    const DisplayedArea* displayedAreaFor(const QString& sopInstanceUid, int frame = 1) const;
    std::vector<const GraphicAnnotation*> annotationsFor(const QString& sopInstanceUid, int frame = 1) const;

    bool operator==(const PresentationState&) const = default;
};

QString graphicTypeName(GraphicType type);                       // "POLYLINE", ...
std::optional<GraphicType> graphicTypeFromName(const QString& name);

} // namespace continuum::documents
