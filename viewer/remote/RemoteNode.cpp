#include "remote/RemoteNode.h"

namespace continuum::remote {

QString RemoteNode::describe() const
{
    if (kind == NodeKind::DicomWeb)
        return baseUrl;
    const QString address = QStringLiteral("%1@%2:%3").arg(aeTitle, host).arg(port);
    return tls.enabled ? address + QStringLiteral(" (TLS)") : address;
}

} // namespace continuum::remote
