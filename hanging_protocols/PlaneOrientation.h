#pragma once
#include <QString>

#include <array>
#include <optional>

namespace continuum::hanging_protocols {

// The anatomical plane of an image from its ImageOrientationPatient direction cosines.
class PlaneOrientation {
public:
    enum class Plane { Axial, Coronal, Sagittal, Oblique };

    // A plane counts as axial/coronal/sagittal when its normal lies within about 37 degrees of
    // that axis (dominant normal component >= 0.8); otherwise it is oblique.
    static Plane classify(const std::array<double, 3>& rowDirection, const std::array<double, 3>& columnDirection);
    // From the six DICOM values "r1\r2\r3\c1\c2\c3"; nullopt when they are not six numbers.
    static std::optional<Plane> fromImageOrientation(const QString& sixValues);

    static QString name(Plane plane);   // "axial", "coronal", "sagittal", "oblique"
    static std::optional<Plane> fromName(const QString& name);
};

} // namespace continuum::hanging_protocols
