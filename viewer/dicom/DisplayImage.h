#pragma once
#include <cstdint>
#include <vector>

namespace continuum::dicom {

// What the screen shows for one frame: 8-bit RGB, rows top to bottom, plus the physical size
// of a pixel so the viewport can keep the true aspect ratio.
struct DisplayImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;   // width*height*3
    double pixelWidth = 1.0;   // column spacing (any unit; only the ratio matters for aspect)
    double pixelHeight = 1.0;  // row spacing

    std::uint8_t* pixel(int x, int y) { return rgb.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 3; }
    const std::uint8_t* pixel(int x, int y) const { return rgb.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 3; }
};

} // namespace continuum::dicom
