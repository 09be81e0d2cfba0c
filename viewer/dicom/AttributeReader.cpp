#include "AttributeReader.h"

#include "CrashGuard.h"

#include <gdcmByteValue.h>
#include <gdcmDataElement.h>
#include <gdcmGlobal.h>
#include <gdcmDicts.h>
#include <gdcmSequenceOfItems.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace continuum::dicom {
namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.remove_suffix(1);
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    return s;
}

std::optional<double> parseDouble(std::string_view s)
{
    s = trimmed(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    // The whole value must be a number: "1,25" is not 1, and nan/inf are no geometry.
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

gdcm::VR vrOf(const gdcm::DataElement& element)
{
    gdcm::VR vr = element.GetVR();
    if (vr == gdcm::VR::INVALID || vr == gdcm::VR::UN) {
        // Implicit VR: ask the dictionary.
        const gdcm::Dicts& dicts = gdcm::Global::GetInstance().GetDicts();
        vr = dicts.GetDictEntry(element.GetTag()).GetVR();
    }
    return vr;
}

} // namespace

const gdcm::ByteValue* AttributeReader::byteValue(gdcm::Tag tag) const
{
    if (!m_dataSet.FindDataElement(tag))
        return nullptr;
    const gdcm::ByteValue* value = m_dataSet.GetDataElement(tag).GetByteValue();
    return value && value->GetPointer() ? value : nullptr;
}

bool AttributeReader::has(gdcm::Tag tag) const
{
    return m_dataSet.FindDataElement(tag) && !m_dataSet.GetDataElement(tag).IsEmpty();
}

std::string_view AttributeReader::raw(gdcm::Tag tag) const
{
    const gdcm::ByteValue* value = byteValue(tag);
    if (!value)
        return {};
    std::string_view s(value->GetPointer(), value->GetLength());
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string> AttributeReader::strings(gdcm::Tag tag) const
{
    std::vector<std::string> result;
    std::string_view s = raw(tag);
    if (s.empty())
        return result;
    std::size_t start = 0;
    while (true) {
        const std::size_t sep = s.find('\\', start);
        result.emplace_back(trimmed(s.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start)));
        if (sep == std::string_view::npos)
            break;
        start = sep + 1;
    }
    return result;
}

std::string AttributeReader::string(gdcm::Tag tag) const
{
    const auto values = strings(tag);
    return values.empty() ? std::string() : values.front();
}

std::vector<double> AttributeReader::decimals(gdcm::Tag tag) const
{
    std::vector<double> result;
    for (const std::string& part : strings(tag)) {
        const auto value = parseDouble(part);
        if (!value)
            return {};   // one bad value spoils the whole attribute: do not guess positions
        result.push_back(*value);
    }
    return result;
}

std::optional<double> AttributeReader::decimal(gdcm::Tag tag) const
{
    const auto values = decimals(tag);
    if (values.empty())
        return std::nullopt;
    return values.front();
}

std::optional<int> AttributeReader::integerString(gdcm::Tag tag) const
{
    const auto value = decimal(tag);
    if (!value || *value != std::trunc(*value) || std::abs(*value) > 2147483647.0)
        return std::nullopt;   // IS is a whole number; "1A", "2.5" are not
    return static_cast<int>(*value);
}

std::vector<std::int64_t> AttributeReader::binaryIntegers(gdcm::Tag tag, bool signedHint) const
{
    std::vector<std::int64_t> result;
    const gdcm::ByteValue* value = byteValue(tag);
    if (!value)
        return result;
    const gdcm::DataElement& element = m_dataSet.GetDataElement(tag);
    const char* p = value->GetPointer();
    const std::size_t length = value->GetLength();
    const gdcm::VR vr = vrOf(element);
    bool isSigned = signedHint;
    std::size_t width = 2;
    if (vr == gdcm::VR::UL || vr == gdcm::VR::SL) {
        width = 4;
        isSigned = vr == gdcm::VR::SL;
    } else if (vr == gdcm::VR::US) {
        isSigned = false;
    } else if (vr == gdcm::VR::SS) {
        isSigned = true;
    }
    // GDCM hands values over in host (little endian) order, also for big endian files.
    for (std::size_t offset = 0; offset + width <= length; offset += width) {
        if (width == 2) {
            std::uint16_t v;
            std::memcpy(&v, p + offset, 2);
            result.push_back(isSigned ? static_cast<std::int64_t>(static_cast<std::int16_t>(v)) : v);
        } else {
            std::uint32_t v;
            std::memcpy(&v, p + offset, 4);
            result.push_back(isSigned ? static_cast<std::int64_t>(static_cast<std::int32_t>(v)) : v);
        }
    }
    return result;
}

std::optional<std::int64_t> AttributeReader::binaryInteger(gdcm::Tag tag, bool signedHint) const
{
    const auto values = binaryIntegers(tag, signedHint);
    if (values.empty())
        return std::nullopt;
    return values.front();
}

std::vector<double> AttributeReader::binaryDoubles(gdcm::Tag tag) const
{
    std::vector<double> result;
    const gdcm::ByteValue* value = byteValue(tag);
    if (!value)
        return result;
    const gdcm::DataElement& element = m_dataSet.GetDataElement(tag);
    const gdcm::VR vr = vrOf(element);
    const std::size_t width = vr == gdcm::VR::FL ? 4 : 8;
    for (std::size_t offset = 0; offset + width <= value->GetLength(); offset += width) {
        if (width == 4) {
            float v;
            std::memcpy(&v, value->GetPointer() + offset, 4);
            result.push_back(v);
        } else {
            double v;
            std::memcpy(&v, value->GetPointer() + offset, 8);
            result.push_back(v);
        }
    }
    return result;
}

std::vector<std::uint16_t> AttributeReader::words(gdcm::Tag tag) const
{
    std::vector<std::uint16_t> result;
    const gdcm::ByteValue* value = byteValue(tag);
    if (!value)
        return result;
    result.resize(value->GetLength() / 2);
    std::memcpy(result.data(), value->GetPointer(), result.size() * 2);
    return result;
}

std::vector<std::uint8_t> AttributeReader::bytes(gdcm::Tag tag) const
{
    std::vector<std::uint8_t> result;
    const gdcm::ByteValue* value = byteValue(tag);
    if (!value)
        return result;
    result.assign(reinterpret_cast<const std::uint8_t*>(value->GetPointer()),
                  reinterpret_cast<const std::uint8_t*>(value->GetPointer()) + value->GetLength());
    return result;
}

std::vector<const gdcm::DataSet*> AttributeReader::items(gdcm::Tag tag) const
{
    std::vector<const gdcm::DataSet*> result;
    if (!m_dataSet.FindDataElement(tag))
        return result;
    // Implicit VR files keep defined-length sequences as raw bytes until asked; GDCM parses
    // them here and can abort on malformed ones, so this parse runs guarded too.
    gdcm::SmartPointer<gdcm::SequenceOfItems> sequence;
    const bool survived = CrashGuard::run([&] {
        try {
            sequence = m_dataSet.GetDataElement(tag).GetValueAsSQ();
        } catch (...) {
            sequence = nullptr;
        }
    });
    if (!survived || !sequence)
        return result;
    m_keepAlive.push_back(sequence);
    for (gdcm::SequenceOfItems::SizeType i = 1; i <= sequence->GetNumberOfItems(); ++i)
        result.push_back(&sequence->GetItem(i).GetNestedDataSet());
    return result;
}

const gdcm::DataSet* AttributeReader::firstItem(gdcm::Tag tag) const
{
    const auto all = items(tag);
    return all.empty() ? nullptr : all.front();
}

std::optional<LookupTable> AttributeReader::lookupTable(gdcm::Tag descriptor, gdcm::Tag data,
                                                        gdcm::Tag explanation, bool signedFirstValue) const
{
    // Always three 16-bit values (US or SS), whatever VR an implicit VR file implies.
    const auto desc = words(descriptor);
    if (desc.size() != 3)
        return std::nullopt;
    LookupTable table;
    // The first mapped value is signed when the pixel data it maps is (PS3.3 C.11.1.1.1).
    table.firstMappedValue = signedFirstValue ? static_cast<std::int16_t>(static_cast<std::uint16_t>(desc[1]))
                                              : static_cast<int>(desc[1]);
    table.bitsPerEntry = static_cast<int>(desc[2]);
    const std::size_t count = desc[0] == 0 ? 65536 : static_cast<std::size_t>(desc[0]);
    if (table.bitsPerEntry <= 8 && m_dataSet.FindDataElement(data)) {
        // 8-bit LUT data may be packed two entries per 16-bit word, or one entry per word.
        const auto raw8 = bytes(data);
        if (raw8.size() == count) {
            table.entries.assign(raw8.begin(), raw8.end());
        } else {
            const auto w = words(data);
            table.entries.assign(w.begin(), w.end());
        }
    } else {
        table.entries = words(data);
    }
    if (table.entries.size() < count)
        return std::nullopt;
    table.entries.resize(count);
    table.explanation = std::string(raw(explanation));
    return table;
}

} // namespace continuum::dicom
