#pragma once
#include "LesionTypes.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::oncology {

// RECIST 1.1 responses. NonCrNonPd is the non-target (and Table 2 overall) response between CR
// and PD; NotApplicable: at baseline, or no lesions of that kind.
enum class Response { CompleteResponse, PartialResponse, StableDisease, ProgressiveDisease, NotEvaluable, NonCrNonPd, NotApplicable };

// "CR", "PR", "SD", "PD", "NE", "Non-CR/Non-PD", "N/A"
QString responseCode(Response response);
// "complete response" ... translated
QString responseName(Response response);

struct ResponseWithReason {
    Response response = Response::NotApplicable;
    QString reason;   // in words, for the table, the report and the tests
};

// A baseline rule the lesions break (the evaluation still runs; results may not be RECIST).
struct ValidationIssue {
    QString lesionId;   // empty when about all lesions (e.g. too many targets)
    QString text;
};

// The diameter one target lesion contributes to the sum at one timepoint.
struct TargetDiameter {
    QString lesionId;
    std::optional<double> diameterMm;   // nullopt: not evaluable at this timepoint
    QString basis;                      // "long axis", "short axis (node)", "absent", "too small (5 mm)"...
};

struct TimepointAssessment {
    Timepoint timepoint;
    bool baseline = false;
    std::vector<TargetDiameter> targets;
    double sumMm = 0.0;          // of the evaluable targets
    bool sumComplete = true;     // every target evaluable
    std::optional<double> changeFromBaselineMm;
    std::optional<double> changeFromBaselinePercent;
    // Smallest complete sum before this timepoint, baseline included (the reference for PD).
    std::optional<double> nadirMm;
    QString nadirStudyInstanceUid;
    std::optional<double> changeFromNadirMm;
    std::optional<double> changeFromNadirPercent;
    QStringList newLesionIds;
    ResponseWithReason target;
    ResponseWithReason nonTarget;
    ResponseWithReason overall;
};

struct RecistEvaluation {
    std::vector<ValidationIssue> issues;
    std::vector<TimepointAssessment> timepoints;   // oldest first; the first is the baseline

    bool valid() const { return issues.empty(); }
    const TimepointAssessment* timepoint(const QString& studyInstanceUid) const;
};

} // namespace continuum::oncology
