#pragma once
#include <cstdint>
#include <streambuf>
#include <string>
#include <vector>

namespace continuum::dicom {

// A read-only stream buffer over a file descriptor for GDCM's header parser: reads in 16 KiB
// chunks with pread, and serves seeks inside the chunk without a system call. GDCM seeks around
// every element, which through std::ifstream costs a syscall each; a DICOM header up to the pixel
// data usually fits in one chunk.
class FileStreamBuffer : public std::streambuf {
public:
    FileStreamBuffer(int fd, std::uint64_t fileSize, std::size_t chunkBytes = 16384);
    // Bytes the stream shows instead of the file's at `offset` (same length, never written).
    void overlay(std::uint64_t offset, std::string bytes);

protected:
    int_type underflow() override;
    pos_type seekoff(off_type offset, std::ios_base::seekdir direction, std::ios_base::openmode mode) override;
    pos_type seekpos(pos_type position, std::ios_base::openmode mode) override;

private:
    std::uint64_t position() const;
    int m_fd;
    std::uint64_t m_fileSize;
    std::vector<char> m_chunk;
    std::uint64_t m_chunkStart = 0;   // file offset of eback()
    std::uint64_t m_overlayOffset = 0;
    std::string m_overlay;
};

} // namespace continuum::dicom
