// Disk full during an import into the managed store. The catalog and its store live on a small
// tmpfs mounted in the test's own mount namespace (tests/faults/PrivateMounts). Source: the shared
// CT series ct-series/lung_dx_a0001_chest_ct_5mm (64 slices, about 33 MB) and, as the study
// imported earlier, oncology/two_timepoints_TEST_1 (two CT slices).
//  - A folder that does not fit is refused before anything is copied, in words naming the
//    store folder, from the CLI and from the window's import job; once space is freed the same
//    catalog object imports it.
//  - The disk filling up mid-import (another writer takes the space after the first batch): the
//    import stops with "is full" naming the store, every catalogued instance points to a
//    complete copy (bytes equal to its source), no partial file is left, the earlier study is
//    intact, the series is marked incomplete; after freeing space a second import adds exactly
//    the missing instances and the series is complete.
#include "FaultTestSupport.h"
#include "PrivateMounts.h"
#include "TestData.h"

#include "CatalogImportJob.h"
#include "catalog/Catalog.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <map>

using namespace continuum;
using continuum::testing::sharedDicomPath;
using continuum::testing::runContinuum;
using continuum::testing::sha256;
using continuum::testing::Run;

namespace {

const QString ctFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString earlierFolder = QStringLiteral("oncology/two_timepoints_TEST_1");
const QString ctStudy = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.165554066086145834377508507990");

// SOP Instance UID -> checksum of the source file, read through a scratch catalog (by reference).
std::map<QString, QByteArray> sourceChecksums(const QString& folder)
{
    std::map<QString, QByteArray> sums;
    QTemporaryDir dir;
    catalog::Catalog scratch;
    if (scratch.open(dir.filePath(QStringLiteral("scratch.sqlite"))))
        return sums;
    scratch.importFiles({folder});
    for (const catalog::StudyRow& study : scratch.studies())
        for (const catalog::SeriesRow& series : scratch.seriesOfStudy(study.id))
            for (const catalog::InstanceRow& instance : scratch.instancesOfSeries(series.id))
                if (!instance.paths.empty())
                    sums[instance.sopInstanceUid] = sha256(instance.paths.front());
    return sums;
}

// Takes the free space of a file system the way another program would: one file of zeros.
// Leaves `leaveBytes` free. Returns the error, empty on success.
QString fillDisk(const QString& ballastPath, qint64 available, qint64 leaveBytes)
{
    QFile ballast(ballastPath);
    if (!ballast.open(QIODevice::WriteOnly))
        return ballast.errorString();
    const QByteArray chunk(1 << 20, '\0');
    qint64 remaining = available - leaveBytes;
    while (remaining > 0) {
        const qint64 part = std::min<qint64>(remaining, chunk.size());
        if (ballast.write(chunk.constData(), part) != part)
            return ballast.errorString();
        remaining -= part;
    }
    return ballast.flush() ? QString() : ballast.errorString();
}

QStringList partialFiles(const QString& store)
{
    QStringList partial;
    QDirIterator it(store, {QStringLiteral("*.part-*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        partial << it.next();
    return partial;
}

// Every instance the catalog lists has a file whose bytes are those of its source.
QString inconsistency(catalog::Catalog& catalog, const std::map<QString, QByteArray>& sources)
{
    for (const catalog::StudyRow& study : catalog.studies())
        for (const catalog::SeriesRow& series : catalog.seriesOfStudy(study.id))
            for (const catalog::InstanceRow& instance : catalog.instancesOfSeries(series.id)) {
                if (instance.paths.empty())
                    return QStringLiteral("instance %1 has no file").arg(instance.sopInstanceUid);
                const auto source = sources.find(instance.sopInstanceUid);
                if (source == sources.end())
                    return QStringLiteral("instance %1 was never imported").arg(instance.sopInstanceUid);
                if (sha256(instance.paths.front()) != source->second)
                    return QStringLiteral("%1 is not a complete copy of its source").arg(instance.paths.front());
            }
    return {};
}

std::optional<catalog::SeriesRow> ctSeriesOf(catalog::Catalog& catalog)
{
    catalog::StudyFilter filter;
    filter.studyInstanceUid = ctStudy;
    const auto studies = catalog.studies(filter);
    if (studies.empty())
        return std::nullopt;
    const auto series = catalog.seriesOfStudy(studies.front().id);
    return series.empty() ? std::nullopt : std::optional(series.front());
}

bool runJob(app::CatalogImportJob& job, const QString& folder, const catalog::ImportOptions& options)
{
    QSignalSpy finished(&job, &app::CatalogImportJob::finished);
    if (!job.start({folder}, options))
        return false;
    return finished.wait(300000);
}

} // namespace

class DiskFullImportTest : public QObject {
    Q_OBJECT

    // A catalog on a fresh tmpfs of `megabytes`, holding the earlier study copied into its store.
    struct Disk {
        QTemporaryDir dir;
        QString mountPoint;
        std::unique_ptr<continuum::testing::TmpfsMount> mount;
        std::shared_ptr<catalog::Catalog> catalog = std::make_shared<catalog::Catalog>();
        QString catalogPath;
        QString store;
    };

    std::map<QString, QByteArray> m_sources;   // every source instance, CT and earlier study

    static QString prepare(Disk& disk, int megabytes)
    {
        disk.mountPoint = disk.dir.filePath(QStringLiteral("disk"));
        if (!QDir().mkpath(disk.mountPoint))
            return QStringLiteral("cannot create the mount point");
        disk.mount = std::make_unique<continuum::testing::TmpfsMount>(disk.mountPoint, megabytes);
        if (!disk.mount->error().isEmpty())
            return disk.mount->error();
        disk.catalogPath = disk.mountPoint + QStringLiteral("/catalog.sqlite");
        disk.store = disk.mountPoint + QStringLiteral("/store");
        if (auto error = disk.catalog->open(disk.catalogPath))
            return *error;
        catalog::ImportOptions copy;
        copy.mode = catalog::ImportMode::CopyToStore;
        const auto earlier = disk.catalog->importFiles({sharedDicomPath(earlierFolder)}, copy);
        if (earlier.failure || earlier.newInstances != 2)
            return QStringLiteral("the earlier study did not import: %1").arg(earlier.failure.value_or(QStringLiteral("wrong count")));
        return {};
    }

    void verifyEarlierStudyIntact(catalog::Catalog& catalog)
    {
        catalog::StudyFilter filter;
        filter.patientId = QStringLiteral("TEST_1");
        const auto earlier = catalog.studies(filter);
        QCOMPARE(earlier.size(), std::size_t(2));
        for (const catalog::StudyRow& study : earlier) {
            QCOMPARE(study.instanceCount, 1);
            QCOMPARE(study.incompleteSeriesCount, 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(ctFolder);
        CONTINUUM_REQUIRE_SHARED(earlierFolder);
        m_sources = sourceChecksums(sharedDicomPath(ctFolder));
        QCOMPARE(m_sources.size(), std::size_t(64));
        const auto earlier = sourceChecksums(sharedDicomPath(earlierFolder));
        QCOMPARE(earlier.size(), std::size_t(2));
        m_sources.insert(earlier.begin(), earlier.end());
    }

    void folderThatDoesNotFitIsRefusedBeforeCopying()
    {
        Disk disk;
        const QString error = prepare(disk, 128);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Another program holds half the disk: 33 MB of CT plus the store's safety margin no
        // longer fit.
        const QString ballast = disk.mountPoint + QStringLiteral("/other-program.bin");
        QCOMPARE(fillDisk(ballast, disk.mount->bytesAvailable(), 60LL * 1024 * 1024), QString());

        const Run cli = runContinuum({QStringLiteral("import"), QStringLiteral("--copy"), QStringLiteral("--catalog"), disk.catalogPath,
                                      sharedDicomPath(ctFolder)});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("Not enough free space")) && cli.err.contains(disk.store), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("Nothing was imported")), qPrintable(cli.err));

        // The window's path: the import job, on the catalog the window keeps open.
        app::CatalogImportJob job(disk.catalog);
        catalog::ImportOptions copy;
        copy.mode = catalog::ImportMode::CopyToStore;
        QVERIFY(runJob(job, sharedDicomPath(ctFolder), copy));
        QVERIFY(job.result().failure.has_value());
        QVERIFY2(job.result().failure->contains(QStringLiteral("Not enough free space")) && job.result().failure->contains(disk.store),
                 qPrintable(*job.result().failure));
        QCOMPARE(job.result().newInstances, 0);
        QVERIFY(!ctSeriesOf(*disk.catalog));
        QCOMPARE(QDir(disk.store).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);   // the earlier study's two
        verifyEarlierStudyIntact(*disk.catalog);
        QCOMPARE(inconsistency(*disk.catalog, m_sources), QString());
        QCOMPARE(disk.catalog->integrityCheck(), QStringLiteral("ok"));

        // Space freed: the same catalog object imports the folder.
        QVERIFY(QFile::remove(ballast));
        QVERIFY(runJob(job, sharedDicomPath(ctFolder), copy));
        QVERIFY2(!job.result().failure, qPrintable(job.result().failure.value_or(QString())));
        QCOMPARE(job.result().newInstances, 64);
        const auto series = ctSeriesOf(*disk.catalog);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);
        QCOMPARE(inconsistency(*disk.catalog, m_sources), QString());
        verifyEarlierStudyIntact(*disk.catalog);
    }

    void diskFillingUpMidImportStopsCleanlyAndResumes()
    {
        Disk disk;
        const QString error = prepare(disk, 128);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(disk.mount->bytesAvailable() > 100LL * 1024 * 1024);   // the up-front check passes

        app::CatalogImportJob job(disk.catalog);
        catalog::ImportOptions copy;
        copy.mode = catalog::ImportMode::CopyToStore;
        copy.instancesPerTransaction = 8;
        // After the first batch is committed another writer takes the space, leaving less than
        // one CT slice (about 520 KB): the next copy meets ENOSPC.
        const QString ballast = disk.mountPoint + QStringLiteral("/other-program.bin");
        QString fillError;
        bool filled = false;
        connect(
            &job, &app::CatalogImportJob::progressed, this,
            [&](int done, int) {
                if (!filled && done >= 8) {
                    filled = true;
                    fillError = fillDisk(ballast, disk.mount->bytesAvailable(), 256 * 1024);
                }
            },
            Qt::DirectConnection);
        QVERIFY(runJob(job, sharedDicomPath(ctFolder), copy));
        QVERIFY(filled);
        QCOMPARE(fillError, QString());
        const catalog::ImportResult interrupted = job.result();
        QVERIFY(interrupted.failure.has_value());
        QVERIFY2(interrupted.failure->contains(QStringLiteral("is full")) && interrupted.failure->contains(disk.store),
                 qPrintable(*interrupted.failure));
        qInfo("the import said: %s", qPrintable(*interrupted.failure));
        QVERIFY2(interrupted.newInstances >= 8 && interrupted.newInstances < 64, qPrintable(QString::number(interrupted.newInstances)));

        // Nothing half-done: every row points to a complete copy, no partial file remains, the
        // series says it is incomplete, the earlier study is untouched.
        auto series = ctSeriesOf(*disk.catalog);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, interrupted.newInstances);
        QVERIFY(!series->complete);
        QCOMPARE(inconsistency(*disk.catalog, m_sources), QString());
        QCOMPARE(partialFiles(disk.store), QStringList());
        verifyEarlierStudyIntact(*disk.catalog);
        QCOMPARE(disk.catalog->integrityCheck(), QStringLiteral("ok"));
        const Run listed = runContinuum({QStringLiteral("studies"), QStringLiteral("--catalog"), disk.catalogPath, QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        bool reportedIncomplete = false;
        for (const QJsonValue& study : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            if (study.toObject()[QStringLiteral("studyInstanceUid")].toString() == ctStudy)
                reportedIncomplete = study.toObject()[QStringLiteral("incompleteSeries")].toInt() == 1;
        QVERIFY2(reportedIncomplete, qPrintable(listed.out));

        // Space freed: the next import adds exactly what is missing.
        QVERIFY(QFile::remove(ballast));
        QVERIFY(runJob(job, sharedDicomPath(ctFolder), copy));
        QVERIFY2(!job.result().failure, qPrintable(job.result().failure.value_or(QString())));
        QCOMPARE(job.result().newInstances, 64 - interrupted.newInstances);
        QCOMPARE(job.result().alreadyPresent, interrupted.newInstances);
        series = ctSeriesOf(*disk.catalog);
        QVERIFY(series);
        QCOMPARE(series->instanceCount, 64);
        QVERIFY(series->complete);
        QCOMPARE(inconsistency(*disk.catalog, m_sources), QString());
        QCOMPARE(partialFiles(disk.store), QStringList());
        verifyEarlierStudyIntact(*disk.catalog);
    }
};

int main(int argc, char** argv)
{
    if (const auto error = continuum::testing::enterPrivateMountNamespace(argc, argv)) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(*error));
        return 1;
    }
    QCoreApplication app(argc, argv);
    DiskFullImportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "DiskFullImportTest.moc"
