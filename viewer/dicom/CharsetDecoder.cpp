#include "CharsetDecoder.h"
#include <QCoreApplication>

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <string>

namespace continuum::dicom {

enum class CharsetDecoder::CodeSet : std::uint8_t {
    None,        // nothing designated (G1 of the default repertoire)
    Ascii,       // ISO-IR 6
    JisRoman,    // JIS X 0201 Romaji, read as ASCII
    Latin1,      // ISO-IR 100 (no iconv: bytes are code points)
    Latin2,      // ISO-IR 101
    Latin3,      // ISO-IR 109
    Latin4,      // ISO-IR 110
    Cyrillic,    // ISO-IR 144
    Arabic,      // ISO-IR 127
    Greek,       // ISO-IR 126
    Hebrew,      // ISO-IR 138
    Latin5,      // ISO-IR 148
    Latin9,      // ISO-IR 203
    Thai,        // ISO-IR 166 (TIS 620)
    JisKatakana, // JIS X 0201 Katakana in G1 (no iconv: fixed offset to half-width forms)
    Jis0208,     // ISO-IR 87, G0, two bytes
    Jis0212,     // ISO-IR 159, G0, two bytes
    Ksx1001,     // ISO-IR 149, G1, two bytes
    Gb2312,      // ISO-IR 58, G1, two bytes
    Utf8,        // ISO_IR 192
    Gb18030,
    Gbk,
    Count
};

namespace {

using CodeSet = CharsetDecoder::CodeSet;

constexpr char kEscape = 0x1B;
constexpr char16_t kReplacement = 0xFFFD;

// iconv source encoding for the sets that need one (nullptr: decoded without iconv).
const char* iconvName(CodeSet set)
{
    switch (set) {
    case CodeSet::Latin2: return "ISO-8859-2";
    case CodeSet::Latin3: return "ISO-8859-3";
    case CodeSet::Latin4: return "ISO-8859-4";
    case CodeSet::Cyrillic: return "ISO-8859-5";
    case CodeSet::Arabic: return "ISO-8859-6";
    case CodeSet::Greek: return "ISO-8859-7";
    case CodeSet::Hebrew: return "ISO-8859-8";
    case CodeSet::Latin5: return "ISO-8859-9";
    case CodeSet::Latin9: return "ISO-8859-15";
    case CodeSet::Thai: return "TIS-620";
    // JIS X 0208 / 0212 bytes are shifted into EUC-JP form before conversion.
    case CodeSet::Jis0208:
    case CodeSet::Jis0212: return "EUC-JP";
    case CodeSet::Ksx1001: return "EUC-KR";
    case CodeSet::Gb2312: return "GB2312";
    case CodeSet::Gb18030: return "GB18030";
    case CodeSet::Gbk: return "GBK";
    default: return nullptr;
    }
}

bool isMultiByteG0(CodeSet set)
{
    return set == CodeSet::Jis0208 || set == CodeSet::Jis0212;
}

// A defined term of (0008,0005), PS3.3 C.12.1.1.2.
struct DefinedTerm {
    std::string_view canonical;
    CodeSet g0;
    CodeSet g1;
};

constexpr std::array kDefinedTerms{
    DefinedTerm{"ISO_IR 6", CodeSet::Ascii, CodeSet::None},
    DefinedTerm{"ISO 2022 IR 6", CodeSet::Ascii, CodeSet::None},
    DefinedTerm{"ISO_IR 100", CodeSet::Ascii, CodeSet::Latin1},
    DefinedTerm{"ISO 2022 IR 100", CodeSet::Ascii, CodeSet::Latin1},
    DefinedTerm{"ISO_IR 101", CodeSet::Ascii, CodeSet::Latin2},
    DefinedTerm{"ISO 2022 IR 101", CodeSet::Ascii, CodeSet::Latin2},
    DefinedTerm{"ISO_IR 109", CodeSet::Ascii, CodeSet::Latin3},
    DefinedTerm{"ISO 2022 IR 109", CodeSet::Ascii, CodeSet::Latin3},
    DefinedTerm{"ISO_IR 110", CodeSet::Ascii, CodeSet::Latin4},
    DefinedTerm{"ISO 2022 IR 110", CodeSet::Ascii, CodeSet::Latin4},
    DefinedTerm{"ISO_IR 144", CodeSet::Ascii, CodeSet::Cyrillic},
    DefinedTerm{"ISO 2022 IR 144", CodeSet::Ascii, CodeSet::Cyrillic},
    DefinedTerm{"ISO_IR 127", CodeSet::Ascii, CodeSet::Arabic},
    DefinedTerm{"ISO 2022 IR 127", CodeSet::Ascii, CodeSet::Arabic},
    DefinedTerm{"ISO_IR 126", CodeSet::Ascii, CodeSet::Greek},
    DefinedTerm{"ISO 2022 IR 126", CodeSet::Ascii, CodeSet::Greek},
    DefinedTerm{"ISO_IR 138", CodeSet::Ascii, CodeSet::Hebrew},
    DefinedTerm{"ISO 2022 IR 138", CodeSet::Ascii, CodeSet::Hebrew},
    DefinedTerm{"ISO_IR 148", CodeSet::Ascii, CodeSet::Latin5},
    DefinedTerm{"ISO 2022 IR 148", CodeSet::Ascii, CodeSet::Latin5},
    DefinedTerm{"ISO_IR 203", CodeSet::Ascii, CodeSet::Latin9},
    DefinedTerm{"ISO 2022 IR 203", CodeSet::Ascii, CodeSet::Latin9},
    DefinedTerm{"ISO_IR 166", CodeSet::Ascii, CodeSet::Thai},
    DefinedTerm{"ISO 2022 IR 166", CodeSet::Ascii, CodeSet::Thai},
    DefinedTerm{"ISO_IR 13", CodeSet::JisRoman, CodeSet::JisKatakana},
    DefinedTerm{"ISO 2022 IR 13", CodeSet::JisRoman, CodeSet::JisKatakana},
    DefinedTerm{"ISO 2022 IR 87", CodeSet::Jis0208, CodeSet::None},
    DefinedTerm{"ISO 2022 IR 159", CodeSet::Jis0212, CodeSet::None},
    DefinedTerm{"ISO 2022 IR 149", CodeSet::Ascii, CodeSet::Ksx1001},
    DefinedTerm{"ISO 2022 IR 58", CodeSet::Ascii, CodeSet::Gb2312},
    DefinedTerm{"ISO_IR 192", CodeSet::Utf8, CodeSet::None},
    DefinedTerm{"GB18030", CodeSet::Gb18030, CodeSet::None},
    DefinedTerm{"GBK", CodeSet::Gbk, CodeSet::None},
};

// Spelling-insensitive key: "ISO-IR 100", "ISO_IR100" and "iso ir 100" all become "ISOIR100".
std::string termKey(std::string_view term)
{
    std::string key;
    key.reserve(term.size());
    for (const char c : term) {
        if (c == ' ' || c == '_' || c == '-')
            continue;
        key.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return key;
}

const DefinedTerm* findTerm(std::string_view term, bool& misspelt)
{
    for (const DefinedTerm& defined : kDefinedTerms) {
        if (defined.canonical == term) {
            misspelt = false;
            return &defined;
        }
    }
    const std::string key = termKey(term);
    for (const DefinedTerm& defined : kDefinedTerms) {
        if (termKey(defined.canonical) == key) {
            misspelt = true;
            return &defined;
        }
    }
    // Labels some writers use instead of the defined terms.
    if (key == "UTF8") {
        misspelt = true;
        return &*std::find_if(kDefinedTerms.begin(), kDefinedTerms.end(),
                              [](const DefinedTerm& t) { return t.canonical == "ISO_IR 192"; });
    }
    return nullptr;
}

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\0'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.remove_suffix(1);
    return s;
}

// Escape sequences of PS3.3 Tables C.12-3 and C.12-4 (the bytes after ESC).
struct EscapeSequence {
    std::string_view bytes;
    CodeSet set;
    bool g0;
};

constexpr std::array kEscapes{
    EscapeSequence{"(B", CodeSet::Ascii, true},
    EscapeSequence{"(J", CodeSet::JisRoman, true},
    EscapeSequence{")I", CodeSet::JisKatakana, false},
    EscapeSequence{"$B", CodeSet::Jis0208, true},
    EscapeSequence{"$@", CodeSet::Jis0208, true}, // JIS C 6226-1978, decoded as JIS X 0208
    EscapeSequence{"$(D", CodeSet::Jis0212, true},
    EscapeSequence{"$)C", CodeSet::Ksx1001, false},
    EscapeSequence{"$)A", CodeSet::Gb2312, false},
    EscapeSequence{"-A", CodeSet::Latin1, false},
    EscapeSequence{"-B", CodeSet::Latin2, false},
    EscapeSequence{"-C", CodeSet::Latin3, false},
    EscapeSequence{"-D", CodeSet::Latin4, false},
    EscapeSequence{"-L", CodeSet::Cyrillic, false},
    EscapeSequence{"-G", CodeSet::Arabic, false},
    EscapeSequence{"-F", CodeSet::Greek, false},
    EscapeSequence{"-H", CodeSet::Hebrew, false},
    EscapeSequence{"-M", CodeSet::Latin5, false},
    EscapeSequence{"-b", CodeSet::Latin9, false},
    EscapeSequence{"-T", CodeSet::Thai, false},
};

const EscapeSequence* matchEscape(std::string_view afterEscape)
{
    for (const EscapeSequence& escape : kEscapes) {
        if (afterEscape.substr(0, escape.bytes.size()) == escape.bytes)
            return &escape;
    }
    return nullptr;
}

bool resetsDesignation(char c, TextKind kind)
{
    switch (c) {
    case '\r': case '\n': case '\f': case '\t': return true;
    case '\\': return kind != TextKind::Text;
    case '^': case '=': return kind == TextKind::PersonName;
    default: return false;
    }
}

std::string_view trimPadding(std::string_view raw)
{
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\0'))
        raw.remove_suffix(1);
    return raw;
}

bool isPlainAscii(std::string_view raw)
{
    return std::all_of(raw.begin(), raw.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80 && c != kEscape;
    });
}

// One iconv conversion descriptor to UTF-8, closed on destruction.
class IconvHandle {
public:
    explicit IconvHandle(const char* fromEncoding)
        : m_handle(iconv_open("UTF-8", fromEncoding))
    {
    }
    ~IconvHandle()
    {
        if (valid())
            iconv_close(m_handle);
    }
    IconvHandle(const IconvHandle&) = delete;
    IconvHandle& operator=(const IconvHandle&) = delete;

    bool valid() const { return m_handle != reinterpret_cast<iconv_t>(-1); }

    // Converts the whole input; undecodable bytes become U+FFFD and conversion resumes after them.
    void append(QString& out, std::string_view in)
    {
        if (!valid()) {
            out.append(QString(static_cast<qsizetype>(in.size()), QChar(kReplacement)));
            return;
        }
        iconv(m_handle, nullptr, nullptr, nullptr, nullptr); // initial shift state
        std::string utf8;
        utf8.reserve(in.size() * 3);
        char* inPtr = const_cast<char*>(in.data()); // iconv's signature; input is not written
        std::size_t inLeft = in.size();
        std::array<char, 1024> buffer{};
        while (inLeft > 0) {
            char* outPtr = buffer.data();
            std::size_t outLeft = buffer.size();
            const std::size_t result = iconv(m_handle, &inPtr, &inLeft, &outPtr, &outLeft);
            utf8.append(buffer.data(), static_cast<std::size_t>(outPtr - buffer.data()));
            if (result != static_cast<std::size_t>(-1))
                continue;
            if (errno == E2BIG)
                continue;
            utf8.append("\xEF\xBF\xBD"); // U+FFFD
            if (errno == EILSEQ) {
                ++inPtr;
                --inLeft;
                iconv(m_handle, nullptr, nullptr, nullptr, nullptr);
            } else {
                break; // EINVAL: incomplete sequence at the end
            }
        }
        out.append(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
    }

private:
    iconv_t m_handle;
};

} // namespace

class CharsetDecoder::Converters {
public:
    IconvHandle& handle(CodeSet set)
    {
        auto& slot = m_handles[static_cast<std::size_t>(set)];
        if (!slot)
            slot = std::make_unique<IconvHandle>(iconvName(set));
        return *slot;
    }

    std::size_t openCount() const
    {
        return static_cast<std::size_t>(std::count_if(m_handles.begin(), m_handles.end(), [](const auto& h) { return h != nullptr; }));
    }

private:
    std::array<std::unique_ptr<IconvHandle>, static_cast<std::size_t>(CodeSet::Count)> m_handles;
};

CharsetDecoder::CharsetDecoder(std::string_view specificCharacterSet)
    : m_initialG0(CodeSet::Ascii)
    , m_initialG1(CodeSet::None)
    , m_wholeValueSet(CodeSet::None)
{
    std::vector<std::string_view> terms;
    for (std::size_t start = 0;;) {
        const std::size_t end = specificCharacterSet.find('\\', start);
        terms.push_back(trimSpaces(specificCharacterSet.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }

    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::string_view term = terms[i];
        if (term.empty()) {
            if (i > 0)
                m_warnings.push_back(QCoreApplication::translate("CharsetDecoder", "Specific Character Set has an empty value at position %1; ignored").arg(i + 1));
            continue; // the first value empty means the default repertoire
        }
        bool misspelt = false;
        const DefinedTerm* defined = findTerm(term, misspelt);
        const QString termText = QString::fromLatin1(term.data(), static_cast<qsizetype>(term.size()));
        if (!defined) {
            m_warnings.push_back(QCoreApplication::translate("CharsetDecoder", "Unknown Specific Character Set term \"%1\"; text is decoded as Latin-1 (ISO_IR 100)").arg(termText));
            if (i == 0)
                m_initialG1 = CodeSet::Latin1;
            continue;
        }
        if (misspelt) {
            m_warnings.push_back(QCoreApplication::translate("CharsetDecoder", "Non-standard Specific Character Set term \"%1\" read as \"%2\"")
                                     .arg(termText, QString::fromLatin1(defined->canonical.data(), static_cast<qsizetype>(defined->canonical.size()))));
        }
        const bool wholeValue = defined->g0 == CodeSet::Utf8 || defined->g0 == CodeSet::Gb18030 || defined->g0 == CodeSet::Gbk;
        if (wholeValue) {
            if (terms.size() > 1)
                m_warnings.push_back(QStringLiteral("\"%1\" cannot be combined with code extensions; the other values are ignored").arg(termText));
            if (!m_usesWholeValueSet) {
                m_usesWholeValueSet = true;
                m_wholeValueSet = defined->g0;
            }
            continue;
        }
        if (i != 0)
            continue; // further values are only designated by escape sequences
        if (isMultiByteG0(defined->g0)) {
            m_warnings.push_back(QStringLiteral("\"%1\" cannot be the initial character set; ASCII is used until an escape sequence").arg(termText));
        } else {
            m_initialG0 = defined->g0;
            m_initialG1 = defined->g1;
        }
    }
}

CharsetDecoder::~CharsetDecoder() = default;

std::size_t CharsetDecoder::openConverterCount() const
{
    return m_converters ? m_converters->openCount() : 0;
}

void CharsetDecoder::appendConverted(QString& out, CodeSet set, std::string_view bytes) const
{
    if (!m_converters)
        m_converters = std::make_unique<Converters>();
    m_converters->handle(set).append(out, bytes);
}
CharsetDecoder::CharsetDecoder(CharsetDecoder&&) noexcept = default;
CharsetDecoder& CharsetDecoder::operator=(CharsetDecoder&&) noexcept = default;

QString CharsetDecoder::decode(std::string_view raw, TextKind kind) const
{
    raw = trimPadding(raw);
    if (raw.empty())
        return {};
    if (isPlainAscii(raw))
        return QString::fromLatin1(raw.data(), static_cast<qsizetype>(raw.size()));

    QString out;
    if (m_usesWholeValueSet) {
        if (m_wholeValueSet == CodeSet::Utf8)
            return QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size())); // invalid -> U+FFFD
        appendConverted(out, m_wholeValueSet, raw);
        return out;
    }

    out.reserve(static_cast<qsizetype>(raw.size()));
    const bool hasEscape = raw.find(kEscape) != std::string_view::npos;
    if (!hasEscape && m_initialG1 != CodeSet::JisKatakana) {
        // No designation ever changes: every initial G1 set here is ASCII-compatible, so the
        // value converts in one go.
        appendRun(out, m_initialG1 == CodeSet::None ? CodeSet::Latin1 : m_initialG1, raw);
        return out;
    }
    decodeWithExtensions(raw, kind, out);
    return out;
}

void CharsetDecoder::decodeWithExtensions(std::string_view raw, TextKind kind, QString& out) const
{
    CodeSet g0 = m_initialG0;
    CodeSet g1 = m_initialG1;

    // Bytes of the same set are collected and converted together.
    std::string pending;
    CodeSet pendingSet = CodeSet::None;
    const auto flush = [&] {
        if (!pending.empty())
            appendRun(out, pendingSet, pending);
        pending.clear();
    };
    const auto push = [&](CodeSet set, char byte) {
        if (set != pendingSet) {
            flush();
            pendingSet = set;
        }
        pending.push_back(byte);
    };

    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        const auto byte = static_cast<unsigned char>(c);
        if (c == kEscape) {
            flush();
            if (const EscapeSequence* escape = matchEscape(raw.substr(i + 1))) {
                (escape->g0 ? g0 : g1) = escape->set;
                i += escape->bytes.size();
            } else {
                out.append(QChar(kReplacement));
            }
            continue;
        }
        if (byte >= 0x80) {
            push(g1 == CodeSet::None ? CodeSet::Latin1 : g1, c);
            continue;
        }
        if (isMultiByteG0(g0) && byte >= 0x21 && byte <= 0x7E) {
            push(g0, c); // part of a two-byte character: never a delimiter
            continue;
        }
        if (resetsDesignation(c, kind)) {
            flush();
            out.append(QChar(byte));
            g0 = m_initialG0;
            g1 = m_initialG1;
            continue;
        }
        push(CodeSet::Ascii, c); // single-byte G0, space or control
    }
    flush();
}

void CharsetDecoder::appendRun(QString& out, CodeSet set, std::string_view bytes) const
{
    switch (set) {
    case CodeSet::None:
    case CodeSet::Ascii:
    case CodeSet::JisRoman:
    case CodeSet::Latin1:
        out.append(QLatin1StringView(bytes.data(), static_cast<qsizetype>(bytes.size())));
        return;
    case CodeSet::JisKatakana:
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            out.append(byte >= 0xA1 && byte <= 0xDF ? QChar(static_cast<char16_t>(0xFF61 + byte - 0xA1))
                                                    : QChar(kReplacement));
        }
        return;
    case CodeSet::Utf8:
        out.append(QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size())));
        return;
    case CodeSet::Jis0208:
    case CodeSet::Jis0212: {
        // The 7-bit JIS rows are EUC-JP code set 1 (0208) or 3 (0212, prefixed by SS3) with the
        // high bit set.
        std::string euc;
        euc.reserve(bytes.size() * 3 / 2 + 1);
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            if (set == CodeSet::Jis0212 && i % 2 == 0)
                euc.push_back(static_cast<char>(0x8F));
            euc.push_back(static_cast<char>(static_cast<unsigned char>(bytes[i]) | 0x80));
        }
        appendConverted(out, set, euc);
        return;
    }
    default:
        appendConverted(out, set, bytes);
        return;
    }
}

} // namespace continuum::dicom
