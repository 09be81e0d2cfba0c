#include "render/SliceViewport.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>

#include <cmath>

using continuum::dicom::DisplayImage;
using continuum::render::SliceViewport;
using continuum::render::VtkOpenGLWidget;

namespace {

constexpr int kViewSize = 400;

DisplayImage solidImage(int width, int height, QColor colour, double pixelWidth = 1.0, double pixelHeight = 1.0)
{
    DisplayImage image;
    image.width = width;
    image.height = height;
    image.pixelWidth = pixelWidth;
    image.pixelHeight = pixelHeight;
    image.rgb.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = image.pixel(x, y);
            p[0] = static_cast<std::uint8_t>(colour.red());
            p[1] = static_cast<std::uint8_t>(colour.green());
            p[2] = static_cast<std::uint8_t>(colour.blue());
        }
    }
    return image;
}

// Each pixel of a small image gets its own colour, so a grabbed colour tells which pixel it is.
QColor cellColour(int column, int row)
{
    return QColor(40 + column * 50, 40 + row * 60, 200 - column * 30);
}

DisplayImage cellImage(int width, int height)
{
    DisplayImage image = solidImage(width, height, Qt::black);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const QColor c = cellColour(x, y);
            std::uint8_t* p = image.pixel(x, y);
            p[0] = static_cast<std::uint8_t>(c.red());
            p[1] = static_cast<std::uint8_t>(c.green());
            p[2] = static_cast<std::uint8_t>(c.blue());
        }
    }
    return image;
}

// Red top-left, green top-right, blue bottom-left, yellow bottom-right.
DisplayImage quadrantImage(int width, int height)
{
    DisplayImage image = solidImage(width, height, Qt::black);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool right = x >= width / 2;
            const bool bottom = y >= height / 2;
            const QColor c = !bottom ? (right ? QColor(0, 255, 0) : QColor(255, 0, 0))
                                     : (right ? QColor(255, 255, 0) : QColor(0, 0, 255));
            std::uint8_t* p = image.pixel(x, y);
            p[0] = static_cast<std::uint8_t>(c.red());
            p[1] = static_cast<std::uint8_t>(c.green());
            p[2] = static_cast<std::uint8_t>(c.blue());
        }
    }
    return image;
}

bool near(QColor a, QColor b, int tolerance = 8)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(QColor c)
{
    return QStringLiteral("(%1,%2,%3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

// Bounding box of the pixels that are not (nearly) black.
QRect nonBlackExtent(const QImage& frame)
{
    QRect box;
    for (int y = 0; y < frame.height(); ++y) {
        for (int x = 0; x < frame.width(); ++x) {
            const QColor c = frame.pixelColor(x, y);
            if (c.red() + c.green() + c.blue() > 60)
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

int differingPixels(const QImage& a, const QImage& b, const QRect& region)
{
    int count = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            if (!near(a.pixelColor(x, y), b.pixelColor(x, y), 24))
                ++count;
        }
    }
    return count;
}

int pixelsMatching(const QImage& frame, const QRect& region, bool (*predicate)(QColor))
{
    int count = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            if (predicate(frame.pixelColor(x, y)))
                ++count;
        }
    }
    return count;
}

void sendMouse(QWidget& widget, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

void drag(QWidget& widget, Qt::MouseButton button, QPoint from, const QList<QPoint>& path)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, button, button);
    for (const QPoint& p : path)
        sendMouse(widget, QEvent::MouseMove, p, Qt::NoButton, button);
    sendMouse(widget, QEvent::MouseButtonRelease, path.isEmpty() ? from : path.back(), button, Qt::NoButton);
}

void sendWheel(QWidget& widget, int angleY)
{
    const QPointF pos(widget.width() / 2.0, widget.height() / 2.0);
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, angleY), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

} // namespace

class SliceViewportTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SliceViewport> viewport_;

    QImage grab()
    {
        return viewport_->grabImage().convertToFormat(QImage::Format_RGB32);
    }

    // Renders `lines` in the top-left corner over a black image and returns that corner's pixels.
    QImage cornerRendering(const QStringList& lines)
    {
        viewport_->setCornerText(Qt::TopLeftCorner, lines);
        const QImage frame = grab();
        viewport_->setCornerText(Qt::TopLeftCorner, {});
        return frame.copy(0, 0, kViewSize / 2, 60);
    }

private slots:
    void init()
    {
        viewport_ = std::make_unique<SliceViewport>();
        viewport_->resize(kViewSize, kViewSize);
        viewport_->show();
        QVERIFY(QTest::qWaitForWindowExposed(viewport_.get()));
        QCOMPARE(viewport_->size(), QSize(kViewSize, kViewSize));
    }

    void cleanup()
    {
        viewport_.reset();
    }

    void quadrantsAppearInPlaceWithTopRowOnTop()
    {
        viewport_->setImage(quadrantImage(200, 100));
        const QImage frame = grab();
        QCOMPARE(frame.size(), QSize(kViewSize, kViewSize));

        // 2:1 image in a square view: full width, 200 px high, centred.
        const QRect extent = nonBlackExtent(frame);
        QVERIFY2(std::abs(extent.width() - 400) <= 2 && std::abs(extent.height() - 200) <= 2,
                 qPrintable(QStringLiteral("extent %1x%2").arg(extent.width()).arg(extent.height())));
        QVERIFY(std::abs(extent.top() - 100) <= 1);

        const struct {
            QPoint at;
            QColor expected;
        } probes[] = {
            {{100, 150}, QColor(255, 0, 0)},   {{300, 150}, QColor(0, 255, 0)},
            {{100, 250}, QColor(0, 0, 255)},   {{300, 250}, QColor(255, 255, 0)},
            {{5, 105}, QColor(255, 0, 0)},     {{394, 294}, QColor(255, 255, 0)},
            {{200, 40}, QColor(0, 0, 0)},      {{200, 360}, QColor(0, 0, 0)},
        };
        for (const auto& probe : probes) {
            const QColor got = frame.pixelColor(probe.at);
            QVERIFY2(near(got, probe.expected),
                     qPrintable(QStringLiteral("at (%1,%2): got %3, expected %4")
                                    .arg(probe.at.x()).arg(probe.at.y()).arg(describe(got), describe(probe.expected))));
        }
    }

    void nonSquarePixelsKeepPhysicalAspect()
    {
        // 100 x 100 pixels of 0.5 x 1.0: physically 50 wide, 100 high -> 200 x 400 on screen.
        viewport_->setImage(solidImage(100, 100, Qt::white, 0.5, 1.0));
        const QRect extent = nonBlackExtent(grab());
        QVERIFY2(std::abs(extent.width() - 200) <= 2 && std::abs(extent.height() - 400) <= 2,
                 qPrintable(QStringLiteral("extent %1x%2").arg(extent.width()).arg(extent.height())));
        QVERIFY(std::abs(extent.center().x() - 200) <= 1);
    }

    void zoomTwiceDoublesTheExtent()
    {
        viewport_->setImage(solidImage(100, 100, Qt::white));
        viewport_->setZoom(0.25);
        const QRect small = nonBlackExtent(grab());
        viewport_->setZoom(0.5);
        QCOMPARE(viewport_->zoom(), 0.5);
        const QRect large = nonBlackExtent(grab());
        QVERIFY2(std::abs(small.width() - 100) <= 2, qPrintable(QString::number(small.width())));
        QVERIFY2(std::abs(large.width() - 2 * small.width()) <= 2, qPrintable(QString::number(large.width())));
        QVERIFY(std::abs(large.height() - 2 * small.height()) <= 2);
        QVERIFY(std::abs(large.center().x() - small.center().x()) <= 1);

        viewport_->fitToWindow();
        QCOMPARE(viewport_->zoom(), 1.0);
        QVERIFY(std::abs(nonBlackExtent(grab()).width() - 400) <= 2);
    }

    void sameSizeImageKeepsViewAndShowsNewPixels()
    {
        viewport_->setImage(solidImage(100, 100, Qt::white));
        viewport_->setZoom(0.5);
        viewport_->setPan(QPointF(40, 0));
        const QRect before = nonBlackExtent(grab());

        viewport_->setImage(solidImage(100, 100, QColor(0, 200, 0)));
        QCOMPARE(viewport_->zoom(), 0.5);
        const QImage frame = grab();
        const QRect after = nonBlackExtent(frame);
        QCOMPARE(after, before);
        QVERIFY2(near(frame.pixelColor(after.center()), QColor(0, 200, 0)), qPrintable(describe(frame.pixelColor(after.center()))));

        // A new size refits.
        viewport_->setImage(solidImage(50, 100, Qt::white));
        QCOMPARE(viewport_->zoom(), 1.0);
        QCOMPARE(viewport_->pan(), QPointF(0, 0));
        const QRect refit = nonBlackExtent(grab());
        QVERIFY(std::abs(refit.height() - 400) <= 2 && std::abs(refit.width() - 200) <= 2);
    }

    void imagePixelAtMatchesWhatIsDrawn()
    {
        viewport_->setImage(quadrantImage(200, 100));
        const QPointF centre = viewport_->imagePixelAt(QPoint(kViewSize / 2, kViewSize / 2));
        QVERIFY2(std::abs(centre.x() - 100.0) <= 0.5 && std::abs(centre.y() - 50.0) <= 0.5,
                 qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        const QPointF topLeft = viewport_->imagePixelAt(QPoint(0, 100));
        QVERIFY(std::abs(topLeft.x()) <= 0.5 && std::abs(topLeft.y()) <= 0.5);

        // Pixel-exact agreement between the camera maths and VTK's rendering, zoomed and panned:
        // every probed widget pixel shows the colour of the image pixel imagePixelAt names.
        viewport_->setImage(cellImage(4, 3));
        viewport_->setInterpolation(SliceViewport::Interpolation::Nearest);
        viewport_->setZoom(1.7);
        viewport_->setPan(QPointF(-37, 23));
        const QImage frame = grab();
        int checked = 0;
        for (int y = 3; y < kViewSize; y += 7) {
            for (int x = 3; x < kViewSize; x += 7) {
                const QPointF at = viewport_->imagePixelAt(QPoint(x, y));
                const double fx = at.x() - std::floor(at.x());
                const double fy = at.y() - std::floor(at.y());
                if (fx < 0.03 || fx > 0.97 || fy < 0.03 || fy > 0.97)
                    continue; // within a screen pixel of a cell edge
                const int column = static_cast<int>(std::floor(at.x()));
                const int row = static_cast<int>(std::floor(at.y()));
                const QColor expected = (column >= 0 && column < 4 && row >= 0 && row < 3) ? cellColour(column, row) : QColor(Qt::black);
                const QColor got = frame.pixelColor(x, y);
                QVERIFY2(near(got, expected, 3),
                         qPrintable(QStringLiteral("widget (%1,%2) -> image (%3,%4): got %5, expected %6")
                                        .arg(x).arg(y).arg(at.x()).arg(at.y()).arg(describe(got), describe(expected))));
                ++checked;
            }
        }
        QVERIFY(checked > 2000);
    }

    void cornerTextIsDrawnLegiblyOnAnyBackground()
    {
        const QRect topLeft(0, 0, 150, 40);
        const QRect bottomRight(kViewSize - 150, kViewSize - 40, 150, 40);

        for (const QColor background : {QColor(Qt::black), QColor(Qt::white)}) {
            viewport_->setImage(solidImage(100, 100, background));
            const QImage plain = grab();
            viewport_->setCornerText(Qt::TopLeftCorner, {QStringLiteral("DOE^JOHN"), QStringLiteral("ID 12345")});
            viewport_->setCornerText(Qt::BottomRightCorner, {QStringLiteral("W 400 L 40")});
            const QImage annotated = grab();
            viewport_->setCornerText(Qt::TopLeftCorner, {});
            viewport_->setCornerText(Qt::BottomRightCorner, {});

            QVERIFY2(differingPixels(plain, annotated, topLeft) > 100, "top-left text missing");
            QVERIFY2(differingPixels(plain, annotated, bottomRight) > 50, "bottom-right text missing");
            QCOMPARE(differingPixels(plain, annotated, QRect(0, kViewSize - 40, 150, 40)), 0);
            QCOMPARE(differingPixels(plain, annotated, QRect(kViewSize - 150, 0, 150, 40)), 0);
            // Light glyphs with a dark outline: both show, whatever the image behind.
            QVERIFY(pixelsMatching(annotated, topLeft, [](QColor c) { return c.lightness() > 200; }) > 30);
            QVERIFY(pixelsMatching(annotated, topLeft, [](QColor c) { return c.lightness() < 50; }) > 30);
        }
    }

    void nonLatinNamesRenderAsGlyphsNotBoxes()
    {
        viewport_->setImage(solidImage(100, 100, Qt::black));
        // Private-use code points have no glyph in any installed font: Qt draws its "tofu" boxes.
        const QString tofu = QString::fromUtf16(u"\uE000\uE001\uE002\uE003");
        const QImage tofuRendering = cornerRendering({tofu});
        const QImage empty = cornerRendering({});

        const QString names[] = {
            QString::fromUtf16(u"山田太郎"),         // Japanese
            QString::fromUtf16(u"김민준"),           // Korean
            QString::fromUtf16(u"محمد علي"),         // Arabic
            QString::fromUtf16(u"דוד כהן"),          // Hebrew
        };
        for (const QString& name : names) {
            const QImage rendering = cornerRendering({name});
            const QRect all(QPoint(0, 0), rendering.size());
            QVERIFY2(differingPixels(empty, rendering, all) > 60, qPrintable(name + QStringLiteral(": no ink")));
            QVERIFY2(differingPixels(tofuRendering, rendering, all) > 60,
                     qPrintable(name + QStringLiteral(": rendered like missing glyphs")));
        }
    }

    void orientationLabelsSitAtEdgeMiddles()
    {
        viewport_->setImage(solidImage(100, 100, Qt::black));
        const QImage plain = grab();
        viewport_->setOrientationLabels(QStringLiteral("R"), QStringLiteral("L"), QStringLiteral("A"), QStringLiteral("P"));
        const QImage labelled = grab();
        QVERIFY(differingPixels(plain, labelled, QRect(0, 180, 40, 40)) > 20);
        QVERIFY(differingPixels(plain, labelled, QRect(360, 180, 40, 40)) > 20);
        QVERIFY(differingPixels(plain, labelled, QRect(180, 0, 40, 40)) > 20);
        QVERIFY(differingPixels(plain, labelled, QRect(180, 360, 40, 40)) > 20);
        QCOMPARE(differingPixels(plain, labelled, QRect(0, 0, 60, 60)), 0);
    }

    void wheelAndKeysRequestSliceSteps()
    {
        QSignalSpy steps(viewport_.get(), &SliceViewport::sliceStepRequested);
        sendWheel(*viewport_, -120); // towards the user: next slice
        sendWheel(*viewport_, 120);
        sendWheel(*viewport_, 240);
        sendWheel(*viewport_, -60); // half notches add up
        sendWheel(*viewport_, -60);
        QCOMPARE(steps.count(), 4);
        QCOMPARE(steps.at(0).at(0).toInt(), 1);
        QCOMPARE(steps.at(1).at(0).toInt(), -1);
        QCOMPARE(steps.at(2).at(0).toInt(), -2);
        QCOMPARE(steps.at(3).at(0).toInt(), 1);

        steps.clear();
        QTest::keyClick(viewport_.get(), Qt::Key_Down);
        QTest::keyClick(viewport_.get(), Qt::Key_Up);
        QTest::keyClick(viewport_.get(), Qt::Key_PageDown);
        QTest::keyClick(viewport_.get(), Qt::Key_PageUp);
        QCOMPARE(steps.count(), 4);
        QCOMPARE(steps.at(0).at(0).toInt(), 1);
        QCOMPARE(steps.at(1).at(0).toInt(), -1);
        QCOMPARE(steps.at(2).at(0).toInt(), SliceViewport::kPageStep);
        QCOMPARE(steps.at(3).at(0).toInt(), -SliceViewport::kPageStep);
    }

    void leftDragReportsWindowLevelDeltas()
    {
        viewport_->setImage(solidImage(100, 100, Qt::white));
        QSignalSpy windowLevel(viewport_.get(), &SliceViewport::windowLevelDragged);
        drag(*viewport_, Qt::LeftButton, QPoint(100, 100), {QPoint(115, 93), QPoint(110, 120)});
        QCOMPARE(windowLevel.count(), 2);
        QCOMPARE(windowLevel.at(0).at(0).toInt(), 15);
        QCOMPARE(windowLevel.at(0).at(1).toInt(), -7);
        QCOMPARE(windowLevel.at(1).at(0).toInt(), -5);
        QCOMPARE(windowLevel.at(1).at(1).toInt(), 27);
        QCOMPARE(viewport_->zoom(), 1.0); // window/level drags do not move the view
    }

    void rightDragZoomsAndMiddleDragPans()
    {
        viewport_->setImage(solidImage(100, 100, Qt::white));
        QSignalSpy zoomed(viewport_.get(), &SliceViewport::zoomChanged);
        drag(*viewport_, Qt::RightButton, QPoint(200, 200), {QPoint(200, 150), QPoint(200, 100)});
        QVERIFY(viewport_->zoom() > 1.5);
        QCOMPARE(zoomed.count(), 2);
        drag(*viewport_, Qt::RightButton, QPoint(200, 100), {QPoint(200, 300)});
        QVERIFY(viewport_->zoom() < 1.0);

        viewport_->setZoom(0.5);
        const QRect before = nonBlackExtent(grab());
        drag(*viewport_, Qt::MiddleButton, QPoint(200, 200), {QPoint(230, 190), QPoint(250, 180)});
        QCOMPARE(viewport_->pan(), QPointF(50, -20));
        const QRect after = nonBlackExtent(grab());
        QVERIFY2(std::abs(after.left() - before.left() - 50) <= 1 && std::abs(after.top() - before.top() + 20) <= 1,
                 qPrintable(QStringLiteral("moved by %1,%2").arg(after.left() - before.left()).arg(after.top() - before.top())));

        QSignalSpy reset(viewport_.get(), &SliceViewport::resetRequested);
        QTest::keyClick(viewport_.get(), Qt::Key_Home);
        QCOMPARE(viewport_->zoom(), 1.0);
        QCOMPARE(viewport_->pan(), QPointF(0, 0));
        QCOMPARE(reset.count(), 0);
        viewport_->setZoom(2.0);
        QTest::keyClick(viewport_.get(), Qt::Key_R);
        QCOMPARE(viewport_->zoom(), 1.0);
        QCOMPARE(reset.count(), 1);
    }

    // A composite frame for a person to look at: set CONTINUUM_RENDER_SCREENSHOT to a .png path.
    void compositeFrameForInspection()
    {
        viewport_->setImage(quadrantImage(200, 100));
        viewport_->setCornerText(Qt::TopLeftCorner, {QString::fromUtf16(u"山田^太郎"), QStringLiteral("ID 0042"), QString::fromUtf16(u"김민준")});
        viewport_->setCornerText(Qt::TopRightCorner, {QString::fromUtf16(u"محمد علي"), QString::fromUtf16(u"דוד כהן")});
        viewport_->setCornerText(Qt::BottomLeftCorner, {QStringLiteral("Im: 12/40"), QStringLiteral("Zoom 1.00")});
        viewport_->setCornerText(Qt::BottomRightCorner, {QStringLiteral("W 400 L 40")});
        viewport_->setOrientationLabels(QStringLiteral("R"), QStringLiteral("L"), QStringLiteral("A"), QStringLiteral("P"));
        const QImage frame = viewport_->grabImage();
        QVERIFY(!frame.isNull());
        const QString path = qEnvironmentVariable("CONTINUUM_RENDER_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(frame.save(path));
    }

    // Moving the viewport into another window gives it a new GL context: VTK must follow.
    void keepsRenderingAfterReparenting()
    {
        viewport_->setImage(quadrantImage(200, 100));
        QVERIFY(near(grab().pixelColor(100, 150), QColor(255, 0, 0)));
        QWidget window;
        window.resize(kViewSize, kViewSize);
        viewport_->setParent(&window);
        viewport_->setGeometry(0, 0, kViewSize, kViewSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage frame = grab();
        QVERIFY2(near(frame.pixelColor(100, 150), QColor(255, 0, 0)), qPrintable(describe(frame.pixelColor(100, 150))));
        QVERIFY(near(frame.pixelColor(300, 250), QColor(255, 255, 0)));
        viewport_.reset(); // destroyed while its window still exists
    }

    // The image is a GL window of its own, which the window system gives the drag: it goes on
    // to the nearest widget up the tree that takes drops (the main window imports dropped files),
    // at that widget's position, and its answer goes back.
    void dragAndDropReachTheWidgetThatTakesDrops()
    {
        struct DropTarget : QWidget {
            std::vector<std::pair<QEvent::Type, QPoint>> seen;
            bool event(QEvent* event) override
            {
                switch (event->type()) {
                case QEvent::DragEnter:
                case QEvent::DragMove:
                case QEvent::Drop: {
                    auto* drop = static_cast<QDropEvent*>(event);
                    seen.emplace_back(event->type(), drop->position().toPoint());
                    if (drop->mimeData()->hasUrls())
                        drop->acceptProposedAction();
                    return true;
                }
                case QEvent::DragLeave:
                    seen.emplace_back(event->type(), QPoint());
                    return true;
                default:
                    return QWidget::event(event);
                }
            }
        } window;
        window.setAcceptDrops(true);
        window.resize(kViewSize + 60, kViewSize + 60);
        auto* middle = new QWidget(&window);   // takes no drops: passed over
        middle->setGeometry(20, 10, kViewSize + 30, kViewSize + 30);
        SliceViewport* viewport = viewport_.release();   // the window owns it now
        viewport->setParent(middle);
        viewport->setGeometry(30, 40, kViewSize, kViewSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWindow* surface = viewport->surfaceWindow();
        QVERIFY(QTest::qWaitForWindowExposed(surface));

        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/study/ct.dcm"))});
        QDragEnterEvent enter(QPoint(5, 7), Qt::CopyAction | Qt::MoveAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(surface, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QDragMoveEvent move(QPoint(8, 9), Qt::CopyAction | Qt::MoveAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(surface, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(8, 9), Qt::CopyAction | Qt::MoveAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(surface, &drop);
        QVERIFY(drop.isAccepted());
        using Seen = std::vector<std::pair<QEvent::Type, QPoint>>;
        QCOMPARE(window.seen, (Seen{{QEvent::DragEnter, QPoint(55, 57)}, {QEvent::DragMove, QPoint(58, 59)}, {QEvent::Drop, QPoint(58, 59)}}));

        // A drag that the target took and that leaves again says so.
        window.seen.clear();
        QDragEnterEvent again(QPoint(5, 7), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(surface, &again);
        QVERIFY(again.isAccepted());
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(surface, &leave);
        QCOMPARE(window.seen, (Seen{{QEvent::DragEnter, QPoint(55, 57)}, {QEvent::DragLeave, QPoint()}}));

        // What the target refuses is refused.
        window.seen.clear();
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(5, 7), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(surface, &refused);
        QVERIFY(!refused.isAccepted());
        QCOMPARE(window.seen, (Seen{{QEvent::DragEnter, QPoint(55, 57)}}));
    }

    void destroyedWithoutEverBeingShown()
    {
        SliceViewport hidden;
        hidden.setImage(quadrantImage(20, 10));
        hidden.setCornerText(Qt::TopLeftCorner, {QStringLiteral("x")});
        QCOMPARE(hidden.imageSize(), QSize(20, 10));
    }

    void clearImageShowsBlack()
    {
        viewport_->setImage(solidImage(10, 10, Qt::white));
        viewport_->clearImage();
        QVERIFY(!viewport_->hasImage());
        QVERIFY(nonBlackExtent(grab()).isNull());
        QVERIFY(std::isnan(viewport_->imagePixelAt(QPoint(1, 1)).x()));
    }
};

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat(); // before QApplication, as the product does
    QApplication app(argc, argv);
    SliceViewportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "SliceViewportTest.moc"
