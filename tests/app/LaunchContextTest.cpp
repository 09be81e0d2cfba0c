// Launch in context (`continuum open --patient-id ...`) without a window: the command line, the
// message a second process hands to the running one, which patient and study a request leads to
// (on a real catalog of TEST_1's two studies plus a derived patient of another issuer), and the
// local socket between two instances.
#include "TestData.h"

#include "LaunchContext.h"
#include "LaunchTargetResolver.h"
#include "SingleInstanceChannel.h"

#include "catalog/Catalog.h"
#include "generators/AttributeRewriter.h"
#include "timeline/DepartmentMapping.h"
#include "timeline/TimelineModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using continuum::app::LaunchContext;
using continuum::app::LaunchTarget;
using continuum::app::LaunchTargetResolver;
using continuum::app::OpenCommandLine;
using continuum::testing::sharedDicomPath;

class LaunchContextTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesTheOpenVerb();
    void refusesUnusableArguments();
    void travelsAsJson();
    void opensTheNewestLocalStudyByDefault();
    void findsTheStudyByAccessionOrUid();
    void asksTheArchivesThenRetrievesWhatOnlyThePacsHas();
    void saysWhatWasNotFound();
    void refusesAnIdSharedByTwoIssuersUnlessOneIsGiven();
    void handsTheRequestToTheRunningInstance();

private:
    continuum::timeline::TimelineModel modelFor(const LaunchTarget& patient);

    QTemporaryDir m_dir;
    continuum::catalog::Catalog m_catalog;
};

void LaunchContextTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite"))));
    const QString folder = sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"));
    QCOMPARE(m_catalog.importFiles({folder}).newInstances, 2);
    // Derived from study_20100630.dcm: the same PatientID TEST_1 issued by another hospital,
    // i.e. another person, in a study of its own.
    const QString other = m_dir.filePath(QStringLiteral("other-issuer.dcm"));
    QString error;
    QVERIFY2(continuum::generators::AttributeRewriter::writeCopy(
                 folder + QStringLiteral("/study_20100630.dcm"), other,
                 {{{0x0010, 0x0021}, QStringLiteral("OTHER HOSPITAL")},
                  {{0x0020, 0x000D}, QStringLiteral("1.2.826.0.1.3680043.10.1234.1")},
                  {{0x0020, 0x000E}, QStringLiteral("1.2.826.0.1.3680043.10.1234.2")},
                  {{0x0008, 0x0018}, QStringLiteral("1.2.826.0.1.3680043.10.1234.3")},
                  {{0x0008, 0x0020}, QStringLiteral("20200101")}},
                 &error),
             qPrintable(error));
    QCOMPARE(m_catalog.importFiles({other}).newInstances, 1);
}

void LaunchContextTest::parsesTheOpenVerb()
{
    QVERIFY(OpenCommandLine::isOpenCommand({QStringLiteral("continuum"), QStringLiteral("open")}));
    QVERIFY(!OpenCommandLine::isOpenCommand({QStringLiteral("continuum"), QStringLiteral("import")}));
    const OpenCommandLine command = OpenCommandLine::parse({QStringLiteral("continuum"), QStringLiteral("open"), QStringLiteral("--patient-id"),
                                                            QStringLiteral("TEST_1"), QStringLiteral("--issuer"), QString(),
                                                            QStringLiteral("--accession"), QStringLiteral("1234"),
                                                            QStringLiteral("--catalog"), QStringLiteral("/tmp/c.sqlite")});
    QVERIFY2(command.error.isEmpty(), qPrintable(command.error));
    QCOMPARE(command.context.patientId, QStringLiteral("TEST_1"));
    QVERIFY(command.context.issuerGiven);   // "" = explicitly no issuer
    QCOMPARE(command.context.issuerOfPatientId, QString());
    QCOMPARE(command.context.accessionNumber, QStringLiteral("1234"));
    QCOMPARE(command.catalogFile, QStringLiteral("/tmp/c.sqlite"));
    const OpenCommandLine noIssuer = OpenCommandLine::parse({QStringLiteral("continuum"), QStringLiteral("open"), QStringLiteral("--patient-id"), QStringLiteral("X")});
    QVERIFY(!noIssuer.context.issuerGiven);
}

void LaunchContextTest::refusesUnusableArguments()
{
    QVERIFY(OpenCommandLine::parse({QStringLiteral("continuum"), QStringLiteral("open")}).error.contains(QStringLiteral("--patient-id")));
    QVERIFY(OpenCommandLine::parse({QStringLiteral("continuum"), QStringLiteral("open"), QStringLiteral("--patient-id"), QStringLiteral("A"),
                                    QStringLiteral("--accession"), QStringLiteral("1"), QStringLiteral("--study-uid"), QStringLiteral("1.2")})
                .error.contains(QStringLiteral("not both")));
    QVERIFY(!OpenCommandLine::parse({QStringLiteral("continuum"), QStringLiteral("open"), QStringLiteral("--patient")}).error.isEmpty());
    QVERIFY(OpenCommandLine::parse({QStringLiteral("continuum"), QStringLiteral("open"), QStringLiteral("--patient-id"), QStringLiteral("A"),
                                    QStringLiteral("some/path")})
                .error.contains(QStringLiteral("no paths")));
}

void LaunchContextTest::travelsAsJson()
{
    LaunchContext context;
    context.patientId = QStringLiteral("ÖZ-17");
    context.issuerGiven = true;
    context.issuerOfPatientId = QStringLiteral("HÔPITAL");
    context.studyInstanceUid = QStringLiteral("1.2.3");
    const auto back = LaunchContext::fromJson(context.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(*back, context);
    QString error;
    QVERIFY(!LaunchContext::fromJson("{\"patientId\":\"X\"}", &error));   // not ours: no format
    QVERIFY(!LaunchContext::fromJson("garbage", &error));
    QVERIFY(!LaunchContext::fromJson(R"({"format":"continuum-launch-context","patientId":""})", &error));
    QVERIFY(error.contains(QStringLiteral("patient ID")));
}

continuum::timeline::TimelineModel LaunchContextTest::modelFor(const LaunchTarget& patient)
{
    continuum::timeline::TimelineModel model(patient.patient, continuum::timeline::DepartmentMapping::bundled());
    const auto error = model.loadLocal(m_catalog);
    if (error)
        qWarning("%s", qPrintable(*error));
    return model;
}

void LaunchContextTest::opensTheNewestLocalStudyByDefault()
{
    LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    context.issuerGiven = true;   // no issuer, as the shared files carry none
    continuum::catalog::StudyFilter filter;
    filter.patientId = context.patientId;
    const LaunchTarget patient = LaunchTargetResolver::resolvePatient(context, m_catalog.studies(filter));
    QCOMPARE(patient.kind, LaunchTarget::Kind::AskArchives);
    const LaunchTarget target = LaunchTargetResolver::resolveStudy(context, modelFor(patient), false);
    QCOMPARE(target.kind, LaunchTarget::Kind::Local);
    QCOMPARE(target.studyInstanceUid, QStringLiteral("2.3.4"));   // 2015, not 2010 (nor the other issuer's 2020)
    QCOMPARE(m_catalog.study(target.catalogStudyId)->studyDate, QDate(2015, 1, 1));
}

void LaunchContextTest::findsTheStudyByAccessionOrUid()
{
    LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    context.issuerGiven = true;
    context.accessionNumber = QStringLiteral("1234");
    LaunchTarget patient;
    patient.patient.patientId = context.patientId;
    LaunchTarget target = LaunchTargetResolver::resolveStudy(context, modelFor(patient), false);
    QCOMPARE(target.kind, LaunchTarget::Kind::Local);
    QCOMPARE(target.studyInstanceUid, QStringLiteral("1.2.3"));
    context.accessionNumber.clear();
    context.studyInstanceUid = QStringLiteral("2.3.4");
    target = LaunchTargetResolver::resolveStudy(context, modelFor(patient), false);
    QCOMPARE(target.kind, LaunchTarget::Kind::Local);
    QCOMPARE(m_catalog.study(target.catalogStudyId)->accessionNumber, QStringLiteral("2345"));
    // The other issuer's study is not this patient's, even asked for by its UID.
    context.studyInstanceUid = QStringLiteral("1.2.826.0.1.3680043.10.1234.1");
    target = LaunchTargetResolver::resolveStudy(context, modelFor(patient), true);
    QCOMPARE(target.kind, LaunchTarget::Kind::NotFound);
}

void LaunchContextTest::asksTheArchivesThenRetrievesWhatOnlyThePacsHas()
{
    LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    context.issuerGiven = true;
    context.accessionNumber = QStringLiteral("777");
    LaunchTarget patient;
    patient.patient.patientId = context.patientId;
    continuum::timeline::TimelineModel model = modelFor(patient);
    QCOMPARE(LaunchTargetResolver::resolveStudy(context, model, false).kind, LaunchTarget::Kind::AskArchives);
    continuum::timeline::RemoteStudySummary remote;
    remote.studyInstanceUid = QStringLiteral("9.8.7");
    remote.patientId = QStringLiteral("TEST_1");
    remote.accessionNumber = QStringLiteral("777");
    remote.studyDate = QDate(2018, 5, 4);
    remote.modalities = {QStringLiteral("CT")};
    remote.nodeName = QStringLiteral("main-pacs");
    model.mergeRemote({remote});
    const LaunchTarget target = LaunchTargetResolver::resolveStudy(context, model, true);
    QCOMPARE(target.kind, LaunchTarget::Kind::Remote);
    QCOMPARE(target.studyInstanceUid, QStringLiteral("9.8.7"));
    QCOMPARE(target.nodeName, QStringLiteral("main-pacs"));
    // Without an accession or UID the newest local study opens at once (the newer 2018 one stays
    // on the timeline, marked "on PACS"): the first image does not wait for the archive.
    context.accessionNumber.clear();
    QCOMPARE(LaunchTargetResolver::resolveStudy(context, model, true).kind, LaunchTarget::Kind::Local);
}

void LaunchContextTest::saysWhatWasNotFound()
{
    LaunchContext context;
    context.patientId = QStringLiteral("NOBODY");
    context.issuerGiven = true;
    context.accessionNumber = QStringLiteral("42");
    LaunchTarget patient;
    patient.patient.patientId = context.patientId;
    const LaunchTarget target = LaunchTargetResolver::resolveStudy(context, modelFor(patient), true);
    QCOMPARE(target.kind, LaunchTarget::Kind::NotFound);
    QVERIFY2(target.message.contains(QStringLiteral("NOBODY")) && target.message.contains(QStringLiteral("accession number 42")), qPrintable(target.message));
}

void LaunchContextTest::refusesAnIdSharedByTwoIssuersUnlessOneIsGiven()
{
    LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    continuum::catalog::StudyFilter filter;
    filter.patientId = context.patientId;
    const auto rows = m_catalog.studies(filter);
    QCOMPARE(rows.size(), std::size_t(3));
    const LaunchTarget ambiguous = LaunchTargetResolver::resolvePatient(context, rows);
    QCOMPARE(ambiguous.kind, LaunchTarget::Kind::Ambiguous);
    QVERIFY2(ambiguous.message.contains(QStringLiteral("OTHER HOSPITAL")) && ambiguous.message.contains(QStringLiteral("--issuer")),
             qPrintable(ambiguous.message));
    context.issuerGiven = true;
    context.issuerOfPatientId = QStringLiteral("OTHER HOSPITAL");
    const LaunchTarget patient = LaunchTargetResolver::resolvePatient(context, rows);
    QCOMPARE(patient.kind, LaunchTarget::Kind::AskArchives);
    const LaunchTarget target = LaunchTargetResolver::resolveStudy(context, modelFor(patient), false);
    QCOMPARE(target.kind, LaunchTarget::Kind::Local);
    QCOMPARE(target.studyInstanceUid, QStringLiteral("1.2.826.0.1.3680043.10.1234.1"));
}

void LaunchContextTest::handsTheRequestToTheRunningInstance()
{
    const QString name = continuum::app::SingleInstanceChannel::serverNameFor(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(name != continuum::app::SingleInstanceChannel::serverNameFor(m_dir.filePath(QStringLiteral("other.sqlite"))));
    QString error;
    // Nobody listens yet: the request is not delivered, and says so.
    QVERIFY(!continuum::app::SingleInstanceChannel::deliver(name, "x", 2000, &error));
    QVERIFY(!error.isEmpty());
    continuum::app::SingleInstanceChannel running(name);
    QVERIFY(running.listen(&error));
    // A second instance cannot take the name while the first answers on it.
    continuum::app::SingleInstanceChannel second(name);
    QVERIFY(!second.listen(&error));
    QVERIFY(error.contains(QStringLiteral("already running")));
    QSignalSpy received(&running, &continuum::app::SingleInstanceChannel::messageReceived);
    LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    // The client blocks; the server needs this thread's event loop: deliver from another thread.
    auto delivered = QtConcurrent::run([name, message = context.toJson()] {
        QString clientError;
        return continuum::app::SingleInstanceChannel::deliver(name, message, 30000, &clientError);
    });
    QVERIFY(received.wait(30000));
    delivered.waitForFinished();
    QVERIFY(delivered.result());
    QCOMPARE(LaunchContext::fromJson(received.front().front().toByteArray())->patientId, QStringLiteral("TEST_1"));
}

QTEST_GUILESS_MAIN(LaunchContextTest)
#include "LaunchContextTest.moc"
