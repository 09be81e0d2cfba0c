// Hanging protocols bound to viewports (ProtocolLayoutView / ProtocolLayoutController) and
// `continuum --snapshot --layout auto`, on real studies from the shared set. The scroll-sync
// case needs a prior of the same patient in the same frame of reference with another slice
// spacing, which the shared set lacks: it is derived at test time from
// ct-series/lung_dx_a0001_chest_ct_5mm (SeriesInterpolator at 4 mm, then AttributeRewriter
// dating it 2006-04-04, a year before the source study). The derivation keeps the source's
// FrameOfReferenceUID under a new StudyInstanceUID, as real scanners do across visits, so it must
// never be matched by coordinates. Reference lines and position sync within one study use two
// more derived series of the CT's own study: the same 4 mm interpolation rewritten into the CT's
// study, and 16 copies of slice 1-32.dcm given coronal geometry (row +x, column -z, 20 mm apart;
// the pixels stay axial: only the geometry matters for the lines).
#include "TestData.h"

#include "ProtocolLayoutController.h"
#include "ProtocolLayoutView.h"
#include "SeriesViewController.h"
#include "StudyBrowser.h"

#include "dicom/FrameRenderer.h"
#include "dicom/ImageSeries.h"
#include "generators/AttributeRewriter.h"
#include "generators/SeriesInterpolator.h"
#include "generators/UidFactory.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "render/SliceViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QToolButton>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using continuum::app::ProtocolLayoutController;
using continuum::app::ProtocolLayoutView;
using continuum::testing::sharedDicomPath;
namespace hp = continuum::hanging_protocols;

namespace {

const QString kCtSeries = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString kTest1 = QStringLiteral("oncology/two_timepoints_TEST_1");

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

std::vector<hp::Protocol> protocolsFrom(const QString& folder)
{
    const hp::ProtocolLibrary library(hp::ProtocolLibrary::Folders{folder, {}, {}});
    for (const hp::ProtocolProblem& problem : library.problems())
        qWarning("protocol not loaded: %s", qPrintable(problem.text()));
    return library.protocolList();
}

std::vector<continuum::dicom::SeriesDescriptor> seriesUnder(const QStringList& paths)
{
    continuum::app::StudyBrowser browser;
    browser.open(paths);
    return browser.series();
}

// Shows the view and waits until every viewport has its series.
bool waitShown(ProtocolLayoutView& view)
{
    if (!view.isLoading())
        return true;
    QSignalSpy shown(&view, &ProtocolLayoutView::stageShown);
    return shown.wait(120000);
}

struct RegionStats {
    double mean = 0.0;
    double deviation = 0.0;
};

RegionStats statsOf(const QImage& image, const QRect& region)
{
    double sum = 0.0, sumSquares = 0.0;
    int n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            const int g = qGray(image.pixel(x, y));
            sum += g;
            sumSquares += double(g) * g;
            ++n;
        }
    }
    const double mean = sum / std::max(n, 1);
    return {mean, std::sqrt(std::max(0.0, sumSquares / std::max(n, 1) - mean * mean))};
}

} // namespace

class ProtocolLayoutTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_priorFolder;   // the derived 4 mm prior of the CT series
    QString m_sameStudyFolder;   // the 4 mm interpolation inside the CT's own study
    QString m_coronalFolder;     // coronal geometry inside the CT's own study
    std::vector<hp::Protocol> m_bundled;

private Q_SLOTS:
    void initTestCase();
    void comparisonShowsPriorAndCurrentWithTheirDates();
    void protocolWindowIsApplied();
    void emptyViewportSaysSoAndExplicitSettingsApply();
    void scrollZoomAndWindowSyncFollowTheGroups();
    void stageAndProtocolKeysChangeWhatIsShown();
    void referenceLinesAndPositionSyncStayWithinOneStudy();
    void snapshotLayoutAutoRendersTheWholeStage_data();
    void snapshotLayoutAutoRendersTheWholeStage();
};

void ProtocolLayoutTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(kCtSeries);
    CONTINUUM_REQUIRE_SHARED(kTest1);
    QVERIFY(m_dir.isValid());
    // Dates in a locale whose short format is known: day.month.year.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_bundled = protocolsFrom(QStringLiteral(CONTINUUM_PROTOCOLS_DIR));
    QVERIFY(m_bundled.size() >= 10);

    // The derived prior (see the top of the file).
    const auto interpolated = continuum::generators::SeriesInterpolator::derive(sharedDicomPath(kCtSeries), m_dir.filePath(QStringLiteral("raw")), 80, 4.0);
    QVERIFY2(interpolated.succeeded(), qPrintable(interpolated.error));
    m_priorFolder = m_dir.filePath(QStringLiteral("prior"));
    QVERIFY(QDir().mkpath(m_priorFolder));
    for (const QString& file : interpolated.files) {
        QString error;
        QVERIFY2(continuum::generators::AttributeRewriter::writeCopy(
                     file, QDir(m_priorFolder).filePath(QFileInfo(file).fileName()),
                     {{{0x0008, 0x0020}, QStringLiteral("20060404")}, {{0x0008, 0x103e}, QStringLiteral("4mm derived")}}, &error),
                 qPrintable(error));
    }

    // The same interpolation inside the CT's own study (see the top of the file).
    const QString ctStudyUid = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6655.2359.165554066086145834377508507990");
    m_sameStudyFolder = m_dir.filePath(QStringLiteral("same-study"));
    QVERIFY(QDir().mkpath(m_sameStudyFolder));
    const QString sameStudySeries = QString::fromStdString(continuum::generators::UidFactory::newUid());
    for (const QString& file : interpolated.files) {
        QString error;
        QVERIFY2(continuum::generators::AttributeRewriter::writeCopy(
                     file, QDir(m_sameStudyFolder).filePath(QFileInfo(file).fileName()),
                     {{{0x0020, 0x000d}, ctStudyUid}, {{0x0020, 0x000e}, sameStudySeries}, {{0x0020, 0x0011}, QStringLiteral("80")},
                      {{0x0008, 0x0020}, QStringLiteral("20070404")},
                      {{0x0008, 0x0018}, QString::fromStdString(continuum::generators::UidFactory::newUid())},
                      {{0x0008, 0x103e}, QStringLiteral("4mm same study")}},
                     &error),
                 qPrintable(error));
    }
    m_coronalFolder = m_dir.filePath(QStringLiteral("coronal"));
    QVERIFY(QDir().mkpath(m_coronalFolder));
    const QString coronalSeries = QString::fromStdString(continuum::generators::UidFactory::newUid());
    for (int k = 0; k < 16; ++k) {
        QString error;
        const double y = -60.0 + 20.0 * k;
        QVERIFY2(continuum::generators::AttributeRewriter::writeCopy(
                     sharedDicomPath(kCtSeries + QStringLiteral("/1-32.dcm")), QDir(m_coronalFolder).filePath(QStringLiteral("cor-%1.dcm").arg(k, 2, 10, QLatin1Char('0'))),
                     {{{0x0020, 0x000e}, coronalSeries}, {{0x0020, 0x0011}, QStringLiteral("90")},
                      {{0x0008, 0x0018}, QString::fromStdString(continuum::generators::UidFactory::newUid())},
                      {{0x0020, 0x0013}, QString::number(k + 1)},
                      {{0x0020, 0x0037}, QStringLiteral("1\\0\\0\\0\\0\\-1")},
                      {{0x0020, 0x0032}, QStringLiteral("-228.036842\\%1\\-100").arg(y)},
                      {{0x0020, 0x1041}, QString::number(y)},
                      {{0x0008, 0x103e}, QStringLiteral("coronal geometry")}},
                     &error),
                 qPrintable(error));
    }
}

void ProtocolLayoutTest::comparisonShowsPriorAndCurrentWithTheirDates()
{
    ProtocolLayoutController controller(m_bundled);
    QVERIFY(controller.setSeries(seriesUnder({sharedDicomPath(kTest1)})));
    ProtocolLayoutView view(&controller);
    view.resize(1000, 600);
    view.show();
    QVERIFY(waitShown(view));

    QCOMPARE(controller.stage().protocolId, QStringLiteral("ct-chest-comparison"));
    QCOMPARE(view.viewportCount(), 2);
    // Left the prior (2010), right the current study (2015): their own series, not one twice.
    const auto* prior = view.seriesController(0)->series();
    const auto* current = view.seriesController(1)->series();
    QVERIFY(prior && current);
    QCOMPARE(prior->header(0).studyDate, QDate(2010, 6, 30));
    QCOMPARE(current->header(0).studyDate, QDate(2015, 1, 1));
    QCOMPARE(QString::fromStdString(prior->header(0).studyInstanceUid), QStringLiteral("1.2.3"));
    QCOMPARE(QString::fromStdString(current->header(0).studyInstanceUid), QStringLiteral("2.3.4"));
    QVERIFY(view.viewport(0)->hasImage());
    QVERIFY(view.viewport(1)->hasImage());
    // Labels: which study, its date in the locale's format (four-digit year), the series.
    QVERIFY2(view.viewportLabel(0).startsWith(QStringLiteral("Prior 1 — 30.06.2010")), qPrintable(view.viewportLabel(0)));
    QVERIFY2(view.viewportLabel(0).contains(QStringLiteral("Thorax  Poumons 5.0  MPR Sagit")), qPrintable(view.viewportLabel(0)));
    QVERIFY2(view.viewportLabel(1).startsWith(QStringLiteral("Current — 01.01.2015")), qPrintable(view.viewportLabel(1)));
    // The status line names the protocol, its score, the stage and why it matched.
    const QString status = view.statusText();
    QVERIFY2(status.contains(QStringLiteral("CT chest/abdomen with prior")) && status.contains(QStringLiteral("score 31"))
                 && status.contains(QStringLiteral("stage 1/2")) && status.contains(QStringLiteral("prior 1: modalitiesInStudy equals CT (+10)")),
             qPrintable(status));
}

void ProtocolLayoutTest::protocolWindowIsApplied()
{
    ProtocolLayoutController controller(m_bundled);
    QVERIFY(controller.setSeries(seriesUnder({sharedDicomPath(kTest1)})));
    ProtocolLayoutView view(&controller);
    view.resize(1000, 600);
    view.show();
    QVERIFY(waitShown(view));
    // Stage 1 asks for the CT "Lung" preset of resources/window-presets.json: W 1500 / L -600.
    for (int i = 0; i < 2; ++i) {
        const auto window = view.seriesController(i)->effectiveWindow();
        QCOMPARE(window.width, 1500.0);
        QCOMPARE(window.center, -600.0);
    }
    // On screen: pixels of known HU show the grey the lung window gives them.
    continuum::render::SliceViewport* viewport = view.viewport(1);
    viewport->setInterpolation(continuum::render::SliceViewport::Interpolation::Nearest);
    QTest::qWait(50);
    const QImage frame = viewport->grabImage();
    const auto& series = *view.seriesController(1)->series();
    int checked = 0, distinctGreys = 0, lastGrey = -1;
    for (const QPoint p : {QPoint(150, 200), QPoint(250, 250), QPoint(300, 300), QPoint(200, 350), QPoint(350, 180), QPoint(260, 400)}) {
        const QPointF pixel = viewport->imagePixelAt(p);
        const int column = int(std::floor(pixel.x())), row = int(std::floor(pixel.y()));
        QVERIFY(column >= 0 && column < 512 && row >= 0 && row < 512);
        const double hu = continuum::dicom::FrameRenderer::modalityValueAt(series, 0, column, row);
        const int grey = qGray(frame.pixel(p));
        QVERIFY2(std::abs(grey - expectedGrey(hu, 1500, -600)) <= 2,
                 qPrintable(QStringLiteral("at (%1,%2): HU %3 shows %4, expected %5").arg(p.x()).arg(p.y()).arg(hu).arg(grey).arg(expectedGrey(hu, 1500, -600))));
        distinctGreys += grey != lastGrey;
        lastGrey = grey;
        ++checked;
    }
    QCOMPARE(checked, 6);
    QVERIFY(distinctGreys >= 3);   // not a flat image that any window would match
}

void ProtocolLayoutTest::emptyViewportSaysSoAndExplicitSettingsApply()
{
    // A protocol of our own: viewport 1 any CT with an explicit window at actual size, viewport
    // 2 an MR the study does not have, with fallback "empty"; cine settings are kept.
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("test-empty.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
      "id": "test-empty", "name": "Test with an empty viewport", "department": "other", "priority": 1,
      "rules": [ { "attribute": "Modality", "constraint": "equals", "value": "CT", "required": true, "weight": 1 } ],
      "stages": [ {
        "name": "CT and MR",
        "layout": { "rectangles": [ { "x": 0, "y": 0, "width": 0.6, "height": 1 }, { "x": 0.6, "y": 0, "width": 0.4, "height": 1 } ] },
        "viewports": [
          { "displaySet": { "study": "current" }, "window": { "center": 40, "width": 400 }, "scaling": "actualSize",
            "cine": { "autoplay": true, "framesPerSecond": 12, "loop": false } },
          { "displaySet": { "study": "current", "rules": [ { "attribute": "Modality", "constraint": "equals", "value": "MR", "required": true } ], "fallback": "empty" } }
        ]
      } ]
    })");
    file.close();
    ProtocolLayoutController controller(protocolsFrom(folder.path()));
    QVERIFY(controller.setSeries(seriesUnder({sharedDicomPath(kCtSeries)})));
    ProtocolLayoutView view(&controller);
    view.resize(1000, 600);
    view.show();
    QVERIFY(waitShown(view));
    QCOMPARE(view.viewportCount(), 2);
    QVERIFY(view.viewport(0) && view.viewport(0)->hasImage());
    QCOMPARE(view.seriesController(0)->effectiveWindow().width, 400.0);
    QCOMPARE(view.seriesController(0)->effectiveWindow().center, 40.0);
    // Free rectangles: 60 % and 40 % of the width.
    QVERIFY(std::abs(view.viewport(0)->width() - 600) <= 4);
    // Actual size: one image pixel per screen pixel.
    QTRY_VERIFY(std::abs(view.viewport(0)->zoom() - view.viewport(0)->actualSizeZoom()) < 1e-6);
    const QPointF a = view.viewport(0)->imagePixelAt(QPoint(100, 100));
    const QPointF b = view.viewport(0)->imagePixelAt(QPoint(200, 100));
    QVERIFY2(std::abs((b.x() - a.x()) - 100.0) < 0.5, qPrintable(QString::number(b.x() - a.x())));
    const auto cine = view.cineSetting(0);
    QVERIFY(cine && cine->autoplay && !cine->loop && cine->framesPerSecond == 12.0);
    // The empty one: no viewport, a clear message.
    QVERIFY(view.viewport(1) == nullptr);
    QVERIFY(view.seriesController(1) == nullptr);
    QVERIFY2(view.viewportMessage(1).startsWith(QStringLiteral("No matching series")), qPrintable(view.viewportMessage(1)));
    QVERIFY(view.viewportLabel(1).startsWith(QStringLiteral("Current")));
    // And on screen: the text is there (light pixels) on black, nothing else.
    const QImage image = view.grabLayout();
    const QRect emptyRegion(620, 40, 360, 440);
    int light = 0, other = 0;
    for (int y = emptyRegion.top(); y <= emptyRegion.bottom(); ++y)
        for (int x = emptyRegion.left(); x <= emptyRegion.right(); ++x) {
            const int g = qGray(image.pixel(x, y));
            light += g > 120;
            other += g > 10 && g <= 120;
        }
    QVERIFY2(light > 100, qPrintable(QString::number(light)));
    QVERIFY2(light + other < emptyRegion.width() * emptyRegion.height() / 20, qPrintable(QString::number(light + other)));
}

void ProtocolLayoutTest::scrollZoomAndWindowSyncFollowTheGroups()
{
    ProtocolLayoutController controller(m_bundled);
    QVERIFY(controller.setSeries(seriesUnder({sharedDicomPath(kCtSeries), m_priorFolder})));
    ProtocolLayoutView view(&controller);
    view.resize(1000, 600);
    view.show();
    QVERIFY(waitShown(view));
    QCOMPARE(controller.stage().protocolId, QStringLiteral("ct-chest-comparison"));
    auto* priorController = view.seriesController(0);
    auto* currentController = view.seriesController(1);
    QCOMPARE(priorController->series()->frameCount(), 80);     // the derived 4 mm prior
    QCOMPARE(currentController->series()->frameCount(), 64);   // the real 5 mm series

    // The prior is another study that reuses the CT's FrameOfReferenceUID: never matched by
    // coordinates, so the protocol's scroll group moves it by as many slices as the source.
    QCOMPARE(priorController->series()->header(0).frameOfReferenceUid, currentController->series()->header(0).frameOfReferenceUid);
    QVERIFY(priorController->series()->header(0).studyInstanceUid != currentController->series()->header(0).studyInstanceUid);
    // The stage opens on each series' own middle slice, not aligned by position.
    QCOMPARE(currentController->currentFrame(), 32);
    QCOMPARE(priorController->currentFrame(), 40);
    view.viewport(1)->setFocus();
    QTest::keyClick(view.viewport(1), Qt::Key_PageDown);   // 10 slices
    QCOMPARE(currentController->currentFrame(), 42);
    QCOMPARE(priorController->currentFrame(), 50);
    // ... and the other way round.
    QTest::keyClick(view.viewport(0), Qt::Key_Up);
    QTest::keyClick(view.viewport(0), Qt::Key_Up);
    QTest::keyClick(view.viewport(0), Qt::Key_Up);
    QCOMPARE(priorController->currentFrame(), 47);
    QCOMPARE(currentController->currentFrame(), 39);
    // No reference lines across the two studies either.
    QVERIFY(view.viewport(0)->referenceLines().empty());
    QVERIFY(view.viewport(1)->referenceLines().empty());

    // Zoom and pan follow.
    view.viewport(0)->setZoom(2.0);
    QCOMPARE(view.viewport(1)->zoom(), 2.0);
    view.viewport(1)->setPan(QPointF(30, -20));
    QVERIFY(std::abs(view.viewport(0)->pan().x() - 30) < 0.5 && std::abs(view.viewport(0)->pan().y() + 20) < 0.5);
    // Window/level: a drag in one viewport windows both.
    Q_EMIT view.viewport(0)->windowLevelDragged(100, -40);
    const auto dragged = priorController->effectiveWindow();
    QVERIFY(dragged.width > 1500.0);
    QCOMPARE(currentController->effectiveWindow().width, dragged.width);
    QCOMPARE(currentController->effectiveWindow().center, dragged.center);
}

void ProtocolLayoutTest::stageAndProtocolKeysChangeWhatIsShown()
{
    ProtocolLayoutController controller(m_bundled);
    QVERIFY(controller.setSeries(seriesUnder({sharedDicomPath(kTest1)})));
    ProtocolLayoutView view(&controller);
    view.resize(1000, 600);
    view.show();
    QVERIFY(waitShown(view));
    QCOMPARE(controller.stage().stage, 0);
    QCOMPARE(view.seriesController(1)->effectiveWindow().width, 1500.0);

    // "." in a viewport (the key travels up to the view): stage 2, soft-tissue window.
    view.viewport(1)->setFocus();
    QTest::keyClick(view.viewport(1), Qt::Key_Period);
    QVERIFY(waitShown(view));
    QCOMPARE(controller.stage().stage, 1);
    QVERIFY2(view.statusText().contains(QStringLiteral("stage 2/2")), qPrintable(view.statusText()));
    QCOMPARE(view.viewportCount(), 2);
    QCOMPARE(view.seriesController(0)->effectiveWindow().width, 400.0);
    QCOMPARE(view.seriesController(0)->effectiveWindow().center, 40.0);
    QVERIFY(view.viewportLabel(0).startsWith(QStringLiteral("Prior 1")));
    // The last stage: "." does nothing more.
    QTest::keyClick(&view, Qt::Key_Period);
    QCOMPARE(controller.stage().stage, 1);
    QTest::keyClick(&view, Qt::Key_Comma);
    QVERIFY(waitShown(view));
    QCOMPARE(controller.stage().stage, 0);
    QCOMPARE(view.seriesController(0)->effectiveWindow().width, 1500.0);

    // Ctrl+.: the runner-up protocol (CT chest without prior): both viewports the current study.
    QTest::keyClick(&view, Qt::Key_Period, Qt::ControlModifier);
    QVERIFY(waitShown(view));
    QCOMPARE(controller.stage().protocolId, QStringLiteral("ct-chest"));
    QCOMPARE(controller.stage().protocolPosition, 1);
    QVERIFY2(view.statusText().contains(QStringLiteral("protocol 2 of 4")), qPrintable(view.statusText()));
    QCOMPARE(view.seriesController(0)->series()->header(0).studyDate, QDate(2015, 1, 1));
    QVERIFY(view.viewportLabel(0).startsWith(QStringLiteral("Current")));
    QTest::keyClick(&view, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(waitShown(view));
    QCOMPARE(controller.stage().protocolId, QStringLiteral("ct-chest-comparison"));
    QCOMPARE(view.seriesController(0)->series()->header(0).studyDate, QDate(2010, 6, 30));
}

void ProtocolLayoutTest::referenceLinesAndPositionSyncStayWithinOneStudy()
{
    // Our protocol: the CT (5 mm), the 4 mm series and the coronal series of the same study, and
    // the prior of 2006 (same FrameOfReferenceUID, another study); no sync groups, so what moves
    // together does so by the view's position sync alone.
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("test-lines.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
      "id": "test-lines", "name": "Lines and sync", "department": "radiology", "priority": 1,
      "rules": [ { "attribute": "Modality", "constraint": "equals", "value": "CT", "required": true, "weight": 1 } ],
      "priors": { "count": 1, "minimum": 1, "selection": "mostRecent" },
      "stages": [ {
        "name": "Four",
        "layout": { "rows": 2, "columns": 2 },
        "viewports": [
          { "displaySet": { "study": "current", "rules": [ { "attribute": "SeriesDescription", "constraint": "equals", "value": "5mm", "required": true } ], "fallback": "empty" } },
          { "displaySet": { "study": "current", "rules": [ { "attribute": "SeriesDescription", "constraint": "equals", "value": "4mm same study", "required": true } ], "fallback": "empty" } },
          { "displaySet": { "study": "current", "rules": [ { "attribute": "SeriesDescription", "constraint": "equals", "value": "coronal geometry", "required": true } ], "fallback": "empty" } },
          { "displaySet": { "study": "prior 1", "fallback": "empty" } }
        ]
      } ]
    })");
    file.close();
    ProtocolLayoutController controller(protocolsFrom(folder.path()));
    QVERIFY(controller.setSeries(seriesUnder({sharedDicomPath(kCtSeries), m_sameStudyFolder, m_coronalFolder, m_priorFolder})));
    ProtocolLayoutView view(&controller);
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitShown(view));
    QCOMPARE(view.viewportCount(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(view.viewport(i) && view.seriesController(i)->series(), qPrintable(view.viewportMessage(i)));
    auto* axial = view.seriesController(0);
    auto* sameStudy = view.seriesController(1);
    auto* coronal = view.seriesController(2);
    auto* prior = view.seriesController(3);
    QCOMPARE(axial->series()->frameCount(), 64);
    QCOMPARE(sameStudy->series()->frameCount(), 80);
    QCOMPARE(coronal->series()->frameCount(), 16);
    QCOMPARE(prior->series()->frameCount(), 80);
    QCOMPARE(view.activeViewport(), 0);   // the current study's first viewport leads

    // The 4 mm series of the same study at the slice nearest to the CT's, searched independently.
    auto nearestSameStudyFrame = [&] {
        const double position = *axial->series()->slicePositionMm(axial->currentFrame());
        int best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int f = 0; f < sameStudy->series()->frameCount(); ++f) {
            const double d = std::abs(*sameStudy->series()->slicePositionMm(f) - position);
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best;
    };
    QCOMPARE(sameStudy->currentFrame(), nearestSameStudyFrame());
    const int priorFrame = prior->currentFrame();
    const int coronalFrame = coronal->currentFrame();
    view.viewport(0)->setFocus();
    QTest::keyClick(view.viewport(0), Qt::Key_PageDown);
    QCOMPARE(axial->currentFrame(), 42);
    QCOMPARE(sameStudy->currentFrame(), nearestSameStudyFrame());
    QVERIFY(sameStudy->currentFrame() > 50);
    QCOMPARE(prior->currentFrame(), priorFrame);       // another study: never by coordinates
    QCOMPARE(coronal->currentFrame(), coronalFrame);   // not parallel: nothing to scroll to

    // Reference line of the axial slice (frame 42) on the coronal image: the row where
    // that z lies (origin z -100, rows 0.841796875 mm downwards), across the whole width.
    const double z = axial->series()->geometry(42).position->z;
    QVERIFY(z <= -124.0 && z >= -439.0);   // one of the CT's slice positions
    const auto coronalLines = view.viewport(2)->referenceLines();
    QCOMPARE(coronalLines.size(), std::size_t(1));
    const double expectedRow = (-100.0 - z) / 0.841796875 + 0.5;
    QVERIFY2(std::abs(coronalLines[0].line.y1() - expectedRow) < 0.01 && std::abs(coronalLines[0].line.y2() - expectedRow) < 0.01,
             qPrintable(QStringLiteral("%1 %2 vs %3").arg(coronalLines[0].line.y1()).arg(coronalLines[0].line.y2()).arg(expectedRow)));
    QVERIFY(std::abs(std::abs(coronalLines[0].line.dx()) - 512.0) < 0.01);
    QVERIFY(view.viewport(0)->referenceLines().empty());   // the active one
    QVERIFY(view.viewport(1)->referenceLines().empty());   // parallel
    QVERIFY(view.viewport(3)->referenceLines().empty());   // another study
    // The line is on screen: the rendered coronal viewport has the line's colour on that row.
    {
        const QImage frame = view.viewport(2)->grabImage();
        const QPointF at = view.viewport(2)->widgetPointFor(QPointF(256.0, expectedRow));
        int yellow = 0;
        for (int dy = -2; dy <= 2; ++dy) {
            const QColor c = frame.pixelColor(int(at.x()), int(at.y()) + dy);
            yellow += (c.red() > 180 && c.green() > 140 && c.blue() < 120) ? 1 : 0;
        }
        QVERIFY(yellow > 0);
    }

    // The coronal viewport becomes active: its plane y = -60 + 20 k cuts the axial images (both
    // series of the study) along a row; the prior still gets nothing.
    QTest::mouseClick(view.viewport(2), Qt::LeftButton, Qt::NoModifier, QPoint(40, 40));
    QCOMPARE(view.activeViewport(), 2);
    const double y = -60.0 + 20.0 * coronal->currentFrame();
    const auto axialLines = view.viewport(0)->referenceLines();
    QCOMPARE(axialLines.size(), std::size_t(1));
    const double axialRow = (y - (-93.0631599)) / 0.841796875 + 0.5;
    QVERIFY2(std::abs(axialLines[0].line.y1() - axialRow) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(axialLines[0].line.y1()).arg(axialRow)));
    QCOMPARE(view.viewport(1)->referenceLines().size(), std::size_t(1));
    QVERIFY(view.viewport(3)->referenceLines().empty());
    QVERIFY(view.viewport(2)->referenceLines().empty());
    view.grabLayout().save(QStringLiteral("layout-reference-lines.png"));

    // The toggles: sync off, the 4 mm series stays; lines off, none anywhere.
    auto* syncButton = view.findChild<QToolButton*>(QStringLiteral("positionSyncButton"));
    auto* linesButton = view.findChild<QToolButton*>(QStringLiteral("referenceLinesButton"));
    QVERIFY(syncButton && linesButton);
    syncButton->click();
    QVERIFY(!view.isPositionSyncEnabled());
    const int sameStudyBefore = sameStudy->currentFrame();
    QTest::mouseClick(view.viewport(0), Qt::LeftButton, Qt::NoModifier, QPoint(40, 40));
    QCOMPARE(view.activeViewport(), 0);
    QTest::keyClick(view.viewport(0), Qt::Key_PageUp);
    QCOMPARE(axial->currentFrame(), 32);
    QCOMPARE(sameStudy->currentFrame(), sameStudyBefore);
    linesButton->click();
    QVERIFY(!view.referenceLinesVisible());
    for (int i = 0; i < 4; ++i)
        QVERIFY(view.viewport(i)->referenceLines().empty());
    syncButton->click();
    linesButton->click();
    QTest::keyClick(view.viewport(0), Qt::Key_Down);
    QCOMPARE(sameStudy->currentFrame(), nearestSameStudyFrame());
    QCOMPARE(view.viewport(2)->referenceLines().size(), std::size_t(1));
}

void ProtocolLayoutTest::snapshotLayoutAutoRendersTheWholeStage_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("priorLeft");
    QTest::newRow("CT series") << kCtSeries << QStringLiteral("ct-chest") << false;
    QTest::newRow("TEST_1 two studies") << kTest1 << QStringLiteral("ct-chest-comparison") << true;
}

void ProtocolLayoutTest::snapshotLayoutAutoRendersTheWholeStage()
{
    QFETCH(QString, source);
    QFETCH(QString, protocol);
    QFETCH(bool, priorLeft);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("layout.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Only the bundled protocols: no site or user folder of this machine.
    environment.insert(QStringLiteral("CONTINUUM_BUNDLED_PROTOCOLS"), QStringLiteral(CONTINUUM_PROTOCOLS_DIR));
    environment.insert(QStringLiteral("CONTINUUM_SITE_PROTOCOLS"), dir.filePath(QStringLiteral("site")));
    environment.insert(QStringLiteral("CONTINUUM_USER_PROTOCOLS"), dir.filePath(QStringLiteral("user")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONTINUUM_BINARY), {QStringLiteral("--snapshot"), png, QStringLiteral("--size"), QStringLiteral("960x540"),
                                                     QStringLiteral("--layout"), QStringLiteral("auto"), sharedDicomPath(source)});
    QVERIFY(process.waitForFinished(180000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), protocol);

    const QImage image(png);
    QCOMPARE(image.size(), QSize(960, 540));
    // Two viewports side by side: each region (inside the label bar and status line) shows an
    // image, not a blank or uniform area.
    for (const QRect region : {QRect(40, 80, 400, 340), QRect(520, 80, 400, 340)}) {
        const RegionStats stats = statsOf(image, region);
        QVERIFY2(stats.deviation > 20.0 && stats.mean > 20.0 && stats.mean < 235.0,
                 qPrintable(QStringLiteral("region %1,%2: mean %3, deviation %4").arg(region.x()).arg(region.y()).arg(stats.mean).arg(stats.deviation)));
    }
    // Label bars on top of both: the prior's is amber (red over blue), the current's blue.
    const QColor left = image.pixelColor(470, 1);
    const QColor right = image.pixelColor(950, 1);
    QVERIFY2(right.blue() > right.red(), qPrintable(right.name()));
    QVERIFY2(priorLeft ? left.red() > left.blue() + 40 : left.blue() > left.red(), qPrintable(left.name()));
    // The status line at the bottom carries text (light pixels on its dark background).
    int light = 0;
    for (int y = 520; y < 540; ++y)
        for (int x = 0; x < 480; ++x)
            light += qGray(image.pixel(x, y)) > 150;
    QVERIFY(light > 50);
}

int main(int argc, char* argv[])
{
    continuum::render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    ProtocolLayoutTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ProtocolLayoutTest.moc"
