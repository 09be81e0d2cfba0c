#pragma once
#include "dicom/Vector3.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace continuum::registration {

// A rotation followed by a translation in patient coordinates (LPS, mm):
//     p' = R p + t
// As the result of a registration it maps points of the moving series into the fixed series'
// patient coordinates. A value: cheap to copy, compare and store (JSON) per study pair.
class RigidTransform {
public:
    RigidTransform() = default;   // identity

    // From a 4x4 homogeneous matrix, row-major (the layout of DICOM's
    // FrameOfReferenceTransformationMatrix). Refused (nullopt) unless the upper 3x3 is a proper
    // rotation within `tolerance` and the last row is 0 0 0 1.
    static std::optional<RigidTransform> fromMatrix(const std::array<double, 16>& rowMajor, double tolerance = 1e-4);
    // Rotation by `degrees` about `axis` through `centre`, then `translation`:
    //     p' = R (p - centre) + centre + translation
    static RigidTransform fromAxisAngle(const dicom::Vector3& axis, double degrees, const dicom::Vector3& centre = {},
                                        const dicom::Vector3& translation = {});
    static RigidTransform fromTranslation(const dicom::Vector3& translation);

    // 4x4 row-major homogeneous matrix.
    std::array<double, 16> matrix() const;
    // Rotation part R, row-major 3x3.
    const std::array<double, 9>& rotation() const { return m_rotation; }
    const dicom::Vector3& translation() const { return m_translation; }
    // Angle of R in degrees (0..180) and its unit axis (any unit vector for the identity).
    double rotationAngleDegrees() const;
    dicom::Vector3 rotationAxis() const;

    dicom::Vector3 apply(const dicom::Vector3& point) const;
    dicom::Vector3 applyToDirection(const dicom::Vector3& direction) const;
    RigidTransform inverse() const;
    // `after` applied to the result of this: p -> after(this(p)).
    RigidTransform then(const RigidTransform& after) const;
    // Manual adjustment, expressed in the target (fixed) coordinates: the result first applies
    // this transform, then shifts by `deltaMm`, or rotates by `degrees` about `axis` through
    // `centre` (a small step per key press or drag).
    RigidTransform translated(const dicom::Vector3& deltaMm) const;
    RigidTransform rotated(const dicom::Vector3& axis, double degrees, const dicom::Vector3& centre) const;

    // Largest element-wise difference of the two 4x4 matrices.
    double maxDifference(const RigidTransform& other) const;
    bool isIdentity(double tolerance = 1e-9) const { return maxDifference(RigidTransform{}) <= tolerance; }

    // A callable for code that maps points without knowing about registration (for example
    // oncology::LesionTracker::suggestLink's PointTransform).
    std::function<dicom::Vector3(const dicom::Vector3&)> pointMapper() const;

    // {"format": "continuum-rigid-transform", "version": 1, "matrix": [16 numbers, row-major]}
    QJsonObject toJson() const;
    static std::optional<RigidTransform> fromJson(const QJsonObject& object, QString* error = nullptr);

    friend bool operator==(const RigidTransform&, const RigidTransform&) = default;

private:
    std::array<double, 9> m_rotation{1, 0, 0, 0, 1, 0, 0, 0, 1};
    dicom::Vector3 m_translation;
};

} // namespace continuum::registration
