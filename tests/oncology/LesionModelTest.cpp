// Lesions, linking across timepoints, their JSON, the body-region vocabulary and the choice of
// timepoints (on catalog rows, and on a catalog holding the real TEST_1 studies).
#include "oncology/LesionTracker.h"
#include "oncology/TimepointSelector.h"

#include "catalog/Catalog.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace continuum::oncology;
using continuum::dicom::Vector3;
namespace catalog = continuum::catalog;

namespace {

LesionObservation observation(const QString& uid, QDate date, double longMm, Vector3 centre)
{
    LesionObservation o;
    o.studyInstanceUid = uid;
    o.date = date;
    o.longAxis = AxisMeasurement{longMm, {100.5, 200.0}, {130.25, 210.0}};
    o.shortAxis = AxisMeasurement{longMm / 2, {115.0, 195.0}, {113.0, 215.0}};
    o.image = {QStringLiteral("1.2.3.4.5"), QStringLiteral("1.2.3.4.5.6"), 2};
    o.centre = centre;
    return o;
}

CatalogStudy study(const QString& uid, QDate date, const QString& description, const std::vector<std::pair<QString, QString>>& series,
                   const QString& patientId = QStringLiteral("P1"))
{
    CatalogStudy s;
    s.study.studyInstanceUid = uid;
    s.study.studyDate = date;
    s.study.description = description;
    s.study.patientId = patientId;
    int number = 1;
    for (const auto& [modality, bodyPart] : series) {
        catalog::SeriesRow row;
        row.seriesInstanceUid = uid + QStringLiteral(".%1").arg(number);
        row.seriesNumber = number++;
        row.modality = modality;
        row.bodyPart = bodyPart;
        row.instanceCount = modality == QLatin1String("SR") ? 500 : 100;
        s.series.push_back(row);
    }
    return s;
}

QStringList uids(const std::vector<Timepoint>& timepoints)
{
    QStringList result;
    for (const Timepoint& t : timepoints)
        result << t.studyInstanceUid;
    return result;
}

} // namespace

class LesionModelTest : public QObject {
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void jsonRefusesBrokenDocuments();
    void addAndEdit();
    void linkAndUnlink();
    void suggestLinkThroughTransform();
    void bodyRegionVocabulary();
    void automaticSelection();
    void automaticSelectionFallsBackToDescription();
    void explicitSelection();
    void selectionFromCatalogWithRealStudies();
};

void LesionModelTest::jsonRoundTrip()
{
    LesionTracker tracker;
    Timepoint a{QStringLiteral("1.1"), QDate(2010, 6, 30), QStringLiteral("Test CT"), QStringLiteral("CT"), {QStringLiteral("chest")}};
    Timepoint b{QStringLiteral("1.2"), QDate(2015, 1, 1), QStringLiteral("Test CT 2"), QStringLiteral("CT"), {QStringLiteral("chest")}};
    tracker.setTimepoints({b, a});   // sorted by date
    QCOMPARE(tracker.timepoints().front().studyInstanceUid, QStringLiteral("1.1"));
    Lesion lesion;
    lesion.label = QStringLiteral("Right lower lobe nodule");
    lesion.organ = QStringLiteral("lung");
    const QString id = tracker.addLesion(lesion);
    QCOMPARE(id, QStringLiteral("L1"));
    tracker.setObservation(id, observation(QStringLiteral("1.2"), {}, 21.4, {1, 2, 3}));   // date from the timepoint
    tracker.setObservation(id, observation(QStringLiteral("1.1"), {}, 30.0, {1.5, -2.25, 1872.9}));
    Lesion node;
    node.category = LesionCategory::NonTarget;
    node.lymphNode = true;
    node.organ = QStringLiteral("mediastinum");
    const QString nodeId = tracker.addLesion(node);
    LesionObservation progressed;
    progressed.studyInstanceUid = QStringLiteral("1.2");
    progressed.assessment = LesionAssessment::UnequivocalProgression;
    progressed.comment = QStringLiteral("grösser");
    tracker.setObservation(nodeId, progressed);

    const QByteArray json = QJsonDocument(tracker.toJson()).toJson();
    QString error;
    const auto reread = LesionTracker::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(*reread == tracker);
    const Lesion* first = reread->lesion(id);
    QVERIFY(first);
    QCOMPARE(first->observations.size(), std::size_t(2));
    QCOMPARE(first->observations[0].date, QDate(2010, 6, 30));   // ordered by date
    QCOMPARE(first->observations[0].longAxis->lengthMm, 30.0);
    QCOMPARE(first->observations[0].longAxis->start.x, 100.5);
    QCOMPARE(first->observations[0].centre->z, 1872.9);
    QCOMPARE(first->observations[0].image.frame, 2);
    QCOMPARE(reread->lesion(nodeId)->observations[0].assessment, LesionAssessment::UnequivocalProgression);
    QCOMPARE(reread->lesion(nodeId)->observations[0].comment, QStringLiteral("grösser"));
    QVERIFY(json.contains("\"category\": \"non-target\""));
    QVERIFY(json.contains("\"assessment\": \"unequivocal-progression\""));
}

void LesionModelTest::jsonRefusesBrokenDocuments()
{
    QString error;
    QVERIFY(!LesionTracker::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}, &error));
    QVERIFY(error.contains(QStringLiteral("continuum-lesions")));
    LesionTracker tracker;
    Lesion lesion;
    lesion.id = QStringLiteral("L7");
    tracker.addLesion(lesion);
    QJsonObject object = tracker.toJson();
    QJsonArray lesions = object.value(QStringLiteral("lesions")).toArray();
    QJsonObject broken = lesions[0].toObject();
    broken.insert(QStringLiteral("category"), QStringLiteral("targett"));
    lesions[0] = broken;
    object.insert(QStringLiteral("lesions"), lesions);
    QVERIFY(!LesionTracker::fromJson(object, &error));
    QVERIFY2(error.contains(QStringLiteral("L7")) && error.contains(QStringLiteral("targett")), qPrintable(error));
    lesions.append(tracker.toJson().value(QStringLiteral("lesions")).toArray()[0]);
    lesions[0] = tracker.toJson().value(QStringLiteral("lesions")).toArray()[0];
    object.insert(QStringLiteral("lesions"), lesions);
    QVERIFY(!LesionTracker::fromJson(object, &error));
    QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
}

void LesionModelTest::addAndEdit()
{
    LesionTracker tracker;
    Lesion named;
    named.id = QStringLiteral("L2");
    QCOMPARE(tracker.addLesion(named), QStringLiteral("L2"));
    QCOMPARE(tracker.addLesion(named), QString());   // taken
    QCOMPARE(tracker.addLesion(Lesion{}), QStringLiteral("L1"));
    QCOMPARE(tracker.addLesion(Lesion{}), QStringLiteral("L3"));
    QVERIFY(tracker.setCategory(QStringLiteral("L1"), LesionCategory::New));
    QVERIFY(tracker.setOrgan(QStringLiteral("L1"), QStringLiteral("bone")));
    QVERIFY(tracker.setLymphNode(QStringLiteral("L1"), true));
    QVERIFY(tracker.setLabel(QStringLiteral("L1"), QStringLiteral("T8")));
    QVERIFY(!tracker.setOrgan(QStringLiteral("L9"), QStringLiteral("bone")));
    const Lesion* edited = tracker.lesion(QStringLiteral("L1"));
    QCOMPARE(edited->category, LesionCategory::New);
    QCOMPARE(edited->organ, QStringLiteral("bone"));
    QVERIFY(edited->lymphNode);
    QCOMPARE(edited->label, QStringLiteral("T8"));
    QVERIFY(tracker.removeLesion(QStringLiteral("L2")));
    QCOMPARE(tracker.lesions().size(), std::size_t(2));
}

void LesionModelTest::linkAndUnlink()
{
    LesionTracker tracker;
    tracker.setTimepoints({{QStringLiteral("A"), QDate(2020, 1, 1), {}, {}, {}}, {QStringLiteral("B"), QDate(2020, 4, 1), {}, {}, {}}});
    Lesion baseline;
    baseline.organ = QStringLiteral("liver");
    const QString first = tracker.addLesion(baseline);
    tracker.setObservation(first, observation(QStringLiteral("A"), {}, 30, {0, 0, 0}));
    const QString second = tracker.addLesion(Lesion{});
    tracker.setObservation(second, observation(QStringLiteral("B"), {}, 25, {0, 0, 0}));
    const QString clash = tracker.addLesion(Lesion{});
    tracker.setObservation(clash, observation(QStringLiteral("A"), {}, 12, {50, 0, 0}));

    const auto refused = tracker.link(first, clash);
    QVERIFY(refused);
    QVERIFY2(refused->contains(QStringLiteral("both measured")), qPrintable(*refused));
    QVERIFY(tracker.link(first, QStringLiteral("L99")));
    QVERIFY(!tracker.link(first, second));
    QVERIFY(!tracker.lesion(second));
    const Lesion* linked = tracker.lesion(first);
    QCOMPARE(linked->observations.size(), std::size_t(2));
    QCOMPARE(linked->observations[1].studyInstanceUid, QStringLiteral("B"));
    QCOMPARE(linked->observations[1].longAxis->lengthMm, 25.0);

    QString error;
    const auto split = tracker.unlink(first, QStringLiteral("B"), &error);
    QVERIFY2(split, qPrintable(error));
    QCOMPARE(tracker.lesion(first)->observations.size(), std::size_t(1));
    QCOMPARE(tracker.lesion(*split)->observations.front().studyInstanceUid, QStringLiteral("B"));
    QCOMPARE(tracker.lesion(*split)->organ, QStringLiteral("liver"));
    QVERIFY(!tracker.unlink(first, QStringLiteral("A"), &error));   // its only observation
    QVERIFY(error.contains(QStringLiteral("only")));
}

void LesionModelTest::suggestLinkThroughTransform()
{
    LesionTracker tracker;
    tracker.setTimepoints({{QStringLiteral("A"), QDate(2020, 1, 1), {}, {}, {}}, {QStringLiteral("B"), QDate(2020, 4, 1), {}, {}, {}}});
    const QString liver = tracker.addLesion(Lesion{});
    tracker.setObservation(liver, observation(QStringLiteral("A"), {}, 30, {100, 50, -200}));
    const QString lung = tracker.addLesion(Lesion{});
    tracker.setObservation(lung, observation(QStringLiteral("A"), {}, 15, {-80, 20, -120}));
    const QString measuredOnB = tracker.addLesion(Lesion{});
    tracker.setObservation(measuredOnB, observation(QStringLiteral("A"), {}, 15, {112, 48, -200}));
    tracker.setObservation(measuredOnB, observation(QStringLiteral("B"), {}, 15, {112, 48, -200}));

    // The follow-up was scanned 30 mm further along z and 10 mm to the left: the registration
    // maps B's coordinates back onto A's.
    const PointTransform bToA = [](const Vector3& p) { return Vector3{p.x - 10.0, p.y, p.z - 30.0}; };
    const Vector3 clickedOnB{112.0, 52.0, -170.0};   // the liver lesion, 4.5 mm from its centre once mapped
    const auto suggestion = tracker.suggestLink(clickedOnB, bToA, QStringLiteral("A"), 10.0, QStringLiteral("B"));
    QVERIFY(suggestion);
    QCOMPARE(suggestion->lesionId, liver);
    QCOMPARE(qRound(suggestion->distanceMm * 1000), qRound(std::sqrt(4.0 + 4.0) * 1000));
    // Without the transform the nearest is the lesion already measured on B, which is excluded;
    // the liver lesion is then 30 mm away: nothing within 10 mm.
    QVERIFY(!tracker.suggestLink(clickedOnB, {}, QStringLiteral("A"), 10.0, QStringLiteral("B")));
    // Outside the tolerance.
    QVERIFY(!tracker.suggestLink(clickedOnB, bToA, QStringLiteral("A"), 2.0, QStringLiteral("B")));
}

void LesionModelTest::bodyRegionVocabulary()
{
    const BodyRegionVocabulary vocabulary = BodyRegionVocabulary::bundled();
    QCOMPARE(vocabulary.regionsOfBodyPart(QStringLiteral("CHEST")), QStringList{QStringLiteral("chest")});
    QCOMPARE(vocabulary.regionsOfBodyPart(QStringLiteral("chestabdomen")), (QStringList{QStringLiteral("chest"), QStringLiteral("abdomen")}));
    QCOMPARE(vocabulary.regionsOfBodyPart(QStringLiteral("KNEE")), QStringList{});
    QCOMPARE(vocabulary.regionsOfDescription(QStringLiteral("Thorax  Poumons 5.0  MPR Sagit")), QStringList{QStringLiteral("chest")});
    QCOMPARE(vocabulary.regionsOfDescription(QStringLiteral("CT Abdomen/Pelvis w contrast")),
             (QStringList{QStringLiteral("abdomen"), QStringLiteral("pelvis")}));
    QCOMPARE(vocabulary.regionsOfDescription(QStringLiteral("Test CT")), QStringList{});
    // Whole words only: "abdominal" is a word of its own, "lungfish" is not "lung".
    QCOMPARE(vocabulary.regionsOfDescription(QStringLiteral("lungfish")), QStringList{});
    QString error;
    QVERIFY(!BodyRegionVocabulary::fromJson(R"({"format":"continuum-body-regions","version":1,"regions":[{"region":"x","word":["a"]}]})",
                                            QStringLiteral("site.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("site.json")) && error.contains(QStringLiteral("\"word\"")), qPrintable(error));
}

void LesionModelTest::automaticSelection()
{
    const std::vector<CatalogStudy> studies{
        study(QStringLiteral("s2021"), QDate(2021, 3, 1), QStringLiteral("CT chest"), {{"CT", "CHEST"}, {"SR", ""}}),
        study(QStringLiteral("s2020b"), QDate(2020, 11, 2), QStringLiteral("CT chest"), {{"CT", "CHEST"}}),
        study(QStringLiteral("s2020a"), QDate(2020, 6, 1), QStringLiteral("MR chest"), {{"MR", "CHEST"}}),           // other modality
        study(QStringLiteral("s2020"), QDate(2020, 2, 1), QStringLiteral("CT head"), {{"CT", "HEAD"}}),              // other region
        study(QStringLiteral("s2019"), QDate(2019, 9, 1), QStringLiteral("CT TAP"), {{"CT", "CHESTABDPELVIS"}}),      // overlaps chest
        study(QStringLiteral("s2018"), QDate(2018, 9, 1), QStringLiteral("CT thorax"), {{"CT", "THORAX"}}),
        study(QStringLiteral("s2017"), QDate(2017, 9, 1), QStringLiteral("CT thorax"), {{"CT", "LUNG"}}),            // fourth prior: dropped
        study(QStringLiteral("other"), QDate(2019, 1, 1), QStringLiteral("CT chest"), {{"CT", "CHEST"}}, QStringLiteral("P2")),
        study(QStringLiteral("s2022"), QDate(2022, 1, 1), QStringLiteral("CT chest"), {{"CT", "CHEST"}}),            // after the current
    };
    const TimepointSelector selector;
    const TimepointSelection selection = selector.automatic(studies, QStringLiteral("s2021"));
    QVERIFY(selection.current);
    QCOMPARE(selection.current->studyInstanceUid, QStringLiteral("s2021"));
    QCOMPARE(selection.current->modality, QStringLiteral("CT"));   // the SR's 500 instances do not count
    QCOMPARE(selection.current->bodyRegions, QStringList{QStringLiteral("chest")});
    QCOMPARE(uids(selection.priors), (QStringList{QStringLiteral("s2020b"), QStringLiteral("s2019"), QStringLiteral("s2018")}));
    QCOMPARE(uids(selection.chronological()),
             (QStringList{QStringLiteral("s2018"), QStringLiteral("s2019"), QStringLiteral("s2020b"), QStringLiteral("s2021")}));
    const QString notes = selection.notes.join('\n');
    QVERIFY2(notes.contains(QStringLiteral("s2020a")) && notes.contains(QStringLiteral("no CT images")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("s2017")) && notes.contains(QStringLiteral("3 most recent")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("another patient")), qPrintable(notes));

    // Without a current study the newest one is current.
    const TimepointSelection newest = selector.automatic(studies);
    QCOMPARE(newest.current->studyInstanceUid, QStringLiteral("s2022"));
    QCOMPARE(uids(newest.priors), (QStringList{QStringLiteral("s2021"), QStringLiteral("s2020b"), QStringLiteral("s2019")}));
}

void LesionModelTest::automaticSelectionFallsBackToDescription()
{
    const std::vector<CatalogStudy> studies{
        study(QStringLiteral("now"), QDate(2021, 3, 1), QStringLiteral("CT Thorax Abdomen"), {{"CT", ""}}),
        study(QStringLiteral("abdomen"), QDate(2020, 3, 1), QStringLiteral("CT abdomen"), {{"CT", ""}}),
        study(QStringLiteral("head"), QDate(2019, 3, 1), QStringLiteral("CT brain"), {{"CT", ""}}),
        study(QStringLiteral("unknown"), QDate(2018, 3, 1), QStringLiteral("CT"), {{"CT", ""}}),
    };
    QString source;
    const TimepointSelector selector;
    const Timepoint current = selector.describe(studies[0], &source);
    QCOMPARE(current.bodyRegions, (QStringList{QStringLiteral("chest"), QStringLiteral("abdomen")}));
    QCOMPARE(source, QStringLiteral("study description"));
    const TimepointSelection selection = selector.automatic(studies, QStringLiteral("now"));
    QCOMPARE(uids(selection.priors), QStringList{QStringLiteral("abdomen")});
}

void LesionModelTest::explicitSelection()
{
    const std::vector<CatalogStudy> studies{
        study(QStringLiteral("a"), QDate(2015, 1, 1), QStringLiteral("CT"), {{"CT", "CHEST"}}),
        study(QStringLiteral("b"), QDate(2016, 1, 1), QStringLiteral("PET"), {{"PT", "WHOLEBODY"}}),
        study(QStringLiteral("c"), QDate(2017, 1, 1), QStringLiteral("CT"), {{"CT", "CHEST"}}),
        study(QStringLiteral("d"), QDate(2018, 1, 1), QStringLiteral("CT"), {{"CT", "CHEST"}}),
        study(QStringLiteral("e"), QDate(2019, 1, 1), QStringLiteral("CT"), {{"CT", "CHEST"}}),
    };
    const TimepointSelection selection =
        TimepointSelector().chosen(studies, {QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("c"),
                                             QStringLiteral("d"), QStringLiteral("zz")});
    QCOMPARE(selection.current->studyInstanceUid, QStringLiteral("e"));
    // The user's choice is kept even across modalities; only the number of priors is limited.
    QCOMPARE(uids(selection.priors), (QStringList{QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b")}));
    QVERIFY(selection.notes.join('\n').contains(QStringLiteral("zz")));
    QVERIFY(selection.notes.join('\n').contains(QStringLiteral("at most 3 priors")));
}

void LesionModelTest::selectionFromCatalogWithRealStudies()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20150101.dcm");
    QTemporaryDir dir;
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite"))));
    const auto imported = catalog.importFiles({continuum::testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))});
    QCOMPARE(imported.newInstances, 2);
    catalog::StudyFilter filter;
    filter.patientId = QStringLiteral("TEST_1");
    std::vector<CatalogStudy> studies;
    for (const catalog::StudyRow& row : catalog.studies(filter))
        studies.push_back({row, catalog.seriesOfStudy(row.id)});
    QCOMPARE(studies.size(), std::size_t(2));

    const TimepointSelection selection = TimepointSelector().automatic(studies);
    QVERIFY(selection.current);
    QCOMPARE(selection.current->studyInstanceUid, QStringLiteral("2.3.4"));
    QCOMPARE(selection.current->date, QDate(2015, 1, 1));
    QCOMPARE(selection.current->modality, QStringLiteral("CT"));
    QCOMPARE(selection.current->bodyRegions, QStringList{QStringLiteral("chest")});   // BodyPartExamined CHEST
    QCOMPARE(uids(selection.priors), QStringList{QStringLiteral("1.2.3")});
    QCOMPARE(selection.priors.front().date, QDate(2010, 6, 30));
}

QTEST_GUILESS_MAIN(LesionModelTest)
#include "LesionModelTest.moc"
