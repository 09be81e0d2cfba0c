// A catalog opened where it cannot be written: its folder bound read-only onto itself in the
// test's own mount namespace (root ignores file modes, not a read-only mount). Source data: the
// shared oncology/two_timepoints_TEST_1 pair and ct-series/lung_dx_a0001_chest_ct_5mm, indexed
// by reference while the folder was still writable, with a reading status and an annotation.
// Browsing works (studies, series, instances with their paths, reading state, annotations, the
// `studies` and `verify` verbs); imports (API, the window's import job, `continuum import`),
// status changes and annotation edits are refused with a message saying the catalog is
// read-only; nothing crashes; the file is byte for byte unchanged; once the folder is writable
// again the same file opens for writing and imports.
#include "FaultTestSupport.h"
#include "PrivateMounts.h"
#include "TestData.h"

#include "CatalogImportJob.h"
#include "catalog/Catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace continuum;
using continuum::testing::sharedDicomPath;
using continuum::testing::runContinuum;
using continuum::testing::sha256;
using continuum::testing::Run;

namespace {

const QString ctFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString pairFolder = QStringLiteral("oncology/two_timepoints_TEST_1");
const QString extraFile = QStringLiteral("oncology/pet_acrin_flt_breast_029.dcm");

bool saysReadOnly(const QString& message)
{
    return message.contains(QStringLiteral("read-only"), Qt::CaseInsensitive);
}

} // namespace

class ReadOnlyCatalogTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_path;
    QString m_annotationUid;

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(ctFolder);
        CONTINUUM_REQUIRE_SHARED(pairFolder);
        CONTINUUM_REQUIRE_SHARED(extraFile);
        m_folder = m_dir.filePath(QStringLiteral("catalogs"));
        m_path = m_folder + QStringLiteral("/catalog.sqlite");
        catalog::Catalog writable;
        QCOMPARE(writable.open(m_path), std::nullopt);
        const auto imported = writable.importFiles({sharedDicomPath(pairFolder), sharedDicomPath(ctFolder)});
        QCOMPARE(imported.newInstances, 66);
        catalog::StudyFilter filter;
        filter.text = QStringLiteral("Lung_Dx");
        const auto ct = writable.studies(filter);
        QCOMPARE(ct.size(), std::size_t(1));
        QVERIFY(writable.setReadingStatus(ct.front().id, catalog::ReadingStatus::Read, QStringLiteral("dr.a"), ct.front().statusRevision).applied());
        catalog::Annotation note;
        note.studyId = ct.front().id;
        note.kind = QStringLiteral("measurement");
        note.payload = QStringLiteral(R"({"lengthMm": 12.5})");
        note.author = QStringLiteral("dr.a");
        const auto saved = writable.saveAnnotation(note);
        QVERIFY(saved.applied());
        m_annotationUid = saved.annotation.uid;
    }

    void browsingWorksAndChangesAreRefused()
    {
        const QByteArray before = sha256(m_path);
        const QStringList filesBefore = QDir(m_folder).entryList(QDir::Files);
        {
            continuum::testing::ReadOnlyBindMount readOnly(m_folder);
            QVERIFY2(readOnly.error().isEmpty(), qPrintable(readOnly.error()));
            QFile probe(m_folder + QStringLiteral("/probe"));
            QVERIFY(!probe.open(QIODevice::WriteOnly));   // the mount really refuses writes

            auto catalog = std::make_shared<catalog::Catalog>();
            const auto error = catalog->open(m_path);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));

            // Browsing.
            QCOMPARE(catalog->studies().size(), std::size_t(3));
            QCOMPARE(catalog->studyCount(), 3);
            catalog::StudyFilter filter;
            filter.text = QStringLiteral("Lung_Dx");
            const auto ct = catalog->studies(filter);
            QCOMPARE(ct.size(), std::size_t(1));
            QCOMPARE(ct.front().instanceCount, 64);
            QCOMPARE(ct.front().status, catalog::ReadingStatus::Read);
            QCOMPARE(ct.front().statusUser, QStringLiteral("dr.a"));
            const auto series = catalog->seriesOfStudy(ct.front().id);
            QCOMPARE(series.size(), std::size_t(1));
            const auto instances = catalog->instancesOfSeries(series.front().id);
            QCOMPARE(instances.size(), std::size_t(64));
            QVERIFY(!instances.front().paths.empty());
            QVERIFY(QFileInfo::exists(instances.front().paths.front()));
            const auto notes = catalog->annotations(ct.front().id);
            QCOMPARE(notes.size(), std::size_t(1));
            QCOMPARE(notes.front().payload, QStringLiteral(R"({"lengthMm": 12.5})"));
            const auto check = catalog->checkFiles();
            QVERIFY2(!check.failure, qPrintable(check.failure.value_or(QString())));
            QCOMPARE(check.checked, 66);
            QCOMPARE(check.missing, 0);

            // Changes are refused in words.
            const auto import = catalog->importFiles({sharedDicomPath(extraFile)});
            QVERIFY(import.failure.has_value());
            QVERIFY2(saysReadOnly(*import.failure) && import.failure->contains(m_path), qPrintable(*import.failure));
            QCOMPARE(import.newInstances, 0);
            const auto status = catalog->setReadingStatus(ct.front().id, catalog::ReadingStatus::Unread, QStringLiteral("dr.b"),
                                                          ct.front().statusRevision);
            QCOMPARE(status.outcome, catalog::ChangeOutcome::Failed);
            QVERIFY2(saysReadOnly(status.message), qPrintable(status.message));
            const auto priority = catalog->setPriority(ct.front().id, catalog::StudyPriority::Stat, catalog::PrioritySource::User,
                                                       QStringLiteral("dr.b"), ct.front().statusRevision);
            QCOMPARE(priority.outcome, catalog::ChangeOutcome::Failed);
            QVERIFY2(saysReadOnly(priority.message), qPrintable(priority.message));
            catalog::Annotation edit = notes.front();
            edit.payload = QStringLiteral(R"({"lengthMm": 13})");
            const auto saved = catalog->saveAnnotation(edit);
            QCOMPARE(saved.outcome, catalog::ChangeOutcome::Failed);
            QVERIFY2(saysReadOnly(saved.message), qPrintable(saved.message));
            const auto deleted = catalog->deleteAnnotation(m_annotationUid, notes.front().revision);
            QCOMPARE(deleted.outcome, catalog::ChangeOutcome::Failed);
            QVERIFY2(saysReadOnly(deleted.message), qPrintable(deleted.message));
            QVERIFY(!catalog->markSeriesComplete({series.front().id}));

            // The window's import job says the same.
            app::CatalogImportJob job(catalog);
            QSignalSpy finished(&job, &app::CatalogImportJob::finished);
            QVERIFY(job.start({sharedDicomPath(extraFile)}, {}));
            QVERIFY(finished.wait(120000));
            QVERIFY(job.result().failure.has_value());
            QVERIFY2(saysReadOnly(*job.result().failure), qPrintable(*job.result().failure));
            QCOMPARE(catalog->studies().size(), std::size_t(3));   // still browsable after the refusals

            // The CLI verbs.
            Run run = runContinuum({QStringLiteral("studies"), QStringLiteral("--catalog"), m_path, QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 3);
            run = runContinuum({QStringLiteral("verify"), QStringLiteral("--catalog"), m_path});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(QStringLiteral("66 files checked: 0 missing")), qPrintable(run.out));
            run = runContinuum({QStringLiteral("import"), QStringLiteral("--catalog"), m_path, sharedDicomPath(extraFile)});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(saysReadOnly(run.err) && run.err.contains(m_path), qPrintable(run.err));
        }
        QCOMPARE(sha256(m_path), before);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files), filesBefore);

        // Writable again: the same file opens for writing and takes the import.
        catalog::Catalog writable;
        QCOMPARE(writable.open(m_path), std::nullopt);
        const auto import = writable.importFiles({sharedDicomPath(extraFile)});
        QVERIFY2(!import.failure, qPrintable(import.failure.value_or(QString())));
        QCOMPARE(import.newInstances, 1);
        QCOMPARE(writable.studies().size(), std::size_t(4));
    }
};

int main(int argc, char** argv)
{
    if (const auto error = continuum::testing::enterPrivateMountNamespace(argc, argv)) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(*error));
        return 1;
    }
    QCoreApplication app(argc, argv);
    ReadOnlyCatalogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ReadOnlyCatalogTest.moc"
