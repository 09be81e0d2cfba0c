#include "PixelBuffer.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <new>
#include <utility>

namespace continuum::dicom {

PixelBuffer::PixelBuffer(std::size_t bytes)
{
    if (bytes == 0)
        return;
    void* memory = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        throw std::bad_alloc();
    ::madvise(memory, bytes, MADV_HUGEPAGE);
    m_data = static_cast<std::byte*>(memory);
    m_size = bytes;
}

PixelBuffer::~PixelBuffer() { release(); }

PixelBuffer::PixelBuffer(PixelBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

PixelBuffer& PixelBuffer::operator=(PixelBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void PixelBuffer::release()
{
    if (m_data)
        ::munmap(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

void PixelBuffer::discard(std::size_t offset, std::size_t length)
{
    if (!m_data || offset >= m_size)
        return;
    const std::size_t end = std::min(offset + length, m_size);
    static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    // Partial pages at either end belong partly to neighbours that are kept.
    const std::size_t first = (offset + page - 1) / page * page;
    const std::size_t last = end == m_size ? end : end / page * page;
    if (last > first)
        ::madvise(m_data + first, last - first, MADV_DONTNEED);
}

void PixelBuffer::tuneAllocatorForDecoding()
{
    // 64 MiB: a decoded frame of any realistic size stays on the heap and is reused.
    ::mallopt(M_MMAP_THRESHOLD, 64 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

} // namespace continuum::dicom
