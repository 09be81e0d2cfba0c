// Nothing lost when the importer dies: `continuum import` of about 2,000 files is killed with
// SIGKILL at many points; every time the catalog must pass PRAGMA integrity_check, show no
// half-imported series as complete, keep its counts consistent, and the next import completes.
// Source data: four series derived with SeriesInterpolator from the real chest CT in
// ct-series/lung_dx_a0001_chest_ct_5mm (500 slices each, new UIDs).
#include "catalog/Catalog.h"
#include "generators/SeriesInterpolator.h"

#include "TestData.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace continuum;
using namespace continuum::catalog;

namespace {

constexpr int kSeries = 4;
constexpr int kSlicesPerSeries = 500;

QProcess* startImport(const QString& source, const QString& db)
{
    auto* process = new QProcess;
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start(QStringLiteral(CONTINUUM_BINARY), {QStringLiteral("import"), source, QStringLiteral("--catalog"), db});
    return process;
}

int runImport(const QString& source, const QString& db)
{
    std::unique_ptr<QProcess> process(startImport(source, db));
    if (!process->waitForFinished(600000) || process->exitStatus() != QProcess::NormalExit)
        return -1;
    return process->exitCode();
}

// Sum of a column over a table, straight from SQL (independent of the Catalog's queries).
qint64 scalar(const QString& dbPath, const QString& sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill_probe"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill_probe"));
    return value;
}

// Waits until the importer has written its import_log row (the import itself has begun), reading
// the catalog read-only as a second process would. False when the importer ended first.
bool waitForImportStart(const QString& dbPath, QProcess& importer, int earlierImports = 0)
{
    bool started = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill_watch"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=0"));
        QElapsedTimer waited;
        waited.start();
        while (!started && importer.state() != QProcess::NotRunning && waited.elapsed() < 120000) {
            if (QFileInfo::exists(dbPath) && (db.isOpen() || db.open())) {
                QSqlQuery query(db);
                started = query.exec(QStringLiteral("SELECT COUNT(*) FROM import_log")) && query.next() && query.value(0).toInt() > earlierImports;
            }
            if (!started)
                QTest::qSleep(1);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill_watch"));
    return started;
}

struct CatalogState {
    int instances = 0;          // rows in the catalog
    int completeSeries = 0;
    int incompleteSeries = 0;
};

} // namespace

class CatalogKillTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesKillsAtManyPoints();
    void survivesRepeatedKillsOnOneCatalog();

private:
    // Checks everything a user relies on after a crash; returns what the catalog holds.
    CatalogState verify(const QString& dbPath);

    QTemporaryDir m_dir;
    QString m_source;
    std::map<QString, int> m_slicesBySeries;
    qint64 m_fullImportMs = 0;
};

void CatalogKillTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("source"));
    for (int i = 0; i < kSeries; ++i) {
        const auto derived = generators::SeriesInterpolator::derive(
            continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")),
            m_source + QStringLiteral("/series%1").arg(i), kSlicesPerSeries, 0.5 + 0.1 * i);
        QVERIFY2(derived.succeeded(), qPrintable(derived.error));
        m_slicesBySeries[derived.seriesInstanceUid] = derived.sliceCount;
    }
    // How long the import work of an uninterrupted run takes here (from its import_log row to
    // the end), so the kills spread over all of it whatever the machine's speed.
    {
        std::unique_ptr<QProcess> importer(startImport(m_source, m_dir.filePath(QStringLiteral("reference.sqlite"))));
        QVERIFY(importer->waitForStarted(60000));
        QVERIFY(waitForImportStart(m_dir.filePath(QStringLiteral("reference.sqlite")), *importer));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(importer->waitForFinished(600000));
        QCOMPARE(importer->exitCode(), 0);
        m_fullImportMs = std::max<qint64>(timer.elapsed(), 20);
    }
    const CatalogState reference = verify(m_dir.filePath(QStringLiteral("reference.sqlite")));
    QCOMPARE(reference.instances, kSeries * kSlicesPerSeries);
    QCOMPARE(reference.completeSeries, kSeries);
    qInfo("the import work of %d files takes %lld ms", kSeries * kSlicesPerSeries, m_fullImportMs);
}

CatalogState CatalogKillTest::verify(const QString& dbPath)
{
    CatalogState state;
    Catalog catalog;
    const auto error = catalog.open(dbPath, QStringLiteral("kill-test"));
    if (error) {
        QTest::qFail(qPrintable(QStringLiteral("the catalog does not open after the kill: %1").arg(*error)), __FILE__, __LINE__);
        return state;
    }
    const QString integrity = catalog.integrityCheck();
    if (integrity != QLatin1String("ok"))
        QTest::qFail(qPrintable(QStringLiteral("integrity_check: %1").arg(integrity)), __FILE__, __LINE__);
    for (const StudyRow& study : catalog.studies()) {
        int seriesInstances = 0;
        int incomplete = 0;
        for (const SeriesRow& series : catalog.seriesOfStudy(study.id)) {
            const int rows = static_cast<int>(catalog.instancesOfSeries(series.id).size());
            // The stored count is the rows' count: a kill never splits them.
            if (rows != series.instanceCount)
                QTest::qFail(qPrintable(QStringLiteral("series %1 says %2 instances, has %3").arg(series.seriesInstanceUid).arg(series.instanceCount).arg(rows)),
                             __FILE__, __LINE__);
            if (series.complete) {
                ++state.completeSeries;
                const auto expected = m_slicesBySeries.find(series.seriesInstanceUid);
                if (expected == m_slicesBySeries.end() || expected->second != rows)
                    QTest::qFail(qPrintable(QStringLiteral("series %1 shown complete with %2 of its instances").arg(series.seriesInstanceUid).arg(rows)),
                                 __FILE__, __LINE__);
            } else {
                ++state.incompleteSeries;
                ++incomplete;
            }
            seriesInstances += rows;
        }
        if (study.instanceCount != seriesInstances || study.incompleteSeriesCount != incomplete)
            QTest::qFail(qPrintable(QStringLiteral("study %1 counts disagree with its series").arg(study.studyInstanceUid)), __FILE__, __LINE__);
        state.instances += seriesInstances;
    }
    const qint64 rows = scalar(dbPath, QStringLiteral("SELECT COUNT(*) FROM instances"));
    if (rows != state.instances)
        QTest::qFail(qPrintable(QStringLiteral("%1 instance rows, %2 reachable from the studies").arg(rows).arg(state.instances)), __FILE__, __LINE__);
    return state;
}

void CatalogKillTest::survivesKillsAtManyPoints()
{
    constexpr int kKills = 24;
    int landedMidImport = 0;   // the import had started and not finished
    int partialRows = 0;       // and some instances were committed
    for (int i = 0; i < kKills; ++i) {
        const QString db = m_dir.filePath(QStringLiteral("kill%1.sqlite").arg(i));
        std::unique_ptr<QProcess> importer(startImport(m_source, db));
        QVERIFY(importer->waitForStarted(60000));
        // Spread from the start of the import work to its very end (finishing the import log).
        QVERIFY(waitForImportStart(db, *importer));
        const qint64 delayMs = m_fullImportMs * (2 * i + 1) / (2 * kKills);
        QTest::qSleep(static_cast<int>(delayMs));
        importer->kill();   // SIGKILL
        QVERIFY(importer->waitForFinished(60000));

        const CatalogState after = verify(db);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after kill %1 at %2 ms").arg(i).arg(delayMs)));
        if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM import_log WHERE finished_at IS NULL")) == 1)
            ++landedMidImport;
        if (after.instances > 0 && after.instances < kSeries * kSlicesPerSeries)
            ++partialRows;
        // Everything is there after the next import, and complete.
        QCOMPARE(runImport(m_source, db), 0);
        const CatalogState completed = verify(db);
        QCOMPARE(completed.instances, kSeries * kSlicesPerSeries);
        QCOMPARE(completed.completeSeries, kSeries);
        QCOMPARE(completed.incompleteSeries, 0);
        QFile::remove(db);
    }
    qInfo("%d of %d kills landed inside the import, %d with some instances committed", landedMidImport, kKills, partialRows);
    // The kills are spread over the measured import time: most must hit the import itself.
    QVERIFY2(landedMidImport >= kKills / 3, "the kills did not hit the import: the test would prove nothing");
}

void CatalogKillTest::survivesRepeatedKillsOnOneCatalog()
{
    // Kill after kill on the same file, each import picking up where the last one died.
    const QString db = m_dir.filePath(QStringLiteral("repeated.sqlite"));
    int previous = 0;
    for (int i = 0; i < 6; ++i) {
        const int earlierImports = QFileInfo::exists(db) ? static_cast<int>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM import_log"))) : 0;
        std::unique_ptr<QProcess> importer(startImport(m_source, db));
        QVERIFY(importer->waitForStarted(60000));
        if (!waitForImportStart(db, *importer, earlierImports))
            break;   // this run found everything already imported and ended: nothing left to kill
        QTest::qSleep(static_cast<int>(m_fullImportMs * 0.3));
        importer->kill();
        QVERIFY(importer->waitForFinished(60000));
        const CatalogState after = verify(db);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(after.instances >= previous);   // nothing committed is lost
        previous = after.instances;
    }
    QCOMPARE(runImport(m_source, db), 0);
    const CatalogState completed = verify(db);
    QCOMPARE(completed.instances, kSeries * kSlicesPerSeries);
    QCOMPARE(completed.completeSeries, kSeries);
}

QTEST_GUILESS_MAIN(CatalogKillTest)
#include "CatalogKillTest.moc"
