#pragma once
#include <cstddef>
#include <cstdint>

namespace continuum::dicom {

enum class Photometric {
    Unknown,
    Monochrome1,
    Monochrome2,
    PaletteColor,
    Rgb,
    YbrFull,
    YbrFull422,
    YbrPartial420,
    YbrIct,
    YbrRct,
};

// Image Pixel module attributes: how the stored values of one frame are laid out.
struct PixelFormat {
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = -1;
    bool isSigned = false;          // PixelRepresentation == 1
    bool isFloat = false;           // FloatPixelData / DoubleFloatPixelData
    int planarConfiguration = 0;    // 0: interleaved RGBRGB, 1: planar RRGGBB
    int numberOfFrames = 1;
    Photometric photometric = Photometric::Unknown;

    bool isGreyscale() const
    {
        return photometric == Photometric::Monochrome1 || photometric == Photometric::Monochrome2;
    }
    // Bytes of one decoded frame as the decoder delivers it (colour always interleaved).
    std::size_t frameBytes() const
    {
        return static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns)
             * static_cast<std::size_t>(samplesPerPixel) * static_cast<std::size_t>((bitsAllocated + 7) / 8);
    }
};

} // namespace continuum::dicom
