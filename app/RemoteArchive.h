#pragma once
#include "remote/DimseClient.h"
#include "remote/QueryTypes.h"
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace continuum::app {

// One instance an archive holds, as a retrieve plans it.
struct RemoteInstance {
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString sopClassUid;          // empty when the archive did not say
    qint64 estimatedBytes = -1;   // from the image attributes the archive returned; -1 unknown
};

struct InstanceListing {
    remote::RemoteStatus status;
    std::vector<RemoteInstance> instances;
};

// What the query panel and the retrieve/send jobs need from a remote archive, whatever the
// protocol: search, list the instances of a study or series, retrieve (optionally single
// instances), send, cancel. The DIMSE implementation wraps remote::DimseClient; a DICOMweb
// implementation wraps DicomWebClient the same way (QIDO for find/listInstances, WADO-RS for
// retrieve; supportsInstanceRetrieve() tells the job whether partial series can be fetched
// instance by instance or must be fetched whole). Calls block: run them on a worker thread.
// cancel() may be called from any thread.
class RemoteArchive {
public:
    virtual ~RemoteArchive() = default;

    virtual const remote::RemoteNode& node() const = 0;
    virtual remote::RemoteStatus echo() = 0;
    virtual remote::FindResult find(const remote::QueryRequest& request) = 0;
    // Every instance of the study (seriesInstanceUid empty) or of one series.
    virtual InstanceListing listInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid) = 0;
    virtual bool supportsInstanceRetrieve() const = 0;
    virtual remote::RetrieveResult retrieve(const remote::RetrieveRequest& request, const remote::RetrieveCallbacks& callbacks) = 0;
    virtual remote::SendResult send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress) = 0;
    virtual void cancel() = 0;

    // The archive for a configured node: DimseArchive or DicomWebArchive. For a DICOMweb node
    // with basic or bearer authentication the secret comes from remote::CredentialStore (call
    // this on the thread that uses the store); nullptr with `error` set ("Password needed for
    // node X...") when none is known. A DIMSE node's TLS private key password (and our own
    // key's, for the C-MOVE receiver) come from the store too, empty when none is saved.
    static std::unique_ptr<RemoteArchive> create(const remote::RemoteNode& node, const remote::LocalNode& local, QString* error = nullptr);

protected:
    // The series listInstances walks: the one asked for, or every series of the study.
    remote::RemoteStatus seriesToList(const QString& studyInstanceUid, const QString& seriesInstanceUid, std::vector<QString>& seriesUids);
};

// A failed remote operation in a user's words: what happened (credentials refused, unknown AE
// title, host unreachable, timed out, disk full...), then the detail the network layer gave.
QString userMessage(const remote::RemoteStatus& status);

// RemoteArchive over DIMSE (C-FIND, C-GET at study/series/image level, C-STORE, C-CANCEL).
class DimseArchive final : public RemoteArchive {
public:
    DimseArchive(remote::RemoteNode node, remote::LocalNode local, QString keyPassword = {}, QString localKeyPassword = {});

    const remote::RemoteNode& node() const override { return m_client.node(); }
    remote::RemoteStatus echo() override { return m_client.echo(); }
    remote::FindResult find(const remote::QueryRequest& request) override { return m_client.find(request); }
    InstanceListing listInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid) override;
    bool supportsInstanceRetrieve() const override { return true; }
    // By C-GET, or by C-MOVE when the node is set to ("retrieve": "move").
    remote::RetrieveResult retrieve(const remote::RetrieveRequest& request, const remote::RetrieveCallbacks& callbacks) override;
    remote::SendResult send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress) override
    {
        return m_client.send(paths, onProgress);
    }
    void cancel() override { m_client.cancel(); }

private:
    remote::DimseClient m_client;
};

} // namespace continuum::app
