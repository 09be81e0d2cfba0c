#pragma once
#include "DisplayImage.h"
#include "FrameView.h"
#include "OverlayPlane.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace continuum::dicom {

// Draws 60xx overlay planes (PS3.3 C.9.2) over a rendered frame, and unpacks overlay bits for
// the header reader.
class OverlayCompositor {
public:
    using Colour = std::array<std::uint8_t, 3>;

    // Paints `colour` on every pixel of `image` whose overlay bit is set for image frame
    // `frameIndex` (0-based). Overlay frame k (0-based) belongs to image frame
    // imageFrameOrigin - 1 + k; a plane with no frame for `frameIndex` draws nothing.
    // The overlay's pixel (r, c) (0-based) lands on image row originRow - 1 + r and column
    // originColumn - 1 + c; what falls outside the image is clipped. Returns the number of
    // pixels painted.
    static std::size_t draw(DisplayImage& image, const OverlayPlane& plane, int frameIndex, Colour colour);

    // Overlay Data (60xx,3000) as stored: bit i of the stream is bit (i % 8) of byte i / 8,
    // least significant bit first (for OW in little-endian byte order this is also LSB-first
    // within each 16-bit word). Returns `bitCount` values 0/1, starting `firstBit` bits in
    // (multi-frame overlays are packed without padding between frames).
    static std::vector<std::uint8_t> unpackOverlayData(std::span<const std::byte> packed, std::size_t bitCount,
                                                       std::size_t firstBit = 0);

    // An overlay embedded in the unused high bits of the pixel data ((60xx,0100) equal to
    // BitsAllocated, (60xx,0102) the bit position): bit `bitPosition` of each sample's
    // container, before masking to BitsStored. One value 0/1 per pixel of `frame`.
    static std::vector<std::uint8_t> unpackEmbeddedOverlay(const FrameView& frame, int bitPosition);
};

} // namespace continuum::dicom
