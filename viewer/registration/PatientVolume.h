#pragma once
#include "RigidTransform.h"
#include "dicom/Vector3.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace continuum::dicom {
class ImageSeries;
}

namespace continuum::registration {

// A regular voxel grid placed in patient coordinates (LPS, mm). Index (i, j, k): i along a row
// (increasing column), j down a column (increasing row), k along the slices.
struct VolumeGrid {
    std::array<int, 3> size{0, 0, 0};
    dicom::Vector3 origin;                 // centre of voxel (0, 0, 0)
    std::array<double, 3> spacing{1.0, 1.0, 1.0};   // mm along i, j, k
    std::array<dicom::Vector3, 3> axes{dicom::Vector3{1, 0, 0}, dicom::Vector3{0, 1, 0}, dicom::Vector3{0, 0, 1}}; // unit vectors of i, j, k

    std::size_t voxelCount() const
    {
        return static_cast<std::size_t>(size[0]) * static_cast<std::size_t>(size[1]) * static_cast<std::size_t>(size[2]);
    }
    dicom::Vector3 pointAt(double i, double j, double k) const
    {
        return origin + axes[0] * (i * spacing[0]) + axes[1] * (j * spacing[1]) + axes[2] * (k * spacing[2]);
    }
    // Continuous index of a patient point (axes are orthonormal).
    std::array<double, 3> indexOf(const dicom::Vector3& point) const
    {
        const dicom::Vector3 d = point - origin;
        return {d.dot(axes[0]) / spacing[0], d.dot(axes[1]) / spacing[1], d.dot(axes[2]) / spacing[2]};
    }
    // Centre of the grid (midway between the first and the last voxel centres).
    dicom::Vector3 centre() const
    {
        return pointAt((size[0] - 1) / 2.0, (size[1] - 1) / 2.0, (size[2] - 1) / 2.0);
    }
};

// A scalar volume in patient coordinates, values in modality units (HU for CT: stored value x
// RescaleSlope + RescaleIntercept), i fastest. The input of registration, built from a decoded
// series or resampled from another volume.
class PatientVolume {
public:
    PatientVolume() = default;
    PatientVolume(VolumeGrid grid, std::vector<float> voxels);   // voxels.size() == grid.voxelCount()

    // Decodes every frame of `series` (blocking; frames already decoded are reused) and copies
    // them into a volume with the series' geometry. nullopt with *error when the series is not
    // one clean greyscale volume (StackLayout::isVolume) or a frame fails to decode.
    static std::optional<PatientVolume> fromSeries(dicom::ImageSeries& series, QString* error = nullptr);

    const VolumeGrid& grid() const { return m_grid; }
    const std::vector<float>& voxels() const { return m_voxels; }
    bool isEmpty() const { return m_voxels.empty(); }
    float at(int i, int j, int k) const
    {
        return m_voxels[static_cast<std::size_t>(i) + static_cast<std::size_t>(m_grid.size[0]) *
                        (static_cast<std::size_t>(j) + static_cast<std::size_t>(m_grid.size[1]) * static_cast<std::size_t>(k))];
    }
    float minimum() const;

    // Trilinear value at a patient point; `outside` beyond the outermost voxel centres.
    float sample(const dicom::Vector3& point, float outside) const;
    // Block average by `inPlane` along i and j and `slices` along k (a smaller volume covering
    // the same extent, for speed). Factors < 1 count as 1.
    PatientVolume downsampled(int inPlane, int slices) const;
    // What the viewer registers: in-plane block averages down to about `pixelsAcross` voxels
    // across (2-3 mm on a CT, the accuracy class the finest registration level needs), and
    // thin slices averaged in blocks no thicker than two thirds of that voxel (a 0.6 mm series
    // by 3; 5 mm slices stay as they are: near-isotropic blocks leave the coarsest level too
    // few voxels to converge reliably); unchanged when it is that small already.
    PatientVolume forRegistration(int pixelsAcross = 128) const;
    // This volume seen on `grid`: the voxel at patient point q takes this volume's value at
    // gridToThis.apply(q). With gridToThis = a registration's moving->fixed transform and this
    // = the fixed volume, the result is the fixed volume as the moving series sees it; with the
    // inverse and this = moving, the moving volume moved onto the fixed grid.
    PatientVolume resampled(const VolumeGrid& grid, const RigidTransform& gridToThis, float outside) const;
    // Intensity-weighted centre (weights: value minus the minimum, so air weighs nothing on CT).
    dicom::Vector3 centreOfMass() const;

private:
    VolumeGrid m_grid;
    std::vector<float> m_voxels;
};

} // namespace continuum::registration
