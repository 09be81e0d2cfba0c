#pragma once
#include "Protocol.h"

#include <QByteArray>
#include <QJsonObject>

namespace continuum::hanging_protocols {

// Writes a protocol in the JSON form ProtocolReader reads (what "save as protocol" stores in the
// user folder). Defaults are left out, so written files stay short.
class ProtocolWriter {
public:
    static QJsonObject toJsonObject(const Protocol& protocol);
    static QByteArray toJson(const Protocol& protocol);
};

} // namespace continuum::hanging_protocols
