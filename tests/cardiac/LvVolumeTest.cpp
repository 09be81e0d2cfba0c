// LV volumes against analytic shapes, ejection fraction, ED/ES marks as JSON, and what the LV
// function summary says is missing.
#include "cardiac/EdEsMarks.h"
#include "cardiac/LvFunctionAssessment.h"
#include "cardiac/LvVolume.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace continuum::cardiac;

namespace {

constexpr double kPi = std::numbers::pi;

// The section of a prolate ellipsoid through its long axis: an ellipse with semi-axes
// `longSemi` (along y) and `shortSemi`, as a 720-gon; the long axis ends on the outline.
LvContour wholeEllipse(double longSemi, double shortSemi)
{
    std::vector<PlanePoint> outline;
    for (int i = 0; i < 720; ++i) {
        const double t = 2 * kPi * i / 720;
        outline.push_back({shortSemi * std::sin(t), longSemi * std::cos(t)});
    }
    return LvContour(outline, {0, -longSemi}, {0, longSemi});
}

// The usual echo tracing of a half ellipsoid cut at its equator (the mitral plane): from one
// hinge (-b, 0) round the apex (0, a) to the other hinge (b, 0), rotated and moved on the image.
std::vector<PlanePoint> halfEllipseTrace(double a, double b, double angle, PlanePoint at)
{
    std::vector<PlanePoint> trace;
    for (int i = 0; i <= 360; ++i) {
        const double t = kPi * i / 360;   // 0 .. pi
        const double x = -b * std::cos(t), y = a * std::sin(t);
        trace.push_back({at.x + x * std::cos(angle) - y * std::sin(angle), at.y + x * std::sin(angle) + y * std::cos(angle)});
    }
    return trace;
}

bool within(double value, double expected, double fraction)
{
    return std::abs(value - expected) <= fraction * std::abs(expected);
}

} // namespace

class LvVolumeTest : public QObject {
    Q_OBJECT

private slots:
    void biplaneSimpsonOfAProlateEllipsoid()
    {
        // Semi-axes 4.5 cm (long), 2.2 cm (4-chamber width), 1.8 cm (2-chamber width).
        const double a = 4.5, b = 2.2, c = 1.8;
        const double exact = 4.0 / 3.0 * kPi * a * b * c;
        const double v = LvVolume::biplaneSimpsonMl(wholeEllipse(a, b), wholeEllipse(a, c));
        QVERIFY2(within(v, exact, 0.02), qPrintable(QStringLiteral("%1 vs %2").arg(v).arg(exact)));
        const auto discs = wholeEllipse(a, b).discDiametersCm(20);
        QCOMPARE(discs.size(), std::size_t(20));
        // Disc 10 lies 0.225 cm above the equator: 2 b sqrt(1 - (0.225/a)^2).
        QVERIFY(within(discs[10], 2 * b * std::sqrt(1 - std::pow(0.225 / a, 2)), 0.001));
    }

    void areaLengthOfASpheroid()
    {
        // Single plane assumes circular sections: exact for a spheroid (b = c).
        const double a = 4.0, b = 2.0;
        const double exact = 4.0 / 3.0 * kPi * a * b * b;
        const double v = LvVolume::areaLengthMl(wholeEllipse(a, b));
        QVERIFY2(within(v, exact, 0.02), qPrintable(QStringLiteral("%1 vs %2").arg(v).arg(exact)));
    }

    void halfEllipsoidTracedFromTheAnnulus()
    {
        // A truncated (half) ellipsoid traced hinge to hinge, tilted 30 degrees: 2/3 pi a b c.
        const double a = 7.5, b = 2.4, c = 2.0;
        const auto four = LvContour::fromAnnulusTrace(halfEllipseTrace(a, b, kPi / 6, {3, 4}));
        const auto two = LvContour::fromAnnulusTrace(halfEllipseTrace(a, c, -kPi / 9, {-1, 2}));
        QVERIFY(four && two);
        QVERIFY(within(four->lengthCm(), a, 1e-6));
        QVERIFY(within(four->areaCm2(), kPi * a * b / 2, 0.001));
        const double exact = 2.0 / 3.0 * kPi * a * b * c;
        const double simpson = LvVolume::biplaneSimpsonMl(*four, *two);
        QVERIFY2(within(simpson, exact, 0.02), qPrintable(QStringLiteral("%1 vs %2").arg(simpson).arg(exact)));
        const auto spheroid = LvContour::fromAnnulusTrace(halfEllipseTrace(a, b, 0.3, {0, 0}));
        QVERIFY(within(LvVolume::areaLengthMl(*spheroid), 2.0 / 3.0 * kPi * a * b * b, 0.02));
        QVERIFY(!LvContour::fromAnnulusTrace({{0, 0}, {1, 1}}));
    }

    void ejectionFraction()
    {
        QCOMPARE(*LvVolume::ejectionFractionPercent(120.0, 48.0), 60.0);
        QVERIFY(!LvVolume::ejectionFractionPercent(0.0, 10.0));
        // ED and ES ellipsoids: EF from the two Simpson volumes.
        const double edv = LvVolume::biplaneSimpsonMl(wholeEllipse(4.5, 2.4), wholeEllipse(4.5, 2.2));
        const double esv = LvVolume::biplaneSimpsonMl(wholeEllipse(3.8, 1.6), wholeEllipse(3.8, 1.5));
        const double expected = (4.5 * 2.4 * 2.2 - 3.8 * 1.6 * 1.5) / (4.5 * 2.4 * 2.2) * 100.0;
        QVERIFY(std::abs(*LvVolume::ejectionFractionPercent(edv, esv) - expected) < 1.0);
    }

    void marksRoundTripAsJson()
    {
        EdEsMarks marks;
        marks.sopInstanceUid = QStringLiteral("1.2.3.4");
        QVERIFY(marks.mark(EdEsMarks::Phase::EndDiastole, 12));
        QVERIFY(marks.mark(EdEsMarks::Phase::EndDiastole, 0));
        QVERIFY(marks.mark(EdEsMarks::Phase::EndSystole, 6));
        QVERIFY(marks.mark(EdEsMarks::Phase::EndSystole, 12));   // moves 12 from ED to ES
        QVERIFY(!marks.mark(EdEsMarks::Phase::EndSystole, -1));
        QCOMPARE(marks.endDiastoleFrames, std::vector<int>{0});
        QCOMPARE(marks.endSystoleFrames, (std::vector<int>{6, 12}));
        QCOMPARE(marks.phaseOf(6), std::optional<EdEsMarks::Phase>(EdEsMarks::Phase::EndSystole));
        QVERIFY(!marks.phaseOf(3));
        const QByteArray json = QJsonDocument(marks.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(json, QByteArray(R"({"endDiastole":[0],"endSystole":[6,12],"sopInstanceUid":"1.2.3.4","version":1})"));
        const auto back = EdEsMarks::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back);
        QVERIFY(*back == marks);
        QString error;
        QVERIFY(!EdEsMarks::fromJson(QJsonDocument::fromJson(R"({"version":1,"endDiastole":[1.5]})").object(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EdEsMarks::fromJson(QJsonDocument::fromJson(R"({"version":1,"endDiastole":[3],"endSystole":[3]})").object()));
        QVERIFY(!EdEsMarks::fromJson(QJsonDocument::fromJson(R"({"version":2})").object()));
    }

    void assessmentPicksTheMethodAndSaysWhatIsMissing()
    {
        using View = LvFunctionAssessment::View;
        using Phase = LvFunctionAssessment::Phase;
        LvFunctionAssessment lv;
        auto s = lv.summary();
        QVERIFY(!s.endDiastole.ml && !s.ejectionFractionPercent);
        QVERIFY(s.missing.contains(QStringLiteral("no apical 4-chamber loop")));
        QVERIFY(s.missing.contains(QStringLiteral("no apical 2-chamber loop")));

        lv.setLoop(View::ApicalFourChamber, QStringLiteral("US 1: A4C"));
        EdEsMarks marks;
        marks.mark(Phase::EndDiastole, 0);
        lv.setMarks(View::ApicalFourChamber, marks);
        lv.setContour(View::ApicalFourChamber, Phase::EndDiastole, LvFunctionAssessment::TracedContour{wholeEllipse(4.0, 2.0), 0});
        s = lv.summary();
        QCOMPARE(s.endDiastole.method, std::optional<LvVolume::Method>(LvVolume::Method::AreaLength));
        QVERIFY(within(*s.endDiastole.ml, 4.0 / 3.0 * kPi * 4 * 2 * 2, 0.02));
        QVERIFY(!s.endSystole.ml);
        QVERIFY(s.missing.contains(QStringLiteral("no end-systolic frame marked in the apical 4-chamber loop")));
        QVERIFY(s.missing.contains(QStringLiteral("end-systolic contour not traced in the apical 4-chamber view")));
        QVERIFY(!s.ejectionFractionPercent);

        marks.mark(Phase::EndSystole, 9);
        lv.setMarks(View::ApicalFourChamber, marks);
        lv.setContour(View::ApicalFourChamber, Phase::EndSystole, LvFunctionAssessment::TracedContour{wholeEllipse(3.5, 1.5), 9});
        s = lv.summary();
        QVERIFY(s.ejectionFractionPercent);
        QVERIFY(std::abs(*s.ejectionFractionPercent - (1 - 3.5 * 1.5 * 1.5 / (4.0 * 2 * 2)) * 100) < 1.5);

        // Both views at ED only: ED by biplane, ES single plane: no EF from mixed methods.
        lv.setLoop(View::ApicalTwoChamber, QStringLiteral("US 2: A2C"));
        lv.setContour(View::ApicalTwoChamber, Phase::EndDiastole, LvFunctionAssessment::TracedContour{wholeEllipse(4.0, 1.8), 2});
        s = lv.summary();
        QCOMPARE(s.endDiastole.method, std::optional<LvVolume::Method>(LvVolume::Method::BiplaneSimpson));
        QCOMPARE(s.endSystole.method, std::optional<LvVolume::Method>(LvVolume::Method::AreaLength));
        QVERIFY(!s.ejectionFractionPercent);
        QVERIFY(s.missing.last().startsWith(QStringLiteral("ejection fraction needs")));

        lv.setContour(View::ApicalTwoChamber, Phase::EndSystole, LvFunctionAssessment::TracedContour{wholeEllipse(3.5, 1.4), 11});
        s = lv.summary();
        QCOMPARE(s.endSystole.method, std::optional<LvVolume::Method>(LvVolume::Method::BiplaneSimpson));
        const double edv = 4.0 / 3.0 * kPi * 4 * 2 * 1.8, esv = 4.0 / 3.0 * kPi * 3.5 * 1.5 * 1.4;
        QVERIFY(std::abs(*s.ejectionFractionPercent - (edv - esv) / edv * 100) < 1.0);
    }
};

QTEST_GUILESS_MAIN(LvVolumeTest)
#include "LvVolumeTest.moc"
