#include "LookupTableEvaluator.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace continuum::dicom {

LookupTableEvaluator::LookupTableEvaluator(LookupTable table)
    : m_table(std::move(table))
{
    if (m_table.entries.empty())
        throw std::invalid_argument("LUT without entries");
    const int declared = std::clamp(m_table.bitsPerEntry, 1, 16);
    m_effectiveBits = declared;
    if (declared == 16) {
        const std::uint16_t largest = *std::max_element(m_table.entries.begin(), m_table.entries.end());
        const int used = static_cast<int>(std::bit_width(static_cast<unsigned>(largest)));
        m_effectiveBits = std::max(8, used);
    }
    m_maxOutput = std::ldexp(1.0, m_effectiveBits) - 1.0;
}

std::size_t LookupTableEvaluator::index(double x) const
{
    const double offset = std::floor(x + 0.5) - static_cast<double>(m_table.firstMappedValue);
    const double last = static_cast<double>(m_table.entries.size() - 1);
    if (!(offset > 0.0))   // also catches NaN
        return 0;
    return static_cast<std::size_t>(std::min(offset, last));
}

std::uint8_t LookupTableEvaluator::entryAs8Bit(std::size_t i) const
{
    const unsigned v = m_table.entries[i];
    if (m_effectiveBits >= 8)
        return static_cast<std::uint8_t>(std::min(v >> (m_effectiveBits - 8), 255U));
    return static_cast<std::uint8_t>(std::lround(std::min(static_cast<double>(v), m_maxOutput) * 255.0 / m_maxOutput));
}

} // namespace continuum::dicom
