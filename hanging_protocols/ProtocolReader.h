#pragma once
#include "Protocol.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace continuum::hanging_protocols {

// Why a protocol file was not loaded: the file, the 1-based line (0 when unknown) and one
// sentence for the person who edits the file.
struct ProtocolProblem {
    QString file;
    int line = 0;
    QString reason;

    QString text() const   // "file:line: reason", as compilers print it
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason) : QStringLiteral("%1: %2").arg(file, reason);
    }
};

// Reads the JSON form of a protocol (docs/hanging-protocols.md), validating it completely: unknown
// keys, wrong types, unknown attributes or constraints, invalid regular expressions, layouts whose
// viewport count does not fit, sync groups naming missing viewports. The first problem is reported
// with its line.
class ProtocolReader {
public:
    static std::optional<Protocol> read(const QByteArray& json, const QString& fileName, ProtocolProblem* problem = nullptr);
    static std::optional<Protocol> readFile(const QString& path, ProtocolProblem* problem = nullptr);
};

} // namespace continuum::hanging_protocols
