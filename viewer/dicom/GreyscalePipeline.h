#pragma once
#include "DisplayImage.h"
#include "FrameView.h"
#include "GreyscaleTransforms.h"
#include "LookupTableEvaluator.h"
#include "PixelFormat.h"

#include <optional>
#include <utility>

namespace continuum::dicom {

// The DICOM grayscale standard display pipeline for one image (PS3.3 C.11, PS3.4 N.2):
//   stored value -> Modality LUT (rescale or LUT Sequence) -> VOI (window or VOI LUT)
//   -> Presentation LUT (identity, or inversion) -> 8-bit grey in a DisplayImage.
// Inversion: MONOCHROME1 means "minimum value is white"; Presentation LUT Shape INVERSE says
// the same thing as the last step of the pipeline. The standard requires INVERSE exactly when
// the image is MONOCHROME1 (DX/MG/IO image modules, C.8.11.x) and describes a single
// inversion, so the two do not cancel: the output is inverted once when either says so.
// Pixels whose stored value is padding (PixelPaddingValue, or the inclusive range up to
// PixelPaddingRangeLimit) always display black, whichever polarity.
// For integer data of at most 16 stored bits a table over all stored values is built per render
// and the frame is mapped through it (window/level drags re-render per mouse move).
class GreyscalePipeline {
public:
    GreyscalePipeline(const PixelFormat& format, const ModalityTransform& modality,
                      std::optional<PixelPadding> padding, PresentationLutShape shape);

    // Modality value (HU, ...) of a stored value: Modality LUT Sequence when present, else rescale.
    double modalityValue(double storedValue) const;
    // Modality value of pixel (x, y), x = column, y = row, both 0-based.
    double modalityValueAt(const FrameView& frame, int x, int y) const;
    bool isPadding(double storedValue) const;
    // Smallest and largest modality value in the frame, padding excluded; {0, 0} when every
    // pixel is padding.
    std::pair<double, double> modalityRange(const FrameView& frame) const;
    // The window to use when the header has none: LINEAR_EXACT over the frame's modality range,
    // so the smallest value displays 0 and the largest 255.
    VoiWindow defaultWindow(const FrameView& frame) const;
    bool invertsOutput() const { return m_invert; }

    DisplayImage render(const FrameView& frame, const VoiWindow& window) const;
    DisplayImage render(const FrameView& frame, const LookupTable& voiLut) const;
    // Same, reusing `image`'s buffer (fresh pages are expensive to touch on this platform).
    void renderInto(const FrameView& frame, const VoiWindow& window, DisplayImage& image) const;
    void renderInto(const FrameView& frame, const LookupTable& voiLut, DisplayImage& image) const;

    // VOI output of modality value `x` for `window`, continuous in [0, 255], before any
    // inversion: PS3.3 C.11.2.1.2.1 (LINEAR), C.11.2.1.3.2 (LINEAR_EXACT), C.11.2.1.3.1 (SIGMOID).
    static double windowOutput(double x, const VoiWindow& window);

private:
    template <class VoiToGrey>
    void renderWith(const FrameView& frame, const VoiToGrey& voiToGrey, DisplayImage& image) const;

    double m_slope = 1.0;
    double m_intercept = 0.0;
    std::optional<LookupTableEvaluator> m_modalityLut;
    std::optional<PixelPadding> m_padding;
    bool m_invert = false;
};

} // namespace continuum::dicom
