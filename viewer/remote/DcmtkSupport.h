#pragma once
// Private to continuum_remote: the only header that includes DCMTK.
#include "remote/RemoteNode.h"
#include "remote/RemoteStatus.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <string>
#include <vector>

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

    // TCP connect timeout is a DCMTK global; the others are per association.
    static void applyTimeouts(DcmSCU& scu, int seconds);

    // `what` names the operation for the sentence ("C-ECHO", "the query"...).
    static RemoteStatus fromCondition(const OFCondition& condition, const RemoteNode& node, const LocalNode& local,
                                      const QString& what);

    // DcmSCU drops the A-ASSOCIATE-RJ reason: ask again with a bare Verification association to
    // learn it, and say what to fix.
    static QString rejectionSentence(const RemoteNode& node, const LocalNode& local);

    static QString text(const char* sourceText);   // translated, context continuum::remote
};

} // namespace continuum::remote
