#include "FileStreamBuffer.h"

#include <unistd.h>

#include <algorithm>

namespace continuum::dicom {

FileStreamBuffer::FileStreamBuffer(int fd, std::uint64_t fileSize, std::size_t chunkBytes)
    : m_fd(fd), m_fileSize(fileSize), m_chunk(chunkBytes)
{
    setg(m_chunk.data(), m_chunk.data(), m_chunk.data());
}

void FileStreamBuffer::overlay(std::uint64_t offset, std::string bytes)
{
    m_overlayOffset = offset;
    m_overlay = std::move(bytes);
    // Nothing is buffered yet when this is called before the first read; drop anything that is.
    m_chunkStart = position();
    setg(m_chunk.data(), m_chunk.data(), m_chunk.data());
}

std::uint64_t FileStreamBuffer::position() const
{
    return m_chunkStart + static_cast<std::uint64_t>(gptr() - eback());
}

FileStreamBuffer::int_type FileStreamBuffer::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    const std::uint64_t start = position();
    if (start >= m_fileSize)
        return traits_type::eof();
    const ssize_t n = ::pread(m_fd, m_chunk.data(), m_chunk.size(), static_cast<off_t>(start));
    if (n <= 0)
        return traits_type::eof();
    m_chunkStart = start;
    // Apply the overlay where it intersects this chunk.
    const std::uint64_t end = start + static_cast<std::uint64_t>(n);
    const std::uint64_t overlayEnd = m_overlayOffset + m_overlay.size();
    if (!m_overlay.empty() && m_overlayOffset < end && overlayEnd > start) {
        const std::uint64_t from = std::max(start, m_overlayOffset);
        const std::uint64_t to = std::min(end, overlayEnd);
        std::copy(m_overlay.begin() + static_cast<std::ptrdiff_t>(from - m_overlayOffset),
                  m_overlay.begin() + static_cast<std::ptrdiff_t>(to - m_overlayOffset),
                  m_chunk.begin() + static_cast<std::ptrdiff_t>(from - start));
    }
    setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + n);
    return traits_type::to_int_type(*gptr());
}

FileStreamBuffer::pos_type FileStreamBuffer::seekoff(off_type offset, std::ios_base::seekdir direction, std::ios_base::openmode mode)
{
    std::int64_t base = 0;
    if (direction == std::ios_base::cur)
        base = static_cast<std::int64_t>(position());
    else if (direction == std::ios_base::end)
        base = static_cast<std::int64_t>(m_fileSize);
    return seekpos(pos_type(off_type(base + offset)), mode);
}

FileStreamBuffer::pos_type FileStreamBuffer::seekpos(pos_type target, std::ios_base::openmode mode)
{
    if (!(mode & std::ios_base::in) || off_type(target) < 0)
        return pos_type(off_type(-1));
    const auto wanted = static_cast<std::uint64_t>(off_type(target));
    const auto loaded = static_cast<std::uint64_t>(egptr() - eback());
    if (wanted >= m_chunkStart && wanted <= m_chunkStart + loaded) {
        setg(eback(), eback() + (wanted - m_chunkStart), egptr());
    } else {
        // Outside the chunk: start empty there; the next read fills from `wanted`.
        m_chunkStart = wanted;
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data());
    }
    return target;
}

} // namespace continuum::dicom
