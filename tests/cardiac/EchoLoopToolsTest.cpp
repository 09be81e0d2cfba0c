// EchoLoopTools: measurements on one loop's frames, their wording, and LV contours from traces on
// marked frames. Regions are built here by hand (a 2D cm region with different X and Y deltas,
// and an ECG strip in seconds), so the expected values follow from the deltas alone.
#include "cardiac/EchoLoopTools.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace continuum::cardiac;

namespace {

EchoLoopTools tools()
{
    UltrasoundRegion image;
    image.spatialFormat = 1;
    image.dataType = 1;
    image.minX0 = 10;
    image.minY0 = 10;
    image.maxX1 = 400;
    image.maxY1 = 300;
    image.unitsX = 3;
    image.unitsY = 3;
    image.deltaX = 0.03;
    image.deltaY = 0.02;
    UltrasoundRegion ecg;
    ecg.spatialFormat = 4;
    ecg.dataType = 10;
    ecg.minX0 = 10;
    ecg.minY0 = 320;
    ecg.maxX1 = 400;
    ecg.maxY1 = 360;
    ecg.unitsX = 4;
    ecg.deltaX = 0.005;
    return EchoLoopTools(UltrasoundRegionCalibration({image, ecg}), QStringLiteral("1.2.3"));
}

} // namespace

class EchoLoopToolsTest : public QObject {
    Q_OBJECT

private slots:
    void lengthsInMillimetresOnTheirFrame()
    {
        EchoLoopTools t = tools();
        const auto& entry = t.measureLength({100, 100}, {200, 150}, 7);
        QVERIFY(entry.result.ok());
        const double mm = 10.0 * std::hypot(100 * 0.03, 50 * 0.02);
        QVERIFY(std::abs(*entry.result.value * 10.0 - mm) < 1e-9);
        QCOMPARE(EchoLoopTools::describe(entry), QStringLiteral("Frame 8: length %1 mm").arg(QLocale().toString(mm, 'f', 1)));
        t.measureLength({100, 330}, {200, 330}, 7);
        QVERIFY(!t.entries().back().result.ok());
        QVERIFY(EchoLoopTools::describe(t.entries().back()).startsWith(QStringLiteral("Frame 8: not measured: ")));
        t.measureArea({{50, 50}, {150, 50}, {150, 150}}, 9);
        QCOMPARE(t.entriesOnFrame(7), (std::vector<int>{0, 1}));
        QCOMPARE(t.entriesOnFrame(9), (std::vector<int>{2}));
        const double cm2 = 0.5 * 100 * 100 * 0.03 * 0.02;
        QVERIFY(std::abs(*t.entries()[2].result.value - cm2) < 1e-9);
        QVERIFY(EchoLoopTools::describe(t.entries()[2]).contains(QLocale().toString(cm2, 'f', 2) + QStringLiteral(" cm²")));
        t.removeEntry(0);
        QCOMPARE(t.entriesOnFrame(7), (std::vector<int>{0}));
    }

    void lvContourOnlyFromAreasOnMarkedFrames()
    {
        EchoLoopTools t = tools();
        std::vector<PlanePoint> trace;
        for (int i = 0; i <= 10; ++i)
            trace.push_back({200.0 - 50.0 * std::cos(M_PI * i / 10.0), 250.0 - 200.0 * std::sin(M_PI * i / 10.0)});
        const auto& area = t.measureArea(trace, 4);
        QString why;
        QVERIFY(!t.lvContour(area, &why));
        QVERIFY(why.contains(QStringLiteral("frame 5")));
        QVERIFY(t.marks().mark(EdEsMarks::Phase::EndSystole, 4));
        const auto contour = t.lvContour(t.entries().front(), &why);
        QVERIFY(contour);
        QCOMPARE(contour->phase, EdEsMarks::Phase::EndSystole);
        QCOMPARE(contour->contour.frame, 4);
        // Apex 200 px up (0.02 cm each) from the middle of the hinges: L = 4 cm.
        QVERIFY(std::abs(contour->contour.contour.lengthCm() - 4.0) < 1e-9);
        const auto& length = t.measureLength({100, 100}, {200, 100}, 4);
        QVERIFY(!t.lvContour(length, &why));
        QVERIFY(!why.isEmpty());
    }

    // The catalog keeps the drawing; the values are measured again from the calibration.
    void drawingRoundTripsThroughJson()
    {
        EchoLoopTools drawn = tools();
        drawn.measureLength({100, 100}, {200, 150}, 7);
        drawn.measureArea({{50, 50}, {150, 50}, {150, 150}}, 9);
        drawn.marks().mark(EdEsMarks::Phase::EndDiastole, 7);
        drawn.marks().mark(EdEsMarks::Phase::EndSystole, 9);
        drawn.setView(LvFunctionAssessment::View::ApicalTwoChamber);
        const QJsonObject json = drawn.toJson();

        EchoLoopTools back = tools();
        QString error;
        QVERIFY2(back.restore(json, &error), qPrintable(error));
        QCOMPARE(back.entries().size(), std::size_t(2));
        QCOMPARE(back.entries()[0].frame, 7);
        QCOMPARE(back.entries()[1].pixels.size(), std::size_t(3));
        QCOMPARE(*back.entries()[0].result.value, *drawn.entries()[0].result.value);
        QCOMPARE(*back.entries()[1].result.value, 0.5 * 100 * 100 * 0.03 * 0.02);
        QCOMPARE(back.marks(), drawn.marks());
        QVERIFY(back.view() == LvFunctionAssessment::View::ApicalTwoChamber);

        // Another loop's document, or a damaged one, changes nothing.
        EchoLoopTools other(UltrasoundRegionCalibration(), QStringLiteral("9.9.9"));
        other.measureLength({1, 1}, {2, 2}, 0);
        QVERIFY(!other.restore(json, &error));
        QVERIFY(error.contains(QStringLiteral("another loop")));
        QCOMPARE(other.entries().size(), std::size_t(1));
        QJsonObject damaged = json;
        damaged.insert(QStringLiteral("entries"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("length")},
                                                                         {QStringLiteral("frame"), 3},
                                                                         {QStringLiteral("points"), QJsonArray{QJsonArray{1.0, 2.0}}}}});
        EchoLoopTools untouched = tools();
        untouched.measureLength({10, 10}, {20, 20}, 1);
        QVERIFY(!untouched.restore(damaged, &error));
        QCOMPARE(untouched.entries().size(), std::size_t(1));
        QCOMPARE(untouched.entries()[0].frame, 1);
        QVERIFY(untouched.marks().isEmpty());
    }
};

QTEST_GUILESS_MAIN(EchoLoopToolsTest)
#include "EchoLoopToolsTest.moc"
