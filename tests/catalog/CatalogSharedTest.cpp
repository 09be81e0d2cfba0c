// Workstations sharing one catalog on a real PostgreSQL server (started by the test): the
// password from a provider (the keyring's role), file locations per workstation, two processes
// racing on the same studies, change notifications, and a server that goes away and comes back.
#include "catalog/Catalog.h"
#include "catalog/CatalogChangeListener.h"
#include "catalog/CatalogLocation.h"

#include "PostgresServer.h"
#include "TestData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

using namespace continuum::catalog;
using continuum::testing::PostgresServer;

Q_DECLARE_METATYPE(std::vector<continuum::catalog::ReplayedChange>)

namespace {

constexpr int kRaceRounds = 60;        // status changes per process and study
constexpr int kAnnotationEdits = 25;   // edits of the shared annotation per process

CatalogOpenOptions optionsFor(const QString& workstation, const QString& password, const QString& queuePath = {})
{
    CatalogOpenOptions options;
    options.workstationId = workstation;
    options.password = [password](const CatalogLocation&) { return std::optional<QString>(password); };
    options.offlineQueuePath = queuePath;
    return options;
}

// One racing workstation (a child process): waits for "go" on stdin, then changes the reading
// status of every study kRaceRounds times, and appends its name to the shared annotation's list
// kAnnotationEdits times, retrying after each conflict with the state the conflict reported.
// Prints one JSON line: applied changes per study, conflicts, and any conflict that failed to
// name another user.
int raceWorker(const QString& url, const QString& user, const QString& annotationUid)
{
    Catalog catalog;
    const auto location = CatalogLocation::parse(url);
    if (!location)
        return 2;
    if (auto error = catalog.open(*location, optionsFor(user, qEnvironmentVariable("CONTINUUM_TEST_PG_PASSWORD")))) {
        std::cerr << error->toStdString() << std::endl;
        return 3;
    }
    std::cout << "ready" << std::endl;
    std::string go;
    std::getline(std::cin, go);

    QJsonObject applied;
    int conflicts = 0;
    QJsonArray badConflicts;
    const auto studies = catalog.studies();
    for (int round = 0; round < kRaceRounds; ++round) {
        for (const StudyRow& study : studies) {
            const auto state = catalog.readingState(study.id);
            if (!state)
                return 4;
            const auto status = static_cast<ReadingStatus>((static_cast<int>(state->status) + 1) % 3);
            const ReadingStateChange change = catalog.setReadingStatus(study.id, status, user, state->revision);
            if (change.applied()) {
                const QString key = study.studyInstanceUid;
                applied[key] = applied[key].toInt() + 1;
            } else if (change.outcome == ChangeOutcome::Conflict) {
                ++conflicts;
                // The loser is told who won: someone else, named in the message.
                if (change.state.changedBy == user || change.state.changedBy.isEmpty() || !change.message.contains(change.state.changedBy))
                    badConflicts.append(change.message);
            } else {
                badConflicts.append(QStringLiteral("unexpected outcome: ") + change.message);
            }
        }
    }
    int annotationConflicts = 0;
    for (int edit = 0; edit < kAnnotationEdits; ++edit) {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            auto current = catalog.annotation(annotationUid);
            if (!current)
                return 5;
            QJsonArray entries = QJsonDocument::fromJson(current->payload.toUtf8()).array();
            entries.append(QStringLiteral("%1-%2").arg(user).arg(edit));
            current->payload = QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
            current->author = user;
            const AnnotationChange saved = catalog.saveAnnotation(*current);
            if (saved.applied())
                break;
            if (saved.outcome != ChangeOutcome::Conflict) {
                badConflicts.append(QStringLiteral("annotation: ") + saved.message);
                break;
            }
            ++annotationConflicts;
            if (saved.annotation.author == user || !saved.message.contains(saved.annotation.author))
                badConflicts.append(saved.message);
        }
    }
    QJsonObject report{{QStringLiteral("applied"), applied},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("annotationConflicts"), annotationConflicts},
                       {QStringLiteral("bad"), badConflicts}};
    std::cout << QJsonDocument(report).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    return 0;
}

} // namespace

class CatalogSharedTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithThePasswordProvider();
    void keepsFileLocationsPerWorkstation();
    void racingWorkstationsLoseNoUpdate();
    void notifiesOtherWorkstations();
    void survivesLosingTheServer();

private:
    std::unique_ptr<PostgresServer> m_server;
    QString m_url;
    QTemporaryDir m_dir;
    Catalog m_desk1;
};

void CatalogSharedTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("oncology/two_timepoints_TEST_1"));
    qRegisterMetaType<std::vector<ReplayedChange>>();
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    QString error;
    const auto url = m_server->createDatabase(QStringLiteral("department"), &error);
    QVERIFY2(url, qPrintable(error));
    m_url = *url;
    const auto location = CatalogLocation::parse(m_url);
    QVERIFY(location);
    const auto opened = m_desk1.open(*location, optionsFor(QStringLiteral("desk-1"), m_server->password(),
                                                           m_dir.filePath(QStringLiteral("desk-1-queue.sqlite"))));
    QVERIFY2(!opened, opened ? qPrintable(*opened) : "");
    // Three studies: two time points of one patient and a PET study.
    const ImportResult imported = m_desk1.importFiles(
        {continuum::testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1")),
         continuum::testing::sharedDicomPath(QStringLiteral("oncology/pet_acrin_flt_breast_029.dcm"))});
    QVERIFY2(!imported.failure, imported.failure ? qPrintable(*imported.failure) : "");
    QCOMPARE(imported.newInstances, 3);
    QCOMPARE(m_desk1.studies().size(), std::size_t(3));
}

void CatalogSharedTest::opensWithThePasswordProvider()
{
    const auto location = CatalogLocation::parse(m_url);
    QVERIFY(location);
    // The URL never carries the password; the provider is asked for it.
    QVERIFY(!location->toString().contains(m_server->password()));
    int asked = 0;
    CatalogOpenOptions wrong;
    wrong.workstationId = QStringLiteral("desk-x");
    wrong.password = [&asked](const CatalogLocation& where) {
        ++asked;
        return where.user() == QLatin1String("continuum") ? std::optional<QString>(QStringLiteral("not-the-password")) : std::nullopt;
    };
    Catalog refused;
    const auto error = refused.open(*location, wrong);
    QCOMPARE(asked, 1);
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("password authentication failed")), qPrintable(*error));
    QVERIFY2(!error->contains(QStringLiteral("not-the-password")), qPrintable(*error));
    QVERIFY(!refused.isOpen());

    Catalog accepted;
    const auto opened = accepted.open(*location, optionsFor(QStringLiteral("desk-x"), m_server->password()));
    QVERIFY2(!opened, opened ? qPrintable(*opened) : "");
    QVERIFY(accepted.isShared());
    QCOMPARE(accepted.databasePath(), location->toString());
    QCOMPARE(accepted.studies().size(), std::size_t(3));
}

void CatalogSharedTest::keepsFileLocationsPerWorkstation()
{
    Catalog desk2;
    QVERIFY(!desk2.open(*CatalogLocation::parse(m_url), optionsFor(QStringLiteral("desk-2"), m_server->password())));
    const auto here = m_desk1.studies();
    const auto there = desk2.studies();
    QCOMPARE(there.size(), here.size());
    for (const StudyRow& study : here)
        QVERIFY2(study.filesOnThisWorkstation, qPrintable(study.studyInstanceUid));
    for (const StudyRow& study : there) {
        // Desk 2 sees the study (and its shared state) but has no files of it.
        QVERIFY2(!study.filesOnThisWorkstation, qPrintable(study.studyInstanceUid));
        const auto series = desk2.seriesOfStudy(study.id);
        QVERIFY(!series.empty());
        for (const InstanceRow& instance : desk2.instancesOfSeries(series.front().id))
            QVERIFY(instance.paths.empty());
    }
    const auto series = m_desk1.seriesOfStudy(here.front().id);
    const auto instances = m_desk1.instancesOfSeries(series.front().id);
    QVERIFY(!instances.empty());
    QVERIFY(QFile::exists(instances.front().paths.front()));
}

void CatalogSharedTest::racingWorkstationsLoseNoUpdate()
{
    // The shared annotation both processes append to.
    Annotation list;
    list.studyId = m_desk1.studies().front().id;
    list.kind = QStringLiteral("measurement");
    list.payload = QStringLiteral("[]");
    list.author = QStringLiteral("setup");
    const AnnotationChange created = m_desk1.saveAnnotation(list);
    QVERIFY2(created.applied(), qPrintable(created.message));
    std::map<QString, qint64> revisionBefore;
    for (const StudyRow& study : m_desk1.studies())
        revisionBefore[study.studyInstanceUid] = study.statusRevision;

    const QStringList users{QStringLiteral("alice"), QStringLiteral("bob")};
    std::vector<std::unique_ptr<QProcess>> workers;
    for (const QString& user : users) {
        auto worker = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTINUUM_TEST_PG_PASSWORD"), m_server->password());
        worker->setProcessEnvironment(environment);
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--race"), m_url, user, created.annotation.uid});
        QVERIFY(worker->waitForStarted(30000));
        workers.push_back(std::move(worker));
    }
    for (auto& worker : workers) {
        QTRY_VERIFY_WITH_TIMEOUT(worker->canReadLine() || worker->state() == QProcess::NotRunning, 60000);
        QCOMPARE(worker->readLine().trimmed(), QByteArray("ready"));
    }
    for (auto& worker : workers) {
        worker->write("go\n");   // both start together
        QVERIFY(worker->waitForBytesWritten(10000));
    }
    std::map<QString, qint64> appliedPerStudy;
    int conflicts = 0;
    int annotationConflicts = 0;
    for (auto& worker : workers) {
        QVERIFY(worker->waitForFinished(300000));
        QCOMPARE(worker->exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(worker->readAllStandardOutput().trimmed()).object();
        QVERIFY(!report.isEmpty());
        QVERIFY2(report.value(QStringLiteral("bad")).toArray().isEmpty(),
                 QJsonDocument(report.value(QStringLiteral("bad")).toArray()).toJson().constData());
        const QJsonObject applied = report.value(QStringLiteral("applied")).toObject();
        for (auto it = applied.begin(); it != applied.end(); ++it)
            appliedPerStudy[it.key()] += it.value().toInt();
        conflicts += report.value(QStringLiteral("conflicts")).toInt();
        annotationConflicts += report.value(QStringLiteral("annotationConflicts")).toInt();
    }
    // Every attempt either applied or was told of a conflict...
    qint64 appliedTotal = 0;
    for (const auto& [study, count] : appliedPerStudy)
        appliedTotal += count;
    QCOMPARE(appliedTotal + conflicts, qint64(kRaceRounds) * 3 * users.size());
    // ...and every applied change is one revision on the server: none overwrote another.
    for (const StudyRow& study : m_desk1.studies())
        QCOMPARE(study.statusRevision - revisionBefore[study.studyInstanceUid], appliedPerStudy[study.studyInstanceUid]);
    // All edits of both users are in the annotation, none lost.
    const auto finalList = m_desk1.annotation(created.annotation.uid);
    QVERIFY(finalList);
    const QJsonArray entries = QJsonDocument::fromJson(finalList->payload.toUtf8()).array();
    QCOMPARE(entries.size(), kAnnotationEdits * static_cast<int>(users.size()));
    for (const QString& user : users)
        for (int edit = 0; edit < kAnnotationEdits; ++edit)
            QVERIFY(entries.contains(QStringLiteral("%1-%2").arg(user).arg(edit)));
    QCOMPARE(finalList->revision, qint64(1 + kAnnotationEdits * users.size()));
    // They did race: some attempts lost and were told so.
    QVERIFY(conflicts + annotationConflicts > 0);
    qInfo("race: %lld status changes applied, %d conflicts; annotation: %d conflicts", static_cast<long long>(appliedTotal), conflicts,
          annotationConflicts);
}

void CatalogSharedTest::notifiesOtherWorkstations()
{
    Catalog desk2;
    QVERIFY(!desk2.open(*CatalogLocation::parse(m_url), optionsFor(QStringLiteral("desk-2"), m_server->password())));
    const auto listener = desk2.createChangeListener();
    QVERIFY(listener->isListening());
    QSignalSpy changed(listener.get(), &CatalogChangeListener::studyChanged);

    const StudyRow study = m_desk1.studies().front();
    const auto before = m_desk1.readingState(study.id);
    QVERIFY(before);
    const ReadingStateChange opened = m_desk1.setReadingStatus(study.id, ReadingStatus::InProgress, QStringLiteral("carol"), before->revision);
    QVERIFY2(opened.applied(), qPrintable(opened.message));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 30000);
    QCOMPARE(changed.at(0).at(0).toString(), study.studyInstanceUid);
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("status"));
    QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("carol"));
    // Desk 2 reads "in progress: carol" when told.
    const auto seen = desk2.readingState(study.id);
    QCOMPARE(seen->status, ReadingStatus::InProgress);
    QCOMPARE(seen->statusUser, QStringLiteral("carol"));

    // A refused (stale) change announces nothing; the next real one does, with its kind.
    QCOMPARE(m_desk1.setReadingStatus(study.id, ReadingStatus::Read, QStringLiteral("dave"), opened.state.revision - 1).outcome,
             ChangeOutcome::Conflict);
    const ReadingStateChange urgent = m_desk1.setPriority(study.id, StudyPriority::Stat, PrioritySource::User, QStringLiteral("erin"),
                                                          opened.state.revision);
    QVERIFY2(urgent.applied(), qPrintable(urgent.message));
    Annotation keyImages;
    keyImages.studyId = study.id;
    keyImages.kind = QStringLiteral("key-image");
    keyImages.payload = QStringLiteral("[\"1.2.3.4\"]");
    keyImages.author = QStringLiteral("frank");
    QVERIFY(m_desk1.saveAnnotation(keyImages).applied());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, 30000);
    QCOMPARE(changed.count(), 3);   // nothing for the refused change
    QCOMPARE(changed.at(1).at(1).toString(), QStringLiteral("priority"));
    QCOMPARE(changed.at(1).at(2).toString(), QStringLiteral("erin"));
    QCOMPARE(changed.at(2).at(1).toString(), QStringLiteral("annotation"));
    QCOMPARE(changed.at(2).at(2).toString(), QStringLiteral("frank"));
}

void CatalogSharedTest::survivesLosingTheServer()
{
    const QString queuePath = m_dir.filePath(QStringLiteral("desk-3-queue.sqlite"));
    const auto location = *CatalogLocation::parse(m_url);
    auto desk3 = std::make_unique<Catalog>();
    QVERIFY(!desk3->open(location, optionsFor(QStringLiteral("desk-3"), m_server->password(), queuePath)));
    auto listener = desk3->createChangeListener();
    listener->setHealthCheckInterval(std::chrono::milliseconds(200));
    QSignalSpy stateChanges(listener.get(), &CatalogChangeListener::connectionStateChanged);

    const auto studiesBefore = desk3->studies();
    const StudyRow study = studiesBefore.front();
    const auto stateBefore = desk3->readingState(study.id);
    QVERIFY(stateBefore);
    Annotation measurement;
    measurement.studyId = study.id;
    measurement.kind = QStringLiteral("measurement");
    measurement.payload = QStringLiteral("{\"lengthMm\": 10.0}");
    measurement.author = QStringLiteral("grace");
    const std::size_t measurementsBefore = desk3->annotations(study.id, QStringLiteral("measurement")).size();
    const AnnotationChange saved = desk3->saveAnnotation(measurement);
    QVERIFY2(saved.applied(), qPrintable(saved.message));
    QCOMPARE(desk3->annotations(study.id, QStringLiteral("measurement")).size(), measurementsBefore + 1);
    const std::size_t keyImagesBefore = desk3->annotations(study.id, QStringLiteral("key-image")).size();

    QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
    // The listener notices and says so in words.
    QTRY_VERIFY_WITH_TIMEOUT(!stateChanges.isEmpty(), 30000);
    QCOMPARE(stateChanges.at(0).at(0).toBool(), false);
    QVERIFY2(stateChanges.at(0).at(1).toString().contains(QStringLiteral("cannot be reached")), qPrintable(stateChanges.at(0).at(1).toString()));
    QCOMPARE(desk3->connectionState(), CatalogConnectionState::Offline);
    QVERIFY(!desk3->connectionMessage().isEmpty());
    QVERIFY(!desk3->connectionMessage().contains(m_server->password()));
    // What it had is still shown.
    const auto studiesOffline = desk3->studies();
    QCOMPARE(studiesOffline.size(), studiesBefore.size());
    QCOMPARE(studiesOffline.front().studyInstanceUid, study.studyInstanceUid);
    QCOMPARE(desk3->readingState(study.id)->revision, stateBefore->revision);
    // Reading status cannot change while offline: refused with a message.
    const ReadingStateChange refused = desk3->setReadingStatus(study.id, ReadingStatus::Read, QStringLiteral("grace"), stateBefore->revision);
    QCOMPARE(refused.outcome, ChangeOutcome::Failed);
    QVERIFY2(refused.message.contains(QStringLiteral("offline")), qPrintable(refused.message));
    // Measurements and key images are queued: an edit of the stored one and a new key image list.
    Annotation edited = saved.annotation;
    edited.payload = QStringLiteral("{\"lengthMm\": 11.5}");
    const AnnotationChange queuedEdit = desk3->saveAnnotation(edited);
    QCOMPARE(queuedEdit.outcome, ChangeOutcome::Queued);
    QVERIFY(queuedEdit.kept());
    Annotation keyImages;
    keyImages.studyId = study.id;
    keyImages.kind = QStringLiteral("key-image");
    keyImages.payload = QStringLiteral("[\"1.2.3.9\"]");
    keyImages.author = QStringLiteral("grace");
    const AnnotationChange queuedNew = desk3->saveAnnotation(keyImages);
    QCOMPARE(queuedNew.outcome, ChangeOutcome::Queued);
    QVERIFY(!queuedNew.annotation.uid.isEmpty());
    QCOMPARE(desk3->queuedChangeCount(), 2);
    QVERIFY(QFile::exists(queuePath));
    // The workstation shows its own queued work.
    const auto measurementsOffline = desk3->annotations(study.id, QStringLiteral("measurement"));
    QCOMPARE(measurementsOffline.size(), measurementsBefore + 1);
    QVERIFY(std::any_of(measurementsOffline.begin(), measurementsOffline.end(),
                        [&](const Annotation& a) { return a.uid == saved.annotation.uid && a.payload == edited.payload; }));
    QCOMPARE(desk3->annotations(study.id, QStringLiteral("key-image")).size(), keyImagesBefore + 1);

    // The application closes while offline: the queue file keeps the changes.
    listener.reset();
    desk3.reset();

    // The server comes back; meanwhile another desk edits the same measurement.
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    Catalog desk4;
    QVERIFY(!desk4.open(location, optionsFor(QStringLiteral("desk-4"), m_server->password())));
    Annotation heidis = *desk4.annotation(saved.annotation.uid);
    heidis.payload = QStringLiteral("{\"lengthMm\": 9.0}");
    heidis.author = QStringLiteral("heidi");
    QVERIFY(desk4.saveAnnotation(heidis).applied());

    // The workstation starts again: its listener replays the queue with the optimistic checks.
    Catalog desk3Again;
    QVERIFY(!desk3Again.open(location, optionsFor(QStringLiteral("desk-3"), m_server->password(), queuePath)));
    QCOMPARE(desk3Again.queuedChangeCount(), 2);
    auto listenerAgain = desk3Again.createChangeListener();
    listenerAgain->setHealthCheckInterval(std::chrono::milliseconds(200));
    QSignalSpy replays(listenerAgain.get(), &CatalogChangeListener::queuedChangesReplayed);
    QTRY_VERIFY_WITH_TIMEOUT(!replays.isEmpty(), 30000);
    const auto replayed = replays.at(0).at(0).value<std::vector<ReplayedChange>>();
    QCOMPARE(replayed.size(), std::size_t(2));
    // The edit lost to heidi's: a conflict naming her, her value kept.
    QCOMPARE(replayed[0].queued.uid, saved.annotation.uid);
    QCOMPARE(replayed[0].result.outcome, ChangeOutcome::Conflict);
    QCOMPARE(replayed[0].result.annotation.author, QStringLiteral("heidi"));
    QVERIFY2(replayed[0].result.message.contains(QStringLiteral("heidi")), qPrintable(replayed[0].result.message));
    QCOMPARE(desk4.annotation(saved.annotation.uid)->payload, heidis.payload);
    // The new key images reached the server.
    QCOMPARE(replayed[1].result.outcome, ChangeOutcome::Applied);
    const auto keyImagesOnServer = desk4.annotation(queuedNew.annotation.uid);
    QVERIFY(keyImagesOnServer);
    QCOMPARE(keyImagesOnServer->payload, keyImages.payload);
    QCOMPARE(desk3Again.queuedChangeCount(), 0);

    // Within one session: lost, then back, the same catalog writes again.
    QSignalSpy againChanges(listenerAgain.get(), &CatalogChangeListener::connectionStateChanged);
    QVERIFY(m_server->stop());
    QTRY_VERIFY_WITH_TIMEOUT(againChanges.count() >= 1, 30000);
    QCOMPARE(againChanges.at(0).at(0).toBool(), false);
    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(againChanges.count() >= 2, 30000);
    QCOMPARE(againChanges.at(1).at(0).toBool(), true);
    const auto now = desk3Again.readingState(study.id);
    QVERIFY(now);
    const ReadingStateChange afterwards = desk3Again.setReadingStatus(study.id, ReadingStatus::Read, QStringLiteral("grace"), now->revision);
    QVERIFY2(afterwards.applied(), qPrintable(afterwards.message));
    QVERIFY(listenerAgain->isListening());
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && QByteArray(argv[1]) == "--race")
        return raceWorker(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    CatalogSharedTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CatalogSharedTest.moc"
