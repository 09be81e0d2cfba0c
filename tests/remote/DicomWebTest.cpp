// DICOMweb against a real Orthanc (Debian orthanc + orthanc-dicomweb) with basic
// authentication on, and HTTPS through a real nginx with a test CA made at run time.
#include "NginxTlsFixture.h"
#include "OrthancFixture.h"
#include "TestData.h"

#include "remote/CredentialStore.h"
#include "remote/DicomWebClient.h"
#include "remote/MultipartStreamParser.h"
#include "remote/NodeDirectory.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace continuum::remote;
using continuum::testing::NginxTlsFixture;
using continuum::testing::OrthancFixture;
using continuum::testing::sharedDicomPath;

namespace {

const QString user = QStringLiteral("radiologist");
const QString password = QStringLiteral("Pw-7f3c9a-never-in-logs");
const QString xaStudy = QStringLiteral("1.3.12.2.1107.5.4.3.123456789012345.19950922.121803.6");
const QString xaInstance = QStringLiteral("1.3.12.2.1107.5.4.3.321890.19960124.162922.29");
const QString ctFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString xaFile = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");

QByteArray sha1(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    return hash.result();
}

QString sopInstanceUid(const QString& path)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData()).bad())
        return {};
    OFString uid;
    file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid);
    return QString::fromLatin1(uid.c_str());
}

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Collects what a parser delivers.
struct Collected {
    std::vector<QByteArray> bodies;
    std::vector<MultipartStreamParser::PartHeaders> headers;
    int ends = 0;
};

void attach(MultipartStreamParser& parser, Collected& collected)
{
    parser.onPartBegin = [&](const MultipartStreamParser::PartHeaders& headers) {
        collected.headers.push_back(headers);
        collected.bodies.emplace_back();
        return true;
    };
    parser.onPartData = [&](QByteArrayView data) {
        collected.bodies.back().append(data.data(), data.size());
        return true;
    };
    parser.onPartEnd = [&] {
        ++collected.ends;
        return true;
    };
}

} // namespace

class DicomWebTest : public QObject {
    Q_OBJECT

    OrthancFixture m_orthanc;
    NginxTlsFixture m_nginx;
    QString m_ctStudy;
    QString m_ctSeries;
    std::map<QString, QByteArray> m_ctSourceHashes;   // SOP Instance UID -> SHA-1 of the shared file

    RemoteNode node(const QString& url = {}) const
    {
        RemoteNode n;
        n.name = QStringLiteral("web");
        n.kind = NodeKind::DicomWeb;
        n.baseUrl = url.isEmpty() ? m_orthanc.dicomWebUrl() : url;
        n.authentication = QStringLiteral("basic");
        n.userName = user;
        n.timeoutSeconds = 30;
        return n;
    }

    static void verifyNoSecret(const QString& message)
    {
        QVERIFY2(!message.contains(password), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64())), qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(ctFolder);
        CONTINUUM_REQUIRE_SHARED(xaFile);
        CONTINUUM_REQUIRE_SHARED("charsets/chrX1.dcm");
        CONTINUUM_REQUIRE_SHARED("charsets/chrH31.dcm");
        CONTINUUM_REQUIRE_SHARED("charsets/chrFren.dcm");
        continuum::testing::OrthancOptions options;
        options.dicomWeb = true;
        options.httpUser = user;
        options.httpPassword = password;
        options.defaultEncoding = QStringLiteral("Utf8");
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        const int uploaded = m_orthanc.upload(sharedDicomPath(ctFolder), &problems) + m_orthanc.upload(sharedDicomPath(xaFile), &problems)
                           + m_orthanc.upload(sharedDicomPath(QStringLiteral("charsets/chrX1.dcm")), &problems)
                           + m_orthanc.upload(sharedDicomPath(QStringLiteral("charsets/chrH31.dcm")), &problems);
        QVERIFY2(uploaded == 67, qPrintable(problems.join(QLatin1Char('\n'))));

        for (const QString& path : filesUnder(sharedDicomPath(ctFolder)))
            m_ctSourceHashes[sopInstanceUid(path)] = sha1(path);
        QCOMPARE(m_ctSourceHashes.size(), std::size_t(64));
        // The CT's UIDs, from the server's own REST index.
        for (const QJsonValue& series : m_orthanc.rest("GET", QStringLiteral("/series?expand")).json().array()) {
            const QJsonObject object = series.toObject();
            if (object.value(QStringLiteral("Instances")).toArray().size() != 64)
                continue;
            m_ctSeries = object.value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("SeriesInstanceUID")).toString();
            m_ctStudy = m_orthanc.rest("GET", QStringLiteral("/studies/") + object.value(QStringLiteral("ParentStudy")).toString())
                            .json()
                            .object()
                            .value(QStringLiteral("MainDicomTags"))
                            .toObject()
                            .value(QStringLiteral("StudyInstanceUID"))
                            .toString();
        }
        QVERIFY(!m_ctSeries.isEmpty() && !m_ctStudy.isEmpty());

        const QString nginxError = m_nginx.start(m_orthanc.httpPort());
        QVERIFY2(nginxError.isEmpty(), qPrintable(nginxError));
    }

    // ---- the multipart parser, no server ----

    void multipartParserSurvivesAnyChunking()
    {
        const QByteArray boundary = "b0und4ry";
        // Part 1 (counted) contains the exact delimiter text, which only Content-Length makes legal.
        const QByteArray first = "DICM\r\n--b0und4ry\r\nnot a boundary here\r\n--b0und4ry--";
        QByteArray second;   // uncounted, binary, with near-misses of the delimiter
        for (int i = 0; i < 700; ++i)
            second.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
        second += "\r\n--b0und4r\r\n-\r\n--b0und4rx\r\r\n\r\n--";
        const QByteArray third;   // empty, uncounted
        const QByteArray body = "preamble text to be ignored\r\n--b0und4ry\r\nContent-Type: application/dicom\r\nContent-Length: "
                              + QByteArray::number(first.size()) + "\r\n\r\n" + first + "\r\n--b0und4ry  \r\ncontent-type: application/octet-stream\r\n"
                              + "X-Folded: one\r\n two\r\n\r\n" + second + "\r\n--b0und4ry\r\n\r\n" + third + "\r\n--b0und4ry--\r\nepilogue, ignored\r\n";

        const auto check = [&](const Collected& got, const char* how) {
            QVERIFY2(got.bodies.size() == 3 && got.ends == 3, how);
            QVERIFY2(got.bodies[0] == first, how);
            QVERIFY2(got.bodies[1] == second, how);
            QVERIFY2(got.bodies[2] == third, how);
            QCOMPARE(got.headers[0].contentLength, qint64(first.size()));
            QCOMPARE(got.headers[0].value("content-type"), QByteArray("application/dicom"));
            QCOMPARE(got.headers[1].contentLength, qint64(-1));
            QCOMPARE(got.headers[1].value("x-folded"), QByteArray("one two"));
            QVERIFY(got.headers[2].fields.isEmpty());
        };
        // Whole, then every fixed chunk size from 1 byte up.
        for (const int size : {int(body.size()), 1, 2, 3, 5, 7, 11, 13, 17, 64, 333}) {
            MultipartStreamParser parser(boundary);
            Collected got;
            attach(parser, got);
            for (qsizetype at = 0; at < body.size(); at += size)
                QVERIFY2(parser.feed(QByteArrayView(body).sliced(at, std::min<qsizetype>(size, body.size() - at))), qPrintable(parser.error()));
            QVERIFY2(parser.finish(), qPrintable(parser.error()));
            check(got, qPrintable(QStringLiteral("chunk size %1").arg(size)));
        }
        // Two chunks split at every position: every boundary is split somewhere.
        for (qsizetype split = 0; split <= body.size(); ++split) {
            MultipartStreamParser parser(boundary);
            Collected got;
            attach(parser, got);
            QVERIFY(parser.feed(QByteArrayView(body).first(split)));
            QVERIFY(parser.feed(QByteArrayView(body).sliced(split)));
            QVERIFY2(parser.finish(), qPrintable(QStringLiteral("split at %1: %2").arg(split).arg(parser.error())));
            check(got, qPrintable(QStringLiteral("split at %1").arg(split)));
        }
        // No preamble: the body opens with the boundary itself.
        {
            MultipartStreamParser parser(boundary);
            Collected got;
            attach(parser, got);
            QVERIFY(parser.feed("--b0und4ry\r\n\r\nabc\r\n--b0und4ry--"));
            QVERIFY(parser.finish());
            QCOMPARE(got.bodies.size(), std::size_t(1));
            QCOMPARE(got.bodies[0], QByteArray("abc"));
        }
    }

    void multipartParserRejectsBrokenBodies()
    {
        QCOMPARE(MultipartStreamParser::boundaryFrom(R"(multipart/related; type="application/dicom"; boundary="a;b=c")"), QByteArray("a;b=c"));
        QCOMPARE(MultipartStreamParser::boundaryFrom("multipart/related;boundary=xyz;type=application/dicom"), QByteArray("xyz"));
        QVERIFY(MultipartStreamParser::boundaryFrom("application/dicom").isEmpty());

        // Cut short: one part complete, the second never ends.
        MultipartStreamParser truncated("B");
        Collected got;
        attach(truncated, got);
        QVERIFY(truncated.feed("--B\r\nContent-Length: 3\r\n\r\nabc\r\n--B\r\n\r\npartial"));
        QVERIFY(!truncated.finish());
        QVERIFY2(truncated.error().contains(QStringLiteral("1 complete part")), qPrintable(truncated.error()));
        QCOMPARE(got.ends, 1);

        // A Content-Length shorter than the part.
        MultipartStreamParser lying("B");
        QVERIFY(!lying.feed("--B\r\nContent-Length: 2\r\n\r\nabc\r\n--B--"));
        QVERIFY(lying.error().contains(QStringLiteral("Content-Length")));

        // A receiver that stops (disk full) stops the parse with its reason.
        MultipartStreamParser stopped("B");
        stopped.onPartData = [&](QByteArrayView) {
            stopped.stopReason = QStringLiteral("disk full");
            return false;
        };
        QVERIFY(!stopped.feed("--B\r\n\r\nabc\r\n--B--"));
        QCOMPARE(stopped.error(), QStringLiteral("disk full"));
    }

    // ---- QIDO-RS ----

    void pingAnswers()
    {
        DicomWebClient client(node(), password);
        const RemoteStatus status = client.ping();
        QVERIFY2(status.ok(), qPrintable(status.message));
        QVERIFY(status.message.contains(QStringLiteral("succeeded")));
    }

    void qidoFindsStudiesWithDecodedNames()
    {
        DicomWebClient client(node(), password);
        QueryRequest request;
        request.patientName = QStringLiteral("Yamada*");
        FindResult result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].patientName, QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));

        request.patientName = QStringLiteral("Wang*");
        result = client.find(request);
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].patientName, QStringLiteral("Wang^XiaoDong=王^小東"));   // the empty phonetic group dropped

        request = {};
        request.studyInstanceUid = m_ctStudy;
        result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].studyInstances, 64);
        QCOMPARE(result.rows[0].modalitiesInStudy, QStringLiteral("CT"));

        request.level = QueryLevel::Series;
        result = client.find(request);
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].seriesInstanceUid, m_ctSeries);
        QCOMPARE(result.rows[0].modality, QStringLiteral("CT"));
        QCOMPARE(result.rows[0].seriesInstances, 64);

        request = {};
        request.level = QueryLevel::Patient;
        result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QVERIFY(result.rows.size() >= 4);   // CT, XA, two charset patients (a STOW test may add one)
        for (const QueryRow& row : result.rows)
            QCOMPARE(row.patientStudies, 1);

        const InstanceFindResult instances = client.findInstances(m_ctStudy, m_ctSeries);
        QVERIFY2(instances.status.ok(), qPrintable(instances.status.message));
        QCOMPARE(instances.rows.size(), std::size_t(64));
        std::set<QString> uids;
        for (const InstanceRow& row : instances.rows)
            uids.insert(row.sopInstanceUid);
        for (const auto& [uid, hash] : m_ctSourceHashes)
            QVERIFY(uids.count(uid));
    }

    // ---- WADO-RS ----

    void wadoSeriesIsByteIdentical()
    {
        QTemporaryDir destination;
        DicomWebClient client(node(), password);
        RetrieveRequest request{m_ctStudy, m_ctSeries, destination.path()};
        int stored = 0;
        std::vector<RetrieveProgress> progress;
        RetrieveCallbacks callbacks;
        callbacks.onInstanceStored = [&](const QString& path) {
            ++stored;
            QVERIFY(QFileInfo(path).isFile());   // there, complete, as soon as announced
        };
        callbacks.onProgress = [&](const RetrieveProgress& p) { progress.push_back(p); };
        const RetrieveResult result = client.retrieve(request, callbacks);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QVERIFY(result.status.message.contains(QStringLiteral("64 of 64 instances")));
        QCOMPARE(stored, 64);
        QCOMPARE(progress.front().remaining, 64);
        QCOMPARE(progress.back().completed, 64);
        QCOMPARE(progress.back().remaining, 0);
        const QStringList files = filesUnder(destination.path());
        QCOMPARE(files.size(), 64);   // and no staging left behind
        for (const QString& file : files) {
            const QString uid = QFileInfo(file).completeBaseName();
            QVERIFY2(m_ctSourceHashes.count(uid), qPrintable(file));
            QVERIFY2(sha1(file) == m_ctSourceHashes[uid], qPrintable(file));
        }
    }

    void wadoMultiFrameIsByteIdentical()
    {
        QTemporaryDir destination;
        DicomWebClient client(node(), password);
        const RetrieveResult result = client.retrieve({xaStudy, {}, destination.path()});
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.files.size(), std::size_t(1));
        QCOMPARE(result.files[0], destination.filePath(xaInstance + QStringLiteral(".dcm")));
        QCOMPARE(sha1(result.files[0]), sha1(sharedDicomPath(xaFile)));
    }

    void cancelFromAnotherThreadStopsTheRetrieve()
    {
        QTemporaryDir destination;
        DicomWebClient client(node(), password);
        QSemaphore reachedThree;
        QSemaphore cancelIssued;
        RetrieveResult result;
        // The retrieve runs on a plain std::thread with no event loop of its own.
        std::thread worker([&] {
            RetrieveCallbacks callbacks;
            int stored = 0;
            callbacks.onInstanceStored = [&](const QString&) {
                if (++stored == 3) {
                    reachedThree.release();
                    cancelIssued.acquire();
                }
            };
            result = client.retrieve({m_ctStudy, m_ctSeries, destination.path()}, callbacks);
        });
        QVERIFY(reachedThree.tryAcquire(1, 60000));
        client.cancel();
        cancelIssued.release();
        worker.join();
        QCOMPARE(result.status.kind, RemoteErrorKind::Cancelled);
        QVERIFY2(result.files.size() >= 3 && result.files.size() < 64, qPrintable(result.status.message));
        const QStringList files = filesUnder(destination.path());
        QCOMPARE(files.size(), int(result.files.size()));   // nothing half-written left
        for (const QString& file : files)
            QVERIFY(sha1(file) == m_ctSourceHashes[QFileInfo(file).completeBaseName()]);
    }

    // ---- STOW-RS ----

    void stowThenQidoFindsIt()
    {
        const QString uid = QStringLiteral("1.3.6.1.4.1.5962.1.1.0.1.1.1175775772.5720.0");
        const QString study = QStringLiteral("1.3.6.1.4.1.5962.1.2.0.1175775772.5720.0");
        QVERIFY(m_orthanc.lookup(uid).isEmpty());
        QTemporaryDir scratch;
        const QString notDicom = scratch.filePath(QStringLiteral("notes.txt"));
        QFile text(notDicom);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a DICOM file");
        text.close();

        DicomWebClient client(node(), password);
        std::vector<std::pair<int, int>> progress;
        const SendResult sent = client.send({sharedDicomPath(QStringLiteral("charsets/chrFren.dcm")), notDicom},
                                            [&](int done, int total) { progress.emplace_back(done, total); });
        QCOMPARE(sent.sent, 1);
        QCOMPARE(sent.failed, 1);
        QCOMPARE(sent.problems.size(), std::size_t(1));
        QVERIFY2(sent.problems[0].startsWith(notDicom) && sent.problems[0].contains(QStringLiteral("Part 10")), qPrintable(sent.problems[0]));
        QVERIFY(!progress.empty() && progress.back() == std::make_pair(2, 2));
        QVERIFY(!m_orthanc.lookup(uid).isEmpty());

        QueryRequest request;
        request.studyInstanceUid = study;
        const FindResult found = client.find(request);
        QVERIFY2(found.status.ok(), qPrintable(found.status.message));
        QCOMPARE(found.rows.size(), std::size_t(1));
        QCOMPARE(found.rows[0].studyInstances, 1);
    }

    // ---- faults ----

    void wrongPasswordIsCredentialsRefused()
    {
        const QString wrong = QStringLiteral("Wrong-%1-pass").arg(QRandomGenerator::global()->generate());
        DicomWebClient client(node(), wrong);
        const RemoteStatus ping = client.ping();
        QCOMPARE(ping.kind, RemoteErrorKind::CredentialsRefused);
        QVERIFY2(ping.message.contains(QStringLiteral("refused the credentials")) && ping.message.contains(user), qPrintable(ping.message));
        QVERIFY(!ping.message.contains(wrong));

        QTemporaryDir destination;
        const RetrieveResult retrieve = client.retrieve({xaStudy, {}, destination.path()});
        QCOMPARE(retrieve.status.kind, RemoteErrorKind::CredentialsRefused);
        QVERIFY(!retrieve.status.message.contains(wrong));
        const SendResult send = client.send({sharedDicomPath(QStringLiteral("charsets/chrX1.dcm"))});
        QCOMPARE(send.status.kind, RemoteErrorKind::CredentialsRefused);
        QVERIFY(!send.status.message.contains(wrong));

        RemoteNode bearer = node();
        bearer.authentication = QStringLiteral("bearer");
        DicomWebClient tokenClient(bearer, QStringLiteral("token-%1").arg(QRandomGenerator::global()->generate()));
        const RemoteStatus refused = tokenClient.ping();
        QCOMPARE(refused.kind, RemoteErrorKind::CredentialsRefused);
        QVERIFY2(refused.message.contains(QStringLiteral("token")) && !refused.message.contains(QStringLiteral("token-")), qPrintable(refused.message));

        DicomWebClient noPassword(node(), QString());
        QCOMPARE(noPassword.ping().kind, RemoteErrorKind::CredentialsRefused);
    }

    void httpsThroughNginxChecksCertificates()
    {
        RemoteNode secure = node(m_nginx.url() + QStringLiteral("/dicom-web"));
        secure.caCertificatesFile = m_nginx.caCertificatePath();
        {
            DicomWebClient client(secure, password);
            const RemoteStatus ping = client.ping();
            QVERIFY2(ping.ok(), qPrintable(ping.message + m_nginx.errorLog()));
            QTemporaryDir destination;
            const RetrieveResult result = client.retrieve({xaStudy, {}, destination.path()});
            QVERIFY2(result.status.ok(), qPrintable(result.status.message));
            QCOMPARE(sha1(result.files.at(0)), sha1(sharedDicomPath(xaFile)));
        }
        {
            // Only the system CAs: the test CA is unknown.
            RemoteNode untrusted = secure;
            untrusted.caCertificatesFile.clear();
            DicomWebClient client(untrusted, password);
            const RemoteStatus ping = client.ping();
            QCOMPARE(ping.kind, RemoteErrorKind::CertificateRejected);
            QVERIFY2(ping.message.contains(QStringLiteral("certificate")), qPrintable(ping.message));
            verifyNoSecret(ping.message);
        }
        {
            // A trusted certificate, but for another name than the one we connect to.
            RemoteNode wrongName = node(m_nginx.url(QStringLiteral("127.0.0.1")) + QStringLiteral("/dicom-web"));
            wrongName.caCertificatesFile = m_nginx.caCertificatePath();
            DicomWebClient client(wrongName, password);
            const RemoteStatus ping = client.ping();
            QCOMPARE(ping.kind, RemoteErrorKind::CertificateRejected);
            QVERIFY2(ping.message.contains(QStringLiteral("host name"), Qt::CaseInsensitive), qPrintable(ping.message));
            verifyNoSecret(ping.message);
        }
    }

    void silentServerTimesOut()
    {
        // Accepts connections and never answers a byte.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        std::vector<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                held.push_back(socket);
        });
        RemoteNode mute = node(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(silent.serverPort()));
        mute.timeoutSeconds = 2;
        DicomWebClient client(mute, password);
        const RemoteStatus ping = client.ping();
        QCOMPARE(ping.kind, RemoteErrorKind::TimedOut);
        QVERIFY2(ping.message.contains(QStringLiteral("did not answer within 2 s")), qPrintable(ping.message));
        QTemporaryDir destination;
        QCOMPARE(client.retrieve({xaStudy, {}, destination.path()}).status.kind, RemoteErrorKind::TimedOut);
        QVERIFY(!held.empty());

        DicomWebClient refused(node(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(OrthancFixture::freePort())), password);
        QCOMPARE(refused.ping().kind, RemoteErrorKind::ConnectionRefused);
        DicomWebClient nowhere(node(QStringLiteral("http://no-such-host.invalid/dicom-web")), password);
        QCOMPARE(nowhere.ping().kind, RemoteErrorKind::HostNotFound);
        DicomWebClient wrongPath(node(m_orthanc.dicomWebUrl() + QStringLiteral("-typo")), password);
        const RemoteStatus notFound = wrongPath.ping();
        QCOMPARE(notFound.kind, RemoteErrorKind::ServerFailure);
        QVERIFY2(notFound.message.contains(QStringLiteral("404")), qPrintable(notFound.message));
    }

    void passwordNeverInMessagesOrLogs()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) { logged << message; });
        QStringList messages;
        {
            RemoteNode untrusted = node(m_nginx.url() + QStringLiteral("/dicom-web"));
            messages << DicomWebClient(untrusted, password).ping().message;
            RemoteNode mute = node(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(OrthancFixture::freePort()));
            messages << DicomWebClient(mute, password).ping().message;
            RemoteNode wrongUser = node();
            wrongUser.userName = QStringLiteral("intruder");
            messages << DicomWebClient(wrongUser, password).ping().message;
            QTemporaryDir destination;
            messages << DicomWebClient(wrongUser, password).retrieve({xaStudy, {}, destination.path()}).status.message;
            const SendResult sent = DicomWebClient(wrongUser, password).send({sharedDicomPath(QStringLiteral("charsets/chrX1.dcm"))});
            messages << sent.status.message << QStringList(sent.problems.begin(), sent.problems.end()).join(QLatin1Char('\n'));
            messages << DicomWebClient(node(), password).ping().message;
        }
        qInstallMessageHandler(previous);
        for (const QString& message : messages + logged)
            verifyNoSecret(message);
        QCOMPARE(messages.size(), 7);
    }

    void nodesFileDescribesDicomWebNodes()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("nodes.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // (No raw string literals with braces here: moc loses track of the class.)
        file.write("{\"nodes\": [{\"name\": \"web\", \"kind\": \"dicomweb\", \"url\": \"https://pacs.example/dicom-web\", "
                   "\"authentication\": \"bearer\", \"caCertificates\": \"certs/ca.pem\", \"timeoutSeconds\": 7}]}");
        file.close();
        NodeDirectory directory;
        const std::optional<QString> error = directory.load(file.fileName());
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const RemoteNode* web = directory.find(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->kind, NodeKind::DicomWeb);
        QCOMPARE(web->timeoutSeconds, 7);
        QCOMPARE(web->caCertificatesFile, folder.filePath(QStringLiteral("certs/ca.pem")));   // relative to the nodes file
        QVERIFY(directory.loadFromJson("{\"nodes\": [{\"name\": \"w\", \"kind\": \"dicomweb\", \"url\": \"http://x\", \"caCertificates\": \"\"}]}",
                                       QStringLiteral("n.json"))
                    .value_or(QString())
                    .contains(QStringLiteral("caCertificates")));

        // A CA file that holds no certificate is refused before any connection.
        RemoteNode broken = node(m_nginx.url() + QStringLiteral("/dicom-web"));
        broken.caCertificatesFile = file.fileName();
        QCOMPARE(DicomWebClient(broken, password).ping().kind, RemoteErrorKind::InvalidRequest);
    }

    // ---- credentials ----

    void credentialStoreKeepsSecretsAndSaysWhere()
    {
        CredentialStore store;
        const bool persistent = store.persistent();
        QCOMPARE(store.storageDescription().contains(QStringLiteral("memory only")), !persistent);
        const QString nodeName = QStringLiteral("continuum-test-node-%1").arg(QRandomGenerator::global()->generate());
        QVERIFY(!store.secret(nodeName, SecretKind::Password));
        const RemoteStatus stored = store.store(nodeName, SecretKind::Password, password);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        verifyNoSecret(stored.message);
        QCOMPARE(CredentialStore().secret(nodeName, SecretKind::Password).value_or(QString()), password);   // shared in the process
        QVERIFY(!store.secret(nodeName, SecretKind::Token));   // per kind
        QVERIFY(store.forget(nodeName, SecretKind::Password).ok());
        QVERIFY(!store.secret(nodeName, SecretKind::Password));

        RemoteNode basic = node();
        QCOMPARE(CredentialStore::kindFor(basic), std::optional<SecretKind>(SecretKind::Password));
        basic.authentication = QStringLiteral("none");
        QVERIFY(!CredentialStore::kindFor(basic));
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
        m_orthanc.stop();
    }
};

QTEST_GUILESS_MAIN(DicomWebTest)
#include "DicomWebTest.moc"
