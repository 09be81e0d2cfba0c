#pragma once
// Test support for the measurement suites: load one real (or derived) file as a series.
#include "TestData.h"

#include "dicom/DicomScanner.h"
#include "dicom/ImageSeries.h"
#include "dicom/SeriesGrouper.h"
#include "measure/FrameMeasurer.h"

#include <memory>

namespace continuum::testing {

// The first series of `path` with frame 0 decoded; null when anything fails.
inline std::shared_ptr<dicom::ImageSeries> loadDecodedSeries(const QString& path)
{
    dicom::ScanResult scan = dicom::DicomScanner::scan({path.toStdString()});
    auto groups = dicom::SeriesGrouper::group(std::move(scan.images));
    if (groups.empty())
        return nullptr;
    auto created = dicom::ImageSeries::create(std::move(groups.front()));
    if (!created)
        return nullptr;
    std::shared_ptr<dicom::ImageSeries> series = std::move(created.value());
    if (series->decodeFrame(0))
        return nullptr;
    return series;
}

inline std::shared_ptr<const measure::FrameMeasurer> measurerFor(const QString& path)
{
    auto series = loadDecodedSeries(path);
    return series ? measure::FrameMeasurer::forSeriesFrame(series, 0) : nullptr;
}

} // namespace continuum::testing
