// `continuum pacs echo|find|retrieve|send` against a real Orthanc, no display.
#include "OrthancFixture.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using continuum::testing::OrthancFixture;
using continuum::testing::sharedDicomPath;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runContinuum(const QStringList& arguments, const QMap<QString, QString>& extraEnvironment = {}, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));   // the pacs verbs must not need one
    environment.remove(QStringLiteral("CONTINUUM_PACS_PASSWORD"));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONTINUUM_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString xaStudy = QStringLiteral("1.3.12.2.1107.5.4.3.123456789012345.19950922.121803.6");
const QString xaInstance = QStringLiteral("1.3.12.2.1107.5.4.3.321890.19960124.162922.29");
// The DICOMweb node's basic authentication (Orthanc's HTTP side).
const QString webUser = QStringLiteral("cli-user");
const QString webPassword = QStringLiteral("cli-Secret-4711-xyz");
} // namespace

class PacsCliTest : public QObject {
    Q_OBJECT

    OrthancFixture m_orthanc;
    QTemporaryDir m_dir;
    QString m_nodes;

    QStringList pacs(const QString& verb, QStringList more) const
    {
        return QStringList{QStringLiteral("pacs"), verb, QStringLiteral("--nodes"), m_nodes} + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
        CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
        CONTINUUM_REQUIRE_SHARED("charsets/chrX1.dcm");
        continuum::testing::OrthancOptions options;
        options.viewerAeTitle = QStringLiteral("CLI_VIEWER");
        options.viewerPort = OrthancFixture::freePort();
        options.defaultEncoding = QStringLiteral("Utf8");
        options.dicomWeb = true;
        options.httpUser = webUser;
        options.httpPassword = webPassword;
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        const int uploaded = m_orthanc.upload(sharedDicomPath(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm")), &problems)
                           + m_orthanc.upload(sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1")), &problems)
                           + m_orthanc.upload(sharedDicomPath(QStringLiteral("charsets/chrX1.dcm")), &problems);
        QVERIFY2(uploaded == 4, qPrintable(problems.join(QLatin1Char('\n'))));

        const QJsonObject nodes{
            {QStringLiteral("local"), QJsonObject{{QStringLiteral("aeTitle"), options.viewerAeTitle}, {QStringLiteral("port"), options.viewerPort}}},
            {QStringLiteral("nodes"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("test-pacs")},
                                    {QStringLiteral("aeTitle"), options.aeTitle},
                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), m_orthanc.dicomPort()}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("nobody")},
                                    {QStringLiteral("aeTitle"), QStringLiteral("NOBODY")},
                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), OrthancFixture::freePort()}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("test-web")},
                                    {QStringLiteral("kind"), QStringLiteral("dicomweb")},
                                    {QStringLiteral("url"), m_orthanc.dicomWebUrl()},
                                    {QStringLiteral("authentication"), QStringLiteral("basic")},
                                    {QStringLiteral("user"), webUser}}}}};
        m_nodes = m_dir.filePath(QStringLiteral("nodes.json"));
        QFile file(m_nodes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(nodes).toJson());
    }

    void echo()
    {
        Run run = runContinuum(pacs(QStringLiteral("echo"), {QStringLiteral("--node"), QStringLiteral("test-pacs")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("succeeded")));

        run = runContinuum(pacs(QStringLiteral("echo"), {QStringLiteral("--node"), QStringLiteral("nobody")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("continuum: connection refused")), qPrintable(run.err));
    }

    void findStudiesAsJsonAndTable()
    {
        Run run = runContinuum(pacs(QStringLiteral("find"), {QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--patient-id"),
                                                             QStringLiteral("TEST_1"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray studies = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(studies.size(), 2);
        QStringList dates;
        for (const QJsonValue& study : studies)
            dates << study.toObject().value(QStringLiteral("studyDate")).toString();
        dates.sort();
        QCOMPARE(dates, (QStringList{QStringLiteral("2010-06-30"), QStringLiteral("2015-01-01")}));

        run = runContinuum(pacs(QStringLiteral("find"), {QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--patient-id"),
                                                         QStringLiteral("TEST_1"), QStringLiteral("--date-from"), QStringLiteral("2015-01-01")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("2015-01-01")) && !run.out.contains(QStringLiteral("2010-06-30")), qPrintable(run.out));
        QVERIFY(run.out.trimmed().endsWith(QStringLiteral("1 match")));

        run = runContinuum(pacs(QStringLiteral("find"), {QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--level"),
                                                         QStringLiteral("series"), QStringLiteral("--study-uid"), xaStudy, QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray series = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].toObject().value(QStringLiteral("modality")).toString(), QStringLiteral("XA"));
    }

    void findPatientNameInAnotherScript()
    {
        const Run run = runContinuum(pacs(QStringLiteral("find"), {QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--level"),
                                                                   QStringLiteral("patient"), QStringLiteral("--patient-name"), QStringLiteral("Wang*"),
                                                                   QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray patients = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(patients.size(), 1);
        QCOMPARE(patients[0].toObject().value(QStringLiteral("patientName")).toString(), QStringLiteral("Wang^XiaoDong=王^小東="));   // as stored: an empty phonetic group
        QCOMPARE(patients[0].toObject().value(QStringLiteral("studies")).toInt(), 1);
    }

    void retrieveByGetAndMove()
    {
        for (const bool move : {false, true}) {
            QTemporaryDir destination;
            QStringList arguments{QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--study-uid"), xaStudy,
                                  QStringLiteral("--to"), destination.path()};
            if (move)
                arguments << QStringLiteral("--move");
            const Run run = runContinuum(pacs(QStringLiteral("retrieve"), arguments));
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(QStringLiteral("1 of 1 instances")), qPrintable(run.out));
            QVERIFY(QFileInfo::exists(destination.filePath(xaInstance + QStringLiteral(".dcm"))));
        }
    }

    void sendPutsTheFileOnTheServer()
    {
        CONTINUUM_REQUIRE_SHARED("charsets/chrFren.dcm");
        const QString uid = QStringLiteral("1.3.6.1.4.1.5962.1.1.0.1.1.1175775772.5720.0");
        QVERIFY(m_orthanc.lookup(uid).isEmpty());
        const Run run = runContinuum(pacs(QStringLiteral("send"), {QStringLiteral("--node"), QStringLiteral("test-pacs"),
                                                                    sharedDicomPath(QStringLiteral("charsets/chrFren.dcm"))}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("sent 1 files")));
        QVERIFY(!m_orthanc.lookup(uid).isEmpty());
    }

    void mistakesAreOneLineWithExitCode2()
    {
        Run run = runContinuum(pacs(QStringLiteral("echo"), {QStringLiteral("--node"), QStringLiteral("typo")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no node named \"typo\"")) && run.err.contains(QStringLiteral("test-pacs")), qPrintable(run.err));

        run = runContinuum({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("x"), QStringLiteral("--nodes"),
                            m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("missing.json")));

        run = runContinuum(pacs(QStringLiteral("retrieve"), {QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--to"), m_dir.path()}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--study-uid")));

        run = runContinuum({QStringLiteral("pacs"), QStringLiteral("fetch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("continuum: ")));
    }

    void dicomWebNodeEchoFindRetrieveSend()
    {
        CONTINUUM_REQUIRE_SHARED("charsets/chrGerm.dcm");
        const QMap<QString, QString> withPassword{{QStringLiteral("CONTINUUM_PACS_PASSWORD"), webPassword}};
        const QStringList node{QStringLiteral("--node"), QStringLiteral("test-web")};
        Run run = runContinuum(pacs(QStringLiteral("echo"), node), withPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("QIDO-RS")) && run.out.contains(QStringLiteral("succeeded")));

        run = runContinuum(pacs(QStringLiteral("find"), node + QStringList{QStringLiteral("--patient-id"), QStringLiteral("TEST_1"), QStringLiteral("--json")}),
                           withPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);

        // The password from standard input this time.
        QTemporaryDir destination;
        run = runContinuum(pacs(QStringLiteral("retrieve"), node + QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--study-uid"), xaStudy,
                                                                                  QStringLiteral("--to"), destination.path()}),
                           {}, webPassword.toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 of 1 instances")), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(destination.filePath(xaInstance + QStringLiteral(".dcm"))));

        const QString germanUid = QStringLiteral("1.3.6.1.4.1.5962.1.1.0.1.1.1175775772.5723.0");
        const bool alreadyThere = !m_orthanc.lookup(germanUid).isEmpty();
        run = runContinuum(pacs(QStringLiteral("send"), node + QStringList{sharedDicomPath(QStringLiteral("charsets/chrGerm.dcm"))}), withPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("sent 1 files")));
        QVERIFY2(alreadyThere || !m_orthanc.lookup(germanUid).isEmpty(), qPrintable(germanUid));

        // A wrong password: a clear error, exit 1, and the password in no output.
        const QByteArray wrong = "wrong-Pass-0815";
        run = runContinuum(pacs(QStringLiteral("echo"), node + QStringList{QStringLiteral("--password-stdin")}), {}, wrong + "\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("refused the credentials")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromLatin1(wrong)) && !run.out.contains(QString::fromLatin1(wrong)));

        // No password anywhere (no keyring on test machines): exit 2 saying how to give one.
        run = runContinuum(pacs(QStringLiteral("echo"), node));
        if (run.exitCode != 0) {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("--password-stdin")), qPrintable(run.err));
        }
        run = runContinuum(pacs(QStringLiteral("echo"), {QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--password-stdin")}));
        QCOMPARE(run.exitCode, 2);
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_GUILESS_MAIN(PacsCliTest)
#include "PacsCliTest.moc"
