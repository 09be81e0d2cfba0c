#include "RecistTypes.h"

#include <QCoreApplication>

namespace continuum::oncology {

QString responseCode(Response response)
{
    switch (response) {
    case Response::CompleteResponse: return QStringLiteral("CR");
    case Response::PartialResponse: return QStringLiteral("PR");
    case Response::StableDisease: return QStringLiteral("SD");
    case Response::ProgressiveDisease: return QStringLiteral("PD");
    case Response::NotEvaluable: return QStringLiteral("NE");
    case Response::NonCrNonPd: return QStringLiteral("Non-CR/Non-PD");
    case Response::NotApplicable: return QStringLiteral("N/A");
    }
    return {};
}

QString responseName(Response response)
{
    const char* context = "continuum::oncology::Response";
    switch (response) {
    case Response::CompleteResponse: return QCoreApplication::translate(context, "complete response");
    case Response::PartialResponse: return QCoreApplication::translate(context, "partial response");
    case Response::StableDisease: return QCoreApplication::translate(context, "stable disease");
    case Response::ProgressiveDisease: return QCoreApplication::translate(context, "progressive disease");
    case Response::NotEvaluable: return QCoreApplication::translate(context, "not evaluable");
    case Response::NonCrNonPd: return QCoreApplication::translate(context, "non-CR/non-PD");
    case Response::NotApplicable: return QCoreApplication::translate(context, "not applicable");
    }
    return {};
}

const TimepointAssessment* RecistEvaluation::timepoint(const QString& studyInstanceUid) const
{
    for (const TimepointAssessment& candidate : timepoints)
        if (candidate.timepoint.studyInstanceUid == studyInstanceUid)
            return &candidate;
    return nullptr;
}

} // namespace continuum::oncology
