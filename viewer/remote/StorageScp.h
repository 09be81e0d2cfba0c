#pragma once
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace continuum::remote {

struct StorageScpOptions {
    QString aeTitle = QStringLiteral("CONTINUUM"); // called AE title we answer to
    quint16 port = 11112;
    QString destination;                           // received files land here
    QStringList allowedCallers;                    // calling AE titles; empty: any
    int timeoutSeconds = 30;
    // DICOM TLS: our certificate and key (required), the callers' trusted certificates, and
    // verifyPeer to require callers to present one of them. Plain DICOM when not enabled.
    TlsSettings tls;
    QString privateKeyPassword;                    // from the CredentialStore; empty: none
};

// A storage SCP (C-STORE and C-ECHO) that accepts every storage SOP class in every transfer
// syntax we can decode, from a PACS pushing studies, a modality, or a C-MOVE we asked for.
// Each instance is written as received (bit-preserving) to a Part 10 file named by its SOP
// Instance UID; an existing different file is never overwritten. Runs on its own thread
// between start() and stop() (or destruction); one association at a time.
class StorageScp {
public:
    explicit StorageScp(StorageScpOptions options);
    ~StorageScp();
    StorageScp(const StorageScp&) = delete;
    StorageScp& operator=(const StorageScp&) = delete;

    // Called on the SCP thread for each stored file (path in the destination).
    void setInstanceStoredCallback(std::function<void(const QString& path)> callback);

    RemoteStatus start();   // listens before returning: a busy port is reported here
    void stop();            // waits for the current association to end
    bool isRunning() const;
    int storedCount() const;
    int conflictCount() const;
    const StorageScpOptions& options() const;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace continuum::remote
