#pragma once
#include "PixelFormat.h"

#include <cstddef>
#include <span>

namespace continuum::dicom {

// A decoded frame, not owned: stored values exactly as the decoder wrote them.
// Layout contract of the decoder: native (little) endian, samples interleaved (R,G,B,R,...),
// one frame of format.rows x format.columns. Bits above bitsStored may hold garbage (old
// overlay bits), so readers mask and sign-extend by bitsStored.
struct FrameView {
    std::span<const std::byte> bytes;
    PixelFormat format;   // photometric is that of the decoded bytes (a JPEG decoder may have turned YBR into RGB)
};

} // namespace continuum::dicom
