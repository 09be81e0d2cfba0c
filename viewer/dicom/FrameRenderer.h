#pragma once
#include "DisplayImage.h"
#include "GreyscaleTransforms.h"

#include <optional>

namespace continuum::dicom {

class ImageSeries;

// How the user wants grey levels: a window, or the file's VOI LUT (only when it has one).
struct GreyLevelChoice {
    std::optional<VoiWindow> window;   // nullopt: the frame's default (VOI LUT, stored window, full range)
};

// Turns one decoded frame of a series into what the screen shows: greyscale pipeline or colour
// conversion, overlays on top, pixel size for the true aspect ratio. GUI-free, so snapshots,
// tests and viewports all see the same pixels.
class FrameRenderer {
public:
    // The window the frame opens with: first stored window, else the full modality range.
    static VoiWindow defaultWindow(const ImageSeries& series, int frame);
    // True when the frame's default display is its VOI LUT Sequence rather than a window.
    static bool usesVoiLutByDefault(const ImageSeries& series, int frame);
    static bool isGreyscale(const ImageSeries& series, int frame);
    // Modality value (HU for CT) of one pixel, for the probe and tests.
    static double modalityValueAt(const ImageSeries& series, int frame, int x, int y);
    // Precondition: series.isDecoded(frame).
    static DisplayImage render(const ImageSeries& series, int frame, const GreyLevelChoice& choice, bool showOverlays = true);
    static void renderInto(const ImageSeries& series, int frame, const GreyLevelChoice& choice, bool showOverlays,
                           DisplayImage& image);
};

} // namespace continuum::dicom
