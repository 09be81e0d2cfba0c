// DIMSE against a real Orthanc on loopback: echo, find at three levels, C-GET and C-MOVE round
// trips (same instances, transfer syntax, data elements and pixel bytes), C-STORE send, a push
// to our storage SCP, cancel, a silent server and a rejected AE title.
#include "OrthancFixture.h"
#include "TestData.h"

#include "remote/DimseClient.h"
#include "remote/StorageScp.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace continuum::remote;
using continuum::testing::OrthancFixture;
using continuum::testing::sharedDicomPath;

namespace {

const QString ctStudy = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.165554066086145834377508507990");
const QString ctSeries = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.257508444832901632590301540805");
const QString xaStudy = QStringLiteral("1.3.12.2.1107.5.4.3.123456789012345.19950922.121803.6");
const QString xaSeries = QStringLiteral("1.3.12.2.1107.5.4.3.123456789012345.19950922.121803.8");
const QString ctFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString xaFile = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");

struct LoadedFile {
    std::unique_ptr<DcmFileFormat> file = std::make_unique<DcmFileFormat>();
    QString sopInstanceUid;
    QString transferSyntax;
    bool ok = false;
};

LoadedFile load(const QString& path)
{
    LoadedFile loaded;
    loaded.ok = loaded.file->loadFile(OFFilename(QFile::encodeName(path).constData())).good();
    OFString value;
    if (loaded.ok && loaded.file->getDataset()->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        loaded.sopInstanceUid = QString::fromLatin1(value.c_str());
    if (loaded.ok && loaded.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, value).good())
        loaded.transferSyntax = QString::fromLatin1(value.c_str());
    return loaded;
}

// SOP Instance UID -> path, for every DICOM file under a folder (or one file).
std::map<QString, QString> indexByInstance(const QString& fileOrFolder)
{
    std::map<QString, QString> index;
    QStringList files;
    if (QFileInfo(fileOrFolder).isDir()) {
        QDirIterator it(fileOrFolder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    } else {
        files << fileOrFolder;
    }
    for (const QString& path : files) {
        const LoadedFile loaded = load(path);
        if (loaded.ok)
            index[loaded.sopInstanceUid] = path;
    }
    return index;
}

// The received file must carry the source's instance unchanged: same transfer syntax, every
// element outside group 0002 equal, the same pixel bytes.
void compareWithSource(const QString& received, const QString& source)
{
    const LoadedFile got = load(received);
    const LoadedFile want = load(source);
    QVERIFY2(got.ok && want.ok, qPrintable(received));
    QCOMPARE(got.sopInstanceUid, want.sopInstanceUid);
    QCOMPARE(got.transferSyntax, want.transferSyntax);
    DcmDataset* gotData = got.file->getDataset();
    DcmDataset* wantData = want.file->getDataset();
    QCOMPARE(gotData->card(), wantData->card());
    for (unsigned long i = 0; i < wantData->card(); ++i) {
        DcmElement* expected = wantData->getElement(i);
        DcmElement* actual = nullptr;
        QVERIFY2(gotData->findAndGetElement(expected->getTag(), actual).good(), qPrintable(QString::fromLatin1(expected->getTag().toString().c_str())));
        QVERIFY2(actual->compare(*expected) == 0, qPrintable(QStringLiteral("%1 differs in %2").arg(QString::fromLatin1(expected->getTag().toString().c_str()), received)));
    }
    // Pixel bytes as stored (native or the encapsulated fragments).
    DcmElement* pixels = nullptr;
    DcmElement* sourcePixels = nullptr;
    QVERIFY(gotData->findAndGetElement(DCM_PixelData, pixels).good());
    QVERIFY(wantData->findAndGetElement(DCM_PixelData, sourcePixels).good());
    QCOMPARE(pixels->getLength(), sourcePixels->getLength());
    QCOMPARE(pixels->compare(*sourcePixels), 0);
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
        address.sin_port = 0;
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

class DimseTest : public QObject {
    Q_OBJECT

    OrthancFixture m_orthanc;
    LocalNode m_local;
    RemoteNode m_node;

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(ctFolder);
        CONTINUUM_REQUIRE_SHARED(xaFile);
        CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
        CONTINUUM_REQUIRE_SHARED("charsets/chrFren.dcm");
        m_local.aeTitle = QStringLiteral("CONTINUUM_TEST");
        m_local.port = OrthancFixture::freePort();
        continuum::testing::OrthancOptions options;
        options.viewerAeTitle = m_local.aeTitle;
        options.viewerPort = m_local.port;
        options.checkCalledAeTitle = true;
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        int uploaded = m_orthanc.upload(sharedDicomPath(ctFolder), &problems);
        uploaded += m_orthanc.upload(sharedDicomPath(xaFile), &problems);
        uploaded += m_orthanc.upload(sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1")), &problems);
        for (const char* name : {"chrFren.dcm", "chrRuss.dcm"})
            uploaded += m_orthanc.upload(sharedDicomPath(QStringLiteral("charsets/") + QLatin1String(name)), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(uploaded, 64 + 1 + 2 + 2);

        m_node.name = QStringLiteral("orthanc");
        m_node.aeTitle = options.aeTitle;
        m_node.host = QStringLiteral("127.0.0.1");
        m_node.port = m_orthanc.dicomPort();
        m_node.timeoutSeconds = 20;
    }

    void echoSucceeds()
    {
        DimseClient client(m_node, m_local);
        const RemoteStatus status = client.echo();
        QVERIFY2(status.ok(), qPrintable(status.message));
        QVERIFY(status.message.contains(QStringLiteral("succeeded")));
    }

    void findPatientsByIdAndName()
    {
        DimseClient client(m_node, m_local);
        QueryRequest request;
        request.level = QueryLevel::Patient;
        request.patientId = QStringLiteral("TEST_1");
        FindResult result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].patientName, QStringLiteral("Test"));
        QCOMPARE(result.rows[0].patientStudies, 2);

        // Names come back decoded from the response's character set: Orthanc answers in its
        // DefaultEncoding, Latin-1 here (test_pacs_cli covers UTF-8 with a Chinese name).
        request = {};
        request.level = QueryLevel::Patient;
        request.patientName = QStringLiteral("Buc*");
        result = client.find(request);
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].patientName, QStringLiteral("Buc^Jérôme"));
    }

    void findStudiesWithDatesAndModality()
    {
        DimseClient client(m_node, m_local);
        QueryRequest request;
        request.level = QueryLevel::Study;
        request.patientId = QStringLiteral("TEST_1");
        FindResult result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.rows.size(), std::size_t(2));
        QSet<QDate> dates;
        for (const QueryRow& row : result.rows)
            dates.insert(row.studyDate);
        QCOMPARE(dates, (QSet<QDate>{QDate(2010, 6, 30), QDate(2015, 1, 1)}));

        request.dateFrom = QDate(2014, 1, 1);
        result = client.find(request);
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].studyInstanceUid, QStringLiteral("2.3.4"));

        request = {};
        request.level = QueryLevel::Study;
        request.modality = QStringLiteral("XA");
        result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].studyInstanceUid, xaStudy);
        QCOMPARE(result.rows[0].patientName, QStringLiteral("Rubo DEMO"));
        QCOMPARE(result.rows[0].studyInstances, 1);

        request = {};
        request.level = QueryLevel::Study;
        request.patientName = QStringLiteral("Lung_Dx*");
        result = client.find(request);
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].studyDate, QDate(2007, 4, 4));
        QCOMPARE(result.rows[0].studySeries, 1);
        QCOMPARE(result.rows[0].studyInstances, 64);
    }

    void findSeriesOfAStudy()
    {
        DimseClient client(m_node, m_local);
        QueryRequest request;
        request.level = QueryLevel::Series;
        request.studyInstanceUid = ctStudy;
        const FindResult result = client.find(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.rows.size(), std::size_t(1));
        QCOMPARE(result.rows[0].seriesInstanceUid, ctSeries);
        QCOMPARE(result.rows[0].modality, QStringLiteral("CT"));
        QCOMPARE(result.rows[0].seriesInstances, 64);

        request.studyInstanceUid.clear();
        QCOMPARE(client.find(request).status.kind, RemoteErrorKind::InvalidRequest);
    }

    void getSeriesRoundTrip()
    {
        QTemporaryDir destination;
        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = ctStudy;
        request.seriesInstanceUid = ctSeries;
        request.destination = destination.path();
        std::vector<QString> announced;
        RetrieveProgress last;
        int progressCalls = 0;
        RetrieveCallbacks callbacks;
        callbacks.onInstanceStored = [&](const QString& path) { announced.push_back(path); };
        callbacks.onProgress = [&](const RetrieveProgress& progress) {
            last = progress;
            ++progressCalls;
        };
        const RetrieveResult result = client.retrieve(request, callbacks);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.files.size(), std::size_t(64));
        QCOMPARE(announced, result.files);
        QVERIFY(progressCalls >= 64);
        QCOMPARE(last.completed, 64);
        QCOMPARE(last.remaining, 0);
        QCOMPARE(last.failed, 0);

        const std::map<QString, QString> sources = indexByInstance(sharedDicomPath(ctFolder));
        QCOMPARE(sources.size(), std::size_t(64));
        std::set<QString> seen;
        for (const QString& path : result.files) {
            const LoadedFile got = load(path);
            QVERIFY(got.ok);
            QCOMPARE(QFileInfo(path).fileName(), got.sopInstanceUid + QStringLiteral(".dcm"));
            QVERIFY(sources.count(got.sopInstanceUid));
            seen.insert(got.sopInstanceUid);
            compareWithSource(path, sources.at(got.sopInstanceUid));
        }
        QCOMPARE(seen.size(), std::size_t(64));
        // Nothing else is left in the folder (the staging folder is gone).
        QCOMPARE(QDir(destination.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 64);

        // Again into the same folder: the identical files are recognised, not duplicated.
        const RetrieveResult again = client.retrieve(request);
        QVERIFY2(again.status.ok(), qPrintable(again.status.message));
        QCOMPARE(again.files.size(), std::size_t(64));
        QVERIFY(again.conflicts.empty());
        QCOMPARE(QDir(destination.path()).entryList(QDir::Files).size(), 64);
    }

    // IMAGE level: the instances of a series with their sizes, then a C-GET of three of them
    // (what a retry of an interrupted retrieve asks for).
    void findAndGetSingleInstances()
    {
        DimseClient client(m_node, m_local);
        QueryRequest request;
        request.level = QueryLevel::Image;
        request.studyInstanceUid = ctStudy;
        request.seriesInstanceUid = ctSeries;
        const FindResult found = client.find(request);
        QVERIFY2(found.status.ok(), qPrintable(found.status.message));
        QCOMPARE(found.rows.size(), std::size_t(64));
        const std::map<QString, QString> sources = indexByInstance(sharedDicomPath(ctFolder));
        std::set<QString> uids;
        for (const QueryRow& row : found.rows) {
            QVERIFY(sources.count(row.sopInstanceUid));
            uids.insert(row.sopInstanceUid);
            QCOMPARE(row.sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
            QCOMPARE(row.rows, 512);
            QCOMPARE(row.columns, 512);
            QCOMPARE(row.bitsAllocated, 16);
        }
        QCOMPARE(uids.size(), std::size_t(64));
        request.seriesInstanceUid.clear();
        QCOMPARE(client.find(request).status.kind, RemoteErrorKind::InvalidRequest);

        QTemporaryDir destination;
        RetrieveRequest get;
        get.studyInstanceUid = ctStudy;
        get.seriesInstanceUid = ctSeries;
        get.destination = destination.path();
        auto it = uids.begin();
        for (int i = 0; i < 3; ++i)
            get.sopInstanceUids.push_back(*it++);
        const RetrieveResult result = client.retrieve(get);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.files.size(), std::size_t(3));
        std::set<QString> received;
        for (const QString& path : result.files) {
            const LoadedFile got = load(path);
            received.insert(got.sopInstanceUid);
            compareWithSource(path, sources.at(got.sopInstanceUid));
        }
        QCOMPARE(received, std::set<QString>(get.sopInstanceUids.begin(), get.sopInstanceUids.end()));
        QCOMPARE(result.progress.completed, 3);

        get.seriesInstanceUid.clear();
        QCOMPARE(client.retrieve(get).status.kind, RemoteErrorKind::InvalidRequest);
    }

    void getNeverOverwritesADifferentFile()
    {
        QTemporaryDir destination;
        const LoadedFile xa = load(sharedDicomPath(xaFile));
        QVERIFY(xa.ok);
        const QString occupied = destination.filePath(xa.sopInstanceUid + QStringLiteral(".dcm"));
        QFile file(occupied);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone else's file");
        file.close();

        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = xaStudy;
        request.destination = destination.path();
        const RetrieveResult result = client.retrieve(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.conflicts.size(), std::size_t(1));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("someone else's file"));
        compareWithSource(result.conflicts[0], sharedDicomPath(xaFile));
    }

    void moveMultiFrameIntoOurScp()
    {
        QTemporaryDir destination;
        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = xaStudy;
        request.seriesInstanceUid = xaSeries;
        request.destination = destination.path();
        request.method = RetrieveMethod::Move;
        int stored = 0;
        RetrieveCallbacks callbacks;
        callbacks.onInstanceStored = [&](const QString&) { ++stored; };
        const RetrieveResult result = client.retrieve(request, callbacks);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message + QLatin1Char('\n') + m_orthanc.logTail()));
        QCOMPARE(result.files.size(), std::size_t(1));
        QCOMPARE(stored, 1);
        compareWithSource(result.files[0], sharedDicomPath(xaFile));
    }

    void moveWholeStudyOfTheCt()
    {
        QTemporaryDir destination;
        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = ctStudy;
        request.destination = destination.path();
        request.method = RetrieveMethod::Move;
        const RetrieveResult result = client.retrieve(request);
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.files.size(), std::size_t(64));
        QCOMPARE(result.progress.completed, 64);
        const std::map<QString, QString> sources = indexByInstance(sharedDicomPath(ctFolder));
        for (const QString& path : result.files) {
            const LoadedFile got = load(path);
            QVERIFY(sources.count(got.sopInstanceUid));
        }
    }

    // An always-on receiver already listens on our AE and port: the C-MOVE cannot bind the port
    // a second time, so the receiver hands the moved study to the retrieve, and keeps what
    // else arrives (a push of another study at the same time) for itself.
    void moveJoinsTheReceiverAlreadyListening()
    {
        QTemporaryDir receiverFolder;
        QTemporaryDir destination;
        StorageScpOptions options;
        options.aeTitle = m_local.aeTitle;
        options.port = m_local.port;
        options.destination = receiverFolder.path();
        StorageScp receiver(options);
        std::atomic<int> pushed{0};
        receiver.setInstanceStoredCallback([&](const QString&) { ++pushed; });
        const RemoteStatus started = receiver.start();
        QVERIFY2(started.ok(), qPrintable(started.message));

        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = ctStudy;
        request.destination = destination.path();
        request.method = RetrieveMethod::Move;
        std::atomic<int> stored{0};
        std::atomic<int> storedElsewhere{0};
        RetrieveCallbacks callbacks;
        callbacks.onInstanceStored = [&](const QString& path) {
            ++stored;
            if (!path.startsWith(destination.path()))
                ++storedElsewhere;
        };
        // A push of the XA study while the move runs: it is not the moved study, so it stays
        // with the receiver.
        const QString xaSeriesId = m_orthanc.lookup(xaSeries);
        QVERIFY(!xaSeriesId.isEmpty());
        std::unique_ptr<QThread> push(QThread::create([this, xaSeriesId] {
            m_orthanc.rest("POST", QStringLiteral("/modalities/viewer/store"),
                           QJsonDocument(QJsonObject{{QStringLiteral("Resources"), QJsonArray{xaSeriesId}}, {QStringLiteral("Synchronous"), true}})
                               .toJson());
        }));
        push->start();
        const RetrieveResult result = client.retrieve(request, callbacks);
        QVERIFY(push->wait(120000));
        QVERIFY2(result.status.ok(), qPrintable(result.status.message + QLatin1Char('\n') + m_orthanc.logTail()));
        QCOMPARE(result.files.size(), std::size_t(64));
        QCOMPARE(stored.load(), 64);
        QCOMPARE(storedElsewhere.load(), 0);
        const std::map<QString, QString> sources = indexByInstance(sharedDicomPath(ctFolder));
        for (const QString& path : result.files) {
            QVERIFY2(path.startsWith(destination.path()), qPrintable(path));
            QVERIFY(sources.count(load(path).sopInstanceUid));
        }
        QTRY_COMPARE_WITH_TIMEOUT(pushed.load(), 1, 30000);
        QCOMPARE(receiver.storedCount(), 1);
        QCOMPARE(QDir(receiverFolder.path()).entryList(QDir::Files).size(), 1);

        // The route ended with the retrieve: the same study pushed now is the receiver's.
        const OrthancFixture::Reply again = m_orthanc.rest(
            "POST", QStringLiteral("/modalities/viewer/store"),
            QJsonDocument(QJsonObject{{QStringLiteral("Resources"), QJsonArray{m_orthanc.lookup(ctSeries)}}, {QStringLiteral("Synchronous"), true}})
                .toJson());
        QVERIFY2(again.status == 200, again.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(pushed.load(), 65, 30000);
        QCOMPARE(QDir(destination.path()).entryList(QDir::Files).size(), 64);
        receiver.stop();
    }

    void sendStoresOnTheServer()
    {
        CONTINUUM_REQUIRE_SHARED("charsets/chrGerm.dcm");
        const QString path = sharedDicomPath(QStringLiteral("charsets/chrGerm.dcm"));
        const LoadedFile source = load(path);
        QVERIFY(m_orthanc.lookup(source.sopInstanceUid).isEmpty());
        DimseClient client(m_node, m_local);
        int progress = 0;
        const SendResult result = client.send({path}, [&](int done, int total) {
            progress = done;
            QCOMPARE(total, 1);
        });
        QVERIFY2(result.status.ok(), qPrintable(result.status.message));
        QCOMPARE(result.sent, 1);
        QCOMPARE(progress, 1);
        const QString id = m_orthanc.lookup(source.sopInstanceUid);
        QVERIFY(!id.isEmpty());
        const QJsonObject tags = m_orthanc.rest("GET", QStringLiteral("/instances/%1/simplified-tags").arg(id)).json().object();
        QCOMPARE(tags.value(QStringLiteral("PatientName")).toString(), QStringLiteral("Äneas^Rüdiger"));

        // A file that is not DICOM is reported, not sent.
        QTemporaryDir scratch;
        QFile junk(scratch.filePath(QStringLiteral("notes.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an image");
        junk.close();
        const SendResult bad = client.send({junk.fileName()});
        QVERIFY(!bad.status.ok());
        QCOMPARE(bad.failed, 1);
        QVERIFY(bad.problems.at(0).contains(QStringLiteral("notes.txt")));
    }

    void serverPushesToOurScp()
    {
        QTemporaryDir destination;
        StorageScpOptions options;
        options.aeTitle = m_local.aeTitle;
        options.port = m_local.port;
        options.destination = destination.path();
        options.allowedCallers = {m_node.aeTitle};
        StorageScp scp(options);
        std::atomic<int> announced{0};
        scp.setInstanceStoredCallback([&](const QString& path) {
            if (QFileInfo(path).dir() == QDir(destination.path()))
                ++announced;
        });
        const RemoteStatus started = scp.start();
        QVERIFY2(started.ok(), qPrintable(started.message));

        // A second receiver on the same port says why it cannot start.
        StorageScp second(options);
        const RemoteStatus busy = second.start();
        QCOMPARE(busy.kind, RemoteErrorKind::PortInUse);

        const QString seriesId = m_orthanc.lookup(ctSeries);
        QVERIFY(!seriesId.isEmpty());
        const OrthancFixture::Reply reply = m_orthanc.rest(
            "POST", QStringLiteral("/modalities/viewer/store"),
            QJsonDocument(QJsonObject{{QStringLiteral("Resources"), QJsonArray{seriesId}}, {QStringLiteral("Synchronous"), true}}).toJson());
        QVERIFY2(reply.status == 200, reply.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(scp.storedCount(), 64, 60000);
        scp.stop();
        QCOMPARE(announced.load(), 64);
        const std::map<QString, QString> sources = indexByInstance(sharedDicomPath(ctFolder));
        const QStringList received = QDir(destination.path()).entryList({QStringLiteral("*.dcm")}, QDir::Files);
        QCOMPARE(received.size(), 64);
        // Spot-check a pushed file against its source.
        const LoadedFile first = load(destination.filePath(received.first()));
        QVERIFY(sources.count(first.sopInstanceUid));
        QCOMPARE(load(sources.at(first.sopInstanceUid)).file->getDataset()->compare(*first.file->getDataset()), 0);
    }

    void scpRejectsUnknownCallers()
    {
        QTemporaryDir destination;
        StorageScpOptions options;
        options.aeTitle = m_local.aeTitle;
        options.port = m_local.port;
        options.destination = destination.path();
        options.allowedCallers = {QStringLiteral("SOMEONE_ELSE")};
        StorageScp scp(options);
        QVERIFY(scp.start().ok());
        const OrthancFixture::Reply reply = m_orthanc.rest("POST", QStringLiteral("/modalities/viewer/echo"), "{}");
        QVERIFY(reply.status != 200);
        QCOMPARE(scp.storedCount(), 0);
    }

    void cancelFromAnotherThreadStopsTheRetrieve()
    {
        QTemporaryDir destination;
        DimseClient client(m_node, m_local);
        RetrieveRequest request;
        request.studyInstanceUid = ctStudy;
        request.seriesInstanceUid = ctSeries;
        request.destination = destination.path();
        QSemaphore fifthArrived;
        QSemaphore cancelled;
        int stored = 0;
        RetrieveCallbacks callbacks;
        callbacks.onInstanceStored = [&](const QString&) {
            if (++stored == 5) {
                // Hold the retrieve here until the other thread has pressed Cancel.
                fifthArrived.release();
                cancelled.acquire();
            }
        };
        std::thread user([&] {
            fifthArrived.acquire();
            client.cancel();
            cancelled.release();
        });
        const RetrieveResult result = client.retrieve(request, callbacks);
        user.join();
        QCOMPARE(result.status.kind, RemoteErrorKind::Cancelled);
        QVERIFY2(result.status.message.contains(QStringLiteral("cancelled")), qPrintable(result.status.message));
        QVERIFY(result.files.size() >= 5);
        QVERIFY2(result.files.size() < 64, qPrintable(QString::number(result.files.size())));
        QCOMPARE(QDir(destination.path()).entryList(QDir::Files).size(), static_cast<int>(result.files.size()));

        // The association was left cleanly: the next request works.
        QVERIFY(client.echo().ok());
    }

    void silentServerTimesOut()
    {
        SilentServer silent;
        RemoteNode node = m_node;
        node.port = silent.port();
        node.timeoutSeconds = 2;
        DimseClient client(node, m_local);
        QElapsedTimer clock;
        clock.start();
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::TimedOut);
        QVERIFY2(status.message.contains(QStringLiteral("did not answer within 2 s")), qPrintable(status.message));
        // Generous: the point is that it returns at all.
        QVERIFY(clock.elapsed() < 60000);
    }

    void unknownCalledAeIsRejectedClearly()
    {
        RemoteNode node = m_node;
        node.aeTitle = QStringLiteral("NOT_ORTHANC");
        DimseClient client(node, m_local);
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::AssociationRejected);
        QVERIFY2(status.message.contains(QStringLiteral("called AE title not recognised")), qPrintable(status.message));
        QVERIFY(status.message.contains(QStringLiteral("NOT_ORTHANC")));
    }

    void closedPortIsConnectionRefused()
    {
        RemoteNode node = m_node;
        node.port = OrthancFixture::freePort();
        DimseClient client(node, m_local);
        const RemoteStatus status = client.echo();
        QCOMPARE(status.kind, RemoteErrorKind::ConnectionRefused);
        QVERIFY2(status.message.contains(QStringLiteral("refused")), qPrintable(status.message));
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_GUILESS_MAIN(DimseTest)
#include "DimseTest.moc"
