#include "AlignmentPolicy.h"

#include <QCoreApplication>

namespace continuum::registration {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::registration::AlignmentPolicy", text);
}

// The frame's transform into the object's registered frame: identity for the registered frame
// itself unless an item says otherwise.
std::optional<RigidTransform> toRegistered(const SpatialRegistrationObject& object, const std::string& frameUid, QString* whyNot)
{
    for (const FrameRegistration& item : object.registrations) {
        if (item.frameOfReferenceUid != frameUid)
            continue;
        if (item.matrixType != "RIGID") {
            if (whyNot)
                *whyNot = tr("the registration of frame %1 is %2, only RIGID is supported")
                              .arg(QString::fromStdString(frameUid), QString::fromStdString(item.matrixType.empty() ? std::string("untyped") : item.matrixType));
            return std::nullopt;
        }
        auto transform = RigidTransform::fromMatrix(item.matrix);
        if (!transform && whyNot)
            *whyNot = tr("the matrix of frame %1 is declared RIGID but is not a rotation and translation").arg(QString::fromStdString(frameUid));
        return transform;
    }
    if (frameUid == object.frameOfReferenceUid)
        return RigidTransform{};
    if (whyNot)
        *whyNot = tr("it does not cover frame %1").arg(QString::fromStdString(frameUid));
    return std::nullopt;
}

} // namespace

std::optional<RigidTransform> AlignmentPolicy::transformFrom(const SpatialRegistrationObject& object, const std::string& fixedUid,
                                                             const std::string& movingUid, QString* whyNot)
{
    const auto fixedToRegistered = toRegistered(object, fixedUid, whyNot);
    if (!fixedToRegistered)
        return std::nullopt;
    const auto movingToRegistered = toRegistered(object, movingUid, whyNot);
    if (!movingToRegistered)
        return std::nullopt;
    return movingToRegistered->then(fixedToRegistered->inverse());
}

Alignment AlignmentPolicy::decide(const SeriesFrame& fixed, const SeriesFrame& moving, std::span<const SpatialRegistrationObject> registrations)
{
    Alignment result;
    const bool sameStudy = !fixed.studyInstanceUid.empty() && fixed.studyInstanceUid == moving.studyInstanceUid;
    if (fixed.frameOfReferenceUid.empty() || moving.frameOfReferenceUid.empty()) {
        result.reason = tr("a series has no frame of reference UID: treated as unregistered");
        return result;
    }
    if (fixed.frameOfReferenceUid == moving.frameOfReferenceUid) {
        if (sameStudy) {
            result.kind = AlignmentKind::SharedFrameOfReference;
            result.movingToFixed = RigidTransform{};
            result.reason = tr("same frame of reference within one study");
        } else {
            result.kind = AlignmentKind::SameUidDifferentStudies;
            result.flagged = true;
            result.reason = tr("same frame of reference UID on studies of different dates: treated as unregistered");
        }
        return result;
    }
    QString lastWhyNot;
    for (const SpatialRegistrationObject& object : registrations) {
        QString whyNot;
        if (auto transform = transformFrom(object, fixed.frameOfReferenceUid, moving.frameOfReferenceUid, &whyNot)) {
            result.kind = AlignmentKind::SpatialRegistration;
            result.movingToFixed = *transform;
            result.registrationSopInstanceUid = object.sopInstanceUid;
            result.reason = tr("related by the Spatial Registration object %1").arg(QString::fromStdString(object.sopInstanceUid));
            return result;
        }
        // Only objects that mention one of the two frames explain why they could not be used.
        for (const FrameRegistration& item : object.registrations)
            if (item.frameOfReferenceUid == fixed.frameOfReferenceUid || item.frameOfReferenceUid == moving.frameOfReferenceUid)
                lastWhyNot = tr("Spatial Registration object %1 not used: %2").arg(QString::fromStdString(object.sopInstanceUid), whyNot);
    }
    result.reason = lastWhyNot.isEmpty() ? tr("different frames of reference and no Spatial Registration object relates them")
                                         : lastWhyNot;
    return result;
}

} // namespace continuum::registration
