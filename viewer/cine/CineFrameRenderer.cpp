#include "CineFrameRenderer.h"

#include "dicom/ColorConverter.h"
#include "dicom/GreyscalePipeline.h"

#include <cmath>

namespace continuum::cine {

CineFrameRenderer::CineFrameRenderer(const CineLoop& loop)
    : m_loop(loop)
{
}

dicom::DisplayImage CineFrameRenderer::render(int frame, const DecodedFrame& decoded)
{
    dicom::DisplayImage image;
    renderInto(frame, decoded, image);
    return image;
}

void CineFrameRenderer::renderInto(int frame, const DecodedFrame& decoded, dicom::DisplayImage& image)
{
    const dicom::InstanceHeader& header = m_loop.header(frame);
    const int frameInInstance = m_loop.frames.at(static_cast<std::size_t>(frame)).frameInInstance;
    const dicom::FrameView view = decoded.view();
    if (decoded.format.isGreyscale()) {
        const dicom::GreyscalePipeline pipeline(decoded.format, header.modalityFor(frameInInstance), header.padding,
                                                header.presentationShape);
        const auto& windows = header.windowsFor(frameInInstance);
        if (!windows.empty()) {
            pipeline.renderInto(view, windows.front(), image);
        } else if (header.voiLut) {
            pipeline.renderInto(view, *header.voiLut, image);
        } else {
            if (!m_window)
                m_window = pipeline.defaultWindow(view);
            pipeline.renderInto(view, *m_window, image);
        }
    } else if (decoded.format.photometric == dicom::Photometric::PaletteColor && header.paletteRed && header.paletteGreen
               && header.paletteBlue) {
        dicom::ColorConverter(*header.paletteRed, *header.paletteGreen, *header.paletteBlue).renderInto(view, image);
    } else {
        dicom::ColorConverter().renderInto(view, image);
    }
    const dicom::PixelSpacing& spacing = header.geometry(frameInInstance).spacing;
    // Ultrasound deltas may be negative (direction of the physical axis); only the size counts.
    const double column = std::abs(spacing.column);
    const double row = std::abs(spacing.row);
    const bool calibrated = spacing.kind != dicom::SpacingKind::None && column > 0.0 && row > 0.0;
    image.pixelWidth = calibrated ? column : 1.0;
    image.pixelHeight = calibrated ? row : 1.0;
}

} // namespace continuum::cine
