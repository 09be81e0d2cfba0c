// A GSPS's display shutters, displayed area and label as the viewer shows them. Each state is
// written at test time with PresentationStateWriter for the real CT slice
// ct-series/lung_dx_a0001_chest_ct_5mm/1-32.dcm (512x512, W/L from the file), read back with
// PresentationStateReader, and applied through PresentationStateOverlay to a SliceViewport
// showing that slice (SeriesViewController). Assertions are on the rendered frame
// (SliceViewport::grabImage, i.e. the OpenGL framebuffer with the overlays): pixels under the
// shutter have the Shutter Presentation Value, pixels inside are the image as without shutter;
// the displayed area lands where its size mode says; the label is in the corner text.
#include "TestData.h"

#include "PresentationStateOverlay.h"
#include "SeriesViewController.h"

#include "dicom/DicomScanner.h"
#include "dicom/ImageSeries.h"
#include "dicom/SeriesGrouper.h"
#include "documents/PresentationStateReader.h"
#include "documents/PresentationStateWriter.h"
#include "documents/SourceImageReader.h"
#include "render/SliceViewport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace continuum;
using namespace continuum::documents;

namespace {

const QString kSlice = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-32.dcm");

std::shared_ptr<dicom::ImageSeries> loadSlice()
{
    auto headers = dicom::DicomScanner::scan({continuum::testing::sharedDicomPath(kSlice).toStdString()}).images;
    auto groups = dicom::SeriesGrouper::group(std::move(headers));
    if (groups.size() != 1)
        return nullptr;
    auto series = dicom::ImageSeries::create(std::move(groups.front()));
    return series ? std::shared_ptr<dicom::ImageSeries>(std::move(series.value())) : nullptr;
}

// Grey level of the rendered frame at the centre of image pixel (column, row), 0-based.
int renderedGrey(render::SliceViewport& viewport, const QImage& frame, int column, int row)
{
    const QPointF at = viewport.widgetPointFor(QPointF(column + 0.5, row + 0.5));
    const qreal ratio = frame.devicePixelRatio();
    return qGray(frame.pixel(static_cast<int>(at.x() * ratio), static_cast<int>(at.y() * ratio)));
}

} // namespace

class PresentationStateDisplayTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SourceImage m_source;
    std::shared_ptr<dicom::ImageSeries> m_series;
    std::unique_ptr<QWidget> m_window;
    render::SliceViewport* m_viewport = nullptr;
    std::unique_ptr<app::SeriesViewController> m_controller;
    app::PresentationStateOverlay* m_overlay = nullptr;

    // Writes `state` (based on the CT slice) with our writer and reads it back, as a viewer
    // receiving the file would.
    PresentationState roundTrip(PresentationState state, const QString& name)
    {
        QString error;
        const QString path = m_dir.filePath(name);
        if (!PresentationStateWriter::writeFile(state, m_source.study, {}, path, &error))
            qFatal("writing %s: %s", qPrintable(name), qPrintable(error));
        auto read = PresentationStateReader::readFile(path, &error);
        if (!read)
            qFatal("reading %s: %s", qPrintable(name), qPrintable(error));
        return *read;
    }

    PresentationState baseState(const QString& label, const QString& description)
    {
        PresentationState s = PresentationStateWriter::initialStateFor({m_source});
        s.contentLabel = label;
        s.contentDescription = description;
        return s;
    }

    void apply(const PresentationState& state)
    {
        m_overlay->setState(&state, m_source.reference.sopInstanceUid, 1);
        m_viewport->update();
        QCoreApplication::processEvents();
    }

    // The frame as rendered without the shutter but with everything else the same.
    QImage unshutteredFrame()
    {
        m_viewport->clearShutter();
        return m_viewport->grabImage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CONTINUUM_REQUIRE_SHARED(kSlice);
        QString error;
        auto source = SourceImageReader::readFile(continuum::testing::sharedDicomPath(kSlice), &error);
        QVERIFY2(source, qPrintable(error));
        m_source = *source;
        QCOMPARE(m_source.columns, 512);
        QCOMPARE(m_source.rows, 512);
        m_series = loadSlice();
        QVERIFY(m_series);

        m_window = std::make_unique<QWidget>();
        m_window->resize(600, 600);
        m_viewport = new render::SliceViewport(m_window.get());
        m_viewport->setGeometry(0, 0, 600, 600);
        m_controller = std::make_unique<app::SeriesViewController>(m_viewport);
        m_overlay = new app::PresentationStateOverlay(m_viewport);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_controller->setSeries(m_series, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewport->hasImage(), 30000);
        QCOMPARE(m_viewport->imageSize(), QSize(512, 512));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
    }

    void cleanup() { m_overlay->setState(nullptr); }

    // The mask a state's shutters make, pixel by pixel at the edges (1-based DICOM positions).
    void shutterMaskFollowsTheModule()
    {
        Shutters s;
        s.rectangular = RectangularShutter{11, 20, 5, 8};   // columns 11..20, rows 5..8 visible
        const auto mask = s.visibleMask(32, 16);
        QCOMPARE(mask.size(), std::size_t(32 * 16));
        auto at = [&](int column, int row) { return mask[static_cast<std::size_t>(row - 1) * 32 + static_cast<std::size_t>(column - 1)]; };
        QCOMPARE(at(11, 5), std::uint8_t(1));
        QCOMPARE(at(20, 8), std::uint8_t(1));
        QCOMPARE(at(10, 5), std::uint8_t(0));
        QCOMPARE(at(21, 8), std::uint8_t(0));
        QCOMPARE(at(11, 4), std::uint8_t(0));
        QCOMPARE(at(11, 9), std::uint8_t(0));
        s.circular = CircularShutter{QPoint(15, 6), 3};   // union of the outsides
        const auto both = s.visibleMask(32, 16);
        QCOMPARE(both[static_cast<std::size_t>(5) * 32 + 14], std::uint8_t(1));   // (15, 6): centre
        QCOMPARE(both[static_cast<std::size_t>(5) * 32 + 10], std::uint8_t(0));   // (11, 6): inside the rectangle, 4 from the centre
        QCOMPARE(s.presentationGrey8(), 0);
        s.presentationValue = 0xFFFF;
        QCOMPARE(s.presentationGrey8(), 255);
        QVERIFY(Shutters{}.visibleMask(32, 16).empty());
    }

    // Rectangular + circular shutter in white, displayed area (101,121)-(400,380) scaled to fit,
    // the label in the corner text.
    void rectangularAndCircularShutterWithScaleToFit()
    {
        PresentationState s = baseState(QStringLiteral("SHUTTER RC"), QStringLiteral("Lung window, shuttered"));
        s.shutters.rectangular = RectangularShutter{150, 360, 140, 370};
        s.shutters.circular = CircularShutter{QPoint(256, 256), 120};
        s.shutters.presentationValue = 0xFFFF;
        s.displayedAreas.front().topLeft = QPoint(101, 121);
        s.displayedAreas.front().bottomRight = QPoint(400, 380);
        s.displayedAreas.front().sizeMode = QStringLiteral("SCALE TO FIT");
        const PresentationState read = roundTrip(s, QStringLiteral("rc.dcm"));
        QVERIFY(read.shutters.rectangular && read.shutters.circular);
        QCOMPARE(read.shutters.presentationValue.value_or(-1), 0xFFFF);
        QCOMPARE(read.displayedAreas.front().topLeft, QPoint(101, 121));

        apply(read);
        QVERIFY(m_viewport->hasShutter());
        QCOMPARE(m_viewport->shutterColour(), QColor(255, 255, 255));

        // Displayed area: 300 x 260 pixels of square spacing in a 600 x 600 widget: the width
        // fills the widget, centred vertically.
        const QPointF topLeft = m_viewport->widgetPointFor(QPointF(100.0, 120.0));
        const QPointF bottomRight = m_viewport->widgetPointFor(QPointF(400.0, 380.0));
        QVERIFY2(std::abs(topLeft.x() - 0.0) < 1.0, qPrintable(QString::number(topLeft.x())));
        QVERIFY2(std::abs(bottomRight.x() - 600.0) < 1.0, qPrintable(QString::number(bottomRight.x())));
        QVERIFY(std::abs((topLeft.y() + bottomRight.y()) / 2.0 - 300.0) < 1.0);
        QVERIFY(std::abs((bottomRight.y() - topLeft.y()) - 520.0) < 1.0);
        QVERIFY(std::abs(m_viewport->widgetPixelsPerImagePixel() - 2.0) < 0.01);

        // Label in the bottom right corner text.
        const QString label = QStringLiteral("PR: SHUTTER RC - Lung window, shuttered");
        QCOMPARE(m_viewport->presentationLabel(), label);
        QCOMPARE(m_viewport->cornerLines(Qt::BottomRightCorner).value(0), label);

        const QImage shuttered = m_viewport->grabImage();
        QVERIFY(!shuttered.isNull());
        // (0-based image pixels, all inside the displayed area and away from shutter edges.)
        const QList<QPoint> outside{{120, 250}, {380, 250}, {250, 130}, {255, 375}, {165, 155}, {345, 355}};
        const QList<QPoint> inside{{256, 256}, {200, 256}, {300, 300}, {256, 190}};
        for (const QPoint& p : outside)
            QVERIFY2(renderedGrey(*m_viewport, shuttered, p.x(), p.y()) == 255,
                     qPrintable(QStringLiteral("(%1, %2): %3").arg(p.x()).arg(p.y()).arg(renderedGrey(*m_viewport, shuttered, p.x(), p.y()))));
        // The text of the corner was drawn: light pixels in the bottom right corner.
        int light = 0;
        for (int y = 560; y < 600; ++y)
            for (int x = 300; x < 600; ++x)
                light += qGray(shuttered.pixel(x, y)) > 200 ? 1 : 0;
        QVERIFY(light > 50);

        const QImage plain = unshutteredFrame();
        for (const QPoint& p : outside)   // the shutter changed those pixels
            QVERIFY(renderedGrey(*m_viewport, plain, p.x(), p.y()) != 255);
        for (const QPoint& p : inside)    // and left these alone
            QCOMPARE(renderedGrey(*m_viewport, shuttered, p.x(), p.y()), renderedGrey(*m_viewport, plain, p.x(), p.y()));
        shuttered.save(QStringLiteral("gsps-shutter.png"));

        m_overlay->setState(nullptr);
        QVERIFY(!m_viewport->hasShutter());
        QVERIFY(!m_viewport->displayedArea());
        QVERIFY(m_viewport->presentationLabel().isEmpty());
        QCOMPARE(m_viewport->cornerLines(Qt::BottomRightCorner).value(0) == label, false);
    }

    // Polygonal shutter (a triangle) in mid grey, displayed area magnified 3 times about its centre.
    void polygonalShutterWithMagnify()
    {
        PresentationState s = baseState(QStringLiteral("POLY"), {});
        s.shutters.polygonal = std::vector<QPoint>{{256, 100}, {420, 400}, {92, 400}};
        s.shutters.presentationValue = 0x8000;
        s.displayedAreas.front().topLeft = QPoint(157, 201);
        s.displayedAreas.front().bottomRight = QPoint(356, 400);
        s.displayedAreas.front().sizeMode = QStringLiteral("MAGNIFY");
        s.displayedAreas.front().magnification = 3.0;
        const PresentationState read = roundTrip(s, QStringLiteral("poly.dcm"));
        QVERIFY(read.shutters.polygonal);
        apply(read);
        QCOMPARE(m_viewport->cornerLines(Qt::BottomRightCorner).value(0), QStringLiteral("PR: POLY"));
        // Three widget pixels per image pixel; the area's centre (256, 300) at the widget's.
        QVERIFY(std::abs(m_viewport->widgetPixelsPerImagePixel() - 3.0) < 0.01);
        const QPointF centre = m_viewport->widgetPointFor(QPointF(256.0, 300.0));
        QVERIFY(std::abs(centre.x() - 300.0) < 1.0 && std::abs(centre.y() - 300.0) < 1.0);

        const QImage shuttered = m_viewport->grabImage();
        const int grey = qRound(0x8000 * 255.0 / 65535.0);
        // Left of the triangle's left edge (which runs from (255,99) to (91,399) 0-based).
        for (const QPoint& p : QList<QPoint>{{170, 220}, {340, 220}})
            QCOMPARE(renderedGrey(*m_viewport, shuttered, p.x(), p.y()), grey);
        const QImage plain = unshutteredFrame();
        QVERIFY(renderedGrey(*m_viewport, plain, 170, 220) != grey || renderedGrey(*m_viewport, plain, 340, 220) != grey);
        for (const QPoint& p : QList<QPoint>{{256, 300}, {230, 350}})
            QCOMPARE(renderedGrey(*m_viewport, shuttered, p.x(), p.y()), renderedGrey(*m_viewport, plain, p.x(), p.y()));
    }

    // Bitmap shutter (an overlay plane covering the left half) in black, TRUE SIZE on a screen
    // of 0.25 mm per pixel.
    void bitmapShutterWithTrueSize()
    {
        PresentationState s = baseState(QStringLiteral("BITMAP"), QStringLiteral("true size"));
        BitmapShutter b;
        b.rows = 512;
        b.columns = 512;
        b.mask.assign(512 * 512, 0);
        for (int row = 0; row < 512; ++row)
            for (int column = 0; column < 256; ++column)
                b.mask[static_cast<std::size_t>(row) * 512 + static_cast<std::size_t>(column)] = 1;
        s.shutters.bitmap = b;
        s.shutters.presentationValue = 0;
        s.displayedAreas.front().sizeMode = QStringLiteral("TRUE SIZE");
        QVERIFY(s.displayedAreas.front().pixelSpacing);
        const double pixelWidthMm = s.displayedAreas.front().pixelSpacing->y();
        const PresentationState read = roundTrip(s, QStringLiteral("bitmap.dcm"));
        QVERIFY(read.shutters.bitmap);
        m_viewport->setScreenPixelPitchMm(0.25);
        apply(read);
        // 100 image pixels measure 100 * PixelSpacing mm on the screen.
        const double span = m_viewport->widgetPointFor(QPointF(356.0, 256.0)).x() - m_viewport->widgetPointFor(QPointF(256.0, 256.0)).x();
        QVERIFY2(std::abs(span * 0.25 - 100.0 * pixelWidthMm) < 0.5, qPrintable(QStringLiteral("%1 mm on screen").arg(span * 0.25)));

        const QImage shuttered = m_viewport->grabImage();
        const QImage plain = unshutteredFrame();
        // Body tissue left of the midline (soft tissue, bright in the CT's window) is black now.
        int changed = 0;
        for (int row = 240; row < 270; row += 5) {
            for (int column = 200; column < 250; column += 10) {
                QCOMPARE(renderedGrey(*m_viewport, shuttered, column, row), 0);
                changed += renderedGrey(*m_viewport, plain, column, row) != 0 ? 1 : 0;
            }
            for (int column = 262; column < 310; column += 10)
                QCOMPARE(renderedGrey(*m_viewport, shuttered, column, row), renderedGrey(*m_viewport, plain, column, row));
        }
        QVERIFY(changed > 0);
        m_viewport->setScreenPixelPitchMm(0.0);
    }
};

QTEST_MAIN(PresentationStateDisplayTest)
#include "PresentationStateDisplayTest.moc"
