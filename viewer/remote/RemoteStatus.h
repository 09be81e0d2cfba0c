#pragma once
#include <QString>

namespace continuum::remote {

// What went wrong talking to a remote node, in categories a user can act on.
enum class RemoteErrorKind {
    None,
    InvalidRequest,        // our side: missing UID, unknown node kind, unreadable file...
    HostNotFound,          // the host name does not resolve
    ConnectionRefused,     // nothing listens on that port
    HostUnreachable,       // no route / network down
    TimedOut,              // the server stopped answering within the configured timeout
    AssociationRejected,   // the server refused us (AE titles, not allowed)
    NoAcceptedService,     // the server supports none of the services/syntaxes we proposed
    ConnectionLost,        // aborted or closed by the peer during the operation
    ServerFailure,         // the server answered with a failure status
    LocalStorage,          // we could not write a received file
    PortInUse,             // our storage SCP cannot listen on its port
    Cancelled,             // the user cancelled
    CredentialsRefused,    // HTTP 401/403: wrong or missing password or token
    CertificateRejected,   // TLS: the server's certificate is not trusted or names another host
    TlsFailed,             // TLS: handshake failed (server not using TLS, client certificate required or refused, bad key)
};

// The outcome of an operation: ok, or a kind plus a sentence for the user.
struct RemoteStatus {
    RemoteErrorKind kind = RemoteErrorKind::None;
    QString message;

    bool ok() const { return kind == RemoteErrorKind::None; }
    static RemoteStatus success(QString text = {}) { return {RemoteErrorKind::None, std::move(text)}; }
    static RemoteStatus failure(RemoteErrorKind kind, QString text) { return {kind, std::move(text)}; }
};

} // namespace continuum::remote
