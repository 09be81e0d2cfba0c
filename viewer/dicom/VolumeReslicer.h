#pragma once
#include "MprVolume.h"
#include "OrientationLabels.h"
#include "ReferenceLineGeometry.h"
#include "Vector3.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace continuum::dicom {

enum class MprPlane { Axial, Coronal, Sagittal };

// Which axes the three planes follow.
enum class PlaneAlignment {
    Patient, // true axial / coronal / sagittal planes of the patient coordinate system
    Volume,  // the acquisition's own axes, each named after the patient plane it is nearest to
             // (an oblique MR's "coronal" then carries oblique labels such as "HA")
};

enum class SlabMode {
    Mip,     // maximum intensity projection
    MinIp,   // minimum intensity projection
    Average, // mean of the samples
};

// A thick slab: samples spread evenly over `thicknessMm` centred on the plane, at most one
// voxel step apart along the normal, combined by `mode`. Thickness 0 is a thin plane.
struct SlabSettings {
    double thicknessMm = 0.0;
    SlabMode mode = SlabMode::Mip;

    friend bool operator==(const SlabSettings&, const SlabSettings&) = default;
};

// Screen axes of a plane: right = increasing column, down = increasing row.
struct PlaneAxes {
    Vector3 right;
    Vector3 down;
    Vector3 normal() const { return right.cross(down).normalized(); }
};

// One reformatted image: modality values (HU for CT) on a grid in patient space.
struct ReslicedPlane {
    MprPlane plane = MprPlane::Axial;
    ImagePlane geometry;        // pixel grid in patient space (columns x rows)
    std::vector<float> values;  // row by row; NaN where the plane leaves the volume
    SlabSettings slab;
    int slabSamples = 1;        // samples combined per pixel
    EdgeLabels labels;          // patient letters at the left/right/top/bottom edges

    int columns() const { return geometry.columns; }
    int rows() const { return geometry.rows; }
    float value(int column, int row) const
    {
        return values[static_cast<std::size_t>(row) * static_cast<std::size_t>(geometry.columns) + static_cast<std::size_t>(column)];
    }
    // Position of the plane along its normal (mm, origin . normal).
    double offsetMm() const { return geometry.origin.dot(geometry.normal()); }
    Vector3 patientPoint(double column, double row) const { return geometry.patientPoint(column, row); }
    // Continuous pixel coordinates (integers are centres) of the point projected onto the plane.
    std::pair<double, double> pixelOf(const Vector3& point) const;
};

// Multiplanar reformatting of an MprVolume: axial, coronal and sagittal planes through a
// point, at the volume's own spacing along each screen axis, thin or as a thick slab.
//
// The grid of a plane depends only on the volume and the plane's direction, not on where the
// point is within the plane, so scrolling keeps every pixel where it was. With
// PlaneAlignment::Patient and an axial acquisition the axial plane's grid is the slices' own.
class VolumeReslicer {
public:
    explicit VolumeReslicer(std::shared_ptr<const MprVolume> volume, PlaneAlignment alignment = PlaneAlignment::Patient);

    const MprVolume& volume() const { return *m_volume; }
    std::shared_ptr<const MprVolume> sharedVolume() const { return m_volume; }
    PlaneAlignment alignment() const { return m_alignment; }

    // Screen axes of a plane, displayed radiologically: axial with the patient's right on the
    // left of the screen and anterior up; coronal right on the left, head up; sagittal anterior
    // on the left, head up.
    PlaneAxes axes(MprPlane plane) const;
    // The grid of `plane` through `point` (no pixels computed).
    ImagePlane planeThrough(MprPlane plane, const Vector3& point) const;
    // Distance between neighbouring planes of this orientation (scrolling one step).
    double stepAlongNormal(MprPlane plane) const;
    // The plane through `point` (a point outside the volume gives a plane of NaN).
    ReslicedPlane reslice(MprPlane plane, const Vector3& point, const SlabSettings& slab = {},
                          ResliceInterpolation interpolation = ResliceInterpolation::Linear) const;

    static QString planeName(MprPlane plane);     // translated "Axial", "Coronal", "Sagittal"
    static QString slabModeName(SlabMode mode);   // translated "MIP", "MinIP", "Average"

private:
    std::shared_ptr<const MprVolume> m_volume;
    PlaneAlignment m_alignment;
};

} // namespace continuum::dicom
