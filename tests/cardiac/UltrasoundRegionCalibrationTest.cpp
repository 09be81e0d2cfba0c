// Ultrasound region calibration on the real echoes of the shared set:
//  - cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm: a 2D region in cm (0.02857 x 0.02286 cm/pixel)
//    and an ECG waveform region (seconds);
//  - cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm: a region without units over the whole
//    image and a 2D cm region with a negative Physical Delta X inside it;
//  - cine-us/us_echo_palette_10fr_rle.dcm: no regions at all.
// A spectral Doppler region (cm/s) exists in none of them: the fixture is derived from the HP
// echo with generators::DicomFileWriter (its frame size and 2D region, plus a PW Doppler strip).
#include "TestData.h"

#include "cardiac/UltrasoundRegionCalibration.h"
#include "generators/DicomFileWriter.h"
#include "generators/UidFactory.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace continuum;
using cardiac::PlanePoint;
using cardiac::UltrasoundRegionCalibration;
using Refusal = cardiac::UltrasoundRegionCalibration::Refusal;

namespace {
const QString kHpEcho = QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm");
const QString kDopplerEcho = QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm");
const QString kPaletteEcho = QStringLiteral("cine-us/us_echo_palette_10fr_rle.dcm");

UltrasoundRegionCalibration readShared(const QString& relative)
{
    const auto calibration = UltrasoundRegionCalibration::read(testing::sharedDicomPath(relative).toStdString());
    if (!calibration.ok())
        qFatal("%s", qPrintable(calibration.error().message));
    return *calibration;
}
} // namespace

class UltrasoundRegionCalibrationTest : public QObject {
    Q_OBJECT

private slots:
    void readsTheRegionsOfTheHpEcho()
    {
        CONTINUUM_REQUIRE_SHARED(kHpEcho);
        const UltrasoundRegionCalibration c = readShared(kHpEcho);
        QCOMPARE(c.regions().size(), std::size_t(2));
        const auto& image = c.regions()[0];
        QCOMPARE(image.spatialFormat, 1);
        QCOMPARE(image.minX0, 42);
        QCOMPARE(image.maxY1, 353);
        QCOMPARE(image.referencePixelY0, std::optional<int>(-4));
        QVERIFY(image.isSpatialCm());
        QCOMPARE(image.deltaX, 0.028571428571428568);
        const auto& ecg = c.regions()[1];
        QCOMPARE(ecg.spatialFormat, 4);
        QCOMPARE(ecg.dataType, 10);
        QCOMPARE(ecg.unitsX, 4);
        QVERIFY(!ecg.isSpatialCm());
    }

    void lengthAndAreaInCentimetres()
    {
        CONTINUUM_REQUIRE_SHARED(kHpEcho);
        const UltrasoundRegionCalibration c = readShared(kHpEcho);
        // 100 pixels across = 100 x 0.028571 cm, 100 pixels down = 100 x 0.022857 cm.
        auto across = c.length({100, 100}, {200, 100}, 7);
        QVERIFY(across.ok());
        QCOMPARE(across.unit, QStringLiteral("cm"));
        QCOMPARE(across.frame, 7);
        QVERIFY(std::abs(*across.value - 2.857142857) < 1e-6);
        auto down = c.length({100, 100}, {100, 200}, 7);
        QVERIFY(std::abs(*down.value - 2.285714286) < 1e-6);
        auto diagonal = c.length({100, 100}, {200, 200}, 0);
        QVERIFY(std::abs(*diagonal.value - std::hypot(2.857142857, 2.285714286)) < 1e-6);
        // A 100 x 50 pixel rectangle: 2.857 x 1.143 cm.
        auto rect = c.area({{100, 100}, {200, 100}, {200, 150}, {100, 150}}, 3);
        QVERIFY(rect.ok());
        QCOMPARE(rect.unit, QStringLiteral("cm2"));
        QVERIFY(std::abs(*rect.value - 100 * 0.028571428571428568 * 50 * 0.022857142857142856) < 1e-9);
        // A 64-gon close to a circle of 60 pixels radius, measured against the ellipse it is in cm.
        std::vector<PlanePoint> circle;
        for (int i = 0; i < 64; ++i)
            circle.push_back({240 + 60 * std::cos(2 * std::numbers::pi * i / 64), 180 + 60 * std::sin(2 * std::numbers::pi * i / 64)});
        const double ellipse = std::numbers::pi * 60 * 0.028571428571428568 * 60 * 0.022857142857142856;
        auto round = c.area(circle, 0);
        QVERIFY(std::abs(*round.value - ellipse) / ellipse < 0.01);
    }

    void refusesOutsideAndInTheEcgStrip()
    {
        CONTINUUM_REQUIRE_SHARED(kHpEcho);
        const UltrasoundRegionCalibration c = readShared(kHpEcho);
        auto outside = c.length({5, 5}, {30, 5}, 0);   // left of x = 42, above the ECG strip
        QVERIFY(!outside.ok());
        QCOMPARE(outside.refusal, Refusal::OutsideRegions);
        QCOMPARE(outside.reason, QStringLiteral("outside any calibrated region"));
        auto strip = c.length({100, 390}, {200, 390}, 0);   // inside the ECG trace region
        QCOMPARE(strip.refusal, Refusal::WaveformRegion);
        auto mixed = c.length({100, 100}, {20, 100}, 0);   // one end outside
        QCOMPARE(mixed.refusal, Refusal::OutsideRegions);
        auto line = c.area({{100, 100}, {200, 100}}, 0);
        QCOMPARE(line.refusal, Refusal::DegenerateShape);
    }

    void nestedRegionsAndNegativeDelta()
    {
        CONTINUUM_REQUIRE_SHARED(kDopplerEcho);
        const UltrasoundRegionCalibration c = readShared(kDopplerEcho);
        QCOMPARE(c.regions().size(), std::size_t(2));
        QCOMPARE(c.regions()[1].deltaX, -0.2293750081863255);
        // Inside both: the cm region measures (|delta| per pixel).
        auto inside = c.length({100, 100}, {140, 100}, 2);
        QVERIFY(inside.ok());
        QCOMPARE(inside.region, 1);
        QVERIFY(std::abs(*inside.value - 40 * 0.2293750081863255) < 1e-9);
        // Rows 218..231 are only in the region without units.
        auto below = c.length({100, 225}, {140, 225}, 2);
        QCOMPARE(below.refusal, Refusal::UncalibratedRegion);
        QCOMPARE(below.reason, QStringLiteral("region has no physical units"));
        // Physical position: reference pixel (183, -82) is at (7.978, -3.575) cm.
        const auto cm = c.toCentimetres({{183, 100}});
        QCOMPARE(cm.size(), std::size_t(1));
        QVERIFY(std::abs(cm[0].x - 7.9782015879066819) < 1e-12);
        QVERIFY(std::abs(cm[0].y - (-3.5749318590620107 + 182 * 0.2293750081863255)) < 1e-9);
    }

    void echoWithoutRegions()
    {
        CONTINUUM_REQUIRE_SHARED(kPaletteEcho);
        const UltrasoundRegionCalibration c = readShared(kPaletteEcho);
        QVERIFY(!c.hasRegions());
        auto m = c.length({10, 10}, {50, 50}, 0);
        QCOMPARE(m.refusal, Refusal::NoRegions);
        QVERIFY(m.reason.startsWith(QStringLiteral("no ultrasound regions")));
        QVERIFY(c.toCentimetres({{10, 10}}).empty());
    }

    // Derived from the HP echo (kHpEcho): its 2D region plus a PW spectral Doppler strip in
    // seconds x cm/s below it, written with DicomFileWriter.
    void dopplerRegionIsRefused()
    {
        CONTINUUM_REQUIRE_SHARED(kHpEcho);
        const UltrasoundRegionCalibration source = readShared(kHpEcho);
        const auto& image = source.regions()[0];
        generators::DicomFileWriter writer;
        writer.setSopCommon({"1.2.840.10008.5.1.4.1.1.3.1", generators::UidFactory::newUid(), 1});
        writer.setString({0x0008, 0x0060}, QStringLiteral("US"));
        writer.setDemoMarker();
        const auto addRegion = [&writer](int format, int type, std::uint32_t minX, std::uint32_t minY, std::uint32_t maxX,
                                         std::uint32_t maxY, int unitsX, int unitsY, double dx, double dy) {
            generators::DicomFileWriter item;
            item.setUInt16({0x0018, 0x6012}, {static_cast<std::uint16_t>(format)});
            item.setUInt16({0x0018, 0x6014}, {static_cast<std::uint16_t>(type)});
            item.setUInt32({0x0018, 0x6016}, {0});
            item.setUInt32({0x0018, 0x6018}, {minX});
            item.setUInt32({0x0018, 0x601a}, {minY});
            item.setUInt32({0x0018, 0x601c}, {maxX});
            item.setUInt32({0x0018, 0x601e}, {maxY});
            item.setUInt16({0x0018, 0x6024}, {static_cast<std::uint16_t>(unitsX)});
            item.setUInt16({0x0018, 0x6026}, {static_cast<std::uint16_t>(unitsY)});
            item.setFloat64({0x0018, 0x602c}, {dx});
            item.setFloat64({0x0018, 0x602e}, {dy});
            writer.addSequenceItem({0x0018, 0x6011}, item);
        };
        addRegion(image.spatialFormat, image.dataType, static_cast<std::uint32_t>(image.minX0), static_cast<std::uint32_t>(image.minY0),
                  static_cast<std::uint32_t>(image.maxX1), static_cast<std::uint32_t>(image.maxY1), image.unitsX, image.unitsY,
                  image.deltaX, image.deltaY);
        addRegion(3, 3, 40, 360, 440, 420, 4, 7, 0.005, 2.5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("us_with_pw_doppler.dcm"));
        QString error;
        QVERIFY2(writer.write(path, &error), qPrintable(error));
        const auto c = UltrasoundRegionCalibration::read(path.toStdString());
        QVERIFY(c.ok());
        QCOMPARE(c->regions().size(), std::size_t(2));
        auto doppler = c->length({100, 380}, {200, 400}, 0);
        QCOMPARE(doppler.refusal, Refusal::DopplerRegion);
        QCOMPARE(doppler.reason, QStringLiteral("region is Doppler (time/velocity)"));
        QVERIFY(!doppler.value);
        QVERIFY(c->regions()[1].description().contains(QStringLiteral("cm/s")));
        auto tissue = c->length({100, 100}, {200, 100}, 0);
        QVERIFY(tissue.ok());
        // The two ends in different regions is no length either.
        auto across = c->length({100, 300}, {100, 380}, 0);
        QCOMPARE(across.refusal, Refusal::DopplerRegion);
    }
};

QTEST_GUILESS_MAIN(UltrasoundRegionCalibrationTest)
#include "UltrasoundRegionCalibrationTest.moc"
