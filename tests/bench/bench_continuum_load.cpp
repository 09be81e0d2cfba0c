// Our loader on one series folder: header scan on 2 threads, grouping, the middle slice decoded
// first (what the viewer shows), then the whole volume on 2 threads. Prints key=value lines.
#include "LaunchClock.h"
#include "VolumeChecksum.h"

#include "dicom/DicomScanner.h"
#include "dicom/ImageSeries.h"
#include "dicom/PixelBuffer.h"
#include "dicom/SeriesGrouper.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace continuum;
using bench::LaunchClock;

int main(int argc, char** argv)
{
    const std::vector<std::string> args = LaunchClock::start(argc, argv);
    LaunchClock::report("main_ms", LaunchClock::msSinceLaunch());
    std::string folder;
    int threads = 2;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--threads" && i + 1 < args.size())
            threads = std::atoi(args[++i].c_str());
        else
            folder = args[i];
    }
    if (folder.empty() || threads < 1) {
        std::fprintf(stderr, "usage: bench_continuum_load [--launched-at EPOCHREALTIME] [--threads N] SERIES_FOLDER\n");
        return 2;
    }
    std::printf("loader=continuum\nlaunch_clock=%s\nthreads=%d\n", LaunchClock::source(), threads);

    dicom::PixelBuffer::tuneAllocatorForDecoding();
    dicom::ScanResult scan = dicom::DicomScanner::scan({folder}, threads);
    LaunchClock::report("scanned_ms", LaunchClock::msSinceLaunch());
    if (!scan.problems.empty())
        std::fprintf(stderr, "%zu files refused, first: %s: %s\n", scan.problems.size(), scan.problems.front().filePath.c_str(),
                     qPrintable(scan.problems.front().message));
    std::vector<dicom::SeriesDescriptor> groups = dicom::SeriesGrouper::group(std::move(scan.images));
    if (groups.empty()) {
        std::fprintf(stderr, "no image series in %s\n", folder.c_str());
        return 1;
    }
    std::size_t largest = 0;
    for (std::size_t i = 1; i < groups.size(); ++i)
        if (groups[i].frameCount() > groups[largest].frameCount())
            largest = i;
    auto created = dicom::ImageSeries::create(std::move(groups[largest]));
    if (!created) {
        std::fprintf(stderr, "cannot create the series: %s\n", qPrintable(created.error().message));
        return 1;
    }
    dicom::ImageSeries& series = *created.value();
    LaunchClock::report("created_ms", LaunchClock::msSinceLaunch());

    const int middle = series.frameCount() / 2;
    if (auto problem = series.decodeFrame(middle)) {
        std::fprintf(stderr, "middle slice: %s\n", qPrintable(problem->message));
        return 1;
    }
    LaunchClock::report("first_slice_ms", LaunchClock::msSinceLaunch());
    series.decodeAll(threads, middle);
    LaunchClock::report("full_load_ms", LaunchClock::msSinceLaunch());
    if (!series.errors().empty()) {
        std::fprintf(stderr, "%zu frames failed, first: %s\n", series.errors().size(), qPrintable(series.errors().front().message));
        return 1;
    }

    bench::VolumeChecksum checksum;
    for (int f = 0; f < series.frameCount(); ++f) {
        const dicom::FrameView view = series.frame(f);
        const std::size_t count = view.bytes.size() / 2;
        if (view.format.bitsAllocated != 16) {
            std::fprintf(stderr, "the benchmark expects 16-bit frames\n");
            return 1;
        }
        const void* data = view.bytes.data();
        checksum.addSlice(view.format.isSigned ? bench::VolumeChecksum::sumOf(static_cast<const std::int16_t*>(data), count)
                                               : bench::VolumeChecksum::sumOf(static_cast<const std::uint16_t*>(data), count));
    }
    const dicom::FrameView first = series.frame(0);
    std::printf("dims=%dx%dx%d\nchecksum=%s\n", first.format.columns, first.format.rows, series.frameCount(), checksum.text().c_str());
    std::printf("pixel_bytes=%zu\n", series.pixelBytes());
    LaunchClock::report("peak_rss_mb", LaunchClock::peakRssMb());
    return 0;
}
