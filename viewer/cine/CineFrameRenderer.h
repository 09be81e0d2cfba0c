#pragma once
#include "CineLoop.h"
#include "FrameDecoder.h"

#include "dicom/DisplayImage.h"
#include "dicom/GreyscaleTransforms.h"

#include <optional>

namespace continuum::cine {

// Turns a frame decoded by FrameDecoder into what the screen shows (8-bit RGB plus the pixel
// size that gives the true aspect), GUI-free so that the viewport, tests and exports agree.
//
// Colour frames (RGB, YBR as the decoder leaves it, PALETTE COLOR) go through
// dicom::ColorConverter. Greyscale frames go through the standard pipeline with ONE window for
// the whole loop, so brightness does not flicker from frame to frame: the header's first window,
// else its VOI LUT, else the full modality range of the first frame rendered, kept from then on.
// Pixel size: the frame's calibration (PixelSpacing or ultrasound region deltas), else square.
class CineFrameRenderer {
public:
    explicit CineFrameRenderer(const CineLoop& loop);

    // `frame` is the loop frame (play order) `decoded` belongs to. Reuses `image`'s buffer.
    void renderInto(int frame, const DecodedFrame& decoded, dicom::DisplayImage& image);
    dicom::DisplayImage render(int frame, const DecodedFrame& decoded);

    // The loop's grey-level window once known (greyscale loops; nullopt for colour or VOI LUT).
    std::optional<dicom::VoiWindow> window() const { return m_window; }

private:
    const CineLoop& m_loop;
    std::optional<dicom::VoiWindow> m_window;
};

} // namespace continuum::cine
