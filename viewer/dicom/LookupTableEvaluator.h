#pragma once
#include "GreyscaleTransforms.h"

#include <cstddef>
#include <cstdint>

namespace continuum::dicom {

// Looks values up in a DICOM LUT (Modality LUT, VOI LUT, palette) the way PS3.3 C.11.1.1 /
// C.11.2.1.1 / C.7.6.3.1.5 define it: input values below the first mapped value take the first
// entry, values above the last mapped value take the last entry.
class LookupTableEvaluator {
public:
    explicit LookupTableEvaluator(LookupTable table);

    // LUT entry for input value `x` (rounded to the nearest integer input).
    std::uint16_t entry(double x) const
    {
        return m_table.entries[index(x)];
    }
    std::size_t index(double x) const;

    // Output bits the entries really use. The descriptor's third value normally; but when it
    // says 16 and no entry needs more than n < 16 bits, n (at least 8): older standard editions
    // allowed 9..16 bits per entry and some vendors pad 8/12-bit LUT data into 16-bit words, and
    // IHE display tests expect those LUTs to span the full output range.
    int effectiveBits() const { return m_effectiveBits; }
    // Largest output value, 2^effectiveBits - 1.
    double maxOutput() const { return m_maxOutput; }

    // Entry `i` as an 8-bit display value: its top 8 effective bits (entries wider than 8
    // bits are shifted right, as 0xNN00 and 0xNNNN palette entries both mean 0xNN); narrower
    // entries are scaled up to 0..255.
    std::uint8_t entryAs8Bit(std::size_t i) const;

    std::size_t size() const { return m_table.entries.size(); }
    const LookupTable& table() const { return m_table; }

private:
    LookupTable m_table;
    int m_effectiveBits = 16;
    double m_maxOutput = 65535.0;
};

} // namespace continuum::dicom
