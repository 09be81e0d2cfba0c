#pragma once
#include "DisplayImage.h"
#include "FrameView.h"
#include "GreyscaleTransforms.h"
#include "LookupTableEvaluator.h"

#include <optional>

namespace continuum::dicom {

// Turns a decoded colour frame into 8-bit RGB (PS3.3 C.7.6.3.1.2 and C.7.6.3.1.5):
// - RGB, and YBR_ICT / YBR_RCT (JPEG 2000 decoders undo the component transform, so the
//   decoded samples are already R, G, B);
// - YBR_FULL; YBR_FULL_422 either as decoders deliver it (three samples per pixel, chroma
//   already replicated) or as uncompressed files store it (Y1 Y2 Cb Cr per pixel pair,
//   recognised by a buffer of rows x columns x 2 samples); YBR_PARTIAL_420/422 with the
//   partial-range (16..235 / 16..240) equations;
// - PALETTE COLOR through the red, green and blue palette LUTs (8- or 16-bit entries).
// Samples are read as interleaved unless format.planarConfiguration is 1 (then R plane,
// G plane, B plane). 8- and 16-bit samples; values above 8 bits are scaled to 0..255.
class ColorConverter {
public:
    // For RGB and YBR frames.
    ColorConverter() = default;
    // For PALETTE COLOR frames.
    ColorConverter(const LookupTable& red, const LookupTable& green, const LookupTable& blue);

    DisplayImage render(const FrameView& frame) const;
    void renderInto(const FrameView& frame, DisplayImage& image) const;

private:
    void renderPalette(const FrameView& frame, DisplayImage& image) const;
    void renderThreeSamples(const FrameView& frame, DisplayImage& image) const;
    void renderYbr422Subsampled(const FrameView& frame, DisplayImage& image) const;

    std::optional<LookupTableEvaluator> m_red, m_green, m_blue;
};

} // namespace continuum::dicom
