// vtk-dicom (libvtk-dicom-dev), the fastest ready-made reader measured here: vtkDICOMFileSorter
// groups the files, vtkDICOMReader reads the largest series at once. Nothing is visible before
// the whole volume is read, so first slice = full load. Prints key=value lines.
#include "LaunchClock.h"
#include "VolumeChecksum.h"

#include <vtkDICOMFileSorter.h>
#include <vtkDICOMReader.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkStringArray.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

using continuum::bench::LaunchClock;
using continuum::bench::VolumeChecksum;

namespace {

template <typename T>
VolumeChecksum checksumOf(vtkImageData* image)
{
    int dims[3] = {};
    image->GetDimensions(dims);
    const std::size_t sliceValues = static_cast<std::size_t>(dims[0]) * static_cast<std::size_t>(dims[1]);
    const T* values = static_cast<const T*>(image->GetScalarPointer());
    VolumeChecksum checksum;
    for (int z = 0; z < dims[2]; ++z)
        checksum.addSlice(VolumeChecksum::sumOf(values + static_cast<std::size_t>(z) * sliceValues, sliceValues));
    return checksum;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args = LaunchClock::start(argc, argv);
    LaunchClock::report("main_ms", LaunchClock::msSinceLaunch());
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_vtkdicom_load [--launched-at EPOCHREALTIME] SERIES_FOLDER\n");
        return 2;
    }
    std::printf("loader=vtk-dicom\nlaunch_clock=%s\nthreads=1\n", LaunchClock::source());

    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(args.front()))
        if (entry.is_regular_file())
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    vtkNew<vtkStringArray> names;
    for (const std::string& file : files)
        names->InsertNextValue(file);

    vtkNew<vtkDICOMFileSorter> sorter;
    sorter->SetInputFileNames(names);
    sorter->Update();
    if (sorter->GetNumberOfSeries() < 1) {
        std::fprintf(stderr, "no DICOM series in %s\n", args.front().c_str());
        return 1;
    }
    int largest = 0;
    for (int i = 1; i < sorter->GetNumberOfSeries(); ++i)
        if (sorter->GetFileNamesForSeries(i)->GetNumberOfValues() > sorter->GetFileNamesForSeries(largest)->GetNumberOfValues())
            largest = i;
    LaunchClock::report("scanned_ms", LaunchClock::msSinceLaunch());

    vtkNew<vtkDICOMReader> reader;
    reader->SetFileNames(sorter->GetFileNamesForSeries(largest));
    // Stored values, as our loader keeps them (rescale is applied at display time there).
    reader->AutoRescaleOff();
    reader->Update();
    const double loaded = LaunchClock::msSinceLaunch();
    LaunchClock::report("first_slice_ms", loaded);
    LaunchClock::report("full_load_ms", loaded);

    vtkImageData* image = reader->GetOutput();
    int dims[3] = {};
    image->GetDimensions(dims);
    VolumeChecksum checksum;
    switch (image->GetScalarType()) {
    case VTK_UNSIGNED_SHORT: checksum = checksumOf<unsigned short>(image); break;
    case VTK_SHORT: checksum = checksumOf<short>(image); break;
    default:
        std::fprintf(stderr, "unexpected scalar type %s\n", image->GetScalarTypeAsString());
        return 1;
    }
    std::printf("dims=%dx%dx%d\nchecksum=%s\n", dims[0], dims[1], dims[2], checksum.text().c_str());
    LaunchClock::report("peak_rss_mb", LaunchClock::peakRssMb());
    return 0;
}
