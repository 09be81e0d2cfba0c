// Launch in context and the timeline's actions in the main window (needs X): an EHR's request
// clears the previous patient and opens the requested study in its layout, a second
// `continuum open` process hands its request to the running window, a study only a real Orthanc
// has is retrieved and shown, "retrieve all priors" fetches the rest, and "compare" hangs the
// selected studies side by side.
#include "TestData.h"

#include "CardiologyWorkspace.h"
#include "CineGridView.h"
#include "MainWindow.h"
#include "OncologyWorkspace.h"
#include "ProtocolLayoutController.h"
#include "SingleInstanceChannel.h"
#include "TimelinePanel.h"
#include "TimelineWidget.h"

#include "OrthancFixture.h"

#include "catalog/Catalog.h"
#include "generators/AttributeRewriter.h"
#include "hanging_protocols/StudyAttributes.h"
#include "timeline/TimelineModel.h"

#include <QScreen>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using continuum::testing::sharedDicomPath;

namespace {

QString openStudyUid(const continuum::app::MainWindow& window)
{
    const auto& series = window.browser().series();
    return series.empty() ? QString() : QString::fromStdString(series.front().first().studyInstanceUid);
}

void writeNodes(const QString& path, int dicomPort)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (dicomPort > 0)
        file.write(QStringLiteral(R"({"nodes": [{"name": "test-pacs", "kind": "dimse", "aeTitle": "ORTHANC", "host": "127.0.0.1", "port": %1, "timeoutSeconds": 30}]})")
                       .arg(dicomPort)
                       .toUtf8());
    else
        file.write(R"({"nodes": []})");
}

} // namespace

class LaunchWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void launchOpensTheRequestedStudyAfterClearingTheOtherPatient();
    void launchRetrievesWhatOnlyThePacsHasThenPriorsAndCompare();
    void aCardiologyStudyOpensInTheCineWorkspace();
};

void LaunchWindowTest::aCardiologyStudyOpensInTheCineWorkspace()
{
    // The coronary angiogram (XA: the cardiology lane by the bundled mapping) plays in the
    // cardiology workspace rather than the layout tab.
    CONTINUUM_REQUIRE_SHARED("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
    QTemporaryDir dir;
    const QString nodes = dir.filePath(QStringLiteral("nodes.json"));
    writeNodes(nodes, 0);
    qputenv("CONTINUUM_NODES", QFile::encodeName(nodes));
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        continuum::catalog::Catalog catalog;
        QVERIFY(!catalog.open(catalogPath));
        QCOMPARE(catalog.importFiles({sharedDicomPath(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm"))}).newInstances, 1);
    }
    continuum::app::MainWindow window;
    window.show();
    QSignalSpy catalogOpened(&window, &continuum::app::MainWindow::catalogOpened);
    window.openCatalogInBackground(catalogPath);
    QVERIFY(catalogOpened.wait(60000));
    QVERIFY(window.cardiologyWorkspace());
    QSignalSpy launched(&window, &continuum::app::MainWindow::launchHandled);
    continuum::app::LaunchContext context;
    context.patientId = QStringLiteral("556342B");
    window.openPatientContext(context);
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 60000);
    QVERIFY2(launched.front().front().toBool(), qPrintable(launched.front().back().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(window.cardiologyWorkspace()->grid()->loopCount(), 1, 60000);
    QVERIFY(window.cardiologyWorkspace()->isVisible());
    QVERIFY(!window.isLayoutShown());
    QTest::qWait(500);
    window.screen()->grabWindow(window.winId()).save(QDir::temp().filePath(QStringLiteral("continuum-cardiology-tab.png")));
    qunsetenv("CONTINUUM_NODES");
}

void LaunchWindowTest::launchOpensTheRequestedStudyAfterClearingTheOtherPatient()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
    CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
    QTemporaryDir dir;
    const QString nodes = dir.filePath(QStringLiteral("nodes.json"));
    writeNodes(nodes, 0);
    qputenv("CONTINUUM_NODES", QFile::encodeName(nodes));
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    qint64 otherPatientStudy = 0;
    {
        continuum::catalog::Catalog catalog;
        QVERIFY(!catalog.open(catalogPath));
        QCOMPARE(catalog.importFiles({sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))}).newInstances, 2);
        QCOMPARE(catalog.importFiles({sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"))}).newInstances, 1);
        for (const auto& row : catalog.studies())
            if (row.patientId != QLatin1String("TEST_1"))
                otherPatientStudy = row.id;
    }
    QVERIFY(otherPatientStudy != 0);
    continuum::app::MainWindow window;
    window.show();
    QSignalSpy catalogOpened(&window, &continuum::app::MainWindow::catalogOpened);
    QSignalSpy launched(&window, &continuum::app::MainWindow::launchHandled);
    // Asked before the catalog is open: the request waits for it.
    continuum::app::LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    context.accessionNumber = QStringLiteral("1234");
    window.openCatalogInBackground(catalogPath);
    window.openPatientContext(context);
    QVERIFY(catalogOpened.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 60000);
    QVERIFY2(launched.front().front().toBool(), qPrintable(launched.front().back().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(openStudyUid(window), QStringLiteral("1.2.3"), 60000);   // accession 1234 = the 2010 study
    QVERIFY(window.isLayoutShown());
    QTRY_COMPARE_WITH_TIMEOUT(window.timeline()->model().items().size(), std::size_t(2), 60000);
    QCOMPARE(window.timeline()->model().patient().patientId, QStringLiteral("TEST_1"));

    // Another patient on screen, then a launch: nothing of the other patient stays meanwhile.
    QSignalSpy opened(&window, &continuum::app::MainWindow::opened);
    QVERIFY(window.openStudy(otherPatientStudy));
    QVERIFY(opened.wait(60000));
    QVERIFY(openStudyUid(window) != QLatin1String("1.2.3"));
    context.accessionNumber.clear();
    launched.clear();
    window.openPatientContext(context);
    QVERIFY(window.browser().series().empty() || openStudyUid(window) == QLatin1String("2.3.4"));
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(openStudyUid(window), QStringLiteral("2.3.4"), 60000);   // newest by default

    // A second process hands its request to this window through the local socket.
    continuum::app::SingleInstanceChannel channel(continuum::app::SingleInstanceChannel::serverNameFor(catalogPath));
    QString error;
    QVERIFY2(channel.listen(&error), qPrintable(error));
    connect(&channel, &continuum::app::SingleInstanceChannel::messageReceived, &window, [&window](const QByteArray& message) {
        if (const auto request = continuum::app::LaunchContext::fromJson(message))
            window.openPatientContext(*request);
    });
    launched.clear();
    QProcess process;
    process.start(QStringLiteral(CONTINUUM_BINARY), {QStringLiteral("open"), QStringLiteral("--patient-id"), QStringLiteral("TEST_1"),
                                                     QStringLiteral("--study-uid"), QStringLiteral("1.2.3"), QStringLiteral("--catalog"), catalogPath});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromLocal8Bit(process.readAllStandardOutput()).contains(QStringLiteral("handed to the running viewer")));
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(openStudyUid(window), QStringLiteral("1.2.3"), 60000);

    // A patient nobody has: the window says so, and shows nothing of the previous one.
    launched.clear();
    context.patientId = QStringLiteral("NOBODY");
    window.openPatientContext(context);
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 60000);
    QVERIFY(!launched.front().front().toBool());
    QVERIFY2(launched.front().back().toString().contains(QStringLiteral("NOBODY")), qPrintable(launched.front().back().toString()));
    QVERIFY(window.browser().series().empty());
    QVERIFY(!window.layoutController()->hasLayout());
    qunsetenv("CONTINUUM_NODES");
}

void LaunchWindowTest::launchRetrievesWhatOnlyThePacsHasThenPriorsAndCompare()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
    continuum::testing::OrthancFixture orthanc;
    const QString started = orthanc.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(orthanc.upload(sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))), 2);
    QTemporaryDir dir;
    // A third study of TEST_1 for the PACS, derived from study_20100630.dcm: dated 2012, own UIDs.
    const QString derived = dir.filePath(QStringLiteral("derived/study_2012.dcm"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("derived"))));
    QString error;
    QVERIFY2(continuum::generators::AttributeRewriter::writeCopy(
                 sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1/study_20100630.dcm")), derived,
                 {{{0x0020, 0x000D}, QStringLiteral("1.2.826.0.1.3680043.10.5678.1")},
                  {{0x0020, 0x000E}, QStringLiteral("1.2.826.0.1.3680043.10.5678.2")},
                  {{0x0008, 0x0018}, QStringLiteral("1.2.826.0.1.3680043.10.5678.3")},
                  {{0x0008, 0x0050}, QStringLiteral("5678")},
                  {{0x0008, 0x0020}, QStringLiteral("20120315")}},
                 &error),
             qPrintable(error));
    QCOMPARE(orthanc.upload(dir.filePath(QStringLiteral("derived"))), 1);
    const QString nodes = dir.filePath(QStringLiteral("nodes.json"));
    writeNodes(nodes, orthanc.dicomPort());
    qputenv("CONTINUUM_NODES", QFile::encodeName(nodes));
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        continuum::catalog::Catalog catalog;
        QVERIFY(!catalog.open(catalogPath));
        QCOMPARE(catalog.importFiles({sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1/study_20150101.dcm"))}).newInstances, 1);
    }
    continuum::app::MainWindow window;
    window.show();
    QSignalSpy catalogOpened(&window, &continuum::app::MainWindow::catalogOpened);
    window.openCatalogInBackground(catalogPath);
    QVERIFY(catalogOpened.wait(60000));

    // The 2010 study is only on the PACS: the launch retrieves it and shows it.
    QSignalSpy launched(&window, &continuum::app::MainWindow::launchHandled);
    QSignalSpy retrieved(&window, &continuum::app::MainWindow::studyRetrieveFinished);
    continuum::app::LaunchContext context;
    context.patientId = QStringLiteral("TEST_1");
    context.studyInstanceUid = QStringLiteral("1.2.3");
    window.openPatientContext(context);
    QTRY_VERIFY_WITH_TIMEOUT(launched.count() >= 1, 120000);
    QVERIFY2(launched.front().front().toBool(), qPrintable(launched.front().back().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(openStudyUid(window), QStringLiteral("1.2.3"), 120000);
    QTRY_COMPARE_WITH_TIMEOUT(retrieved.count(), 1, 120000);
    QCOMPARE(retrieved.front().front().toString(), QStringLiteral("1.2.3"));
    QVERIFY(retrieved.front().back().toBool());
    QCOMPARE(window.catalog()->studyCount(), 2);
    continuum::catalog::StudyFilter filter;
    filter.studyInstanceUid = QStringLiteral("1.2.3");
    QCOMPARE(window.catalog()->studies(filter).front().instanceCount, 1);

    // The 2012 study is still only on the PACS: "retrieve all priors" fetches it.
    const QString study2012 = QStringLiteral("1.2.826.0.1.3680043.10.5678.1");
    QTRY_COMPARE_WITH_TIMEOUT(window.timelinePanel()->remoteOnlyStudies(), QStringList{study2012}, 60000);
    QPushButton* retrieveAll = nullptr;
    for (QPushButton* button : window.timelinePanel()->findChildren<QPushButton*>())
        if (button->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Retrieve all priors")))
            retrieveAll = button;
    QVERIFY(retrieveAll);
    QVERIFY(retrieveAll->isEnabled());
    QVERIFY(retrieveAll->text().contains(QStringLiteral("(1)")));
    window.timelinePanel()->grab().save(QDir::temp().filePath(QStringLiteral("continuum-timeline-actions.png")));
    retrieved.clear();
    retrieveAll->click();
    QTRY_COMPARE_WITH_TIMEOUT(retrieved.count(), 1, 120000);
    QCOMPARE(retrieved.front().front().toString(), study2012);
    QVERIFY(retrieved.front().back().toBool());
    QCOMPARE(window.catalog()->studyCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(window.timeline()->model().item(study2012) && window.timeline()->model().item(study2012)->local, 60000);
    QVERIFY(window.timelinePanel()->remoteOnlyStudies().isEmpty());
    QVERIFY(!retrieveAll->isEnabled());

    // Both studies local now; the timeline knows (after the PACS answers) and compare hangs them
    // side by side, the 2015 one as current.
    QTRY_VERIFY_WITH_TIMEOUT(window.timeline()->model().items().size() == 3 && window.timeline()->model().item(QStringLiteral("1.2.3"))->local
                                 && window.timeline()->model().item(QStringLiteral("2.3.4"))->local,
                             60000);
    window.timeline()->setSelectedStudies({QStringLiteral("1.2.3"), QStringLiteral("2.3.4")});
    QPushButton* compare = nullptr;
    for (QPushButton* button : window.timelinePanel()->findChildren<QPushButton*>())
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Compare"))
            compare = button;
    QVERIFY(compare);
    QTRY_VERIFY(compare->isEnabled());
    compare->click();
    // The oncology comparison: exactly the two chosen timepoints, baseline first.
    QVERIFY(window.oncologyWorkspace()->isVisible());
    QCOMPARE(window.oncologyWorkspace()->timepointStudyUids(), (QStringList{QStringLiteral("1.2.3"), QStringLiteral("2.3.4")}));
    QTest::qWait(300);
    window.screen()->grabWindow(window.winId()).save(QDir::temp().filePath(QStringLiteral("continuum-compare.png")));
    // The layout tab can still hang exactly these two side by side.
    QVERIFY(window.openComparison({window.timeline()->model().item(QStringLiteral("1.2.3"))->catalogStudyId,
                                   window.timeline()->model().item(QStringLiteral("2.3.4"))->catalogStudyId}));
    QVERIFY(window.isLayoutShown());
    QTRY_COMPARE_WITH_TIMEOUT(openStudyUid(window), QStringLiteral("2.3.4"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.layoutController()->hasLayout(), 60000);
    QCOMPARE(window.layoutController()->studies().studyCount(), 2);
    QCOMPARE(window.layoutController()->studies().current().studyInstanceUid(), QStringLiteral("2.3.4"));
    qunsetenv("CONTINUUM_NODES");
}

QTEST_MAIN(LaunchWindowTest)
#include "LaunchWindowTest.moc"
