// RECIST 1.1 (Eisenhauer et al. 2009): every row of Table 1 (and Table 2), the thresholds at
// their edges, nadir handling, nodal CR and not-evaluable timepoints.
#include "oncology/RecistEvaluator.h"

#include <QTest>

using namespace continuum::oncology;

namespace {

const QString kBaseline = QStringLiteral("1.2.826.0.1.1");
const QString kFollowUp1 = QStringLiteral("1.2.826.0.1.2");
const QString kFollowUp2 = QStringLiteral("1.2.826.0.1.3");
const QString kFollowUp3 = QStringLiteral("1.2.826.0.1.4");

Timepoint timepoint(const QString& uid, QDate date)
{
    Timepoint t;
    t.studyInstanceUid = uid;
    t.date = date;
    t.modality = QStringLiteral("CT");
    return t;
}

LesionTracker trackerWith(int followUps)
{
    LesionTracker tracker;
    std::vector<Timepoint> timepoints{timepoint(kBaseline, QDate(2020, 1, 6))};
    const QStringList uids{kFollowUp1, kFollowUp2, kFollowUp3};
    for (int i = 0; i < followUps; ++i)
        timepoints.push_back(timepoint(uids[i], QDate(2020, 3 + 2 * i, 2)));
    tracker.setTimepoints(timepoints);
    return tracker;
}

LesionObservation measured(const QString& uid, double longMm, std::optional<double> shortMm = std::nullopt)
{
    LesionObservation o;
    o.studyInstanceUid = uid;
    o.assessment = LesionAssessment::Present;
    o.longAxis = AxisMeasurement{longMm, {10, 10}, {10 + longMm, 10}};
    if (shortMm)
        o.shortAxis = AxisMeasurement{*shortMm, {20, 5}, {20, 5 + *shortMm}};
    return o;
}

LesionObservation assessed(const QString& uid, LesionAssessment assessment)
{
    LesionObservation o;
    o.studyInstanceUid = uid;
    o.assessment = assessment;
    return o;
}

// A non-nodal target with the given long axes (nullopt = not evaluable, 0 = absent).
QString addTarget(LesionTracker& tracker, const QString& organ, const std::vector<std::optional<double>>& longAxes)
{
    Lesion lesion;
    lesion.category = LesionCategory::Target;
    lesion.organ = organ;
    const QString id = tracker.addLesion(lesion);
    for (std::size_t i = 0; i < longAxes.size(); ++i) {
        const QString uid = tracker.timepoints()[i].studyInstanceUid;
        if (!longAxes[i])
            tracker.setObservation(id, assessed(uid, LesionAssessment::NotEvaluable));
        else if (*longAxes[i] == 0.0)
            tracker.setObservation(id, assessed(uid, LesionAssessment::Absent));
        else
            tracker.setObservation(id, measured(uid, *longAxes[i]));
    }
    return id;
}

// A nodal target: short axes per timepoint (long axis 1.5 times as long).
QString addNodalTarget(LesionTracker& tracker, const std::vector<double>& shortAxes, const QString& organ = QStringLiteral("mediastinum"))
{
    Lesion lesion;
    lesion.category = LesionCategory::Target;
    lesion.organ = organ;
    lesion.lymphNode = true;
    const QString id = tracker.addLesion(lesion);
    for (std::size_t i = 0; i < shortAxes.size(); ++i)
        tracker.setObservation(id, measured(tracker.timepoints()[i].studyInstanceUid, shortAxes[i] * 1.5, shortAxes[i]));
    return id;
}

QString addNonTarget(LesionTracker& tracker, const std::vector<LesionAssessment>& assessments, bool node = false)
{
    Lesion lesion;
    lesion.category = LesionCategory::NonTarget;
    lesion.organ = QStringLiteral("peritoneum");
    lesion.lymphNode = node;
    const QString id = tracker.addLesion(lesion);
    for (std::size_t i = 0; i < assessments.size(); ++i)
        tracker.setObservation(id, assessed(tracker.timepoints()[i].studyInstanceUid, assessments[i]));
    return id;
}

QString addNewLesion(LesionTracker& tracker, const QString& uid)
{
    Lesion lesion;
    lesion.category = LesionCategory::New;
    lesion.organ = QStringLiteral("bone");
    const QString id = tracker.addLesion(lesion);
    tracker.setObservation(id, assessed(uid, LesionAssessment::Present));
    return id;
}

// Table 1 of RECIST 1.1 as printed: target x non-target x new lesions -> overall.
Response tableOneResponse(Response target, Response nonTarget, bool newLesion)
{
    using R = Response;
    if (newLesion || target == R::ProgressiveDisease || nonTarget == R::ProgressiveDisease)
        return R::ProgressiveDisease;   // rows "PD / any / yes or no", "any / PD / yes or no", "any / any / yes"
    if (target == R::CompleteResponse && (nonTarget == R::CompleteResponse || nonTarget == R::NotApplicable))
        return R::CompleteResponse;     // "CR / CR / no"
    if (target == R::CompleteResponse)
        return R::PartialResponse;      // "CR / non-CR/non-PD / no" and "CR / not evaluated / no"
    if (target == R::PartialResponse)
        return R::PartialResponse;      // "PR / non-PD or not all evaluated / no"
    if (target == R::StableDisease)
        return R::StableDisease;        // "SD / non-PD or not all evaluated / no"
    return R::NotEvaluable;             // "not all evaluated / non-PD / no"
}

} // namespace

class RecistEvaluatorTest : public QObject {
    Q_OBJECT

private slots:
    void table1_data();
    void table1();
    void table2_data();
    void table2();
    void exactlyTwentyPercentButUnderFiveMmIsNotProgression();
    void twentyPercentAndFiveMmIsProgression();
    void nineteenPointNinePercentIsNotProgression();
    void thirtyPercentDecreaseIsPartialResponse();
    void nadirBelowBaselineIsTheReference();
    void nadirSkipsIncompleteTimepoints();
    void nodalCompleteResponseAt9point9mm();
    void nodeAt10mmIsNotCompleteResponse();
    void completeResponseNeedsNonTargetNodesNormal();
    void tooSmallToMeasureCountsFiveMm();
    void notEvaluableUnlessProgressionIsAlreadyEstablished();
    void missingMeasurementIsNotEvaluable();
    void newLesionIsProgressionEvenWithShrinkingTargets();
    void reappearanceAfterCompleteResponse();
    void validationLimits();
    void validationSizes();
    void validationNewLesionAtBaseline();
};

void RecistEvaluatorTest::table1_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("nonTarget");
    QTest::addColumn<bool>("newLesion");
    using R = Response;
    const std::vector<R> targets{R::CompleteResponse, R::PartialResponse, R::StableDisease, R::ProgressiveDisease, R::NotEvaluable};
    const std::vector<R> nonTargets{R::CompleteResponse, R::NonCrNonPd, R::NotEvaluable, R::ProgressiveDisease, R::NotApplicable};
    for (R target : targets)
        for (R nonTarget : nonTargets)
            for (bool newLesion : {false, true})
                QTest::addRow("T=%s NT=%s new=%s", qPrintable(responseCode(target)), qPrintable(responseCode(nonTarget)), newLesion ? "yes" : "no")
                    << static_cast<int>(target) << static_cast<int>(nonTarget) << newLesion;
}

void RecistEvaluatorTest::table1()
{
    QFETCH(int, target);
    QFETCH(int, nonTarget);
    QFETCH(bool, newLesion);
    const auto wantTarget = static_cast<Response>(target);
    const auto wantNonTarget = static_cast<Response>(nonTarget);

    // Baseline: a 40 mm liver lesion and a 20 mm (short axis) node: sum 60 mm.
    LesionTracker tracker = trackerWith(1);
    const QString liver = addTarget(tracker, QStringLiteral("liver"), {40.0});
    const QString node = addNodalTarget(tracker, {20.0});
    switch (wantTarget) {
    case Response::CompleteResponse:   // liver gone, node 8 mm: sum 8
        tracker.setObservation(liver, assessed(kFollowUp1, LesionAssessment::Absent));
        tracker.setObservation(node, measured(kFollowUp1, 12.0, 8.0));
        break;
    case Response::PartialResponse:    // 20 + 15 = 35 mm: -41.7%
        tracker.setObservation(liver, measured(kFollowUp1, 20.0));
        tracker.setObservation(node, measured(kFollowUp1, 22.0, 15.0));
        break;
    case Response::StableDisease:      // 38 + 19 = 57 mm: -5%
        tracker.setObservation(liver, measured(kFollowUp1, 38.0));
        tracker.setObservation(node, measured(kFollowUp1, 28.0, 19.0));
        break;
    case Response::ProgressiveDisease: // 55 + 20 = 75 mm: +25%, +15 mm
        tracker.setObservation(liver, measured(kFollowUp1, 55.0));
        tracker.setObservation(node, measured(kFollowUp1, 30.0, 20.0));
        break;
    default:                           // liver not evaluable, node 19 mm: partial sum 19, no PD
        tracker.setObservation(liver, assessed(kFollowUp1, LesionAssessment::NotEvaluable));
        tracker.setObservation(node, measured(kFollowUp1, 28.0, 19.0));
        break;
    }
    switch (wantNonTarget) {
    case Response::CompleteResponse: addNonTarget(tracker, {LesionAssessment::Present, LesionAssessment::Absent}); break;
    case Response::NonCrNonPd: addNonTarget(tracker, {LesionAssessment::Present, LesionAssessment::Present}); break;
    case Response::NotEvaluable: addNonTarget(tracker, {LesionAssessment::Present, LesionAssessment::NotEvaluable}); break;
    case Response::ProgressiveDisease: addNonTarget(tracker, {LesionAssessment::Present, LesionAssessment::UnequivocalProgression}); break;
    default: break;   // no non-target lesions
    }
    if (newLesion)
        addNewLesion(tracker, kFollowUp1);

    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QVERIFY2(evaluation.valid(), qPrintable(evaluation.issues.empty() ? QString() : evaluation.issues.front().text));
    QCOMPARE(evaluation.timepoints.size(), std::size_t(2));
    const TimepointAssessment& baseline = evaluation.timepoints[0];
    QVERIFY(baseline.baseline);
    QCOMPARE(baseline.sumMm, 60.0);
    QCOMPARE(baseline.overall.response, Response::NotApplicable);
    const TimepointAssessment& followUp = evaluation.timepoints[1];
    QCOMPARE(followUp.target.response, wantTarget);
    QCOMPARE(followUp.nonTarget.response, wantNonTarget);
    QCOMPARE(followUp.newLesionIds.isEmpty(), !newLesion);
    const Response expected = tableOneResponse(wantTarget, wantNonTarget, newLesion);
    QVERIFY2(followUp.overall.response == expected,
             qPrintable(QStringLiteral("overall %1 (%2), Table 1 says %3")
                            .arg(responseCode(followUp.overall.response), followUp.overall.reason, responseCode(expected))));
    QVERIFY(!followUp.overall.reason.isEmpty());
    QVERIFY(!followUp.target.reason.isEmpty());
}

void RecistEvaluatorTest::table2_data()
{
    QTest::addColumn<int>("assessment");
    QTest::addColumn<bool>("newLesion");
    QTest::addColumn<int>("expected");
    QTest::newRow("CR, no new") << int(LesionAssessment::Absent) << false << int(Response::CompleteResponse);
    QTest::newRow("non-CR/non-PD, no new") << int(LesionAssessment::Present) << false << int(Response::NonCrNonPd);
    QTest::newRow("not all evaluated, no new") << int(LesionAssessment::NotEvaluable) << false << int(Response::NotEvaluable);
    QTest::newRow("unequivocal PD") << int(LesionAssessment::UnequivocalProgression) << false << int(Response::ProgressiveDisease);
    QTest::newRow("any, new") << int(LesionAssessment::Present) << true << int(Response::ProgressiveDisease);
    QTest::newRow("CR, new") << int(LesionAssessment::Absent) << true << int(Response::ProgressiveDisease);
}

void RecistEvaluatorTest::table2()
{
    QFETCH(int, assessment);
    QFETCH(bool, newLesion);
    QFETCH(int, expected);
    LesionTracker tracker = trackerWith(1);
    addNonTarget(tracker, {LesionAssessment::Present, static_cast<LesionAssessment>(assessment)});
    if (newLesion)
        addNewLesion(tracker, kFollowUp1);
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QVERIFY(evaluation.valid());
    QCOMPARE(evaluation.timepoints[1].target.response, Response::NotApplicable);
    QCOMPARE(evaluation.timepoints[1].overall.response, static_cast<Response>(expected));
}

void RecistEvaluatorTest::exactlyTwentyPercentButUnderFiveMmIsNotProgression()
{
    // 20 mm -> 24 mm: +20% exactly, but only +4 mm.
    LesionTracker tracker = trackerWith(1);
    addTarget(tracker, QStringLiteral("lung"), {20.0, 24.0});
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    const TimepointAssessment& followUp = evaluation.timepoints[1];
    QCOMPARE(followUp.changeFromNadirMm.value(), 4.0);
    QCOMPARE(followUp.changeFromNadirPercent.value(), 20.0);
    QCOMPARE(followUp.target.response, Response::StableDisease);
    QCOMPARE(followUp.overall.response, Response::StableDisease);
    QVERIFY2(followUp.target.reason.contains(QStringLiteral("under 5 mm")), qPrintable(followUp.target.reason));
}

void RecistEvaluatorTest::twentyPercentAndFiveMmIsProgression()
{
    // 25 mm -> 30 mm: +20% and +5 mm exactly, both thresholds are inclusive.
    LesionTracker tracker = trackerWith(1);
    addTarget(tracker, QStringLiteral("lung"), {25.0, 30.0});
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QCOMPARE(evaluation.timepoints[1].target.response, Response::ProgressiveDisease);
    QCOMPARE(evaluation.timepoints[1].overall.response, Response::ProgressiveDisease);
    // Decimal sizes: 50.5 -> 60.6 is +20% in decimal arithmetic (binary rounding must not hide it).
    LesionTracker decimal = trackerWith(1);
    addTarget(decimal, QStringLiteral("lung"), {50.5, 60.6});
    QCOMPARE(RecistEvaluator::evaluate(decimal).timepoints[1].target.response, Response::ProgressiveDisease);
}

void RecistEvaluatorTest::nineteenPointNinePercentIsNotProgression()
{
    LesionTracker tracker = trackerWith(1);
    addTarget(tracker, QStringLiteral("lung"), {100.0, 119.9});
    QCOMPARE(RecistEvaluator::evaluate(tracker).timepoints[1].target.response, Response::StableDisease);
}

void RecistEvaluatorTest::thirtyPercentDecreaseIsPartialResponse()
{
    LesionTracker exactly = trackerWith(1);
    addTarget(exactly, QStringLiteral("lung"), {50.0, 35.0});
    QCOMPARE(RecistEvaluator::evaluate(exactly).timepoints[1].target.response, Response::PartialResponse);
    LesionTracker almost = trackerWith(1);
    addTarget(almost, QStringLiteral("lung"), {50.0, 35.1});
    QCOMPARE(RecistEvaluator::evaluate(almost).timepoints[1].target.response, Response::StableDisease);
}

void RecistEvaluatorTest::nadirBelowBaselineIsTheReference()
{
    // Baseline 100, then 60 (PR, nadir), then 72: still 28% below baseline but +20% / +12 mm
    // over the nadir: progression.
    LesionTracker tracker = trackerWith(3);
    addTarget(tracker, QStringLiteral("liver"), {60.0, 36.0, 43.2, 40.0});
    addTarget(tracker, QStringLiteral("lung"), {40.0, 24.0, 28.8, 20.0});
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QVERIFY(evaluation.valid());
    const auto& t = evaluation.timepoints;
    QCOMPARE(t[1].sumMm, 60.0);
    QCOMPARE(t[1].nadirMm.value(), 100.0);   // nadir includes the baseline
    QCOMPARE(t[1].nadirStudyInstanceUid, kBaseline);
    QCOMPARE(t[1].target.response, Response::PartialResponse);
    QCOMPARE(t[2].sumMm, 72.0);
    QCOMPARE(t[2].nadirMm.value(), 60.0);
    QCOMPARE(t[2].nadirStudyInstanceUid, kFollowUp1);
    QCOMPARE(t[2].changeFromBaselinePercent.value(), -28.0);
    QCOMPARE(qRound(t[2].changeFromNadirPercent.value() * 10), 200);
    QCOMPARE(t[2].target.response, Response::ProgressiveDisease);
    QCOMPARE(t[2].overall.response, Response::ProgressiveDisease);
    // Back to 60: the nadir is still 60 (the PD timepoint's 72 does not lower it); -40% from baseline.
    QCOMPARE(t[3].nadirMm.value(), 60.0);
    QCOMPARE(t[3].target.response, Response::PartialResponse);
}

void RecistEvaluatorTest::nadirSkipsIncompleteTimepoints()
{
    // Follow-up 1 is not evaluable (partial sum 20): it must not become the nadir.
    LesionTracker tracker = trackerWith(2);
    addTarget(tracker, QStringLiteral("liver"), {30.0, std::nullopt, 30.0});
    addTarget(tracker, QStringLiteral("lung"), {30.0, 20.0, 30.0});
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QCOMPARE(evaluation.timepoints[1].target.response, Response::NotEvaluable);
    QVERIFY(!evaluation.timepoints[1].sumComplete);
    QCOMPARE(evaluation.timepoints[2].nadirMm.value(), 60.0);
    QCOMPARE(evaluation.timepoints[2].target.response, Response::StableDisease);
}

void RecistEvaluatorTest::nodalCompleteResponseAt9point9mm()
{
    // Two nodal targets shrink to 9.9 and 5 mm: CR although the sum (14.9 mm) is not zero.
    LesionTracker tracker = trackerWith(1);
    addNodalTarget(tracker, {20.0, 9.9}, QStringLiteral("mediastinum"));
    addNodalTarget(tracker, {16.0, 5.0}, QStringLiteral("axilla"));
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QVERIFY(evaluation.valid());
    QCOMPARE(evaluation.timepoints[1].sumMm, 14.9);
    QCOMPARE(evaluation.timepoints[1].target.response, Response::CompleteResponse);
    QCOMPARE(evaluation.timepoints[1].overall.response, Response::CompleteResponse);
}

void RecistEvaluatorTest::nodeAt10mmIsNotCompleteResponse()
{
    LesionTracker tracker = trackerWith(1);
    addNodalTarget(tracker, {20.0, 10.0});
    addTarget(tracker, QStringLiteral("liver"), {30.0, 0.0});
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QCOMPARE(evaluation.timepoints[1].sumMm, 10.0);
    QCOMPARE(evaluation.timepoints[1].target.response, Response::PartialResponse);
}

void RecistEvaluatorTest::completeResponseNeedsNonTargetNodesNormal()
{
    // Targets gone; a non-target node still 12 mm: Table 1 "CR / non-CR/non-PD" -> PR. At 8 mm it is normal: CR.
    for (double nodeMm : {12.0, 8.0}) {
        LesionTracker tracker = trackerWith(1);
        addTarget(tracker, QStringLiteral("liver"), {30.0, 0.0});
        const QString node = addNonTarget(tracker, {LesionAssessment::Present}, true);
        LesionObservation followUp = assessed(kFollowUp1, LesionAssessment::Present);
        followUp.shortAxis = AxisMeasurement{nodeMm, {0, 0}, {0, nodeMm}};
        tracker.setObservation(node, followUp);
        const auto& t = RecistEvaluator::evaluate(tracker).timepoints[1];
        QCOMPARE(t.target.response, Response::CompleteResponse);
        QCOMPARE(t.nonTarget.response, nodeMm < 10.0 ? Response::CompleteResponse : Response::NonCrNonPd);
        QCOMPARE(t.overall.response, nodeMm < 10.0 ? Response::CompleteResponse : Response::PartialResponse);
    }
}

void RecistEvaluatorTest::tooSmallToMeasureCountsFiveMm()
{
    LesionTracker tracker = trackerWith(1);
    const QString id = addTarget(tracker, QStringLiteral("liver"), {30.0});
    tracker.setObservation(id, assessed(kFollowUp1, LesionAssessment::TooSmallToMeasure));
    const auto& t = RecistEvaluator::evaluate(tracker).timepoints[1];
    QCOMPARE(t.sumMm, 5.0);
    QCOMPARE(t.target.response, Response::PartialResponse);   // not CR: something is still there
}

void RecistEvaluatorTest::notEvaluableUnlessProgressionIsAlreadyEstablished()
{
    // One of three targets not evaluable: the other two alone grew from 40 to 60 (+50%, +20 mm)
    // over the nadir 60 (with the third's 20): PD is established without it.
    LesionTracker progressed = trackerWith(1);
    addTarget(progressed, QStringLiteral("liver"), {20.0, 30.0});
    addTarget(progressed, QStringLiteral("lung"), {20.0, 42.0});
    addTarget(progressed, QStringLiteral("adrenal"), {20.0, std::nullopt});
    const auto& p = RecistEvaluator::evaluate(progressed).timepoints[1];
    QVERIFY(!p.sumComplete);
    QCOMPARE(p.sumMm, 72.0);
    QCOMPARE(p.target.response, Response::ProgressiveDisease);
    QCOMPARE(p.overall.response, Response::ProgressiveDisease);
    QVERIFY2(p.target.reason.contains(QStringLiteral("L3")), qPrintable(p.target.reason));

    LesionTracker unknown = trackerWith(1);
    addTarget(unknown, QStringLiteral("liver"), {20.0, 25.0});
    addTarget(unknown, QStringLiteral("lung"), {20.0, 20.0});
    addTarget(unknown, QStringLiteral("adrenal"), {20.0, std::nullopt});
    const auto& u = RecistEvaluator::evaluate(unknown).timepoints[1];
    QCOMPARE(u.target.response, Response::NotEvaluable);
    QCOMPARE(u.overall.response, Response::NotEvaluable);
    QVERIFY2(u.target.reason.contains(QStringLiteral("L3")), qPrintable(u.target.reason));
}

void RecistEvaluatorTest::missingMeasurementIsNotEvaluable()
{
    // The follow-up has no observation of the lesion at all.
    LesionTracker tracker = trackerWith(1);
    addTarget(tracker, QStringLiteral("liver"), {30.0});
    const auto& t = RecistEvaluator::evaluate(tracker).timepoints[1];
    QCOMPARE(t.target.response, Response::NotEvaluable);
    QCOMPARE(t.overall.response, Response::NotEvaluable);
}

void RecistEvaluatorTest::newLesionIsProgressionEvenWithShrinkingTargets()
{
    LesionTracker tracker = trackerWith(1);
    addTarget(tracker, QStringLiteral("liver"), {50.0, 20.0});
    const QString fresh = addNewLesion(tracker, kFollowUp1);
    const auto& t = RecistEvaluator::evaluate(tracker).timepoints[1];
    QCOMPARE(t.target.response, Response::PartialResponse);
    QCOMPARE(t.newLesionIds, QStringList{fresh});
    QCOMPARE(t.overall.response, Response::ProgressiveDisease);
    QVERIFY2(t.overall.reason.contains(fresh), qPrintable(t.overall.reason));
}

void RecistEvaluatorTest::reappearanceAfterCompleteResponse()
{
    // CR (nadir 0), then the lesion comes back at 6 mm: +6 mm over a zero nadir is PD.
    LesionTracker tracker = trackerWith(2);
    addTarget(tracker, QStringLiteral("liver"), {30.0, 0.0, 6.0});
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    QCOMPARE(evaluation.timepoints[1].target.response, Response::CompleteResponse);
    QCOMPARE(evaluation.timepoints[2].nadirMm.value(), 0.0);
    QCOMPARE(evaluation.timepoints[2].target.response, Response::ProgressiveDisease);
}

void RecistEvaluatorTest::validationLimits()
{
    LesionTracker tracker = trackerWith(0);
    addTarget(tracker, QStringLiteral("liver"), {20.0});
    addTarget(tracker, QStringLiteral("Liver "), {20.0});
    addTarget(tracker, QStringLiteral("liver"), {20.0});   // third in the liver
    addNodalTarget(tracker, {16.0}, QStringLiteral("mediastinum"));
    addNodalTarget(tracker, {16.0}, QStringLiteral("axilla"));
    addNodalTarget(tracker, {16.0}, QStringLiteral("groin")); // sixth target, third node
    const auto issues = RecistEvaluator::validate(tracker);
    QStringList texts;
    for (const auto& issue : issues)
        texts << issue.text;
    QCOMPARE(issues.size(), std::size_t(3));
    QVERIFY2(texts.filter(QStringLiteral("at most 5")).size() == 1, qPrintable(texts.join('\n')));
    QVERIFY2(texts.filter(QStringLiteral("in liver")).size() == 1, qPrintable(texts.join('\n')));
    QVERIFY2(texts.filter(QStringLiteral("in lymph nodes")).size() == 1, qPrintable(texts.join('\n')));
}

void RecistEvaluatorTest::validationSizes()
{
    LesionTracker tracker = trackerWith(0);
    const QString smallNode = addNodalTarget(tracker, {14.9});
    addNodalTarget(tracker, {15.0}, QStringLiteral("axilla"));
    const QString smallLesion = addTarget(tracker, QStringLiteral("lung"), {9.9});
    addTarget(tracker, QStringLiteral("liver"), {10.0});
    const auto issues = RecistEvaluator::validate(tracker);
    QCOMPARE(issues.size(), std::size_t(2));
    QCOMPARE(issues[0].lesionId, smallNode);
    QVERIFY(issues[0].text.contains(QStringLiteral("15 mm")));
    QCOMPARE(issues[1].lesionId, smallLesion);
    QVERIFY(issues[1].text.contains(QStringLiteral("10 mm")));
}

void RecistEvaluatorTest::validationNewLesionAtBaseline()
{
    LesionTracker tracker = trackerWith(1);
    addTarget(tracker, QStringLiteral("liver"), {20.0, 20.0});
    const QString id = addNewLesion(tracker, kBaseline);
    const auto issues = RecistEvaluator::validate(tracker);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].lesionId, id);
}

QTEST_GUILESS_MAIN(RecistEvaluatorTest)
#include "RecistEvaluatorTest.moc"
