#pragma once
#include "RemoteArchive.h"

#include "timeline/RemoteStudySource.h"

#include <memory>

namespace continuum::app {

// The timeline's view of a remote archive: the studies of one patient, from a study-level
// C-FIND or QIDO-RS search by PatientID. Blocks; run it on a worker thread.
class ArchiveStudySource final : public timeline::RemoteStudySource {
public:
    explicit ArchiveStudySource(std::unique_ptr<RemoteArchive> archive);

    QString nodeName() const override;
    timeline::RemoteQueryResult studiesOfPatient(const timeline::PatientIdentity& patient) override;

private:
    std::unique_ptr<RemoteArchive> m_archive;
};

} // namespace continuum::app
