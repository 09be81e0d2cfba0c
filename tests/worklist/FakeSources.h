#pragma once
#include "worklist/WorklistSources.h"

#include <vector>

namespace continuum::testing {

// Sources answering from memory, as a PACS or a RIS would, and remembering what they were asked.
class FakeStudySource final : public worklist::StudySource {
public:
    FakeStudySource(QString name, std::vector<worklist::RemoteStudy> studies)
        : m_name(std::move(name)), m_studies(std::move(studies)) {}
    QString name() const override { return m_name; }
    worklist::RemoteStudiesResult studies(const worklist::SourceQuery& query) override
    {
        lastQuery = query;
        return {m_studies, {}};
    }
    worklist::SourceQuery lastQuery;

private:
    QString m_name;
    std::vector<worklist::RemoteStudy> m_studies;
};

class FakeScheduledSource final : public worklist::ScheduledProcedureSource {
public:
    FakeScheduledSource(QString name, std::vector<worklist::ScheduledProcedure> procedures)
        : m_name(std::move(name)), m_procedures(std::move(procedures)) {}
    QString name() const override { return m_name; }
    worklist::ScheduledResult scheduledProcedures(const worklist::SourceQuery& query) override
    {
        lastQuery = query;
        return {m_procedures, {}};
    }
    worklist::SourceQuery lastQuery;

private:
    QString m_name;
    std::vector<worklist::ScheduledProcedure> m_procedures;
};

} // namespace continuum::testing
