// render::CineViewport's texture presentation (one GL texture + quad per frame, no VTK render)
// against its VTK presentation: the same frame, zoom, pan, turn, flip and inversion must give the
// same picture on screen (grabFramebuffer), and the presented / dropped accounting must follow
// the swaps of texture-path frames. Real loops from the shared set (needs X: DISPLAY test).
#include "cine/CineLoop.h"
#include "cine/FrameCache.h"
#include "TestData.h"
#include "dicom/HeaderReader.h"
#include "measure/DisplayTransform.h"
#include "render/CineViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <memory>

using namespace continuum;
using Presentation = render::CineViewport::Presentation;

namespace {

const QString kXa = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");               // 512x512 grey, JPEG
const QString kHpEcho = QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm");             // colour echo, YBR_422
const QString kDoppler = QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm"); // colour Doppler, RGB

cine::CineLoop loopOf(const QString& relative)
{
    auto header = dicom::HeaderReader::read(testing::sharedDicomPath(relative).toStdString());
    if (!header)
        qFatal("cannot read %s", qPrintable(relative));
    return cine::CineLoop::fromMultiFrame(*header, 25.0);
}

struct View {
    const char* name;
    double zoom;
    QPointF pan;
    int rotation;
    bool flip;
    bool inverted;
    render::SliceViewport::Interpolation interpolation;
};

// Largest channel difference between the two grabs over the widget pixels whose centre lies
// inside the image, away from its outermost pixel ring (where the quad's edge crosses a pixel
// centre, float rounding in VTK's camera and in ours may put the edge on either side); outside
// the image both must be the black background (away from the corner text) and agree, text
// included. `covered` counts the compared image pixels,
// `bright` those with some channel above 40 (so a black picture cannot pass).
struct Comparison {
    int maxImageDiff = 0;
    int maxBackground = 0;
    int maxOutsideDiff = 0;   // outside the image, overlays (corner text) included
    int covered = 0;
    int bright = 0;
};

Comparison compare(const render::CineViewport& viewport, const QImage& texture, const QImage& vtk)
{
    Comparison result;
    const QSize imageSize = viewport.imageSize();
    const QImage a = texture.convertToFormat(QImage::Format_RGB32);
    const QImage b = vtk.convertToFormat(QImage::Format_RGB32);
    const int textBand = 60;   // corner text and orientation letters: identical QPainter output, but skip the background check there
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QPointF p = viewport.imagePixelAt(QPoint(x, y));
            const QRgb pa = a.pixel(x, y);
            const QRgb pb = b.pixel(x, y);
            const int diff = std::max({std::abs(qRed(pa) - qRed(pb)), std::abs(qGreen(pa) - qGreen(pb)), std::abs(qBlue(pa) - qBlue(pb))});
            const bool inside = p.x() >= 1.0 && p.y() >= 1.0 && p.x() < imageSize.width() - 1.0 && p.y() < imageSize.height() - 1.0;
            const bool outside = p.x() < -1.0 || p.y() < -1.0 || p.x() > imageSize.width() + 1.0 || p.y() > imageSize.height() + 1.0;
            if (inside) {
                result.maxImageDiff = std::max(result.maxImageDiff, diff);
                ++result.covered;
                if (std::max({qRed(pa), qGreen(pa), qBlue(pa)}) > 40)
                    ++result.bright;
            } else if (outside) {
                result.maxOutsideDiff = std::max(result.maxOutsideDiff, diff);
            }
            if (outside && y > textBand && y < a.height() - textBand && x > textBand && x < a.width() - textBand) {
                result.maxBackground = std::max({result.maxBackground, qRed(pa), qGreen(pa), qBlue(pa), qRed(pb), qGreen(pb), qBlue(pb)});
            }
        }
    }
    return result;
}

} // namespace

class CineViewportTest : public QObject {
    Q_OBJECT

private:
    // A 320 x 320 viewport, shown, playing nothing yet, with the XA loop (FrameTime 33 ms) set
    // and its frame 0 swapped to the screen; on `fakeNs` if given. Null if that did not happen.
    // A 320x320 viewport, not shown yet, on the fake clock when one is given.
    static std::unique_ptr<render::CineViewport> viewportOnClock(std::shared_ptr<std::atomic<std::int64_t>> fakeNs)
    {
        auto viewport = std::make_unique<render::CineViewport>();
        if (fakeNs)
            viewport->setTimeSource([fakeNs] { return fakeNs->load(); });
        viewport->resize(320, 320);
        return viewport;
    }

    static std::unique_ptr<render::CineViewport> xaViewportOnScreen(std::shared_ptr<std::atomic<std::int64_t>> fakeNs = nullptr)
    {
        auto viewport = viewportOnClock(std::move(fakeNs));
        QSignalSpy swapped(viewport.get(), &render::CineViewport::framePresentedOnScreen);
        viewport->show();
        if (!QTest::qWaitForWindowExposed(viewport.get()))
            return nullptr;
        viewport->setLoop(loopOf(kXa));
        if (!QTest::qWaitFor([&] { return !swapped.isEmpty() && swapped.last().at(0).toInt() == 0; }, 30000))
            return nullptr;
        return viewport;
    }

    // Shows `frame` of the loop in the viewport and waits until its pixels are there.
    static bool showFrame(render::CineViewport& viewport, int frame)
    {
        viewport.seek(frame);
        return QTest::qWaitFor([&] { return viewport.shownFrame() == frame; }, 30000);
    }

    void comparePaths(const QString& file, std::vector<int> frames)
    {
        CONTINUUM_REQUIRE_SHARED(file);
        render::CineViewport viewport;
        viewport.resize(640, 480);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.setLoop(loopOf(file));
        QVERIFY(viewport.hasLoop());

        const std::vector<View> views = {
            {"fit", 1.0, {}, 0, false, false, render::SliceViewport::Interpolation::Linear},
            {"zoom 1.7, pan", 1.7, {37.0, -23.0}, 0, false, false, render::SliceViewport::Interpolation::Linear},
            {"rotated 90, flipped, zoom 1.3, pan", 1.3, {-15.0, 12.0}, 90, true, false, render::SliceViewport::Interpolation::Linear},
            {"rotated 270, zoom 0.6, inverted", 0.6, {20.0, 5.0}, 270, false, true, render::SliceViewport::Interpolation::Linear},
            {"rotated 180, zoom 3.2, nearest", 3.2, {-60.0, 40.0}, 180, false, false, render::SliceViewport::Interpolation::Nearest},
        };
        for (const int frame : frames) {
            QVERIFY2(showFrame(viewport, frame), qPrintable(QStringLiteral("frame %1 not shown").arg(frame)));
            for (const View& view : views) {
                measure::DisplayTransform transform;
                transform.setRotationDegrees(view.rotation);
                transform.setHorizontalFlip(view.flip);
                viewport.setDisplayTransform(transform);
                viewport.setInverted(view.inverted);
                viewport.setInterpolation(view.interpolation);
                viewport.setZoom(view.zoom);
                viewport.setPan(view.pan);

                viewport.setPresentation(Presentation::Texture);
                const QImage texture = viewport.grabFramebuffer();
                QCOMPARE(viewport.lastPaintPresentation(), Presentation::Texture);
                viewport.setPresentation(Presentation::Vtk);
                const QImage vtk = viewport.grabFramebuffer();
                QCOMPARE(viewport.lastPaintPresentation(), Presentation::Vtk);
                viewport.setPresentation(Presentation::Texture);

                const Comparison c = compare(viewport, texture, vtk);
                const QString where = QStringLiteral("%1 frame %2, %3: max difference %4 over %5 image pixels (%6 bright), background %7, outside difference %8")
                                          .arg(file).arg(frame).arg(QString::fromLatin1(view.name))
                                          .arg(c.maxImageDiff).arg(c.covered).arg(c.bright).arg(c.maxBackground).arg(c.maxOutsideDiff);
                qInfo("%s", qPrintable(where));
                QVERIFY2(c.covered > 10000, qPrintable(where));
                QVERIFY2(c.bright > c.covered / 20, qPrintable(where));
                QVERIFY2(c.maxImageDiff <= 1, qPrintable(where));
                QVERIFY2(c.maxBackground <= 1, qPrintable(where));
                QVERIFY2(c.maxOutsideDiff <= 1, qPrintable(where));
            }
        }
    }

private slots:
    void xaTextureEqualsVtk() { comparePaths(kXa, {0, 41}); }
    void echoTextureEqualsVtk() { comparePaths(kHpEcho, {3, 20}); }
    void dopplerTextureEqualsVtk() { comparePaths(kDoppler, {5}); }

    // The frame on screen follows the loop: consecutive frames differ on screen, and what the
    // texture shows after a frame change is the new frame (no stale texture).
    void textureFollowsFrames()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        render::CineViewport viewport;
        viewport.resize(400, 400);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.setLoop(loopOf(kXa));
        QVERIFY(showFrame(viewport, 10));
        const QImage first = viewport.grabFramebuffer();
        QVERIFY(showFrame(viewport, 60));
        const QImage second = viewport.grabFramebuffer();
        QCOMPARE(viewport.lastPaintPresentation(), Presentation::Texture);
        viewport.setPresentation(Presentation::Vtk);
        const QImage secondVtk = viewport.grabFramebuffer();
        const Comparison same = compare(viewport, second, secondVtk);
        QVERIFY2(same.maxImageDiff <= 1, qPrintable(QString::number(same.maxImageDiff)));
        const Comparison changed = compare(viewport, first, second);
        QVERIFY2(changed.maxImageDiff > 20, qPrintable(QString::number(changed.maxImageDiff)));
    }

    // Presented and dropped frames are counted on the swaps of texture-path paints: a fake clock
    // moves slot by slot (each frame presented in its slot), then jumps three slots (two dropped).
    void accountingOnTexturePath()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        auto fakeNs = std::make_shared<std::atomic<std::int64_t>>(1'000'000'000);
        const std::unique_ptr<render::CineViewport> shown = xaViewportOnScreen(fakeNs);
        QVERIFY(shown);
        render::CineViewport& viewport = *shown;
        const std::int64_t slotNs = 33'000'000;
        // Decode ahead so that no frame waits for its decode.
        QVERIFY(QTest::qWaitFor([&] { return viewport.cache()->decodedCount() >= 12; }, 30000));

        QSignalSpy presented(&viewport, &render::CineViewport::framePresentedOnScreen);
        viewport.play();
        *fakeNs += slotNs / 2;   // the middle of slot 0
        viewport.update();
        QVERIFY(QTest::qWaitFor([&] { return viewport.presentedCount() == 1; }, 30000));
        for (int frame = 1; frame <= 5; ++frame) {
            *fakeNs += slotNs;
            QVERIFY2(QTest::qWaitFor([&] { return viewport.presentedCount() == frame + 1; }, 30000),
                     qPrintable(QStringLiteral("frame %1: presented %2 dropped %3").arg(frame).arg(viewport.presentedCount()).arg(viewport.droppedCount())));
            QCOMPARE(viewport.shownFrame(), frame);
            QCOMPARE(viewport.lastPaintPresentation(), Presentation::Texture);
        }
        QCOMPARE(viewport.droppedCount(), 0);
        // One paint and swap per frame, none twice (a late second paint would cost a frame's
        // budget on software GL).
        QTest::qWait(100);
        QCOMPARE(presented.count(), 6);
        *fakeNs += 3 * slotNs;   // slot 8: slots 6 and 7 pass unseen
        QVERIFY(QTest::qWaitFor([&] { return viewport.presentedCount() == 7; }, 30000));
        QCOMPARE(viewport.shownFrame(), 8);
        QCOMPARE(viewport.droppedCount(), 2);
        QVERIFY(!presented.isEmpty());
        QCOMPARE(presented.last().at(0).toInt(), 8);
    }

    // Input to the loop's own GL window reaches the viewport as a widget would get it: a double
    // click is press, release, double click, release (no second press a tool would take for a
    // new point), and the wheel steps frames.
    void glWindowInputReachesTheViewport()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        const std::unique_ptr<render::CineViewport> shown = xaViewportOnScreen();
        QVERIFY(shown);
        render::CineViewport& viewport = *shown;
        QWindow* surface = viewport.surfaceWindow();
        QVERIFY(surface != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(surface));

        struct Recorder : QObject {
            std::vector<QEvent::Type> types;
            bool eventFilter(QObject*, QEvent* event) override
            {
                if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease
                    || event->type() == QEvent::MouseButtonDblClick)
                    types.push_back(event->type());
                return false;
            }
        } recorder;
        viewport.installEventFilter(&recorder);
        QTest::mouseDClick(surface, Qt::LeftButton, {}, QPoint(160, 160));
        QTRY_COMPARE(recorder.types.size(), std::size_t(4));
        QCOMPARE(recorder.types, (std::vector<QEvent::Type>{QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                                                             QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}));

        // Wheel towards the user: next frame.
        QWheelEvent wheel(QPointF(160, 160), surface->mapToGlobal(QPointF(160, 160)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(surface, &wheel);
        QTRY_COMPARE(viewport.wantedFrame(), 1);
    }

    // Play starts on the frame already on screen: its slot is presented without another swap,
    // so starting to play costs no dropped frame.
    void frameOnScreenAtPlayIsPresented()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        auto fakeNs = std::make_shared<std::atomic<std::int64_t>>(1'000'000'000);
        const std::unique_ptr<render::CineViewport> shown = xaViewportOnScreen(fakeNs);
        QVERIFY(shown);
        render::CineViewport& viewport = *shown;
        QVERIFY(QTest::qWaitFor([&] { return viewport.cache()->decodedCount() >= 4; }, 30000));

        viewport.play();
        QCOMPARE(viewport.presentedCount(), 1);
        *fakeNs += 33'000'000 + 1'000'000;   // into slot 1
        QVERIFY(QTest::qWaitFor([&] { return viewport.presentedCount() == 2; }, 30000));
        QCOMPARE(viewport.shownFrame(), 1);
        QCOMPARE(viewport.droppedCount(), 0);
    }

    // Play asked before the loop's first frame reached the screen (a new GL window sets up in
    // its first paint, which takes longer than a slot) starts the clock at that frame's swap:
    // time passing before it drops nothing.
    void playWaitsForTheFirstFrameOnScreen()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        auto fakeNs = std::make_shared<std::atomic<std::int64_t>>(1'000'000'000);
        const std::unique_ptr<render::CineViewport> created = viewportOnClock(fakeNs);
        render::CineViewport& viewport = *created;
        QSignalSpy swapped(&viewport, &render::CineViewport::framePresentedOnScreen);
        viewport.show();
        viewport.setLoop(loopOf(kXa));   // FrameTime 33 ms
        viewport.play();                 // before any paint
        QVERIFY(viewport.isPlaying());
        QVERIFY(!viewport.clock().isPlaying());
        *fakeNs += 200'000'000;          // six slots pass while the window sets up
        QVERIFY(QTest::qWaitFor([&] { return !swapped.isEmpty(); }, 30000));
        QCOMPARE(swapped.first().at(0).toInt(), 0);
        QVERIFY(viewport.clock().isPlaying());
        QCOMPARE(viewport.wantedFrame(), 0);
        QCOMPARE(viewport.presentedCount(), 1);
        QCOMPARE(viewport.droppedCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return viewport.cache()->decodedCount() >= 4; }, 30000));
        *fakeNs += 34'000'000;           // into slot 1
        QVERIFY(QTest::qWaitFor([&] { return viewport.presentedCount() == 2; }, 30000));
        QCOMPARE(viewport.shownFrame(), 1);
        QCOMPARE(viewport.droppedCount(), 0);
    }

    // A start gate holds a pending play until it agrees (a grid waits for every loop); pause
    // cancels the pending start.
    void startGateHoldsPlay()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        auto fakeNs = std::make_shared<std::atomic<std::int64_t>>(1'000'000'000);
        const std::unique_ptr<render::CineViewport> shown = xaViewportOnScreen(fakeNs);
        QVERIFY(shown);
        render::CineViewport& viewport = *shown;
        bool open = false;
        viewport.setStartGate([&open] { return open; });
        viewport.play();
        QVERIFY(viewport.isPlaying());
        QVERIFY(!viewport.clock().isPlaying());
        *fakeNs += 100'000'000;
        viewport.retryStart();
        QVERIFY(!viewport.clock().isPlaying());
        viewport.pause();
        QVERIFY(!viewport.isPlaying());
        open = true;
        viewport.retryStart();   // nothing pending any more
        QVERIFY(!viewport.isPlaying());

        open = false;
        viewport.play();
        *fakeNs += 100'000'000;
        open = true;
        viewport.retryStart();
        QVERIFY(viewport.clock().isPlaying());
        QCOMPARE(viewport.wantedFrame(), 0);
        QCOMPARE(viewport.presentedCount(), 1);
        QCOMPARE(viewport.droppedCount(), 0);
        viewport.setStartGate({});
    }
};

int main(int argc, char** argv)
{
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    CineViewportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CineViewportTest.moc"
