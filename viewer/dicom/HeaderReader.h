#pragma once
#include "InstanceHeader.h"
#include "Result.h"

#include <string>

namespace continuum::dicom {

// Reads the header of one DICOM file up to (not including) the pixel data: identity, pixel
// format, geometry, grey-level transforms, overlays and cine timing, text decoded per
// SpecificCharacterSet. Never decodes pixels, never throws; problems it can live with become
// warnings in the header, the rest a LoadError with a clear message.
class HeaderReader {
public:
    static Result<InstanceHeader> read(const std::string& filePath);
};

} // namespace continuum::dicom
