#pragma once
#include "PixelFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace continuum::dicom {

// Reads stored values out of a decoded frame as the Image Pixel module defines them:
// bitsAllocated 8/16/32 (32/64 for float data) per sample, the bitsStored bits ending at
// highBit hold the value, bits above may be garbage (old embedded overlays) and are masked
// off, and signed data is sign-extended from bit bitsStored-1.
class StoredValueReader {
public:
    explicit StoredValueReader(const PixelFormat& format);

    int bytesPerSample() const { return m_bytesPerSample; }
    int bitsStored() const { return m_bitsStored; }
    bool isSigned() const { return m_signed; }
    bool isFloat() const { return m_float; }
    // Right shift that moves the value's lowest bit to bit 0 (non-zero only when highBit is
    // above bitsStored-1, which the retired encodings allowed).
    int valueShift() const { return m_shift; }
    std::uint32_t valueMask() const { return m_mask; }

    // Smallest and largest stored value bitsStored can encode (integer data).
    std::int64_t minRepresentable() const;
    std::int64_t maxRepresentable() const;

    // Container bits of sample `index` (pixel * samplesPerPixel + sample), unmasked.
    std::uint32_t rawSample(std::span<const std::byte> bytes, std::size_t index) const
    {
        const std::byte* p = bytes.data() + index * static_cast<std::size_t>(m_bytesPerSample);
        switch (m_bytesPerSample) {
        case 1:
            return std::to_integer<std::uint32_t>(*p);
        case 2: {
            std::uint16_t v;
            std::memcpy(&v, p, sizeof v);
            return v;
        }
        default: {
            std::uint32_t v;
            std::memcpy(&v, p, sizeof v);
            return v;
        }
        }
    }

    // Masked and sign-extended value of the container bits `raw`.
    std::int64_t fromRaw(std::uint32_t raw) const
    {
        const std::uint32_t bits = (raw >> m_shift) & m_mask;
        if (m_signed && (bits & m_signBit) != 0)
            return static_cast<std::int64_t>(bits) - (static_cast<std::int64_t>(m_mask) + 1);
        return static_cast<std::int64_t>(bits);
    }

    // Stored value of sample `index`, for integer and float data alike.
    double value(std::span<const std::byte> bytes, std::size_t index) const;

    // Number of samples (pixels * samplesPerPixel) that fit in `bytes`.
    std::size_t sampleCount(std::span<const std::byte> bytes) const
    {
        return bytes.size() / static_cast<std::size_t>(m_bytesPerSample);
    }

private:
    int m_bytesPerSample = 1;
    int m_bitsStored = 8;
    int m_shift = 0;
    bool m_signed = false;
    bool m_float = false;
    std::uint32_t m_mask = 0xff;
    std::uint32_t m_signBit = 0x80;
};

} // namespace continuum::dicom
