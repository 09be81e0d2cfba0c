#pragma once
#include "GreyscaleTransforms.h"
#include "PixelBuffer.h"
#include "Result.h"
#include "Vector3.h"

#include "memory/MemoryReservation.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace continuum::dicom {

class ImageSeries;

// Continuous voxel coordinates: x = column, y = row, z = slice in stack order (ascending along
// the normal). Integer values are voxel centres.
struct VoxelIndex {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;
};

enum class ResliceInterpolation {
    Nearest, // the value of the nearest voxel: exact stored values
    Linear,  // trilinear between the eight neighbours
};

// A regular stack of greyscale slices as modality values (HU for CT) in patient space, the
// input of multiplanar reformatting. Voxel (i, j, k) sits at
//   origin + i * columnStep + j * rowStep + k * sliceStep
// where sliceStep is measured from the first to the last slice position: with gantry tilt it
// is not parallel to the slice normal and the volume is sheared, which the mapping keeps exact.
// Padding values (PixelPaddingValue) are stored as NaN, so they are "no data" everywhere.
class MprVolume {
public:
    // Why `series` cannot be resliced, or nullopt when it can. Looks at geometry and pixel
    // format only (decodes nothing): refuses a single slice, several orientations or stacks,
    // repeated positions, spacing that varies by more than 1 %, missing geometry or spacing,
    // colour images, and gantry tilt whose slices do not lie on one straight line.
    static std::optional<QString> refusalReason(const ImageSeries& series);

    // Decodes the frames not yet decoded (on `threads` threads) and copies their modality
    // values. The series is only read (and pinned in the memory budget meanwhile); it may be
    // dropped afterwards.
    static Result<std::shared_ptr<const MprVolume>> fromSeries(ImageSeries& series, int threads = 2);

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int slices() const { return m_slices; }

    Vector3 origin() const { return m_origin; }          // centre of voxel (0, 0, 0)
    Vector3 columnStep() const { return m_columnStep; }  // mm per +1 column (along the row direction)
    Vector3 rowStep() const { return m_rowStep; }        // mm per +1 row (along the column direction)
    Vector3 sliceStep() const { return m_sliceStep; }    // mm per +1 slice
    Vector3 rowDirection() const { return m_columnStep.normalized(); }
    Vector3 columnDirection() const { return m_rowStep.normalized(); }
    Vector3 normal() const { return m_normal; }          // rowDirection x columnDirection
    double columnSpacing() const { return m_columnStep.length(); } // PixelSpacing value 2
    double rowSpacing() const { return m_rowStep.length(); }       // PixelSpacing value 1
    double sliceSpacing() const { return m_sliceStep.dot(m_normal); } // along the normal

    const std::string& frameOfReferenceUid() const { return m_frameOfReferenceUid; }
    const std::string& modality() const { return m_modality; }
    const std::string& rescaleType() const { return m_rescaleType; }
    // First window of the first slice's header, when it has one.
    std::optional<VoiWindow> headerWindow() const { return m_headerWindow; }
    // Smallest and largest modality value (padding excluded).
    double minimumValue() const { return m_minimum; }
    double maximumValue() const { return m_maximum; }
    // MONOCHROME1 or an INVERSE presentation LUT: low values display white.
    bool invertsOutput() const { return m_inverts; }

    Vector3 patientPoint(const VoxelIndex& index) const;
    VoxelIndex indexOf(const Vector3& point) const;
    Vector3 centre() const;
    // Centres of the eight corner voxels.
    std::array<Vector3, 8> corners() const;
    // The point lies within half a voxel of the voxel grid.
    bool contains(const Vector3& point) const;
    // The nearest point that contains() accepts.
    Vector3 clamp(const Vector3& point) const;

    float value(int column, int row, int slice) const
    {
        return m_values[(static_cast<std::size_t>(slice) * static_cast<std::size_t>(m_rows) + static_cast<std::size_t>(row))
                            * static_cast<std::size_t>(m_columns)
                        + static_cast<std::size_t>(column)];
    }
    // Every voxel, column fastest, then row, then slice (value()'s order).
    const float* voxelData() const { return m_values.data(); }
    // NaN outside the volume (beyond half a voxel) or where only padding is near.
    float sample(const VoxelIndex& index, ResliceInterpolation interpolation) const;

    // The voxel step along a patient direction: how far one moves along `direction` before
    // the fastest-changing voxel index advances by one. Along the row direction this is the
    // column spacing, along the normal the slice spacing.
    double spacingAlong(const Vector3& direction) const;

private:
    MprVolume() = default;

    int m_columns = 0;
    int m_rows = 0;
    int m_slices = 0;
    Vector3 m_origin;
    Vector3 m_columnStep;
    Vector3 m_rowStep;
    Vector3 m_sliceStep;
    Vector3 m_normal;
    std::array<double, 9> m_inverse{}; // patient offset -> voxel index, row-major
    std::string m_frameOfReferenceUid;
    std::string m_modality;
    std::string m_rescaleType;
    std::optional<VoiWindow> m_headerWindow;
    double m_minimum = 0.0;
    double m_maximum = 0.0;
    bool m_inverts = false;
    PixelBuffer m_buffer; // huge pages: the volume is filled once, right after allocation
    std::span<float> m_values;
    // The float voxels in the memory budget, never evictable (whoever holds the volume draws
    // from it); accounting it makes the least recently used series give way.
    memory::MemoryReservation m_reservation;
};

} // namespace continuum::dicom
