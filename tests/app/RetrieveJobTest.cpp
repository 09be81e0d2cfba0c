// Retrieve, receive and send against a real Orthanc (tests/remote/OrthancFixture), into a real
// catalog: the 64-slice CT lands in the managed store (same elements and pixel bytes), the first series is
// announced before the retrieve ends, a cancelled retrieve leaves the series incomplete and a
// retry fetches only the missing instances, a retrieve that would not fit is refused before
// anything is fetched, a push from Orthanc lands in the catalog, a catalogued study sent to
// Orthanc is on the server. Over DICOMweb (basic auth, the password from the CredentialStore) the
// CT lands byte-identical to the sources. Orthanc SIGKILLed after the 20th received instance:
// the job fails in words, the received instances stay catalogued with the series incomplete,
// and a retry from a fresh Orthanc with the same data fetches only the rest.
#include "OrthancFixture.h"
#include "TestData.h"

#include "IncomingStudiesReceiver.h"
#include "ReceiverController.h"
#include "RemoteArchive.h"
#include "RetrieveJob.h"
#include "SendJob.h"

#include "catalog/Catalog.h"
#include "remote/CredentialStore.h"
#include "remote/NodeDirectory.h"
#include "remote/StorageScp.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <map>

#include <sys/types.h>

using namespace continuum;
using continuum::testing::OrthancFixture;
using continuum::testing::sharedDicomPath;

namespace {

const QString ctStudy = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.165554066086145834377508507990");
const QString ctSeries = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.257508444832901632590301540805");
const QString ctFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString sendFile = QStringLiteral("oncology/pet_acrin_flt_breast_029.dcm");

// Orthanc re-encodes sequences of undefined length with explicit lengths when it sends over
// DIMSE, so a retrieved file cannot be byte-identical to the uploaded one. What must be
// identical: the transfer syntax, every data element outside group 0002 (value for value), and
// the pixel data bytes.
QString differenceFromSource(const QString& received, const QString& source)
{
    DcmFileFormat got;
    DcmFileFormat want;
    if (got.loadFile(OFFilename(QFile::encodeName(received).constData())).bad() || want.loadFile(OFFilename(QFile::encodeName(source).constData())).bad())
        return QStringLiteral("unreadable");
    OFString gotSyntax;
    OFString wantSyntax;
    got.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, gotSyntax);
    want.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, wantSyntax);
    if (gotSyntax != wantSyntax)
        return QStringLiteral("transfer syntax %1 instead of %2").arg(gotSyntax.c_str(), wantSyntax.c_str());
    DcmDataset* gotData = got.getDataset();
    DcmDataset* wantData = want.getDataset();
    if (gotData->card() != wantData->card())
        return QStringLiteral("%1 elements instead of %2").arg(gotData->card()).arg(wantData->card());
    for (unsigned long i = 0; i < wantData->card(); ++i) {
        DcmElement* expected = wantData->getElement(i);
        DcmElement* actual = nullptr;
        if (gotData->findAndGetElement(expected->getTag(), actual).bad() || actual->compare(*expected) != 0)
            return QStringLiteral("element %1 differs").arg(expected->getTag().toString().c_str());
    }
    const Uint8* gotPixels = nullptr;
    const Uint8* wantPixels = nullptr;
    unsigned long gotLength = 0;
    unsigned long wantLength = 0;
    if (gotData->findAndGetUint8Array(DCM_PixelData, gotPixels, &gotLength).bad()
        || wantData->findAndGetUint8Array(DCM_PixelData, wantPixels, &wantLength).bad() || gotLength != wantLength
        || std::memcmp(gotPixels, wantPixels, gotLength) != 0)
        return QStringLiteral("pixel data bytes differ");
    return {};
}

// SOP Instance UID -> source file of the shared CT, from the catalog's point of view: import
// the sources by reference into a scratch catalog and read the UIDs back.
std::map<QString, QString> sourcesByInstance(const QString& folder)
{
    std::map<QString, QString> index;
    QTemporaryDir dir;
    catalog::Catalog scratch;
    if (scratch.open(dir.filePath(QStringLiteral("index.sqlite"))))
        return index;
    scratch.importFiles({folder});
    for (const catalog::StudyRow& study : scratch.studies())
        for (const catalog::SeriesRow& series : scratch.seriesOfStudy(study.id))
            for (const catalog::InstanceRow& instance : scratch.instancesOfSeries(series.id))
                if (!instance.paths.empty())
                    index[instance.sopInstanceUid] = instance.paths.front();
    return index;
}

struct CatalogInTemp {
    QTemporaryDir dir;
    std::shared_ptr<catalog::Catalog> catalog = std::make_shared<catalog::Catalog>();
    QString open()
    {
        const auto error = catalog->open(dir.filePath(QStringLiteral("catalog.sqlite")));
        return error.value_or(QString());
    }
};

std::optional<catalog::SeriesRow> seriesRow(catalog::Catalog& catalog, const QString& studyUid, const QString& seriesUid)
{
    catalog::StudyFilter filter;
    filter.studyInstanceUid = studyUid;
    for (const catalog::StudyRow& study : catalog.studies(filter))
        for (const catalog::SeriesRow& series : catalog.seriesOfStudy(study.id))
            if (series.seriesInstanceUid == seriesUid)
                return series;
    return std::nullopt;
}

} // namespace

class RetrieveJobTest : public QObject {
    Q_OBJECT

    OrthancFixture m_orthanc;
    remote::LocalNode m_local;
    remote::RemoteNode m_node;
    remote::RemoteNode m_webNode;
    const QString m_webUser = QStringLiteral("radiology");
    const QString m_webPassword = QStringLiteral("c0ntinuum-test-pw");

    std::unique_ptr<app::RemoteArchive> archive() { return app::RemoteArchive::create(m_node, m_local); }

    // Runs the job to its end (generously).
    static bool runToEnd(app::RetrieveJob& job, const QString& study, const QString& series)
    {
        QSignalSpy finished(&job, &app::RetrieveJob::finished);
        if (!job.start(study, series))
            return false;
        return finished.wait(180000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(ctFolder);
        CONTINUUM_REQUIRE_SHARED(sendFile);
        m_local.aeTitle = QStringLiteral("CONTINUUM_APP");
        m_local.port = OrthancFixture::freePort();
        continuum::testing::OrthancOptions options;
        options.viewerAeTitle = m_local.aeTitle;
        options.viewerPort = m_local.port;
        options.dicomWeb = true;
        options.httpUser = m_webUser;
        options.httpPassword = m_webPassword;
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        QCOMPARE(m_orthanc.upload(sharedDicomPath(ctFolder), &problems), 64);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        m_node.name = QStringLiteral("orthanc");
        m_node.aeTitle = options.aeTitle;
        m_node.host = QStringLiteral("127.0.0.1");
        m_node.port = m_orthanc.dicomPort();
        m_node.timeoutSeconds = 20;
        m_webNode.name = QStringLiteral("orthanc-web");
        m_webNode.kind = remote::NodeKind::DicomWeb;
        m_webNode.baseUrl = m_orthanc.dicomWebUrl();
        m_webNode.authentication = QStringLiteral("basic");
        m_webNode.userName = m_webUser;
        m_webNode.timeoutSeconds = 20;
    }

    void retrieveLandsTheSeriesInTheStore()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        app::RetrieveJob job(place.catalog, archive());
        std::vector<std::pair<qint64, qint64>> available;
        connect(&job, &app::RetrieveJob::seriesAvailable, this, [&](qint64 studyId, qint64 seriesId) { available.emplace_back(studyId, seriesId); });
        QVERIFY(runToEnd(job, ctStudy, {}));
        QVERIFY2(job.status().ok(), qPrintable(job.status().message));
        // Nothing of the study was here: planned from the series' instance counts alone.
        QVERIFY(!job.listedInstances());
        QCOMPARE(job.listedCount(), 64);
        QCOMPARE(job.requestedCount(), 64);
        QCOMPARE(job.receivedCount(), 64);
        QCOMPARE(job.catalogedCount(), 64);
        // The first series became viewable while instances were still arriving.
        QVERIFY2(job.receivedAtFirstAvailable() > 0 && job.receivedAtFirstAvailable() < 64,
                 qPrintable(QString::number(job.receivedAtFirstAvailable())));
        QTRY_COMPARE(available.size(), std::size_t(1));

        const auto series = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(series);
        QCOMPARE(available.front().second, series->id);
        QCOMPARE(available.front().first, job.studyId());
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);

        const std::map<QString, QString> sources = sourcesByInstance(sharedDicomPath(ctFolder));
        QCOMPARE(sources.size(), std::size_t(64));
        const QString store = QFileInfo(place.catalog->defaultStoreFolder()).canonicalFilePath() + QLatin1Char('/');
        const std::vector<catalog::InstanceRow> instances = place.catalog->instancesOfSeries(series->id);
        QCOMPARE(instances.size(), std::size_t(64));
        for (const catalog::InstanceRow& instance : instances) {
            QCOMPARE(instance.paths.size(), std::size_t(1));
            const QString path = instance.paths.front();
            QVERIFY2(QFileInfo(path).canonicalFilePath().startsWith(store), qPrintable(path));
            QVERIFY(sources.count(instance.sopInstanceUid));
            const QString difference = differenceFromSource(path, sources.at(instance.sopInstanceUid));
            QVERIFY2(difference.isEmpty(), qPrintable(path + QStringLiteral(": ") + difference));
        }
        // Nothing is left in staging.
        QVERIFY(!QFileInfo::exists(QDir(place.catalog->defaultStoreFolder()).filePath(QStringLiteral("incoming"))));

        // Again: everything is here, nothing is fetched.
        app::RetrieveJob again(place.catalog, archive());
        QVERIFY(runToEnd(again, ctStudy, ctSeries));
        QVERIFY2(again.status().ok(), qPrintable(again.status().message));
        QVERIFY(again.listedInstances());   // something was here: only the listing says what is missing
        QCOMPARE(again.requestedCount(), 0);
        QCOMPARE(again.receivedCount(), 0);
        QCOMPARE(again.alreadyPresentCount(), 64);
    }

    void cancelLeavesTheSeriesIncompleteAndARetryFetchesTheRest()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        int firstReceived = 0;
        {
            app::RetrieveJob job(place.catalog, archive());
            app::RetrieveJobOptions options;
            options.afterInstanceReceived = [&job](int received) {
                if (received == 10)
                    job.cancel();
            };
            job.setOptions(options);
            QVERIFY(runToEnd(job, ctStudy, ctSeries));
            QCOMPARE(job.status().kind, remote::RemoteErrorKind::Cancelled);
            firstReceived = job.receivedCount();
            QVERIFY2(firstReceived >= 10 && firstReceived < 64, qPrintable(QString::number(firstReceived)));
        }
        const auto interrupted = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(interrupted);
        QVERIFY(!interrupted->complete);
        QCOMPARE(interrupted->instanceCount, firstReceived);
        catalog::StudyFilter filter;
        filter.studyInstanceUid = ctStudy;
        QCOMPARE(place.catalog->studies(filter).at(0).incompleteSeriesCount, 1);

        app::RetrieveJob retry(place.catalog, archive());
        QVERIFY(runToEnd(retry, ctStudy, {}));
        QVERIFY2(retry.status().ok(), qPrintable(retry.status().message));
        QCOMPARE(retry.alreadyPresentCount(), firstReceived);
        QCOMPARE(retry.requestedCount(), 64 - firstReceived);
        QCOMPARE(retry.receivedCount(), 64 - firstReceived);
        const auto completed = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(completed);
        QCOMPARE(completed->instanceCount, 64);
        QVERIFY(completed->complete);
        QCOMPARE(place.catalog->studies(filter).at(0).incompleteSeriesCount, 0);
    }

    void retrieveThatDoesNotFitIsRefusedFirst()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        app::RetrieveJob job(place.catalog, archive());
        app::RetrieveJobOptions options;
        qint64 asked = 0;
        options.freeSpaceCheck = [&asked](qint64 bytes) -> std::optional<QString> {
            asked = bytes;
            return QStringLiteral("10 MB free");
        };
        job.setOptions(options);
        QVERIFY(runToEnd(job, ctStudy, ctSeries));
        QCOMPARE(job.status().kind, remote::RemoteErrorKind::LocalStorage);
        QVERIFY2(job.status().message.contains(QStringLiteral("disk space")), qPrintable(job.status().message));
        // 64 slices of 512 x 512 x 2 bytes at least, from the archive's image attributes.
        QVERIFY2(asked >= 64LL * 512 * 512 * 2, qPrintable(QString::number(asked)));
        QCOMPARE(job.receivedCount(), 0);
        QVERIFY(place.catalog->studies().empty());

        // Room for the study's real size but not for the rough one (64 x 4 MB): the listing's
        // exact sizes decide, and the retrieve goes ahead.
        app::RetrieveJob fits(place.catalog, archive());
        app::RetrieveJobOptions roomy;
        std::vector<qint64> checks;
        roomy.freeSpaceCheck = [&checks](qint64 bytes) -> std::optional<QString> {
            checks.push_back(bytes);
            return bytes > 100LL * 1024 * 1024 ? std::optional<QString>(QStringLiteral("100 MB free")) : std::nullopt;
        };
        fits.setOptions(roomy);
        QVERIFY(runToEnd(fits, ctStudy, ctSeries));
        QVERIFY2(fits.status().ok(), qPrintable(fits.status().message));
        QVERIFY(fits.listedInstances());
        QCOMPARE(checks.size(), std::size_t(2));
        QCOMPARE(checks.front(), 64LL * 4 * 1024 * 1024);
        QVERIFY(checks.back() < 100LL * 1024 * 1024);
        QCOMPARE(fits.receivedCount(), 64);
    }

    void pushFromTheArchiveLandsInTheCatalog()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        app::IncomingStudiesReceiver receiver(place.catalog, m_local);
        receiver.setQuietPeriod(std::chrono::milliseconds(500));
        QSignalSpy settled(&receiver, &app::IncomingStudiesReceiver::receptionSettled);
        QSignalSpy received(&receiver, &app::IncomingStudiesReceiver::studyReceived);
        const remote::RemoteStatus started = receiver.start();
        QVERIFY2(started.ok(), qPrintable(started.message));

        const QString seriesId = m_orthanc.lookup(ctSeries);
        QVERIFY(!seriesId.isEmpty());
        const OrthancFixture::Reply reply = m_orthanc.rest(
            "POST", QStringLiteral("/modalities/viewer/store"),
            QJsonDocument(QJsonObject{{QStringLiteral("Resources"), QJsonArray{seriesId}}, {QStringLiteral("Synchronous"), true}}).toJson());
        QVERIFY2(reply.status == 200, reply.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.catalogedCount(), 64, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
        QVERIFY(received.count() >= 1);
        receiver.stop();

        const auto series = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);
        const QString store = QFileInfo(place.catalog->defaultStoreFolder()).canonicalFilePath() + QLatin1Char('/');
        for (const catalog::InstanceRow& instance : place.catalog->instancesOfSeries(series->id))
            QVERIFY2(QFileInfo(instance.paths.at(0)).canonicalFilePath().startsWith(store), qPrintable(instance.paths.at(0)));
    }

    // The nodes file's "receive" decides: receiving on our AE and port, a push catalogued and
    // announced (for the audit trail), switched off again, and a busy port said in words.
    void receiverFollowsTheNodesFile()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        remote::NodeDirectory nodes;
        remote::LocalNode local = m_local;
        local.receivePushes = true;
        nodes.setLocal(local);
        const QString nodesFile = place.dir.filePath(QStringLiteral("nodes.json"));
        QVERIFY(!nodes.save(nodesFile));

        app::ReceiverController controller(place.catalog);
        controller.setQuietPeriod(std::chrono::milliseconds(500));
        QSignalSpy arrived(&controller, &app::ReceiverController::studyArrived);
        QSignalSpy settled(&controller, &app::ReceiverController::pushSettled);
        controller.configure(nodesFile);
        QVERIFY2(controller.isReceiving(), qPrintable(controller.statusText()));
        QVERIFY(!controller.hasProblem());
        QCOMPARE(controller.statusText(), QStringLiteral("Receiving as %1 on port %2").arg(m_local.aeTitle).arg(m_local.port));

        const OrthancFixture::Reply reply = m_orthanc.rest(
            "POST", QStringLiteral("/modalities/viewer/store"),
            QJsonDocument(QJsonObject{{QStringLiteral("Resources"), QJsonArray{m_orthanc.lookup(ctSeries)}}, {QStringLiteral("Synchronous"), true}}).toJson());
        QVERIFY2(reply.status == 200, reply.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() == 1, 60000);
        QCOMPARE(settled.at(0).at(0).toStringList(), QStringList{ctStudy});
        QVERIFY(arrived.count() >= 1);
        const auto series = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);
        catalog::StudyFilter ctFilter;
        ctFilter.studyInstanceUid = ctStudy;
        QCOMPARE(arrived.at(0).at(0).toLongLong(), place.catalog->studies(ctFilter).front().id);

        // Switched off in the file: the port is free again.
        local.receivePushes = false;
        nodes.setLocal(local);
        QVERIFY(!nodes.save(nodesFile));
        controller.configure(nodesFile);
        QVERIFY(!controller.isReceiving());
        QCOMPARE(controller.statusText(), QString());
        remote::StorageScpOptions other;
        other.aeTitle = QStringLiteral("SOMEONE_ELSE");
        other.port = m_local.port;
        other.destination = place.dir.filePath(QStringLiteral("other"));
        remote::StorageScp elsewhere(other);
        QVERIFY(elsewhere.start().ok());

        // On again while the port is taken: not receiving, and the status says why.
        local.receivePushes = true;
        QSignalSpy status(&controller, &app::ReceiverController::statusChanged);
        controller.configure(local);
        QVERIFY(!controller.isReceiving());
        QVERIFY(controller.hasProblem());
        QVERIFY2(controller.statusText().contains(QString::number(m_local.port)) && controller.statusText().contains(QStringLiteral("another DICOM receiver")),
                 qPrintable(controller.statusText()));
        QCOMPARE(status.count(), 1);
        elsewhere.stop();
    }

    // A node set to retrieve by C-MOVE while the receiver listens on our port: the move cannot
    // bind the port again, so the receiver hands the study to the retrieve, which catalogues it
    // as retrieved; the receiver announces nothing.
    void moveRetrieveWhileReceiving()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        remote::LocalNode local = m_local;
        local.receivePushes = true;
        app::ReceiverController controller(place.catalog);
        QSignalSpy arrived(&controller, &app::ReceiverController::studyArrived);
        controller.configure(local);
        QVERIFY2(controller.isReceiving(), qPrintable(controller.statusText()));

        remote::RemoteNode moveNode = m_node;
        moveNode.retrieveByMove = true;
        app::RetrieveJob job(place.catalog, app::RemoteArchive::create(moveNode, m_local));
        QVERIFY(runToEnd(job, ctStudy, {}));
        QVERIFY2(job.status().ok(), qPrintable(job.status().message + QLatin1Char('\n') + m_orthanc.logTail()));
        QCOMPARE(job.requestedCount(), 64);
        QCOMPARE(job.receivedCount(), 64);
        QCOMPARE(job.catalogedCount(), 64);
        const auto series = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);
        QCoreApplication::processEvents();
        QCOMPARE(arrived.count(), 0);
        QVERIFY(controller.isReceiving());
    }

    void sendPutsTheStudyOnTheServer()
    {
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        const catalog::ImportResult imported = place.catalog->importFiles({sharedDicomPath(sendFile)});
        QCOMPARE(imported.newInstances, 1);
        const std::vector<catalog::StudyRow> studies = place.catalog->studies();
        QCOMPARE(studies.size(), std::size_t(1));
        const QString sopUid = place.catalog->instancesOfSeries(place.catalog->seriesOfStudy(studies[0].id).at(0).id).at(0).sopInstanceUid;
        QVERIFY(m_orthanc.lookup(sopUid).isEmpty());

        app::SendJob job(place.catalog, archive());
        QSignalSpy finished(&job, &app::SendJob::finished);
        QSignalSpy progressed(&job, &app::SendJob::progressed);
        QVERIFY(job.start(studies[0].id));
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(job.sentCount(), 1);
        QTRY_VERIFY(progressed.count() >= 1);
        QCOMPARE(progressed.last().at(0).toInt(), 1);
        const QString id = m_orthanc.lookup(sopUid);
        QVERIFY(!id.isEmpty());
        const QJsonObject tags = m_orthanc.rest("GET", QStringLiteral("/instances/%1/simplified-tags").arg(id)).json().object();
        QCOMPARE(tags.value(QStringLiteral("SOPInstanceUID")).toString(), sopUid);

        // A node nobody listens on: the error says so in words.
        remote::RemoteNode closed = m_node;
        closed.port = OrthancFixture::freePort();
        app::SendJob refused(place.catalog, app::RemoteArchive::create(closed, m_local));
        QSignalSpy refusedFinished(&refused, &app::SendJob::finished);
        QVERIFY(refused.start(studies[0].id));
        QVERIFY(refusedFinished.wait(120000));
        QVERIFY(!refusedFinished.at(0).at(0).toBool());
        QCOMPARE(refused.status().kind, remote::RemoteErrorKind::ConnectionRefused);
        QVERIFY2(refusedFinished.at(0).at(1).toString().contains(QStringLiteral("refused the connection")),
                 qPrintable(refusedFinished.at(0).at(1).toString()));
    }

    void dicomWebNodeWithoutPasswordIsRefusedInWords()
    {
        remote::RemoteNode node = m_webNode;
        node.name = QStringLiteral("orthanc-web-nobody-saved-a-password");
        QString error;
        QVERIFY(!app::RemoteArchive::create(node, m_local, &error));
        QVERIFY2(error.contains(QStringLiteral("Password needed for node orthanc-web-nobody-saved-a-password")), qPrintable(error));
        QVERIFY(!error.contains(m_webPassword));
    }

    void dicomWebRetrieveLandsByteIdenticalFiles()
    {
        remote::CredentialStore credentials;
        const remote::RemoteStatus saved = credentials.store(m_webNode.name, remote::SecretKind::Password, m_webPassword);
        QVERIFY2(saved.ok() || saved.kind == remote::RemoteErrorKind::LocalStorage, qPrintable(saved.message));
        QString error;
        std::unique_ptr<app::RemoteArchive> web = app::RemoteArchive::create(m_webNode, m_local, &error);
        QVERIFY2(web, qPrintable(error));
        QVERIFY(web->supportsInstanceRetrieve());

        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        app::RetrieveJob job(place.catalog, std::move(web));
        QVERIFY(runToEnd(job, ctStudy, {}));
        QVERIFY2(job.status().ok(), qPrintable(job.status().message));
        // Nothing of the study was here: planned from the series' instance counts alone.
        QVERIFY(!job.listedInstances());
        QCOMPARE(job.listedCount(), 64);
        QCOMPARE(job.requestedCount(), 64);
        QCOMPARE(job.receivedCount(), 64);
        QCOMPARE(job.catalogedCount(), 64);

        const auto series = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);
        const std::map<QString, QString> sources = sourcesByInstance(sharedDicomPath(ctFolder));
        QCOMPARE(sources.size(), std::size_t(64));
        const QString store = QFileInfo(place.catalog->defaultStoreFolder()).canonicalFilePath() + QLatin1Char('/');
        const std::vector<catalog::InstanceRow> instances = place.catalog->instancesOfSeries(series->id);
        QCOMPARE(instances.size(), std::size_t(64));
        for (const catalog::InstanceRow& instance : instances) {
            QCOMPARE(instance.paths.size(), std::size_t(1));
            const QString path = instance.paths.front();
            QVERIFY2(QFileInfo(path).canonicalFilePath().startsWith(store), qPrintable(path));
            QVERIFY(sources.count(instance.sopInstanceUid));
            // WADO-RS with transfer-syntax=* returns the stored bytes: the very file uploaded.
            QFile got(path);
            QFile want(sources.at(instance.sopInstanceUid));
            QVERIFY(got.open(QIODevice::ReadOnly) && want.open(QIODevice::ReadOnly));
            QVERIFY2(got.readAll() == want.readAll(), qPrintable(path + QStringLiteral(" differs from ") + want.fileName()));
        }
        QVERIFY(!QFileInfo::exists(QDir(place.catalog->defaultStoreFolder()).filePath(QStringLiteral("incoming"))));

        // A wrong password: refused in words, nothing catalogued.
        QVERIFY(credentials.store(m_webNode.name, remote::SecretKind::Password, QStringLiteral("wrong")).kind != remote::RemoteErrorKind::InvalidRequest);
        CatalogInTemp other;
        QCOMPARE(other.open(), QString());
        app::RetrieveJob refused(other.catalog, app::RemoteArchive::create(m_webNode, m_local));
        QSignalSpy refusedFinished(&refused, &app::RetrieveJob::finished);
        QVERIFY(refused.start(ctStudy, ctSeries));
        QVERIFY(refusedFinished.wait(120000));
        QCOMPARE(refused.status().kind, remote::RemoteErrorKind::CredentialsRefused);
        QVERIFY2(refusedFinished.at(0).at(1).toString().contains(QStringLiteral("refused the credentials")), qPrintable(refusedFinished.at(0).at(1).toString()));
        QVERIFY(other.catalog->studies().empty());
        credentials.store(m_webNode.name, remote::SecretKind::Password, m_webPassword);
    }

    // DICOMweb: Cancel after 10 instances of the series' WADO-RS; the retry lists the series'
    // instances (QIDO-RS), subtracts the catalog and fetches exactly the missing ones by
    // instance-level WADO-RS; the series is then complete.
    void dicomWebCancelThenRetryFetchesOnlyTheMissing()
    {
        remote::CredentialStore credentials;
        credentials.store(m_webNode.name, remote::SecretKind::Password, m_webPassword);
        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        int firstReceived = 0;
        {
            QString error;
            app::RetrieveJob job(place.catalog, app::RemoteArchive::create(m_webNode, m_local, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            app::RetrieveJobOptions options;
            options.afterInstanceReceived = [&job](int received) {
                if (received == 10)
                    job.cancel();
            };
            job.setOptions(options);
            QVERIFY(runToEnd(job, ctStudy, ctSeries));
            QCOMPARE(job.status().kind, remote::RemoteErrorKind::Cancelled);
            firstReceived = job.receivedCount();
            QVERIFY2(firstReceived >= 10 && firstReceived < 64, qPrintable(QString::number(firstReceived)));
        }
        const auto interrupted = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(interrupted);
        QVERIFY(!interrupted->complete);
        const int missing = 64 - interrupted->instanceCount;
        QVERIFY(missing > 0);

        app::RetrieveJob retry(place.catalog, app::RemoteArchive::create(m_webNode, m_local));
        QVERIFY(runToEnd(retry, ctStudy, ctSeries));
        QVERIFY2(retry.status().ok(), qPrintable(retry.status().message));
        QCOMPARE(retry.listedCount(), 64);
        QCOMPARE(retry.alreadyPresentCount(), 64 - missing);
        QCOMPARE(retry.requestedCount(), missing);
        QCOMPARE(retry.receivedCount(), missing);
        const auto completed = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(completed);
        QCOMPARE(completed->instanceCount, 64);
        QVERIFY(completed->complete);
    }

    void serverKilledMidRetrieveThenRetryFromAFreshServer()
    {
        // A server of its own, killed during the retrieve.
        OrthancFixture doomed;
        continuum::testing::OrthancOptions options;
        options.viewerAeTitle = m_local.aeTitle;
        options.viewerPort = m_local.port;
        const QString error = doomed.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doomed.upload(sharedDicomPath(ctFolder)), 64);
        remote::RemoteNode node = m_node;
        node.port = doomed.dicomPort();
        const qint64 pid = doomed.processId();
        QVERIFY(pid > 0);

        CatalogInTemp place;
        QCOMPARE(place.open(), QString());
        int firstReceived = 0;
        QString interruptedMessage;
        {
            app::RetrieveJob job(place.catalog, app::RemoteArchive::create(node, m_local));
            app::RetrieveJobOptions jobOptions;
            bool killed = false;
            jobOptions.afterInstanceReceived = [pid, &killed](int received) {
                if (received == 20 && !killed)
                    killed = ::kill(static_cast<pid_t>(pid), SIGKILL) == 0;
            };
            job.setOptions(jobOptions);
            QVERIFY(runToEnd(job, ctStudy, ctSeries));
            QVERIFY(killed);
            QVERIFY(!job.status().ok());
            QVERIFY2(job.status().kind == remote::RemoteErrorKind::ConnectionLost, qPrintable(job.status().message));
            const QString message = app::userMessage(job.status());
            QVERIFY2(message.contains(QStringLiteral("connection to the archive was lost")), qPrintable(message));
            interruptedMessage = message;
            firstReceived = job.receivedCount();
            QVERIFY2(firstReceived >= 20 && firstReceived < 64, qPrintable(QString::number(firstReceived)));
        }
        const auto interrupted = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(interrupted);
        QVERIFY(!interrupted->complete);
        QCOMPARE(interrupted->instanceCount, firstReceived);
        catalog::StudyFilter filter;
        filter.studyInstanceUid = ctStudy;
        QCOMPARE(place.catalog->studies(filter).at(0).incompleteSeriesCount, 1);
        qInfo("after the kill: %d received; the job said: %s", firstReceived, qPrintable(interruptedMessage));

        // A fresh server with the same data (new storage, new ports): the retry takes only
        // what is missing.
        OrthancFixture fresh;
        const QString freshError = fresh.start(options);
        QVERIFY2(freshError.isEmpty(), qPrintable(freshError));
        QCOMPARE(fresh.upload(sharedDicomPath(ctFolder)), 64);
        node.port = fresh.dicomPort();
        app::RetrieveJob retry(place.catalog, app::RemoteArchive::create(node, m_local));
        QVERIFY(runToEnd(retry, ctStudy, {}));
        QVERIFY2(retry.status().ok(), qPrintable(retry.status().message));
        QCOMPARE(retry.alreadyPresentCount(), firstReceived);
        QCOMPARE(retry.requestedCount(), 64 - firstReceived);
        QCOMPARE(retry.receivedCount(), 64 - firstReceived);
        const auto completed = seriesRow(*place.catalog, ctStudy, ctSeries);
        QVERIFY(completed);
        QCOMPARE(completed->instanceCount, 64);
        QVERIFY(completed->complete);
        QCOMPARE(place.catalog->studies(filter).at(0).incompleteSeriesCount, 0);
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_GUILESS_MAIN(RetrieveJobTest)
#include "RetrieveJobTest.moc"
