#include "StoredValueReader.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace continuum::dicom {

StoredValueReader::StoredValueReader(const PixelFormat& format)
{
    const int allocated = format.bitsAllocated;
    if (format.isFloat) {
        if (allocated != 32 && allocated != 64)
            throw std::invalid_argument("float pixel data needs 32 or 64 bits allocated, got " + std::to_string(allocated));
        m_float = true;
        m_signed = true;
        m_bytesPerSample = allocated / 8;
        m_bitsStored = allocated;
        m_mask = 0xffffffffU;
        m_signBit = 0x80000000U;
        return;
    }
    if (allocated != 8 && allocated != 16 && allocated != 32)
        throw std::invalid_argument("unsupported bits allocated " + std::to_string(allocated));
    m_bytesPerSample = allocated / 8;
    // A missing or impossible BitsStored means the whole container holds the value.
    m_bitsStored = (format.bitsStored > 0 && format.bitsStored <= allocated) ? format.bitsStored : allocated;
    const int highBit = (format.highBit >= m_bitsStored - 1 && format.highBit < allocated) ? format.highBit : m_bitsStored - 1;
    m_shift = highBit - (m_bitsStored - 1);
    m_signed = format.isSigned;
    m_mask = m_bitsStored >= 32 ? 0xffffffffU : ((1U << m_bitsStored) - 1U);
    m_signBit = 1U << (m_bitsStored - 1);
}

std::int64_t StoredValueReader::minRepresentable() const
{
    return m_signed ? -(static_cast<std::int64_t>(m_signBit)) : 0;
}

std::int64_t StoredValueReader::maxRepresentable() const
{
    return m_signed ? static_cast<std::int64_t>(m_signBit) - 1 : static_cast<std::int64_t>(m_mask);
}

double StoredValueReader::value(std::span<const std::byte> bytes, std::size_t index) const
{
    if (m_float) {
        const std::byte* p = bytes.data() + index * static_cast<std::size_t>(m_bytesPerSample);
        if (m_bytesPerSample == 4) {
            float v;
            std::memcpy(&v, p, sizeof v);
            return static_cast<double>(v);
        }
        double v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    return static_cast<double>(fromRaw(rawSample(bytes, index)));
}

} // namespace continuum::dicom
