#pragma once
// Private to continuum_remote: the only header that includes DCMTK.
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <memory>
#include <string>
#include <vector>

#include <dcmtk/dcmnet/dcmlayer.h>

namespace continuum::remote {

// Shared DCMTK plumbing for DimseClient and StorageScp: accepted syntaxes, timeouts, and
// DCMTK conditions turned into RemoteStatus sentences.
class DcmtkSupport {
public:
    // Once per process, before the first association: TCP_NODELAY=1 in the environment (DCMTK
    // leaves Nagle's algorithm on otherwise: ~45 ms per message), and DCMTK's own log silenced
    // (our results carry the errors) unless $CONTINUUM_DCMTK_LOG names a level
    // (trace, debug, info, warn, error).
    static void prepareNetworking();

    // From data/accepted-transfer-syntaxes.txt (a resource), filtered by what we decode.
    static const std::vector<std::string>& acceptedTransferSyntaxes();
    // The common storage SOP classes, at most 127 so that they fit one association profile.
    static std::vector<std::string> storageSopClasses();

    // Presentation contexts (at most 127 besides the Q/R one) for a C-GET's incoming C-STOREs.
    // Known SOP classes: one context per class and accepted transfer syntax when that fits,
    // else one per class and transfer syntax group (accepted-transfer-syntaxes.txt), else one
    // per class with every syntax. No classes known: the common storage classes of
    // data/retrieve-storage-classes.txt, images one context per group, documents (SR, KO,
    // PR...) their uncompressed groups only. Each entry: (SOP class, transfer syntaxes).
    static std::vector<std::pair<std::string, std::vector<std::string>>> retrieveStorageContexts(const std::vector<std::string>& knownSopClasses);
    // The groups of acceptedTransferSyntaxes(), in preference order.
    static const std::vector<std::vector<std::string>>& transferSyntaxGroups();

    // A DICOM TLS transport layer (client: `server` false; our SCP: true) from the settings,
    // with the private key's password (empty: none; never a console prompt). Reads and writes
    // on its connections give up after `timeoutSeconds` so that a handshake with a silent peer
    // cannot hang. nullptr and `error` in words when a file is missing or does not fit.
    static std::unique_ptr<DcmTransportLayer> createTlsLayer(const TlsSettings& tls, const QString& keyPassword, bool server,
                                                             int timeoutSeconds, QString& error);
    // A failed TLS association request in words: untrusted server certificate, client
    // certificate required or refused, the server not speaking TLS, no answer in time.
    static RemoteStatus fromTlsCondition(const OFCondition& condition, const RemoteNode& node, qint64 elapsedMs);
    // Whether a failed association request over TLS failed in the TLS layer (a dcmtls condition,
    // or the peer dropping the connection right after the handshake: TLS 1.3 checks the client
    // certificate after the client is done), so that fromTlsCondition() words it.
    static bool isTlsFailure(const OFCondition& condition);

    // TCP connect timeout is a DCMTK global; the others are per association.
    static void applyTimeouts(DcmSCU& scu, int seconds);

    // `what` names the operation for the sentence ("C-ECHO", "the query"...).
    static RemoteStatus fromCondition(const OFCondition& condition, const RemoteNode& node, const LocalNode& local,
                                      const QString& what, const QString& keyPassword = {});

    // DcmSCU drops the A-ASSOCIATE-RJ reason: ask again with a bare Verification association to
    // learn it, and say what to fix.
    static QString rejectionSentence(const RemoteNode& node, const LocalNode& local, const QString& keyPassword = {});

    static QString text(const char* sourceText);   // translated, context continuum::remote
};

} // namespace continuum::remote
