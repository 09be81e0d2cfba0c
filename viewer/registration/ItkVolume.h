#pragma once
// Conversions between our volumes/transforms and ITK's. Includes ITK headers: only for the few
// translation units that use ITK anyway (RigidRegistration.cpp, the registration benchmark).
#include "PatientVolume.h"
#include "RigidTransform.h"

#include <itkImage.h>
#include <itkVersorRigid3DTransform.h>

namespace continuum::registration {

using ItkVolume = itk::Image<float, 3>;
using ItkVersorTransform = itk::VersorRigid3DTransform<double>;

// ITK's physical space is DICOM's patient space (LPS, mm); the direction matrix holds the grid
// axes as columns. The voxels are copied.
ItkVolume::Pointer toItkVolume(const PatientVolume& volume);

// ITK's registration transform maps fixed points to moving points: the inverse of our
// moving -> fixed result. Identity if the matrix is not a rotation (NaN).
RigidTransform movingToFixedFromItk(const ItkVersorTransform& fixedToMoving);

} // namespace continuum::registration
