// libFuzzer target (b): the bytes as a file, decoded (PixelDecoder through ImageSeries, the way
// the viewer loads a series) and rendered to 8-bit RGB by FrameRenderer (grey pipeline, colour
// conversion, palettes, overlays), in-process: the guarded worker is switched off here.
#include "FuzzInput.h"

#include "dicom/FrameRenderer.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"
#include "dicom/PixelDecoder.h"
#include "dicom/SeriesDescriptor.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace continuum;

namespace {

// Headers may legitimately describe gigabytes; the harness stays within libFuzzer's RSS limit.
constexpr std::size_t kMaxDecodedBytes = std::size_t(64) << 20;
constexpr int kMaxRenderedFrames = 3;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::FuzzInput::reportTerminateAsCrash();
    // Fuzz the decoders themselves, in this (instrumented) process.
    ::setenv("CONTINUUM_GUARDED_DECODE", "off", 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = fuzz::FuzzInput::write(data, size);
    auto header = dicom::HeaderReader::read(path);
    if (!header || dicom::PixelDecoder::validate(*header))
        return 0;
    if (dicom::PixelDecoder::decodedSize(*header) > kMaxDecodedBytes)
        return 0;

    dicom::SeriesDescriptor descriptor;
    descriptor.seriesInstanceUid = header->seriesInstanceUid;
    descriptor.instances.push_back(std::move(*header));
    auto series = dicom::ImageSeries::create(std::move(descriptor));
    if (!series)
        return 0;
    dicom::ImageSeries& loaded = **series;
    if (loaded.decodeFrame(0))
        return 0;
    const int frames = std::min(loaded.frameCount(), kMaxRenderedFrames);
    for (int frame = 0; frame < frames; ++frame) {
        if (!loaded.isDecoded(frame))
            continue;
        const dicom::DisplayImage image = dicom::FrameRenderer::render(loaded, frame, dicom::GreyLevelChoice{});
        (void)image;
        if (dicom::FrameRenderer::isGreyscale(loaded, frame)) {
            // The probe's contract: greyscale frames only.
            (void)dicom::FrameRenderer::modalityValueAt(loaded, frame, 0, 0);
            (void)dicom::FrameRenderer::defaultWindow(loaded, frame);
        }
    }
    return 0;
}
