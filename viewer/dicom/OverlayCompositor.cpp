#include "OverlayCompositor.h"

#include "StoredValueReader.h"

#include <algorithm>
#include <stdexcept>

namespace continuum::dicom {

std::size_t OverlayCompositor::draw(DisplayImage& image, const OverlayPlane& plane, int frameIndex, Colour colour)
{
    if (plane.rows <= 0 || plane.columns <= 0)
        return 0;
    const int overlayFrame = frameIndex - (plane.imageFrameOrigin - 1);
    if (overlayFrame < 0 || overlayFrame >= std::max(plane.numberOfFrames, 1))
        return 0;
    const std::size_t frameBits = static_cast<std::size_t>(plane.rows) * static_cast<std::size_t>(plane.columns);
    const std::size_t frameStart = static_cast<std::size_t>(overlayFrame) * frameBits;
    if (plane.bits.size() < frameStart + frameBits)
        return 0;   // header reader delivered fewer frames than announced: nothing safe to draw

    // Overlay rows/columns that land inside the image.
    const int rowOffset = plane.originRow - 1;
    const int columnOffset = plane.originColumn - 1;
    const int firstRow = std::max(0, -rowOffset);
    const int lastRow = std::min(plane.rows, image.height - rowOffset);
    const int firstColumn = std::max(0, -columnOffset);
    const int lastColumn = std::min(plane.columns, image.width - columnOffset);
    std::size_t painted = 0;
    for (int r = firstRow; r < lastRow; ++r) {
        const std::uint8_t* bits = plane.bits.data() + frameStart + static_cast<std::size_t>(r) * static_cast<std::size_t>(plane.columns);
        for (int c = firstColumn; c < lastColumn; ++c) {
            if (bits[c] == 0)
                continue;
            std::uint8_t* px = image.pixel(c + columnOffset, r + rowOffset);
            px[0] = colour[0];
            px[1] = colour[1];
            px[2] = colour[2];
            ++painted;
        }
    }
    return painted;
}

std::vector<std::uint8_t> OverlayCompositor::unpackOverlayData(std::span<const std::byte> packed, std::size_t bitCount,
                                                               std::size_t firstBit)
{
    if ((firstBit + bitCount + 7) / 8 > packed.size())
        throw std::invalid_argument("overlay data is shorter than rows x columns x frames bits");
    std::vector<std::uint8_t> bits(bitCount);
    for (std::size_t i = 0; i < bitCount; ++i) {
        const std::size_t bit = firstBit + i;
        bits[i] = static_cast<std::uint8_t>((std::to_integer<unsigned>(packed[bit / 8]) >> (bit % 8)) & 1U);
    }
    return bits;
}

std::vector<std::uint8_t> OverlayCompositor::unpackEmbeddedOverlay(const FrameView& frame, int bitPosition)
{
    const StoredValueReader reader(frame.format);
    if (reader.isFloat())
        throw std::invalid_argument("float pixel data cannot carry an embedded overlay");
    if (bitPosition < 0 || bitPosition >= reader.bytesPerSample() * 8)
        throw std::invalid_argument("overlay bit position outside the pixel container");
    const std::size_t pixels = static_cast<std::size_t>(std::max(frame.format.rows, 0)) * static_cast<std::size_t>(std::max(frame.format.columns, 0));
    const std::size_t samplesPerPixel = static_cast<std::size_t>(std::max(frame.format.samplesPerPixel, 1));
    if (reader.sampleCount(frame.bytes) < pixels * samplesPerPixel)
        throw std::invalid_argument("frame buffer is shorter than rows x columns");
    std::vector<std::uint8_t> bits(pixels);
    for (std::size_t i = 0; i < pixels; ++i)
        bits[i] = static_cast<std::uint8_t>((reader.rawSample(frame.bytes, i * samplesPerPixel) >> bitPosition) & 1U);
    return bits;
}

} // namespace continuum::dicom
