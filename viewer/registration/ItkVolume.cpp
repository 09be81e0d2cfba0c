#include "ItkVolume.h"

#include <cstring>

namespace continuum::registration {

ItkVolume::Pointer toItkVolume(const PatientVolume& volume)
{
    const VolumeGrid& grid = volume.grid();
    auto image = ItkVolume::New();
    ItkVolume::RegionType region;
    ItkVolume::SizeType size;
    ItkVolume::SpacingType spacing;
    ItkVolume::PointType origin;
    ItkVolume::DirectionType direction;
    for (unsigned d = 0; d < 3; ++d) {
        size[d] = static_cast<itk::SizeValueType>(grid.size[d]);
        spacing[d] = grid.spacing[d];
        direction(0, d) = grid.axes[d].x;
        direction(1, d) = grid.axes[d].y;
        direction(2, d) = grid.axes[d].z;
    }
    origin[0] = grid.origin.x;
    origin[1] = grid.origin.y;
    origin[2] = grid.origin.z;
    region.SetSize(size);
    image->SetRegions(region);
    image->SetSpacing(spacing);
    image->SetOrigin(origin);
    image->SetDirection(direction);
    image->Allocate();
    std::memcpy(image->GetBufferPointer(), volume.voxels().data(), volume.voxels().size() * sizeof(float));
    return image;
}

RigidTransform movingToFixedFromItk(const ItkVersorTransform& fixedToMoving)
{
    const auto& m = fixedToMoving.GetMatrix();
    const auto& offset = fixedToMoving.GetOffset();
    const std::array<double, 16> rowMajor{m(0, 0), m(0, 1), m(0, 2), offset[0], m(1, 0), m(1, 1), m(1, 2), offset[1],
                                          m(2, 0), m(2, 1), m(2, 2), offset[2], 0.0, 0.0, 0.0, 1.0};
    // A versor's matrix is orthonormal to rounding; the tolerance only guards against NaN.
    const auto transform = RigidTransform::fromMatrix(rowMajor, 1e-6);
    return transform ? transform->inverse() : RigidTransform{};
}

} // namespace continuum::registration
