#pragma once
#include "remote/InstanceFiler.h"
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace continuum::remote {

struct StorageScpRouteTable;

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
//
// A port can be listened on only once per process, so a C-MOVE of ours whose destination is
// the AE title and port an SCP of this process already listens on (the always-on receiver)
// joins it through a Route instead of starting a second SCP.
class StorageScp {
public:
    // While it lives, the instances of one study that arrive at the running SCP go to the
    // route's folder and callback instead of the SCP's own. Destroying it waits for an instance
    // being handed to the callback, so the callback's captures may die right after.
    class Route {
    public:
        ~Route();
        Route(const Route&) = delete;
        Route& operator=(const Route&) = delete;

    private:
        friend class StorageScp;
        Route(std::weak_ptr<StorageScpRouteTable> table, quint64 id) : m_table(std::move(table)), m_id(id) {}
        std::weak_ptr<StorageScpRouteTable> m_table;
        quint64 m_id = 0;
    };
    using RoutedCallback = std::function<void(const InstanceFiler::Filed& filed)>;
    // A route on the SCP of this process that listens on local.port as local.aeTitle (with the
    // same TLS choice), or null when there is none. The callback runs on the SCP's thread before
    // the instance's C-STORE response is sent, so every instance is handed over before the
    // sender's final C-MOVE response can arrive.
    static std::unique_ptr<Route> routeStudy(const LocalNode& local, const QString& studyInstanceUid, const QString& destination,
                                             RoutedCallback onFiled);

    explicit StorageScp(StorageScpOptions options);
    ~StorageScp();
    StorageScp(const StorageScp&) = delete;
    StorageScp& operator=(const StorageScp&) = delete;

    // Called on the SCP thread for each stored file (path in the destination).
    void setInstanceStoredCallback(std::function<void(const QString& path)> callback);

    RemoteStatus start();   // listens before returning: a busy port is reported here
    void stop();            // waits for the current association to end
    bool isRunning() const;
    int storedCount() const;      // filed into this SCP's destination (routed ones not counted)
    int conflictCount() const;
    const StorageScpOptions& options() const;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace continuum::remote
