#pragma once
#include <QByteArray>
#include <QStringList>

namespace continuum::hanging_protocols {

// Line numbers for error messages: QJsonDocument keeps no positions, so this walks the raw text
// of an already well-formed document along a path of object keys and array indices.
class JsonLocator {
public:
    // 1-based line of byte `offset` (QJsonParseError::offset).
    static int lineAt(const QByteArray& json, qsizetype offset);
    // 1-based line where the value at `path` starts ({"stages", "0", "viewports", "2"}). When the
    // path ends early (a missing key), the line of the deepest value that exists.
    static int lineOf(const QByteArray& json, const QStringList& path);
};

} // namespace continuum::hanging_protocols
