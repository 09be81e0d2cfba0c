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
#include <utility>
#include <vector>
#include <zlib.h>

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
    // Serves bytes already in memory (an inflated data set) instead of a file.
    explicit ChunkReader(std::vector<unsigned char> bytes) : m_fd(-1), m_fileSize(bytes.size()), m_memory(std::move(bytes)) {}

    bool read(std::uint64_t offset, void* destination, std::size_t count)
    {
        if (offset > m_fileSize || count > m_fileSize - offset)
            return false;
        if (!m_memory.empty()) {
            std::memcpy(destination, m_memory.data() + offset, count);
            return true;
        }
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
    std::vector<unsigned char> m_memory;
};

struct Encoding {
    bool explicitVr = true;
    bool bigEndian = false;
    // GDCM's recovery after an invalid VR in an explicit data set (VR16ExplicitDataElement): a
    // known VR is read as usual, an unknown one has a 2-byte length right after it.
    bool vr16 = false;
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

// Restart: an invalid VR in an explicit data set, where GDCM starts over in VR16 mode.
enum class Walk { Continue, Violation, GiveUp, Done, Restart };

class Walker {
public:
    Walker(ChunkReader& reader, LengthGuardReport& report) : m_reader(reader), m_report(report) {}

    // Follows GDCM's explicit reader instead of guessing: the first element with an invalid VR,
    // at any depth, ends the walk with Walk::Restart at that element (see invalidVrAt()).
    void stopAtInvalidVr(bool stop)
    {
        m_stopAtInvalidVr = stop;
        m_invalidVrAt.reset();
    }
    std::optional<std::uint64_t> invalidVrAt() const { return m_invalidVrAt; }

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
    // `readFirst`: the first element is read whatever its tag (GDCM's VR16 restart reads the
    // element it failed on before its tag-limited loop resumes). `definedLengthItem`: the data set
    // of an item of defined length, which GDCM reads until that length is used up.
    Walk walkDataSet(std::uint64_t& offset, std::uint64_t end, Encoding encoding, bool top, int depth,
                     bool inItem, bool readFirst = false, bool definedLengthItem = false)
    {
        while (offset + 8 <= end) {
            ElementHeader element;
            if (!readHeader(offset, encoding, element))
                return Walk::Done;   // cut inside an element header: GDCM fails there by itself
            if (m_invalidVrAt)
                return Walk::Restart;
            const bool stopChecks = top && !readFirst;
            readFirst = false;
            if (element.tag == kItemDelimiter) {
                // In an item of defined length GDCM reads a delimiter as an empty element and goes on.
                offset += 8;
                if (inItem && !definedLengthItem)
                    return Walk::Continue;
                continue;
            }
            if (element.tag == kItem && definedLengthItem) {
                // An item longer than what it holds: GDCM ends it at the next item's tag and reads
                // that item as the sequence's next one (DataSet::ReadWithLength).
                m_itemEndedAtNextItem = true;
                return Walk::Continue;
            }
            if (element.tag == kSequenceDelimiter || element.tag == kItem)
                return giveUp(offset, "a stray item or sequence delimiter in a data set");
            if (stopChecks && element.tag == kPixelData) {
                // GDCM skips this value without reading it; PixelDecoder checks its length.
                m_report.pixelDataOffset = offset;
                return Walk::Done;
            }
            if (stopChecks && (element.tag == kFloatPixelData || element.tag == kDoubleFloatPixelData)) {
                if (element.length == kUndefinedLength || element.length > end - element.valueOffset)
                    return Walk::Done;   // skipped too: GDCM seeks, then meets the end of the file
                offset = element.valueOffset + element.length;
                continue;
            }
            if (const Walk result = walkElement(element, offset, end, encoding, depth, inItem); result != Walk::Continue)
                return result;
            // GDCM reads the value of the first top-level element past Pixel Data, then stops.
            if (stopChecks && element.tag > kPixelData)
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
            m_itemEndedAtNextItem = false;
            Walk result = walkDataSet(offset, itemEnd, encoding, false, depth, true, false, true);
            if (result == Walk::Done && itemEnd < m_reader.fileSize())
                result = Walk::Continue;
            if (result != Walk::Continue)
                return result;
            if (!std::exchange(m_itemEndedAtNextItem, false))
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
            if (encoding.vr16) {
                element.length = u16(b + 6, false);
                element.valueOffset = offset + 8;
                return true;
            }
            if (m_stopAtInvalidVr) {
                m_invalidVrAt = offset;
                return true;
            }
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
    bool m_stopAtInvalidVr = false;
    std::optional<std::uint64_t> m_invalidVrAt;
    bool m_itemEndedAtNextItem = false;
};

// GDCM reads a data set whose transfer syntax is explicit with ExplicitDataElement; at the first
// invalid VR (at any depth) its Reader seeks back to that element and reads the rest of the file
// from there as a top-level data set with VR16ExplicitDataElement, which takes a 2-byte length
// after an unknown VR but a 4-byte one after OB, UT, UR... in whatever bytes follow. Only if that
// throws does it start over reading each element as explicit or implicit, which is what the main
// walk models. Both attempts allocate, so both are checked; this one only for its lengths.
std::optional<LengthViolation> checkVr16Recovery(ChunkReader& reader, std::uint64_t dataSetStart, bool bigEndian)
{
    LengthGuardReport report;
    Walker walker(reader, report);
    walker.stopAtInvalidVr(true);
    std::uint64_t offset = dataSetStart;
    const Walk explicitReading = walker.walkDataSet(offset, reader.fileSize(), Encoding{true, bigEndian, false}, true, 0, false);
    if (explicitReading == Walk::Violation)
        return report.violation;   // GDCM's first, explicit reading meets it already
    if (explicitReading != Walk::Restart)
        return std::nullopt;       // no invalid VR: no recovery reading
    offset = *walker.invalidVrAt();
    walker.stopAtInvalidVr(false);
    // GDCM's recovery reads with SwapperNoOp whatever the transfer syntax's byte order.
    walker.walkDataSet(offset, reader.fileSize(), Encoding{true, false, true}, true, 0, false, true);
    return report.violation;
}

// Without a transfer syntax in the file meta group, the encoding GDCM guesses from the first
// element (FileMetaInformation::ReadCompat): explicit when its VR bytes are a VR, big endian for
// an ACR-NEMA group 0800 or, with a VR, a group or element number above 0xFF (as read little endian).
Encoding guessEncoding(ChunkReader& reader, std::uint64_t offset)
{
    unsigned char b[8] = {};
    if (!reader.read(offset, b, 8))
        return {};
    const std::uint16_t group = u16(b, false);
    const std::uint16_t element = u16(b + 2, false);
    Encoding encoding;
    encoding.explicitVr = looksLikeVr(b + 4);
    if (group == 0x0008 || element == 0x0010)
        encoding.bigEndian = false;
    else if (group == 0x0800)
        encoding.bigEndian = true;
    else
        encoding.bigEndian = encoding.explicitVr && (group > 0xff || element > 0xff);
    return encoding;
}

// The data set of a deflated file (PS3.5 A.5: raw deflate after the file meta group), inflated
// up to kMaxInflated; `complete` false when it is longer than that. A damaged stream inflates up
// to the damage, which is all GDCM's stream reader delivers too.
constexpr std::size_t kMaxInflated = 64 * 1024 * 1024;
struct Inflated {
    std::vector<unsigned char> bytes;
    bool complete = false;
};
Inflated inflateDataSet(int fd, std::uint64_t offset, std::uint64_t fileSize)
{
    Inflated out;
    z_stream stream{};
    // Raw deflate as the standard says; GDCM's stream reader takes it that way too.
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return out;
    std::vector<unsigned char> input(64 * 1024);
    std::vector<unsigned char> output(256 * 1024);
    int status = Z_OK;
    while (status == Z_OK && offset < fileSize && out.bytes.size() < kMaxInflated) {
        const ssize_t got = ::pread(fd, input.data(), input.size(), static_cast<off_t>(offset));
        if (got <= 0)
            break;
        offset += static_cast<std::uint64_t>(got);
        stream.next_in = input.data();
        stream.avail_in = static_cast<uInt>(got);
        while (stream.avail_in > 0 && status == Z_OK && out.bytes.size() < kMaxInflated) {
            stream.next_out = output.data();
            stream.avail_out = static_cast<uInt>(output.size());
            status = inflate(&stream, Z_NO_FLUSH);
            out.bytes.insert(out.bytes.end(), output.data(), output.data() + (output.size() - stream.avail_out));
            if (status == Z_BUF_ERROR)
                status = Z_OK;   // no progress possible with this input: read more
        }
    }
    out.complete = out.bytes.size() < kMaxInflated;
    inflateEnd(&stream);
    return out;
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
    QString what = isItem
        ? QCoreApplication::translate("DicomLengthGuard", "an item of %1 at byte %2").arg(tag).arg(elementOffset)
        : QCoreApplication::translate("DicomLengthGuard", "element %1 at byte %2").arg(tag).arg(elementOffset);
    if (inDeflatedDataSet)
        what = QCoreApplication::translate("DicomLengthGuard", "%1 of the inflated data set").arg(what);
    const QString room = limitedByItem
        ? QCoreApplication::translate("DicomLengthGuard", "its enclosing item has %1 left").arg(byteCount(availableBytes))
        : inDeflatedDataSet
        ? QCoreApplication::translate("DicomLengthGuard", "the data set inflates to %1").arg(byteCount(fileSize))
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
            // Deflated: GDCM reads the inflated data set as explicit VR little endian only (an
            // invalid VR ends its reading), so the lengths are checked against what inflates.
            Inflated inflated = inflateDataSet(fd, offset, fileSize);
            if (!inflated.complete) {
                report.complete = false;
                return report;
            }
            ChunkReader inflatedReader(std::move(inflated.bytes));
            LengthGuardReport inflatedReport;
            Walker inflatedWalker(inflatedReader, inflatedReport);
            inflatedWalker.stopAtInvalidVr(true);
            std::uint64_t inflatedOffset = 0;
            const Walk inflatedResult = inflatedWalker.walkDataSet(inflatedOffset, inflatedReader.fileSize(), Encoding{true, false, false}, true, 0, false);
            report.elementsWalked = inflatedReport.elementsWalked;
            if (inflatedReport.violation) {
                // Offsets in the message count from the start of the inflated data set.
                report.violation = inflatedReport.violation;
                report.violation->fileSize = inflatedReader.fileSize();
                report.violation->inDeflatedDataSet = true;
                report.complete = true;
                return report;
            }
            report.complete = true;
            if (inflatedResult != Walk::Restart && inflatedResult != Walk::GiveUp)
                return report;
            // GDCM's recovery after a parse error in the inflated data set (an invalid VR, a stray
            // delimiter) re-reads the file from its data set on as if it were not deflated: the
            // compressed bytes become elements and lengths. Check that reading as well.
            result = walker.walkDataSet(offset, fileSize, encoding, true, 0, false);
            report.complete = result != Walk::GiveUp;
            return report;
        }
        if (transferSyntax == "1.2.840.10008.1.2.2")
            encoding.bigEndian = true;
        else if (!transferSyntax.empty())
            encoding.bigEndian = false;
        // The explicit/implicit choice follows the bytes, not the UID: GDCM reads an implicit data
        // set under an explicit transfer syntax (and the reverse) the same way.
        const std::uint64_t dataSetStart = offset;
        result = walker.walkDataSet(offset, fileSize, encoding, true, 0, false);
        // Every transfer syntax but implicit VR little endian is read as explicit first (an
        // unknown UID too: HeaderReader shows GDCM an explicit stand-in for it); after an invalid
        // VR, GDCM's VR16 recovery reading, then the mixed reading the walk above models. The
        // mixed reading's violation (or the structure it cannot follow) is reported when it has
        // one (the recovery reading usually fails on a small over-length first, the gigabytes
        // come after); else the recovery's.
        const bool gdcmReadsExplicit = transferSyntax.empty() ? encoding.explicitVr : transferSyntax != "1.2.840.10008.1.2";
        if (gdcmReadsExplicit && result != Walk::Violation && result != Walk::GiveUp) {
            if (auto violation = checkVr16Recovery(reader, dataSetStart, encoding.bigEndian)) {
                report.violation = violation;
                result = Walk::Violation;
            }
        }
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
