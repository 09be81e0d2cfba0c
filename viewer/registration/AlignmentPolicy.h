#pragma once
#include "RigidTransform.h"
#include "SpatialRegistrationObject.h"

#include <QString>

#include <optional>
#include <span>
#include <string>

namespace continuum::registration {

// Where a series sits: enough to decide whether two series share patient coordinates.
struct SeriesFrame {
    std::string studyInstanceUid;
    std::string seriesInstanceUid;
    std::string frameOfReferenceUid;
};

enum class AlignmentKind {
    SharedFrameOfReference,        // same FrameOfReferenceUID within one study: identity
    SpatialRegistration,           // a Spatial Registration object relates the two frames
    SameUidDifferentStudies,       // flagged: scanners reuse FoR UIDs across visits
    Unregistered,                  // nothing relates them: register (or align by hand)
};

struct Alignment {
    AlignmentKind kind = AlignmentKind::Unregistered;
    // Set when aligned: moving patient coordinates -> fixed patient coordinates.
    std::optional<RigidTransform> movingToFixed;
    std::string registrationSopInstanceUid;   // the Spatial Registration object used
    bool flagged = false;                     // the user should be told (SameUidDifferentStudies)
    QString reason;                           // one sentence, for the user

    bool aligned() const { return movingToFixed.has_value(); }
};

// Decides whether two series share patient coordinates (issue 8, item 2):
// - same FrameOfReferenceUID within one study -> aligned (identity);
// - same FrameOfReferenceUID on different studies -> not aligned, flagged: real scanners reuse
//   the UID across visits (TEST_1's 2010 and 2015 studies share one), so it proves nothing;
// - different frames related by a RIGID Spatial Registration object -> aligned via its matrices;
// - otherwise unregistered.
class AlignmentPolicy {
public:
    static Alignment decide(const SeriesFrame& fixed, const SeriesFrame& moving,
                            std::span<const SpatialRegistrationObject> registrations = {});
    // The moving -> fixed transform one object gives for two frames of reference (either may be
    // the object's own registered frame), nullopt when it does not cover both or is not rigid.
    static std::optional<RigidTransform> transformFrom(const SpatialRegistrationObject& object,
                                                       const std::string& fixedFrameOfReferenceUid,
                                                       const std::string& movingFrameOfReferenceUid,
                                                       QString* whyNot = nullptr);
};

} // namespace continuum::registration
