#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace continuum::remote {

// Splits a multipart body (RFC 2046; WADO-RS answers with multipart/related) into its parts as
// it streams in: feed() takes chunks of any size, down to single bytes, and hands part data on
// at once, so a body of any length is never held in memory. Only a part's header block and, for
// parts without Content-Length, the last few bytes that could start a boundary are buffered.
// A part with a Content-Length is passed through without scanning, and the boundary is then
// required exactly where the length says (a lying length is an error, not silent corruption).
class MultipartStreamParser {
public:
    struct PartHeaders {
        QList<QPair<QByteArray, QByteArray>> fields;   // names lower-case, values trimmed
        qint64 contentLength = -1;                     // -1 when the part has none
        QByteArray value(QByteArrayView lowerCaseName) const;
    };

    // Each callback returns false to stop: the parser then fails with `stopReason`.
    std::function<bool(const PartHeaders&)> onPartBegin;
    std::function<bool(QByteArrayView data)> onPartData;
    std::function<bool()> onPartEnd;

    explicit MultipartStreamParser(QByteArray boundary);

    // The boundary parameter of a Content-Type value ("multipart/related; boundary=..."),
    // unquoted; empty if there is none.
    static QByteArray boundaryFrom(const QByteArray& contentType);

    bool feed(QByteArrayView chunk);   // false once the body is malformed or a callback stopped it
    bool finish();                     // at the end of the body: false unless the closing boundary came
    bool complete() const { return m_state == State::Epilogue; }
    bool failed() const { return m_state == State::Failed; }
    QString error() const { return m_error; }
    int partsCompleted() const { return m_partsCompleted; }

    // Text for the error when a callback returns false (set by the caller before returning).
    QString stopReason;

private:
    enum class State { Preamble, BoundaryLine, Headers, CountedBody, AfterCountedBody, ScannedBody, Epilogue, Failed };

    void process();
    bool fail(QString reason);
    bool headerLine(QByteArrayView line);
    bool beginBody();
    bool endPart();
    qsizetype available() const { return m_buffer.size() - m_position; }
    QByteArrayView pending() const { return QByteArrayView(m_buffer).sliced(m_position); }

    QByteArray m_delimiter;   // CRLF "--" boundary
    QByteArray m_buffer;      // bytes not consumed yet, from m_position
    qsizetype m_position = 0;
    State m_state = State::Preamble;
    PartHeaders m_headers;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0;   // of a counted body
    int m_partsCompleted = 0;
    QString m_error;
};

} // namespace continuum::remote
