#pragma once
#include <cstddef>
#include <span>

namespace continuum::dicom {

// Page-aligned memory for decoded pixels. Anonymous mmap with transparent huge pages: first
// touch of fresh 4 KiB pages costs ~11 us each here (PERF-FACTS), huge pages make filling a
// 256 MiB volume ~10x cheaper. The same interface can later map shared memory written by a
// guarded decoder process.
class PixelBuffer {
public:
    PixelBuffer() = default;
    explicit PixelBuffer(std::size_t bytes);
    ~PixelBuffer();
    PixelBuffer(PixelBuffer&& other) noexcept;
    PixelBuffer& operator=(PixelBuffer&& other) noexcept;
    PixelBuffer(const PixelBuffer&) = delete;
    PixelBuffer& operator=(const PixelBuffer&) = delete;

    bool valid() const { return m_data != nullptr; }
    std::size_t size() const { return m_size; }
    std::span<std::byte> bytes() { return {m_data, m_size}; }
    std::span<const std::byte> bytes() const { return {m_data, m_size}; }
    // Gives the whole pages inside [offset, offset + length) back to the kernel; they stay
    // mapped and read as zeros until written again (memory budget eviction).
    void discard(std::size_t offset, std::size_t length);

    // Keeps glibc from returning freed memory to the kernel between decodes, so codec buffers
    // of one slice are reused by the next instead of being faulted in again. Call once early.
    static void tuneAllocatorForDecoding();

private:
    void release();
    std::byte* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace continuum::dicom
