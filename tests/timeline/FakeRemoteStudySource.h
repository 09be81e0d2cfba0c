#pragma once
#include "timeline/RemoteStudySource.h"

#include <utility>

namespace continuum::testing {

// Stands in for a PACS: answers with the summaries it was given (or an error), and records the
// patient it was asked about.
class FakeRemoteStudySource : public timeline::RemoteStudySource {
public:
    FakeRemoteStudySource(QString nodeName, std::vector<timeline::RemoteStudySummary> studies,
                          std::optional<QString> error = std::nullopt)
        : m_nodeName(std::move(nodeName))
        , m_studies(std::move(studies))
        , m_error(std::move(error))
    {
    }

    QString nodeName() const override { return m_nodeName; }
    timeline::RemoteQueryResult studiesOfPatient(const timeline::PatientIdentity& patient) override
    {
        askedFor = patient;
        return {m_studies, m_error};
    }

    timeline::PatientIdentity askedFor;

private:
    QString m_nodeName;
    std::vector<timeline::RemoteStudySummary> m_studies;
    std::optional<QString> m_error;
};

} // namespace continuum::testing
