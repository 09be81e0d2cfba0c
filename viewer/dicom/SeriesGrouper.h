#pragma once
#include "SeriesDescriptor.h"

#include <vector>

namespace continuum::dicom {

// Groups image headers into series. A series whose images differ in matrix size or sample
// layout is split into parts, because one viewport shows one stack of equal frames.
class SeriesGrouper {
public:
    static std::vector<SeriesDescriptor> group(std::vector<InstanceHeader> images);
};

} // namespace continuum::dicom
