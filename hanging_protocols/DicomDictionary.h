#pragma once
#include <QString>

#include <cstdint>
#include <optional>

namespace continuum::hanging_protocols {

// DICOM keyword <-> tag for the public data dictionary (GDCM's, kept out of this header). The
// keyword index is built once per process; lookups are hash lookups.
class DicomDictionary {
public:
    static std::optional<std::uint32_t> tagForKeyword(const QString& keyword);
    static QString keywordForTag(std::uint32_t tag);   // empty when the tag is not public
};

} // namespace continuum::hanging_protocols
