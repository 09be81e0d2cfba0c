#pragma once
#include "GreyscaleTransforms.h"

#include <cstddef>
#include <span>

namespace continuum::dicom {

// Expands Segmented Palette Color Lookup Table Data ((0028,1221..1223), PS3.3 C.7.9.2) into a
// plain LookupTable. Segment types: 0 discrete (n values), 1 linear (n values interpolated from
// the previous segment's last value, exclusive, to y1, inclusive, rounded to nearest),
// 2 indirect (copy n segments starting at an offset counted in LUT words from the start of
// the data, as GDCM and pydicom read it).
class SegmentedLutExpander {
public:
    // `data`: the element's value in little-endian byte order; 16-bit words for 16 bits per
    // entry, bytes for 8. `numberOfEntries`: descriptor value 1 (0 means 65536); the result is
    // cut or padded with its last value to that length. Throws std::invalid_argument on
    // malformed data (a linear or indirect segment first, an offset outside the data).
    static LookupTable expand(std::span<const std::byte> data, int numberOfEntries,
                              int firstMappedValue, int bitsPerEntry);
};

} // namespace continuum::dicom
