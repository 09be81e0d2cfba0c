#pragma once
#include "remote/QueryTypes.h"
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace continuum::remote {

struct FindResult {
    RemoteStatus status;
    std::vector<QueryRow> rows;
};

enum class RetrieveMethod {
    Get,   // C-GET: instances come back on our own association (no server setup for our AE)
    Move,  // C-MOVE to our AE: the server must know our AE title, host and port
};

struct RetrieveRequest {
    QString studyInstanceUid;           // required
    QString seriesInstanceUid;          // empty: the whole study
    QString destination;                // folder; created if missing
    RetrieveMethod method = RetrieveMethod::Get;
    // Non-empty: only these instances of the series (IMAGE level, seriesInstanceUid required),
    // so that a retry fetches just what is missing.
    std::vector<QString> sopInstanceUids = {};
    // The SOP classes of what is retrieved, when the caller knows them (an image-level query
    // it made anyway, SOPClassesInStudy): C-GET then proposes a storage context per class and
    // transfer syntax. Empty: the common storage classes (data/retrieve-storage-classes.txt).
    // Either way no query runs before the retrieve.
    std::vector<QString> sopClassUids = {};
    // How many instances the caller expects (progress before the server's first response); -1 unknown.
    int expectedInstances = -1;
};

struct RetrieveCallbacks {
    // After each response or received instance; called on the retrieving thread.
    std::function<void(const RetrieveProgress&)> onProgress;
    // Each instance written to the destination (Part 10 file named by SOP Instance UID), as it
    // arrives, so that it can be indexed while the rest is still coming. Retrieving thread.
    std::function<void(const QString& path)> onInstanceStored;
};

struct RetrieveResult {
    RemoteStatus status;
    RetrieveProgress progress;          // the last counts
    std::vector<QString> files;         // every file written or already present, in order
    std::vector<QString> conflicts;     // kept beside an existing different file of that name
};

struct SendResult {
    RemoteStatus status;
    int sent = 0;
    int failed = 0;
    std::vector<QString> problems;      // "file: reason", one per file not stored
};

// Talks DIMSE to one node: C-ECHO, C-FIND, C-GET/C-MOVE retrieve and C-STORE send. Each call
// opens its own association and closes it before returning; calls block, so run them off the
// GUI thread. cancel() may be called from any thread: a running find or retrieve sends
// C-CANCEL at the next message and returns Cancelled.
class DimseClient {
public:
    DimseClient(RemoteNode node, LocalNode local);
    ~DimseClient();
    DimseClient(const DimseClient&) = delete;
    DimseClient& operator=(const DimseClient&) = delete;

    RemoteStatus echo();
    FindResult find(const QueryRequest& request);
    RetrieveResult retrieve(const RetrieveRequest& request, const RetrieveCallbacks& callbacks = {});
    SendResult send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress = {});

    void cancel();
    const RemoteNode& node() const { return m_node; }

    // The password of node().tls.privateKeyFile and of our own key (LocalNode::tls, used by the
    // C-MOVE receiver), from the CredentialStore; empty when the keys have none.
    void setPrivateKeyPasswords(QString nodeKeyPassword, QString localKeyPassword = {});

private:
    RemoteNode m_node;
    LocalNode m_local;
    QString m_keyPassword;
    QString m_localKeyPassword;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace continuum::remote
