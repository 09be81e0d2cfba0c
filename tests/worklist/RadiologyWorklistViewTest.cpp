#include "FakeSources.h"
#include "TestData.h"

#include "RadiologyWorklistView.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::worklist;
using continuum::app::RadiologyWorklistView;

namespace {

const QDate kToday(2026, 3, 11);
const QString kRemoteUid = QStringLiteral("1.2.826.0.1.3680043.8.498.910001");
const QString kExpectedUid = QStringLiteral("1.2.826.0.1.3680043.8.498.910002");

QStringList shownUids(const RadiologyWorklistView& view)
{
    QStringList uids;
    const QAbstractItemModel* model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        uids << model->index(row, 0).data(WorklistTableModel::kStudyUidRole).toString();
    return uids;
}

} // namespace

class RadiologyWorklistViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEverySourceInOneList();
    void presetsNarrowTheRows();
    void enterOpensAndClaimsTheStudy();
    void nOpensTheNextUnread();
    void switchesUserAndPersistsStatus();
    void savesAUserPreset();
    void screenshot();

private:
    QTemporaryDir m_dir;
    catalog::Catalog m_catalog;
    std::unique_ptr<RadiologyWorklistView> m_view;
    QString m_xaUid;
};

void RadiologyWorklistViewTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("oncology/two_timepoints_TEST_1"));
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-xa"));
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("charsets/chrFren.dcm"));
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(!m_catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("w")));
    const auto imported = m_catalog.importFiles({continuum::testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1")),
                                                 continuum::testing::sharedDicomPath(QStringLiteral("cine-xa")),
                                                 continuum::testing::sharedDicomPath(QStringLiteral("charsets/chrFren.dcm"))});
    QCOMPARE(imported.newInstances, 4);
    for (const catalog::StudyRow& row : m_catalog.studies())
        if (row.modalities.contains(QStringLiteral("XA")))
            m_xaUid = row.studyInstanceUid;
    QVERIFY(!m_xaUid.isEmpty());

    RemoteStudy remote;
    remote.studyInstanceUid = kRemoteUid;
    remote.patientName = QStringLiteral("Remote^Rita");
    remote.patientSex = QStringLiteral("F");
    remote.patientBirthDate = QDate(1980, 5, 20);
    remote.studyDate = kToday.addDays(-1);
    remote.studyTime = QTime(16, 45);
    remote.modalities = {QStringLiteral("MR")};
    remote.description = QStringLiteral("MR knee left");
    remote.numberOfInstances = 212;
    ScheduledProcedure xaOrder;
    xaOrder.studyInstanceUid = m_xaUid;
    xaOrder.requestedProcedurePriority = QStringLiteral("STAT");
    xaOrder.priority = StudyPriority::Stat;
    ScheduledProcedure expected;
    expected.studyInstanceUid = kExpectedUid;
    expected.accessionNumber = QStringLiteral("A-7781");
    expected.patientName = QStringLiteral("Waiting^Walter");
    expected.patientSex = QStringLiteral("M");
    expected.patientBirthDate = QDate(1951, 2, 1);
    expected.modality = QStringLiteral("CT");
    expected.requestedProcedureDescription = QStringLiteral("CT chest with contrast");
    expected.scheduledDate = kToday;
    expected.scheduledTime = QTime(14, 0);
    expected.requestedProcedurePriority = QStringLiteral("HIGH");
    expected.priority = StudyPriority::Urgent;

    m_view = std::make_unique<RadiologyWorklistView>();
    m_view->setReferenceDate(kToday);
    m_view->addStudySource(std::make_shared<continuum::testing::FakeStudySource>(QStringLiteral("PACS"), std::vector<RemoteStudy>{remote}));
    m_view->addScheduledSource(std::make_shared<continuum::testing::FakeScheduledSource>(QStringLiteral("RIS"), std::vector<ScheduledProcedure>{xaOrder, expected}));
    m_view->setUserName(QStringLiteral("alice"));
    m_view->setCatalog(&m_catalog);
    QSignalSpy finished(m_view.get(), &RadiologyWorklistView::sourcesFinished);
    m_view->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
}

void RadiologyWorklistViewTest::showsEverySourceInOneList()
{
    // 4 local studies (two CTs of TEST_1, the XA, the French name) + 1 on PACS + 1 expected.
    QCOMPARE(m_view->table()->model()->rowCount(), 6);
    const QStringList uids = shownUids(*m_view);
    QCOMPARE(uids.front(), m_xaUid);   // STAT from the order comes first
    QVERIFY(uids.contains(kRemoteUid));
    QVERIFY(uids.contains(kExpectedUid));
    // The order's priority reached the catalog.
    QCOMPARE(m_catalog.readingState(m_view->worklist().item(m_xaUid)->catalogStudyId)->priority, StudyPriority::Stat);
}

void RadiologyWorklistViewTest::presetsNarrowTheRows()
{
    QVERIFY(m_view->applyPreset(QStringLiteral("Unread STAT")));
    QCOMPARE(shownUids(*m_view), QStringList{m_xaUid});
    auto* presetCombo = m_view->findChild<QComboBox*>();
    QVERIFY(presetCombo);
    QCOMPARE(presetCombo->accessibleName(), QStringLiteral("Worklist preset"));
    QCOMPARE(presetCombo->currentData().toString(), QStringLiteral("Unread STAT"));

    QVERIFY(m_view->applyPreset(QStringLiteral("CT today")));
    QCOMPARE(shownUids(*m_view), QStringList{kExpectedUid});
    QVERIFY(m_view->applyPreset(QStringLiteral("On PACS only")));
    QCOMPARE(shownUids(*m_view), QStringList{kRemoteUid});
    QVERIFY(m_view->applyPreset(QStringLiteral("All studies")));
    QCOMPARE(m_view->table()->model()->rowCount(), 6);
    QVERIFY(!m_view->applyPreset(QStringLiteral("No such preset")));
}

void RadiologyWorklistViewTest::enterOpensAndClaimsTheStudy()
{
    QSignalSpy opened(m_view.get(), &RadiologyWorklistView::openStudyRequested);
    QVERIFY(m_view->selectStudy(m_xaUid));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_xaUid);
    QCOMPARE(opened.at(0).at(1).toBool(), true);
    // Opened: in progress for alice, in the catalog too.
    const WorklistItem* xa = m_view->worklist().item(m_xaUid);
    QCOMPARE(xa->status, ReadingStatus::InProgress);
    const auto state = m_catalog.readingState(xa->catalogStudyId);
    QCOMPARE(state->status, ReadingStatus::InProgress);
    QCOMPARE(state->statusUser, QStringLiteral("alice"));
    const int row = m_view->worklist().rowOf(m_xaUid);
    QCOMPARE(m_view->table()->model()->index(row, static_cast<int>(WorklistModel::Column::Status)).data().toString(),
             QStringLiteral("In progress: alice"));

    // A study only on the PACS opens as remote (the caller retrieves it).
    QVERIFY(m_view->selectStudy(kRemoteUid));
    QTest::keyClick(m_view->table(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), kRemoteUid);
    QCOMPARE(opened.at(1).at(1).toBool(), false);
    // An expected study has nothing to open.
    QVERIFY(m_view->selectStudy(kExpectedUid));
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    QVERIFY(!m_view->message().isEmpty());
}

void RadiologyWorklistViewTest::nOpensTheNextUnread()
{
    QSignalSpy opened(m_view.get(), &RadiologyWorklistView::openStudyRequested);
    QVERIFY(m_view->selectStudy(m_xaUid));
    // What N must open: the first unread after the current row, in the order shown.
    const auto expectedNext = m_view->worklist().nextUnread(m_xaUid);
    QVERIFY(expectedNext);
    QVERIFY(*expectedNext != kExpectedUid);
    QTest::keyClick(m_view->table(), Qt::Key_N);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), *expectedNext);
    QCOMPARE(m_view->currentStudyUid(), *expectedNext);
    // Pressing N again moves on: the one just opened is no longer unread (if local) or is skipped.
    const auto following = m_view->worklist().nextUnread(*expectedNext);
    QTest::keyClick(m_view->table(), Qt::Key_N);
    if (following) {
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toString(), *following);
        QVERIFY(*following != *expectedNext);
    }
}

void RadiologyWorklistViewTest::switchesUserAndPersistsStatus()
{
    QSignalSpy changed(m_view.get(), &RadiologyWorklistView::userNameChanged);
    m_view->setUserName(QStringLiteral("bob"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_view->property("userName").toString(), QStringLiteral("bob"));
    bool shown = false;
    for (const QLabel* label : m_view->findChildren<QLabel*>())
        shown = shown || label->text() == QStringLiteral("User: bob");
    QVERIFY(shown);

    QVERIFY(m_view->selectStudy(m_xaUid));
    QVERIFY(m_view->setCurrentStatus(ReadingStatus::Read));
    const auto state = m_catalog.readingState(m_view->worklist().item(m_xaUid)->catalogStudyId);
    QCOMPARE(state->status, ReadingStatus::Read);
    QCOMPARE(state->statusUser, QStringLiteral("bob"));

    // Another desk changes the study meanwhile: bob's next change is refused and says who.
    catalog::Catalog otherDesk;
    QVERIFY(!otherDesk.open(m_catalog.databasePath(), QStringLiteral("desk-2")));
    QVERIFY(otherDesk.setReadingStatus(state->studyId, ReadingStatus::InProgress, QStringLiteral("carol"), state->revision).applied());
    QVERIFY(!m_view->setCurrentStatus(ReadingStatus::Unread));
    QVERIFY2(m_view->message().contains(QStringLiteral("carol")), qPrintable(m_view->message()));
    QCOMPARE(m_view->worklist().item(m_xaUid)->statusUser, QStringLiteral("carol"));
}

void RadiologyWorklistViewTest::savesAUserPreset()
{
    QVERIFY(m_view->applyPreset(QStringLiteral("On PACS only")));
    QVERIFY(m_view->saveCurrentFilterAsPreset(QStringLiteral("PACS studies")));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("config/continuum/worklist-presets.json"))));
    QVERIFY(m_view->applyPreset(QStringLiteral("All studies")));
    QCOMPARE(m_view->table()->model()->rowCount(), 6);
    QVERIFY(m_view->applyPreset(QStringLiteral("PACS studies")));
    QCOMPARE(shownUids(*m_view), QStringList{kRemoteUid});
}

void RadiologyWorklistViewTest::screenshot()
{
    QVERIFY(m_view->applyPreset(QStringLiteral("All studies")));
    m_view->resize(1500, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->table()->resizeColumnsToContents();
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1500);
    const QString folder = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(image.save(folder + QStringLiteral("/worklist-view.png")));
}

QTEST_MAIN(RadiologyWorklistViewTest)
#include "RadiologyWorklistViewTest.moc"
