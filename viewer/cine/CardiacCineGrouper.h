#pragma once
#include "CineLoop.h"

#include "dicom/InstanceHeader.h"

#include <vector>

namespace continuum::cine {

// Cardiac MR cine stored as single-frame images (one file per phase): images of one position
// (ImagePositionPatient, else SliceLocation) make one loop, ordered by TriggerTime; timing from
// the trigger-time differences. Multi-frame instances are loops of their own.
class CardiacCineGrouper {
public:
    // Positions closer than this (mm) are the same slice.
    static constexpr double kPositionToleranceMm = 0.01;

    // Loops in order of position along the slice normal (else of first appearance). Images
    // without TriggerTime are ordered by InstanceNumber, timed by FrameTime or the fallback rate.
    static std::vector<CineLoop> group(const std::vector<dicom::InstanceHeader>& instances, double fallbackFramesPerSecond);
};

} // namespace continuum::cine
