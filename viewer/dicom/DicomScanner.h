#pragma once
#include "InstanceHeader.h"
#include "LoadError.h"

#include <functional>
#include <string>
#include <vector>

namespace continuum::dicom {

// What a set of paths holds: images we can show, other DICOM objects, and files we refused.
struct ScanResult {
    std::vector<InstanceHeader> images;   // pixel data whose attributes passed validation
    std::vector<InstanceHeader> others;   // valid DICOM without a displayable image (SR, PR, DICOMDIR...)
    std::vector<LoadError> problems;      // files refused, each with a reason
    // Files that are not DICOM and do not claim to be (a .json, .txt, .pdf... that does not parse
    // as DICOM): listed, not reported as broken images.
    std::vector<std::string> skipped;
};

// Reads headers of files and folders (recursively) on several threads; never decodes pixels.
class DicomScanner {
public:
    // Regular files under the paths (folders recursively, hidden entries skipped), sorted.
    static std::vector<std::string> listFiles(const std::vector<std::string>& paths);
    static ScanResult scan(const std::vector<std::string>& paths, int threads = 2);
    static ScanResult scanFiles(const std::vector<std::string>& files, int threads = 2);
};

} // namespace continuum::dicom
