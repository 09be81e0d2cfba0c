// The store janitor on real files copied into a managed store: what goes, what stays and why.
#include "catalog/Catalog.h"
#include "catalog/StoreJanitor.h"

#include "TestData.h"

#include "dicom/HeaderReader.h"
#include "generators/AttributeRewriter.h"
#include "generators/UidFactory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace continuum;
using namespace continuum::catalog;

namespace {

QString shared(const char* relative)
{
    return testing::sharedDicomPath(QString::fromLatin1(relative));
}

QString studyUidOf(const QString& path)
{
    const auto header = dicom::HeaderReader::read(path.toStdString());
    return header ? QString::fromStdString(header->studyInstanceUid) : QString();
}

// Every regular file under `root`.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QStringList filesOfStudy(const QString& storeRoot, const QString& studyUid)
{
    return filesUnder(QDir(storeRoot).filePath(studyUid));
}

} // namespace

class StoreJanitorTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunDeletesNothing();
    void evictsByAgeWhatCanBeFetchedAgain();
    void evictsLeastRecentlyUsedUntilUnderTheSize();
    void neverDeletesOutsideTheStore();

private:
    std::optional<StoredStudy> stored(const QString& studyUid);
    qint64 studyId(const QString& studyUid);

    QTemporaryDir m_dir;
    QString m_store;
    Catalog m_catalog;
    // The studies, by role:
    QString m_old;          // retrieved, never opened: goes by age
    QString m_recent;       // retrieved, opened "now": stays by age, goes by size
    QString m_unsent;       // retrieved, with an object created here and not sent
    QString m_media;        // copied from media
    QString m_open;         // retrieved, open
    QString m_sent;         // retrieved, with a created object that was sent: goes by age with it
    QString m_inPlace;      // imported in place (the user's file)
    QString m_inPlacePath;
    QString m_unsentObjectPath, m_sentObjectPath;
    QDateTime m_now;        // the janitor's clock: three days after the imports
};

std::optional<StoredStudy> StoreJanitorTest::stored(const QString& studyUid)
{
    const auto studies = m_catalog.storedStudies();
    if (!studies)
        return std::nullopt;
    for (const StoredStudy& study : *studies)
        if (study.studyUid == studyUid)
            return study;
    return std::nullopt;
}

qint64 StoreJanitorTest::studyId(const QString& studyUid)
{
    StudyFilter filter;
    filter.studyInstanceUid = studyUid;
    const auto rows = m_catalog.studies(filter);
    return rows.empty() ? 0 : rows.front().id;
}

void StoreJanitorTest::initTestCase()
{
    for (const char* file : {"oncology/two_timepoints_TEST_1/study_20100630.dcm", "oncology/two_timepoints_TEST_1/study_20150101.dcm",
                             "oncology/pet_acrin_flt_breast_029.dcm", "oncology/pet_acrin_flt_breast_028.dcm",
                             "oncology/pet_qin_headneck_0024.dcm", "syntaxes/photometric/cr_monochrome1_10bit.dcm",
                             "syntaxes/photometric/ct_signed_16bit_small.dcm"})
        CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(file));
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("desk-j")));
    m_store = m_dir.filePath(QStringLiteral("store"));
    QCOMPARE(QDir::cleanPath(m_catalog.defaultStoreFolder()), QDir::cleanPath(m_store));

    auto import = [&](const QString& source, ImportMode mode, ImportOrigin origin) {
        ImportOptions options;
        options.mode = mode;
        options.origin = origin;
        const ImportResult result = m_catalog.importFiles({source}, options);
        return !result.failure && result.newInstances == 1;
    };
    // Retrieved from an archive (copied in, as a retrieve moves what arrives into the store).
    m_old = studyUidOf(shared("oncology/two_timepoints_TEST_1/study_20100630.dcm"));
    m_recent = studyUidOf(shared("oncology/two_timepoints_TEST_1/study_20150101.dcm"));
    m_unsent = studyUidOf(shared("oncology/pet_acrin_flt_breast_029.dcm"));
    m_media = studyUidOf(shared("oncology/pet_acrin_flt_breast_028.dcm"));
    m_open = studyUidOf(shared("oncology/pet_qin_headneck_0024.dcm"));
    m_sent = studyUidOf(shared("syntaxes/photometric/cr_monochrome1_10bit.dcm"));
    m_inPlace = studyUidOf(shared("syntaxes/photometric/ct_signed_16bit_small.dcm"));
    QCOMPARE(QSet<QString>({m_old, m_recent, m_unsent, m_media, m_open, m_sent, m_inPlace}).size(), 7);
    QVERIFY(import(shared("oncology/two_timepoints_TEST_1/study_20100630.dcm"), ImportMode::CopyToStore, ImportOrigin::Retrieved));
    QVERIFY(import(shared("oncology/two_timepoints_TEST_1/study_20150101.dcm"), ImportMode::CopyToStore, ImportOrigin::Retrieved));
    QVERIFY(import(shared("oncology/pet_acrin_flt_breast_029.dcm"), ImportMode::CopyToStore, ImportOrigin::Retrieved));
    QVERIFY(import(shared("oncology/pet_acrin_flt_breast_028.dcm"), ImportMode::CopyToStore, ImportOrigin::Automatic));   // media
    QVERIFY(import(shared("oncology/pet_qin_headneck_0024.dcm"), ImportMode::CopyToStore, ImportOrigin::Retrieved));
    QVERIFY(import(shared("syntaxes/photometric/cr_monochrome1_10bit.dcm"), ImportMode::CopyToStore, ImportOrigin::Retrieved));
    // The user's own file, referenced where it is (a copy in this test's folder, so it can be checked).
    m_inPlacePath = m_dir.filePath(QStringLiteral("users-folder/ct_small.dcm"));
    QVERIFY(QDir().mkpath(QFileInfo(m_inPlacePath).absolutePath()));
    QVERIFY(QFile::copy(shared("syntaxes/photometric/ct_signed_16bit_small.dcm"), m_inPlacePath));
    QVERIFY(import(m_inPlacePath, ImportMode::ReferenceInPlace, ImportOrigin::Automatic));

    // Objects created on this workstation, written at test time the way the reading session
    // writes its exports (into <store>/exports/<study>/, catalogued in place): derived from the
    // study's own image (source named) with new series and SOP instance UIDs.
    auto create = [&](const char* source, const QString& studyUid, QString* path) {
        *path = QDir(m_store).filePath(QStringLiteral("exports/%1/created.dcm").arg(studyUid));
        QDir().mkpath(QFileInfo(*path).absolutePath());
        const QString sop = QString::fromStdString(generators::UidFactory::newUid());
        QString error;
        if (!generators::AttributeRewriter::writeCopy(shared(source), *path,
                                                      {{{0x0020, 0x000E}, QString::fromStdString(generators::UidFactory::newUid())},
                                                       {{0x0008, 0x0018}, sop},
                                                       {{0x0008, 0x103E}, QStringLiteral("Created on this workstation")}},
                                                      &error))
            return QString();
        const ImportResult result = m_catalog.importFiles({*path});
        if (result.newInstances != 1 || m_catalog.recordCreatedObject(sop))
            return QString();
        return sop;
    };
    QVERIFY(!create("oncology/pet_acrin_flt_breast_029.dcm", m_unsent, &m_unsentObjectPath).isEmpty());
    const QString sentSop = create("syntaxes/photometric/cr_monochrome1_10bit.dcm", m_sent, &m_sentObjectPath);
    QVERIFY(!sentSop.isEmpty());
    QVERIFY(!m_catalog.recordObjectSent(sentSop, QStringLiteral("ARCHIVE")));

    // Three days later; the "recent" study was opened an hour ago.
    m_now = QDateTime::currentDateTimeUtc().addDays(3);
    AuditEvent opened;
    opened.user = QStringLiteral("alice");
    opened.action = AuditAction::StudyOpened;
    opened.studyUid = m_recent;
    opened.at = m_now.addSecs(-3600);
    QVERIFY(!m_catalog.recordAudit(opened));
    Annotation note;
    note.studyId = studyId(m_old);
    note.kind = QStringLiteral("measurement");
    note.payload = QStringLiteral("{\"lengthMm\": 21.5}");
    note.author = QStringLiteral("alice");
    QVERIFY(m_catalog.saveAnnotation(note).applied());

    for (const QString& uid : {m_old, m_recent, m_unsent, m_media, m_open, m_sent})
        QCOMPARE(filesOfStudy(m_store, uid).size(), 1);
}

void StoreJanitorTest::dryRunDeletesNothing()
{
    const QStringList before = filesUnder(m_store);
    StoreJanitor janitor(m_catalog);
    StoreLimits limits;
    limits.maxAgeDays = 1;
    const auto report = janitor.prune(limits, {m_open}, true, m_now);
    QVERIFY(report.dryRun);
    QVERIFY2(report.errors.empty(), report.errors.empty() ? "" : qPrintable(report.errors.front()));
    QCOMPARE(report.evicted.size(), std::size_t(2));
    QCOMPARE(filesUnder(m_store), before);
    QCOMPARE(m_catalog.auditEvents({}).size(), std::size_t(1));   // only the opening
    QVERIFY(m_catalog.study(studyId(m_old))->filesOnThisWorkstation);
    const qint64 expected = QFileInfo(filesOfStudy(m_store, m_old).front()).size() + QFileInfo(filesOfStudy(m_store, m_sent).front()).size()
                          + QFileInfo(m_sentObjectPath).size();
    QCOMPARE(report.bytesFreed, expected);
}

void StoreJanitorTest::evictsByAgeWhatCanBeFetchedAgain()
{
    const QString oldFile = filesOfStudy(m_store, m_old).front();
    const QString sentFile = filesOfStudy(m_store, m_sent).front();
    const qint64 expected = QFileInfo(oldFile).size() + QFileInfo(sentFile).size() + QFileInfo(m_sentObjectPath).size();
    const QStringList before = filesUnder(m_store);

    StoreJanitor janitor(m_catalog);
    janitor.setUser(QStringLiteral("janitor-test"));
    StoreLimits limits;
    limits.maxAgeDays = 1;
    const auto report = janitor.prune(limits, {m_open}, false, m_now);
    QVERIFY2(report.errors.empty(), report.errors.empty() ? "" : qPrintable(report.errors.front()));

    std::map<QString, StoreJanitor::EvictedStudy> evicted;
    for (const auto& study : report.evicted)
        evicted[study.studyUid] = study;
    QCOMPARE(evicted.size(), std::size_t(2));
    QVERIFY(evicted.count(m_old) && evicted.count(m_sent));
    QCOMPARE(evicted[m_old].reason, StoreJanitor::EvictReason::Age);
    QCOMPARE(evicted[m_sent].files, 2);   // the retrieved image and the created object that was sent
    std::map<QString, StoreJanitor::KeepReason> kept;
    for (const auto& study : report.kept)
        kept[study.studyUid] = study.reason;
    QCOMPARE(kept[m_recent], StoreJanitor::KeepReason::WithinLimits);
    QCOMPARE(kept[m_unsent], StoreJanitor::KeepReason::UnsentObjects);
    QCOMPARE(kept[m_media], StoreJanitor::KeepReason::NotRefetchable);
    QCOMPARE(kept[m_open], StoreJanitor::KeepReason::Open);
    QVERIFY(!kept.count(m_inPlace));   // nothing of it in the store

    // Exactly those files are gone.
    QStringList expectedAfter = before;
    expectedAfter.removeAll(oldFile);
    expectedAfter.removeAll(sentFile);
    expectedAfter.removeAll(m_sentObjectPath);
    QCOMPARE(filesUnder(m_store), expectedAfter);
    QVERIFY(QFile::exists(m_unsentObjectPath));
    QVERIFY(QFile::exists(m_inPlacePath));
    QVERIFY(!QFileInfo::exists(QDir(m_store).filePath(m_old)));   // its empty folders went too
    QCOMPARE(report.bytesFreed, expected);
    QCOMPARE(report.filesDeleted, 3);

    // The studies stay catalogued, not local, annotations untouched; one audit event each.
    const auto oldRow = m_catalog.study(studyId(m_old));
    QVERIFY(oldRow);
    QVERIFY(!oldRow->filesOnThisWorkstation);
    QVERIFY(m_catalog.study(studyId(m_unsent))->filesOnThisWorkstation);
    QCOMPARE(m_catalog.annotations(studyId(m_old), QStringLiteral("measurement")).size(), std::size_t(1));
    AuditFilter deletions;
    deletions.action = AuditAction::StudyDeleted;
    const auto events = m_catalog.auditEvents(deletions);
    QCOMPARE(events.size(), std::size_t(2));
    QSet<QString> audited;
    for (const AuditEvent& event : events) {
        audited.insert(event.studyUid);
        QCOMPARE(event.user, QStringLiteral("janitor-test"));
        QCOMPARE(event.outcome, AuditOutcome::Success);
        QVERIFY2(event.detail.contains(QStringLiteral("age limit 1 days")), qPrintable(event.detail));
    }
    QCOMPARE(audited, (QSet<QString>{m_old, m_sent}));
    QCOMPARE(events.front().workstationId, QStringLiteral("desk-j"));
    // A second run finds nothing more to do by age.
    QVERIFY(janitor.prune(limits, {m_open}, false, m_now).evicted.empty());
}

void StoreJanitorTest::evictsLeastRecentlyUsedUntilUnderTheSize()
{
    // What remains: recent (evictable), unsent, media, open (kept). A limit of one byte takes
    // everything evictable and still cannot be met.
    const QString recentFile = filesOfStudy(m_store, m_recent).front();
    const qint64 recentBytes = QFileInfo(recentFile).size();
    const auto before = StoreJanitor(m_catalog).status();
    QVERIFY(before);
    QCOMPARE(before->studies.size(), std::size_t(4));
    QCOMPARE(before->refetchableBytes, recentBytes + QFileInfo(filesOfStudy(m_store, m_open).front()).size());

    StoreJanitor janitor(m_catalog);
    StoreLimits limits;
    limits.maxBytes = 1;
    const auto report = janitor.prune(limits, {m_open}, false, m_now);
    QCOMPARE(report.evicted.size(), std::size_t(1));
    QCOMPARE(report.evicted.front().studyUid, m_recent);
    QCOMPARE(report.evicted.front().reason, StoreJanitor::EvictReason::Size);
    QCOMPARE(report.bytesFreed, recentBytes);
    QVERIFY(!QFile::exists(recentFile));
    QVERIFY(report.stillOverSizeLimit);
    for (const QString& uid : {m_unsent, m_media, m_open})
        QCOMPARE(filesOfStudy(m_store, uid).size(), 1);

    // Once the open study is closed and the object sent, a size limit takes them in order of use.
    const auto unsent = m_catalog.unsentObjects(studyId(m_unsent));
    QCOMPARE(unsent.size(), std::size_t(1));
    QVERIFY(!m_catalog.recordObjectSent(unsent.front().sopInstanceUid, QStringLiteral("ARCHIVE")));
    // The open study was just looked at again: the other one is the least recently used.
    AuditEvent opened;
    opened.user = QStringLiteral("alice");
    opened.action = AuditAction::StudyOpened;
    opened.studyUid = m_open;
    opened.at = m_now.addSecs(-1800);
    QVERIFY(!m_catalog.recordAudit(opened));
    const qint64 mediaBytes = QFileInfo(filesOfStudy(m_store, m_media).front()).size();
    limits.maxBytes = mediaBytes + QFileInfo(filesOfStudy(m_store, m_open).front()).size();
    const auto second = janitor.prune(limits, {}, false, m_now);
    QCOMPARE(second.evicted.size(), std::size_t(1));
    QCOMPARE(second.evicted.front().studyUid, m_unsent);
    QVERIFY(!second.stillOverSizeLimit);
    QVERIFY(!QFile::exists(m_unsentObjectPath));
    QCOMPARE(filesOfStudy(m_store, m_open).size(), 1);
    QCOMPARE(filesOfStudy(m_store, m_media).size(), 1);
}

void StoreJanitorTest::neverDeletesOutsideTheStore()
{
    StoreJanitor janitor(m_catalog);
    QVERIFY(!janitor.isInsideStore(m_inPlacePath));
    QVERIFY(!janitor.isInsideStore(m_store + QStringLiteral("/../catalog.sqlite")));
    QVERIFY(!janitor.isInsideStore(m_store + QStringLiteral("-other/x.dcm")));
    // A link inside the store leading out of it is not ours to delete.
    const QString link = QDir(m_store).filePath(QStringLiteral("link.dcm"));
    QVERIFY(QFile::link(m_inPlacePath, link));
    QVERIFY(!janitor.isInsideStore(link));
    QVERIFY(janitor.isInsideStore(filesOfStudy(m_store, m_media).front()));
    QFile::remove(link);
    QVERIFY(QFile::exists(m_inPlacePath));
}

QTEST_GUILESS_MAIN(StoreJanitorTest)
#include "StoreJanitorTest.moc"
