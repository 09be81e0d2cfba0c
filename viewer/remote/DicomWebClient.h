#pragma once
#include "remote/DimseClient.h"
#include "remote/QueryTypes.h"
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QNetworkReply;

namespace continuum::remote {

// One instance of a series as QIDO-RS lists it.
struct InstanceRow {
    QString sopInstanceUid;
    QString sopClassUid;
    int instanceNumber = -1;
    int numberOfFrames = -1;
};

struct InstanceFindResult {
    RemoteStatus status;
    std::vector<InstanceRow> rows;
};

// Talks DICOMweb to one node (RemoteNode::kind DicomWeb) with Qt Network: QIDO-RS search,
// WADO-RS retrieve (stored bytes, transfer-syntax=*; the multipart answer is split as it
// streams and each instance filed as soon as it is complete), STOW-RS send (streamed from the
// files), basic or bearer authentication, HTTPS with the system CAs plus the node's optional
// CA file (a certificate problem always fails; it is never ignored).
//
// Threading: every call blocks and runs its requests in a local QEventLoop on the calling
// thread, with a QNetworkAccessManager created for that call, so it works from a worker thread
// (QThread, std::thread or QtConcurrent) that runs no event loop of its own, as long as a
// QCoreApplication exists. Run calls off the GUI thread. One call at a time per client.
// cancel() may be called from any thread: the running request is aborted on its own thread and
// the call returns Cancelled. A request that sees no byte move for the node's timeoutSeconds
// fails with TimedOut.
//
// The secret (password for basic, token for bearer) only ever goes into the Authorization
// header; no message this class produces contains it.
class DicomWebClient {
public:
    DicomWebClient(RemoteNode node, QString secret = {});
    ~DicomWebClient();
    DicomWebClient(const DicomWebClient&) = delete;
    DicomWebClient& operator=(const DicomWebClient&) = delete;

    // "Test connection": a QIDO-RS study search with limit=1.
    RemoteStatus ping();
    // Study or series level (series without a study UID searches every study); the patient
    // level, which QIDO-RS lacks, is answered from a study search grouped by patient.
    FindResult find(const QueryRequest& request);
    InstanceFindResult findInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid);
    // WADO-RS of a study or series into request.destination (method is ignored). Progress
    // counts parts received against the instance count a QIDO search gave just before. With
    // request.sopInstanceUids: one instance-level WADO-RS per instance (no count query), so a
    // retry fetches only what is missing.
    RetrieveResult retrieve(const RetrieveRequest& request, const RetrieveCallbacks& callbacks = {});
    // STOW-RS; onProgress(files done, total) as the upload advances.
    SendResult send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress = {});

    void cancel();
    const RemoteNode& node() const { return m_node; }

private:
    class Call;
    friend class Call;

    RemoteNode m_node;
    QString m_secret;
    std::atomic<bool> m_cancelRequested{false};
    std::mutex m_activeMutex;
    QNetworkReply* m_activeReply = nullptr;   // guarded by m_activeMutex
};

} // namespace continuum::remote
