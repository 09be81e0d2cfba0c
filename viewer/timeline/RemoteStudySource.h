#pragma once
#include "TimelineTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace continuum::timeline {

struct RemoteQueryResult {
    std::vector<RemoteStudySummary> studies;
    std::optional<QString> error;   // set when the node could not be asked (studies may be partial)
};

// Studies of one patient on a remote node (a PACS queried by DIMSE C-FIND or QIDO-RS). The
// timeline only needs this much; the network library implements it. Called from whatever thread
// builds the timeline; implementations block until the node answered or failed.
class RemoteStudySource {
public:
    virtual ~RemoteStudySource() = default;
    virtual QString nodeName() const = 0;
    // Studies whose PatientID matches (the model re-checks ID and issuer itself).
    virtual RemoteQueryResult studiesOfPatient(const PatientIdentity& patient) = 0;
};

} // namespace continuum::timeline
