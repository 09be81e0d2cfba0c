#pragma once
#include "FrameGeometry.h"
#include "Vector3.h"

#include <optional>

namespace continuum::dicom {

// A rectangular grid of pixels in patient space: a DICOM frame or a reformatted plane.
// Pixel (c, r) is centred at origin + c * columnSpacing * rowDirection + r * rowSpacing * columnDirection.
struct ImagePlane {
    Vector3 origin;          // centre of the first pixel (ImagePositionPatient)
    Vector3 rowDirection;    // unit, along a row (increasing column)
    Vector3 columnDirection; // unit, along a column (increasing row)
    double columnSpacing = 1.0; // mm between columns
    double rowSpacing = 1.0;    // mm between rows
    int columns = 0;
    int rows = 0;

    Vector3 normal() const { return rowDirection.cross(columnDirection).normalized(); }
    // Patient position of continuous pixel coordinates (integers are pixel centres).
    Vector3 patientPoint(double column, double row) const
    {
        return origin + rowDirection * (column * columnSpacing) + columnDirection * (row * rowSpacing);
    }

    // A frame's plane; nullopt without position, orientation or pixel spacing.
    static std::optional<ImagePlane> fromFrame(const FrameGeometry& geometry, int rows, int columns);
};

// A line across an image, in continuous pixel coordinates (integers are pixel centres, so the
// image spans [-0.5, columns - 0.5] x [-0.5, rows - 0.5]).
struct ImageSegment {
    double column0 = 0.0;
    double row0 = 0.0;
    double column1 = 0.0;
    double row1 = 0.0;
};

// Reference lines: where another plane cuts an image (PS3.3 C.7.6.2 geometry; the line a
// viewer draws for the slice shown elsewhere, and MPR's crosshair lines).
class ReferenceLineGeometry {
public:
    // Planes closer to parallel than this (sine of the angle between the normals) give no line.
    static constexpr double kParallelSine = 1e-3;

    // Where the plane through `point` with normal `normal` crosses `image`, clipped to the
    // image's extent; nullopt when the planes are parallel or the line misses the image.
    static std::optional<ImageSegment> intersect(const ImagePlane& image, const Vector3& point, const Vector3& normal);
    // Where `other`'s plane crosses `image`.
    static std::optional<ImageSegment> intersect(const ImagePlane& image, const ImagePlane& other)
    {
        return intersect(image, other.origin, other.normal());
    }
};

} // namespace continuum::dicom
