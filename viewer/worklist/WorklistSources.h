#pragma once
#include "WorklistTypes.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace continuum::worklist {

// What the worklist asks a source for: a date range (either end open) and a modality.
struct SourceQuery {
    QDate from;
    QDate to;
    QString modality;   // empty = any
};

struct RemoteStudiesResult {
    std::vector<RemoteStudy> studies;
    std::optional<QString> error;   // set when the node could not be asked (studies may be partial)
};

struct ScheduledResult {
    std::vector<ScheduledProcedure> procedures;
    std::optional<QString> error;
};

// Studies on a remote node (a PACS queried by C-FIND or QIDO-RS). Calls block: the view runs
// them on a worker thread, one call per source at a time.
class StudySource {
public:
    virtual ~StudySource() = default;
    virtual QString name() const = 0;
    virtual RemoteStudiesResult studies(const SourceQuery& query) = 0;
};

// Scheduled procedures from a Modality Worklist server. Same threading rule.
class ScheduledProcedureSource {
public:
    virtual ~ScheduledProcedureSource() = default;
    virtual QString name() const = 0;
    virtual ScheduledResult scheduledProcedures(const SourceQuery& query) = 0;
};

} // namespace continuum::worklist
