#pragma once
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QString>

#include <optional>

namespace continuum::remote {

enum class SecretKind {
    Password,   // basic authentication
    Token,      // bearer authentication
    PrivateKeyPassword,   // the password of a DICOM TLS private key (a node's or our own)
};

// Passwords and bearer tokens of remote nodes, per node name, in the desktop keyring (Secret
// Service over D-Bus, through QtKeychain). Without a keyring (no session bus or no Secret
// Service, as on CI machines) secrets are kept in this process's memory only and persistent()
// says so; they are never written to settings, files or logs. Secrets are shared by every
// CredentialStore of the process. Keyring calls wait for D-Bus in a local event loop: use the
// store from the main thread (or any one thread that owns a QCoreApplication-era event
// dispatcher), not from several threads at once.
class CredentialStore {
public:
    explicit CredentialStore(QString service = QStringLiteral("continuum"));

    bool persistent();             // the desktop keyring answers (asked once per process)
    QString storageDescription();  // for the user: where secrets go

    std::optional<QString> secret(const QString& nodeName, SecretKind kind);
    RemoteStatus store(const QString& nodeName, SecretKind kind, const QString& secret);
    RemoteStatus forget(const QString& nodeName, SecretKind kind);

    // The kind of secret a node's authentication needs; nullopt for "none".
    static std::optional<SecretKind> kindFor(const RemoteNode& node);

private:
    QString key(const QString& nodeName, SecretKind kind) const;
    QString m_service;
};

} // namespace continuum::remote
