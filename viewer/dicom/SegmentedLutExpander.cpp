#include "SegmentedLutExpander.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace continuum::dicom {

namespace {

// Expands up to `maxSegments` segments (0: all) from words[start...] and appends to `out`.
void expandSegments(const std::vector<std::uint16_t>& words, std::size_t start, std::size_t maxSegments,
                    std::vector<std::uint16_t>& out, int depth)
{
    if (depth > 8)
        throw std::invalid_argument("segmented LUT: indirect segments nested too deeply");
    std::size_t pos = start;
    std::size_t segments = 0;
    // pos + 1 < size: a trailing pad word is not a segment (every segment has >= 2 words).
    while (pos + 1 < words.size() && (maxSegments == 0 || segments < maxSegments)) {
        const std::uint16_t opcode = words[pos];
        const std::uint16_t length = words[pos + 1];
        pos += 2;
        switch (opcode) {
        case 0:
            if (pos + length > words.size())
                throw std::invalid_argument("segmented LUT: discrete segment runs past the data");
            out.insert(out.end(), words.begin() + static_cast<std::ptrdiff_t>(pos), words.begin() + static_cast<std::ptrdiff_t>(pos + length));
            pos += length;
            break;
        case 1: {
            if (out.empty())
                throw std::invalid_argument("segmented LUT: linear segment without a previous value");
            if (pos >= words.size())
                throw std::invalid_argument("segmented LUT: linear segment without its end value");
            const double y0 = out.back();
            const double y1 = words[pos];
            pos += 1;
            for (std::uint16_t i = 1; i <= length; ++i)
                out.push_back(static_cast<std::uint16_t>(std::lround(y0 + (y1 - y0) * i / length)));
            break;
        }
        case 2: {
            if (out.empty())
                throw std::invalid_argument("segmented LUT: indirect segment without a previous value");
            if (pos + 2 > words.size())
                throw std::invalid_argument("segmented LUT: indirect segment without its offset");
            // 32-bit offset, least significant word first.
            const std::size_t offset = static_cast<std::size_t>(words[pos]) | (static_cast<std::size_t>(words[pos + 1]) << 16);
            pos += 2;
            if (offset >= words.size())
                throw std::invalid_argument("segmented LUT: indirect segment offset outside the data");
            expandSegments(words, offset, length, out, depth + 1);
            break;
        }
        default:
            throw std::invalid_argument("segmented LUT: unknown segment type " + std::to_string(opcode));
        }
        ++segments;
    }
}

} // namespace

LookupTable SegmentedLutExpander::expand(std::span<const std::byte> data, int numberOfEntries,
                                         int firstMappedValue, int bitsPerEntry)
{
    std::vector<std::uint16_t> words;
    if (bitsPerEntry == 8) {
        words.reserve(data.size());
        for (const std::byte b : data)
            words.push_back(std::to_integer<std::uint16_t>(b));
    } else {
        words.reserve(data.size() / 2);
        for (std::size_t i = 0; i + 1 < data.size(); i += 2)
            words.push_back(static_cast<std::uint16_t>(std::to_integer<unsigned>(data[i]) | (std::to_integer<unsigned>(data[i + 1]) << 8)));
    }
    LookupTable table;
    table.firstMappedValue = firstMappedValue;
    table.bitsPerEntry = bitsPerEntry;
    expandSegments(words, 0, 0, table.entries, 0);
    if (table.entries.empty())
        throw std::invalid_argument("segmented LUT without entries");
    const std::size_t wanted = numberOfEntries <= 0 ? 65536U : static_cast<std::size_t>(numberOfEntries);
    table.entries.resize(wanted, table.entries.back());
    return table;
}

} // namespace continuum::dicom
