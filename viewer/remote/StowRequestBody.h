#pragma once
#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <memory>
#include <vector>

namespace continuum::remote {

// The body of a STOW-RS request (multipart/related; type="application/dicom") read straight
// from the files as Qt uploads it: only the small part headers live in memory, and one file is
// open at a time. Seekable with a known size, so Qt sends a Content-Length and can rewind for
// a resend.
class StowRequestBody : public QIODevice {
public:
    StowRequestBody(std::vector<QString> paths, QByteArray boundary);
    ~StowRequestBody() override;

    // Measures the files; false (with `error`) if one cannot be read.
    bool prepare(QString* error);

    QByteArray contentType() const;   // for the request's Content-Type header
    // Byte offset where file i's part ends, to turn upload progress into files done.
    const std::vector<qint64>& partEnds() const { return m_partEnds; }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override;
    bool reset() override { return seek(0); }
    bool atEnd() const override { return m_position >= m_size; }
    qint64 bytesAvailable() const override { return m_size - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    struct Segment {
        qint64 offset = 0;
        qint64 length = 0;
        QByteArray bytes;      // in memory (part headers, CRLF, closing boundary)
        int fileIndex = -1;    // or the bytes of this file
    };

    std::vector<QString> m_paths;
    QByteArray m_boundary;
    std::vector<Segment> m_segments;
    std::vector<qint64> m_partEnds;
    qint64 m_size = 0;
    qint64 m_position = 0;
    std::size_t m_segment = 0;          // where m_position is
    std::unique_ptr<QFile> m_file;      // the open file, if any
    int m_openIndex = -1;
};

} // namespace continuum::remote
