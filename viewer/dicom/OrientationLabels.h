#pragma once
#include "Vector3.h"

#include <QString>

#include <optional>
#include <string_view>

namespace continuum::dicom {

// Patient direction letters at the four screen edges of an image shown with rows going down
// and columns going right. Letters: L/R (x), A/P (y), H/F (z), as in PS3.3 C.7.6.1.1.1.
struct EdgeLabels {
    QString left;
    QString right;
    QString top;
    QString bottom;

    friend bool operator==(const EdgeLabels&, const EdgeLabels&) = default;
};

class OrientationLabels {
public:
    // A direction component earns its letter when its magnitude is at least this (about 5.7
    // degrees of obliquity); letters are ordered by magnitude, at most three. The dominant
    // component always gets its letter. Smaller components are left out so that near-axial
    // scans read "R"/"L" rather than "RAH"-style noise.
    static constexpr double kLetterThreshold = 0.1;

    // From ImageOrientationPatient (LPS direction cosines). The right edge names where the row
    // direction points, the bottom edge where the column direction points; left and top are
    // their opposites. Axial: left "R", right "L", top "A", bottom "P".
    static EdgeLabels fromDirections(const Vector3& rowDirection, const Vector3& columnDirection);

    // From PatientOrientation (0020,0020), e.g. "A\F": the first value is the direction of the
    // rows (toward the right edge), the second the direction of the columns (toward the bottom
    // edge), per PS3.3 C.7.6.1.1.1. So "A\F" gives right "A", left "P", bottom "F", top "H".
    // Letters may combine ("AL\F"). Returns nullopt for anything else (empty, one value, unknown
    // letters such as the quadruped terms).
    static std::optional<EdgeLabels> fromPatientOrientation(std::string_view value);

    // Letters for one direction, e.g. (1,0,0) -> "L"; empty for a zero vector.
    static QString lettersFor(const Vector3& direction);
};

} // namespace continuum::dicom
