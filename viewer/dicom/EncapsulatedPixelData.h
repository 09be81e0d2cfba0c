#pragma once
#include "LoadError.h"
#include "Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace continuum::dicom {

// The fragments of encapsulated Pixel Data, located by walking the item headers in the file
// (PS3.5 A.4) with every length checked against the file size. This is how truncation is found
// where GDCM stays silent, and how HTJ2K frames reach OpenJPEG.
class EncapsulatedPixelData {
public:
    struct Fragment {
        std::uint64_t offset = 0;   // file offset of the fragment's first byte
        std::uint32_t length = 0;
    };

    // elementOffset: file offset of the (7FE0,0010) tag. Fails with Truncated when an item runs
    // past the end of the file or the sequence delimiter is missing.
    static Result<EncapsulatedPixelData> locate(const std::string& filePath, std::uint64_t elementOffset,
                                                bool explicitVr);

    const std::vector<std::uint32_t>& basicOffsets() const { return m_offsets; }
    const std::vector<Fragment>& fragments() const { return m_fragments; }

    // Fragment indices of each frame: from the Basic Offset Table when present, one fragment per
    // frame when counts match, else by codestream start markers (JPEG SOI, J2K SOC).
    Result<std::vector<std::vector<std::size_t>>> framesOf(int numberOfFrames) const;
    // True when the frame's codestream ends with an EOI/EOC marker (FFD9), ignoring one byte of
    // padding: a missing end marker means the frame was cut short.
    bool frameHasEndMarker(const std::vector<std::size_t>& fragmentIndices) const;
    // Bytes of one frame (its fragments concatenated).
    Result<std::vector<std::uint8_t>> readFrame(const std::vector<std::size_t>& fragmentIndices) const;

private:
    std::string m_path;
    std::vector<std::uint32_t> m_offsets;
    std::vector<Fragment> m_fragments;
    std::vector<std::uint16_t> m_firstTwoBytes;   // to find codestream starts without re-reading
};

} // namespace continuum::dicom
