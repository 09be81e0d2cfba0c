#pragma once
#include <QString>

#include <cstdint>
#include <vector>

namespace continuum::testing {

// Test-local "copy with attribute changes": derives a fixture from a real file of the shared set
// (same pixels, same transfer syntax) with some text attributes replaced, e.g. Modality,
// StudyDate, UIDs and patient demographics. VRs come from the DICOM dictionary.
class DerivedFileWriter {
public:
    struct Change {
        std::uint16_t group = 0;
        std::uint16_t element = 0;
        QString value;
    };
    // Returns false and sets `error` when the source cannot be read or the copy not written.
    static bool write(const QString& source, const QString& destination, const std::vector<Change>& changes,
                      QString* error = nullptr);
};

} // namespace continuum::testing
