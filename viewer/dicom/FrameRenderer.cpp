#include "FrameRenderer.h"

#include "ColorConverter.h"
#include "GreyscalePipeline.h"
#include "ImageSeries.h"
#include "OverlayCompositor.h"

namespace continuum::dicom {
namespace {

GreyscalePipeline pipelineFor(const ImageSeries& series, int frame)
{
    const InstanceHeader& header = series.header(frame);
    const FrameView view = series.frame(frame);
    return GreyscalePipeline(view.format, header.modalityFor(series.frameInInstance(frame)), header.padding,
                             header.presentationShape);
}

} // namespace

bool FrameRenderer::isGreyscale(const ImageSeries& series, int frame)
{
    return series.header(frame).pixelFormat.isGreyscale();
}

bool FrameRenderer::usesVoiLutByDefault(const ImageSeries& series, int frame)
{
    const InstanceHeader& header = series.header(frame);
    return header.voiLut.has_value() && header.windowsFor(series.frameInInstance(frame)).empty();
}

VoiWindow FrameRenderer::defaultWindow(const ImageSeries& series, int frame)
{
    const InstanceHeader& header = series.header(frame);
    const auto& windows = header.windowsFor(series.frameInInstance(frame));
    if (!windows.empty())
        return windows.front();
    return pipelineFor(series, frame).defaultWindow(series.frame(frame));
}

double FrameRenderer::modalityValueAt(const ImageSeries& series, int frame, int x, int y)
{
    return pipelineFor(series, frame).modalityValueAt(series.frame(frame), x, y);
}

DisplayImage FrameRenderer::render(const ImageSeries& series, int frame, const GreyLevelChoice& choice, bool showOverlays)
{
    DisplayImage image;
    renderInto(series, frame, choice, showOverlays, image);
    return image;
}

void FrameRenderer::renderInto(const ImageSeries& series, int frame, const GreyLevelChoice& choice, bool showOverlays,
                               DisplayImage& image)
{
    const InstanceHeader& header = series.header(frame);
    const FrameView view = series.frame(frame);
    if (header.pixelFormat.isGreyscale()) {
        const GreyscalePipeline pipeline = pipelineFor(series, frame);
        if (choice.window)
            pipeline.renderInto(view, *choice.window, image);
        else if (usesVoiLutByDefault(series, frame))
            pipeline.renderInto(view, *header.voiLut, image);
        else
            pipeline.renderInto(view, defaultWindow(series, frame), image);
    } else if (header.pixelFormat.photometric == Photometric::PaletteColor) {
        ColorConverter(*header.paletteRed, *header.paletteGreen, *header.paletteBlue).renderInto(view, image);
    } else {
        ColorConverter().renderInto(view, image);
    }
    const FrameGeometry& geometry = series.geometry(frame);
    if (geometry.spacing.kind != SpacingKind::None) {
        image.pixelWidth = geometry.spacing.column;
        image.pixelHeight = geometry.spacing.row;
    } else {
        image.pixelWidth = 1.0;
        image.pixelHeight = 1.0;
    }
    if (showOverlays)
        for (const OverlayPlane& plane : header.overlays)
            OverlayCompositor::draw(image, plane, series.frameInInstance(frame), OverlayCompositor::Colour{255, 255, 0});
}

} // namespace continuum::dicom
