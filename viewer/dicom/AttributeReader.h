#pragma once
// Internal to continuum_dicom: typed access to the values of one GDCM data set. Tolerant by
// design: a malformed value reads as absent instead of throwing, so a bad file degrades to a
// warning and never to a crash.
#include "GreyscaleTransforms.h"

#include <gdcmByteValue.h>
#include <gdcmDataSet.h>
#include <gdcmTag.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace continuum::dicom {

class AttributeReader {
public:
    explicit AttributeReader(const gdcm::DataSet& dataSet) : m_dataSet(dataSet) {}

    bool has(gdcm::Tag tag) const;
    // Raw bytes of the value with trailing padding (space, NUL) removed; empty when absent.
    std::string_view raw(gdcm::Tag tag) const;
    // Raw text value split at backslashes, each part trimmed of spaces.
    std::vector<std::string> strings(gdcm::Tag tag) const;
    std::string string(gdcm::Tag tag) const;   // first value, trimmed
    // DS / IS values ("-0600", " 1.5 ") parsed leniently.
    std::vector<double> decimals(gdcm::Tag tag) const;
    std::optional<double> decimal(gdcm::Tag tag) const;
    std::optional<int> integerString(gdcm::Tag tag) const;
    // Binary integers (US, SS, UL, SL; US-or-SS decided by `signedHint`).
    std::vector<std::int64_t> binaryIntegers(gdcm::Tag tag, bool signedHint = false) const;
    std::optional<std::int64_t> binaryInteger(gdcm::Tag tag, bool signedHint = false) const;
    // FD / FL values.
    std::vector<double> binaryDoubles(gdcm::Tag tag) const;
    // 16-bit words of an OW/US value (LUT data), in host order.
    std::vector<std::uint16_t> words(gdcm::Tag tag) const;
    // 8-bit bytes of an OB/OW value.
    std::vector<std::uint8_t> bytes(gdcm::Tag tag) const;
    // Items of a sequence (empty when absent or not a sequence).
    std::vector<const gdcm::DataSet*> items(gdcm::Tag tag) const;
    const gdcm::DataSet* firstItem(gdcm::Tag tag) const;

    // A LUT given its descriptor, data and explanation tags (Modality/VOI LUT Sequence items).
    std::optional<LookupTable> lookupTable(gdcm::Tag descriptor, gdcm::Tag data, gdcm::Tag explanation,
                                           bool signedFirstValue) const;

private:
    // The element's value bytes, or null when absent, empty or not a plain value (a sequence).
    const gdcm::ByteValue* byteValue(gdcm::Tag tag) const;

    const gdcm::DataSet& m_dataSet;
    mutable std::vector<gdcm::SmartPointer<gdcm::SequenceOfItems>> m_keepAlive;
};

} // namespace continuum::dicom
