#pragma once
#include "DicomFileWriter.h"

#include <QString>

#include <utility>
#include <vector>

namespace continuum::generators {

// Derives a fixture from a real file at test time: a copy with some attributes replaced
// (Modality, SeriesDescription, UIDs, StudyDate...), pixels untouched. Used where the shared set
// lacks a case (a PET/CT study, an MR with several sequences, a radiograph with a prior).
class AttributeRewriter {
public:
    using Change = std::pair<DicomTag, QString>;

    // Copies src to dst with each tag set to the text value given (VR from the public
    // dictionary; '\' separates values; an empty value writes an empty element). Uncompressed
    // files are rewritten in explicit VR little endian, compressed ones keep their syntax. When
    // SOPInstanceUID changes, the file meta MediaStorageSOPInstanceUID follows. Returns false and
    // sets errorMessage (one line) on failure.
    static bool writeCopy(const QString& src, const QString& dst, const std::vector<Change>& changes, QString* errorMessage = nullptr);
};

} // namespace continuum::generators
