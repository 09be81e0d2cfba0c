#pragma once
#include "FrameGeometry.h"
#include "Vector3.h"

#include <QString>

#include <vector>

namespace continuum::dicom {

// One slice (a single-frame instance or one frame of a multi-frame object) to place in a stack.
struct SliceInput {
    int index = 0;             // caller's identifier, returned in StackLayout::order and stacks
    FrameGeometry geometry;
    int rows = 0;
    int columns = 0;
};

// Why a set of slices is not a clean volume. Each issue has one message in StackLayout.
enum class StackIssue {
    MissingGeometry,   // a slice lacks ImagePositionPatient / ImageOrientationPatient or PixelSpacing
    MixedOrientation,  // row/column directions differ by more than 0.01 degree
    MixedSize,         // rows, columns or pixel spacing differ
    MultipleStacks,    // slices split into several stacks (orientations or repeated positions)
    DuplicatePositions,// two or more slices share a position
    NonUniformSpacing, // a gap differs from the median gap by more than 1 %
    GantryTilt,        // slice-to-slice offset not parallel to the normal
    SingleSlice,       // only one slice
};

// How slices form a volume, the way PS3.3 C.7.6.2 geometry intends (sorted by position along the
// normal, never by file name or instance number).
struct StackLayout {
    // SliceInput::index values sorted along the normal, ascending. With several stacks: the
    // primary stack (stacks[0]) first, then the others, so no slice is lost.
    std::vector<int> order;
    Vector3 origin;           // position of the first slice in order
    Vector3 rowDirection;     // unit vector along a row (increasing column index)
    Vector3 columnDirection;  // unit vector along a column (increasing row index)
    Vector3 normal;           // rowDirection x columnDirection
    double rowSpacing = 0.0;     // mm between rows (PixelSpacing value 1)
    double columnSpacing = 0.0;  // mm between columns (PixelSpacing value 2)
    double sliceSpacing = 0.0;   // mm between slices along the normal, from positions only
    bool isVolume = false;       // one stack, consistent, uniform: safe for 3D/MPR
    std::vector<StackIssue> issues;
    std::vector<QString> messages; // one English sentence per issue, same order as issues
    // SliceInput::index values of each stack (each sorted along its normal) when there are
    // several; the geometry fields above describe stacks[0], the largest.
    std::vector<std::vector<int>> stacks;

    bool has(StackIssue issue) const
    {
        for (const StackIssue i : issues) {
            if (i == issue)
                return true;
        }
        return false;
    }
};

} // namespace continuum::dicom
