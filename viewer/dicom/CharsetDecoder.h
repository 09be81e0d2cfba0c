#pragma once
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace continuum::dicom {

// How a value is split into parts at which ISO 2022 code extensions fall back to the initial
// character sets (PS3.5 6.1.2.5.3).
enum class TextKind {
    PersonName, // PN: resets at '^', '=', '\' and CR LF FF TAB
    Text,       // ST, LT, UT: single-valued, backslash is text; only CR LF FF TAB reset
    Other,      // LO, SH, CS, UC ...: backslash separates values and resets
};

// Decodes the raw bytes of text elements into Unicode according to Specific Character Set
// (0008,0005), including ISO 2022 code extensions (escape sequences designating G0/G1).
//
// Decoding rules chosen where the standard leaves room:
// - Bytes that the designated set cannot decode become U+FFFD.
// - High bytes with no G1 set designated (default repertoire) are read as Latin-1, the most
//   common undeclared encoding in practice.
// - JIS X 0201 Romaji (ISO 2022 IR 13, G0) is read as ASCII so that '\' stays the value
//   delimiter, as other toolkits do.
// - Multi-byte G0 sets (IR 87, IR 159) are only ever active after their escape sequence; named
//   first they cannot be the initial set (it would turn ASCII into kanji), so ASCII is used.
//
// iconv handles are opened on first use and kept for the decoder's lifetime. The ASCII,
// Latin-1 and UTF-8 paths never open one. A decoder is movable, not copyable, and not safe to
// use from two threads at once (the cached converters carry state); use one per thread.
class CharsetDecoder {
public:
    // specificCharacterSet: the raw (0008,0005) value, backslash separated, may be empty.
    explicit CharsetDecoder(std::string_view specificCharacterSet);
    ~CharsetDecoder();
    CharsetDecoder(CharsetDecoder&&) noexcept;
    CharsetDecoder& operator=(CharsetDecoder&&) noexcept;
    CharsetDecoder(const CharsetDecoder&) = delete;
    CharsetDecoder& operator=(const CharsetDecoder&) = delete;

    // Trailing space and NUL padding is removed before decoding.
    QString decode(std::string_view raw, TextKind kind) const;

    // Problems found in the Specific Character Set value (unknown or misspelt terms).
    const std::vector<QString>& warnings() const { return m_warnings; }

    // iconv descriptors opened so far (0 for ASCII, Latin-1 and UTF-8 text): for diagnostics.
    std::size_t openConverterCount() const;

    // Character sets a decoder can designate. Opaque: its values are defined in the .cpp.
    enum class CodeSet : std::uint8_t;

private:
    class Converters;

    void decodeWithExtensions(std::string_view raw, TextKind kind, QString& out) const;
    void appendRun(QString& out, CodeSet set, std::string_view bytes) const;
    void appendConverted(QString& out, CodeSet set, std::string_view bytes) const;

    CodeSet m_initialG0;
    CodeSet m_initialG1;
    CodeSet m_wholeValueSet;  // UTF-8, GB18030 or GBK: no code extensions, decoded in one go
    bool m_usesWholeValueSet = false;
    std::vector<QString> m_warnings;
    mutable std::unique_ptr<Converters> m_converters; // created with the first iconv handle
};

} // namespace continuum::dicom
