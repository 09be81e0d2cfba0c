#pragma once
#include "RemoteArchive.h"

#include "remote/DicomWebClient.h"

namespace continuum::app {

// RemoteArchive over DICOMweb: QIDO-RS for find and listInstances, WADO-RS (stored bytes,
// transfer-syntax=*) for retrieve, STOW-RS for send, and a QIDO-RS search as the echo. The
// client fetches whole studies or series only, so supportsInstanceRetrieve() is false and a
// retry of a partly received series fetches the series again (what is here is kept as is).
// The secret (password or token) is given by RemoteArchive::create from the CredentialStore.
class DicomWebArchive final : public RemoteArchive {
public:
    DicomWebArchive(remote::RemoteNode node, QString secret);

    const remote::RemoteNode& node() const override { return m_client.node(); }
    remote::RemoteStatus echo() override { return m_client.ping(); }
    remote::FindResult find(const remote::QueryRequest& request) override { return m_client.find(request); }
    InstanceListing listInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid) override;
    bool supportsInstanceRetrieve() const override { return false; }
    remote::RetrieveResult retrieve(const remote::RetrieveRequest& request, const remote::RetrieveCallbacks& callbacks) override;
    remote::SendResult send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress) override
    {
        return m_client.send(paths, onProgress);
    }
    void cancel() override { m_client.cancel(); }

private:
    remote::DicomWebClient m_client;
};

} // namespace continuum::app
