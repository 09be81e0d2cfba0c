#include "dicom/OrientationLabels.h"

#include <QTest>

#include <cmath>
#include <numbers>

using continuum::dicom::EdgeLabels;
using continuum::dicom::OrientationLabels;
using continuum::dicom::Vector3;

namespace {

QString text(const EdgeLabels& l)
{
    return QStringLiteral("left %1, right %2, top %3, bottom %4").arg(l.left, l.right, l.top, l.bottom);
}

} // namespace

namespace QTest {
template <>
char* toString(const EdgeLabels& labels)
{
    return qstrdup(qPrintable(text(labels)));
}
} // namespace QTest

class OrientationLabelsTest : public QObject {
    Q_OBJECT

private slots:
    void standardPlanes_data();
    void standardPlanes();
    void obliqueMr();
    void smallObliquityIsIgnored();
    void patientOrientation_data();
    void patientOrientation();
    void invalidPatientOrientation_data();
    void invalidPatientOrientation();
};

void OrientationLabelsTest::standardPlanes_data()
{
    QTest::addColumn<Vector3>("row");
    QTest::addColumn<Vector3>("column");
    QTest::addColumn<EdgeLabels>("expected");
    // Axial seen from the feet: patient's right on the screen's left, anterior at the top.
    QTest::newRow("axial") << Vector3{1, 0, 0} << Vector3{0, 1, 0} << EdgeLabels{"R", "L", "A", "P"};
    // Coronal seen from the front: head at the top.
    QTest::newRow("coronal") << Vector3{1, 0, 0} << Vector3{0, 0, -1} << EdgeLabels{"R", "L", "H", "F"};
    // Sagittal seen from the patient's left: anterior on the left, head at the top.
    QTest::newRow("sagittal") << Vector3{0, 1, 0} << Vector3{0, 0, -1} << EdgeLabels{"A", "P", "H", "F"};
    // Axial flipped left-right (row toward the patient's right).
    QTest::newRow("axial flipped") << Vector3{-1, 0, 0} << Vector3{0, 1, 0} << EdgeLabels{"L", "R", "A", "P"};
}

void OrientationLabelsTest::standardPlanes()
{
    QFETCH(Vector3, row);
    QFETCH(Vector3, column);
    QFETCH(EdgeLabels, expected);
    QCOMPARE(OrientationLabels::fromDirections(row, column), expected);
}

void OrientationLabelsTest::obliqueMr()
{
    // Axial tilted 30 degrees about the left-right axis: the column direction points mostly
    // posterior and partly toward the feet (0.866 P, 0.5 F).
    const double a = 30.0 * std::numbers::pi / 180.0;
    const EdgeLabels tilted = OrientationLabels::fromDirections({1, 0, 0}, {0, std::cos(a), -std::sin(a)});
    QCOMPARE(tilted, (EdgeLabels{"R", "L", "AH", "PF"}));

    // Double oblique: all three components above the threshold, ordered by magnitude.
    const Vector3 row = Vector3{0.8, 0.5, 0.33}.normalized();
    QCOMPARE(OrientationLabels::lettersFor(row), QStringLiteral("LPH"));
    QCOMPARE(OrientationLabels::lettersFor(Vector3{-0.2, -0.9, 0.3}), QStringLiteral("AHR"));
}

void OrientationLabelsTest::smallObliquityIsIgnored()
{
    // The GE MPRAGE of the shared set: IOP 0.998/0.045/0.044, -0.034/0.974/-0.225. The row is
    // within 3.5 degrees of L (one letter); the column leans 13 degrees toward the feet.
    const EdgeLabels labels = OrientationLabels::fromDirections({0.9980103504615, 0.0452014909236, 0.0439564055634},
                                                                {-0.0342042911651, 0.9738053317375, -0.2247960016224});
    QCOMPARE(labels, (EdgeLabels{"R", "L", "AH", "PF"}));
}

void OrientationLabelsTest::patientOrientation_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<EdgeLabels>("expected");
    // First value: direction of the rows (toward the right edge); second: of the columns (down).
    QTest::newRow("A\\F lateral") << "A\\F" << EdgeLabels{"P", "A", "H", "F"};
    QTest::newRow("L\\F PA chest") << "L\\F" << EdgeLabels{"R", "L", "H", "F"};
    QTest::newRow("R\\F AP chest") << "R\\F" << EdgeLabels{"L", "R", "H", "F"};
    QTest::newRow("oblique letters") << "AL\\FP" << EdgeLabels{"PR", "AL", "HA", "FP"};
    QTest::newRow("padded") << "P\\H " << EdgeLabels{"A", "P", "F", "H"};
}

void OrientationLabelsTest::patientOrientation()
{
    QFETCH(QString, value);
    QFETCH(EdgeLabels, expected);
    const std::optional<EdgeLabels> labels = OrientationLabels::fromPatientOrientation(value.toStdString());
    QVERIFY(labels.has_value());
    QCOMPARE(*labels, expected);
}

void OrientationLabelsTest::invalidPatientOrientation_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << "";
    QTest::newRow("one value") << "A";
    QTest::newRow("three values") << "A\\F\\L";
    QTest::newRow("unknown letter") << "X\\F";
    QTest::newRow("contradiction") << "AP\\F";
    QTest::newRow("quadruped") << "CR\\D";
    QTest::newRow("empty part") << "A\\";
}

void OrientationLabelsTest::invalidPatientOrientation()
{
    QFETCH(QString, value);
    QVERIFY(!OrientationLabels::fromPatientOrientation(value.toStdString()).has_value());
}

QTEST_GUILESS_MAIN(OrientationLabelsTest)
#include "OrientationLabelsTest.moc"
