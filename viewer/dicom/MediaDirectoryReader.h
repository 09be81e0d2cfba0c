#pragma once
#include "LoadError.h"
#include "Result.h"

#include <string>
#include <vector>

namespace continuum::dicom {

// The files a DICOMDIR (PS3.10 media directory) lists, resolved against the folder it sits in.
struct MediaDirectory {
    std::vector<std::string> files;      // existing files, absolute, in record order
    std::vector<std::string> missing;    // Referenced File IDs with no file on the media
};

// Reads the directory records of a DICOMDIR. File IDs are upper-case ISO 9660 names, so when
// the exact path is absent each component is matched case-insensitively (media mounted with
// lower-case names).
class MediaDirectoryReader {
public:
    static Result<MediaDirectory> read(const std::string& dicomdirPath);
};

} // namespace continuum::dicom
