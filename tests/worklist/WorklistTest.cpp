#include "FakeSources.h"
#include "TestData.h"

#include "catalog/Catalog.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistPresets.h"
#include "worklist/WorklistTableModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace continuum;
using namespace continuum::worklist;
using continuum::testing::FakeScheduledSource;
using continuum::testing::FakeStudySource;

namespace {

// Real files from the shared set: a CT pair of one patient (2010, 2015), the CT1 slice, an XA
// cine and a Latin-1 name (Buc^Jérôme).
const QStringList kLocalFiles{QStringLiteral("oncology/two_timepoints_TEST_1"), QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"),
                              QStringLiteral("cine-xa"), QStringLiteral("charsets/chrFren.dcm")};

const QString kRemoteOnlyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.900001");
const QString kExpectedUid = QStringLiteral("1.2.826.0.1.3680043.8.498.900002");

QStringList uidsOf(const std::vector<WorklistItem>& items)
{
    QStringList uids;
    for (const WorklistItem& item : items)
        uids << item.studyInstanceUid;
    return uids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class WorklistTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mergesLocalRemoteAndScheduled();
    void writesTheOrderPriorityIntoTheCatalog();
    void filtersAndSorts();
    void findsTheNextUnread();
    void persistsStatusAndReportsConflicts();
    void loadsAndSavesPresets();
    void usesTheOperatingSystemAccount();
    void formatsRows();

private:
    // A fresh model over the catalog and the fake sources (what the view does on refresh).
    WorklistModel buildModel();

    QTemporaryDir m_dir;
    catalog::Catalog m_catalog;
    QString m_xaUid, m_ct2015Uid, m_ct2010Uid, m_frenchUid, m_ct1Uid;
    std::unique_ptr<FakeStudySource> m_pacsA, m_pacsB;
    std::unique_ptr<FakeScheduledSource> m_ris;
};

void WorklistTest::initTestCase()
{
    for (const QString& file : kLocalFiles)
        CONTINUUM_REQUIRE_SHARED(file);
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("w")));
    std::vector<QString> paths;
    for (const QString& file : kLocalFiles)
        paths.push_back(continuum::testing::sharedDicomPath(file));
    const catalog::ImportResult imported = m_catalog.importFiles(paths);
    QVERIFY(!imported.failure);
    for (const catalog::StudyRow& row : m_catalog.studies()) {
        if (row.modalities.contains(QStringLiteral("XA")))
            m_xaUid = row.studyInstanceUid;
        else if (row.patientId == QStringLiteral("TEST_1") && row.studyDate.year() == 2015)
            m_ct2015Uid = row.studyInstanceUid;
        else if (row.patientId == QStringLiteral("TEST_1") && row.studyDate.year() == 2010)
            m_ct2010Uid = row.studyInstanceUid;
        else if (row.patientName.startsWith(QStringLiteral("Buc^")))
            m_frenchUid = row.studyInstanceUid;
        else
            m_ct1Uid = row.studyInstanceUid;
    }
    QCOMPARE(m_catalog.studies().size(), std::size_t(5));
    QVERIFY(!m_xaUid.isEmpty() && !m_ct2015Uid.isEmpty() && !m_ct2010Uid.isEmpty() && !m_frenchUid.isEmpty() && !m_ct1Uid.isEmpty());

    // PACS A knows the 2015 CT (also local) and a study we do not have; PACS B the same remote one
    // with more images.
    RemoteStudy alsoLocal;
    alsoLocal.studyInstanceUid = m_ct2015Uid;
    alsoLocal.numberOfInstances = 40;
    alsoLocal.patientName = QStringLiteral("TEST^PACS");
    RemoteStudy remoteOnly;
    remoteOnly.studyInstanceUid = kRemoteOnlyUid;
    remoteOnly.patientName = QStringLiteral("Remote^Rita");
    remoteOnly.patientId = QStringLiteral("R1");
    remoteOnly.patientBirthDate = QDate(1980, 5, 20);
    remoteOnly.patientSex = QStringLiteral("F");
    remoteOnly.studyDate = QDate(2026, 3, 10);
    remoteOnly.studyTime = QTime(9, 30);
    remoteOnly.modalities = {QStringLiteral("MR")};
    remoteOnly.description = QStringLiteral("MR knee");
    remoteOnly.numberOfInstances = 120;
    RemoteStudy remoteOnlyOnB = remoteOnly;
    remoteOnlyOnB.numberOfInstances = 180;
    m_pacsA = std::make_unique<FakeStudySource>(QStringLiteral("PACS-A"), std::vector<RemoteStudy>{alsoLocal, remoteOnly});
    m_pacsB = std::make_unique<FakeStudySource>(QStringLiteral("PACS-B"), std::vector<RemoteStudy>{remoteOnlyOnB});

    // The RIS: STAT for the local XA study, HIGH for the remote one, one not yet acquired and one
    // without a Study Instance UID.
    ScheduledProcedure xaOrder;
    xaOrder.studyInstanceUid = m_xaUid;
    xaOrder.accessionNumber = QStringLiteral("ACC-XA");
    xaOrder.requestedProcedurePriority = QStringLiteral("STAT");
    xaOrder.priority = priorityFromRequestedProcedurePriority(xaOrder.requestedProcedurePriority);
    ScheduledProcedure remoteOrder;
    remoteOrder.studyInstanceUid = kRemoteOnlyUid;
    remoteOrder.requestedProcedurePriority = QStringLiteral("HIGH");
    remoteOrder.priority = priorityFromRequestedProcedurePriority(remoteOrder.requestedProcedurePriority);
    ScheduledProcedure expected;
    expected.studyInstanceUid = kExpectedUid;
    expected.accessionNumber = QStringLiteral("ACC-NEW");
    expected.patientName = QStringLiteral("Waiting^Walter");
    expected.modality = QStringLiteral("CT");
    expected.requestedProcedureDescription = QStringLiteral("CT chest");
    expected.scheduledDate = QDate(2026, 3, 11);
    expected.scheduledTime = QTime(14, 0);
    expected.requestedProcedurePriority = QStringLiteral("ROUTINE");
    ScheduledProcedure noUid = expected;
    noUid.studyInstanceUid.clear();
    noUid.accessionNumber = QStringLiteral("ACC-NOUID");
    noUid.requestedProcedurePriority = QStringLiteral("STAT");
    noUid.priority = StudyPriority::Stat;
    m_ris = std::make_unique<FakeScheduledSource>(QStringLiteral("RIS"), std::vector<ScheduledProcedure>{xaOrder, remoteOrder, expected, noUid});
}

WorklistModel WorklistTest::buildModel()
{
    WorklistModel model(QStringLiteral("alice"));
    model.setToday(QDate(2026, 3, 11));
    const SourceQuery everything;
    if (auto problem = model.loadLocal(m_catalog, everything))
        qWarning("%s", qPrintable(*problem));
    model.addRemote(*m_pacsA, everything);
    model.addRemote(*m_pacsB, everything);
    model.addScheduled(*m_ris, everything);
    return model;
}

void WorklistTest::mergesLocalRemoteAndScheduled()
{
    const WorklistModel model = buildModel();
    // 5 local + 1 remote-only (reported twice) + 2 expected; the 2015 CT and XA are not doubled.
    QCOMPARE(model.allItems().size(), std::size_t(8));
    QCOMPARE(uidsOf(model.allItems()).count(m_ct2015Uid), 1);
    QCOMPARE(uidsOf(model.allItems()).count(kRemoteOnlyUid), 1);

    const WorklistItem* ct2015 = model.item(m_ct2015Uid);
    QVERIFY(ct2015);
    QCOMPARE(ct2015->origin, ItemOrigin::Local);
    QCOMPARE(ct2015->remoteNodes, QStringList{QStringLiteral("PACS-A")});
    QCOMPARE(ct2015->imageCount, 1);                       // the local count, not the PACS's 40
    QCOMPARE(ct2015->patientId, QStringLiteral("TEST_1"));  // local attributes win

    const WorklistItem* remote = model.item(kRemoteOnlyUid);
    QVERIFY(remote);
    QCOMPARE(remote->origin, ItemOrigin::Remote);
    QCOMPARE(remote->remoteNodes, (QStringList{QStringLiteral("PACS-A"), QStringLiteral("PACS-B")}));
    QCOMPARE(remote->imageCount, 180);
    QCOMPARE(remote->priority, StudyPriority::Urgent);     // HIGH on the order
    QVERIFY(remote->scheduled);

    const WorklistItem* xa = model.item(m_xaUid);
    QCOMPARE(xa->origin, ItemOrigin::Local);
    QVERIFY(xa->scheduled);
    QCOMPARE(xa->priority, StudyPriority::Stat);           // the order's priority, the study has arrived

    const WorklistItem* expected = model.item(kExpectedUid);
    QVERIFY(expected);
    QCOMPARE(expected->origin, ItemOrigin::Expected);
    QCOMPARE(expected->patientName, QStringLiteral("Waiting^Walter"));
    QCOMPARE(expected->description, QStringLiteral("CT chest"));
    QCOMPARE(expected->date, QDate(2026, 3, 11));
    QCOMPARE(expected->modalities, QStringList{QStringLiteral("CT")});
    const WorklistItem* noUid = model.item(QStringLiteral("accession:ACC-NOUID"));
    QVERIFY(noUid);
    QCOMPARE(noUid->priority, StudyPriority::Stat);

    // Default order: STAT first, then urgent, then routine.
    QCOMPARE(model.items().front().priority, StudyPriority::Stat);
    QCOMPARE(model.items().back().priority, StudyPriority::Routine);
}

void WorklistTest::writesTheOrderPriorityIntoTheCatalog()
{
    WorklistModel model = buildModel();
    const qint64 xaId = model.item(m_xaUid)->catalogStudyId;
    QCOMPARE(m_catalog.readingState(xaId)->priority, StudyPriority::Routine);
    QCOMPARE(model.applyScheduledPriorities(m_catalog, QStringLiteral("RIS")), 1);
    const auto state = m_catalog.readingState(xaId);
    QCOMPARE(state->priority, StudyPriority::Stat);
    QCOMPARE(state->prioritySource, catalog::PrioritySource::ModalityWorklist);
    QCOMPARE(state->changedBy, QStringLiteral("RIS"));
    QCOMPARE(model.applyScheduledPriorities(m_catalog, QStringLiteral("RIS")), 0);   // already there

    // A user's choice stands against the order.
    QVERIFY(model.setPriority(m_catalog, m_xaUid, StudyPriority::Routine).applied());
    WorklistModel again = buildModel();
    QCOMPARE(again.applyScheduledPriorities(m_catalog, QStringLiteral("RIS")), 0);
    QCOMPARE(again.item(m_xaUid)->priority, StudyPriority::Routine);
    QCOMPARE(m_catalog.readingState(xaId)->prioritySource, catalog::PrioritySource::User);
    // Back to the order's priority for the other tests, by the user.
    QVERIFY(again.setPriority(m_catalog, m_xaUid, StudyPriority::Stat).applied());
}

void WorklistTest::filtersAndSorts()
{
    WorklistModel model = buildModel();
    WorklistFilter stat;
    stat.priorities = {StudyPriority::Stat};
    stat.statuses = {ReadingStatus::Unread};
    model.setFilter(stat);
    QCOMPARE(sorted(uidsOf(model.items())), sorted({m_xaUid, QStringLiteral("accession:ACC-NOUID")}));

    WorklistFilter ct;
    ct.modalities = {QStringLiteral("CT")};
    model.setFilter(ct);
    QCOMPARE(model.items().size(), std::size_t(5));   // 3 local CT + 2 expected CT

    WorklistFilter ctToday = ct;
    ctToday.dates = DateRange::relative(0, 0);        // today is pinned to 2026-03-11
    model.setFilter(ctToday);
    QCOMPARE(uidsOf(model.items()).size(), 2);
    QVERIFY(uidsOf(model.items()).contains(kExpectedUid));

    WorklistFilter range;
    range.dates = DateRange::fixed(QDate(2010, 1, 1), QDate(2010, 12, 31));
    model.setFilter(range);
    QCOMPARE(uidsOf(model.items()), QStringList{m_ct2010Uid});

    WorklistFilter text;
    text.text = QStringLiteral("jerome");              // accents and case ignored
    model.setFilter(text);
    QCOMPARE(uidsOf(model.items()), QStringList{m_frenchUid});
    text.text = QStringLiteral("ACC-NEW");
    model.setFilter(text);
    QCOMPARE(uidsOf(model.items()), QStringList{kExpectedUid});

    WorklistFilter remoteOnly;
    remoteOnly.origins = {ItemOrigin::Remote};
    model.setFilter(remoteOnly);
    QCOMPARE(uidsOf(model.items()), QStringList{kRemoteOnlyUid});

    model.setFilter({});
    model.setSort(WorklistModel::Column::DateTime, true);
    QCOMPARE(model.items().front().studyInstanceUid, m_xaUid);   // the 1995 angiogram: oldest first
    bool undatedSeen = false;
    for (std::size_t i = 1; i < model.items().size(); ++i) {
        const WorklistItem& previous = model.items()[i - 1];
        const WorklistItem& current = model.items()[i];
        undatedSeen = undatedSeen || !previous.date.isValid();
        QVERIFY(!undatedSeen || !current.date.isValid());   // undated ones last
        if (current.date.isValid())
            QVERIFY(previous.dateTime() <= current.dateTime());
    }
    model.setSort(WorklistModel::Column::Images, false);
    QCOMPARE(model.items().front().studyInstanceUid, kRemoteOnlyUid);   // 180 images
}

void WorklistTest::findsTheNextUnread()
{
    WorklistModel model = buildModel();
    WorklistFilter ct;
    ct.modalities = {QStringLiteral("CT")};
    ct.origins = {ItemOrigin::Local, ItemOrigin::Expected};
    model.setFilter(ct);
    model.setSort(WorklistModel::Column::DateTime, true);
    // Whatever the dates, N walks the list as shown.
    QStringList readable;
    for (const WorklistItem& item : model.items())
        if (item.origin != ItemOrigin::Expected)
            readable << item.studyInstanceUid;
    QCOMPARE(readable.size(), 3);
    QCOMPARE(model.nextUnread({}), std::optional<QString>(readable[0]));
    QCOMPARE(model.nextUnread(readable[0]), std::optional<QString>(readable[1]));
    QCOMPARE(model.nextUnread(readable[2]), std::optional<QString>(readable[0]));   // wraps round, skips expected
    QVERIFY(model.setStatus(m_catalog, readable[1], ReadingStatus::Read).applied());
    QCOMPARE(model.nextUnread(readable[0]), std::optional<QString>(readable[2]));
    QVERIFY(model.setStatus(m_catalog, readable[1], ReadingStatus::Unread).applied());
}

void WorklistTest::persistsStatusAndReportsConflicts()
{
    WorklistModel alice = buildModel();
    WorklistModel bob = buildModel();
    bob.setUser(QStringLiteral("bob"));
    catalog::Catalog bobsCatalog;
    QVERIFY(!bobsCatalog.open(m_catalog.databasePath(), QStringLiteral("desk-2")));

    const catalog::ReadingStateChange started = alice.setStatus(m_catalog, m_ct1Uid, ReadingStatus::InProgress);
    QVERIFY2(started.applied(), qPrintable(started.message));
    QCOMPARE(alice.item(m_ct1Uid)->statusUser, QStringLiteral("alice"));
    QCOMPARE(WorklistTableModel::statusText(*alice.item(m_ct1Uid)), QStringLiteral("In progress: alice"));

    // Bob's list was loaded before: his change is refused and his row now shows alice's state.
    const catalog::ReadingStateChange stale = bob.setStatus(bobsCatalog, m_ct1Uid, ReadingStatus::Read);
    QCOMPARE(stale.outcome, catalog::ChangeOutcome::Conflict);
    QCOMPARE(stale.state.changedBy, QStringLiteral("alice"));
    QVERIFY(stale.message.contains(QStringLiteral("alice")));
    QCOMPARE(bob.item(m_ct1Uid)->status, ReadingStatus::InProgress);
    QCOMPARE(bob.item(m_ct1Uid)->statusUser, QStringLiteral("alice"));
    // Having seen it, bob may change it.
    QVERIFY(bob.setStatus(bobsCatalog, m_ct1Uid, ReadingStatus::Read).applied());
    QCOMPARE(m_catalog.readingState(alice.item(m_ct1Uid)->catalogStudyId)->statusUser, QStringLiteral("bob"));

    // Studies not in the catalog carry no status.
    QCOMPARE(alice.setStatus(m_catalog, kRemoteOnlyUid, ReadingStatus::Read).outcome, catalog::ChangeOutcome::NotFound);
    QVERIFY(alice.setStatus(m_catalog, m_ct1Uid, ReadingStatus::Unread).outcome == catalog::ChangeOutcome::Conflict);
}

void WorklistTest::loadsAndSavesPresets()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCOMPARE(WorklistPresets::defaultUserPath(), config.filePath(QStringLiteral("continuum/worklist-presets.json")));
    WorklistPresets presets;
    QVERIFY(!presets.load());
    const WorklistPreset* unreadStat = presets.find(QStringLiteral("Unread STAT"));
    QVERIFY(unreadStat);
    QVERIFY(unreadStat->bundled);
    QCOMPARE(unreadStat->filter.statuses, std::vector<ReadingStatus>{ReadingStatus::Unread});
    QCOMPARE(unreadStat->filter.priorities, std::vector<StudyPriority>{StudyPriority::Stat});
    const WorklistPreset* ctToday = presets.find(QStringLiteral("CT today"));
    QVERIFY(ctToday);
    QCOMPARE(ctToday->filter.modalities, QStringList{QStringLiteral("CT")});
    QCOMPARE(ctToday->filter.dates.resolve(QDate(2026, 3, 11)), std::make_pair(QDate(2026, 3, 11), QDate(2026, 3, 11)));

    WorklistModel model = buildModel();
    model.setFilter(unreadStat->filter);
    QCOMPARE(sorted(uidsOf(model.items())), sorted({m_xaUid, QStringLiteral("accession:ACC-NOUID")}));

    WorklistFilter mine;
    mine.modalities = {QStringLiteral("XA")};
    mine.dates = DateRange::relative(6, 0);
    mine.text = QStringLiteral("coronary");
    QVERIFY(!presets.saveUserPreset(QStringLiteral("My XA week"), mine));
    QFile file(config.filePath(QStringLiteral("continuum/worklist-presets.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("format")).toString(), QStringLiteral("continuum-worklist-presets"));
    WorklistPresets reloaded;
    QVERIFY(!reloaded.load());
    const WorklistPreset* saved = reloaded.find(QStringLiteral("My XA week"));
    QVERIFY(saved);
    QVERIFY(!saved->bundled);
    QVERIFY(saved->filter == mine);
    QVERIFY(!reloaded.removeUserPreset(QStringLiteral("My XA week")));
    QVERIFY(reloaded.removeUserPreset(QStringLiteral("Unread STAT")));   // bundled: not the user's to delete
    WorklistPresets after;
    QVERIFY(!after.load());
    QVERIFY(!after.find(QStringLiteral("My XA week")));

    // A typo in a preset file is an error, never a wider filter.
    QString error;
    QVERIFY(!WorklistPresets::parse(R"({"format":"continuum-worklist-presets","version":1,"presets":[{"name":"x","filter":{"status":["unred"]}}]})",
                                    QStringLiteral("test"), false, &error));
    QVERIFY2(error.contains(QStringLiteral("unred")), qPrintable(error));
    qunsetenv("XDG_CONFIG_HOME");
}

void WorklistTest::usesTheOperatingSystemAccount()
{
    const passwd* entry = ::getpwuid(::getuid());
    QVERIFY(entry);
    QCOMPARE(WorklistModel::defaultUserName(), QString::fromLocal8Bit(entry->pw_name));
    QCOMPARE(WorklistModel().user(), QString::fromLocal8Bit(entry->pw_name));
}

void WorklistTest::formatsRows()
{
    WorklistTableModel table;
    table.update([this](WorklistModel& model) {
        model = buildModel();
        WorklistFilter remote;
        remote.origins = {ItemOrigin::Remote};
        model.setFilter(remote);
    });
    QCOMPARE(table.rowCount(), 1);
    auto cell = [&table](WorklistModel::Column column) { return table.index(0, static_cast<int>(column)).data().toString(); };
    QCOMPARE(cell(WorklistModel::Column::Priority), QStringLiteral("Urgent"));
    QCOMPARE(cell(WorklistModel::Column::Status), QStringLiteral("Unread"));
    QCOMPARE(cell(WorklistModel::Column::PatientName), QStringLiteral("Remote, Rita"));
    QCOMPARE(cell(WorklistModel::Column::AgeSex), QStringLiteral("45Y F"));   // born 1980-05-20, study 2026-03-10
    QCOMPARE(cell(WorklistModel::Column::Modality), QStringLiteral("MR"));
    // Dates and times follow the reader's locale (issue 10); French here: day first, 24-hour clock.
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString dateTime = cell(WorklistModel::Column::DateTime);
    QLocale::setDefault(previousLocale);
    QCOMPARE(dateTime, QStringLiteral("10/03/2026 09:30"));
    QCOMPARE(cell(WorklistModel::Column::Images), QStringLiteral("180"));
    QCOMPARE(cell(WorklistModel::Column::Location), QStringLiteral("On PACS-A, PACS-B"));
    QCOMPARE(table.index(0, 0).data(WorklistTableModel::kIsLocalRole).toBool(), false);
}

QTEST_GUILESS_MAIN(WorklistTest)
#include "WorklistTest.moc"
