#pragma once
#include "RigidTransform.h"
#include "dicom/InstanceHeader.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

namespace continuum::registration {

// What goes into a Spatial Registration object: the moving series' frame of reference
// registered into the fixed series' frame (the object's own frame of reference, identity item).
struct SpatialRegistrationRequest {
    dicom::InstanceHeader fixedImage;    // any image of the fixed series: patient, study, frame
    dicom::InstanceHeader movingImage;   // any image of the moving series: its frame of reference
    RigidTransform movingToFixed;
    bool adjustedByHand = false;         // Registration Type: visual instead of image content-based alignment
    QString contentLabel = QStringLiteral("REGISTRATION");   // CS: at most 16 of A-Z 0-9 _ and space
    QString contentDescription;
    QString contentCreatorName;          // PN, may be empty
    QDateTime contentDateTime;           // invalid = now
    std::string seriesInstanceUid;       // empty = a new UID
    std::string sopInstanceUid;          // empty = a new UID
    int seriesNumber = 900;
};

// Writes a DICOM Spatial Registration object (PS3.3 A.39) in the fixed series' study:
// Registration Sequence item 1 = the fixed frame with the identity, item 2 = the moving frame
// with movingToFixed (type RIGID), so SpatialRegistrationReader + AlignmentPolicy give back the
// same transform.
class SpatialRegistrationWriter {
public:
    // The SOP Instance UID written, or nullopt with *error.
    static std::optional<std::string> write(const QString& path, const SpatialRegistrationRequest& request, QString* error = nullptr);
};

} // namespace continuum::registration
