#include "remote/MultipartStreamParser.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>

#include <algorithm>

namespace continuum::remote {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::remote::MultipartStreamParser", text);
}

constexpr qsizetype maxHeaderBytes = 64 * 1024;   // a part's header block; more is not a DICOMweb answer
constexpr qsizetype maxBoundaryLine = 1024;       // boundary line padding (RFC 2046 allows LWSP)

} // namespace

QByteArray MultipartStreamParser::PartHeaders::value(QByteArrayView lowerCaseName) const
{
    for (const auto& [name, value] : fields)
        if (name == lowerCaseName)
            return value;
    return {};
}

MultipartStreamParser::MultipartStreamParser(QByteArray boundary)
    : m_delimiter(QByteArrayLiteral("\r\n--") + boundary)
    // The first boundary may open the body with no CRLF before it: pretend there was one.
    , m_buffer(QByteArrayLiteral("\r\n"))
{
    if (boundary.isEmpty())
        fail(tr("the multipart answer has no boundary"));
}

QByteArray MultipartStreamParser::boundaryFrom(const QByteArray& contentType)
{
    // Parameters are separated by ';' outside quotes.
    QList<QByteArray> parameters;
    QByteArray current;
    bool quoted = false;
    for (const char c : contentType) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parameters << current;
            current.clear();
        } else {
            current.append(c);
        }
    }
    parameters << current;
    for (const QByteArray& parameter : parameters) {
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "boundary")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool MultipartStreamParser::fail(QString reason)
{
    if (m_state != State::Failed) {
        m_state = State::Failed;
        m_error = std::move(reason);
    }
    m_buffer.clear();
    m_position = 0;
    return false;
}

bool MultipartStreamParser::feed(QByteArrayView chunk)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Epilogue)
        return true;
    // Fast path: the bulk of a counted part goes straight through, never copied here.
    if (m_state == State::CountedBody && available() == 0 && !chunk.isEmpty()) {
        const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_remaining, chunk.size()));
        if (onPartData && !onPartData(chunk.first(take)))
            return fail(stopReason);
        m_remaining -= take;
        chunk = chunk.sliced(take);
        if (m_remaining == 0)
            m_state = State::AfterCountedBody;
    }
    if (m_position > 0 && m_position == m_buffer.size()) {
        m_buffer.clear();
        m_position = 0;
    }
    m_buffer.append(chunk.data(), chunk.size());
    process();
    // Compact, so the buffer only ever holds what is still undecided.
    if (m_state != State::Failed && m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    return m_state != State::Failed;
}

bool MultipartStreamParser::finish()
{
    if (m_state == State::Epilogue)
        return true;
    if (m_state == State::Failed)
        return false;
    return fail(m_partsCompleted == 1 ? tr("the multipart answer ended before its closing boundary (after 1 complete part)")
                                      : tr("the multipart answer ended before its closing boundary (after %1 complete parts)").arg(m_partsCompleted));
}

bool MultipartStreamParser::headerLine(QByteArrayView line)
{
    if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.fields.isEmpty()) {
        // Folded continuation of the previous field.
        m_headers.fields.last().second += ' ' + line.trimmed().toByteArray();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(tr("a part header line has no field name: \"%1\"").arg(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 80)))));
    m_headers.fields.append({line.first(colon).trimmed().toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
    return true;
}

bool MultipartStreamParser::beginBody()
{
    const QByteArray length = m_headers.value("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        m_headers.contentLength = length.toLongLong(&ok);
        if (!ok || m_headers.contentLength < 0)
            return fail(tr("a part has an invalid Content-Length \"%1\"").arg(QString::fromLatin1(length.left(40))));
    }
    if (onPartBegin && !onPartBegin(m_headers))
        return fail(stopReason);
    if (m_headers.contentLength >= 0) {
        m_remaining = m_headers.contentLength;
        m_state = m_remaining > 0 ? State::CountedBody : State::AfterCountedBody;
    } else {
        m_state = State::ScannedBody;
    }
    return true;
}

bool MultipartStreamParser::endPart()
{
    if (onPartEnd && !onPartEnd())
        return fail(stopReason);
    ++m_partsCompleted;
    m_state = State::BoundaryLine;
    return true;
}

void MultipartStreamParser::process()
{
    const QByteArrayMatcher delimiter(m_delimiter);
    while (m_state != State::Failed && m_state != State::Epilogue && available() > 0) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype at = delimiter.indexIn(m_buffer.constData(), m_buffer.size(), m_position);
            if (at < 0) {
                // Keep only what could be the start of a delimiter.
                m_position = std::max(m_position, m_buffer.size() - (m_delimiter.size() - 1));
                return;
            }
            m_position = at + m_delimiter.size();
            m_state = State::BoundaryLine;
            break;
        }
        case State::BoundaryLine: {
            // After a delimiter: "--" closes the body, else optional padding then CRLF.
            const QByteArrayView rest = pending();
            if (rest.size() < 2)
                return;
            if (rest.startsWith("--")) {
                m_position = m_buffer.size();   // the epilogue is ignored
                m_state = State::Epilogue;
                return;
            }
            const qsizetype end = rest.indexOf("\r\n");
            if (end < 0) {
                if (rest.size() > maxBoundaryLine)
                    fail(tr("a boundary line is not followed by a line break"));
                return;
            }
            if (!rest.first(end).trimmed().isEmpty()) {
                fail(tr("unexpected text after a boundary"));
                return;
            }
            m_position += end + 2;
            m_headers = {};
            m_headerBytes = 0;
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            const QByteArrayView rest = pending();
            const qsizetype end = rest.indexOf("\r\n");
            if (end < 0) {
                if (m_headerBytes + rest.size() > maxHeaderBytes)
                    fail(tr("a part's headers are longer than %1 bytes").arg(maxHeaderBytes));
                return;
            }
            m_position += end + 2;
            m_headerBytes += end + 2;
            if (m_headerBytes > maxHeaderBytes) {
                fail(tr("a part's headers are longer than %1 bytes").arg(maxHeaderBytes));
                return;
            }
            if (end == 0) {
                if (!beginBody())
                    return;
            } else if (!headerLine(rest.first(end))) {
                return;
            }
            break;
        }
        case State::CountedBody: {
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_remaining, available()));
            if (onPartData && !onPartData(pending().first(take))) {
                fail(stopReason);
                return;
            }
            m_position += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::AfterCountedBody;
            break;
        }
        case State::AfterCountedBody: {
            const QByteArrayView rest = pending();
            const qsizetype compare = std::min(rest.size(), m_delimiter.size());
            if (rest.first(compare) != QByteArrayView(m_delimiter).first(compare)) {
                fail(tr("a part is longer than its Content-Length (%1 bytes)").arg(m_headers.contentLength));
                return;
            }
            if (compare < m_delimiter.size())
                return;
            m_position += m_delimiter.size();
            if (!endPart())
                return;
            break;
        }
        case State::ScannedBody: {
            const qsizetype at = delimiter.indexIn(m_buffer.constData(), m_buffer.size(), m_position);
            // Without a delimiter, all but a possible delimiter start is part data.
            const qsizetype dataEnd = at >= 0 ? at : std::max(m_position, m_buffer.size() - (m_delimiter.size() - 1));
            if (dataEnd > m_position && onPartData && !onPartData(QByteArrayView(m_buffer).sliced(m_position, dataEnd - m_position))) {
                fail(stopReason);
                return;
            }
            m_position = dataEnd;
            if (at < 0)
                return;
            m_position += m_delimiter.size();
            if (!endPart())
                return;
            break;
        }
        case State::Epilogue:
        case State::Failed:
            return;
        }
    }
}

} // namespace continuum::remote
