#include "VolumeChecksum.h"

#include <algorithm>

namespace continuum::bench {

std::string VolumeChecksum::text() const
{
    std::int64_t total = 0;
    std::int64_t forward = 0;
    std::int64_t backward = 0;
    const auto n = static_cast<std::int64_t>(m_sliceSums.size());
    for (std::int64_t k = 0; k < n; ++k) {
        const std::int64_t s = m_sliceSums[static_cast<std::size_t>(k)];
        total += s;
        forward += (k + 1) * s;
        backward += (n - k) * s;
    }
    return std::to_string(total) + ":" + std::to_string(std::min(forward, backward));
}

} // namespace continuum::bench
