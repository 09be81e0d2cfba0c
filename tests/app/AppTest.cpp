// The executable and its main window under X (Xvfb in CI): snapshots checked pixel by pixel
// against the window formula, clear one-line failures, and patients that never mix.
#include "TestData.h"

#include "CatalogImportJob.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ProtocolEditorDialog.h"
#include "ProtocolLayoutController.h"
#include "ProtocolLayoutView.h"
#include "SeriesViewController.h"
#include "TimelineWidget.h"

#include "OrthancFixture.h"

#include "hanging_protocols/Protocol.h"
#include "timeline/TimelineModel.h"

#include "catalog/Catalog.h"

#include "dicom/FrameRenderer.h"
#include "dicom/ImageSeries.h"
#include "render/MprView.h"
#include "render/SliceViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QScreen>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QProgressBar>
#include <QTimer>
#include <QProcess>
#include <QThreadPool>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using continuum::testing::sharedDicomPath;

namespace {

struct Run {
    int exitCode = -1;
    QString stdErr;
};

Run runContinuum(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONTINUUM_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromLocal8Bit(process.readAllStandardError())};
}

// DICOM LINEAR window (PS3.3 C.11.2.1.2) to 8 bits.
int expectedGrey(double value, double width, double center)
{
    const double low = center - 0.5 - (width - 1.0) / 2.0;
    const double high = center - 0.5 + (width - 1.0) / 2.0;
    if (value <= low)
        return 0;
    if (value > high)
        return 255;
    return int(std::lround(((value - (center - 0.5)) / (width - 1.0) + 0.5) * 255.0));
}

} // namespace

class AppTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotShowsTheWindowedSlice();
    void snapshotFailsWithOneLineReasons();
    void openingAnotherPatientClearsEverything();
    void windowLevelDragChangesTheWindow();
    void openingInTheBackgroundShowsTheSeries();
    void aLateBackgroundScanNeverReplacesANewerOpen();
    void demoSnapshotShowsTheDemoChest();
    void layoutTabShowsTheStudyWithItsPrior();
    void timelineAddsTheStudiesOnThePacs();
    void importDialogShowsProgressThenTheReport();
    void mprTabReformatsTheSeriesShown();
};

void AppTest::mprTabReformatsTheSeriesShown()
{
    // View > Reformat on the 64-slice chest CT: three planes in the MPR tab, the coronal one as
    // tall as the stack (64 slices x 5 mm); a single slice is refused with the reason.
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    continuum::app::MainWindow window;
    window.show();
    window.openPaths({sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"))});
    QVERIFY(!window.showMpr());
    QVERIFY(!window.mprView() || !window.mprView()->hasVolume());
    window.openPaths({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    QSignalSpy shown(&window, &continuum::app::MainWindow::mprShown);
    QVERIFY(window.showMpr());
    QVERIFY(shown.wait(120000));
    QVERIFY(shown.front().front().toBool());
    QVERIFY(window.mprView()->hasVolume());
    QCOMPARE(window.mprView()->volume()->slices(), 64);
    QTest::qWait(300);
    window.screen()->grabWindow(window.winId()).save(QDir::temp().filePath(QStringLiteral("continuum-mpr-tab.png")));
    // Opening something else takes the reformat of the previous series away.
    window.openPaths({sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"))});
    QVERIFY(!window.mprView()->hasVolume());
}

void AppTest::importDialogShowsProgressThenTheReport()
{
    // The import window as the user sees it: progress (done/total, rate) while it runs, then the
    // report listing the refused files with their reasons. Screenshots go to the temp folder.
    CONTINUUM_REQUIRE_SHARED("malformed");
    QTemporaryDir dir;
    continuum::app::MainWindow window;
    window.show();
    QSignalSpy catalogOpened(&window, &continuum::app::MainWindow::catalogOpened);
    window.openCatalogInBackground(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(catalogOpened.wait(60000));
    window.requestImport({continuum::testing::sharedDicomRoot()});
    continuum::app::ImportDialog* dialog = window.importDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("continuum-import-choice.png")));
    dialog->setMode(continuum::catalog::ImportMode::ReferenceInPlace);
    QSignalSpy finished(&window, &continuum::app::MainWindow::importFinished);
    dialog->startImport();
    auto* bar = dialog->findChild<QProgressBar*>();
    QVERIFY(bar);
    // One look at the progress page while files remain (the batches report on the way).
    bool grabbed = false;
    connect(dialog->job(), &continuum::app::CatalogImportJob::progressed, dialog, [&grabbed, dialog](int done, int total) {
        if (!grabbed && done < total) {
            grabbed = true;
            QApplication::processEvents();
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("continuum-import-progress.png")));
        }
    }, Qt::QueuedConnection);
    // The bar and its text follow the job; once it is done they say so.
    QVERIFY(finished.count() > 0 || finished.wait(120000));
    QCOMPARE(dialog->job()->total(), dialog->job()->result().filesSeen);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(dialog->job()->result().newInstances >= 64);   // the CT, and the malformed files that still catalogue
    QVERIFY(dialog->job()->result().refused > 0);
    auto* report = dialog->findChild<QTreeWidget*>();
    QVERIFY(report);
    QVERIFY(report->topLevelItemCount() >= dialog->job()->result().refused);
    // A file without its study: named, with the reason.
    bool namesTheFileAndWhy = false;
    for (int i = 0; i < report->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = report->topLevelItem(i);
        namesTheFileAndWhy = namesTheFileAndWhy
                          || (row->text(1).endsWith(QStringLiteral("UN_sequence.dcm")) && row->text(2).contains(QStringLiteral("StudyInstanceUID")));
    }
    QVERIFY(namesTheFileAndWhy);
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("continuum-import-report.png")));
}

void AppTest::timelineAddsTheStudiesOnThePacs()
{
    // TEST_1's 2015 study is local; a real Orthanc holds both studies. The timeline of the open
    // study shows the 2010 one as "on PACS" and the 2015 one as local, also on PACS.
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
    continuum::testing::OrthancFixture orthanc;
    const QString started = orthanc.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(orthanc.upload(sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))), 2);
    QTemporaryDir dir;
    const QString nodesFile = dir.filePath(QStringLiteral("nodes.json"));
    {
        QFile file(nodesFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"nodes": [{"name": "test-pacs", "kind": "dimse", "aeTitle": "ORTHANC", "host": "127.0.0.1", "port": %1, "timeoutSeconds": 30}]})")
                       .arg(orthanc.dicomPort())
                       .toUtf8());
    }
    qputenv("CONTINUUM_NODES", QFile::encodeName(nodesFile));
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
    const auto studies = window.catalog()->studies();
    QCOMPARE(studies.size(), std::size_t(1));
    QSignalSpy opened(&window, &continuum::app::MainWindow::opened);
    QVERIFY(window.openStudy(studies.front().id));
    QVERIFY(opened.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(window.timeline()->model().items().size(), std::size_t(2), 60000);
    const auto& items = window.timeline()->model().items();
    QCOMPARE(items[0].studyInstanceUid, QStringLiteral("1.2.3"));
    QVERIFY(!items[0].local);
    QCOMPARE(items[0].location(), continuum::timeline::LocationState::OnPacs);
    QCOMPARE(items[0].pacsNodes, QStringList{QStringLiteral("test-pacs")});
    QCOMPARE(items[1].studyInstanceUid, QStringLiteral("2.3.4"));
    QVERIFY(items[1].local && items[1].alsoOnPacs());
    window.timeline()->grab().save(QDir::temp().filePath(QStringLiteral("continuum-timeline-pacs.png")));
    // Hovering the local study shows its card, with the middle image from the catalog.
    continuum::app::TimelineWidget* timeline = window.timeline();
    const QImage before = timeline->grab().toImage();
    const auto mark = timeline->currentLayout().mark(QStringLiteral("2.3.4"));
    QVERIFY(mark.has_value());
    QTest::mouseMove(timeline, mark->rect.center().toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(timeline->grab().toImage() != before, 10000);
    const QImage hovered = timeline->grab().toImage();
    hovered.save(QDir::temp().filePath(QStringLiteral("continuum-timeline-hover.png")));
    int changed = 0;
    for (int y = 0; y < hovered.height(); ++y)
        for (int x = 0; x < hovered.width(); ++x)
            changed += hovered.pixel(x, y) != before.pixel(x, y);
    QVERIFY2(changed > 96 * 48, qPrintable(QString::number(changed)));   // a card with a 96-px image, not a highlight
    qunsetenv("CONTINUUM_NODES");
}

void AppTest::layoutTabShowsTheStudyWithItsPrior()
{
    // TEST_1's 2015 study opened from the catalog: the layout tab hangs it beside its 2010 prior
    // (found in the catalog through the patient ID), and the timeline shows both studies.
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
    QTemporaryDir dir;
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        continuum::catalog::Catalog catalog;
        QVERIFY(!catalog.open(catalogPath));
        QCOMPARE(catalog.importFiles({sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))}).newInstances, 2);
    }
    // Protocols the user saves go to a folder of this test.
    const QString userProtocols = dir.filePath(QStringLiteral("user-protocols"));
    qputenv("CONTINUUM_USER_PROTOCOLS", QFile::encodeName(userProtocols));
    continuum::app::MainWindow window;
    window.show();
    QSignalSpy catalogOpened(&window, &continuum::app::MainWindow::catalogOpened);
    window.openCatalogInBackground(catalogPath);
    QVERIFY(catalogOpened.wait(60000));
    QCOMPARE(catalogOpened.first().first().toBool(), true);
    continuum::catalog::StudyFilter filter;
    filter.text = QStringLiteral("TEST_1");
    const auto studies = window.catalog()->studies(filter);
    QCOMPARE(studies.size(), std::size_t(2));
    QCOMPARE(studies.front().studyDate, QDate(2015, 1, 1));   // newest first

    QSignalSpy opened(&window, &continuum::app::MainWindow::opened);
    QVERIFY(window.openStudy(studies.front().id));
    QVERIFY(opened.wait(60000));
    // The viewer shows the 2015 study only; the prior is for the layout.
    QCOMPARE(window.browser().series().size(), std::size_t(1));
    const auto& items = window.timeline()->model().items();
    QCOMPARE(items.size(), std::size_t(2));
    QCOMPARE(items.front().studyInstanceUid, QStringLiteral("1.2.3"));   // 2010 first
    QCOMPARE(window.timeline()->selectedStudies(), QStringList{QStringLiteral("2.3.4")});

    QSignalSpy built(&window, &continuum::app::MainWindow::layoutBuilt);
    QSignalSpy shown(window.layoutView(), &continuum::app::ProtocolLayoutView::stageShown);
    window.showLayout();
    QVERIFY(built.count() == 1 || built.wait(60000));
    QCOMPARE(built.first().first().toBool(), true);
    QCOMPARE(window.layoutController()->shownProtocol()->id, QStringLiteral("ct-chest-comparison"));
    QVERIFY(shown.count() > 0 || shown.wait(60000));
    QCOMPARE(window.layoutView()->viewportCount(), 2);
    QVERIFY2(window.layoutView()->viewportLabel(0).startsWith(QStringLiteral("Prior 1")), qPrintable(window.layoutView()->viewportLabel(0)));
    QVERIFY2(window.layoutView()->viewportLabel(1).startsWith(QStringLiteral("Current")), qPrintable(window.layoutView()->viewportLabel(1)));
    QTRY_VERIFY_WITH_TIMEOUT(window.layoutView()->viewport(0)->hasImage() && window.layoutView()->viewport(1)->hasImage(), 60000);
    window.layoutView()->grabLayout().save(QDir::temp().filePath(QStringLiteral("continuum-layout-tab.png")));

    // Protocol > Save This Layout as a Protocol: the editor opens on a protocol made from the
    // screen; saving writes a user protocol that then matches the same studies.
    QAction* saveLayout = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text().contains(QStringLiteral("Save This Layout")))
            saveLayout = action;
    QVERIFY(saveLayout && saveLayout->isEnabled());
    QTimer::singleShot(0, [] {
        auto* editor = qobject_cast<continuum::app::ProtocolEditorDialog*>(QApplication::activeModalWidget());
        QVERIFY(editor);
        if (editor->save())
            editor->accept();
        else
            editor->reject();
    });
    saveLayout->trigger();
    const QString savedFile = userProtocols + QStringLiteral("/user-ct-chest-comparison.json");
    QVERIFY2(QFile::exists(savedFile), qPrintable(savedFile));
    // The library reloads on its own; the new protocol is among the candidates for TEST_1.
    window.showLayout();
    QTRY_VERIFY_WITH_TIMEOUT(window.layoutController()->statusText().contains(QStringLiteral("of 5")), 30000);

    // Another patient opened from files: the layout is rebuilt for it, without the old prior.
    window.openPaths({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    window.showLayout();
    QVERIFY(built.count() == 2 || built.wait(60000));
    QCOMPARE(window.layoutController()->shownProtocol()->id, QStringLiteral("ct-chest"));
    QCOMPARE(window.timeline()->model().items().size(), std::size_t(0));   // not in this catalog
}

void AppTest::demoSnapshotShowsTheDemoChest()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("demo.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONTINUUM_DEMO_DIR"), dir.filePath(QStringLiteral("demo")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONTINUUM_BINARY), {QStringLiteral("--demo"), QStringLiteral("--snapshot"), png,
                                                     QStringLiteral("--size"), QStringLiteral("512x512")});
    QVERIFY(process.waitForFinished(180000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    // The demo lives in its own folder, complete with its manifest.
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("demo/demo-manifest.json"))));
    // ... and its own catalog beside it: 5 studies of DEMO^ patients only.
    continuum::catalog::Catalog demoCatalog;
    QVERIFY(!demoCatalog.open(dir.filePath(QStringLiteral("demo-catalog.sqlite"))));
    const auto studies = demoCatalog.studies();
    QCOMPARE(studies.size(), std::size_t(5));
    for (const auto& study : studies)
        QVERIFY(study.patientName.startsWith(QStringLiteral("DEMO^")));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(512, 512));
    // The largest series (the 100-slice chest) opens on its middle slice with the stored
    // mediastinal window 400/40: soft tissue (~40 HU) in the middle is mid-grey, air is black.
    const int centre = qGray(image.pixel(256, 256));
    QVERIFY2(centre > 90 && centre < 170, qPrintable(QString::number(centre)));
    QCOMPARE(qGray(image.pixel(256, 20)) < 10 || qGray(image.pixel(256, 20)) > 200, true);   // air or overlay text
}

void AppTest::aLateBackgroundScanNeverReplacesANewerOpen()
{
    CONTINUUM_REQUIRE_SHARED("mr-series/ge_signa_3d_t1_mprage_130sl");
    continuum::app::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &continuum::app::MainWindow::opened);
    // Patient A starts scanning in the background, then the user opens patient B.
    window.openPathsInBackground({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    window.openPaths({sharedDicomPath(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl"))});
    QCOMPARE(opened.count(), 1);   // B
    // Let A's scan finish (it runs on the global pool) and its result reach the window.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(120000));
    QTest::qWait(200);
    QCoreApplication::processEvents();
    QCOMPARE(opened.count(), 1);   // A's late result was dropped
    QCOMPARE(window.browser().series().size(), std::size_t(1));
    QCOMPARE(window.controller()->series()->frameCount(), 130);
    const auto* tree = window.findChild<QTreeWidget*>();
    QCOMPARE(tree->topLevelItemCount(), 1);
}

void AppTest::openingInTheBackgroundShowsTheSeries()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    continuum::app::MainWindow window;
    QSignalSpy opened(&window, &continuum::app::MainWindow::opened);
    window.openPathsInBackground({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    window.show();
    QVERIFY(opened.wait(60000));
    QVERIFY(window.viewport()->hasImage());
    QCOMPARE(window.controller()->series()->frameCount(), 64);
    // Background decoding starts after the first frame with the image is on screen and
    // eventually decodes every slice.
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->series()->isDecoded(0) && window.controller()->series()->isDecoded(63), 60000);
}

void AppTest::snapshotShowsTheWindowedSlice()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    const QString series = sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("ct.png"));
    const Run run = runContinuum({QStringLiteral("--snapshot"), png, QStringLiteral("--size"), QStringLiteral("512x512"),
                                  QStringLiteral("--slice"), QStringLiteral("33"), QStringLiteral("--window"), QStringLiteral("400"),
                                  QStringLiteral("--level"), QStringLiteral("40"), series});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(512, 512));

    // The same slice, through the library: the 512x512 image fills the 512x512 view 1:1.
    continuum::app::StudyBrowser browser;
    browser.open({series});
    auto created = continuum::dicom::ImageSeries::create(browser.series().front());
    QVERIFY(created);
    auto& s = *created.value();
    QVERIFY(!s.decodeFrame(32));
    int checked = 0;
    for (const QPoint p : {QPoint(256, 256), QPoint(200, 300), QPoint(300, 200), QPoint(150, 260), QPoint(380, 330), QPoint(256, 420)}) {
        const double hu = continuum::dicom::FrameRenderer::modalityValueAt(s, 32, p.x(), p.y());
        const int grey = qGray(image.pixel(p));
        QVERIFY2(std::abs(grey - expectedGrey(hu, 400, 40)) <= 2,
                 qPrintable(QStringLiteral("at (%1,%2): HU %3 shows %4, expected %5").arg(p.x()).arg(p.y()).arg(hu).arg(grey).arg(expectedGrey(hu, 400, 40))));
        ++checked;
    }
    QCOMPARE(checked, 6);
    // Overlay text is drawn in the corners (patient name top left): light pixels over black air.
    int light = 0;
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 200; ++x)
            light += qGray(image.pixel(x, y)) > 200;
    QVERIFY(light > 50);
}

void AppTest::snapshotFailsWithOneLineReasons()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    Run run = runContinuum({QStringLiteral("--snapshot"), png, dir.filePath(QStringLiteral("does-not-exist"))});
    QVERIFY(run.exitCode != 0);
    // Exactly one line of ours (Qt may add its own environment warnings).
    const QStringList ours = run.stdErr.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^continuum: ")));
    QCOMPARE(ours.size(), 1);
    QVERIFY(!QFileInfo::exists(png));

    run = runContinuum({QStringLiteral("--snapshot"), png, QStringLiteral("--slice"), QStringLiteral("999"),
                        sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.stdErr.contains(QStringLiteral("out of range")), qPrintable(run.stdErr));

    run = runContinuum({QStringLiteral("--snapshot"), png, sharedDicomPath(QStringLiteral("malformed/MR_truncated.dcm"))});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.stdErr.contains(QStringLiteral("shorter than expected")), qPrintable(run.stdErr));

    run = runContinuum({QStringLiteral("--window"), QStringLiteral("abc"), QStringLiteral("--snapshot"), png, QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.stdErr.contains(QStringLiteral("--window")));
}

void AppTest::openingAnotherPatientClearsEverything()
{
    CONTINUUM_REQUIRE_SHARED("mr-series/ge_signa_3d_t1_mprage_130sl");
    continuum::app::MainWindow window;
    window.show();
    window.openPaths({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    QVERIFY(window.viewport()->hasImage());
    QCOMPARE(window.controller()->series()->header(0).patient.name, QStringLiteral("Lung_Dx-A0001"));
    QCOMPARE(window.controller()->currentFrame(), 32);   // middle slice of the volume

    window.openPaths({sharedDicomPath(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl"))});
    QCOMPARE(window.browser().patientCount(), 1);
    QCOMPARE(window.browser().series().size(), std::size_t(1));
    QVERIFY(window.controller()->series()->header(0).patient.name != QStringLiteral("Lung_Dx-A0001"));
    const auto* tree = window.findChild<QTreeWidget*>();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(!tree->topLevelItem(0)->text(0).contains(QStringLiteral("Lung_Dx")));

    // A path with nothing usable leaves an empty viewer, not the previous patient.
    window.openPaths({sharedDicomPath(QStringLiteral("malformed/MR_truncated.dcm"))});
    QVERIFY(!window.viewport()->hasImage());
    QVERIFY(window.controller()->series() == nullptr || window.controller()->series()->header(0).patient.name.isEmpty()
            || window.browser().series().size() <= 1);
    QCOMPARE(tree->topLevelItemCount() <= 1, true);
}

void AppTest::windowLevelDragChangesTheWindow()
{
    continuum::app::MainWindow window;
    window.show();
    window.openPaths({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))});
    const auto before = window.controller()->effectiveWindow();
    QCOMPARE(before.width, 1600.0);
    Q_EMIT window.viewport()->windowLevelDragged(100, 0);
    const auto after = window.controller()->effectiveWindow();
    QVERIFY(after.width > before.width);
    QCOMPARE(after.center, before.center);
    window.controller()->resetWindow();
    QCOMPARE(window.controller()->effectiveWindow().width, 1600.0);
}

int main(int argc, char* argv[])
{
    continuum::render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    AppTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "AppTest.moc"
