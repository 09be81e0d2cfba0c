#pragma once
#include "RemoteArchive.h"

#include "remote/DicomWebClient.h"

namespace continuum::app {

// RemoteArchive over DICOMweb: QIDO-RS for find and listInstances, WADO-RS (stored bytes,
// transfer-syntax=*) for retrieve, STOW-RS for send, and a QIDO-RS search as the echo. Whole
// series go in one WADO-RS; single instances (a retry of a partly received series: the job
// lists the series' instances by QIDO-RS and subtracts the catalog) by instance-level WADO-RS,
// so supportsInstanceRetrieve() is true.
// The secret (password or token) is given by RemoteArchive::create from the CredentialStore.
class DicomWebArchive final : public RemoteArchive {
public:
    DicomWebArchive(remote::RemoteNode node, QString secret);

    const remote::RemoteNode& node() const override { return m_client.node(); }
    remote::RemoteStatus echo() override { return m_client.ping(); }
    remote::FindResult find(const remote::QueryRequest& request) override { return m_client.find(request); }
    InstanceListing listInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid) override;
    bool supportsInstanceRetrieve() const override { return true; }
    remote::RetrieveResult retrieve(const remote::RetrieveRequest& request, const remote::RetrieveCallbacks& callbacks) override
    {
        return m_client.retrieve(request, callbacks);
    }
    remote::SendResult send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress) override
    {
        return m_client.send(paths, onProgress);
    }
    void cancel() override { m_client.cancel(); }

private:
    remote::DicomWebClient m_client;
};

} // namespace continuum::app
