#pragma once
#include "WorklistSources.h"

#include "remote/RemoteNode.h"

#include <QString>

namespace continuum::worklist {

// Where a Modality Worklist server is and who we are to it.
struct WorklistServer {
    QString name;                  // shown on items and errors ("RIS")
    QString host;
    quint16 port = 104;
    QString calledAeTitle;
    QString callingAeTitle = QStringLiteral("CONTINUUM");
    int timeoutSeconds = 30;       // connect, association (ACSE) and each message (DIMSE)
    // DICOM TLS as for any DIMSE node; the private key's password comes from the keyring.
    remote::TlsSettings tls;
    QString privateKeyPassword;

    // The node's settings (name, address, TLS) with us as the calling AE.
    static WorklistServer fromNode(const remote::RemoteNode& node, const remote::LocalNode& local);
};

// What the C-FIND asks for besides the source query's dates and modality.
struct WorklistKeys {
    QString scheduledStationAeTitle;   // (0040,0001); empty = any station
};

// Asks a Modality Worklist SCP (C-FIND, Modality Worklist Information Model - FIND,
// 1.2.840.10008.5.1.4.31) for scheduled procedure steps, one association per call, through
// DCMTK's DcmSCU, over DICOM TLS when the server's settings say so. TCP_NODELAY is set before
// the first association (DCMTK leaves Nagle on otherwise). Blocking: run it off the GUI thread.
class ModalityWorklistClient final : public ScheduledProcedureSource {
public:
    explicit ModalityWorklistClient(WorklistServer server, WorklistKeys keys = {});

    QString name() const override;
    // Scheduled date range and modality from the query; the station AE title from the keys.
    ScheduledResult scheduledProcedures(const SourceQuery& query) override;

    const WorklistServer& server() const { return m_server; }

private:
    WorklistServer m_server;
    WorklistKeys m_keys;
};

} // namespace continuum::worklist
