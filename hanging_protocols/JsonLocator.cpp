#include "JsonLocator.h"

#include <algorithm>

namespace continuum::hanging_protocols {
namespace {

class Walker {
public:
    explicit Walker(const QByteArray& json) : m_data(json.constData()), m_size(json.size()) {}

    // Offset of the value at path[depth...] starting at the current position.
    qsizetype locate(const QStringList& path, int depth)
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (depth == path.size() || m_pos >= m_size)
            return start;
        const char c = m_data[m_pos];
        if (c == '{') {
            ++m_pos;
            while (true) {
                skipSpace();
                if (m_pos >= m_size || m_data[m_pos] == '}')
                    return start;
                const QString key = readString();
                skipSpace();
                if (m_pos < m_size && m_data[m_pos] == ':')
                    ++m_pos;
                if (key == path[depth])
                    return locate(path, depth + 1);
                skipValue();
                skipSpace();
                if (m_pos < m_size && m_data[m_pos] == ',')
                    ++m_pos;
            }
        }
        if (c == '[') {
            ++m_pos;
            bool ok = false;
            const int wanted = path[depth].toInt(&ok);
            for (int index = 0;; ++index) {
                skipSpace();
                if (!ok || m_pos >= m_size || m_data[m_pos] == ']')
                    return start;
                if (index == wanted)
                    return locate(path, depth + 1);
                skipValue();
                skipSpace();
                if (m_pos < m_size && m_data[m_pos] == ',')
                    ++m_pos;
            }
        }
        return start;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\n' || m_data[m_pos] == '\r' || m_data[m_pos] == '\t'))
            ++m_pos;
    }

    QString readString()
    {
        if (m_pos >= m_size || m_data[m_pos] != '"')
            return {};
        const qsizetype begin = ++m_pos;
        while (m_pos < m_size && m_data[m_pos] != '"')
            m_pos += m_data[m_pos] == '\\' ? 2 : 1;
        // Keys with escapes are compared in their raw form; protocol keys never need escapes.
        const QString text = QString::fromUtf8(m_data + begin, m_pos - begin);
        ++m_pos;
        return text;
    }

    void skipValue()
    {
        skipSpace();
        if (m_pos >= m_size)
            return;
        const char c = m_data[m_pos];
        if (c == '"') {
            readString();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_size) {
                const char d = m_data[m_pos];
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_pos;
                        return;
                    }
                }
                ++m_pos;
            }
            return;
        }
        while (m_pos < m_size && m_data[m_pos] != ',' && m_data[m_pos] != '}' && m_data[m_pos] != ']')
            ++m_pos;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

int JsonLocator::lineAt(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json[i] == '\n')
            ++line;
    }
    return line;
}

int JsonLocator::lineOf(const QByteArray& json, const QStringList& path)
{
    Walker walker(json);
    return lineAt(json, walker.locate(path, 0));
}

} // namespace continuum::hanging_protocols
