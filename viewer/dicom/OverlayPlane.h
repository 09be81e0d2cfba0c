#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace continuum::dicom {

// One 60xx overlay plane, bits unpacked to one byte per pixel (0 or 1).
struct OverlayPlane {
    int group = 0x6000;
    int rows = 0;
    int columns = 0;
    int originRow = 1;        // 1-based, as in (60xx,0050)
    int originColumn = 1;
    int numberOfFrames = 1;
    int imageFrameOrigin = 1;
    std::string type;         // "G" graphics or "R" ROI
    std::string description;
    std::vector<std::uint8_t> bits;  // rows*columns*numberOfFrames, 0/1
};

} // namespace continuum::dicom
