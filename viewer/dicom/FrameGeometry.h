#pragma once
#include "Vector3.h"

#include <optional>
#include <string>

namespace continuum::dicom {

// Where a pixel size comes from decides what a measurement may claim.
enum class SpacingKind {
    None,        // no calibration: measure in pixels only
    Patient,     // PixelSpacing (or per-frame PixelMeasures): mm in the patient
    Detector,    // ImagerPixelSpacing only: mm at the detector, label it so
    Ultrasound,  // SequenceOfUltrasoundRegions physical deltas (cm in file, mm here)
};

struct PixelSpacing {
    double row = 0.0;     // mm between rows (vertical), first value of PixelSpacing
    double column = 0.0;  // mm between columns (horizontal), second value
    SpacingKind kind = SpacingKind::None;
};

// Geometry of one frame in the patient coordinate system.
struct FrameGeometry {
    std::optional<Vector3> position;    // ImagePositionPatient: centre of the first pixel
    std::optional<Vector3> rowDirection;    // ImageOrientationPatient values 1-3
    std::optional<Vector3> columnDirection; // ImageOrientationPatient values 4-6
    PixelSpacing spacing;
    std::optional<double> sliceThickness;
    std::string patientOrientation;    // (0020,0020) "A\F" when there is no IOP

    std::optional<Vector3> normal() const
    {
        if (!rowDirection || !columnDirection)
            return std::nullopt;
        return rowDirection->cross(*columnDirection).normalized();
    }
};

} // namespace continuum::dicom
