// RigidTransform: points, inverse, composition, manual steps, JSON, and use as the oncology
// lesion tracker's point transform.
#include "registration/RigidTransform.h"

#include "oncology/LesionTracker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace continuum::registration;
using continuum::dicom::Vector3;

namespace {

double distance(const Vector3& a, const Vector3& b)
{
    return (a - b).length();
}

} // namespace

class RigidTransformTest : public QObject {
    Q_OBJECT
private slots:
    void rotationAboutCentreThenTranslation()
    {
        // 90 degrees about z through (10, 0, 0), then +5 mm in z.
        const RigidTransform t = RigidTransform::fromAxisAngle({0, 0, 1}, 90.0, {10, 0, 0}, {0, 0, 5});
        QVERIFY(distance(t.apply({10, 0, 0}), {10, 0, 5}) < 1e-9);   // the centre only translates
        QVERIFY(distance(t.apply({20, 0, 0}), {10, 10, 5}) < 1e-9);
        QVERIFY(distance(t.applyToDirection({1, 0, 0}), {0, 1, 0}) < 1e-9);
        QCOMPARE(qRound(t.rotationAngleDegrees() * 1000), 90000);
        QVERIFY(distance(t.rotationAxis(), {0, 0, 1}) < 1e-9);
        const auto m = t.matrix();
        QCOMPARE(m[15], 1.0);
        QVERIFY(std::abs(m[11] - 5.0) < 1e-9);
    }

    void inverseAndComposition()
    {
        const RigidTransform a = RigidTransform::fromAxisAngle({1, 2, 3}, 17.0, {4, -5, 6}, {7, 8, -9});
        const RigidTransform b = RigidTransform::fromAxisAngle({-2, 1, 0.5}, -33.0, {}, {1, 1, 1});
        const Vector3 p{-120.5, 33.25, 870.0};
        QVERIFY(distance(a.inverse().apply(a.apply(p)), p) < 1e-9);
        QVERIFY(a.then(a.inverse()).isIdentity(1e-12));
        QVERIFY(distance(a.then(b).apply(p), b.apply(a.apply(p))) < 1e-9);
        QVERIFY(a.then(b).inverse().maxDifference(b.inverse().then(a.inverse())) < 1e-12);
    }

    void manualSteps()
    {
        const RigidTransform base = RigidTransform::fromAxisAngle({0, 0, 1}, 3.0, {}, {1, 2, 3});
        const Vector3 p{50, -20, 10};
        // A step is applied after the registration, in the fixed coordinates.
        QVERIFY(distance(base.translated({0.5, 0, -1}).apply(p), base.apply(p) + Vector3{0.5, 0, -1}) < 1e-9);
        const Vector3 centre{0, 0, 10};
        const RigidTransform turned = base.rotated({0, 0, 1}, 1.0, centre);
        QVERIFY(std::abs(turned.rotationAngleDegrees() - 4.0) < 1e-9);
        // The rotation centre maps onto itself under the step.
        const Vector3 atCentre = base.inverse().apply(centre);
        QVERIFY(distance(turned.apply(atCentre), centre) < 1e-9);
    }

    void fromMatrixRefusesWhatIsNotRigid()
    {
        const RigidTransform t = RigidTransform::fromAxisAngle({0, 1, 0}, 25.0, {}, {3, 4, 5});
        auto m = t.matrix();
        QVERIFY(RigidTransform::fromMatrix(m).has_value());
        QVERIFY(RigidTransform::fromMatrix(m)->maxDifference(t) < 1e-15);
        auto scaled = m;
        scaled[0] *= 1.1;
        QVERIFY(!RigidTransform::fromMatrix(scaled));
        auto mirrored = std::array<double, 16>{-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        QVERIFY(!RigidTransform::fromMatrix(mirrored));   // det -1: a reflection
        auto projective = m;
        projective[12] = 0.5;
        QVERIFY(!RigidTransform::fromMatrix(projective));
    }

    void jsonRoundTrip()
    {
        const RigidTransform t = RigidTransform::fromAxisAngle({0.3, -0.2, 1}, 4.25, {12.5, -80, 300}, {6, -4, 3});
        const QByteArray text = QJsonDocument(t.toJson()).toJson();
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QCOMPARE(parsed.value(QStringLiteral("format")).toString(), QStringLiteral("continuum-rigid-transform"));
        QString error;
        const auto back = RigidTransform::fromJson(parsed, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, t);   // exact: doubles survive the JSON text

        QJsonObject broken = parsed;
        QJsonArray values = broken.value(QStringLiteral("matrix")).toArray();
        values.replace(0, 2.0);
        broken.insert(QStringLiteral("matrix"), values);
        QVERIFY(!RigidTransform::fromJson(broken, &error));
        QVERIFY(error.contains(QStringLiteral("not a rigid transform")));
        broken = parsed;
        broken.insert(QStringLiteral("version"), 2);
        QVERIFY(!RigidTransform::fromJson(broken, &error));
        QVERIFY(error.contains(QStringLiteral("version 2")));
    }

    void drivesLesionLinkSuggestion()
    {
        using namespace continuum::oncology;
        // Baseline lesion at (30, 40, 50) in the baseline's coordinates; the follow-up was shifted
        // by 25 mm in x, so the same lesion is measured at (55, 40, 50) there.
        LesionTracker tracker;
        tracker.setTimepoints({Timepoint{QStringLiteral("1.1"), QDate(2020, 1, 1), {}, QStringLiteral("CT"), {}},
                               Timepoint{QStringLiteral("1.2"), QDate(2020, 6, 1), {}, QStringLiteral("CT"), {}}});
        Lesion lesion;
        LesionObservation o;
        o.studyInstanceUid = QStringLiteral("1.1");
        o.date = QDate(2020, 1, 1);
        o.centre = Vector3{30, 40, 50};
        lesion.observations.push_back(o);
        const QString id = tracker.addLesion(lesion);
        const RigidTransform followUpToBaseline = RigidTransform::fromTranslation({-25, 0, 0});
        const auto suggestion = tracker.suggestLink({55, 40, 50}, followUpToBaseline.pointMapper(), QStringLiteral("1.1"), 5.0);
        QVERIFY(suggestion.has_value());
        QCOMPARE(suggestion->lesionId, id);
        QVERIFY(suggestion->distanceMm < 1e-9);
        // Without the registration (identity) the lesion is 25 mm away: no suggestion.
        QVERIFY(!tracker.suggestLink({55, 40, 50}, RigidTransform{}.pointMapper(), QStringLiteral("1.1"), 5.0));
    }
};

QTEST_GUILESS_MAIN(RigidTransformTest)
#include "RigidTransformTest.moc"
