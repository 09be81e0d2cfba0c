#include "RecistEvaluator.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace continuum::oncology {

namespace {

// RECIST 1.1 thresholds (section 4.3 and appendix).
constexpr double kMaxTargets = 5;
constexpr double kMaxTargetsPerOrgan = 2;
constexpr double kMinNodalTargetShortAxisMm = 15.0;
constexpr double kMinTargetLongAxisMm = 10.0;
constexpr double kNormalNodeShortAxisMm = 10.0;   // a node under 10 mm short axis is normal
constexpr double kTooSmallDefaultMm = 5.0;
constexpr double kPartialResponseFraction = 0.30; // decrease from baseline
constexpr double kProgressionFraction = 0.20;     // increase over nadir...
constexpr double kProgressionAbsoluteMm = 5.0;    // ...and at least this much
// Diameters are read in tenths of a mm; this keeps "exactly 20%" from failing on rounding.
constexpr double kEpsilon = 1e-6;

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::oncology::RecistEvaluator", text);
}

QString mm(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" mm");
}

QString signedMm(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + mm(value);
}

QString signedPercent(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1) + QStringLiteral("%");
}

QString lesionName(const Lesion& lesion)
{
    return lesion.label.isEmpty() ? lesion.id : QStringLiteral("%1 (%2)").arg(lesion.id, lesion.label);
}

QString organKey(const Lesion& lesion)
{
    return lesion.lymphNode ? QStringLiteral("lymph nodes") : lesion.organ.trimmed().toLower();
}

bool isSeen(LesionAssessment assessment)
{
    return assessment == LesionAssessment::Present || assessment == LesionAssessment::UnequivocalProgression
        || assessment == LesionAssessment::TooSmallToMeasure;
}

ResponseWithReason nonTargetResponse(const std::vector<const Lesion*>& nonTargets, const QString& studyUid)
{
    if (nonTargets.empty())
        return {Response::NotApplicable, tr("no non-target lesions")};
    QStringList progressed, unevaluated, persisting;
    for (const Lesion* lesion : nonTargets) {
        const LesionObservation* observation = lesion->observation(studyUid);
        if (!observation || observation->assessment == LesionAssessment::NotEvaluable) {
            unevaluated << lesion->id;
            continue;
        }
        switch (observation->assessment) {
        case LesionAssessment::UnequivocalProgression: progressed << lesion->id; break;
        case LesionAssessment::Absent: break;
        case LesionAssessment::Present:
        case LesionAssessment::TooSmallToMeasure:
            // A node measured under 10 mm short axis is normal again (counts as gone).
            if (lesion->lymphNode && observation->shortAxis && observation->shortAxis->lengthMm < kNormalNodeShortAxisMm - kEpsilon)
                break;
            persisting << lesion->id;
            break;
        case LesionAssessment::NotEvaluable: break;
        }
    }
    if (!progressed.isEmpty())
        return {Response::ProgressiveDisease, tr("unequivocal progression of %1").arg(progressed.join(QStringLiteral(", ")))};
    if (!unevaluated.isEmpty())
        return {Response::NotEvaluable, tr("not all evaluated: %1").arg(unevaluated.join(QStringLiteral(", ")))};
    if (persisting.isEmpty())
        return {Response::CompleteResponse, tr("all non-target lesions gone, nodes under 10 mm short axis")};
    return {Response::NonCrNonPd, tr("persisting: %1").arg(persisting.join(QStringLiteral(", ")))};
}

QString rowText(const ResponseWithReason& target, const ResponseWithReason& nonTarget, bool newLesions)
{
    return tr("targets %1, non-targets %2, %3")
        .arg(responseCode(target.response), responseCode(nonTarget.response), newLesions ? tr("new lesions") : tr("no new lesions"));
}

ResponseWithReason overallResponse(const ResponseWithReason& target, const ResponseWithReason& nonTarget, const QStringList& newIds)
{
    const Response t = target.response;
    const Response n = nonTarget.response;
    const QString row = rowText(target, nonTarget, !newIds.isEmpty());
    if (!newIds.isEmpty())
        return {Response::ProgressiveDisease, tr("new lesion %1 (%2)").arg(newIds.join(QStringLiteral(", ")), row)};
    if (t == Response::ProgressiveDisease)
        return {Response::ProgressiveDisease, tr("target lesions progressed (%1)").arg(row)};
    if (n == Response::ProgressiveDisease)
        return {Response::ProgressiveDisease, tr("non-target lesions progressed unequivocally (%1)").arg(row)};
    if (t == Response::NotApplicable) {
        // Table 2: non-target disease only.
        switch (n) {
        case Response::CompleteResponse: return {Response::CompleteResponse, tr("Table 2: %1").arg(row)};
        case Response::NonCrNonPd: return {Response::NonCrNonPd, tr("Table 2: %1").arg(row)};
        case Response::NotEvaluable: return {Response::NotEvaluable, tr("Table 2: %1").arg(row)};
        default: return {Response::NotEvaluable, tr("no target or non-target lesions were recorded at baseline")};
        }
    }
    if (t == Response::NotEvaluable)
        return {Response::NotEvaluable, tr("Table 1: %1").arg(row)};
    if (t == Response::CompleteResponse) {
        if (n == Response::CompleteResponse || n == Response::NotApplicable)
            return {Response::CompleteResponse, tr("Table 1: %1").arg(row)};
        return {Response::PartialResponse, tr("Table 1: %1 (non-target disease remains or was not evaluated)").arg(row)};
    }
    if (t == Response::PartialResponse)
        return {Response::PartialResponse, tr("Table 1: %1").arg(row)};
    return {Response::StableDisease, tr("Table 1: %1").arg(row)};
}

} // namespace

TargetDiameter RecistEvaluator::targetDiameter(const Lesion& lesion, const LesionObservation* observation)
{
    TargetDiameter result{lesion.id, std::nullopt, {}};
    if (!observation) {
        result.basis = tr("not measured");
        return result;
    }
    switch (observation->assessment) {
    case LesionAssessment::Absent:
        result.diameterMm = 0.0;
        result.basis = tr("absent");
        return result;
    case LesionAssessment::TooSmallToMeasure:
        result.diameterMm = kTooSmallDefaultMm;
        result.basis = tr("too small to measure (5 mm)");
        return result;
    case LesionAssessment::NotEvaluable:
        result.basis = tr("not evaluable");
        return result;
    case LesionAssessment::UnequivocalProgression:
        result.basis = tr("assessed as unequivocal progression, which is for non-targets: not evaluable");
        return result;
    case LesionAssessment::Present:
        break;
    }
    if (lesion.lymphNode) {
        if (observation->shortAxis) {
            result.diameterMm = observation->shortAxis->lengthMm;
            result.basis = tr("short axis (node)");
        } else {
            result.basis = tr("node without a short axis: not evaluable");
        }
    } else if (observation->longAxis) {
        result.diameterMm = observation->longAxis->lengthMm;
        result.basis = tr("long axis");
    } else {
        result.basis = tr("no long axis: not evaluable");
    }
    return result;
}

std::vector<ValidationIssue> RecistEvaluator::validate(const LesionTracker& tracker)
{
    std::vector<ValidationIssue> issues;
    if (tracker.timepoints().empty()) {
        issues.push_back({{}, tr("no timepoints: the baseline is unknown")});
        return issues;
    }
    const QString baselineUid = tracker.timepoints().front().studyInstanceUid;
    int targetCount = 0;
    std::map<QString, QStringList> targetsPerOrgan;
    for (const Lesion& lesion : tracker.lesions()) {
        const LesionObservation* baseline = lesion.observation(baselineUid);
        for (const LesionObservation& observation : lesion.observations)
            if (!tracker.timepoint(observation.studyInstanceUid))
                issues.push_back({lesion.id, tr("%1: observed on study %2, which is not one of the timepoints")
                                                 .arg(lesionName(lesion), observation.studyInstanceUid)});
        switch (lesion.category) {
        case LesionCategory::Target: {
            ++targetCount;
            if (organKey(lesion).isEmpty())
                issues.push_back({lesion.id, tr("%1: a target lesion needs its organ (at most 2 targets per organ)").arg(lesionName(lesion))});
            else
                targetsPerOrgan[organKey(lesion)] << lesion.id;
            if (!baseline || baseline->assessment != LesionAssessment::Present) {
                issues.push_back({lesion.id, tr("%1: a target lesion must be measured at baseline").arg(lesionName(lesion))});
            } else if (lesion.lymphNode) {
                if (!baseline->shortAxis)
                    issues.push_back({lesion.id, tr("%1: a nodal target needs its short axis at baseline").arg(lesionName(lesion))});
                else if (baseline->shortAxis->lengthMm < kMinNodalTargetShortAxisMm - kEpsilon)
                    issues.push_back({lesion.id, tr("%1: node short axis %2 at baseline is under 15 mm: not measurable, record it as non-target")
                                                     .arg(lesionName(lesion), mm(baseline->shortAxis->lengthMm))});
            } else {
                if (!baseline->longAxis)
                    issues.push_back({lesion.id, tr("%1: a target lesion needs its long axis at baseline").arg(lesionName(lesion))});
                else if (baseline->longAxis->lengthMm < kMinTargetLongAxisMm - kEpsilon)
                    issues.push_back({lesion.id, tr("%1: long axis %2 at baseline is under 10 mm: not measurable, record it as non-target")
                                                     .arg(lesionName(lesion), mm(baseline->longAxis->lengthMm))});
            }
            for (const LesionObservation& observation : lesion.observations)
                if (observation.assessment == LesionAssessment::UnequivocalProgression)
                    issues.push_back({lesion.id, tr("%1: \"unequivocal progression\" applies to non-target lesions; a target is measured")
                                                     .arg(lesionName(lesion))});
            break;
        }
        case LesionCategory::NonTarget:
            if (!baseline || !isSeen(baseline->assessment))
                issues.push_back({lesion.id, tr("%1: a non-target lesion must be recorded at baseline").arg(lesionName(lesion))});
            break;
        case LesionCategory::New:
            if (baseline && isSeen(baseline->assessment))
                issues.push_back({lesion.id, tr("%1: seen at baseline, so it is not a new lesion").arg(lesionName(lesion))});
            break;
        }
    }
    if (targetCount > kMaxTargets)
        issues.push_back({{}, tr("%1 target lesions: RECIST 1.1 allows at most 5").arg(targetCount)});
    for (const auto& [organ, ids] : targetsPerOrgan)
        if (ids.size() > kMaxTargetsPerOrgan)
            issues.push_back({{}, tr("%1 target lesions in %2 (%3): at most 2 per organ").arg(ids.size()).arg(organ, ids.join(QStringLiteral(", ")))});
    return issues;
}

RecistEvaluation RecistEvaluator::evaluate(const LesionTracker& tracker)
{
    RecistEvaluation evaluation;
    evaluation.issues = validate(tracker);
    const auto& timepoints = tracker.timepoints();
    if (timepoints.empty())
        return evaluation;

    std::vector<const Lesion*> targets, nonTargets, newLesions;
    for (const Lesion& lesion : tracker.lesions()) {
        switch (lesion.category) {
        case LesionCategory::Target: targets.push_back(&lesion); break;
        case LesionCategory::NonTarget: nonTargets.push_back(&lesion); break;
        case LesionCategory::New: newLesions.push_back(&lesion); break;
        }
    }

    std::optional<double> baselineSum;
    for (std::size_t index = 0; index < timepoints.size(); ++index) {
        const Timepoint& timepoint = timepoints[index];
        const QString& uid = timepoint.studyInstanceUid;
        TimepointAssessment assessment;
        assessment.timepoint = timepoint;
        assessment.baseline = index == 0;
        QStringList unevaluable;
        for (const Lesion* lesion : targets) {
            TargetDiameter diameter = targetDiameter(*lesion, lesion->observation(uid));
            if (diameter.diameterMm)
                assessment.sumMm += *diameter.diameterMm;
            else
                unevaluable << lesion->id;
            assessment.targets.push_back(std::move(diameter));
        }
        assessment.sumComplete = unevaluable.isEmpty();

        if (assessment.baseline) {
            if (assessment.sumComplete && !targets.empty())
                baselineSum = assessment.sumMm;
            const QString reason = tr("baseline");
            assessment.target = {Response::NotApplicable, reason};
            assessment.nonTarget = {Response::NotApplicable, reason};
            assessment.overall = {Response::NotApplicable, targets.empty() ? tr("baseline (no target lesions)")
                                                                           : tr("baseline, sum of diameters %1").arg(mm(assessment.sumMm))};
            evaluation.timepoints.push_back(std::move(assessment));
            continue;
        }

        if (baselineSum) {
            assessment.changeFromBaselineMm = assessment.sumMm - *baselineSum;
            if (*baselineSum > 0.0)
                assessment.changeFromBaselinePercent = 100.0 * (assessment.sumMm - *baselineSum) / *baselineSum;
        }
        // Nadir: the smallest complete sum so far, baseline included.
        for (const TimepointAssessment& earlier : evaluation.timepoints) {
            if (!earlier.sumComplete || targets.empty())
                continue;
            if (earlier.baseline && !baselineSum)
                continue;
            if (!assessment.nadirMm || earlier.sumMm < *assessment.nadirMm) {
                assessment.nadirMm = earlier.sumMm;
                assessment.nadirStudyInstanceUid = earlier.timepoint.studyInstanceUid;
            }
        }
        if (assessment.nadirMm) {
            assessment.changeFromNadirMm = assessment.sumMm - *assessment.nadirMm;
            if (*assessment.nadirMm > 0.0)
                assessment.changeFromNadirPercent = 100.0 * (assessment.sumMm - *assessment.nadirMm) / *assessment.nadirMm;
        }

        // Target response.
        if (targets.empty()) {
            assessment.target = {Response::NotApplicable, tr("no target lesions")};
        } else if (!baselineSum) {
            assessment.target = {Response::NotEvaluable, tr("the baseline sum is incomplete")};
        } else {
            const double nadir = assessment.nadirMm.value_or(*baselineSum);
            const double increase = assessment.sumMm - nadir;
            const bool overTwentyPercent = increase >= kProgressionFraction * nadir - kEpsilon;
            const bool overFiveMm = increase >= kProgressionAbsoluteMm - kEpsilon;
            const QString nadirText = tr("sum %1, nadir %2: %3").arg(mm(assessment.sumMm), mm(nadir), signedMm(increase))
                + (nadir > 0.0 ? QStringLiteral(" (%1)").arg(signedPercent(100.0 * increase / nadir)) : QString());
            bool allNonNodalGone = true;
            bool allNodesNormal = true;
            for (std::size_t t = 0; t < targets.size(); ++t) {
                const auto& diameter = assessment.targets[t].diameterMm;
                if (!diameter)
                    continue;
                if (targets[t]->lymphNode)
                    allNodesNormal = allNodesNormal && *diameter < kNormalNodeShortAxisMm - kEpsilon;
                else
                    allNonNodalGone = allNonNodalGone && *diameter <= 0.0;
            }
            if (!assessment.sumComplete) {
                if (overTwentyPercent && overFiveMm)
                    assessment.target = {Response::ProgressiveDisease,
                                         tr("%1 without the not evaluable %2: at least 20% and 5 mm over the nadir already")
                                             .arg(nadirText, unevaluable.join(QStringLiteral(", ")))};
                else
                    assessment.target = {Response::NotEvaluable, tr("not evaluable: %1").arg(unevaluable.join(QStringLiteral(", ")))};
            } else if (allNonNodalGone && allNodesNormal) {
                // Nodes under 10 mm are normal, so a sum of normal nodes is not disease.
                assessment.target = {Response::CompleteResponse,
                                     tr("all non-nodal targets gone and every nodal target under 10 mm short axis (sum %1)").arg(mm(assessment.sumMm))};
            } else if (overTwentyPercent && overFiveMm) {
                assessment.target = {Response::ProgressiveDisease, tr("%1: at least 20% and 5 mm over the nadir").arg(nadirText)};
            } else if (*baselineSum > 0.0 && assessment.sumMm <= (1.0 - kPartialResponseFraction) * *baselineSum + kEpsilon) {
                assessment.target = {Response::PartialResponse, tr("sum %1 is %2 from the baseline %3: at least 30% smaller")
                                                                     .arg(mm(assessment.sumMm), signedPercent(*assessment.changeFromBaselinePercent), mm(*baselineSum))};
            } else {
                QString why = tr("%1 from baseline (PR needs -30%)").arg(assessment.changeFromBaselinePercent ? signedPercent(*assessment.changeFromBaselinePercent) : signedMm(*assessment.changeFromBaselineMm));
                if (overTwentyPercent && !overFiveMm)
                    why += tr("; %1: at least 20% but under 5 mm, not PD").arg(nadirText);
                else
                    why += tr("; %1 (PD needs +20% and +5 mm)").arg(nadirText);
                assessment.target = {Response::StableDisease, why};
            }
        }

        assessment.nonTarget = nonTargetResponse(nonTargets, uid);
        for (const Lesion* lesion : newLesions) {
            const LesionObservation* observation = lesion->observation(uid);
            if (observation && isSeen(observation->assessment))
                assessment.newLesionIds << lesion->id;
        }
        assessment.overall = overallResponse(assessment.target, assessment.nonTarget, assessment.newLesionIds);
        evaluation.timepoints.push_back(std::move(assessment));
    }
    return evaluation;
}

} // namespace continuum::oncology
