#include "DicomLengthGuard.h"

#include "FileDescriptor.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace continuum::dicom {
namespace {

constexpr std::uint32_t kUndefinedLength = 0xffffffffu;
// The first read covers a typical CT/MR header (pixel data starts within 2-4 KB); each further
// read doubles, up to 64 KB, for long headers (enhanced multi-frame, private data).
constexpr std::size_t kFirstChunk = 4 * 1024;
constexpr std::size_t kLargestChunk = 64 * 1024;
// Real files nest a handful of levels; a fuzzed one can nest thousands, which GDCM would follow
// recursively. Beyond this the guard stops checking (the rest is left to GDCM).
constexpr int kMaxDepth = 64;

constexpr std::uint32_t tagOf(std::uint16_t group, std::uint16_t element)
{
    return std::uint32_t(group) << 16 | element;
}
constexpr std::uint32_t kItem = tagOf(0xfffe, 0xe000);
constexpr std::uint32_t kItemDelimiter = tagOf(0xfffe, 0xe00d);
constexpr std::uint32_t kSequenceDelimiter = tagOf(0xfffe, 0xe0dd);
constexpr std::uint32_t kPixelData = tagOf(0x7fe0, 0x0010);
constexpr std::uint32_t kFloatPixelData = tagOf(0x7fe0, 0x0008);
constexpr std::uint32_t kDoubleFloatPixelData = tagOf(0x7fe0, 0x0009);

// Reads small pieces of the file through a window: element headers are read in file order, so
// one pread usually serves hundreds of them, and values are skipped, never read.
class ChunkReader {
public:
    ChunkReader(int fd, std::uint64_t fileSize) : m_fd(fd), m_fileSize(fileSize) {}

    bool read(std::uint64_t offset, void* destination, std::size_t count)
    {
        if (offset > m_fileSize || count > m_fileSize - offset)
            return false;
        if (offset < m_windowStart || offset + count > m_windowStart + m_windowSize) {
            const std::size_t wanted = static_cast<std::size_t>(std::min<std::uint64_t>(std::max(m_nextChunk, count), m_fileSize - offset));
            if (m_capacity < wanted) {
                m_window = std::make_unique_for_overwrite<unsigned char[]>(wanted);
                m_capacity = wanted;
            }
            std::size_t filled = 0;
            while (filled < wanted) {
                const ssize_t got = ::pread(m_fd, m_window.get() + filled, wanted - filled, static_cast<off_t>(offset + filled));
                if (got <= 0)
                    break;
                filled += static_cast<std::size_t>(got);
            }
            m_windowStart = offset;
            m_windowSize = filled;
            m_nextChunk = std::min(m_nextChunk * 2, kLargestChunk);
            if (count > filled)
                return false;
        }
        std::memcpy(destination, m_window.get() + (offset - m_windowStart), count);
        return true;
    }

    std::uint64_t fileSize() const { return m_fileSize; }

private:
    int m_fd;
    std::uint64_t m_fileSize;
    std::uint64_t m_windowStart = 0;
    std::size_t m_windowSize = 0;
    std::size_t m_capacity = 0;
    std::size_t m_nextChunk = kFirstChunk;
    std::unique_ptr<unsigned char[]> m_window;   // not zero-filled: only what pread wrote is read
};

struct Encoding {
    bool explicitVr = true;
    bool bigEndian = false;
};

std::uint16_t u16(const unsigned char* p, bool big)
{
    return big ? std::uint16_t(p[0] << 8 | p[1]) : std::uint16_t(p[1] << 8 | p[0]);
}
std::uint32_t u32(const unsigned char* p, bool big)
{
    return big ? (std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3])
               : (std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]);
}

enum class VrKind { Unknown, Short, Long, Sequence, Unknown4 };

// PS3.5 7.1.2: these VRs have a reserved field and a 4-byte length; all others a 2-byte length.
// A table indexed by the two letters: the lookup runs once per element.
using VrTable = std::array<VrKind, 26 * 26>;
constexpr VrTable makeVrTable()
{
    VrTable table{};
    constexpr std::string_view shortVrs[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO",
                                            "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"};
    constexpr std::string_view longVrs[] = {"OB", "OD", "OF", "OL", "OV", "OW", "UC", "UR", "UT", "SV", "UV"};
    for (const std::string_view vr : shortVrs)
        table[std::size_t((vr[0] - 'A') * 26 + (vr[1] - 'A'))] = VrKind::Short;
    for (const std::string_view vr : longVrs)
        table[std::size_t((vr[0] - 'A') * 26 + (vr[1] - 'A'))] = VrKind::Long;
    table[std::size_t(('S' - 'A') * 26 + ('Q' - 'A'))] = VrKind::Sequence;
    table[std::size_t(('U' - 'A') * 26 + ('N' - 'A'))] = VrKind::Unknown4;
    return table;
}
constexpr VrTable kVrTable = makeVrTable();

VrKind vrKind(const unsigned char* vr)
{
    if (vr[0] < 'A' || vr[0] > 'Z' || vr[1] < 'A' || vr[1] > 'Z')
        return VrKind::Unknown;
    return kVrTable[std::size_t((vr[0] - 'A') * 26 + (vr[1] - 'A'))];
}

bool looksLikeVr(const unsigned char* vr)
{
    return vrKind(vr) != VrKind::Unknown;
}

// One element header as read from the file.
struct ElementHeader {
    std::uint32_t tag = 0;
    VrKind vr = VrKind::Unknown;   // Unknown in implicit VR
    std::uint32_t length = 0;
    std::uint64_t valueOffset = 0;
};

enum class Walk { Continue, Violation, GiveUp, Done };

class Walker {
public:
    Walker(ChunkReader& reader, LengthGuardReport& report) : m_reader(reader), m_report(report) {}

    // The file meta group (explicit VR little endian) from `offset`; returns where the data set
    // starts and the transfer syntax UID found there.
    Walk walkMeta(std::uint64_t& offset, std::string& transferSyntax)
    {
        const Encoding meta{true, false};
        while (true) {
            unsigned char b[4];
            if (!m_reader.read(offset, b, 4) || u16(b, false) != 0x0002)
                return Walk::Continue;
            ElementHeader element;
            if (!readHeader(offset, meta, element))
                return Walk::Done;   // cut inside the meta group: GDCM refuses it on its own
            if (element.length == kUndefinedLength)
                return giveUp(offset, "undefined length in the file meta group");
            if (const Walk result = checkLength(element, offset, m_reader.fileSize(), false); result != Walk::Continue)
                return result;
            if (element.tag == tagOf(0x0002, 0x0010) && element.length < 256) {
                transferSyntax.resize(element.length);
                if (!m_reader.read(element.valueOffset, transferSyntax.data(), element.length))
                    return Walk::Done;
                while (!transferSyntax.empty() && (transferSyntax.back() == '\0' || transferSyntax.back() == ' '))
                    transferSyntax.pop_back();
            }
            offset = element.valueOffset + element.length;
        }
    }

    // Data set elements from `offset` up to `end`; inside an undefined-length item also up to its
    // item delimiter. `top` is the top-level data set, where the walk stops at Pixel Data.
    Walk walkDataSet(std::uint64_t& offset, std::uint64_t end, Encoding encoding, bool top, int depth,
                     bool inItem)
    {
        while (offset + 8 <= end) {
            ElementHeader element;
            if (!readHeader(offset, encoding, element))
                return Walk::Done;   // cut inside an element header: GDCM fails there by itself
            if (element.tag == kItemDelimiter) {
                offset += 8;
                if (inItem)
                    return Walk::Continue;
                continue;
            }
            if (element.tag == kSequenceDelimiter || element.tag == kItem)
                return giveUp(offset, "a stray item or sequence delimiter in a data set");
            if (top && element.tag == kPixelData) {
                // GDCM skips this value without reading it; PixelDecoder checks its length.
                m_report.pixelDataOffset = offset;
                return Walk::Done;
            }
            if (top && (element.tag == kFloatPixelData || element.tag == kDoubleFloatPixelData)) {
                if (element.length == kUndefinedLength || element.length > end - element.valueOffset)
                    return Walk::Done;   // skipped too: GDCM seeks, then meets the end of the file
                offset = element.valueOffset + element.length;
                continue;
            }
            if (const Walk result = walkElement(element, offset, end, encoding, depth, inItem); result != Walk::Continue)
                return result;
            // GDCM reads the value of the first top-level element past Pixel Data, then stops.
            if (top && element.tag > kPixelData)
                return Walk::Done;
        }
        return inItem && end == m_reader.fileSize() ? Walk::Done : Walk::Continue;
    }

private:
    Walk walkElement(const ElementHeader& element, std::uint64_t& offset, std::uint64_t end, Encoding encoding, int depth,
                     bool inItem)
    {
        const std::uint64_t start = offset;
        if (element.length == kUndefinedLength) {
            offset = element.valueOffset;
            if (element.vr == VrKind::Sequence || (!encoding.explicitVr && element.vr == VrKind::Unknown))
                return walkSequence(offset, end, encoding, depth + 1, std::nullopt);
            if (element.vr == VrKind::Unknown4)   // CP-246: an SQ written as UN is implicit VR little endian
                return walkSequence(offset, end, Encoding{false, false}, depth + 1, std::nullopt);
            return walkFragments(element.tag, offset, end);
        }
        bool isSequence = element.vr == VrKind::Sequence;
        if (!encoding.explicitVr && element.length >= 8) {
            // Implicit VR: GDCM knows sequences from its dictionary; a value that starts with an
            // item tag is one.
            unsigned char b[4];
            isSequence = m_reader.read(element.valueOffset, b, 4)
                && (std::uint32_t(u16(b, encoding.bigEndian)) << 16 | u16(b + 2, encoding.bigEndian)) == kItem;
        }
        if (!isSequence) {
            // A value: GDCM allocates and fills exactly this many bytes.
            if (const Walk result = checkLength(element, start, end, inItem); result != Walk::Continue)
                return result;
            offset = element.valueOffset + element.length;
            return Walk::Continue;
        }
        // A sequence is parsed item by item and allocates nothing by its own length, and real
        // files get sequence lengths wrong (a DICOMDIR whose offsets were removed): walk it up to
        // what its container holds instead of refusing it.
        ++m_report.elementsWalked;
        const std::uint64_t sequenceEnd = std::min<std::uint64_t>(element.valueOffset + element.length, end);
        offset = element.valueOffset;
        if (const Walk result = walkSequence(offset, end, encoding, depth + 1, sequenceEnd); result != Walk::Continue)
            return result;
        offset = sequenceEnd;
        return Walk::Continue;
    }

    // Items of one sequence, until `definedEnd` or, for an undefined length, the sequence delimiter.
    Walk walkSequence(std::uint64_t& offset, std::uint64_t end, Encoding encoding, int depth,
                      std::optional<std::uint64_t> definedEnd)
    {
        if (depth > kMaxDepth)
            return giveUp(offset, "sequences nested too deep");
        const std::uint64_t limit = definedEnd.value_or(end);
        while (offset + 8 <= limit) {
            unsigned char b[8];
            if (!m_reader.read(offset, b, 8))
                return Walk::Done;
            const std::uint32_t tag = std::uint32_t(u16(b, encoding.bigEndian)) << 16 | u16(b + 2, encoding.bigEndian);
            const std::uint32_t length = u32(b + 4, encoding.bigEndian);
            if (tag == kSequenceDelimiter) {
                offset += 8;
                if (!definedEnd)
                    return Walk::Continue;
                continue;
            }
            if (tag != kItem)
                return giveUp(offset, "a data element where a sequence item belongs");
            ++m_report.elementsWalked;
            offset += 8;
            if (length == kUndefinedLength) {
                if (const Walk result = walkDataSet(offset, limit, encoding, false, depth, true); result != Walk::Continue)
                    return result;
                continue;
            }
            // Like sequences, an item's own length allocates nothing: one that overruns its
            // sequence ends where the sequence does, and the elements in it are checked against that.
            const std::uint64_t itemEnd = offset + std::min<std::uint64_t>(length, limit - offset);
            Walk result = walkDataSet(offset, itemEnd, encoding, false, depth, true);
            if (result == Walk::Done && itemEnd < m_reader.fileSize())
                result = Walk::Continue;
            if (result != Walk::Continue)
                return result;
            offset = itemEnd;
        }
        // An undefined length that ran to the end of the file: truncated, nothing more to check.
        return definedEnd || limit < m_reader.fileSize() ? Walk::Continue : Walk::Done;
    }

    // Encapsulated fragments (undefined-length OB/OW outside the top level, e.g. an icon image):
    // items of raw bytes, then the sequence delimiter.
    Walk walkFragments(std::uint32_t elementTag, std::uint64_t& offset, std::uint64_t end)
    {
        while (offset + 8 <= end) {
            unsigned char b[8];
            if (!m_reader.read(offset, b, 8))
                return Walk::Done;
            const std::uint32_t tag = std::uint32_t(u16(b, false)) << 16 | u16(b + 2, false);
            const std::uint32_t length = u32(b + 4, false);
            if (tag == kSequenceDelimiter) {
                offset += 8;
                return Walk::Continue;
            }
            if (tag != kItem || length == kUndefinedLength)
                return giveUp(offset, "an encapsulated fragment without a defined length");
            ++m_report.elementsWalked;
            if (length > end - (offset + 8)) {
                report(elementTag, true, offset, length, end - (offset + 8), end != m_reader.fileSize());
                return Walk::Violation;
            }
            offset += 8 + std::uint64_t(length);
        }
        return Walk::Done;
    }

    Walk giveUp(std::uint64_t offset, const char* reason)
    {
        m_report.incompleteAt = offset;
        m_report.incompleteReason = reason;
        return Walk::GiveUp;
    }

    bool readHeader(std::uint64_t offset, Encoding encoding, ElementHeader& element)
    {
        unsigned char b[12];
        if (!m_reader.read(offset, b, 8))
            return false;
        const bool big = encoding.bigEndian;
        element.tag = std::uint32_t(u16(b, big)) << 16 | u16(b + 2, big);
        element.vr = VrKind::Unknown;
        // Items and delimiters carry no VR in any encoding.
        if (!encoding.explicitVr || (element.tag >> 16) == 0xfffe) {
            element.length = u32(b + 4, big);
            element.valueOffset = offset + 8;
            return true;
        }
        element.vr = vrKind(b + 4);
        switch (element.vr) {
        case VrKind::Short:
            element.length = u16(b + 6, big);
            element.valueOffset = offset + 8;
            return true;
        case VrKind::Unknown:
            // Not a VR: GDCM reads such an element as implicit VR or, for some letters, as a
            // 4-byte length after a reserved field (fuzzing found both): check the larger claim.
            element.length = u32(b + 4, big);
            element.valueOffset = offset + 8;
            if (m_reader.read(offset + 8, b + 8, 4) && u32(b + 8, big) > element.length) {
                element.length = u32(b + 8, big);
                element.valueOffset = offset + 12;
            }
            return true;
        case VrKind::Long:
        case VrKind::Sequence:
        case VrKind::Unknown4:
            if (!m_reader.read(offset + 8, b + 8, 4))
                return false;
            element.length = u32(b + 8, big);
            element.valueOffset = offset + 12;
            return true;
        }
        return false;
    }

    Walk checkLength(const ElementHeader& element, std::uint64_t start, std::uint64_t end,
                     bool inItem)
    {
        ++m_report.elementsWalked;
        const std::uint64_t available = end > element.valueOffset ? end - element.valueOffset : 0;
        if (element.length <= available)
            return Walk::Continue;
        report(element.tag, false, start, element.length, available, inItem && end != m_reader.fileSize());
        return Walk::Violation;
    }

    void report(std::uint32_t tag, bool isItem, std::uint64_t at, std::uint64_t claimed, std::uint64_t available, bool limitedByItem)
    {
        LengthViolation violation;
        violation.group = static_cast<std::uint16_t>(tag >> 16);
        violation.element = static_cast<std::uint16_t>(tag & 0xffff);
        violation.isItem = isItem;
        violation.elementOffset = at;
        violation.claimedLength = claimed;
        violation.availableBytes = available;
        violation.limitedByItem = limitedByItem;
        violation.fileSize = m_reader.fileSize();
        m_report.violation = violation;
    }

    ChunkReader& m_reader;
    LengthGuardReport& m_report;
};

// Without "DICM", the data set starts at 0: guess its encoding from the first element, as GDCM does.
Encoding guessEncoding(ChunkReader& reader, std::uint64_t offset)
{
    unsigned char b[8] = {};
    if (!reader.read(offset, b, 8))
        return {};
    Encoding encoding;
    encoding.bigEndian = b[0] == 0 && b[1] != 0;   // a small group number written big endian
    encoding.explicitVr = looksLikeVr(b + 4);
    return encoding;
}

QString byteCount(std::uint64_t bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("DicomLengthGuard", "%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("DicomLengthGuard", "%1 KB").arg((bytes + 512) / 1024);
    return QCoreApplication::translate("DicomLengthGuard", "%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace

QString LengthViolation::message() const
{
    const QString tag = QStringLiteral("(%1,%2)").arg(group, 4, 16, QLatin1Char('0')).arg(element, 4, 16, QLatin1Char('0')).toUpper();
    const QString what = isItem
        ? QCoreApplication::translate("DicomLengthGuard", "an item of %1 at byte %2").arg(tag).arg(elementOffset)
        : QCoreApplication::translate("DicomLengthGuard", "element %1 at byte %2").arg(tag).arg(elementOffset);
    const QString room = limitedByItem
        ? QCoreApplication::translate("DicomLengthGuard", "its enclosing item has %1 left").arg(byteCount(availableBytes))
        : QCoreApplication::translate("DicomLengthGuard", "the file has %1").arg(byteCount(fileSize));
    return QCoreApplication::translate("DicomLengthGuard", "Not a readable DICOM file (the header could not be parsed): %1 claims %2 bytes; %3.")
        .arg(what).arg(claimedLength).arg(room);
}

std::optional<QString> LengthGuardReport::refusal() const
{
    if (violation)
        return violation->message();
    if (!complete && !incompleteReason.empty())
        return QCoreApplication::translate("DicomLengthGuard", "Not a readable DICOM file (the header could not be parsed): %1 at byte %2.")
            .arg(QString::fromStdString(incompleteReason)).arg(incompleteAt);
    return std::nullopt;
}

LengthGuardReport DicomLengthGuard::check(int fd, std::uint64_t fileSize)
{
    LengthGuardReport report;
    ChunkReader reader(fd, fileSize);
    Walker walker(reader, report);

    std::uint64_t offset = 0;
    char magic[4] = {};
    if (reader.read(128, magic, 4) && std::memcmp(magic, "DICM", 4) == 0)
        offset = 132;
    else if (reader.read(0, magic, 4) && std::memcmp(magic, "DICM", 4) == 0)
        offset = 4;
    std::string transferSyntax;
    Walk result = walker.walkMeta(offset, transferSyntax);
    if (result == Walk::Continue) {
        Encoding encoding = guessEncoding(reader, offset);
        if (transferSyntax == "1.2.840.10008.1.2.1.99") {
            report.complete = false;   // deflated: the data set is a zlib stream
            return report;
        }
        if (transferSyntax == "1.2.840.10008.1.2.2")
            encoding.bigEndian = true;
        else if (!transferSyntax.empty())
            encoding.bigEndian = false;
        // The explicit/implicit choice follows the bytes, not the UID: GDCM reads an implicit data
        // set under an explicit transfer syntax (and the reverse) the same way.
        result = walker.walkDataSet(offset, fileSize, encoding, true, 0, false);
    }
    report.complete = result != Walk::GiveUp;
    return report;
}

LengthGuardReport DicomLengthGuard::check(const std::string& filePath)
{
    const FileDescriptor fd(filePath);
    struct stat status {};
    if (!fd.valid() || ::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode))
        return {};
    return check(fd.get(), static_cast<std::uint64_t>(status.st_size));
}

} // namespace continuum::dicom
