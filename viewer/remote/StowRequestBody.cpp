#include "remote/StowRequestBody.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace continuum::remote {

StowRequestBody::StowRequestBody(std::vector<QString> paths, QByteArray boundary)
    : m_paths(std::move(paths)), m_boundary(std::move(boundary))
{
}

StowRequestBody::~StowRequestBody() = default;

QByteArray StowRequestBody::contentType() const
{
    return QByteArrayLiteral("multipart/related; type=\"application/dicom\"; boundary=") + m_boundary;
}

bool StowRequestBody::prepare(QString* error)
{
    m_segments.clear();
    m_partEnds.clear();
    qint64 offset = 0;
    auto add = [&](Segment segment) {
        segment.offset = offset;
        offset += segment.length;
        if (segment.length > 0)
            m_segments.push_back(std::move(segment));
    };
    for (std::size_t i = 0; i < m_paths.size(); ++i) {
        const QFileInfo info(m_paths[i]);
        if (!info.isFile() || !info.isReadable()) {
            if (error)
                *error = QCoreApplication::translate("continuum::remote::StowRequestBody", "%1: cannot read the file").arg(m_paths[i]);
            return false;
        }
        const QByteArray header = QByteArrayLiteral("--") + m_boundary + QByteArrayLiteral("\r\nContent-Type: application/dicom\r\nContent-Length: ")
                                + QByteArray::number(info.size()) + QByteArrayLiteral("\r\n\r\n");
        add({0, header.size(), header, -1});
        add({0, info.size(), {}, static_cast<int>(i)});
        add({0, 2, QByteArrayLiteral("\r\n"), -1});
        m_partEnds.push_back(offset);
    }
    const QByteArray closing = QByteArrayLiteral("--") + m_boundary + QByteArrayLiteral("--\r\n");
    add({0, closing.size(), closing, -1});
    m_size = offset;
    m_position = 0;
    m_segment = 0;
    return true;
}

bool StowRequestBody::seek(qint64 position)
{
    if (position < 0 || position > m_size)
        return false;
    QIODevice::seek(position);
    m_position = position;
    // Segments are sorted by offset: find the one holding the position.
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), position,
                                     [](qint64 value, const Segment& segment) { return value < segment.offset; });
    m_segment = it == m_segments.begin() ? 0 : static_cast<std::size_t>(it - m_segments.begin() - 1);
    return true;
}

qint64 StowRequestBody::readData(char* data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_position < m_size && m_segment < m_segments.size()) {
        const Segment& segment = m_segments[m_segment];
        const qint64 within = m_position - segment.offset;
        if (within >= segment.length) {
            ++m_segment;
            continue;
        }
        const qint64 take = std::min(maxSize - done, segment.length - within);
        if (segment.fileIndex < 0) {
            std::memcpy(data + done, segment.bytes.constData() + within, static_cast<std::size_t>(take));
        } else {
            if (m_openIndex != segment.fileIndex) {
                m_file = std::make_unique<QFile>(m_paths[static_cast<std::size_t>(segment.fileIndex)]);
                m_openIndex = segment.fileIndex;
                if (!m_file->open(QIODevice::ReadOnly)) {
                    setErrorString(m_file->errorString());
                    return -1;
                }
            }
            if (m_file->pos() != within && !m_file->seek(within)) {
                setErrorString(m_file->errorString());
                return -1;
            }
            const qint64 read = m_file->read(data + done, take);
            if (read != take) {
                // The file shrank or failed since prepare(): the declared length cannot be kept.
                setErrorString(QCoreApplication::translate("continuum::remote::StowRequestBody", "%1 changed while it was being sent")
                                   .arg(m_paths[static_cast<std::size_t>(segment.fileIndex)]));
                return -1;
            }
        }
        done += take;
        m_position += take;
        if (m_position - segment.offset >= segment.length) {
            ++m_segment;
            if (segment.fileIndex >= 0) {
                m_file.reset();
                m_openIndex = -1;
            }
        }
    }
    return done;
}

qint64 StowRequestBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace continuum::remote
