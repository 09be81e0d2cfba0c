#pragma once
#include "SpatialRegistrationObject.h"

#include <QString>

#include <optional>
#include <string>

namespace continuum::registration {

// Reads the registrations of a DICOM Spatial Registration object with GDCM.
class SpatialRegistrationReader {
public:
    static constexpr const char* sopClassUid = "1.2.840.10008.5.1.4.1.1.66.1";
    // nullopt with *error when the file is unreadable, not a Spatial Registration object, or a
    // Registration Sequence item lacks its frame of reference or a 16-value matrix.
    static std::optional<SpatialRegistrationObject> read(const std::string& filePath, QString* error = nullptr);
};

} // namespace continuum::registration
