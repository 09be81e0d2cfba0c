#include "catalog/Catalog.h"
#include "timeline/DepartmentMapping.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelineModel.h"
#include "timeline/VisibleTimeRange.h"

#include "FakeRemoteStudySource.h"
#include "TestData.h"
#include "TimelineFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace continuum;
using namespace continuum::timeline;
using continuum::testing::FakeRemoteStudySource;
using continuum::testing::FixtureStudy;
using continuum::testing::TimelineFixtures;

namespace {

RemoteStudySummary remoteStudy(const QString& uid, const QDate& date, const QStringList& modalities, const QString& description,
                               int instances, const QString& patientId, const QString& issuer, const QString& name,
                               const QDate& birthDate)
{
    RemoteStudySummary summary;
    summary.studyInstanceUid = uid;
    summary.studyDate = date;
    summary.studyTime = QTime(8, 15);
    summary.modalities = modalities;
    summary.description = description;
    summary.numberOfInstances = instances;
    summary.patientId = patientId;
    summary.issuerOfPatientId = issuer;
    summary.patientName = name;
    summary.patientBirthDate = birthDate;
    return summary;
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

StudyProcedure procedure(const QString& description, std::initializer_list<std::pair<const char*, const char*>> series)
{
    StudyProcedure result;
    result.studyDescription = description;
    for (const auto& [modality, sopClass] : series)
        result.series.push_back(SeriesProcedure{QString::fromLatin1(modality), QString::fromLatin1(sopClass)});
    return result;
}

} // namespace

class TimelineModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledMappingPlacesProcedures();
    void invalidMappingNamesFileAndLine_data();
    void invalidMappingNamesFileAndLine();
    void test1StudiesInDateOrder();
    void multiDepartmentLanes();
    void mappingFileChangeMovesLane();
    void mismatchesAreFlaggedNeverMerged();
    void remoteStudiesMergeWithLocal();
    void interruptedImportIsIncomplete();
    void visibleRangeZoomsAroundAnchorAndPans();
    void ticksAdaptFromYearsToDays();
    void layoutPlacesMarksInLanesAtTheirDates();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_generated;   // the multi-department patient
    std::vector<FixtureStudy> m_studies;
};

void TimelineModelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CONTINUUM_REQUIRE_SHARED("syntaxes/photometric/ct_signed_16bit_small.dcm");
    CONTINUUM_REQUIRE_SHARED("nonimage/sr/basic_text_sr.dcm");
    m_studies = TimelineFixtures::multiDepartmentPatient();
    QString error;
    const QString folder = m_dir.filePath(QStringLiteral("generated"));
    QVERIFY2(TimelineFixtures::write(folder, m_studies, &error), qPrintable(error));
    m_generated = std::make_unique<catalog::Catalog>();
    const auto openError = m_generated->open(m_dir.filePath(QStringLiteral("generated.sqlite")));
    QVERIFY2(!openError, qPrintable(openError.value_or(QString())));
    const catalog::ImportResult result = m_generated->importFiles({folder});
    QVERIFY(!result.failure);
    QCOMPARE(result.refused, 0);
    QCOMPARE(result.newInstances, 17);
}

void TimelineModelTest::bundledMappingPlacesProcedures()
{
    const DepartmentMapping& mapping = DepartmentMapping::bundled();
    QVERIFY(mapping.ruleCount() > 0);
    QCOMPARE(mapping.departmentOf(procedure("Echocardiogram TTE", {{"US", ""}})), Department::Cardiology);
    QCOMPARE(mapping.departmentOf(procedure("Abdomen ultrasound", {{"US", ""}})), Department::Radiology);
    QCOMPARE(mapping.departmentOf(procedure("", {{"XA", ""}})), Department::Cardiology);
    QCOMPARE(mapping.departmentOf(procedure("Coronary CTA", {{"CT", ""}})), Department::Cardiology);
    QCOMPARE(mapping.departmentOf(procedure("", {{"PT", ""}})), Department::Oncology);
    QCOMPARE(mapping.departmentOf(procedure("PET-CT", {{"CT", ""}, {"PT", ""}})), Department::Oncology);   // PT's rule comes first
    QCOMPARE(mapping.departmentOf(procedure("Chest", {{"CT", ""}})), Department::Radiology);
    QCOMPARE(mapping.departmentOf(procedure("", {{"MR", ""}})), Department::Radiology);
    QCOMPARE(mapping.departmentOf(procedure("", {{"CR", ""}})), Department::Radiology);
    QCOMPARE(mapping.departmentOf(procedure("", {{"DX", ""}})), Department::Radiology);
    // Reports and key objects follow the study's images, else "other".
    QCOMPARE(mapping.departmentOf(procedure("Echo", {{"US", ""}, {"SR", ""}, {"KO", ""}})), Department::Cardiology);
    QCOMPARE(mapping.departmentOf(procedure("Chest", {{"SR", ""}, {"CT", ""}})), Department::Radiology);
    QCOMPARE(mapping.departmentOf(procedure("Report", {{"SR", ""}})), Department::Other);
    QCOMPARE(mapping.departmentOf(procedure("", {{"PR", ""}, {"DOC", ""}})), Department::Other);
    // An encapsulated PDF is recognised by its SOP class even when its modality is OT.
    QCOMPARE(mapping.departmentOf(procedure("Echo", {{"OT", "1.2.840.10008.5.1.4.1.1.104.1"}, {"US", ""}})), Department::Cardiology);
    QCOMPARE(mapping.departmentOf(procedure("Photo", {{"OT", "1.2.840.10008.5.1.4.1.1.7"}})), Department::Other);
    QCOMPARE(mapping.departmentOf(StudyProcedure{}), Department::Other);
}

void TimelineModelTest::invalidMappingNamesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");
    const QByteArray head = "{\n  \"format\": \"continuum-department-mapping\",\n  \"version\": 1,\n  \"rules\": [\n";
    QTest::newRow("unknown department") << head + "    { \"modalities\": [\"CT\"], \"department\": \"radiology\" },\n"
                                                  "    { \"modalities\": [\"US\"],\n      \"department\": \"cardio\" }\n  ]\n}\n"
                                        << 6 << QStringLiteral("unknown department \"cardio\"");
    QTest::newRow("bad regex") << head + "    { \"studyDescription\": \"echo(\", \"department\": \"cardiology\" }\n  ]\n}\n"
                               << 5 << QStringLiteral("invalid regular expression");
    QTest::newRow("syntax error") << head + "    { \"modalities\": [\"CT\"] \"department\": \"radiology\" }\n  ]\n}\n"
                                  << 5 << QStringLiteral("");
    QTest::newRow("unknown key") << head + "    { \"modality\": \"CT\", \"department\": \"radiology\" }\n  ]\n}\n"
                                 << 5 << QStringLiteral("unknown key \"modality\"");
    QTest::newRow("no criterion") << head + "    { \"modalities\": [\"CT\"], \"department\": \"radiology\" },\n"
                                            "    { \"department\": \"other\" }\n  ]\n}\n"
                                  << 6 << QStringLiteral("rule 2");
    QTest::newRow("wrong format") << QByteArray("{ \"format\": \"something\", \"version\": 1, \"rules\": [] }") << 1
                                  << QStringLiteral("\"format\"");
}

void TimelineModelTest::invalidMappingNamesFileAndLine()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, what);
    const QString path = m_dir.filePath(QStringLiteral("broken-mapping.json"));
    QVERIFY(writeFile(path, json));
    QString error;
    QVERIFY(!DepartmentMapping::fromFile(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("%1:%2: ").arg(path).arg(line)), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
}

void TimelineModelTest::test1StudiesInDateOrder()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20150101.dcm");
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(m_dir.filePath(QStringLiteral("test1.sqlite"))));
    const auto result = catalog.importFiles({testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))});
    QCOMPARE(result.newInstances, 2);

    TimelineModel model(PatientIdentity{QStringLiteral("TEST_1"), QString(), QString(), QDate()}, DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(catalog));
    QCOMPARE(model.items().size(), std::size_t(2));
    const TimelineItem& first = model.items()[0];
    const TimelineItem& second = model.items()[1];
    QCOMPARE(first.studyInstanceUid, QStringLiteral("1.2.3"));
    QCOMPARE(first.date, QDate(2010, 6, 30));
    QCOMPARE(second.studyInstanceUid, QStringLiteral("2.3.4"));
    QCOMPARE(second.date, QDate(2015, 1, 1));
    for (const TimelineItem& item : model.items()) {
        QCOMPARE(item.department, Department::Radiology);   // CT, "Test CT": the bundled mapping's radiology rule
        QCOMPARE(item.modalities, QStringList{QStringLiteral("CT")});
        QCOMPARE(item.imageCount, 1);
        QCOMPARE(item.location(), LocationState::Local);
        QVERIFY(item.mismatches.empty());
    }
    QCOMPARE(first.description, QStringLiteral("Test CT"));
    QCOMPARE(second.description, QStringLiteral("Test CT 2"));
    QCOMPARE(model.itemsOfDepartment(Department::Radiology).size(), std::size_t(2));
    QVERIFY(model.itemsOfDepartment(Department::Oncology).empty());
    QCOMPARE(model.patient().name, QStringLiteral("Test"));
    QCOMPARE(model.patient().birthDate, QDate(1900, 1, 1));
    QCOMPARE(model.dateExtent()->first, QDate(2010, 6, 30));
    QCOMPARE(model.dateExtent()->second, QDate(2015, 1, 1));

    // Another PatientID gets nothing of TEST_1's.
    TimelineModel other(PatientIdentity{QStringLiteral("TEST_2"), QString(), QString(), QDate()}, DepartmentMapping::bundled());
    QVERIFY(!other.loadLocal(catalog));
    QVERIFY(other.items().empty());
}

void TimelineModelTest::multiDepartmentLanes()
{
    TimelineModel model(PatientIdentity{TimelineFixtures::patientId(), TimelineFixtures::issuer(), TimelineFixtures::patientName(),
                                        QDate(1960, 1, 1)},
                        DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(*m_generated));
    const auto uid = [this](const char* key) { return TimelineFixtures::studyUid(m_studies, QString::fromLatin1(key)); };
    const auto expect = [&](const char* key, Department department, const QStringList& modalities, int images) {
        const TimelineItem* item = model.item(uid(key));
        QVERIFY2(item, key);
        QCOMPARE(item->department, department);
        QCOMPARE(item->modalities, modalities);
        QCOMPARE(item->imageCount, images);
        QCOMPARE(item->location(), LocationState::Local);
    };
    expect("chest", Department::Radiology, {QStringLiteral("CT"), QStringLiteral("SR")}, 4);
    expect("echo", Department::Cardiology, {QStringLiteral("US")}, 2);
    expect("angio", Department::Cardiology, {QStringLiteral("XA")}, 1);
    expect("petct", Department::Oncology, {QStringLiteral("CT"), QStringLiteral("PT")}, 3);
    expect("photo", Department::Other, {QStringLiteral("OT")}, 1);
    expect("abdomenUs", Department::Radiology, {QStringLiteral("US")}, 1);
    expect("report", Department::Other, {QStringLiteral("SR")}, 1);
    expect("wrongName", Department::Radiology, {QStringLiteral("CT")}, 1);
    expect("wrongBirth", Department::Radiology, {QStringLiteral("CR")}, 1);
    expect("caseOnly", Department::Radiology, {QStringLiteral("DX")}, 1);

    // Ten studies of this patient (the other issuer's is another patient), in date order.
    QCOMPARE(model.items().size(), std::size_t(10));
    QVERIFY(!model.item(uid("otherIssuer")));
    for (std::size_t i = 1; i < model.items().size(); ++i)
        QVERIFY(model.items()[i - 1].date <= model.items()[i].date);
    QCOMPARE(model.items().front().studyInstanceUid, uid("photo"));   // 2018
    QCOMPARE(model.items().back().studyInstanceUid, uid("caseOnly"));  // 2023-03-03
    QCOMPARE(model.itemsOfDepartment(Department::Radiology).size(), std::size_t(5));
    QCOMPARE(model.itemsOfDepartment(Department::Cardiology).size(), std::size_t(2));
    QCOMPARE(model.itemsOfDepartment(Department::Oncology).size(), std::size_t(1));
    QCOMPARE(model.itemsOfDepartment(Department::Other).size(), std::size_t(2));

    // The other issuer's study is its own patient's timeline.
    TimelineModel otherIssuer(PatientIdentity{TimelineFixtures::patientId(), QStringLiteral("HOSP-B"), QString(), QDate()},
                              DepartmentMapping::bundled());
    QVERIFY(!otherIssuer.loadLocal(*m_generated));
    QCOMPARE(otherIssuer.items().size(), std::size_t(1));
    QCOMPARE(otherIssuer.items().front().studyInstanceUid, uid("otherIssuer"));
}

void TimelineModelTest::mappingFileChangeMovesLane()
{
    TimelineModel model(PatientIdentity{TimelineFixtures::patientId(), TimelineFixtures::issuer(), QString(), QDate()},
                        DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(*m_generated));
    const QString echo = TimelineFixtures::studyUid(m_studies, QStringLiteral("echo"));
    const QString chest = TimelineFixtures::studyUid(m_studies, QStringLiteral("chest"));
    QCOMPARE(model.item(echo)->department, Department::Cardiology);
    QCOMPARE(model.item(chest)->department, Department::Radiology);

    // A site that reads every ultrasound in radiology and sends chest CTs to oncology.
    const QString path = m_dir.filePath(QStringLiteral("site-mapping.json"));
    QVERIFY(writeFile(path, R"({
  "format": "continuum-department-mapping",
  "version": 1,
  "fallback": "other",
  "rules": [
    { "modalities": ["SR"], "department": "images" },
    { "modalities": ["CT"], "studyDescription": "chest", "department": "oncology" },
    { "modalities": ["US", "CT", "CR", "DX"], "department": "radiology" }
  ]
}
)"));
    QString error;
    auto site = DepartmentMapping::fromFile(path, &error);
    QVERIFY2(site, qPrintable(error));
    QCOMPARE(site->sourceName(), path);
    model.setMapping(*site);
    QCOMPARE(model.item(echo)->department, Department::Radiology);
    QCOMPARE(model.item(chest)->department, Department::Oncology);
    // XA has no rule in this file: the fallback.
    QCOMPARE(model.item(TimelineFixtures::studyUid(m_studies, QStringLiteral("angio")))->department, Department::Other);

    // Changing the file and loading it again moves the study back.
    QVERIFY(writeFile(path, R"({ "format": "continuum-department-mapping", "version": 1, "fallback": "oncology",
  "rules": [ { "modalities": ["US"], "studyDescription": "echo", "department": "cardiology" } ] })"));
    site = DepartmentMapping::fromFile(path, &error);
    QVERIFY2(site, qPrintable(error));
    model.setMapping(*site);
    QCOMPARE(model.item(echo)->department, Department::Cardiology);
    QCOMPARE(model.item(chest)->department, Department::Oncology);   // the fallback now
}

void TimelineModelTest::mismatchesAreFlaggedNeverMerged()
{
    TimelineModel model(PatientIdentity{TimelineFixtures::patientId(), TimelineFixtures::issuer(), TimelineFixtures::patientName(),
                                        QDate(1960, 1, 1)},
                        DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(*m_generated));
    const TimelineItem* wrongName = model.item(TimelineFixtures::studyUid(m_studies, QStringLiteral("wrongName")));
    QVERIFY(wrongName);
    QCOMPARE(wrongName->mismatches.size(), std::size_t(1));
    QCOMPARE(wrongName->mismatches[0].field, IdentityMismatch::Field::PatientName);
    QCOMPARE(wrongName->mismatches[0].expected, QStringLiteral("Timeline^Generated"));
    QCOMPARE(wrongName->mismatches[0].found, QStringLiteral("Timeline^Generatd"));
    QVERIFY2(wrongName->mismatches[0].text().contains(QStringLiteral("Timeline^Generatd")), qPrintable(wrongName->mismatches[0].text()));

    const TimelineItem* wrongBirth = model.item(TimelineFixtures::studyUid(m_studies, QStringLiteral("wrongBirth")));
    QVERIFY(wrongBirth);
    QCOMPARE(wrongBirth->mismatches.size(), std::size_t(1));
    QCOMPARE(wrongBirth->mismatches[0].field, IdentityMismatch::Field::BirthDate);
    QCOMPARE(wrongBirth->mismatches[0].expected, QStringLiteral("1960-01-01"));
    QCOMPARE(wrongBirth->mismatches[0].found, QStringLiteral("1961-01-01"));

    // Case and empty trailing components are the same name.
    QVERIFY(model.item(TimelineFixtures::studyUid(m_studies, QStringLiteral("caseOnly")))->mismatches.empty());
    int flagged = 0;
    for (const TimelineItem& item : model.items())
        flagged += item.flagged() ? 1 : 0;
    QCOMPARE(flagged, 2);

    // A PACS reporting the same PatientID with another issuer: another patient, not shown.
    FakeRemoteStudySource pacs(QStringLiteral("PACS-B"),
                               {remoteStudy(QStringLiteral("9.9.9.1"), QDate(2021, 2, 2), {QStringLiteral("MR")}, QStringLiteral("MR knee"), 20,
                                            TimelineFixtures::patientId(), QStringLiteral("HOSP-B"), TimelineFixtures::patientName(),
                                            QDate(1960, 1, 1))});
    QVERIFY(!model.addRemote(pacs));
    QCOMPARE(pacs.askedFor.issuerOfPatientId, TimelineFixtures::issuer());
    QVERIFY(!model.item(QStringLiteral("9.9.9.1")));
    QCOMPARE(model.otherIssuerStudyCount(), 1);
    QCOMPARE(model.items().size(), std::size_t(10));
}

void TimelineModelTest::remoteStudiesMergeWithLocal()
{
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(m_dir.filePath(QStringLiteral("merge.sqlite"))));
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
    QCOMPARE(catalog.importFiles({testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))}).newInstances, 2);

    TimelineModel model(PatientIdentity{QStringLiteral("TEST_1"), QString(), QString(), QDate()}, DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(catalog));
    const QDate birth(1900, 1, 1);
    FakeRemoteStudySource pacs(
        QStringLiteral("FAKEPACS"),
        {remoteStudy(QStringLiteral("2.3.4"), QDate(2015, 1, 1), {QStringLiteral("CT")}, QStringLiteral("Test CT 2"), 1,
                     QStringLiteral("TEST_1"), QString(), QStringLiteral("Test"), birth),
         remoteStudy(QStringLiteral("7.7.7.1"), QDate(2012, 3, 4), {QStringLiteral("US")}, QStringLiteral("Echo follow-up"), 34,
                     QStringLiteral("TEST_1"), QString(), QStringLiteral("Test"), birth),
         remoteStudy(QStringLiteral("7.7.7.2"), QDate(2016, 5, 6), {QStringLiteral("PT"), QStringLiteral("CT")},
                     QStringLiteral("PET-CT"), 400, QStringLiteral("TEST_1"), QString(), QStringLiteral("Other^Person"), birth),
         remoteStudy(QStringLiteral("7.7.7.3"), QDate(2013, 1, 1), {QStringLiteral("CT")}, QStringLiteral("Another issuer"), 5,
                     QStringLiteral("TEST_1"), QStringLiteral("ELSEWHERE"), QStringLiteral("Test"), birth)});
    FakeRemoteStudySource second(QStringLiteral("ARCHIVE"),
                                 {remoteStudy(QStringLiteral("7.7.7.1"), QDate(2012, 3, 4), {QStringLiteral("US")},
                                              QStringLiteral("Echo follow-up"), 30, QStringLiteral("TEST_1"), QString(),
                                              QStringLiteral("Test"), birth)},
                                 QStringLiteral("association rejected"));
    QVERIFY(!model.addRemote(pacs));
    QCOMPARE(model.addRemote(second).value_or(QString()), QStringLiteral("association rejected"));

    // 2 local + 2 remote-only; the other issuer's study is left out.
    QCOMPARE(model.items().size(), std::size_t(4));
    QStringList order;
    for (const TimelineItem& item : model.items())
        order << item.studyInstanceUid;
    QCOMPARE(order, (QStringList{QStringLiteral("1.2.3"), QStringLiteral("7.7.7.1"), QStringLiteral("2.3.4"), QStringLiteral("7.7.7.2")}));

    const TimelineItem* both = model.item(QStringLiteral("2.3.4"));
    QVERIFY(both->local);
    QVERIFY(both->alsoOnPacs());
    QCOMPARE(both->pacsNodes, QStringList{QStringLiteral("FAKEPACS")});
    QCOMPARE(both->location(), LocationState::Local);
    QCOMPARE(both->time, QTime(8, 15));   // taken from the node: the catalog row has no time

    const TimelineItem* echo = model.item(QStringLiteral("7.7.7.1"));
    QVERIFY(!echo->local);
    QCOMPARE(echo->location(), LocationState::OnPacs);
    QCOMPARE(echo->department, Department::Cardiology);
    QCOMPARE(echo->pacsNodes, (QStringList{QStringLiteral("FAKEPACS"), QStringLiteral("ARCHIVE")}));
    QCOMPARE(echo->imageCount, 34);
    QVERIFY(echo->mismatches.empty());

    const TimelineItem* pet = model.item(QStringLiteral("7.7.7.2"));
    QCOMPARE(pet->department, Department::Oncology);
    QCOMPARE(pet->mismatches.size(), std::size_t(1));
    QCOMPARE(pet->mismatches[0].source, QStringLiteral("FAKEPACS"));
    QCOMPARE(pet->mismatches[0].found, QStringLiteral("Other^Person"));
    QCOMPARE(model.otherIssuerStudyCount(), 1);

    // Retrieval states.
    model.setRetrieving(QStringLiteral("7.7.7.1"), true);
    QCOMPARE(model.item(QStringLiteral("7.7.7.1"))->location(), LocationState::Retrieving);
    model.setRetrieveInterrupted(QStringLiteral("7.7.7.1"), true);
    QCOMPARE(model.item(QStringLiteral("7.7.7.1"))->location(), LocationState::Incomplete);
    model.setRetrieveInterrupted(QStringLiteral("7.7.7.1"), false);
    QCOMPARE(model.item(QStringLiteral("7.7.7.1"))->location(), LocationState::OnPacs);

    // Reloading the local part keeps what the nodes said.
    QVERIFY(!model.loadLocal(catalog));
    QCOMPARE(model.items().size(), std::size_t(4));
    QVERIFY(model.item(QStringLiteral("2.3.4"))->alsoOnPacs());
}

void TimelineModelTest::interruptedImportIsIncomplete()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(m_dir.filePath(QStringLiteral("cancelled.sqlite"))));
    std::atomic<bool> cancel{false};
    catalog::ImportOptions options;
    options.instancesPerTransaction = 4;
    const auto result = catalog.importFiles({testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))}, options,
                                            [&cancel](int done, int) {
                                                if (done > 0)
                                                    cancel = true;
                                            },
                                            &cancel);
    QVERIFY(result.cancelled);
    const auto studies = catalog.studies();
    QCOMPARE(studies.size(), std::size_t(1));
    QVERIFY(studies.front().incompleteSeriesCount > 0);

    TimelineModel model(PatientIdentity{studies.front().patientId, studies.front().issuerOfPatientId, QString(), QDate()},
                        DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(catalog));
    QCOMPARE(model.items().size(), std::size_t(1));
    QCOMPARE(model.items().front().location(), LocationState::Incomplete);
    QVERIFY(model.items().front().imageCount < 64);
}

void TimelineModelTest::visibleRangeZoomsAroundAnchorAndPans()
{
    const VisibleTimeRange range(QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    const double width = 1000.0;
    const QDateTime anchorTime = range.timeAt(250.0, 0.0, width);
    const VisibleTimeRange zoomed = range.zoomedAt(4.0, 0.25);
    QVERIFY(std::abs(zoomed.spanMs() * 4 - range.spanMs()) <= 4);
    QVERIFY(std::abs(zoomed.timeAt(250.0, 0.0, width).msecsTo(anchorTime)) <= 1);
    // Zooming in stops at one day, out at 200 years.
    VisibleTimeRange deep = range;
    for (int i = 0; i < 60; ++i)
        deep = deep.zoomedAt(2.0, 0.5);
    QCOMPARE(deep.spanMs(), VisibleTimeRange::kMinSpanMs);
    VisibleTimeRange wide = range;
    for (int i = 0; i < 60; ++i)
        wide = wide.zoomedAt(0.5, 0.5);
    QCOMPARE(wide.spanMs(), VisibleTimeRange::kMaxSpanMs);
    // Panning by half the width moves the start by half the span.
    const VisibleTimeRange panned = range.pannedBy(0.5);
    QCOMPARE(panned.spanMs(), range.spanMs());
    QCOMPARE(panned.startMs() - range.startMs(), range.spanMs() / 2);
    QCOMPARE(range.xFor(range.end(), 100.0, width), 1100.0);
    // Fitting puts both dates inside with a margin.
    const VisibleTimeRange fit = VisibleTimeRange::fitting(QDate(2010, 6, 30), QDate(2015, 1, 1));
    QVERIFY(fit.start() < QDateTime(QDate(2010, 6, 30), QTime(0, 0), Qt::UTC));
    QVERIFY(fit.end() > QDateTime(QDate(2015, 1, 2), QTime(0, 0), Qt::UTC));
}

void TimelineModelTest::ticksAdaptFromYearsToDays()
{
    const auto at = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); };
    const VisibleTimeRange decades(at(1990, 1, 1), at(2020, 1, 1));
    QCOMPARE(decades.tickUnit(900.0), VisibleTimeRange::TickUnit::Year);
    const auto yearTicks = decades.ticks(900.0);
    QVERIFY(!yearTicks.empty());
    for (const auto& tick : yearTicks) {
        QCOMPARE(tick.time.date().dayOfYear(), 1);
        QCOMPARE(tick.label, QString::number(tick.time.date().year()));
    }
    const VisibleTimeRange year(at(2015, 1, 1), at(2016, 1, 1));
    QCOMPARE(year.tickUnit(900.0), VisibleTimeRange::TickUnit::Month);
    const auto monthTicks = year.ticks(900.0);
    QCOMPARE(monthTicks.size(), std::size_t(13));   // 1 Jan 2015 ... 1 Jan 2016, both edges included
    for (const auto& tick : monthTicks)
        QCOMPARE(tick.time.date().day(), 1);
    const VisibleTimeRange days(at(2015, 1, 1), at(2015, 1, 11));
    QCOMPARE(days.tickUnit(900.0), VisibleTimeRange::TickUnit::Day);
    QCOMPARE(days.ticks(900.0).size(), std::size_t(11));
    // The pixel spacing never drops below the minimum.
    for (const VisibleTimeRange& range : {decades, year, days}) {
        const auto ticks = range.ticks(900.0, 64.0);
        for (std::size_t i = 1; i < ticks.size(); ++i)
            QVERIFY(range.xFor(ticks[i].time, 0, 900.0) - range.xFor(ticks[i - 1].time, 0, 900.0) >= 64.0 - 1e-9);
    }
}

void TimelineModelTest::layoutPlacesMarksInLanesAtTheirDates()
{
    TimelineModel model(PatientIdentity{TimelineFixtures::patientId(), TimelineFixtures::issuer(), QString(), QDate()},
                        DepartmentMapping::bundled());
    QVERIFY(!model.loadLocal(*m_generated));
    const auto extent = model.dateExtent();
    QVERIFY(extent);
    const TimelineLayout layout(QSizeF(1000, 360), VisibleTimeRange::fitting(extent->first, extent->second), model);
    QCOMPARE(layout.marks().size(), model.items().size());
    double previousBottom = -1;
    for (Department department : kLaneOrder) {
        const QRectF lane = layout.laneRect(department);
        QVERIFY(lane.top() >= previousBottom - 1e-9);   // lanes in the fixed order, top to bottom
        previousBottom = lane.bottom();
    }
    for (const MarkPlacement& mark : layout.marks()) {
        const TimelineItem* item = model.item(mark.studyInstanceUid);
        QVERIFY(layout.laneRect(item->department).contains(mark.rect));
        QVERIFY(layout.plotRect().contains(mark.rect));
        QCOMPARE(mark.rect.center().x(), layout.xFor(item->axisTime()));
        QCOMPARE(layout.studyAt(mark.rect.center()), mark.studyInstanceUid);
    }
    // Marks close in time are stacked (and lowered to fit the lane), never drawn over each other.
    for (const MarkPlacement& a : layout.marks()) {
        for (const MarkPlacement& b : layout.marks()) {
            if (a.studyInstanceUid != b.studyInstanceUid)
                QVERIFY(!a.rect.intersects(b.rect));
        }
    }
    // Three radiology studies within two months in 2023 need three sub-rows: lower marks.
    QVERIFY(layout.markHeight(Department::Radiology) < TimelineLayout::kMarkHeight);
    QVERIFY(layout.markHeight(Department::Radiology) >= TimelineLayout::kMinMarkHeight);
    QCOMPARE(layout.markHeight(Department::Oncology), TimelineLayout::kMarkHeight);
    // Echo (10 May 2020) and angiography (1 Jun 2020) would overlap at this zoom: stacked, not hidden.
    const auto echo = layout.mark(TimelineFixtures::studyUid(m_studies, QStringLiteral("echo")));
    const auto angio = layout.mark(TimelineFixtures::studyUid(m_studies, QStringLiteral("angio")));
    QVERIFY(echo && angio);
    QVERIFY(!echo->rect.intersects(angio->rect));
}

QTEST_GUILESS_MAIN(TimelineModelTest)
#include "TimelineModelTest.moc"
