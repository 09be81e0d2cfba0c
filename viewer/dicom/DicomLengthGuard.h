#pragma once
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace continuum::dicom {

// A declared length that cannot be true: the value would run past the end of the file (or of the
// item that encloses it).
struct LengthViolation {
    std::uint16_t group = 0;
    std::uint16_t element = 0;
    bool isItem = false;                 // an item (FFFE,E000) of the sequence group/element
    std::uint64_t elementOffset = 0;     // where the element's (or item's) header starts
    std::uint64_t claimedLength = 0;
    std::uint64_t availableBytes = 0;    // what is left after the header, in the file or the item
    bool limitedByItem = false;          // availableBytes is what the enclosing item has left
    std::uint64_t fileSize = 0;          // of the inflated data set when inDeflatedDataSet
    bool inDeflatedDataSet = false;      // offsets count from the start of the inflated data set

    // One sentence for the user, e.g. "... element (0010,0010) at byte 1234 claims 4294967290
    // bytes; the file has 600 KB."
    QString message() const;
};

// What one walk found.
struct LengthGuardReport {
    std::optional<LengthViolation> violation;
    std::size_t elementsWalked = 0;      // data elements and items whose lengths were checked
    // False when the walk stopped before the end of what GDCM reads (deflated data set, an
    // encoding it cannot follow, sequences nested too deep): lengths beyond that point are unchecked.
    bool complete = false;
    // Where and why the walk stopped early (a deflated data set is inflated and walked; one
    // longer than 64 MiB inflated is not, and has no reason either).
    std::uint64_t incompleteAt = 0;
    std::string incompleteReason;

    // Why HeaderReader refuses the file, if it does: a violation, or a structure the walk could not
    // follow (GDCM's recovery heuristics for those are where damaged lengths slipped through).
    std::optional<QString> refusal() const;
    // Offset of the top-level Pixel Data element header (7FE0,0010) where the walk stopped, if any.
    std::optional<std::uint64_t> pixelDataOffset;
};

// A fast pre-check run before GDCM parses a header: GDCM allocates and zero-fills whatever length
// an element declares, so a damaged 240 KB file can make it ask for gigabytes. The guard walks the
// elements from the start (preamble, file meta group, then the data set in its transfer syntax:
// explicit or implicit VR little endian, explicit VR big endian, deflated after inflating it;
// GDCM's recovery reading after an invalid VR too), descends into sequences and items of defined and undefined length, and stops at the
// Pixel Data element (whose value GDCM skips, not reads). It reads element headers with pread in
// 4-64 KB chunks; of the values, only the transfer syntax UID and (implicit VR) the first 4 bytes of
// one that may be a sequence.
class DicomLengthGuard {
public:
    static LengthGuardReport check(int fd, std::uint64_t fileSize);
    static LengthGuardReport check(const std::string& filePath);
};

} // namespace continuum::dicom
