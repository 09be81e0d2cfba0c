#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace continuum::bench {

// A fingerprint of a loaded volume that the three loaders can agree on although they order and
// orient it differently: the sum of all stored values (order-free) and a slice-order weighted sum
// of per-slice sums, taken in whichever of the two stack directions gives the smaller value (so
// it catches a missing, duplicated or misplaced slice but not a reversed stack or flipped rows).
class VolumeChecksum {
public:
    template <typename T>
    static std::int64_t sumOf(const T* values, std::size_t count)
    {
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < count; ++i)
            sum += static_cast<std::int64_t>(values[i]);
        return sum;
    }

    // Slices in stack order, each as the sum of its stored values.
    void addSlice(std::int64_t storedValueSum) { m_sliceSums.push_back(storedValueSum); }
    std::size_t sliceCount() const { return m_sliceSums.size(); }
    // "<sum of all values>:<order fingerprint>"
    std::string text() const;

private:
    std::vector<std::int64_t> m_sliceSums;
};

} // namespace continuum::bench
