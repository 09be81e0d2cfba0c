#include "catalog/Catalog.h"
#include "catalog/CatalogChangeListener.h"
#include "catalog/CatalogDatabase.h"
#include "catalog/CatalogLocation.h"
#include "catalog/CatalogSchema.h"
#include "catalog/NameFolding.h"

#include "CatalogTestBackend.h"
#include "TestData.h"

#include "dicom/HeaderReader.h"

#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QSignalSpy>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <map>
#include <thread>
#include <sys/stat.h>

using namespace continuum::catalog;

namespace {

int modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

continuum::testing::CatalogTestBackend& backend()
{
    return continuum::testing::CatalogTestBackend::instance();
}

// Runs one SQL statement on a fresh connection of our own (independent of the Catalog's).
QVariant scalar(const QString& dbPath, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase db = backend().connect(dbPath, QStringLiteral("test_probe"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test_probe"));
    return value;
}

bool execOn(const QString& dbPath, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = backend().connect(dbPath, QStringLiteral("test_exec"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test_exec"));
    return ok;
}

std::vector<QString> namesMatching(Catalog& catalog, const QString& text)
{
    StudyFilter filter;
    filter.text = text;
    std::vector<QString> names;
    for (const StudyRow& row : catalog.studies(filter))
        names.push_back(row.patientName);
    return names;
}

bool containsName(const std::vector<QString>& names, const QString& name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

class CatalogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void foldsNamesForSearch();
    void createsPrivateFilesAndSchema();
    void importsTheSharedSet();
    void reimportAddsNothing();
    void findsNamesInEveryCharset();
    void reportsMalformedFiles();
    void filtersByDateModalityAndSorts();
    void keepsGeometryAndLocations();
    void flagsConflictingSopInstance();
    void refusesNewerSchema();
    void cancelStopsBetweenBatches();
    void showsSeriesIncompleteUntilTheImportFinishes();
    void findsMissingFiles();
    void copiesIntoTheManagedStore();
    void movesReceivedFilesIntoTheStore();
    void importsDicomdirMedia();
    void upgradesAVersionOneCatalog();
    void keepsReadingStatus();
    void upgradesAVersionTwoCatalog();
    void failedMigrationLeavesVersionTwo();
    void refusesAStaleReadingStatus();
    void keepsAUsersPriorityOverTheWorklist();
    void savesAnnotationsOptimistically();
    void answersFromAnotherThread();
    void parsesCatalogLocations();
    void keepsFileLocationsPerWorkstation();
    void tellsListenersOfChanges();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    Catalog m_catalog;
    ImportResult m_first;
};

void CatalogTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("MANIFEST.md"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(backend().error().isEmpty(), qPrintable(backend().error()));
    // A shared catalog's managed store is local application data: kept inside this test's folder.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    m_dbPath = backend().newLocation(m_dir, QStringLiteral("user/data/catalog.sqlite"));
    const auto error = m_catalog.open(m_dbPath, QStringLiteral("test-workstation"));
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    int lastDone = -1, lastTotal = -1, calls = 0;
    ImportOptions options;
    options.instancesPerTransaction = 100;   // several batches over the ~380 files
    m_first = m_catalog.importFiles({continuum::testing::sharedDicomRoot()}, options, [&](int done, int total) {
        QVERIFY(done > lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    });
    QVERIFY2(!m_first.failure, m_first.failure ? qPrintable(*m_first.failure) : "");
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(calls >= 3);
}

void CatalogTest::foldsNamesForSearch()
{
    QCOMPARE(NameFolding::fold(QStringLiteral("Buc^Jérôme")), QStringLiteral("buc^jerome"));
    QCOMPARE(NameFolding::fold(QStringLiteral("ΔΙΟΝΥΣΙΟΣ")), NameFolding::fold(QStringLiteral("Διονυσιος")));
    QCOMPARE(NameFolding::fold(QStringLiteral("Äneas")), QStringLiteral("aneas"));
    const QStringList groups = NameFolding::foldedGroups(QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0], QStringLiteral("yamada tarou"));
    QCOMPARE(groups[1], QStringLiteral("山田 太郎"));
}

void CatalogTest::createsPrivateFilesAndSchema()
{
    if (backend().isPostgreSQL()) {
        // The same schema on the server, in a UTF-8 database; the URL shown carries no password.
        QCOMPARE(m_catalog.schemaVersion(), CatalogSchema::latestVersion());
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), CatalogSchema::latestVersion());
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SHOW server_encoding")).toString(), QStringLiteral("UTF8"));
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'studies' "
                                                 "AND column_name = 'id'")).toString(),
                 QStringLiteral("bigint"));
        QVERIFY(m_catalog.isShared());
        QVERIFY(!m_catalog.databasePath().contains(backend().server()->password()));
        QCOMPARE(m_catalog.integrityCheck(), QStringLiteral("ok"));
        return;
    }
    QVERIFY(!m_catalog.isShared());
    QCOMPARE(modeOf(m_dbPath), 0600);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("user/data"))), 0700);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("user"))), 0700);
    QCOMPARE(m_catalog.schemaVersion(), CatalogSchema::latestVersion());
    QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), CatalogSchema::latestVersion());
    QCOMPARE(scalar(m_dbPath, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(m_catalog.integrityCheck(), QStringLiteral("ok"));
    // WAL side files carry the database file's mode.
    const QString wal = m_dbPath + QStringLiteral("-wal");
    if (QFile::exists(wal))
        QCOMPARE(modeOf(wal), 0600);
}

// Expected numbers were counted independently of our reader: `dcmdump -q -E +Ep` on every file
// of shared/dicom (top-level (0008,0060), (0020,000D), (0020,000E), (0008,0018) or meta
// (0002,0003)), keeping files with study, series and SOP instance UIDs, dropping the one image
// without Rows (dwv-test_no-number-rows.dcm), counting each SOP Instance UID once (first path in
// sorted order), grouped by modality and by study (awk over the dump).
void CatalogTest::importsTheSharedSet()
{
    // 383 files: 340 distinct instances; 9 more files repeat an instance with the same content
    // (CT1 explicit LE/BE/implicit, CT0012 x3, MR_small x3, emri x2, chrFren x2, ExplVR x2);
    // rtdose.dcm reuses badVR.dcm's SOP Instance UID with other content (a conflict).
    QCOMPARE(m_first.filesSeen, 383);
    QCOMPARE(m_first.newInstances, 340);
    QCOMPARE(m_first.alreadyPresent, 9);
    QCOMPARE(m_first.conflicts, 1);
    // skipped: MANIFEST.md, 12 worklist .dump files, no_meta.dcm (no preamble, unparsable) and
    // 7 DICOMDIRs that parse (DICOMDIR-nooffset crashes the toolkit: refused).
    QCOMPARE(m_first.skipped, 21);
    QCOMPARE(m_first.refused, 12);
    QCOMPARE(static_cast<int>(m_first.problems.size()), m_first.conflicts + m_first.refused + m_first.skipped);
    QVERIFY(!m_first.cancelled);

    const std::map<QString, int> expectedPerModality{
        {"CR", 4}, {"CT", 142}, {"ECG", 1}, {"MR", 154}, {"NM", 1}, {"OT", 19}, {"PR", 1}, {"PT", 3},
        {"RTDOSE", 1}, {"RTPLAN", 2}, {"RTSTRUCT", 1}, {"SEG", 1}, {"SR", 3}, {"US", 6}, {"XA", 1}};
    const std::map<QString, int> expectedPerStudy{
        {"05fa52f0e599f17b8186ff18fcdf2b5570a52206a75c4d03afebf5c475dc8758", 1},
        {"072495.0449", 1},
        {"1.2.124.113532.10.122.1.203.20051130.122937.2950157", 1},
        {"1.2.276.0.7230010.3.1.2.1787205428.166.1117461927.5", 1},
        {"1.2.276.0.7230010.3.1.2.2344313775.14992.1458058363.6979", 1},
        {"1.2.276.0.7230010.3.1.4.2139363186.7819.982086466.2", 1},
        {"1.2.276.0.7230010.3.200.1", 1},
        {"1.2.276.0.7230010.3.200.2", 1},
        {"1.2.3", 1},
        {"1.2.333.4444.5.6.7.8.9", 1},
        {"1.2.392.200036.9123.100.11.15002200303521616157144527203339851", 1},
        {"1.2.392.200036.9125.0.199302241758.16", 1},
        {"1.2.392.200039.102.3.1096.11.20020524.111958", 1},
        {"1.2.392.200103.20080913.113635.0.2009.6.22.21.43.10.22941.1", 4},
        {"1.2.826.0.1.3680043.2.1143.3365540476747857567072393009509418480", 1},
        {"1.2.826.0.1.3680043.2.1143.536994375713558855009808807549617714", 1},
        {"1.2.826.0.1.3680043.2.15698796759233767756630698199", 1},
        {"1.2.826.0.1.3680043.8.498.12406831542731051035295345080039845114", 3},
        {"1.2.826.0.1.3680043.8.498.2010020400001.1", 1},
        {"1.2.826.0.1.3680043.8.498.64108189007039777171766333999874882472", 50},
        {"1.2.840.113619.6.44.278690555559257603308263179064563144783", 130},
        {"1.2.840.113857.1626.160635.1727.151815", 1},
        {"1.2.999.999.99.9.9999.8888", 1},
        {"1.2.999999.9.1.4.2", 1},
        {"1.22.333.4.555555.6.7777777777777777777777777777", 1},
        {"1.3.12.2.1107.5.2.50.175689.30000018101921014779100000133", 1},
        {"1.3.12.2.1107.5.4.3.123456789012345.19950922.121803.6", 1},
        {"1.3.46.670589.11.17240.5.0.13036.2018052615024545000", 1},
        {"1.3.6.1.4.1.14519.5.2.1.2744.7002.271803936741289691489150315969", 1},
        {"1.3.6.1.4.1.14519.5.2.1.6655.2359.165554066086145834377508507990", 64},
        {"1.3.6.1.4.1.14519.5.2.1.7009.2401.219951169878334856059814306522", 1},
        {"1.3.6.1.4.1.14519.5.2.1.7009.2401.541147157881199293470020980360", 1},
        {"1.3.6.1.4.1.25403.166563008443.732.20120418082458.1", 2},
        {"1.3.6.1.4.1.5962.1.1.0.0.0.1194734704.16302.0.1", 7},
        {"1.3.6.1.4.1.5962.1.1.0.0.0.1196527414.5534.0.1", 3},
        {"1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.1", 4},
        {"1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1", 11},
        {"1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.133", 4},
        {"1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.427", 2},
        {"1.3.6.1.4.1.5962.1.2.0.1175775771.5702.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775771.5708.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775771.5711.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775771.5714.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775772.5717.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775772.5720.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775772.5723.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775772.5726.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775772.5729.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.1175775772.5732.0", 1},
        {"1.3.6.1.4.1.5962.1.2.0.977067310.6001.0", 1},
        {"1.3.6.1.4.1.5962.1.2.1.20031208063649.855", 1},
        {"1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", 2},
        {"1.3.6.1.4.1.5962.1.2.1.20040826185059.5457", 6},
        {"1.3.6.1.4.1.5962.1.2.10.1166562673.14401", 1},
        {"1.3.6.1.4.1.5962.1.2.4.20040826185059.5457", 2},
        {"1.3.6.1.4.1.5962.1.2.8.20040826185059.5457", 1},
        {"1.3.76.13.65829.2.20130125082826.1072139.2", 1},
        {"1.400.20.81.610.201704042745", 1},
        {"2.3.4", 1},
        {"999.999.2.19960619.163000", 1},
        {"999.999.3859744", 1},
    };
    std::map<QString, int> perModality;
    std::map<QString, int> perStudy;
    const std::vector<StudyRow> studies = m_catalog.studies();
    for (const StudyRow& study : studies) {
        int inSeries = 0;
        for (const SeriesRow& series : m_catalog.seriesOfStudy(study.id)) {
            perModality[series.modality] += series.instanceCount;
            inSeries += series.instanceCount;
        }
        QCOMPARE(inSeries, study.instanceCount);
        perStudy[study.studyInstanceUid] = study.instanceCount;
    }
    QCOMPARE(perModality, expectedPerModality);
    QCOMPARE(static_cast<int>(studies.size()), 61);
    QCOMPARE(perStudy, expectedPerStudy);
    QCOMPARE(m_catalog.integrityCheck(), QStringLiteral("ok"));
}

void CatalogTest::reimportAddsNothing()
{
    const int studiesBefore = static_cast<int>(m_catalog.studies().size());
    const ImportResult again = m_catalog.importFiles({continuum::testing::sharedDicomRoot()});
    QVERIFY(!again.failure);
    QCOMPARE(again.filesSeen, 383);
    QCOMPARE(again.newInstances, 0);
    QCOMPARE(again.alreadyPresent, 349);
    QCOMPARE(again.conflicts, 1);   // rtdose.dcm still disagrees with badVR.dcm
    QCOMPARE(static_cast<int>(m_catalog.studies().size()), studiesBefore);
    QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM instances")).toInt(), 340);
    // One location per catalogued file (340 + 9); the conflicting rtdose.dcm is not one.
    QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM file_locations")).toInt(), 349);
    QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM import_log WHERE finished_at IS NOT NULL")).toInt(), 2);
    QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT new_instances FROM import_log WHERE id = %1").arg(again.importId)).toInt(), 0);
}

void CatalogTest::findsNamesInEveryCharset()
{
    const QString french = QStringLiteral("Buc^Jérôme");
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("jerome")), french));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("JÉRÔME")), french));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("buc jérôme")), french));
    const QString german = QStringLiteral("Äneas^Rüdiger");
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("rudiger")), german));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("ANEAS")), german));
    const QString greek = QStringLiteral("Διονυσιος");
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("ΔΙΟΝΥΣΙΟΣ")), greek));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("διονυσιος")), greek));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("Διονύσιος")), greek));   // with tonos
    const QString japanese = QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("山田")), japanese));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("やまだ")), japanese));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("YAMADA")), japanese));
    const QString korean = QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동");
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("길동")), korean));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("吉洞")), korean));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("小东")), QStringLiteral("Wang^XiaoDong=王^小东=")));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("小東")), QStringLiteral("Wang^XiaoDong=王^小東=")));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("ЛЮК")), QStringLiteral("Люкceмбypг")));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("لنزار")), QStringLiteral("قباني^لنزار")));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("דבורה")), QStringLiteral("שרון^דבורה")));
    QVERIFY(containsName(namesMatching(m_catalog, QStringLiteral("testowy")), QStringLiteral("Testowy^Teste")));
    // Only the intended patient, not everything.
    QCOMPARE(namesMatching(m_catalog, QStringLiteral("jerome")).size(), std::size_t(1));
    QVERIFY(namesMatching(m_catalog, QStringLiteral("zzqqxx")).empty());
    // Patient ID matches too: TEST_1 has two studies (2010 and 2015).
    StudyFilter byId;
    byId.text = QStringLiteral("test_1");
    byId.descending = false;
    const auto timepoints = m_catalog.studies(byId);
    QCOMPARE(timepoints.size(), std::size_t(2));
    QCOMPARE(timepoints[0].studyDate, QDate(2010, 6, 30));
    QCOMPARE(timepoints[1].studyDate, QDate(2015, 1, 1));
}

void CatalogTest::reportsMalformedFiles()
{
    std::map<QString, ImportProblem> byFile;
    for (const ImportProblem& problem : m_catalog.problemsOfImport(m_first.importId))
        byFile[QDir(continuum::testing::sharedDicomRoot()).relativeFilePath(problem.path)] = problem;
    QCOMPARE(static_cast<int>(byFile.size()), 34);   // 12 refused + 21 skipped + 1 conflict
    for (const auto& [name, problem] : byFile)
        QVERIFY2(!problem.reason.isEmpty(), qPrintable(name));
    for (const char* name : {"malformed/UN_sequence.dcm", "malformed/dwv-test_no-number-rows.dcm", "malformed/empty_charset_LEI.dcm",
                             "malformed/meta_missing_tsyntax.dcm", "malformed/no_meta_group_length.dcm", "malformed/rtplan_truncated.dcm",
                             "nonimage/dicomdir/DICOMDIR-nooffset"}) {
        QVERIFY2(byFile.count(QString::fromLatin1(name)), name);
        QCOMPARE(byFile[QString::fromLatin1(name)].kind, ImportProblem::Kind::Refused);
    }
    QVERIFY(byFile[QStringLiteral("malformed/dwv-test_no-number-rows.dcm")].reason.contains(QStringLiteral("Rows")));
    QVERIFY(byFile[QStringLiteral("malformed/UN_sequence.dcm")].reason.contains(QStringLiteral("StudyInstanceUID")));
    QCOMPARE(byFile[QStringLiteral("malformed/no_meta.dcm")].kind, ImportProblem::Kind::Skipped);
    QCOMPARE(byFile[QStringLiteral("MANIFEST.md")].kind, ImportProblem::Kind::Skipped);
    QCOMPARE(byFile[QStringLiteral("nonimage/dicomdir/DICOMDIR")].kind, ImportProblem::Kind::Skipped);
    QCOMPARE(byFile[QStringLiteral("nonimage/rt/rtdose.dcm")].kind, ImportProblem::Kind::Conflict);
    QCOMPARE(byFile[QStringLiteral("nonimage/rt/rtdose.dcm")].sopInstanceUid, QStringLiteral("1.9.999.999.99.9.9999.9999.20030818153516"));
}

void CatalogTest::filtersByDateModalityAndSorts()
{
    StudyFilter range;
    range.from = QDate(2010, 1, 1);
    range.to = QDate(2015, 12, 31);
    const auto inRange = m_catalog.studies(range);
    QCOMPARE(inRange.size(), std::size_t(8));   // dcmdump (0008,0020) of all files: 8 studies
    for (std::size_t i = 0; i < inRange.size(); ++i) {
        QVERIFY(inRange[i].studyDate >= range.from && inRange[i].studyDate <= range.to);
        if (i > 0)
            QVERIFY(inRange[i - 1].studyDate >= inRange[i].studyDate);   // newest first
    }
    QCOMPARE(inRange.front().studyDate, QDate(2015, 5, 15));

    StudyFilter pet;
    pet.modality = QStringLiteral("PT");
    QCOMPARE(m_catalog.studies(pet).size(), std::size_t(3));
    StudyFilter cr;
    cr.modality = QStringLiteral("CR");
    QCOMPARE(m_catalog.studies(cr).size(), std::size_t(2));

    StudyFilter all;
    const auto newestFirst = m_catalog.studies(all);
    QVERIFY(newestFirst.front().studyDate.isValid());
    QVERIFY(!newestFirst.back().studyDate.isValid());   // unknown dates last
    StudyFilter byName;
    byName.sortKey = StudySortKey::PatientName;
    byName.descending = false;
    byName.limit = 5;
    byName.offset = 2;
    const auto page = m_catalog.studies(byName);
    QCOMPARE(page.size(), std::size_t(5));
    for (std::size_t i = 1; i < page.size(); ++i)
        QVERIFY(NameFolding::foldedGroups(page[i - 1].patientName).join('=') <= NameFolding::foldedGroups(page[i].patientName).join('='));
}

void CatalogTest::keepsGeometryAndLocations()
{
    StudyFilter lung;
    lung.text = QStringLiteral("Lung_Dx-A0001");
    const auto studies = m_catalog.studies(lung);
    QCOMPARE(studies.size(), std::size_t(1));
    const auto series = m_catalog.seriesOfStudy(studies.front().id);
    QCOMPARE(series.size(), std::size_t(1));
    QCOMPARE(series.front().modality, QStringLiteral("CT"));
    const auto instances = m_catalog.instancesOfSeries(series.front().id);
    QCOMPARE(instances.size(), std::size_t(64));
    std::vector<double> z;
    for (const InstanceRow& instance : instances) {
        QCOMPARE(instance.rows, 512);
        QCOMPARE(instance.columns, 512);
        QCOMPARE(instance.numberOfFrames, 1);
        QVERIFY(instance.imagePosition && instance.imageOrientation);
        QCOMPARE((*instance.imageOrientation)[0], 1.0);
        QCOMPARE((*instance.imageOrientation)[4], 1.0);
        QVERIFY(instance.pixelSpacingRow > 0.5 && instance.pixelSpacingRow < 1.0);
        QCOMPARE(instance.pixelSpacingKind, 1);   // SpacingKind::Patient
        QVERIFY(instance.sliceThickness.has_value());
        QCOMPARE(instance.paths.size(), std::size_t(1));
        QVERIFY(instance.paths.front().contains(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/")));
        z.push_back((*instance.imagePosition)[2]);
    }
    std::sort(z.begin(), z.end());
    for (std::size_t i = 1; i < z.size(); ++i)
        QVERIFY(std::abs(z[i] - z[i - 1] - 5.0) < 1e-3);   // 5 mm contiguous (MANIFEST)

    // One SOP instance stored three times (explicit LE, explicit BE, implicit LE): three locations.
    StudyFilter ct1;
    ct1.text = QStringLiteral("CompressedSamples^CT1");
    bool found = false;
    for (const StudyRow& study : m_catalog.studies(ct1))
        for (const SeriesRow& s : m_catalog.seriesOfStudy(study.id))
            for (const InstanceRow& instance : m_catalog.instancesOfSeries(s.id))
                if (instance.sopInstanceUid == QStringLiteral("1.3.6.1.4.1.5962.1.1.1.1.1.20040826185059.5457")) {
                    found = true;
                    QCOMPARE(instance.paths.size(), std::size_t(3));
                }
    QVERIFY(found);
}

void CatalogTest::flagsConflictingSopInstance()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("charsets/chrGerm.dcm"));
    QTemporaryDir fixtures;
    QVERIFY(fixtures.isValid());
    const QString derived = fixtures.filePath(QStringLiteral("chrGerm_other_series.dcm"));
    // Same SOP Instance UID, another SeriesInstanceUID.
    QProcess gdcmanon;
    gdcmanon.start(QStringLiteral("gdcmanon"), {QStringLiteral("--dumb"), QStringLiteral("--replace"), QStringLiteral("0020,000e=1.2.826.0.1.3680043.99.1.2.3"),
                                                continuum::testing::sharedDicomPath(QStringLiteral("charsets/chrGerm.dcm")), derived});
    QVERIFY(gdcmanon.waitForFinished(30000));
    QCOMPARE(gdcmanon.exitCode(), 0);
    QVERIFY(QFileInfo::exists(derived));

    StudyFilter german;
    german.text = QStringLiteral("rudiger");
    const auto before = m_catalog.studies(german);
    QCOMPARE(before.size(), std::size_t(1));
    const auto seriesBefore = m_catalog.seriesOfStudy(before.front().id);
    QCOMPARE(seriesBefore.size(), std::size_t(1));

    const ImportResult result = m_catalog.importFiles({fixtures.path()});
    QVERIFY(!result.failure);
    QCOMPARE(result.newInstances, 0);
    QCOMPARE(result.conflicts, 1);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems.front().kind, ImportProblem::Kind::Conflict);
    QVERIFY(result.problems.front().reason.contains(QStringLiteral("1.2.826.0.1.3680043.99.1.2.3")));
    QCOMPARE(m_catalog.problemsOfImport(result.importId).size(), std::size_t(1));

    // The catalogued instance is untouched: same series, only the original path.
    const auto seriesAfter = m_catalog.seriesOfStudy(before.front().id);
    QCOMPARE(seriesAfter.size(), std::size_t(1));
    QCOMPARE(seriesAfter.front().seriesInstanceUid, seriesBefore.front().seriesInstanceUid);
    const auto instances = m_catalog.instancesOfSeries(seriesAfter.front().id);
    QCOMPARE(instances.size(), std::size_t(1));
    QCOMPARE(instances.front().paths.size(), std::size_t(1));
    QVERIFY(instances.front().paths.front().endsWith(QStringLiteral("charsets/chrGerm.dcm")));
    QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM series WHERE series_uid = '1.2.826.0.1.3680043.99.1.2.3'")).toInt(), 0);
}

void CatalogTest::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = backend().newLocation(dir, QStringLiteral("newer.sqlite"));
    {
        Catalog catalog;
        QVERIFY(!catalog.open(path, QStringLiteral("w")));
        QCOMPARE(catalog.schemaVersion(), CatalogSchema::latestVersion());
    }
    QVERIFY(execOn(path, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 0)").arg(CatalogSchema::latestVersion() + 1)));
    Catalog newer;
    const auto error = newer.open(path, QStringLiteral("w"));
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("newer")), qPrintable(*error));
    QVERIFY(!newer.isOpen());
    // Reopening an up-to-date catalog applies nothing twice.
    QTemporaryDir dir2;
    const QString current = backend().newLocation(dir2, QStringLiteral("c.sqlite"));
    { Catalog c; QVERIFY(!c.open(current, QStringLiteral("w"))); }
    { Catalog c; QVERIFY(!c.open(current, QStringLiteral("w"))); }
    QCOMPARE(scalar(current, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), CatalogSchema::latestVersion());
}

void CatalogTest::cancelStopsBetweenBatches()
{
    QTemporaryDir dir;
    Catalog catalog;
    QVERIFY(!catalog.open(backend().newLocation(dir, QStringLiteral("cancel.sqlite")), QStringLiteral("w")));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.instancesPerTransaction = 50;
    const ImportResult partial = catalog.importFiles({continuum::testing::sharedDicomRoot()}, options,
                                                     [&](int, int) { cancel = true; }, &cancel);
    QVERIFY(partial.cancelled);
    QCOMPARE(partial.filesSeen, 50);
    QVERIFY(partial.newInstances > 0);
    const ImportResult rest = catalog.importFiles({continuum::testing::sharedDicomRoot()}, options);
    QVERIFY(!rest.cancelled);
    QCOMPARE(partial.newInstances + rest.newInstances, 340);
    QCOMPARE(catalog.integrityCheck(), QStringLiteral("ok"));
}

void CatalogTest::showsSeriesIncompleteUntilTheImportFinishes()
{
    QTemporaryDir dir;
    Catalog catalog;
    QVERIFY(!catalog.open(backend().newLocation(dir, QStringLiteral("complete.sqlite")), QStringLiteral("w")));
    const QString ctFolder = continuum::testing::sharedDicomPath(QStringLiteral("ct-series"));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.instancesPerTransaction = 20;
    // Cancelled after 20 of the 64 slices: the series exists but is not complete.
    const ImportResult partial = catalog.importFiles({ctFolder}, options, [&](int, int) { cancel = true; }, &cancel);
    QVERIFY(partial.cancelled);
    QCOMPARE(partial.newInstances, 20);
    auto studies = catalog.studies();
    QCOMPARE(studies.size(), std::size_t(1));
    QCOMPARE(studies.front().incompleteSeriesCount, 1);
    QCOMPARE(studies.front().instanceCount, 20);
    auto series = catalog.seriesOfStudy(studies.front().id);
    QCOMPARE(series.size(), std::size_t(1));
    QVERIFY(!series.front().complete);
    QCOMPARE(series.front().instanceCount, 20);

    const ImportResult rest = catalog.importFiles({ctFolder}, options);
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.newInstances, 44);
    QCOMPARE(rest.alreadyPresent, 20);
    studies = catalog.studies();
    QCOMPARE(studies.front().incompleteSeriesCount, 0);
    QCOMPARE(studies.front().instanceCount, 64);
    QCOMPARE(studies.front().seriesCount, 1);
    QCOMPARE(studies.front().modalities, QStringLiteral("CT"));
    series = catalog.seriesOfStudy(studies.front().id);
    QVERIFY(series.front().complete);
    QCOMPARE(series.front().instanceCount, 64);

    // Importing the same files again keeps the series complete; a cancelled import that adds
    // nothing new does not make it incomplete either.
    cancel = false;
    const ImportResult again = catalog.importFiles({ctFolder}, options, [&](int, int) { cancel = true; }, &cancel);
    QVERIFY(again.cancelled);
    QCOMPARE(catalog.studies().front().incompleteSeriesCount, 0);
}

void CatalogTest::findsMissingFiles()
{
    QTemporaryDir dir;
    const QString source = continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    const QString copyDir = dir.filePath(QStringLiteral("ct"));
    QVERIFY(QDir().mkpath(copyDir));
    for (const QString& name : QDir(source).entryList(QDir::Files))
        QVERIFY(QFile::copy(source + QLatin1Char('/') + name, copyDir + QLatin1Char('/') + name));
    Catalog catalog;
    QVERIFY(!catalog.open(backend().newLocation(dir, QStringLiteral("missing.sqlite")), QStringLiteral("w")));
    QCOMPARE(catalog.importFiles({copyDir}).newInstances, 64);
    const qint64 studyId = catalog.studies().front().id;

    // Two files disappear (a USB stick taken away, a folder cleaned up).
    QVERIFY(QFile::remove(copyDir + QStringLiteral("/1-10.dcm")));
    QVERIFY(QFile::remove(copyDir + QStringLiteral("/1-11.dcm")));
    FileCheckResult check = catalog.checkFiles(studyId);
    QVERIFY(!check.failure);
    QCOMPARE(check.checked, 64);
    QCOMPARE(check.missing, 2);
    const auto series = catalog.seriesOfStudy(studyId);
    QCOMPARE(series.front().missingFileCount, 2);
    int missingInstances = 0;
    for (const InstanceRow& instance : catalog.instancesOfSeries(series.front().id)) {
        if (instance.missing) {
            ++missingInstances;
            QVERIFY(instance.paths.front().endsWith(QStringLiteral("/1-10.dcm")) || instance.paths.front().endsWith(QStringLiteral("/1-11.dcm")));
        }
    }
    QCOMPARE(missingInstances, 2);

    // One comes back: the check notices.
    QVERIFY(QFile::copy(source + QStringLiteral("/1-10.dcm"), copyDir + QStringLiteral("/1-10.dcm")));
    check = catalog.checkFiles();
    QCOMPARE(check.missing, 1);
    QCOMPARE(check.reappeared, 1);
    QCOMPARE(catalog.seriesOfStudy(studyId).front().missingFileCount, 1);
}

void CatalogTest::copiesIntoTheManagedStore()
{
    QTemporaryDir dir;
    Catalog catalog;
    QVERIFY(!catalog.open(backend().newLocation(dir, QStringLiteral("data/store-test.sqlite")), QStringLiteral("w")));
    // Beside an SQLite file; a shared catalog's store is local application data.
    QCOMPARE(catalog.defaultStoreFolder(),
             backend().isPostgreSQL() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/store")
                                      : dir.filePath(QStringLiteral("data/store")));
    const QString source = continuum::testing::sharedDicomPath(QStringLiteral("mr-series"));
    ImportOptions options;
    options.mode = ImportMode::CopyToStore;
    const ImportResult copied = catalog.importFiles({source}, options);
    QVERIFY2(!copied.failure, copied.failure ? qPrintable(*copied.failure) : "");
    QVERIFY(copied.newInstances > 0);
    QCOMPARE(modeOf(catalog.defaultStoreFolder()), 0700);

    int checked = 0;
    for (const StudyRow& study : catalog.studies())
        for (const SeriesRow& series : catalog.seriesOfStudy(study.id))
            for (const InstanceRow& instance : catalog.instancesOfSeries(series.id)) {
                QCOMPARE(instance.paths.size(), std::size_t(1));
                const QString stored = instance.paths.front();
                QVERIFY2(stored.startsWith(catalog.defaultStoreFolder() + QLatin1Char('/')), qPrintable(stored));
                QVERIFY(stored.endsWith(instance.sopInstanceUid + QStringLiteral(".dcm")));
                QCOMPARE(modeOf(stored), 0600);
                QCOMPARE(modeOf(QFileInfo(stored).path()), 0700);
                ++checked;
            }
    QCOMPARE(checked, copied.newInstances);
    // Every copy holds the bytes of a source file.
    QSet<QByteArray> sourceBytes;
    QDirIterator sources(source, QDir::Files, QDirIterator::Subdirectories);
    while (sources.hasNext())
        if (QFile file(sources.next()); file.open(QIODevice::ReadOnly))
            sourceBytes.insert(file.readAll());
    QDirIterator it(catalog.defaultStoreFolder(), QDir::Files, QDirIterator::Subdirectories);
    int storeFiles = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(sourceBytes.contains(file.readAll()), qPrintable(file.fileName()));
        ++storeFiles;
    }
    QCOMPARE(storeFiles, copied.newInstances);

    // Copying again adds neither instances nor files.
    const ImportResult again = catalog.importFiles({source}, options);
    QCOMPARE(again.newInstances, 0);
    QCOMPARE(again.alreadyPresent, copied.newInstances + copied.alreadyPresent);
    QDirIterator recount(catalog.defaultStoreFolder(), QDir::Files, QDirIterator::Subdirectories);
    int afterwards = 0;
    while (recount.hasNext()) {
        recount.next();
        ++afterwards;
    }
    QCOMPARE(afterwards, storeFiles);
}

void CatalogTest::movesReceivedFilesIntoTheStore()
{
    // Files a retrieve staged inside the store are moved, not copied; a second delivery of the
    // same instance is dropped as a duplicate.
    QTemporaryDir dir;
    Catalog catalog;
    QVERIFY(!catalog.open(backend().newLocation(dir, QStringLiteral("move.sqlite")), QStringLiteral("w")));
    const QString staging = catalog.defaultStoreFolder() + QStringLiteral("/incoming");
    QVERIFY(QDir().mkpath(staging));
    const QString source = continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-01.dcm"));
    QVERIFY(QFile::copy(source, staging + QStringLiteral("/a.dcm")));
    ImportOptions options;
    options.mode = ImportMode::MoveToStore;
    const ImportResult first = catalog.importFiles({staging}, options);
    QCOMPARE(first.newInstances, 1);
    QVERIFY(!QFile::exists(staging + QStringLiteral("/a.dcm")));
    const auto series = catalog.seriesOfStudy(catalog.studies().front().id);
    const QString stored = catalog.instancesOfSeries(series.front().id).front().paths.front();
    QVERIFY(stored.startsWith(catalog.defaultStoreFolder()));
    QCOMPARE(modeOf(stored), 0600);
    QVERIFY(QFile::copy(source, staging + QStringLiteral("/b.dcm")));
    const ImportResult again = catalog.importFiles({staging}, options);
    QCOMPARE(again.alreadyPresent, 1);
    QVERIFY(!QFile::exists(staging + QStringLiteral("/b.dcm")));
    QVERIFY(QFile::exists(stored));
}

void CatalogTest::importsDicomdirMedia()
{
    // Given only the DICOMDIR, the import finds the 31 files it lists (pydicom's dicomdirtests).
    QTemporaryDir dir;
    Catalog catalog;
    QVERIFY(!catalog.open(backend().newLocation(dir, QStringLiteral("media.sqlite")), QStringLiteral("w")));
    const ImportResult media = catalog.importFiles({continuum::testing::sharedDicomPath(QStringLiteral("nonimage/dicomdir/DICOMDIR"))});
    QVERIFY(!media.failure);
    QCOMPARE(media.filesSeen, 32);
    QCOMPARE(media.newInstances, 31);
    QCOMPARE(media.skipped, 1);   // the DICOMDIR itself
    QCOMPARE(media.refused, 0);
    QVERIFY(media.problems.front().reason.contains(QStringLiteral("31 files")));
    int instances = 0;
    QSet<QString> modalities;
    for (const StudyRow& study : catalog.studies()) {
        instances += study.instanceCount;
        for (const QString& modality : study.modalities.split(QLatin1Char('\\')))
            modalities.insert(modality);
    }
    QCOMPARE(instances, 31);
    QCOMPARE(modalities, (QSet<QString>{QStringLiteral("CR"), QStringLiteral("CT"), QStringLiteral("MR")}));
}

void CatalogTest::upgradesAVersionOneCatalog()
{
    // A catalog written by schema version 1, with one study of two series, is upgraded in place:
    // counts and modalities filled from the rows already there.
    QTemporaryDir dir;
    const QString path = backend().newLocation(dir, QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = backend().connect(path, QStringLiteral("v1_writer"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)")));
        const std::vector<MigrationStep> steps = CatalogSchema::steps(CatalogSchema::dialectOf(db));
        for (const QString& sql : steps.front().statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        for (const char* sql : {
                 "INSERT INTO schema_version VALUES (1, 0)",
                 "INSERT INTO patients VALUES (1, 'k', 'P1', 'p1', 'Doe^Jane', 'doe jane', '', '', 'doe jane==', 19600101, 'F')",
                 "INSERT INTO studies VALUES (1, '1.2.3', 1, 20200101, NULL, '', '', 'PET/CT')",
                 "INSERT INTO study_status VALUES (1, 0, 0)",
                 "INSERT INTO series VALUES (1, '1.2.3.1', 1, 'PT', 1, '', '', '')",
                 "INSERT INTO series VALUES (2, '1.2.3.2', 1, 'CT', 2, '', '', '')",
                 "INSERT INTO instances (id, sop_instance_uid, series_fk, sop_class_uid, transfer_syntax_uid, instance_number, "
                 "number_of_frames, pixel_rows, pixel_columns, spacing_row, spacing_column, spacing_kind, content_hash) VALUES "
                 "(1, '1.2.3.1.1', 1, '', '', 1, 1, 2, 2, 1, 1, 0, 'a'), (2, '1.2.3.2.1', 2, '', '', 1, 1, 2, 2, 1, 1, 0, 'b'), "
                 "(3, '1.2.3.2.2', 2, '', '', 2, 1, 2, 2, 1, 1, 0, 'c')"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1_writer"));

    Catalog catalog;
    const auto error = catalog.open(path, QStringLiteral("w"));
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(catalog.schemaVersion(), CatalogSchema::latestVersion());
    const auto studies = catalog.studies();
    QCOMPARE(studies.size(), std::size_t(1));
    QCOMPARE(studies.front().seriesCount, 2);
    QCOMPARE(studies.front().instanceCount, 3);
    QCOMPARE(studies.front().modalities, QStringLiteral("CT\\PT"));
    QCOMPARE(studies.front().incompleteSeriesCount, 0);
    QCOMPARE(catalog.seriesOfStudy(1).back().instanceCount, 2);
    QCOMPARE(catalog.integrityCheck(), QStringLiteral("ok"));
}

void CatalogTest::keepsReadingStatus()
{
    StudyFilter xa;
    xa.modality = QStringLiteral("XA");
    const auto studies = m_catalog.studies(xa);
    QCOMPARE(studies.size(), std::size_t(1));
    const StudyRow& study = studies.front();
    QCOMPARE(study.status, ReadingStatus::Unread);
    QCOMPARE(study.priority, StudyPriority::Routine);
    QCOMPARE(study.statusUser, QString());
    QVERIFY(!study.statusChangedAt.isValid());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const ReadingStateChange started = m_catalog.setReadingStatus(study.id, ReadingStatus::InProgress, QStringLiteral("alice"), study.statusRevision);
    QVERIFY2(started.applied(), qPrintable(started.message));
    QCOMPARE(started.state.revision, study.statusRevision + 1);
    const ReadingStateChange stat = m_catalog.setPriority(study.id, StudyPriority::Stat, PrioritySource::User, QStringLiteral("alice"),
                                                          started.state.revision);
    QVERIFY2(stat.applied(), qPrintable(stat.message));
    const auto after = m_catalog.studies(xa);
    QCOMPARE(after.front().status, ReadingStatus::InProgress);
    QCOMPARE(after.front().statusUser, QStringLiteral("alice"));
    QVERIFY(after.front().statusChangedAt.toMSecsSinceEpoch() >= before);
    QCOMPARE(after.front().priority, StudyPriority::Stat);
    QCOMPARE(after.front().prioritySource, PrioritySource::User);
    QCOMPARE(after.front().statusRevision, study.statusRevision + 2);
    // Stored as numbers and instants, never text.
    if (backend().isPostgreSQL())
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT pg_typeof(status_at)::text FROM study_status WHERE study_fk = %1").arg(study.id))
                     .toString(),
                 QStringLiteral("bigint"));
    else
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT typeof(status_at) FROM study_status WHERE study_fk = %1").arg(study.id)).toString(),
                 QStringLiteral("integer"));
    QCOMPARE(m_catalog.setReadingStatus(-1, ReadingStatus::Read, QStringLiteral("alice"), 0).outcome, ChangeOutcome::NotFound);
}

void CatalogTest::upgradesAVersionTwoCatalog()
{
    // A version 2 file written by the version 2 code path: the v1+v2 migrations, then the
    // importer's own statements storing real files, and a status set the way version 2 did.
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("oncology/two_timepoints_TEST_1"));
    QTemporaryDir dir;
    const QString path = backend().newLocation(dir, QStringLiteral("v2.sqlite"));
    const QStringList sources{continuum::testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1/study_20100630.dcm")),
                              continuum::testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1/study_20150101.dcm")),
                              continuum::testing::sharedDicomPath(QStringLiteral("oncology/pet_acrin_flt_breast_029.dcm"))};
    {
        QString error;
        auto v2 = CatalogDatabase::open(path, &error, 2);
        QVERIFY2(v2, qPrintable(error));
        QCOMPARE(v2->schemaVersion(), 2);
        const auto importId = v2->startImport(QStringLiteral("w"), static_cast<int>(sources.size()), ImportMode::ReferenceInPlace);
        QVERIFY(importId);
        QVERIFY(v2->begin());
        ImportResult result;
        result.importId = *importId;
        for (const QString& source : sources) {
            auto header = continuum::dicom::HeaderReader::read(source.toStdString());
            QVERIFY2(header, qPrintable(source));
            const auto stored = v2->storeInstance(*header, QStringLiteral("w"), source, QFileInfo(source).size(), *importId, false);
            QCOMPARE(int(stored.outcome), int(CatalogDatabase::StoreOutcome::New));
            ++result.filesSeen;
            ++result.newInstances;
        }
        QVERIFY(v2->commit());
        QVERIFY(v2->finishImport(result));
    }
    // Version 2's setStudyStatus: status and a priority number without defined meaning.
    QVERIFY(execOn(path, QStringLiteral("UPDATE study_status SET reading_status = 2, priority = 1 WHERE study_fk = 1")));
    QVERIFY(execOn(path, QStringLiteral("UPDATE study_status SET reading_status = 1, priority = 7 WHERE study_fk = 2")));
    QCOMPARE(scalar(path, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 2);
    QVERIFY(!execOn(path, QStringLiteral("SELECT revision FROM study_status")));

    Catalog catalog;
    const auto error = catalog.open(path, QStringLiteral("w"));
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(catalog.schemaVersion(), CatalogSchema::latestVersion());
    StudyFilter oldestFirst;
    oldestFirst.sortKey = StudySortKey::StudyDate;
    oldestFirst.descending = false;
    const auto studies = catalog.studies(oldestFirst);
    QCOMPARE(studies.size(), std::size_t(3));
    std::map<qint64, StudyRow> byId;
    for (const StudyRow& row : studies)
        byId[row.id] = row;
    QCOMPARE(byId[1].status, ReadingStatus::Read);
    QCOMPARE(byId[1].priority, StudyPriority::Urgent);
    QCOMPARE(byId[1].prioritySource, PrioritySource::User);
    QCOMPARE(byId[1].statusRevision, qint64(0));
    QCOMPARE(byId[1].statusUser, QString());
    QCOMPARE(byId[2].status, ReadingStatus::InProgress);
    QCOMPARE(byId[2].priority, StudyPriority::Routine);   // 7 meant nothing: routine
    QCOMPARE(byId[3].status, ReadingStatus::Unread);
    QCOMPARE(byId[3].prioritySource, PrioritySource::Default);
    // Version 4 learnt from the file locations which workstation holds each study.
    QVERIFY(byId[1].filesOnThisWorkstation);
    QVERIFY(byId[3].filesOnThisWorkstation);
    QCOMPARE(byId[1].patientId, QStringLiteral("TEST_1"));
    QCOMPARE(byId[1].studyDate, QDate(2010, 6, 30));
    QVERIFY(byId[1].studyTime.isValid());
    // The new parts work on the upgraded file.
    const ReadingStateChange change = catalog.setReadingStatus(3, ReadingStatus::InProgress, QStringLiteral("bob"), 0);
    QVERIFY2(change.applied(), qPrintable(change.message));
    Annotation note;
    note.studyId = 1;
    note.kind = QStringLiteral("measurement");
    note.payload = QStringLiteral("{\"lengthMm\": 12.5}");
    note.author = QStringLiteral("bob");
    QVERIFY(catalog.saveAnnotation(note).applied());
    QCOMPARE(catalog.annotations(1).size(), std::size_t(1));
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), CatalogSchema::latestVersion());
    QCOMPARE(catalog.integrityCheck(), QStringLiteral("ok"));
}

void CatalogTest::failedMigrationLeavesVersionTwo()
{
    // The v3 step runs in one transaction: when its last statements fail, its first ones (the
    // new study_status columns) are rolled back too and the file stays a sound version 2.
    QTemporaryDir dir;
    const QString path = backend().newLocation(dir, QStringLiteral("v2.sqlite"));
    {
        QString error;
        QVERIFY2(CatalogDatabase::open(path, &error, 2), qPrintable(error));
    }
    QVERIFY(execOn(path, QStringLiteral("CREATE TABLE annotations (squatter TEXT)")));
    Catalog catalog;
    const auto error = catalog.open(path, QStringLiteral("w"));
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("schema version 3")), qPrintable(*error));
    QCOMPARE(scalar(path, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 2);
    QVERIFY(!execOn(path, QStringLiteral("SELECT status_user FROM study_status")));
    QVERIFY(execOn(path, QStringLiteral("DROP TABLE annotations")));
    QVERIFY(!catalog.open(path, QStringLiteral("w")));
    QCOMPARE(catalog.schemaVersion(), CatalogSchema::latestVersion());
}

void CatalogTest::refusesAStaleReadingStatus()
{
    // Two Catalog objects on one file (two workstations): both loaded the same revision; the
    // second writer is refused and told who changed the study and when.
    Catalog first;
    Catalog second;
    QVERIFY(!first.open(m_dbPath, QStringLiteral("desk-1")));
    QVERIFY(!second.open(m_dbPath, QStringLiteral("desk-2")));
    StudyFilter ct1;
    ct1.text = QStringLiteral("TEST_1");
    const auto seenByFirst = first.studies(ct1);
    const auto seenBySecond = second.studies(ct1);
    QVERIFY(!seenByFirst.empty());
    const qint64 studyId = seenByFirst.front().id;
    QCOMPARE(seenBySecond.front().statusRevision, seenByFirst.front().statusRevision);
    const qint64 loaded = seenByFirst.front().statusRevision;

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const ReadingStateChange alice = first.setReadingStatus(studyId, ReadingStatus::InProgress, QStringLiteral("alice"), loaded);
    QVERIFY2(alice.applied(), qPrintable(alice.message));
    const ReadingStateChange bob = second.setReadingStatus(studyId, ReadingStatus::Read, QStringLiteral("bob"), loaded);
    QCOMPARE(bob.outcome, ChangeOutcome::Conflict);
    QCOMPARE(bob.state.changedBy, QStringLiteral("alice"));
    QCOMPARE(bob.state.statusUser, QStringLiteral("alice"));
    QCOMPARE(bob.state.status, ReadingStatus::InProgress);
    QVERIFY(bob.state.changedAt.toMSecsSinceEpoch() >= before);
    QCOMPARE(bob.state.revision, loaded + 1);
    QVERIFY2(bob.message.contains(QStringLiteral("alice")), qPrintable(bob.message));
    // Nothing of bob's was written.
    const auto state = second.readingState(studyId);
    QVERIFY(state);
    QCOMPARE(state->status, ReadingStatus::InProgress);
    QCOMPARE(state->statusUser, QStringLiteral("alice"));
    // With the revision the conflict reported, bob's change goes through.
    const ReadingStateChange retry = second.setReadingStatus(studyId, ReadingStatus::Read, QStringLiteral("bob"), bob.state.revision);
    QVERIFY2(retry.applied(), qPrintable(retry.message));
    QCOMPARE(first.readingState(studyId)->statusUser, QStringLiteral("bob"));
    QCOMPARE(first.readingState(studyId)->status, ReadingStatus::Read);
}

void CatalogTest::keepsAUsersPriorityOverTheWorklist()
{
    StudyFilter filter;
    filter.modality = QStringLiteral("PT");
    const auto studies = m_catalog.studies(filter);
    QVERIFY(!studies.empty());
    const StudyRow study = studies.front();
    const ReadingStateChange fromServer = m_catalog.setPriority(study.id, StudyPriority::Urgent, PrioritySource::ModalityWorklist,
                                                                QStringLiteral("MWL"), study.statusRevision);
    QVERIFY2(fromServer.applied(), qPrintable(fromServer.message));
    const ReadingStateChange byUser = m_catalog.setPriority(study.id, StudyPriority::Stat, PrioritySource::User, QStringLiteral("carol"),
                                                            fromServer.state.revision);
    QVERIFY2(byUser.applied(), qPrintable(byUser.message));
    const ReadingStateChange serverAgain = m_catalog.setPriority(study.id, StudyPriority::Routine, PrioritySource::ModalityWorklist,
                                                                 QStringLiteral("MWL"), byUser.state.revision);
    QCOMPARE(serverAgain.outcome, ChangeOutcome::Conflict);
    QVERIFY2(serverAgain.message.contains(QStringLiteral("carol")), qPrintable(serverAgain.message));
    QCOMPARE(m_catalog.readingState(study.id)->priority, StudyPriority::Stat);
}

void CatalogTest::savesAnnotationsOptimistically()
{
    const qint64 studyId = m_catalog.studies().front().id;
    Catalog other;
    QVERIFY(!other.open(m_dbPath, QStringLiteral("desk-2")));

    Annotation lesion;
    lesion.studyId = studyId;
    lesion.kind = QStringLiteral("lesion");
    lesion.payload = QStringLiteral("{\"label\": \"L1\", \"longAxisMm\": 21.0}");
    lesion.author = QStringLiteral("alice");
    const AnnotationChange created = m_catalog.saveAnnotation(lesion);
    QVERIFY2(created.applied(), qPrintable(created.message));
    QVERIFY(!created.annotation.uid.isEmpty());
    QCOMPARE(created.annotation.revision, qint64(1));

    // Both desks load revision 1; alice updates first, bob's stale update is refused.
    Annotation alices = *m_catalog.annotation(created.annotation.uid);
    Annotation bobs = *other.annotation(created.annotation.uid);
    alices.payload = QStringLiteral("{\"label\": \"L1\", \"longAxisMm\": 23.5}");
    const AnnotationChange updated = m_catalog.saveAnnotation(alices);
    QVERIFY2(updated.applied(), qPrintable(updated.message));
    QCOMPARE(updated.annotation.revision, qint64(2));
    bobs.payload = QStringLiteral("{\"label\": \"L1\", \"longAxisMm\": 19.0}");
    bobs.author = QStringLiteral("bob");
    const AnnotationChange stale = other.saveAnnotation(bobs);
    QCOMPARE(stale.outcome, ChangeOutcome::Conflict);
    QCOMPARE(stale.annotation.author, QStringLiteral("alice"));
    QCOMPARE(stale.annotation.revision, qint64(2));
    QVERIFY(stale.annotation.modifiedAt.isValid());
    QVERIFY2(stale.message.contains(QStringLiteral("alice")), qPrintable(stale.message));
    QCOMPARE(other.annotation(created.annotation.uid)->payload, alices.payload);

    // Kinds are kept apart; payloads must be JSON.
    Annotation key;
    key.studyId = studyId;
    key.kind = QStringLiteral("key-image");
    key.payload = QStringLiteral("[\"1.2.3\"]");
    key.author = QStringLiteral("bob");
    QVERIFY(other.saveAnnotation(key).applied());
    QCOMPARE(m_catalog.annotations(studyId, QStringLiteral("lesion")).size(), std::size_t(1));
    QCOMPARE(m_catalog.annotations(studyId).size(), std::size_t(2));
    Annotation broken = key;
    broken.uid.clear();
    broken.payload = QStringLiteral("{not json");
    QCOMPARE(m_catalog.saveAnnotation(broken).outcome, ChangeOutcome::Failed);
    Annotation orphan = key;
    orphan.uid.clear();
    orphan.studyId = -5;
    QCOMPARE(m_catalog.saveAnnotation(orphan).outcome, ChangeOutcome::NotFound);

    // Deleting with a stale revision is refused too; then the current one deletes it, and a
    // later update of the deleted document says it is gone.
    QCOMPARE(other.deleteAnnotation(created.annotation.uid, 1).outcome, ChangeOutcome::Conflict);
    QVERIFY(other.deleteAnnotation(created.annotation.uid, 2).applied());
    QCOMPARE(m_catalog.saveAnnotation(updated.annotation).outcome, ChangeOutcome::NotFound);
    QCOMPARE(m_catalog.annotations(studyId, QStringLiteral("lesion")).size(), std::size_t(0));
}

void CatalogTest::answersFromAnotherThread()
{
    // QtSql connections are per thread: a worker thread gets its own and sees the same rows.
    const std::size_t here = m_catalog.studies().size();
    std::size_t there = 0;
    QString integrity;
    std::thread worker([&] {
        there = m_catalog.studies().size();
        integrity = m_catalog.integrityCheck();
        m_catalog.releaseThreadConnection();
    });
    worker.join();
    QCOMPARE(there, here);
    QCOMPARE(integrity, QStringLiteral("ok"));
    QCOMPARE(m_catalog.studies().size(), here);   // this thread's connection is unaffected
}

void CatalogTest::parsesCatalogLocations()
{
    const auto file = CatalogLocation::parse(QStringLiteral("/home/rad/catalog.sqlite"));
    QVERIFY(file);
    QVERIFY(!file->isPostgreSQL());
    QCOMPARE(file->filePath(), QStringLiteral("/home/rad/catalog.sqlite"));

    const auto server = CatalogLocation::parse(QStringLiteral("postgresql://reader@pacs-db.example.org:6543/radiology?sslmode=require"));
    QVERIFY(server);
    QVERIFY(server->isPostgreSQL());
    QCOMPARE(server->host(), QStringLiteral("pacs-db.example.org"));
    QCOMPARE(server->port(), 6543);
    QCOMPARE(server->database(), QStringLiteral("radiology"));
    QCOMPARE(server->user(), QStringLiteral("reader"));
    QCOMPARE(server->options().size(), std::size_t(1));
    QCOMPARE(server->toString(), QStringLiteral("postgresql://reader@pacs-db.example.org:6543/radiology?sslmode=require"));
    QCOMPARE(server->credentialKey(), QStringLiteral("postgresql://reader@pacs-db.example.org:6543/radiology"));

    // A password pasted into the URL is kept apart and never printed.
    const auto withPassword = CatalogLocation::parse(QStringLiteral("postgres://reader:s3cr%40t@db:5432/rad"));
    QVERIFY(withPassword);
    QCOMPARE(withPassword->inlinePassword(), QStringLiteral("s3cr@t"));
    QCOMPARE(withPassword->toString(), QStringLiteral("postgresql://reader@db:5432/rad"));
    QVERIFY(!withPassword->toString().contains(QStringLiteral("s3cr")));
    QCOMPARE(CatalogLocation::parse(QStringLiteral("postgresql://reader@db/rad"))->port(), 5432);   // the default port
    QString error;
    QVERIFY(!CatalogLocation::parse(QStringLiteral("postgresql://reader@db:5432/"), &error));
    QVERIFY2(error.contains(QStringLiteral("database")), qPrintable(error));
    QVERIFY(!CatalogLocation::parse(QStringLiteral("mysql://reader@db/rad"), &error));
    QVERIFY(!CatalogLocation::parse(QString(), &error));
}

void CatalogTest::keepsFileLocationsPerWorkstation()
{
    // Another workstation on the same catalog sees every study and its state, but no files.
    Catalog elsewhere;
    QVERIFY(!elsewhere.open(m_dbPath, QStringLiteral("desk-far")));
    const auto here = m_catalog.studies();
    const auto there = elsewhere.studies();
    QCOMPARE(there.size(), here.size());
    QVERIFY(std::all_of(here.begin(), here.end(), [](const StudyRow& row) { return row.filesOnThisWorkstation; }));
    QVERIFY(std::none_of(there.begin(), there.end(), [](const StudyRow& row) { return row.filesOnThisWorkstation; }));
    const auto series = elsewhere.seriesOfStudy(there.front().id);
    QVERIFY(!series.empty());
    const auto instances = elsewhere.instancesOfSeries(series.front().id);
    QVERIFY(!instances.empty());
    QVERIFY(instances.front().paths.empty());
    QVERIFY(!m_catalog.instancesOfSeries(series.front().id).front().paths.empty());
}

void CatalogTest::tellsListenersOfChanges()
{
    // SQLite: changes made through the same Catalog; PostgreSQL: every change, via NOTIFY.
    const auto listener = m_catalog.createChangeListener();
    QSignalSpy changed(listener.get(), &CatalogChangeListener::studyChanged);
    const StudyRow study = m_catalog.studies().back();
    const ReadingStateChange change = m_catalog.setReadingStatus(study.id, ReadingStatus::Read, QStringLiteral("ivan"), study.statusRevision);
    QVERIFY2(change.applied(), qPrintable(change.message));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
    QCOMPARE(changed.at(0).at(0).toString(), study.studyInstanceUid);
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("status"));
    QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("ivan"));
}

QTEST_GUILESS_MAIN(CatalogTest)
#include "CatalogTest.moc"
