#pragma once
#include "InstanceHeader.h"
#include "PixelFormat.h"
#include "Result.h"

#include <cstddef>
#include <span>

namespace continuum::dicom {

// Decodes the pixel data of one instance straight into memory the caller owns, so the same
// code can later run in a guarded worker process writing into shared memory. Uncompressed
// little-endian data is read with one pread (no toolkit copy); JPEG, JPEG-LS, JPEG 2000, RLE,
// deflate and big endian go through GDCM; HTJ2K (which GDCM 3.0 cannot read) through OpenJPEG.
// Truncated pixel data is detected even where GDCM would stay silent.
class PixelDecoder {
public:
    // Checks the pixel attributes before anything is allocated: a hostile header must not make
    // us allocate gigabytes or index out of bounds.
    static std::optional<LoadError> validate(const InstanceHeader& header);
    // Bytes needed for all frames of the decoded image (colour always as 3 interleaved samples).
    static std::size_t decodedSize(const InstanceHeader& header);
    // Decodes all frames. `destination` must hold decodedSize(header) bytes. Returns the format
    // of the decoded bytes: native endian, interleaved; photometric may differ from the header
    // (YBR_FULL_422 is expanded to YBR_FULL; a JPEG codec may deliver RGB).
    static Result<PixelFormat> decode(const InstanceHeader& header, std::span<std::byte> destination);
};

} // namespace continuum::dicom
