#pragma once
#include "StackLayout.h"

#include <span>

namespace continuum::dicom {

// Sorts slices into a volume layout and reports every reason the result is not a clean volume.
//
// Tolerances:
// - orientations are equal when row and column directions (hence normals) are within 0.01 degree;
// - two slices share a position when they are within 0.01 mm along the normal and in the plane;
// - spacing is uniform when every gap is within 1 % of the median gap;
// - gantry tilt when the first-to-last offset deviates from the normal by more than 0.01 degree
//   (sliceSpacing is then still measured along the normal).
// Repeated positions that occur the same number of times at every position are split into that
// many stacks (several acquisitions or time points), taken in index order.
class StackAssembler {
public:
    static StackLayout assemble(std::span<const SliceInput> slices);
};

} // namespace continuum::dicom
