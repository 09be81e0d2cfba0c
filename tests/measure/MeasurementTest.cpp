// Measurements against the calibration rules and against values computed here independently
// (GDCM decode + the file's rescale), on real files and on fixtures derived from them.
#include "GdcmReferenceImage.h"
#include "MeasureTestSupport.h"

#include "dicom/OrientationLabels.h"
#include "generators/AttributeRewriter.h"
#include "measure/DisplayTransform.h"
#include "measure/MeasurementGraphics.h"

#include <gdcmAttribute.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace continuum;
using continuum::testing::sharedDicomPath;
using measure::Calibration;

namespace {

const QString kCt1 = QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
const QString kSecondaryCapture = QStringLiteral("syntaxes/photometric/ct_8bit.dcm");
const QString kUltrasound = QStringLiteral("syntaxes/misc/US_jpeg_lossless_8bit.dcm");

// Modality values of CT1 computed here: GDCM's raw stored values, the file's slope and
// intercept read with GDCM, padding (PixelPaddingValue) excluded as the standard says.
struct ReferenceCt {
    continuum::testing::GdcmReferenceImage image;
    double slope = 1.0, intercept = 0.0, padding = 0.0, rowSpacing = 0.0, columnSpacing = 0.0;
    int columns = 0, rows = 0;

    bool load()
    {
        if (!continuum::testing::decodeWithGdcm(kCt1, image))
            return false;
        const gdcm::DataSet& ds = image.dataSet();
        gdcm::Attribute<0x0028, 0x1053> slopeAttr;
        slopeAttr.SetFromDataSet(ds);
        gdcm::Attribute<0x0028, 0x1052> interceptAttr;
        interceptAttr.SetFromDataSet(ds);
        gdcm::Attribute<0x0028, 0x0030> spacing;
        spacing.SetFromDataSet(ds);
        slope = slopeAttr.GetValue();
        intercept = interceptAttr.GetValue();
        rowSpacing = spacing.GetValue(0);
        columnSpacing = spacing.GetValue(1);
        const auto pad = continuum::testing::rawValue(ds, gdcm::Tag(0x0028, 0x0120));
        if (pad.size() != 2)
            return false;
        std::int16_t p;
        std::memcpy(&p, pad.data(), 2);
        padding = p;
        columns = image.format.columns;
        rows = image.format.rows;
        return image.format.bitsAllocated == 16 && image.format.isSigned;
    }
    double stored(int x, int y) const
    {
        std::int16_t v;
        std::memcpy(&v, image.pixels.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(x)) * 2, 2);
        return v;
    }
    // mean, sample SD, min, max, count over pixels whose centre passes `inside`
    template <class Inside>
    measure::RoiStatistics statistics(Inside inside) const
    {
        std::vector<double> values;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x)
                if (inside(x + 0.5, y + 0.5) && stored(x, y) != padding)
                    values.push_back(stored(x, y) * slope + intercept);
        measure::RoiStatistics s;
        s.pixelCount = static_cast<std::int64_t>(values.size());
        if (values.empty())
            return s;
        double sum = 0.0;
        for (double v : values)
            sum += v;
        s.mean = sum / static_cast<double>(values.size());
        double squares = 0.0;
        for (double v : values)
            squares += (v - s.mean) * (v - s.mean);
        s.standardDeviation = std::sqrt(squares / static_cast<double>(values.size() - 1));
        s.minimum = *std::min_element(values.begin(), values.end());
        s.maximum = *std::max_element(values.begin(), values.end());
        return s;
    }
};

measure::FrameMeasurer calibratedOnly(dicom::PixelSpacing spacing)
{
    measure::FrameData data;
    data.calibration = Calibration::fromSpacing(spacing);
    data.reference = {QStringLiteral("1.2.3"), 1};
    return measure::FrameMeasurer(data);
}

bool fuzzy(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class MeasurementTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // CT1 copied with attributes changed; returns the copy's path ("" and a failure on error).
    QString derivedCt1(const QString& name, const std::vector<generators::AttributeRewriter::Change>& changes)
    {
        const QString out = m_dir.filePath(name);
        QString error;
        if (!generators::AttributeRewriter::writeCopy(sharedDicomPath(kCt1), out, changes, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(kCt1);
        CONTINUUM_REQUIRE_SHARED(kSecondaryCapture);
        CONTINUUM_REQUIRE_SHARED(kUltrasound);
        QVERIFY(m_dir.isValid());
    }

    // A line across the whole CT1 image is columns x PixelSpacing (column spacing), a line down
    // it rows x the row spacing; mm because PixelSpacing is a patient spacing.
    void lengthAcrossCt1EqualsColumnsTimesSpacing()
    {
        ReferenceCt ref;
        QVERIFY(ref.load());
        const auto measurer = continuum::testing::measurerFor(sharedDicomPath(kCt1));
        QVERIFY(measurer);
        QCOMPARE(measurer->calibration().unit(), Calibration::Unit::Millimetre);
        const auto across = measurer->evaluate(measure::LengthShape{{0, 256}, {double(ref.columns), 256}});
        QVERIFY(across.length);
        QVERIFY2(fuzzy(*across.length, ref.columns * ref.columnSpacing), qPrintable(QString::number(*across.length)));
        QVERIFY(fuzzy(*across.length, 338.671616, 1e-6));   // 512 x 0.661468
        QCOMPARE(across.lengthUnit, QStringLiteral("mm"));
        QCOMPARE(across.text(), QStringLiteral("338.7 mm"));
        const auto down = measurer->evaluate(measure::LengthShape{{100, 0}, {100, double(ref.rows)}});
        QVERIFY(fuzzy(*down.length, ref.rows * ref.rowSpacing));
        QCOMPARE(measurer->frame().frameNumber, 1);
        QCOMPARE(measurer->frame().sopInstanceUid.isEmpty(), false);
    }

    // PixelSpacing is row\column: with 0.5 mm between rows and 0.8 mm between columns a
    // horizontal line scales by 0.8, a vertical one by 0.5, and angles are taken in mm.
    void nonSquarePixelsScaleEachAxis()
    {
        const QString path = derivedCt1(QStringLiteral("ct1_nonsquare.dcm"), {{{0x0028, 0x0030}, QStringLiteral("0.5\\0.8")}});
        QVERIFY(!path.isEmpty());
        const auto measurer = continuum::testing::measurerFor(path);
        QVERIFY(measurer);
        QVERIFY(fuzzy(*measurer->evaluate(measure::LengthShape{{0, 0}, {100, 0}}).length, 80.0));
        QVERIFY(fuzzy(*measurer->evaluate(measure::LengthShape{{0, 0}, {0, 100}}).length, 50.0));
        QVERIFY(fuzzy(*measurer->evaluate(measure::LengthShape{{0, 0}, {30, 40}}).length, std::hypot(24.0, 20.0)));
        // 45 degrees in pixels is atan(0.5 / 0.8) in the patient
        const auto angle = measurer->evaluate(measure::AngleShape{{10, 0}, {0, 0}, {10, 10}});
        QVERIFY(fuzzy(*angle.angleDegrees, std::atan2(5.0, 8.0) * 180.0 / std::numbers::pi));
    }

    // Imager Pixel Spacing alone gives mm at the detector, said so in the unit.
    void imagerPixelSpacingIsLabelledAtDetector()
    {
        const QString path = derivedCt1(QStringLiteral("ct1_detector.dcm"),
                                        {{{0x0028, 0x0030}, QString()}, {{0x0018, 0x1164}, QStringLiteral("0.2\\0.2")}});
        QVERIFY(!path.isEmpty());
        const auto measurer = continuum::testing::measurerFor(path);
        QVERIFY(measurer);
        QCOMPARE(measurer->calibration().unit(), Calibration::Unit::MillimetreAtDetector);
        const auto r = measurer->evaluate(measure::LengthShape{{0, 10}, {512, 10}});
        QVERIFY(fuzzy(*r.length, 102.4));
        QCOMPARE(r.lengthUnit, QStringLiteral("mm (at detector)"));
        QCOMPARE(r.text(), QStringLiteral("102.4 mm (at detector)"));
    }

    // Without a usable spacing lengths and areas are pixels and the label says px.
    void uncalibratedImagesReportPixels()
    {
        const QString path = derivedCt1(QStringLiteral("ct1_nospacing.dcm"), {{{0x0028, 0x0030}, QString()}});
        QVERIFY(!path.isEmpty());
        const auto measurer = continuum::testing::measurerFor(path);
        QVERIFY(measurer);
        QCOMPARE(measurer->calibration().unit(), Calibration::Unit::Pixel);
        const auto r = measurer->evaluate(measure::LengthShape{{0, 10}, {512, 10}});
        QCOMPARE(*r.length, 512.0);
        QCOMPARE(r.text(), QStringLiteral("512.0 px"));
        const auto roi = measurer->evaluate(measure::EllipseShape{{256, 256}, 10, 20});
        QCOMPARE(roi.areaUnit, QStringLiteral("px²"));
        QVERIFY(fuzzy(*roi.area, std::numbers::pi * 200.0));

        // A real secondary capture (Modality CT) whose PixelSpacing has three values: no
        // calibration, and no HU either: only a CT Image object defaults its rescale to HU.
        const auto sc = continuum::testing::measurerFor(sharedDicomPath(kSecondaryCapture));
        QVERIFY(sc);
        QCOMPARE(sc->calibration().unit(), Calibration::Unit::Pixel);
        const auto scLength = sc->evaluate(measure::LengthShape{{0, 0}, {3, 4}});
        QCOMPARE(scLength.text(), QStringLiteral("5.0 px"));
        QCOMPARE(sc->units().kind(), measure::ValueUnits::Kind::Rescaled);
        const auto probe = sc->evaluate(measure::ProbeShape{{100.5, 100.5}});
        QVERIFY(probe.value);
        QVERIFY2(probe.text().endsWith(QStringLiteral("(rescaled value)")), qPrintable(probe.text()));
        QVERIFY(!probe.text().contains(QStringLiteral("HU")));
    }

    // Ultrasound region calibration (PhysicalDelta in cm) gives mm, labelled as the region's.
    void ultrasoundRegionCalibration()
    {
        const auto us = continuum::testing::measurerFor(sharedDicomPath(kUltrasound));
        QVERIFY(us);
        QCOMPARE(us->calibration().unit(), Calibration::Unit::MillimetreUltrasoundRegion);
        const auto r = us->evaluate(measure::LengthShape{{100, 100}, {200, 100}});
        QVERIFY(fuzzy(*r.length, 100 * 0.025476696592378154 * 10.0));
        QCOMPARE(r.lengthUnit, QStringLiteral("mm (US region)"));
        // no rescale in an ultrasound: stored values
        QCOMPARE(us->units().kind(), measure::ValueUnits::Kind::Stored);
    }

    // ROI statistics in HU on CT1 equal those computed here from GDCM's pixels and the rescale.
    void roiMeanHuEqualsIndependentMean()
    {
        ReferenceCt ref;
        QVERIFY(ref.load());
        const auto measurer = continuum::testing::measurerFor(sharedDicomPath(kCt1));
        QVERIFY(measurer);
        QCOMPARE(measurer->units().kind(), measure::ValueUnits::Kind::Hounsfield);

        const measure::EllipseShape ellipse{{250.0, 270.0}, 60.0, 40.0};
        const auto r = measurer->evaluate(ellipse);
        const auto expected = ref.statistics([&](double x, double y) {
            const double dx = (x - 250.0) / 60.0, dy = (y - 270.0) / 40.0;
            return dx * dx + dy * dy <= 1.0;
        });
        QVERIFY(r.values);
        QVERIFY(expected.pixelCount > 7000);
        QCOMPARE(r.values->pixelCount, expected.pixelCount);
        QVERIFY2(fuzzy(r.values->mean, expected.mean), qPrintable(QStringLiteral("%1 vs %2").arg(r.values->mean).arg(expected.mean)));
        QVERIFY(fuzzy(r.values->standardDeviation, expected.standardDeviation, 1e-7));
        QCOMPARE(r.values->minimum, expected.minimum);
        QCOMPARE(r.values->maximum, expected.maximum);
        QVERIFY(fuzzy(*r.area, std::numbers::pi * 60.0 * 40.0 * ref.rowSpacing * ref.columnSpacing));
        QCOMPARE(r.valueUnit, QStringLiteral("HU"));
        QVERIFY2(r.text().contains(QStringLiteral("Mean %1  SD").arg(expected.mean, 0, 'f', 1)), qPrintable(r.text()));
        QVERIFY(r.text().contains(QStringLiteral("mm²")));

        // Freehand (a concave pentagon), even-odd inside test written here again.
        const std::vector<QPointF> v{{150, 150}, {350, 160}, {300, 260}, {250, 200}, {170, 330}};
        const auto poly = measurer->evaluate(measure::PolygonShape{v});
        const auto polyExpected = ref.statistics([&](double x, double y) {
            bool in = false;
            for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) {
                const double yi = v[i].y(), yj = v[j].y(), xi = v[i].x(), xj = v[j].x();
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                    in = !in;
            }
            return in;
        });
        QVERIFY(polyExpected.pixelCount > 5000);
        QCOMPARE(poly.values->pixelCount, polyExpected.pixelCount);
        QVERIFY(fuzzy(poly.values->mean, polyExpected.mean));
        QVERIFY(fuzzy(poly.values->standardDeviation, polyExpected.standardDeviation, 1e-7));
        QCOMPARE(poly.values->minimum, polyExpected.minimum);
        QCOMPARE(poly.values->maximum, polyExpected.maximum);
        // shoelace area of the pentagon, in mm²
        double twice = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i)
            twice += v[i].x() * v[(i + 1) % v.size()].y() - v[(i + 1) % v.size()].x() * v[i].y();
        QVERIFY(fuzzy(*poly.area, std::abs(twice) / 2.0 * ref.rowSpacing * ref.columnSpacing));

        // The probe reads one pixel: (x, y) = (column, row).
        const auto probe = measurer->evaluate(measure::ProbeShape{{300.7, 220.2}});
        QVERIFY(probe.value);
        QCOMPARE(*probe.value, ref.stored(300, 220) * ref.slope + ref.intercept);
        QCOMPARE(probe.text(), QStringLiteral("(300, 220) %1 HU").arg(*probe.value, 0, 'f', 1));
    }

    // A rescale that is not to HU, or a CT not rescaled at all, never reads as HU.
    void huOnlyForCtWithRescaleToHu()
    {
        const QString mr = derivedCt1(QStringLiteral("ct1_as_mr.dcm"), {{{0x0008, 0x0060}, QStringLiteral("MR")}});
        QVERIFY(!mr.isEmpty());
        const auto asMr = continuum::testing::measurerFor(mr);
        QVERIFY(asMr);
        QCOMPARE(asMr->units().kind(), measure::ValueUnits::Kind::Rescaled);
        QCOMPARE(asMr->units().label(), QStringLiteral("rescaled value"));

        const QString noRescale = derivedCt1(QStringLiteral("ct1_norescale.dcm"),
                                             {{{0x0028, 0x1052}, QString()}, {{0x0028, 0x1053}, QString()}});
        QVERIFY(!noRescale.isEmpty());
        // (an empty element is written: the rescale is not in the file)
        const auto stored = continuum::testing::measurerFor(noRescale);
        QVERIFY(stored);
        QCOMPARE(stored->units().kind(), measure::ValueUnits::Kind::Stored);
        const auto probe = stored->evaluate(measure::ProbeShape{{300.5, 220.5}});
        QVERIFY2(probe.text().endsWith(QStringLiteral("(stored value)")), qPrintable(probe.text()));

        const QString optical = derivedCt1(QStringLiteral("ct1_od.dcm"), {{{0x0028, 0x1054}, QStringLiteral("OD")}});
        QVERIFY(!optical.isEmpty());
        const auto od = continuum::testing::measurerFor(optical);
        QCOMPARE(od->units().kind(), measure::ValueUnits::Kind::Rescaled);
        QCOMPARE(od->units().unit(), QStringLiteral("OD"));
    }

    void angleAndCobbOnKnownPoints()
    {
        const measure::FrameMeasurer square = calibratedOnly({0.7, 0.7, dicom::SpacingKind::Patient});
        QVERIFY(fuzzy(*square.evaluate(measure::AngleShape{{10, 0}, {0, 0}, {0, 10}}).angleDegrees, 90.0));
        QVERIFY(fuzzy(*square.evaluate(measure::AngleShape{{20, 20}, {10, 10}, {20, 10}}).angleDegrees, 45.0));
        QVERIFY(fuzzy(*square.evaluate(measure::AngleShape{{0, 0}, {10, 0}, {20, 0}}).angleDegrees, 180.0));
        QCOMPARE(square.evaluate(measure::AngleShape{{10, 0}, {0, 0}, {0, 10}}).text(), QStringLiteral("90.0°"));

        // Two endplate lines 25 degrees apart, whichever way each was drawn.
        const double t = std::tan(25.0 * std::numbers::pi / 180.0);
        const measure::CobbAngleShape cobb{{0, 0}, {100, 0}, {0, 50}, {100, 50 + 100 * t}};
        QVERIFY(fuzzy(*square.evaluate(cobb).angleDegrees, 25.0));
        const measure::CobbAngleShape reversed{{0, 0}, {100, 0}, {100, 50 + 100 * t}, {0, 50}};
        QVERIFY(fuzzy(*square.evaluate(reversed).angleDegrees, 25.0));
        // lines 120 degrees apart make a 60 degree Cobb angle (the acute one)
        const double c = std::cos(120.0 * std::numbers::pi / 180.0), s = std::sin(120.0 * std::numbers::pi / 180.0);
        const measure::CobbAngleShape obtuse{{0, 0}, {100, 0}, {0, 0}, {100 * c, 100 * s}};
        QVERIFY(fuzzy(*square.evaluate(obtuse).angleDegrees, 60.0));
        QCOMPARE(square.evaluate(cobb).text(), QStringLiteral("Cobb 25.0°"));
    }

    void measurementsRoundTripThroughJson()
    {
        const measure::FrameReference frame{QStringLiteral("1.2.840.1"), 3};
        const std::vector<measure::Shape> shapes{
            measure::LengthShape{{1.5, 2}, {3, 4.25}},
            measure::AngleShape{{1, 2}, {3, 4}, {5, 6}},
            measure::CobbAngleShape{{1, 2}, {3, 4}, {5, 6}, {7, 8}},
            measure::EllipseShape{{10, 20}, 5, 7.5},
            measure::PolygonShape{{{0, 0}, {10, 0}, {5, 8}}},
            measure::ProbeShape{{4.5, 6.5}},
        };
        for (const measure::Shape& shape : shapes) {
            const measure::Measurement m = measure::Measurement::create(frame, shape);
            const QByteArray bytes = QJsonDocument(m.toJson()).toJson();
            QString error;
            const auto back = measure::Measurement::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, m);
        }
        QString error;
        QVERIFY(!measure::Measurement::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("spline")}}, &error));
        QVERIFY(error.contains(QStringLiteral("spline")));
        QJsonObject twoPointPolygon = measure::Measurement::create(frame, shapes[4]).toJson();
        twoPointPolygon[QStringLiteral("points")] = QJsonArray{QJsonArray{0.0, 0.0}, QJsonArray{1.0, 1.0}};
        QVERIFY(!measure::Measurement::fromJson(twoPointPolygon, &error));
    }

    // What the GSPS exporter gets: primitives in pixel coordinates and the label text.
    void graphicsListPrimitivesAndLabels()
    {
        const auto measurer = continuum::testing::measurerFor(sharedDicomPath(kCt1));
        QVERIFY(measurer);
        using Type = measure::GraphicPrimitive::Type;
        const measure::Measurement ellipse = measure::Measurement::create(measurer->frame(), measure::EllipseShape{{250, 270}, 60, 40});
        const measure::MeasurementGraphic g = measure::MeasurementGraphics::of(ellipse, *measurer);
        QCOMPARE(g.primitives.size(), std::size_t(1));
        QCOMPARE(g.primitives[0].type, Type::Ellipse);
        // major axis end points, then minor axis end points
        const std::vector<QPointF> axes{{190, 270}, {310, 270}, {250, 230}, {250, 310}};
        QCOMPARE(g.primitives[0].points, axes);
        QCOMPARE(g.label, measurer->evaluate(ellipse).text());
        QVERIFY(g.label.contains(QStringLiteral("HU")));
        QCOMPARE(g.labelAnchor, QPointF(310, 230));
        QCOMPARE(g.frame, measurer->frame());

        const measure::Measurement polygon = measure::Measurement::create(measurer->frame(), measure::PolygonShape{{{0, 0}, {10, 0}, {5, 8}}});
        const auto pg = measure::MeasurementGraphics::of(polygon, QString());
        QCOMPARE(pg.primitives[0].type, Type::Polyline);
        QCOMPARE(pg.primitives[0].points.size(), std::size_t(4));
        QCOMPARE(pg.primitives[0].points.front(), pg.primitives[0].points.back());   // closed
        const measure::Measurement cobb = measure::Measurement::create(measurer->frame(), measure::CobbAngleShape{{0, 0}, {1, 0}, {0, 1}, {1, 2}});
        QCOMPARE(measure::MeasurementGraphics::of(cobb, QString()).primitives.size(), std::size_t(2));
        const measure::Measurement probe = measure::Measurement::create(measurer->frame(), measure::ProbeShape{{256.5, 300.5}});
        QCOMPARE(measure::MeasurementGraphics::of(probe, QString()).primitives[0].type, Type::Point);

        const auto list = measure::MeasurementGraphics::list({ellipse, probe}, [&](const measure::FrameReference& f) {
            return f == measurer->frame() ? measurer.get() : nullptr;
        });
        QCOMPARE(list.size(), std::size_t(2));
        QVERIFY(list[1].label.contains(QStringLiteral("HU")));
    }

    // CT1 is axial (IOP 1\0\0\0\1\0): R left, L right, A top, P bottom. Turning the image moves
    // the letters with it.
    void rotateAndFlipKeepOrientationLabelsRight()
    {
        const auto series = continuum::testing::loadDecodedSeries(sharedDicomPath(kCt1));
        QVERIFY(series);
        const dicom::FrameGeometry& g = series->geometry(0);
        QVERIFY(g.rowDirection && g.columnDirection);
        const dicom::EdgeLabels axial = dicom::OrientationLabels::fromDirections(*g.rowDirection, *g.columnDirection);
        QCOMPARE(axial, (dicom::EdgeLabels{"R", "L", "A", "P"}));

        measure::DisplayTransform t;
        t.rotateClockwise();
        QCOMPARE(t.apply(axial), (dicom::EdgeLabels{"P", "A", "R", "L"}));   // left, right, top, bottom
        t.rotateClockwise();
        QCOMPARE(t.apply(axial), (dicom::EdgeLabels{"L", "R", "P", "A"}));
        t = {};
        t.rotateCounterClockwise();
        QCOMPARE(t.apply(axial), (dicom::EdgeLabels{"A", "P", "L", "R"}));
        t = {};
        t.flipHorizontal();
        QCOMPARE(t.apply(axial), (dicom::EdgeLabels{"L", "R", "A", "P"}));
        t = {};
        t.flipVertical();
        QCOMPARE(t.apply(axial), (dicom::EdgeLabels{"R", "L", "P", "A"}));
        // flip then turn clockwise: the mirrored image's left (L) goes to the top
        t = {};
        t.flipHorizontal();
        t.rotateClockwise();
        QCOMPARE(t.apply(axial), (dicom::EdgeLabels{"P", "A", "L", "R"}));
        t.rotateCounterClockwise();
        t.flipHorizontal();
        QVERIFY(t.isIdentity());

        // Points move with the labels: the top-left corner goes to the top-right on a clockwise turn.
        measure::DisplayTransform cw;
        cw.rotateClockwise();
        const QSize size(512, 300);
        QCOMPARE(cw.displaySize(size), QSize(300, 512));
        QCOMPARE(cw.toDisplay(QPointF(0, 0), size), QPointF(300, 0));
        for (measure::DisplayTransform any : {cw, t}) {
            any.flipVertical();
            const QPointF p(123.25, 77.5);
            QCOMPARE(any.toImage(any.toDisplay(p, size), size), p);
        }
    }
};

QTEST_GUILESS_MAIN(MeasurementTest)
#include "MeasurementTest.moc"
