// Modality Worklist C-FIND over DICOM TLS against a real Orthanc (DicomTlsEnabled, its
// ModalityWorklists plugin serving the five OFFIS example items of ../shared/dicom/worklist,
// made binary by dump2dcm at test time), with certificates made by openssl at test time: the
// items arrive over TLS; an untrusted server, a missing client certificate and plain DICOM to the
// TLS port are refused in words.
#include "OrthancFixture.h"
#include "TestCertificates.h"
#include "TestData.h"

#include "worklist/ModalityWorklistClient.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::worklist;
using continuum::testing::OrthancFixture;
using continuum::testing::TestCertificates;

class ModalityWorklistTlsTest : public QObject {
    Q_OBJECT

    TestCertificates m_certificates;
    OrthancFixture m_orthanc;
    QTemporaryDir m_worklists;

    WorklistServer server() const
    {
        remote::RemoteNode node;
        node.name = QStringLiteral("RIS-TLS");
        node.aeTitle = m_orthanc.options().aeTitle;
        node.host = QStringLiteral("127.0.0.1");
        node.port = m_orthanc.dicomPort();
        node.timeoutSeconds = 20;
        node.tls.enabled = true;
        node.tls.trustedCertificates = {m_certificates.caCertificate()};
        node.tls.certificateFile = m_certificates.clientCertificate();
        node.tls.privateKeyFile = m_certificates.clientKey();
        remote::LocalNode local;
        local.aeTitle = QStringLiteral("CONTINUUM_MWL");
        return WorklistServer::fromNode(node, local);
    }

    static QStringList accessions(const std::vector<ScheduledProcedure>& procedures)
    {
        QStringList list;
        for (const ScheduledProcedure& procedure : procedures)
            list << procedure.accessionNumber;
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 1; i <= 5; ++i) {
            const QString name = QStringLiteral("worklist/wklist%1.dump").arg(i);
            CONTINUUM_REQUIRE_SHARED(name);
            QProcess convert;
            convert.start(QStringLiteral(CONTINUUM_DUMP2DCM), {QStringLiteral("--write-xfer-little"), continuum::testing::sharedDicomPath(name),
                                                               m_worklists.filePath(QStringLiteral("wklist%1.wl").arg(i))});
            QVERIFY(convert.waitForFinished(60000));
            QVERIFY2(convert.exitCode() == 0, convert.readAllStandardError().constData());
        }
        const QString made = m_certificates.create();
        QVERIFY2(made.isEmpty(), qPrintable(made));
        continuum::testing::OrthancOptions options;
        options.aeTitle = QStringLiteral("RIS_TLS");
        options.tlsCertificate = m_certificates.serverCertificate();
        options.tlsPrivateKey = m_certificates.serverKey();
        options.tlsTrustedCertificates = m_certificates.caCertificate();
        options.tlsRemoteCertificateRequired = true;
        options.worklistFolder = m_worklists.path();
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void findsTheScheduledProceduresOverTls()
    {
        const ScheduledResult result = ModalityWorklistClient(server()).scheduledProcedures({});
        if (result.error)
            qWarning("%s\nOrthanc's log:\n%s", qPrintable(*result.error), qPrintable(m_orthanc.logTail(6000)));
        QVERIFY2(!result.error, result.error ? qPrintable(*result.error) : "");
        // wklist2.dump lists (0008,0050) twice; dump2dcm keeps the first value.
        QCOMPARE(accessions(result.procedures),
                 (QStringList{QStringLiteral("00000"), QStringLiteral("00002"), QStringLiteral("00003"), QStringLiteral("00004"), QStringLiteral("00005")}));
        for (const ScheduledProcedure& procedure : result.procedures) {
            QCOMPARE(procedure.sourceName, QStringLiteral("RIS-TLS"));
            if (procedure.accessionNumber == QLatin1String("00004")) {
                QCOMPARE(procedure.patientName, QStringLiteral("HAYDN^FRANZ^JOSEPH"));
                QCOMPARE(procedure.modality, QStringLiteral("US"));
            }
        }
        // The query's keys still match over TLS.
        const ScheduledResult radiographs = ModalityWorklistClient(server()).scheduledProcedures({{}, {}, QStringLiteral("CR")});
        QVERIFY(!radiographs.error);
        QCOMPARE(accessions(radiographs.procedures), (QStringList{QStringLiteral("00003"), QStringLiteral("00005")}));
    }

    void refusalsInWords()
    {
        // A server certificate no trusted CA vouches for.
        WorklistServer untrusted = server();
        untrusted.tls.trustedCertificates = {m_certificates.otherCaCertificate()};
        const ScheduledResult notTrusted = ModalityWorklistClient(untrusted).scheduledProcedures({});
        QVERIFY(notTrusted.error);
        QVERIFY2(notTrusted.error->contains(QStringLiteral("not trusted")), qPrintable(*notTrusted.error));
        QVERIFY(notTrusted.procedures.empty());

        // No client certificate, which the server requires.
        WorklistServer anonymous = server();
        anonymous.tls.certificateFile.clear();
        anonymous.tls.privateKeyFile.clear();
        const ScheduledResult noCertificate = ModalityWorklistClient(anonymous).scheduledProcedures({});
        QVERIFY(noCertificate.error);
        QVERIFY2(noCertificate.error->contains(QStringLiteral("client certificate")), qPrintable(*noCertificate.error));

        // Plain DICOM to the TLS port.
        WorklistServer plain = server();
        plain.tls = {};
        plain.timeoutSeconds = 5;
        const ScheduledResult refused = ModalityWorklistClient(plain).scheduledProcedures({});
        QVERIFY(refused.error);
        QVERIFY(refused.procedures.empty());

        // A missing key file is said before any connection.
        WorklistServer noKey = server();
        noKey.tls.privateKeyFile = m_worklists.filePath(QStringLiteral("missing.key"));
        const ScheduledResult missing = ModalityWorklistClient(noKey).scheduledProcedures({});
        QVERIFY(missing.error);
        QVERIFY2(missing.error->contains(QStringLiteral("missing.key")), qPrintable(*missing.error));
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_GUILESS_MAIN(ModalityWorklistTlsTest)
#include "ModalityWorklistTlsTest.moc"
