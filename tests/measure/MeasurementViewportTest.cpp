// The measurement tools on screen: CT1 in a SliceViewport driven by SeriesViewController, mouse
// drawing with live values, selection and delete, the probe, rotate/flip/invert/magnifier and
// the window presets. Writes the composited frame with a length and an ROI to a PNG to look at.
#include "MeasureTestSupport.h"

#include "SeriesViewController.h"
#include "WindowPresets.h"
#include "dicom/FrameRenderer.h"
#include "generators/AttributeRewriter.h"
#include "render/SliceViewport.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace continuum;
using render::SliceViewport;

namespace {

constexpr int kViewSize = 512;
const QString kCt1 = QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
constexpr double kCt1Spacing = 0.661468;

void sendMouse(QWidget& widget, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget.mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

int grey(const QImage& frame, QPointF widgetPoint)
{
    return qGray(frame.pixel(static_cast<int>(std::floor(widgetPoint.x())), static_cast<int>(std::floor(widgetPoint.y()))));
}

} // namespace

class MeasurementViewportTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SliceViewport> viewport_;
    std::unique_ptr<app::SeriesViewController> controller_;
    std::shared_ptr<dicom::ImageSeries> series_;
    QTemporaryDir dir_;

    QImage grab() { return viewport_->grabImage().convertToFormat(QImage::Format_RGB32); }
    QPointF at(QPointF imagePoint) const { return viewport_->widgetPointFor(imagePoint); }

    void dragImage(QPointF from, QPointF to, int steps = 8)
    {
        sendMouse(*viewport_, QEvent::MouseButtonPress, at(from), Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= steps; ++i)
            sendMouse(*viewport_, QEvent::MouseMove, at(from + (to - from) * (double(i) / steps)), Qt::NoButton, Qt::LeftButton);
        sendMouse(*viewport_, QEvent::MouseButtonRelease, at(to), Qt::LeftButton, Qt::NoButton);
    }

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(kCt1);
        QVERIFY(dir_.isValid());
    }

    void init()
    {
        viewport_ = std::make_unique<SliceViewport>();
        viewport_->resize(kViewSize, kViewSize);
        viewport_->show();
        QVERIFY(QTest::qWaitForWindowExposed(viewport_.get()));
        controller_ = std::make_unique<app::SeriesViewController>(viewport_.get());
        series_ = continuum::testing::loadDecodedSeries(continuum::testing::sharedDicomPath(kCt1));
        QVERIFY(series_);
        controller_->setSeries(series_);
        QVERIFY(viewport_->hasImage());
    }

    void cleanup()
    {
        controller_.reset();
        viewport_.reset();
    }

    // Drawing a length with the mouse: live value while dragging, then a measurement in mm that
    // the controller keeps.
    void lengthDrawnWithTheMouse()
    {
        QSignalSpy added(viewport_.get(), &SliceViewport::measurementAdded);
        viewport_->setTool(SliceViewport::Tool::Length);
        const QPointF from(56, 256), to(456, 256);
        sendMouse(*viewport_, QEvent::MouseButtonPress, at(from), Qt::LeftButton, Qt::LeftButton);
        sendMouse(*viewport_, QEvent::MouseMove, at(QPointF(256, 256)), Qt::NoButton, Qt::LeftButton);
        const auto live = viewport_->draftResult();
        QVERIFY(live && live->length);
        QVERIFY2(std::abs(*live->length - 200 * kCt1Spacing) < 1.5, qPrintable(live->text()));
        sendMouse(*viewport_, QEvent::MouseMove, at(to), Qt::NoButton, Qt::LeftButton);
        QVERIFY(viewport_->draftResult()->length > live->length);
        sendMouse(*viewport_, QEvent::MouseButtonRelease, at(to), Qt::LeftButton, Qt::NoButton);

        QCOMPARE(added.count(), 1);
        QCOMPARE(controller_->measurements().size(), std::size_t(1));
        const measure::Measurement& m = controller_->measurements().front();
        QCOMPARE(m.frame.sopInstanceUid, QString::fromStdString(series_->header(0).sopInstanceUid));
        const auto result = viewport_->resultFor(m.id);
        QVERIFY(result && result->length);
        // mouse positions are whole widget pixels: within one image pixel at each end
        QVERIFY2(std::abs(*result->length - 400 * kCt1Spacing) < 2 * kCt1Spacing, qPrintable(result->text()));
        QCOMPARE(result->lengthUnit, QStringLiteral("mm"));
        QCOMPARE(viewport_->selectedMeasurementId(), m.id);

        // Its label is drawn beside it (right of its end, or below when the view is too narrow).
        const QImage frame = grab();
        const QPointF end = at(to);
        int labelPixels = 0;
        for (int y = int(end.y()) - 4; y < int(end.y()) + 30; ++y)
            for (int x = int(end.x()) - 120; x < std::min(kViewSize, int(end.x()) + 90); ++x)
                if (qRed(frame.pixel(x, y)) > 230 && qGreen(frame.pixel(x, y)) > 200 && qBlue(frame.pixel(x, y)) < 200)
                    ++labelPixels;
        QVERIFY2(labelPixels > 20, qPrintable(QString::number(labelPixels)));
    }

    void selectAndDelete()
    {
        viewport_->setTool(SliceViewport::Tool::Length);
        dragImage({100, 100}, {300, 100});
        viewport_->setTool(SliceViewport::Tool::Ellipse);
        dragImage({150, 200}, {350, 330});
        QCOMPARE(controller_->measurements().size(), std::size_t(2));
        const QString lengthId = controller_->measurements()[0].id;
        const QString ellipseId = controller_->measurements()[1].id;

        viewport_->setTool(SliceViewport::Tool::Select);
        sendMouse(*viewport_, QEvent::MouseButtonPress, at({200, 100.5}), Qt::LeftButton, Qt::LeftButton);
        sendMouse(*viewport_, QEvent::MouseButtonRelease, at({200, 100.5}), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(viewport_->selectedMeasurementId(), lengthId);
        sendMouse(*viewport_, QEvent::MouseButtonPress, at({250, 265}), Qt::LeftButton, Qt::LeftButton);   // inside the ROI
        QCOMPARE(viewport_->selectedMeasurementId(), ellipseId);
        sendMouse(*viewport_, QEvent::MouseButtonPress, at({20, 480}), Qt::LeftButton, Qt::LeftButton);   // nothing there
        QCOMPARE(viewport_->selectedMeasurementId(), QString());

        viewport_->selectMeasurement(lengthId);
        QCOMPARE(viewport_->selectedMeasurementId(), lengthId);
        QTest::keyClick(viewport_.get(), Qt::Key_Delete);
        QCOMPARE(viewport_->selectedMeasurementId(), QString());
        QCOMPARE(controller_->measurements().size(), std::size_t(1));
        QCOMPARE(controller_->measurements()[0].id, ellipseId);
        QCOMPARE(viewport_->measurements().size(), std::size_t(1));
    }

    // Angle: drag the first arm, release, click the second end. Cobb: two drags.
    void angleAndCobbWithTheMouse()
    {
        viewport_->setTool(SliceViewport::Tool::Angle);
        dragImage({300, 200}, {200, 200});                       // first arm ends at the vertex
        sendMouse(*viewport_, QEvent::MouseMove, at({200, 100}), Qt::NoButton, Qt::NoButton);
        QVERIFY(viewport_->draftResult() && std::abs(*viewport_->draftResult()->angleDegrees - 90.0) < 1.0);
        sendMouse(*viewport_, QEvent::MouseButtonPress, at({200, 100}), Qt::LeftButton, Qt::LeftButton);
        sendMouse(*viewport_, QEvent::MouseButtonRelease, at({200, 100}), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(controller_->measurements().size(), std::size_t(1));
        QVERIFY(std::abs(*viewport_->resultFor(controller_->measurements()[0].id)->angleDegrees - 90.0) < 1.0);

        viewport_->setTool(SliceViewport::Tool::CobbAngle);
        dragImage({100, 300}, {300, 300});
        dragImage({100, 400}, {300, 400 + 200 * std::tan(20.0 * std::numbers::pi / 180.0)});
        QCOMPARE(controller_->measurements().size(), std::size_t(2));
        const auto cobb = viewport_->resultFor(controller_->measurements()[1].id);
        QVERIFY2(std::abs(*cobb->angleDegrees - 20.0) < 1.0, qPrintable(cobb->text()));
    }

    void probeShowsTheValueUnderTheCursor()
    {
        viewport_->setTool(SliceViewport::Tool::Probe);
        const QPointF widget = at({300.5, 220.5});
        sendMouse(*viewport_, QEvent::MouseMove, widget, Qt::NoButton, Qt::NoButton);
        const QPointF pixel = viewport_->imagePixelAt(widget.toPoint());
        const auto measurer = measure::FrameMeasurer::forSeriesFrame(series_, 0);
        const auto value = measurer->valueAt(int(pixel.x()), int(pixel.y()));
        QVERIFY(value);
        QCOMPARE(viewport_->probeReading(),
                 QStringLiteral("(%1, %2) %3 HU").arg(int(pixel.x())).arg(int(pixel.y())).arg(*value, 0, 'f', 1));
        QCOMPARE(*value, dicom::FrameRenderer::modalityValueAt(*series_, 0, int(pixel.x()), int(pixel.y())));
    }

    // Rotation and flips turn image, measurements and labels together.
    void rotateAndFlipMoveImageLabelsAndMeasurements()
    {
        QCOMPARE(viewport_->displayedOrientationLabels(), (dicom::EdgeLabels{"R", "L", "A", "P"}));
        const QPointF probe(120.5, 300.5);
        const int before = grey(grab(), at(probe));
        const QPointF widgetBefore = at(probe);

        viewport_->rotateClockwise();
        QCOMPARE(viewport_->displayedOrientationLabels(), (dicom::EdgeLabels{"P", "A", "R", "L"}));
        QVERIFY((at(probe) - widgetBefore).manhattanLength() > 50);   // the point moved on screen
        QCOMPARE(grey(grab(), at(probe)), before);                     // and its pixel with it
        const QPointF back = viewport_->imagePixelAt(QPoint(int(std::floor(at(probe).x())), int(std::floor(at(probe).y()))));
        QVERIFY2(std::abs(back.x() - probe.x()) < 1.0 && std::abs(back.y() - probe.y()) < 1.0,
                 qPrintable(QStringLiteral("%1,%2 at %3,%4").arg(back.x()).arg(back.y()).arg(at(probe).x()).arg(at(probe).y())));
        QVERIFY(controller_->measurements().empty());

        viewport_->setDisplayTransform({});
        viewport_->flipHorizontal();
        QCOMPARE(viewport_->displayedOrientationLabels(), (dicom::EdgeLabels{"L", "R", "A", "P"}));
        QCOMPARE(grey(grab(), at(probe)), before);
        viewport_->flipHorizontal();
        viewport_->flipVertical();
        QCOMPARE(viewport_->displayedOrientationLabels(), (dicom::EdgeLabels{"R", "L", "P", "A"}));
        QCOMPARE(grey(grab(), at(probe)), before);

        // A length drawn on the turned image measures the same in the image.
        viewport_->setTool(SliceViewport::Tool::Length);
        dragImage({100, 100}, {100, 400});
        const auto r = viewport_->resultFor(controller_->measurements().front().id);
        QVERIFY2(std::abs(*r->length - 300 * kCt1Spacing) < 2 * kCt1Spacing, qPrintable(r->text()));
    }

    void invertAndMagnifier()
    {
        const QPointF point(256.5, 256.5);
        const QImage plain = grab();
        viewport_->setInverted(true);
        const QImage inverted = grab();
        QVERIFY(std::abs(grey(plain, at(point)) + grey(inverted, at(point)) - 255) <= 2);
        viewport_->setInverted(false);

        // Loupe at 2x: 40 widget pixels right of the cursor show what is 20 pixels right of it.
        viewport_->setInterpolation(SliceViewport::Interpolation::Nearest);
        const QImage reference = grab();
        viewport_->setMagnifierEnabled(true);
        viewport_->setMagnification(2.0);
        const QPointF cursor = at(point);
        sendMouse(*viewport_, QEvent::MouseMove, cursor, Qt::NoButton, Qt::NoButton);
        const QImage loupe = grab();
        int matching = 0, probed = 0;
        for (int dx = 10; dx <= 70; dx += 6) {
            ++probed;
            const QRgb near = reference.pixel(int(cursor.x()) + dx / 2, int(cursor.y()));
            const QRgb far = loupe.pixel(int(cursor.x()) + dx, int(cursor.y()));
            if (std::abs(qGray(near) - qGray(far)) <= 12)
                ++matching;
        }
        QVERIFY2(matching >= probed - 2, qPrintable(QStringLiteral("%1 of %2").arg(matching).arg(probed)));
        viewport_->setMagnification(9.0);
        QCOMPARE(viewport_->magnification(), SliceViewport::kMaxMagnification);
    }

    void presetsOnNumberKeys()
    {
        const app::WindowPresets& presets = app::WindowPresets::bundled();
        for (const char* name : {"Lung", "Mediastinum", "Bone", "Brain", "Abdomen", "Liver"}) {
            const auto all = presets.forModality(QStringLiteral("CT"));
            QVERIFY2(std::any_of(all.begin(), all.end(), [&](const app::WindowPreset& p) { return p.name == QLatin1String(name) && p.key >= 1; }), name);
        }
        QVERIFY(controller_->applyPresetKey(2));   // CT key 2: Lung
        QCOMPARE(controller_->effectiveWindow().width, 1500.0);
        QCOMPARE(controller_->effectiveWindow().center, -600.0);
        QVERIFY(!controller_->applyPresetKey(0));

        // MR "Auto": the window spans the 1st to 99th percentile of the frame's values.
        const QString mr = dir_.filePath(QStringLiteral("ct1_as_mr.dcm"));
        QVERIFY(generators::AttributeRewriter::writeCopy(continuum::testing::sharedDicomPath(kCt1), mr,
                                                         {{{0x0008, 0x0060}, QStringLiteral("MR")}}));
        auto mrSeries = continuum::testing::loadDecodedSeries(mr);
        QVERIFY(mrSeries);
        controller_->setSeries(mrSeries);
        const auto automatic = presets.forKey(QStringLiteral("MR"), 1);
        QVERIFY(automatic && automatic->automatic);
        QVERIFY(controller_->applyPresetKey(1));
        const auto range = measure::FrameMeasurer::forSeriesFrame(mrSeries, 0)->percentileRange(1, 99);
        QVERIFY(range && range->second > range->first);
        QCOMPARE(controller_->effectiveWindow().width, range->second - range->first);
        QCOMPARE(controller_->effectiveWindow().center, (range->first + range->second) / 2);

        // Keys are data: a duplicate key is refused when read.
        QString error;
        const auto parsed = app::WindowPresets::fromJson(R"({"presets":{"CT":[{"name":"A","key":1,"width":10,"center":0},{"name":"B","key":1,"width":20,"center":0}]}})", &error);
        QCOMPARE(parsed.forModality(QStringLiteral("CT")).size(), std::size_t(1));
        QVERIFY(error.contains(QStringLiteral("already bound")));
    }

    // Measurements persist per frame in the controller and come back when the frame is shown.
    void measurementsRestoredOnTheirFrame()
    {
        const measure::FrameReference frame{QString::fromStdString(series_->header(0).sopInstanceUid), 1};
        const auto saved = measure::Measurement::create(frame, measure::EllipseShape{{250, 270}, 60, 40});
        const auto elsewhere = measure::Measurement::create({QStringLiteral("1.2.3.4"), 1}, measure::LengthShape{{0, 0}, {5, 5}});
        controller_->setMeasurements({saved, elsewhere});
        QCOMPARE(viewport_->measurements().size(), std::size_t(1));
        const auto r = viewport_->resultFor(saved.id);
        QVERIFY(r && r->values);
        QCOMPARE(r->values->mean, measure::FrameMeasurer::forSeriesFrame(series_, 0)->evaluate(saved).values->mean);
    }

    // The frame to look at: CT1 with a length and an ellipse ROI drawn with the mouse.
    void snapshotWithLengthAndRoi()
    {
        viewport_->setTool(SliceViewport::Tool::Length);
        dragImage({60, 380}, {450, 380});
        viewport_->setTool(SliceViewport::Tool::Ellipse);
        dragImage({190, 230}, {310, 310});
        viewport_->setTool(SliceViewport::Tool::Freehand);
        std::vector<QPointF> path;
        for (int i = 0; i <= 40; ++i) {
            const double a = 2 * std::numbers::pi * i / 40;
            path.emplace_back(380 + 40 * std::cos(a), 180 + 25 * std::sin(a) + 8 * std::sin(3 * a));
        }
        sendMouse(*viewport_, QEvent::MouseButtonPress, at(path.front()), Qt::LeftButton, Qt::LeftButton);
        for (const QPointF& p : path)
            sendMouse(*viewport_, QEvent::MouseMove, at(p), Qt::NoButton, Qt::LeftButton);
        sendMouse(*viewport_, QEvent::MouseButtonRelease, at(path.back()), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(controller_->measurements().size(), std::size_t(3));
        const auto freehand = viewport_->resultFor(controller_->measurements()[2].id);
        QVERIFY(freehand && freehand->values && freehand->values->pixelCount > 2000);
        viewport_->selectMeasurement({});
        const QImage frame = grab();
        const QString out = QDir(qEnvironmentVariableIsSet("CONTINUUM_TEST_OUTPUT") ? qEnvironmentVariable("CONTINUUM_TEST_OUTPUT")
                                                                                     : QDir::tempPath())
                                .filePath(QStringLiteral("continuum-measure-ct1.png"));
        QVERIFY(frame.save(out));
        qInfo("composited frame written to %s", qPrintable(out));
        // The length's yellow line crosses the middle of the image.
        const QPointF mid = at({255, 380});
        const QRgb c = frame.pixel(int(mid.x()), int(mid.y()));
        QVERIFY2(qRed(c) > 200 && qGreen(c) > 150 && qBlue(c) < 120, qPrintable(QStringLiteral("%1").arg(c, 0, 16)));
    }
};

int main(int argc, char** argv)
{
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    MeasurementViewportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "MeasurementViewportTest.moc"
