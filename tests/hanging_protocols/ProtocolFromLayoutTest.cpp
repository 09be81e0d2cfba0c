// "Save this layout as a protocol": protocolFromLayout() turns what is on screen into a protocol;
// run through ProtocolMatcher on the study it was made from, it must qualify and put the same
// series in the same viewports. Real headers: PatientID TEST_1's 2010 and 2015 CT studies
// (oncology/two_timepoints_TEST_1) and the CT series lung_dx_a0001_chest_ct_5mm; a four-sequence
// MR study in memory for the multi-series case the shared set lacks.
#include "TestData.h"

#include "hanging_protocols/HeaderStudySet.h"
#include "hanging_protocols/InMemoryStudy.h"
#include "hanging_protocols/ProtocolFromLayout.h"
#include "hanging_protocols/ProtocolMatcher.h"
#include "hanging_protocols/ProtocolReader.h"
#include "hanging_protocols/ProtocolWriter.h"

#include "dicom/DicomScanner.h"

#include <QtTest>

using namespace continuum::hanging_protocols;

namespace {

StudySet scan(const QString& relative)
{
    continuum::dicom::ScanResult result = continuum::dicom::DicomScanner::scan({continuum::testing::sharedDicomPath(relative).toStdString()});
    return HeaderStudySet::fromHeaders(std::move(result.images));
}

ScreenViewport shown(const StudySet& studies, int study, int series)
{
    const SeriesAttributes& s = studies.study(study).series(series);
    ScreenViewport v;
    v.study = study;
    v.modality = s.modality();
    v.seriesDescription = s.seriesDescription();
    if (const auto plane = s.value(AttributeKey::fromDerived(DerivedAttribute::Orientation)))
        v.orientation = PlaneOrientation::fromName(*plane);
    return v;
}

// The protocol must survive the JSON round trip the editor and the user folder impose.
Protocol throughJson(const Protocol& protocol)
{
    ProtocolProblem problem;
    const auto reread = ProtocolReader::read(ProtocolWriter::toJson(protocol), QStringLiteral("layout.json"), &problem);
    if (!reread)
        qFatal("%s", qPrintable(problem.text()));
    return *reread;
}

} // namespace

class ProtocolFromLayoutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void priorAndCurrentSideBySide()
    {
        CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
        const StudySet studies = scan(QStringLiteral("oncology/two_timepoints_TEST_1"));
        QCOMPARE(studies.studyCount(), 2);
        QCOMPARE(studies.current().studyDate(), QDate(2015, 1, 1));

        ScreenLayout layout;
        layout.id = QStringLiteral("my-ct-followup");
        layout.name = QStringLiteral("My CT follow-up");
        layout.department = Department::Oncology;
        layout.rows = 1;
        layout.columns = 2;
        layout.viewports = {shown(studies, 1, 0), shown(studies, 0, 0)};
        layout.viewports[0].window = WindowSetting{QStringLiteral("Lung"), std::nullopt, std::nullopt};
        layout.viewports[1].window = WindowSetting{{}, -600.0, 1500.0};
        layout.viewports[1].zoom = 1.5;
        layout.syncGroups = {{SyncKind::Scroll, {0, 1}}};
        layout.studyModalities = {QStringLiteral("CT")};
        layout.bodyPart = studies.current().value(AttributeKey::fromDerived(DerivedAttribute::BodyPart)).value_or(QString());
        layout.priorModalities = {QStringLiteral("CT")};

        const Protocol protocol = throughJson(protocolFromLayout(layout));
        QCOMPARE(protocol.priors.count, 1);
        QCOMPARE(protocol.stages.size(), std::size_t(1));
        QCOMPARE(protocol.stages[0].columns, 2);
        QCOMPARE(protocol.stages[0].viewports[1].window->center, std::optional<double>(-600.0));
        QCOMPARE(protocol.stages[0].viewports[1].zoom, 1.5);

        const ProtocolMatcher matcher({protocol});
        const MatchResult result = matcher.match(studies);
        QVERIFY2(result.matched(), qPrintable(result.explanation()));
        QCOMPARE(result.best()->protocolId, QStringLiteral("my-ct-followup"));
        QCOMPARE(result.stages[0][0].studyIndex, 1);
        QCOMPARE(result.stages[0][0].seriesInstanceUid, studies.study(1).series(0).seriesInstanceUid());
        QCOMPARE(result.stages[0][0].source, ViewportAssignment::Source::Rules);
        QCOMPARE(result.stages[0][1].studyIndex, 0);
        QCOMPARE(result.stages[0][1].seriesInstanceUid, studies.current().series(0).seriesInstanceUid());
        QCOMPARE(result.stages[0][1].source, ViewportAssignment::Source::Rules);
    }

    // A CT shown once in a lung and once in a soft-tissue window, and an empty viewport: the
    // empty one stays empty and the same series fills both windows.
    void oneSeriesTwiceAndAnEmptyViewport()
    {
        CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
        const StudySet studies = scan(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
        ScreenLayout layout;
        layout.id = QStringLiteral("ct-two-windows");
        layout.rows = 1;
        layout.columns = 3;
        layout.viewports = {shown(studies, 0, 0), shown(studies, 0, 0), ScreenViewport{}};
        layout.viewports[2].empty = true;
        layout.viewports[0].window = WindowSetting{QStringLiteral("Lung"), std::nullopt, std::nullopt};
        layout.viewports[1].window = WindowSetting{QStringLiteral("Soft tissue"), std::nullopt, std::nullopt};
        layout.studyModalities = {QStringLiteral("CT")};
        const Protocol protocol = throughJson(protocolFromLayout(layout));
        QCOMPARE(protocol.stages[0].viewports[0].displaySet.preferredOrientation, std::optional(PlaneOrientation::Plane::Axial));

        const MatchResult result = ProtocolMatcher({protocol}).match(studies);
        QVERIFY2(result.matched(), qPrintable(result.explanation()));
        const QString uid = studies.current().series(0).seriesInstanceUid();
        QCOMPARE(result.stages[0][0].seriesInstanceUid, uid);
        QCOMPARE(result.stages[0][1].seriesInstanceUid, uid);
        QVERIFY(result.stages[0][2].isEmpty());
    }

    // Four MR sequences in a 2x2 grid, shown in an order other than the series numbers.
    void multiSequenceMrInTheSameViewports()
    {
        auto study = std::make_unique<InMemoryStudy>(QStringLiteral("1.2.3"), QStringLiteral("P1"), QDate(2024, 5, 1), QStringLiteral("MR brain"));
        const QStringList descriptions{QStringLiteral("AX T1"), QStringLiteral("AX T2"), QStringLiteral("AX FLAIR"), QStringLiteral("DWI b1000")};
        for (int i = 0; i < descriptions.size(); ++i)
            study->addSeries(QStringLiteral("MR"), i + 1, descriptions[i], QStringLiteral("1.2.3.%1").arg(i + 1));
        const StudySet studies(std::move(study), {});

        ScreenLayout layout;
        layout.id = QStringLiteral("mr-my-order");
        layout.rows = 2;
        layout.columns = 2;
        for (int series : {2, 0, 3, 1})
            layout.viewports.push_back(shown(studies, 0, series));
        layout.studyModalities = {QStringLiteral("MR")};
        layout.bodyPart = QStringLiteral("head");
        const Protocol protocol = throughJson(protocolFromLayout(layout));
        QCOMPARE(protocol.rules.size(), std::size_t(2));
        QCOMPARE(protocol.rules[1].values, QStringList{QStringLiteral("HEAD")});

        const MatchResult result = ProtocolMatcher({protocol}).match(studies);
        QVERIFY2(result.matched(), qPrintable(result.explanation()));
        const std::vector<int> expected{2, 0, 3, 1};
        for (int v = 0; v < 4; ++v) {
            QCOMPARE(result.stages[0][static_cast<std::size_t>(v)].seriesIndex, expected[static_cast<std::size_t>(v)]);
            QCOMPARE(result.stages[0][static_cast<std::size_t>(v)].source, ViewportAssignment::Source::Rules);
        }
        // Made for MR: a CT study does not qualify.
        auto ct = std::make_unique<InMemoryStudy>(QStringLiteral("9"), QStringLiteral("P1"), QDate(2024, 5, 2));
        ct->addSeries(QStringLiteral("CT"), 1, QStringLiteral("AX T1"), QStringLiteral("9.1"));
        QVERIFY(!ProtocolMatcher({protocol}).match(StudySet(std::move(ct), {})).matched());
    }
};

QTEST_GUILESS_MAIN(ProtocolFromLayoutTest)
#include "ProtocolFromLayoutTest.moc"
