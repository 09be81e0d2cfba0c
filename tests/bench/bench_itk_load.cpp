// ITK as its DICOM series example does it: GDCMSeriesFileNames finds and orders the files,
// ImageSeriesReader + GDCMImageIO reads them into one 3D image. ITK applies the rescale; the
// checksum converts back to stored values so it compares with the other loaders.
// The only translation unit with ITK headers (they are slow to compile).
#include "LaunchClock.h"
#include "VolumeChecksum.h"

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImage.h>
#include <itkImageSeriesReader.h>

#include <cmath>
#include <cstdio>
#include <string>

using continuum::bench::LaunchClock;
using continuum::bench::VolumeChecksum;

int main(int argc, char** argv)
{
    const std::vector<std::string> args = LaunchClock::start(argc, argv);
    LaunchClock::report("main_ms", LaunchClock::msSinceLaunch());
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_itk_load [--launched-at EPOCHREALTIME] SERIES_FOLDER\n");
        return 2;
    }
    std::printf("loader=itk\nlaunch_clock=%s\nthreads=1\n", LaunchClock::source());

    using Image = itk::Image<short, 3>;
    std::vector<std::string> files;
    {
        // Released before reading: it holds every file's data set while alive.
        auto names = itk::GDCMSeriesFileNames::New();
        names->SetDirectory(args.front());
        const auto uids = names->GetSeriesUIDs();
        if (uids.empty()) {
            std::fprintf(stderr, "no DICOM series in %s\n", args.front().c_str());
            return 1;
        }
        for (const std::string& uid : uids) {
            auto candidate = names->GetFileNames(uid);
            if (candidate.size() > files.size())
                files = candidate;
        }
    }
    LaunchClock::report("scanned_ms", LaunchClock::msSinceLaunch());

    auto io = itk::GDCMImageIO::New();
    auto reader = itk::ImageSeriesReader<Image>::New();
    reader->SetImageIO(io);
    reader->SetFileNames(files);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        std::fprintf(stderr, "ITK: %s\n", e.GetDescription());
        return 1;
    }
    const double loaded = LaunchClock::msSinceLaunch();
    LaunchClock::report("first_slice_ms", loaded);
    LaunchClock::report("full_load_ms", loaded);

    const Image* image = reader->GetOutput();
    const auto size = image->GetLargestPossibleRegion().GetSize();
    const std::size_t sliceValues = size[0] * size[1];
    const double slope = io->GetRescaleSlope();
    const double intercept = io->GetRescaleIntercept();
    VolumeChecksum checksum;
    for (std::size_t z = 0; z < size[2]; ++z) {
        const std::int64_t rescaled = VolumeChecksum::sumOf(image->GetBufferPointer() + z * sliceValues, sliceValues);
        checksum.addSlice(std::llround((static_cast<double>(rescaled) - static_cast<double>(sliceValues) * intercept) / slope));
    }
    std::printf("dims=%zux%zux%zu\nchecksum=%s\n", static_cast<std::size_t>(size[0]), static_cast<std::size_t>(size[1]),
                static_cast<std::size_t>(size[2]), checksum.text().c_str());
    LaunchClock::report("peak_rss_mb", LaunchClock::peakRssMb());
    return 0;
}
