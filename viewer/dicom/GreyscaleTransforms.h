#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace continuum::dicom {

// A LUT as DICOM encodes it (Modality LUT, VOI LUT, palette): descriptor plus entries.
struct LookupTable {
    int firstMappedValue = 0;          // descriptor value 2 (signed when the pixels are)
    int bitsPerEntry = 16;             // descriptor value 3
    std::vector<std::uint16_t> entries; // descriptor value 1 entries (0 means 65536)
    std::string explanation;

    bool empty() const { return entries.empty(); }
};

// Modality LUT module: stored value -> modality value (HU, ...). The LUT wins when present.
struct ModalityTransform {
    double slope = 1.0;
    double intercept = 0.0;
    std::optional<LookupTable> lut;
    std::string rescaleType;           // "HU", "US", ...
};

enum class VoiFunction { Linear, LinearExact, Sigmoid };

// One window from VOI LUT module (WindowCenter/WindowWidth value i).
struct VoiWindow {
    double center = 0.0;
    double width = 0.0;
    VoiFunction function = VoiFunction::Linear;
    std::string explanation;
};

enum class PresentationLutShape { Identity, Inverse };

// The standard's pixel padding: values (or the range between the two) that are not image.
struct PixelPadding {
    double value = 0.0;
    std::optional<double> rangeLimit;
};

} // namespace continuum::dicom
