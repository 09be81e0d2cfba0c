#pragma once
#include "WorklistSources.h"

#include "remote/RemoteNode.h"

#include <memory>

namespace continuum::remote {
class DimseClient;
}

namespace continuum::worklist {

// A configured DIMSE node as a worklist source: one study-level C-FIND by study date range and
// modality (remote::DimseClient). Blocking: run it off the GUI thread.
class PacsStudySource final : public StudySource {
public:
    PacsStudySource(remote::RemoteNode node, remote::LocalNode local);
    ~PacsStudySource() override;

    QString name() const override;
    RemoteStudiesResult studies(const SourceQuery& query) override;

private:
    std::unique_ptr<remote::DimseClient> m_client;
};

} // namespace continuum::worklist
