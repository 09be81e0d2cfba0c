#include "TestData.h"

#include "catalog/Catalog.h"
#include "generators/AttributeRewriter.h"
#include "worklist/ModalityWorklistClient.h"
#include "worklist/WorklistModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>

using namespace continuum;
using namespace continuum::worklist;

namespace {

// A port nothing listens on right now (wlmscpfs cannot be told to pick one itself).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

std::map<QString, ScheduledProcedure> byAccession(const std::vector<ScheduledProcedure>& procedures)
{
    std::map<QString, ScheduledProcedure> map;
    for (const ScheduledProcedure& procedure : procedures)
        map[procedure.accessionNumber] = procedure;
    return map;
}

QStringList accessions(const std::vector<ScheduledProcedure>& procedures)
{
    QStringList list;
    for (const ScheduledProcedure& procedure : procedures)
        list << procedure.accessionNumber;
    list.sort();
    return list;
}

} // namespace

// DCMTK's wlmscpfs serves the five OFFIS example items (../shared/dicom/worklist/wklist*.dump,
// made binary by dump2dcm at test time) from <folder>/<AE title>/ on a free loopback port.
class ModalityWorklistTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsEveryScheduledProcedure();
    void filtersByDateStationAndModality();
    void explainsFailures();
    void scheduledStudyBecomesTheArrivedStudy();

private:
    WorklistServer server() const;

    QTemporaryDir m_dir;
    QProcess m_scp;
    quint16 m_port = 0;
};

void ModalityWorklistTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("worklist/wklist1.dump"));
    QVERIFY(m_dir.isValid());
    const QString aeFolder = m_dir.filePath(QStringLiteral("worklists/WLSCP"));
    QVERIFY(QDir().mkpath(aeFolder));
    // wlmscpfs reads a folder only with its lock file present.
    QFile lock(QDir(aeFolder).filePath(QStringLiteral("lockfile")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    for (int i = 1; i <= 5; ++i) {
        const QString dump = continuum::testing::sharedDicomPath(QStringLiteral("worklist/wklist%1.dump").arg(i));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("worklist/wklist%1.dump").arg(i));
        QProcess convert;
        convert.start(QStringLiteral(CONTINUUM_DUMP2DCM), {QStringLiteral("--write-xfer-little"), dump,
                                                           QDir(aeFolder).filePath(QStringLiteral("wklist%1.wl").arg(i))});
        QVERIFY(convert.waitForFinished(60000));
        QVERIFY2(convert.exitCode() == 0, convert.readAllStandardError().constData());
    }
    qputenv("TCP_NODELAY", "1");
    m_port = freePort();
    m_scp.setProcessChannelMode(QProcess::MergedChannels);
    m_scp.start(QStringLiteral(CONTINUUM_WLMSCPFS), {QStringLiteral("-dfp"), m_dir.filePath(QStringLiteral("worklists")), QString::number(m_port)});
    QVERIFY2(m_scp.waitForStarted(30000), qPrintable(m_scp.errorString()));
    // Listening once a TCP connection succeeds; wait generously.
    QElapsedTimer waited;
    waited.start();
    bool listening = false;
    while (!listening && waited.elapsed() < 60000 && m_scp.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        listening = socket.waitForConnected(1000);
        if (!listening)
            QThread::msleep(100);
    }
    QVERIFY2(listening, m_scp.readAll().constData());
}

void ModalityWorklistTest::cleanupTestCase()
{
    if (m_scp.state() != QProcess::NotRunning) {
        m_scp.terminate();
        if (!m_scp.waitForFinished(30000)) {
            m_scp.kill();
            m_scp.waitForFinished(30000);
        }
    }
}

WorklistServer ModalityWorklistTest::server() const
{
    WorklistServer server;
    server.name = QStringLiteral("RIS");
    server.host = QStringLiteral("127.0.0.1");
    server.port = m_port;
    server.calledAeTitle = QStringLiteral("WLSCP");
    server.timeoutSeconds = 30;
    return server;
}

void ModalityWorklistTest::findsEveryScheduledProcedure()
{
    ModalityWorklistClient client(server());
    const ScheduledResult result = client.scheduledProcedures({});
    QVERIFY2(!result.error, result.error ? qPrintable(*result.error) : "");
    QCOMPARE(result.procedures.size(), std::size_t(5));
    const auto items = byAccession(result.procedures);
    // wklist2.dump lists (0008,0050) twice; dump2dcm keeps the first value.
    QCOMPARE(accessions(result.procedures),
             (QStringList{QStringLiteral("00000"), QStringLiteral("00002"), QStringLiteral("00003"), QStringLiteral("00004"), QStringLiteral("00005")}));
    const std::map<QString, std::tuple<QString, QString, StudyPriority, QString>> expected{
        {QStringLiteral("00000"), {QStringLiteral("VIVALDI^ANTONIO"), QStringLiteral("LOW"), StudyPriority::Routine, QStringLiteral("MR")}},
        {QStringLiteral("00002"), {QStringLiteral("VIVALDI^ANTONIO"), QStringLiteral("HIGH"), StudyPriority::Urgent, QStringLiteral("CT")}},
        {QStringLiteral("00003"), {QStringLiteral("VIVALDI^ANTONIO"), QStringLiteral("HIGH"), StudyPriority::Urgent, QStringLiteral("CR")}},
        {QStringLiteral("00004"), {QStringLiteral("HAYDN^FRANZ^JOSEPH"), QStringLiteral("LOW"), StudyPriority::Routine, QStringLiteral("US")}},
        {QStringLiteral("00005"), {QStringLiteral("HAYDN^FRANZ^JOSEPH"), QStringLiteral("LOW"), StudyPriority::Routine, QStringLiteral("CR")}},
    };
    for (const auto& [accession, values] : expected) {
        const ScheduledProcedure& item = items.at(accession);
        QCOMPARE(item.patientName, std::get<0>(values));
        QCOMPARE(item.requestedProcedurePriority, std::get<1>(values));
        QCOMPARE(item.priority, std::get<2>(values));
        QCOMPARE(item.modality, std::get<3>(values));
        QCOMPARE(item.sourceName, QStringLiteral("RIS"));
    }
    const ScheduledProcedure& first = items.at(QStringLiteral("00000"));
    QCOMPARE(first.patientId, QStringLiteral("AV35674"));
    QCOMPARE(first.patientBirthDate, QDate(1678, 3, 4));
    QCOMPARE(first.patientSex, QStringLiteral("M"));
    QCOMPARE(first.studyInstanceUid, QStringLiteral("1.2.276.0.7230010.3.2.101"));
    QCOMPARE(first.requestedProcedureId, QStringLiteral("RP454G234"));
    QCOMPARE(first.requestedProcedureDescription, QStringLiteral("EXAM6"));
    QCOMPARE(first.scheduledDate, QDate(1995, 10, 15));
    QCOMPARE(first.scheduledTime, QTime(8, 56, 7));
    QCOMPARE(first.scheduledStationAeTitles, (QStringList{QStringLiteral("AA32"), QStringLiteral("AA33")}));
    QCOMPARE(first.scheduledStepId, QStringLiteral("SPD3445"));
    QCOMPARE(first.scheduledStepDescription, QStringLiteral("EXAM74"));
}

void ModalityWorklistTest::filtersByDateStationAndModality()
{
    ModalityWorklistClient all(server());
    const ScheduledResult in1996 = all.scheduledProcedures({QDate(1996, 1, 1), QDate(1996, 12, 31), {}});
    QVERIFY(!in1996.error);
    QCOMPARE(accessions(in1996.procedures), (QStringList{QStringLiteral("00002"), QStringLiteral("00003"), QStringLiteral("00004")}));
    const ScheduledResult oneDay = all.scheduledProcedures({QDate(1995, 12, 6), QDate(1995, 12, 6), {}});
    QCOMPARE(accessions(oneDay.procedures), QStringList{QStringLiteral("00005")});

    const ScheduledResult radiographs = all.scheduledProcedures({{}, {}, QStringLiteral("cr")});
    QVERIFY(!radiographs.error);
    QCOMPARE(accessions(radiographs.procedures), (QStringList{QStringLiteral("00003"), QStringLiteral("00005")}));

    ModalityWorklistClient station(server(), WorklistKeys{QStringLiteral("AB45")});
    const ScheduledResult forStation = station.scheduledProcedures({});
    QVERIFY(!forStation.error);
    QCOMPARE(accessions(forStation.procedures), (QStringList{QStringLiteral("00002"), QStringLiteral("00005")}));
}

void ModalityWorklistTest::explainsFailures()
{
    // An AE title the server has no worklist for: it refuses the association.
    WorklistServer wrongAe = server();
    wrongAe.calledAeTitle = QStringLiteral("NOSUCHAE");
    const ScheduledResult rejected = ModalityWorklistClient(wrongAe).scheduledProcedures({});
    QVERIFY(rejected.error);
    QVERIFY2(rejected.error->contains(QStringLiteral("NOSUCHAE")), qPrintable(*rejected.error));
    QVERIFY(rejected.procedures.empty());

    WorklistServer closed = server();
    closed.port = freePort();
    const ScheduledResult refused = ModalityWorklistClient(closed).scheduledProcedures({});
    QVERIFY(refused.error);
    QVERIFY2(refused.error->contains(QStringLiteral("refused")), qPrintable(*refused.error));

    // A server that accepts the connection and never answers: the association times out.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    WorklistServer mute = server();
    mute.port = silent.serverPort();
    mute.timeoutSeconds = 2;
    const ScheduledResult timedOut = ModalityWorklistClient(mute).scheduledProcedures({});
    QVERIFY(timedOut.error);
    QVERIFY2(timedOut.error->contains(QStringLiteral("2 s")), qPrintable(*timedOut.error));
}

void ModalityWorklistTest::scheduledStudyBecomesTheArrivedStudy()
{
    // The CT1 slice, derived with the Study Instance UID of wklist2 (accession 00002, HIGH): the
    // images of that order have arrived; the other four orders are still expected.
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"));
    const QString arrived = m_dir.filePath(QStringLiteral("arrived/ct1.dcm"));
    QVERIFY(QDir().mkpath(QFileInfo(arrived).path()));
    QString error;
    QVERIFY2(generators::AttributeRewriter::writeCopy(continuum::testing::sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")),
                                                      arrived,
                                                      {{{0x0020, 0x000d}, QStringLiteral("1.2.276.0.7230010.3.2.102")},
                                                       {{0x0008, 0x0050}, QStringLiteral("00002")}},
                                                      &error),
             qPrintable(error));
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("w")));
    QCOMPARE(catalog.importFiles({arrived}).newInstances, 1);

    ModalityWorklistClient client(server());
    WorklistModel model(QStringLiteral("alice"));
    QVERIFY(!model.loadLocal(catalog, {}));
    QVERIFY(!model.addScheduled(client, {QDate(1995, 1, 1), QDate(1996, 12, 31), {}}));
    QCOMPARE(model.allItems().size(), std::size_t(5));
    const WorklistItem* item = model.item(QStringLiteral("1.2.276.0.7230010.3.2.102"));
    QVERIFY(item);
    QCOMPARE(item->origin, ItemOrigin::Local);
    QVERIFY(item->scheduled);
    QCOMPARE(item->priority, StudyPriority::Urgent);
    QCOMPARE(item->requestedProcedureId, QStringLiteral("RP488M9439"));
    QCOMPARE(item->imageCount, 1);
    int expected = 0;
    for (const WorklistItem& other : model.allItems())
        expected += other.origin == ItemOrigin::Expected ? 1 : 0;
    QCOMPARE(expected, 4);
    QCOMPARE(model.applyScheduledPriorities(catalog, QStringLiteral("RIS")), 1);
    QCOMPARE(catalog.readingState(item->catalogStudyId)->priority, StudyPriority::Urgent);
}

QTEST_GUILESS_MAIN(ModalityWorklistTest)
#include "ModalityWorklistTest.moc"
