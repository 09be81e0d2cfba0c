#include "remote/RemoteNode.h"

namespace continuum::remote {

QString RemoteNode::describe() const
{
    if (kind == NodeKind::DicomWeb)
        return baseUrl;
    return QStringLiteral("%1@%2:%3").arg(aeTitle, host).arg(port);
}

} // namespace continuum::remote
