// The audit trail and the store bookkeeping of catalog schema 5, on SQLite and (with
// CONTINUUM_CATALOG_BACKEND=postgresql) on a PostgreSQL server the test starts.
#include "catalog/Catalog.h"
#include "catalog/CatalogDatabase.h"
#include "catalog/CatalogSchema.h"

#include "CatalogTestBackend.h"
#include "TestData.h"

#include "dicom/HeaderReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <memory>

using namespace continuum::catalog;

namespace {

continuum::testing::CatalogTestBackend& backend()
{
    return continuum::testing::CatalogTestBackend::instance();
}

// Runs one statement on a connection of our own; returns the error text ("" on success) and the
// first value of the first row.
std::pair<QString, QVariant> execute(const QString& location, const QString& sql)
{
    std::pair<QString, QVariant> result;
    {
        QSqlDatabase db = backend().connect(location, QStringLiteral("audit_probe"));
        if (!db.isOpen()) {
            result.first = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                result.first = query.lastError().text().isEmpty() ? QStringLiteral("failed") : query.lastError().text();
            else if (query.next())
                result.second = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit_probe"));
    return result;
}

QString shared(const char* relative)
{
    return continuum::testing::sharedDicomPath(QString::fromLatin1(relative));
}

AuditEvent opened(const QString& user, const QString& studyUid, const QDateTime& at)
{
    AuditEvent event;
    event.user = user;
    event.action = AuditAction::StudyOpened;
    event.studyUid = studyUid;
    event.at = at;
    return event;
}

} // namespace

class AuditCatalogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsAndFiltersAuditEvents();
    void refusesChangingTheAuditTrail();
    void recordsLastOpenedAndCreatedObjects();
    void upgradesAVersionFourCatalog();
    void spoolsAuditEventsWhileTheServerIsAway();

private:
    QTemporaryDir m_dir;
    QString m_location;
    Catalog m_catalog;
    StudyRow m_study;   // study_20100630 of patient TEST_1
};

void AuditCatalogTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("oncology/two_timepoints_TEST_1/study_20100630.dcm"));
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("oncology/pet_acrin_flt_breast_029.dcm"));
    QVERIFY2(backend().error().isEmpty(), qPrintable(backend().error()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    m_location = backend().newLocation(m_dir, QStringLiteral("audit.sqlite"));
    const auto error = m_catalog.open(m_location, QStringLiteral("desk-a"));
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(m_catalog.schemaVersion(), 5);
    const ImportResult imported = m_catalog.importFiles({shared("oncology/two_timepoints_TEST_1/study_20100630.dcm"),
                                                         shared("oncology/pet_acrin_flt_breast_029.dcm")});
    QVERIFY(!imported.failure);
    QCOMPARE(imported.newInstances, 2);
    StudyFilter filter;
    filter.patientId = QStringLiteral("TEST_1");
    const auto rows = m_catalog.studies(filter);
    QCOMPARE(rows.size(), std::size_t(1));
    m_study = rows.front();
}

void AuditCatalogTest::recordsAndFiltersAuditEvents()
{
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0, 0, 123), Qt::UTC);
    QVERIFY(!m_catalog.recordAudit(opened(QStringLiteral("alice"), m_study.studyInstanceUid, t0)));
    AuditEvent sent;
    sent.user = QStringLiteral("bob");
    sent.action = AuditAction::StudySent;
    sent.outcome = AuditOutcome::MinorFailure;
    sent.studyUid = m_study.studyInstanceUid;
    sent.remoteNode = QStringLiteral("PACS1@pacs.example:104");
    sent.detail = QStringLiteral("1 of 2 instances refused");
    sent.at = t0.addSecs(3600);
    QVERIFY(!m_catalog.recordAudit(sent));
    AuditEvent started;   // no time, no workstation: the catalog stamps both
    started.user = QStringLiteral("alice");
    started.action = AuditAction::ApplicationStarted;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(!m_catalog.recordAudit(started));

    AuditFilter all;
    const auto events = m_catalog.auditEvents(all);
    QCOMPARE(events.size(), std::size_t(3));
    // Newest first.
    QCOMPARE(events[0].action, AuditAction::ApplicationStarted);
    QVERIFY(events[0].at >= before);
    QCOMPARE(events[0].at.timeSpec(), Qt::UTC);
    QCOMPARE(events[0].workstationId, QStringLiteral("desk-a"));
    QVERIFY(events[0].studyUid.isEmpty());
    QCOMPARE(events[1].action, AuditAction::StudySent);
    QCOMPARE(events[1].outcome, AuditOutcome::MinorFailure);
    QCOMPARE(events[1].remoteNode, QStringLiteral("PACS1@pacs.example:104"));
    QCOMPARE(events[1].detail, QStringLiteral("1 of 2 instances refused"));
    QCOMPARE(events[1].at, t0.addSecs(3600));
    // The patient comes from the catalog's study when the event names none.
    QCOMPARE(events[2].patientId, QStringLiteral("TEST_1"));
    QVERIFY(!events[2].patientName.isEmpty());
    QCOMPARE(events[2].at, t0);   // milliseconds kept
    QCOMPARE(events[2].user, QStringLiteral("alice"));
    QVERIFY(events[2].id > 0);
    QVERIFY(!events[2].eventUid.isEmpty());
    // Stored as integer milliseconds, never text.
    const auto stored = execute(m_location, QStringLiteral("SELECT occurred_at FROM audit_events WHERE user_name = 'bob'"));
    QVERIFY2(stored.first.isEmpty(), qPrintable(stored.first));
    QCOMPARE(stored.second.toLongLong(), t0.addSecs(3600).toMSecsSinceEpoch());

    AuditFilter byUser;
    byUser.user = QStringLiteral("alice");
    QCOMPARE(m_catalog.auditEvents(byUser).size(), std::size_t(2));
    AuditFilter byTime;
    byTime.from = t0.addSecs(1);
    byTime.to = t0.addSecs(7200);
    const auto window = m_catalog.auditEvents(byTime);
    QCOMPARE(window.size(), std::size_t(1));
    QCOMPARE(window.front().user, QStringLiteral("bob"));
    AuditFilter byStudyAndAction;
    byStudyAndAction.studyUid = m_study.studyInstanceUid;
    byStudyAndAction.action = AuditAction::StudyOpened;
    QCOMPARE(m_catalog.auditEvents(byStudyAndAction).size(), std::size_t(1));
    AuditFilter byPatient;
    byPatient.patientId = QStringLiteral("TEST_1");
    QCOMPARE(m_catalog.auditEvents(byPatient).size(), std::size_t(2));
    AuditFilter limited;
    limited.limit = 1;
    QCOMPARE(m_catalog.auditEvents(limited).size(), std::size_t(1));
    // The same event recorded twice (a replay) is one row.
    AuditEvent again = m_catalog.completeAuditEvent(opened(QStringLiteral("carol"), m_study.studyInstanceUid, t0));
    QVERIFY(!m_catalog.recordAudit(again));
    QVERIFY(!m_catalog.recordAudit(again));
    AuditFilter carol;
    carol.user = QStringLiteral("carol");
    QCOMPARE(m_catalog.auditEvents(carol).size(), std::size_t(1));
    QCOMPARE(auditActionName(AuditAction::StudyDeleted), QStringLiteral("StudyDeleted"));
    QCOMPARE(auditActionFromName(QStringLiteral("studysent")), std::optional<AuditAction>(AuditAction::StudySent));
}

void AuditCatalogTest::refusesChangingTheAuditTrail()
{
    QVERIFY(!m_catalog.recordAudit(opened(QStringLiteral("dave"), m_study.studyInstanceUid, {})));
    const auto count = execute(m_location, QStringLiteral("SELECT COUNT(*) FROM audit_events")).second.toInt();
    QVERIFY(count > 0);
    const auto update = execute(m_location, QStringLiteral("UPDATE audit_events SET user_name = 'mallory'"));
    QVERIFY2(update.first.contains(QStringLiteral("append-only")), qPrintable(update.first));
    const auto remove = execute(m_location, QStringLiteral("DELETE FROM audit_events"));
    QVERIFY2(remove.first.contains(QStringLiteral("append-only")), qPrintable(remove.first));
    if (backend().isPostgreSQL()) {
        const auto truncate = execute(m_location, QStringLiteral("TRUNCATE audit_events"));
        QVERIFY2(truncate.first.contains(QStringLiteral("append-only")), qPrintable(truncate.first));
    }
    QCOMPARE(execute(m_location, QStringLiteral("SELECT COUNT(*) FROM audit_events")).second.toInt(), count);
    QCOMPARE(execute(m_location, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE user_name = 'mallory'")).second.toInt(), 0);
    // Appending still works.
    QVERIFY(!m_catalog.recordAudit(opened(QStringLiteral("erin"), m_study.studyInstanceUid, {})));
}

void AuditCatalogTest::recordsLastOpenedAndCreatedObjects()
{
    // Later than the openings the other tests recorded "now".
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC).addDays(1);
    QVERIFY(!m_catalog.recordAudit(opened(QStringLiteral("alice"), m_study.studyInstanceUid, when)));
    // An older opening replayed later does not move the date back.
    QVERIFY(!m_catalog.recordAudit(opened(QStringLiteral("alice"), m_study.studyInstanceUid, when.addDays(-10))));
    const auto stored = m_catalog.storedStudies();
    QVERIFY(stored);
    const auto it = std::find_if(stored->begin(), stored->end(), [&](const StoredStudy& s) { return s.studyId == m_study.id; });
    QVERIFY(it != stored->end());
    QCOMPARE(it->lastOpenedAt, when);
    QVERIFY(it->lastArrivedAt.isValid());
    QCOMPARE(it->inPlaceFiles, 1);   // imported in place: the user's file
    QCOMPARE(it->managedFiles, 0);

    // A created object is tracked until it is sent.
    const auto series = m_catalog.seriesOfStudy(m_study.id);
    QVERIFY(!series.empty());
    const QString sop = m_catalog.instancesOfSeries(series.front().id).front().sopInstanceUid;
    QVERIFY(m_catalog.recordCreatedObject(QStringLiteral("1.2.3.4.5.6.7.8.9")));   // not catalogued: refused
    QVERIFY(!m_catalog.recordCreatedObject(sop));
    QCOMPARE(m_catalog.unsentObjects(m_study.id).size(), std::size_t(1));
    QCOMPARE(m_catalog.unsentObjects(m_study.id).front().sopInstanceUid, sop);
    QVERIFY(!m_catalog.recordObjectSent(sop, QStringLiteral("PACS1")));
    QVERIFY(!m_catalog.recordObjectSent(sop, QStringLiteral("PACS2")));
    QVERIFY(m_catalog.unsentObjects(m_study.id).empty());
    const auto created = m_catalog.createdObjects(m_study.id);
    QCOMPARE(created.size(), std::size_t(1));
    QVERIFY(created.front().sent());
    QCOMPARE(created.front().sentTo, QStringLiteral("PACS1\\PACS2"));
}

void AuditCatalogTest::upgradesAVersionFourCatalog()
{
    // A version 4 catalog written by the version 4 code path (real files, a copy into the store
    // and an import in place), then upgraded by opening it.
    QTemporaryDir dir;
    const QString location = backend().newLocation(dir, QStringLiteral("v4.sqlite"));
    const QStringList sources{shared("oncology/two_timepoints_TEST_1/study_20150101.dcm"), shared("oncology/pet_acrin_flt_breast_028.dcm")};
    {
        QString error;
        auto v4 = CatalogDatabase::open(location, &error, 4);
        QVERIFY2(v4, qPrintable(error));
        QCOMPARE(v4->schemaVersion(), 4);
        for (int i = 0; i < sources.size(); ++i) {
            const ImportMode mode = i == 0 ? ImportMode::MoveToStore : ImportMode::CopyToStore;
            const auto importId = v4->startImport(QStringLiteral("w"), 1, mode);
            QVERIFY2(importId, qPrintable(v4->lastErrorText()));
            QVERIFY(v4->begin());
            auto header = continuum::dicom::HeaderReader::read(sources[i].toStdString());
            QVERIFY(header);
            const auto stored = v4->storeInstance(*header, QStringLiteral("w"), sources[i], QFileInfo(sources[i]).size(), *importId, true);
            QCOMPARE(int(stored.outcome), int(CatalogDatabase::StoreOutcome::New));
            QVERIFY(v4->commit());
            ImportResult result;
            result.importId = *importId;
            result.filesSeen = result.newInstances = 1;
            QVERIFY(v4->finishImport(result));
        }
    }
    QVERIFY(!execute(location, QStringLiteral("SELECT COUNT(*) FROM audit_events")).first.isEmpty());   // no table yet

    Catalog catalog;
    const auto error = catalog.open(location, QStringLiteral("w"));
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(catalog.schemaVersion(), 5);
    const auto studies = catalog.studies();
    QCOMPARE(studies.size(), std::size_t(2));
    for (const StudyRow& row : studies)
        QVERIFY(row.filesOnThisWorkstation);
    // Earlier imports got their origin from their mode: moved = received (kept), copied = media.
    QCOMPARE(execute(location, QStringLiteral("SELECT origin FROM import_log WHERE mode = 'move'")).second.toInt(),
             int(ImportOrigin::Received));
    QCOMPARE(execute(location, QStringLiteral("SELECT origin FROM import_log WHERE mode = 'copy'")).second.toInt(),
             int(ImportOrigin::LocalMedia));
    const auto stored = catalog.storedStudies();
    QVERIFY(stored);
    QCOMPARE(stored->size(), std::size_t(2));
    for (const StoredStudy& study : *stored) {
        QCOMPARE(study.managedFiles, 1);
        QCOMPARE(study.notRefetchableFiles, 1);
        QVERIFY(!study.lastOpenedAt.isValid());
    }
    // The new parts work on the upgraded catalog.
    QVERIFY(!catalog.recordAudit(opened(QStringLiteral("alice"), studies.front().studyInstanceUid, {})));
    QCOMPARE(catalog.auditEvents({}).size(), std::size_t(1));
    QVERIFY(execute(location, QStringLiteral("DELETE FROM audit_events")).first.contains(QStringLiteral("append-only")));
    QCOMPARE(execute(location, QStringLiteral("SELECT COUNT(*) FROM schema_version")).second.toInt(), 5);
    QCOMPARE(catalog.integrityCheck(), QStringLiteral("ok"));
}

void AuditCatalogTest::spoolsAuditEventsWhileTheServerIsAway()
{
    if (!backend().isPostgreSQL()) {
        // An SQLite catalog is a local file: an event it cannot write is an error, not spooled.
        QVERIFY(m_catalog.auditSpoolPath().isEmpty());
        Catalog readOnly;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Catalog writer;
            QVERIFY(!writer.open(path, QStringLiteral("w")));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY(!readOnly.open(path, QStringLiteral("w")));
        if (readOnly.isReadOnly()) {   // root ignores file modes
            const auto refused = readOnly.recordAudit(opened(QStringLiteral("alice"), {}, {}));
            QVERIFY(refused);
            QVERIFY2(refused->contains(QStringLiteral("read-only")), qPrintable(*refused));
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return;
    }
    QTemporaryDir dir;
    const QString location = backend().newLocation(dir, QStringLiteral("spool"));
    const auto parsed = CatalogLocation::parse(location);
    QVERIFY(parsed);
    CatalogOpenOptions options;
    options.workstationId = QStringLiteral("desk-s");
    options.offlineQueuePath = dir.filePath(QStringLiteral("offline/queue.sqlite"));
    auto catalog = std::make_unique<Catalog>();
    QVERIFY(!catalog->open(*parsed, options));
    QCOMPARE(catalog->auditSpoolPath(), dir.filePath(QStringLiteral("offline/queue.audit.jsonl")));
    QVERIFY(!catalog->recordAudit(opened(QStringLiteral("before"), {}, {})));

    auto* server = backend().server();
    QVERIFY2(server->stop(), qPrintable(server->error()));
    // Not lost: kept on this workstation.
    QVERIFY(!catalog->recordAudit(opened(QStringLiteral("offline-1"), {}, {})));
    QCOMPARE(catalog->connectionState(), CatalogConnectionState::Offline);
    QVERIFY(!catalog->recordAudit(opened(QStringLiteral("offline-2"), {}, {})));
    QCOMPARE(catalog->spooledAuditCount(), 2);
    QFile spool(catalog->auditSpoolPath());
    QVERIFY(spool.open(QIODevice::ReadOnly));
    QCOMPARE(spool.readAll().count('\n'), 2);
    spool.close();
    // The application closes while offline; the server comes back; the next session writes them.
    catalog.reset();
    QVERIFY2(server->start(), qPrintable(server->error()));
    Catalog again;
    QVERIFY(!again.open(*parsed, options));
    QCOMPARE(again.spooledAuditCount(), 0);
    QVERIFY(!QFile::exists(again.auditSpoolPath()));
    AuditFilter all;
    const auto events = again.auditEvents(all);
    QStringList users;
    for (const AuditEvent& event : events)
        users << event.user;
    users.sort();
    QCOMPARE(users, (QStringList{QStringLiteral("before"), QStringLiteral("offline-1"), QStringLiteral("offline-2")}));
}

QTEST_GUILESS_MAIN(AuditCatalogTest)
#include "AuditCatalogTest.moc"
