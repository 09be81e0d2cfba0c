#pragma once
#include "StudySet.h"

#include "dicom/InstanceHeader.h"

#include <memory>
#include <vector>

namespace continuum::hanging_protocols {

// Adapts headers read by continuum_dicom (HeaderReader / DicomScanner) to StudyAttributes:
// images are grouped into series (SeriesGrouper) and series into studies by StudyInstanceUID.
// Attributes the InstanceHeader carries are answered from it; any other DICOM attribute is read
// once from the series' first file (GDCM, header only) and cached.
class HeaderStudySet {
public:
    static std::vector<std::unique_ptr<StudyAttributes>> studiesFromHeaders(std::vector<dicom::InstanceHeader> images);
    // The most recent study is current, the others of the same patient its priors.
    static StudySet fromHeaders(std::vector<dicom::InstanceHeader> images,
                                std::vector<std::unique_ptr<StudyAttributes>>* otherPatients = nullptr);
};

} // namespace continuum::hanging_protocols
