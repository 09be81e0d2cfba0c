// DICOM TLS against a real Orthanc with DicomTlsEnabled, certificates made by openssl at test
// time (TestCertificates): C-ECHO, C-FIND and C-GET over TLS (the instances arrive as stored),
// an encrypted client key with and without its password, Orthanc pushing over TLS to our TLS
// storage SCP, and the failures a user must be able to read: an untrusted server certificate,
// a server that requires a client certificate, TLS against a plain DICOM port, and a silent
// server (a timeout, never a hang).
#include "OrthancFixture.h"
#include "TestCertificates.h"
#include "TestData.h"

#include "remote/DimseClient.h"
#include "remote/StorageScp.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <map>

using namespace continuum::remote;
using continuum::testing::OrthancFixture;
using continuum::testing::sharedDicomPath;
using continuum::testing::TestCertificates;

namespace {

const QString ctStudy = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.165554066086145834377508507990");
const QString ctSeries = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.257508444832901632590301540805");
const QString ctFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString ctImageStorage = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");

struct FileFacts {
    QString sopInstanceUid;
    QString transferSyntax;
    bool ok = false;
};

FileFacts facts(const QString& path)
{
    FileFacts result;
    DcmFileFormat file;
    result.ok = file.loadFile(OFFilename(QFile::encodeName(path).constData())).good();
    OFString value;
    if (result.ok && file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        result.sopInstanceUid = QString::fromLatin1(value.c_str());
    if (result.ok && file.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, value).good())
        result.transferSyntax = QString::fromLatin1(value.c_str());
    return result;
}

// SOP Instance UID -> transfer syntax of the shared source files.
std::map<QString, QString> sourceSyntaxes()
{
    std::map<QString, QString> index;
    QDirIterator it(sharedDicomPath(ctFolder), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const FileFacts f = facts(it.next());
        if (f.ok)
            index[f.sopInstanceUid] = f.transferSyntax;
    }
    return index;
}

// A TCP listener that never accepts: the kernel completes the handshake, nobody answers.
class SilentServer {
public:
    SilentServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::listen(m_socket, 8);
        socklen_t length = sizeof address;
        ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_socket); }
    quint16 port() const { return m_port; }

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

} // namespace

class DimseTlsTest : public QObject {
    Q_OBJECT

    TestCertificates m_certificates;
    OrthancFixture m_orthanc;
    LocalNode m_local;
    RemoteNode m_node;   // Orthanc over TLS, trusting the test CA, with our client certificate

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(ctFolder);
        const QString made = m_certificates.create();
        QVERIFY2(made.isEmpty(), qPrintable(made));

        m_local.aeTitle = QStringLiteral("CONTINUUM_TLS");
        m_local.port = OrthancFixture::freePort();
        continuum::testing::OrthancOptions options;
        options.viewerAeTitle = m_local.aeTitle;
        options.viewerPort = m_local.port;
        options.viewerUsesTls = true;
        options.tlsCertificate = m_certificates.serverCertificate();
        options.tlsPrivateKey = m_certificates.serverKey();
        options.tlsTrustedCertificates = m_certificates.caCertificate();
        options.tlsRemoteCertificateRequired = true;
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        QCOMPARE(m_orthanc.upload(sharedDicomPath(ctFolder), &problems), 64);

        m_node.name = QStringLiteral("orthanc-tls");
        m_node.aeTitle = options.aeTitle;
        m_node.host = QStringLiteral("127.0.0.1");
        m_node.port = m_orthanc.dicomPort();
        m_node.timeoutSeconds = 20;
        m_node.tls.enabled = true;
        m_node.tls.trustedCertificates = {m_certificates.caCertificate()};
        m_node.tls.certificateFile = m_certificates.clientCertificate();
        m_node.tls.privateKeyFile = m_certificates.clientKey();
    }

    void echoOverTls()
    {
        DimseClient client(m_node, m_local);
        const RemoteStatus status = client.echo();
        QVERIFY2(status.ok(), qPrintable(status.message));
        QVERIFY(status.message.contains(QStringLiteral("(TLS)")));
    }

    void findOverTls()
    {
        DimseClient client(m_node, m_local);
        QueryRequest request;
        request.level = QueryLevel::Series;
        request.studyInstanceUid = ctStudy;
        const FindResult found = client.find(request);
        QVERIFY2(found.status.ok(), qPrintable(found.status.message));
        QCOMPARE(found.rows.size(), std::size_t(1));
        QCOMPARE(found.rows.front().seriesInstanceUid, ctSeries);
        QCOMPARE(found.rows.front().seriesInstances, 64);
    }

    void getOverTlsDeliversTheInstances()
    {
        QTemporaryDir destination;
        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = ctStudy;
        request.seriesInstanceUid = ctSeries;
        request.sopClassUids = {ctImageStorage};
        request.destination = destination.path();
        const RetrieveResult result = client.retrieve(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.files.size(), std::size_t(64));
        const std::map<QString, QString> sources = sourceSyntaxes();
        const QStringList received = QDir(destination.path()).entryList({QStringLiteral("*.dcm")}, QDir::Files);
        QCOMPARE(received.size(), 64);
        for (const QString& name : received) {
            const FileFacts got = facts(destination.filePath(name));
            QVERIFY2(got.ok, qPrintable(name));
            QVERIFY2(sources.count(got.sopInstanceUid), qPrintable(got.sopInstanceUid));
            QCOMPARE(got.transferSyntax, sources.at(got.sopInstanceUid));
        }
    }

    void encryptedClientKeyNeedsItsPassword()
    {
        RemoteNode node = m_node;
        node.tls.privateKeyFile = m_certificates.encryptedClientKey();
        {
            DimseClient client(node, m_local);
            client.setPrivateKeyPasswords(TestCertificates::encryptedKeyPassword());
            const RemoteStatus status = client.echo();
            QVERIFY2(status.ok(), qPrintable(status.message));
        }
        DimseClient client(node, m_local);   // no password: an error, never a console prompt
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::InvalidRequest);
        QVERIFY2(status.message.contains(QStringLiteral("wrong or missing password")), qPrintable(status.message));
    }

    void untrustedServerCertificateIsRefused()
    {
        RemoteNode node = m_node;
        node.tls.trustedCertificates = {m_certificates.otherCaCertificate()};
        DimseClient client(node, m_local);
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::CertificateRejected);
        QVERIFY2(status.message.contains(QStringLiteral("the server's certificate is not trusted")), qPrintable(status.message));
    }

    void serverRequiringAClientCertificateSaysSo()
    {
        RemoteNode node = m_node;
        node.tls.certificateFile.clear();
        node.tls.privateKeyFile.clear();
        DimseClient client(node, m_local);
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::TlsFailed);
        QVERIFY2(status.message.contains(QStringLiteral("the server requires a client certificate")), qPrintable(status.message));
    }

    void tlsAgainstAPlainPortFailsCleanly()
    {
        // A plain DICOM listener (our own SCP without TLS) on a free port.
        QTemporaryDir destination;
        StorageScpOptions options;
        options.aeTitle = QStringLiteral("PLAIN_SCP");
        options.port = OrthancFixture::freePort();
        options.destination = destination.path();
        StorageScp plain(options);
        QVERIFY(plain.start().ok());
        RemoteNode node = m_node;
        node.aeTitle = options.aeTitle;
        node.port = options.port;
        node.timeoutSeconds = 10;
        DimseClient client(node, m_local);
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::TlsFailed);
        QVERIFY2(status.message.contains(QStringLiteral("TLS handshake failed (server not using TLS?)")), qPrintable(status.message));
        plain.stop();

        // And the other way round: plain DICOM to Orthanc's TLS port does not work either.
        RemoteNode plainNode = m_node;
        plainNode.tls = {};
        plainNode.timeoutSeconds = 5;
        DimseClient plainClient(plainNode, m_local);
        QVERIFY(!plainClient.echo().ok());
    }

    void silentServerTimesOutDuringTheHandshake()
    {
        SilentServer silent;
        RemoteNode node = m_node;
        node.port = silent.port();
        node.timeoutSeconds = 2;
        DimseClient client(node, m_local);
        QElapsedTimer clock;
        clock.start();
        const RemoteStatus status = client.echo();
        QVERIFY(!status.ok());
        QCOMPARE(status.kind, RemoteErrorKind::TimedOut);
        QVERIFY2(status.message.contains(QStringLiteral("did not answer within 2 s")), qPrintable(status.message));
        QVERIFY2(clock.elapsed() < 60000, "the TLS handshake with a silent server must end with the timeout");
    }

    void orthancPushesToOurTlsScp()
    {
        QTemporaryDir destination;
        StorageScpOptions options;
        options.aeTitle = m_local.aeTitle;
        options.port = m_local.port;
        options.destination = destination.path();
        options.tls.enabled = true;
        options.tls.certificateFile = m_certificates.serverCertificate();
        options.tls.privateKeyFile = m_certificates.serverKey();
        options.tls.trustedCertificates = {m_certificates.caCertificate()};
        options.tls.verifyPeer = true;
        StorageScp scp(options);
        const RemoteStatus started = scp.start();
        QVERIFY2(started.ok(), qPrintable(started.message));

        const QString seriesId = m_orthanc.lookup(ctSeries);
        QVERIFY(!seriesId.isEmpty());
        const OrthancFixture::Reply reply = m_orthanc.rest(
            "POST", QStringLiteral("/modalities/viewer/store"),
            QJsonDocument(QJsonObject{{QStringLiteral("Resources"), QJsonArray{seriesId}}, {QStringLiteral("Synchronous"), true}}).toJson());
        QVERIFY2(reply.status == 200, reply.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(scp.storedCount(), 64, 60000);

        // A caller without TLS gets nowhere with our TLS listener.
        RemoteNode plainToUs;
        plainToUs.name = QStringLiteral("us-plain");
        plainToUs.aeTitle = m_local.aeTitle;
        plainToUs.host = QStringLiteral("127.0.0.1");
        plainToUs.port = m_local.port;
        plainToUs.timeoutSeconds = 5;
        DimseClient plainClient(plainToUs, m_local);
        QVERIFY(!plainClient.echo().ok());
        // A TLS caller whose certificate we trust is let in.
        RemoteNode tlsToUs = plainToUs;
        tlsToUs.tls = m_node.tls;
        DimseClient tlsClient(tlsToUs, m_local);
        const RemoteStatus echoed = tlsClient.echo();
        QVERIFY2(echoed.ok(), qPrintable(echoed.message));
        scp.stop();
        QCOMPARE(QDir(destination.path()).entryList({QStringLiteral("*.dcm")}, QDir::Files).size(), 64);
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_GUILESS_MAIN(DimseTlsTest)
#include "DimseTlsTest.moc"
