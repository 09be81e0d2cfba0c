#include "EncapsulatedPixelData.h"
#include <QCoreApplication>

#include <QString>

#include <fstream>

namespace continuum::dicom {
namespace {

std::uint32_t le32(const unsigned char* p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}
std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

LoadError truncated(const std::string& path, const QString& detail)
{
    return LoadError{LoadError::Code::Truncated, QCoreApplication::translate("EncapsulatedPixelData", "Pixel data shorter than expected: %1.").arg(detail), path};
}

} // namespace

Result<EncapsulatedPixelData> EncapsulatedPixelData::locate(const std::string& filePath, std::uint64_t elementOffset,
                                                            bool explicitVr)
{
    std::ifstream file(filePath, std::ios::binary | std::ios::ate);
    if (!file)
        return LoadError{LoadError::Code::Unreadable, QCoreApplication::translate("EncapsulatedPixelData", "File cannot be read."), filePath};
    const std::uint64_t fileSize = static_cast<std::uint64_t>(file.tellg());
    EncapsulatedPixelData data;
    data.m_path = filePath;

    std::uint64_t position = elementOffset + (explicitVr ? 12 : 8);
    if (position > fileSize)
        return truncated(filePath, QStringLiteral("the file ends inside the Pixel Data header"));
    bool first = true;
    while (true) {
        unsigned char item[8];
        if (position + 8 > fileSize) {
            return truncated(filePath, QStringLiteral("the file ends after %1 fragment(s) without the sequence delimiter")
                                           .arg(data.m_fragments.size()));
        }
        file.seekg(static_cast<std::streamoff>(position));
        file.read(reinterpret_cast<char*>(item), 8);
        const std::uint16_t group = le16(item);
        const std::uint16_t element = le16(item + 2);
        const std::uint32_t length = le32(item + 4);
        position += 8;
        if (group == 0xfffe && element == 0xe0dd)
            break;   // sequence delimiter
        if (group != 0xfffe || element != 0xe000)
            return LoadError{LoadError::Code::DecodeFailed,
                             QCoreApplication::translate("EncapsulatedPixelData", "Encapsulated pixel data is malformed (unexpected element inside the fragment sequence)."), filePath};
        if (length == 0xffffffffu || position + length > fileSize) {
            return truncated(filePath, QStringLiteral("fragment %1 declares %2 bytes but the file ends after %3")
                                           .arg(data.m_fragments.size() + 1).arg(length).arg(fileSize - position));
        }
        if (first) {
            // The first item is the Basic Offset Table.
            std::vector<unsigned char> table(length);
            file.read(reinterpret_cast<char*>(table.data()), static_cast<std::streamsize>(length));
            for (std::uint32_t i = 0; i + 4 <= length; i += 4)
                data.m_offsets.push_back(le32(table.data() + i));
            first = false;
        } else {
            unsigned char head[2] = {0, 0};
            if (length >= 2)
                file.read(reinterpret_cast<char*>(head), 2);
            data.m_fragments.push_back(Fragment{position, length});
            data.m_firstTwoBytes.push_back(static_cast<std::uint16_t>(head[0] << 8 | head[1]));
        }
        position += length;
    }
    if (data.m_fragments.empty())
        return truncated(filePath, QStringLiteral("the pixel data holds no fragments"));
    return data;
}

Result<std::vector<std::vector<std::size_t>>> EncapsulatedPixelData::framesOf(int numberOfFrames) const
{
    std::vector<std::vector<std::size_t>> frames;
    const std::size_t frameCount = static_cast<std::size_t>(std::max(numberOfFrames, 1));
    if (frameCount == 1) {
        frames.emplace_back();
        for (std::size_t i = 0; i < m_fragments.size(); ++i)
            frames.back().push_back(i);
        return frames;
    }
    if (m_offsets.size() == frameCount) {
        // Offsets count from the first byte of the first fragment's item tag.
        const std::uint64_t base = m_fragments.front().offset - 8;
        for (std::size_t f = 0; f < frameCount; ++f) {
            frames.emplace_back();
            const std::uint64_t begin = base + m_offsets[f];
            const std::uint64_t end = f + 1 < frameCount ? base + m_offsets[f + 1] : UINT64_MAX;
            for (std::size_t i = 0; i < m_fragments.size(); ++i)
                if (m_fragments[i].offset - 8 >= begin && m_fragments[i].offset - 8 < end)
                    frames.back().push_back(i);
            if (frames.back().empty())
                return LoadError{LoadError::Code::DecodeFailed, QCoreApplication::translate("EncapsulatedPixelData", "The Basic Offset Table points outside the pixel data."), m_path};
        }
        return frames;
    }
    if (m_fragments.size() == frameCount) {
        for (std::size_t i = 0; i < frameCount; ++i)
            frames.push_back({i});
        return frames;
    }
    // No usable offset table: a frame starts with each JPEG SOI (FFD8) or J2K SOC (FF4F).
    for (std::size_t i = 0; i < m_fragments.size(); ++i) {
        const std::uint16_t marker = m_firstTwoBytes[i];
        if (frames.empty() || marker == 0xffd8 || marker == 0xff4f)
            frames.emplace_back();
        frames.back().push_back(i);
    }
    if (frames.size() < frameCount) {
        return truncated(m_path, QStringLiteral("%1 of %2 frames are present").arg(frames.size()).arg(frameCount));
    }
    frames.resize(frameCount);
    return frames;
}

bool EncapsulatedPixelData::frameHasEndMarker(const std::vector<std::size_t>& fragmentIndices) const
{
    if (fragmentIndices.empty())
        return false;
    const Fragment& last = m_fragments.at(fragmentIndices.back());
    if (last.length < 2)
        return false;
    const std::uint32_t tail = std::min<std::uint32_t>(last.length, 4);
    unsigned char bytes[4] = {};
    std::ifstream file(m_path, std::ios::binary);
    file.seekg(static_cast<std::streamoff>(last.offset + last.length - tail));
    file.read(reinterpret_cast<char*>(bytes), tail);
    for (std::uint32_t i = 0; i + 1 < tail; ++i)
        if (bytes[i] == 0xff && bytes[i + 1] == 0xd9)
            return true;
    return false;
}

Result<std::vector<std::uint8_t>> EncapsulatedPixelData::readFrame(const std::vector<std::size_t>& fragmentIndices) const
{
    std::ifstream file(m_path, std::ios::binary);
    std::vector<std::uint8_t> bytes;
    for (std::size_t index : fragmentIndices) {
        const Fragment& fragment = m_fragments.at(index);
        const std::size_t start = bytes.size();
        bytes.resize(start + fragment.length);
        file.seekg(static_cast<std::streamoff>(fragment.offset));
        file.read(reinterpret_cast<char*>(bytes.data() + start), fragment.length);
        if (static_cast<std::uint32_t>(file.gcount()) != fragment.length)
            return truncated(m_path, QStringLiteral("a fragment could not be read completely"));
    }
    return bytes;
}

} // namespace continuum::dicom
