#include "dicom/StackAssembler.h"

#include "TestData.h"

#include <gdcmAttribute.h>
#include <gdcmReader.h>

#include <QDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

using namespace continuum::dicom;

namespace {

constexpr Vector3 kAxialRow{1, 0, 0};
constexpr Vector3 kAxialColumn{0, 1, 0};

SliceInput slice(int index, Vector3 position, Vector3 row = kAxialRow, Vector3 column = kAxialColumn, int rows = 512, int columns = 512)
{
    SliceInput s;
    s.index = index;
    s.geometry.position = position;
    s.geometry.rowDirection = row;
    s.geometry.columnDirection = column;
    s.geometry.spacing = {0.7, 0.7, SpacingKind::Patient};
    s.geometry.sliceThickness = 1.0; // deliberately unlike the spacing: it must never be used
    s.rows = rows;
    s.columns = columns;
    return s;
}

// Geometry of every file of a series folder, read with GDCM (headers only).
std::vector<SliceInput> readSeries(const QString& folder)
{
    std::vector<SliceInput> slices;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        gdcm::Reader reader;
        reader.SetFileName(QDir(folder).filePath(file).toLocal8Bit().constData());
        if (!reader.ReadUpToTag(gdcm::Tag(0x7FE0, 0x0010)))
            continue;
        const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
        gdcm::Attribute<0x0020, 0x0032> position;
        gdcm::Attribute<0x0020, 0x0037> orientation;
        gdcm::Attribute<0x0028, 0x0030> spacing;
        gdcm::Attribute<0x0028, 0x0010> rows;
        gdcm::Attribute<0x0028, 0x0011> columns;
        position.Set(ds);
        orientation.Set(ds);
        spacing.Set(ds);
        rows.Set(ds);
        columns.Set(ds);
        SliceInput s;
        s.index = static_cast<int>(slices.size());
        s.geometry.position = Vector3{position[0], position[1], position[2]};
        s.geometry.rowDirection = Vector3{orientation[0], orientation[1], orientation[2]};
        s.geometry.columnDirection = Vector3{orientation[3], orientation[4], orientation[5]};
        s.geometry.spacing = {spacing[0], spacing[1], SpacingKind::Patient};
        s.rows = rows.GetValue();
        s.columns = columns.GetValue();
        slices.push_back(s);
    }
    return slices;
}

QString describe(const StackLayout& layout)
{
    QStringList lines;
    for (const QString& m : layout.messages)
        lines << m;
    return lines.join(u" | ");
}

} // namespace

class StackAssemblerTest : public QObject {
    Q_OBJECT

private slots:
    void shuffledAxialSlicesSortAlongNormal();
    void coronalOrderFollowsNormalNotZ();
    void gantryTiltIsReportedInDegrees();
    void nonUniformSpacingReportsRange();
    void spacingToleranceIsOnePercent();
    void repeatedPositionsSplitIntoStacks();
    void unevenDuplicatesAreNotAVolume();
    void twoOrientationsGiveTwoStacks();
    void orientationToleranceIsHundredthOfADegree();
    void missingGeometryKeepsIndexOrder();
    void singleSliceIsNotAVolume();
    void mixedSizeIsReported();

    void realCtSeries();
    void realObliqueMrSeries();
};

void StackAssemblerTest::shuffledAxialSlicesSortAlongNormal()
{
    // Indices are not input positions: the layout returns SliceInput::index values.
    std::vector<SliceInput> slices;
    const std::vector<int> zOrder{3, 7, 0, 9, 1, 5, 2, 8, 4, 6};
    for (const int k : zOrder)
        slices.push_back(slice(100 + k, {-10.0, 20.0, -50.0 + 5.0 * k}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY2(layout.isVolume, qPrintable(describe(layout)));
    QVERIFY(layout.issues.empty());
    QCOMPARE(layout.order, (std::vector<int>{100, 101, 102, 103, 104, 105, 106, 107, 108, 109}));
    QCOMPARE(layout.sliceSpacing, 5.0);
    QCOMPARE(layout.origin, (Vector3{-10.0, 20.0, -50.0}));
    QCOMPARE(layout.normal, (Vector3{0, 0, 1}));
    QCOMPARE(layout.rowSpacing, 0.7);
    QCOMPARE(layout.columnSpacing, 0.7);
    QVERIFY(layout.stacks.empty());
}

void StackAssemblerTest::coronalOrderFollowsNormalNotZ()
{
    // Coronal: rows along +x, columns toward the feet; normal = row x column = +y (posterior).
    std::vector<SliceInput> slices;
    for (int k = 0; k < 4; ++k)
        slices.push_back(slice(k, {0.0, 30.0 - 2.5 * k, 100.0}, {1, 0, 0}, {0, 0, -1}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY2(layout.isVolume, qPrintable(describe(layout)));
    QCOMPARE(layout.normal, (Vector3{0, 1, 0}));
    QCOMPARE(layout.order, (std::vector<int>{3, 2, 1, 0}));
    QCOMPARE(layout.origin.y, 22.5);
    QCOMPARE(layout.sliceSpacing, 2.5);
}

void StackAssemblerTest::gantryTiltIsReportedInDegrees()
{
    const double tilt = 15.0 * std::numbers::pi / 180.0;
    std::vector<SliceInput> slices;
    for (int k = 0; k < 20; ++k)
        slices.push_back(slice(k, {0.0, 5.0 * k * std::tan(tilt), 5.0 * k}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QCOMPARE(layout.issues, (std::vector<StackIssue>{StackIssue::GantryTilt}));
    QVERIFY2(layout.messages.front().contains(QStringLiteral("15.00 degrees")), qPrintable(describe(layout)));
    QVERIFY(std::abs(layout.sliceSpacing - 5.0) < 1e-9); // measured along the normal
    QCOMPARE(layout.order.front(), 0);
    QCOMPARE(layout.order.back(), 19);
}

void StackAssemblerTest::nonUniformSpacingReportsRange()
{
    std::vector<SliceInput> slices;
    const std::vector<double> z{0.0, 5.0, 9.9, 19.9, 24.9, 29.9};
    for (std::size_t k = 0; k < z.size(); ++k)
        slices.push_back(slice(static_cast<int>(k), {0, 0, z[k]}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QCOMPARE(layout.issues, (std::vector<StackIssue>{StackIssue::NonUniformSpacing}));
    QVERIFY2(layout.messages.front().contains(QStringLiteral("from 4.9 to 10.0 mm")), qPrintable(describe(layout)));
    QVERIFY(std::abs(layout.sliceSpacing - 5.0) < 1e-9); // the median gap
}

void StackAssemblerTest::spacingToleranceIsOnePercent()
{
    std::vector<SliceInput> within{slice(0, {0, 0, 0}), slice(1, {0, 0, 5.0}), slice(2, {0, 0, 10.04}), slice(3, {0, 0, 15.04})};
    const StackLayout uniform = StackAssembler::assemble(within);
    QVERIFY2(uniform.isVolume, qPrintable(describe(uniform)));
    QVERIFY(std::abs(uniform.sliceSpacing - 15.04 / 3.0) < 1e-9);

    std::vector<SliceInput> beyond{slice(0, {0, 0, 0}), slice(1, {0, 0, 5.0}), slice(2, {0, 0, 10.1}), slice(3, {0, 0, 15.1})};
    const StackLayout nonUniform = StackAssembler::assemble(beyond);
    QVERIFY(nonUniform.has(StackIssue::NonUniformSpacing));
    QVERIFY2(nonUniform.messages.front().contains(QStringLiteral("from 5.0 to 5.1 mm")), qPrintable(describe(nonUniform)));
}

void StackAssemblerTest::repeatedPositionsSplitIntoStacks()
{
    // Two time points of five positions each, second time point given first and shuffled.
    std::vector<SliceInput> slices;
    for (int k = 4; k >= 0; --k)
        slices.push_back(slice(10 + k, {0, 0, 3.0 * k}));
    for (int k = 0; k < 5; ++k)
        slices.push_back(slice(k, {0, 0, 3.0 * k}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QVERIFY(layout.has(StackIssue::MultipleStacks));
    QVERIFY(layout.has(StackIssue::DuplicatePositions));
    QCOMPARE(layout.stacks.size(), std::size_t{2});
    QCOMPARE(layout.stacks[0], (std::vector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(layout.stacks[1], (std::vector<int>{10, 11, 12, 13, 14}));
    QCOMPARE(layout.order, (std::vector<int>{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}));
    QCOMPARE(layout.sliceSpacing, 3.0);
    QVERIFY(!layout.has(StackIssue::NonUniformSpacing));
    QVERIFY2(describe(layout).contains(QStringLiteral("2 stacks")), qPrintable(describe(layout)));
}

void StackAssemblerTest::unevenDuplicatesAreNotAVolume()
{
    std::vector<SliceInput> slices;
    for (int k = 0; k < 5; ++k)
        slices.push_back(slice(k, {0, 0, 2.0 * k}));
    slices.push_back(slice(5, {0, 0, 4.0}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QCOMPARE(layout.issues, (std::vector<StackIssue>{StackIssue::DuplicatePositions}));
    QVERIFY2(layout.messages.front().contains(QStringLiteral("1 of 5 slice positions")), qPrintable(describe(layout)));
    QCOMPARE(layout.order, (std::vector<int>{0, 1, 2, 5, 3, 4}));
    QCOMPARE(layout.sliceSpacing, 2.0);
}

void StackAssemblerTest::twoOrientationsGiveTwoStacks()
{
    std::vector<SliceInput> slices;
    for (int k = 0; k < 3; ++k) // sagittal: normal = (0,1,0) x (0,0,-1) = -x
        slices.push_back(slice(20 + k, {10.0 * k, 0, 0}, {0, 1, 0}, {0, 0, -1}));
    for (int k = 0; k < 5; ++k)
        slices.push_back(slice(k, {0, 0, -4.0 * k}));
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QVERIFY(layout.has(StackIssue::MixedOrientation));
    QVERIFY(layout.has(StackIssue::MultipleStacks));
    QCOMPARE(layout.stacks.size(), std::size_t{2});
    QCOMPARE(layout.stacks[0], (std::vector<int>{4, 3, 2, 1, 0}));
    QCOMPARE(layout.stacks[1], (std::vector<int>{22, 21, 20}));
    QCOMPARE(layout.normal, (Vector3{0, 0, 1}));
    QCOMPARE(layout.sliceSpacing, 4.0);
    QCOMPARE(layout.origin.z, -16.0);
    QVERIFY2(describe(layout).contains(QStringLiteral("2 different orientations")), qPrintable(describe(layout)));
}

void StackAssemblerTest::orientationToleranceIsHundredthOfADegree()
{
    const auto rotatedRow = [](double degrees) {
        const double a = degrees * std::numbers::pi / 180.0;
        return Vector3{std::cos(a), 0.0, std::sin(a)};
    };
    // Rotating the row about the column axis tilts the normal by the same angle.
    std::vector<SliceInput> close{slice(0, {0, 0, 0}), slice(1, {0, 0, 2}, rotatedRow(0.005), kAxialColumn), slice(2, {0, 0, 4})};
    QVERIFY(!StackAssembler::assemble(close).has(StackIssue::MixedOrientation));
    std::vector<SliceInput> apart{slice(0, {0, 0, 0}), slice(1, {0, 0, 2}, rotatedRow(0.02), kAxialColumn), slice(2, {0, 0, 4})};
    QVERIFY(StackAssembler::assemble(apart).has(StackIssue::MixedOrientation));
}

void StackAssemblerTest::missingGeometryKeepsIndexOrder()
{
    std::vector<SliceInput> slices{slice(3, {0, 0, 0}), slice(1, {0, 0, 10}), slice(2, {0, 0, 5})};
    slices[2].geometry.position.reset();
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QCOMPARE(layout.issues, (std::vector<StackIssue>{StackIssue::MissingGeometry}));
    QCOMPARE(layout.order, (std::vector<int>{1, 2, 3}));
    QVERIFY2(layout.messages.front().contains(QStringLiteral("1 of 3 slices")), qPrintable(describe(layout)));

    std::vector<SliceInput> noOrientation{slice(0, {0, 0, 0}), slice(1, {0, 0, 1})};
    noOrientation[0].geometry.rowDirection.reset();
    QVERIFY(StackAssembler::assemble(noOrientation).has(StackIssue::MissingGeometry));
}

void StackAssemblerTest::singleSliceIsNotAVolume()
{
    const std::vector<SliceInput> slices{slice(7, {1, 2, 3})};
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QCOMPARE(layout.issues, (std::vector<StackIssue>{StackIssue::SingleSlice}));
    QCOMPARE(layout.order, (std::vector<int>{7}));
    QCOMPARE(layout.sliceSpacing, 0.0);
    QCOMPARE(layout.origin, (Vector3{1, 2, 3}));
}

void StackAssemblerTest::mixedSizeIsReported()
{
    std::vector<SliceInput> slices{slice(0, {0, 0, 0}), slice(1, {0, 0, 1}), slice(2, {0, 0, 2}, kAxialRow, kAxialColumn, 256, 256)};
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY(!layout.isVolume);
    QCOMPARE(layout.issues, (std::vector<StackIssue>{StackIssue::MixedSize}));
    QVERIFY2(layout.messages.front().contains(QStringLiteral("rows from 256 to 512")), qPrintable(describe(layout)));

    std::vector<SliceInput> spacing{slice(0, {0, 0, 0}), slice(1, {0, 0, 1})};
    spacing[1].geometry.spacing = {0.8, 0.8, SpacingKind::Patient};
    QVERIFY(StackAssembler::assemble(spacing).has(StackIssue::MixedSize));
}

void StackAssemblerTest::realCtSeries()
{
    const QString folder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
    CONTINUUM_REQUIRE_SHARED(folder);
    const std::vector<SliceInput> slices = readSeries(continuum::testing::sharedDicomPath(folder));
    QCOMPARE(slices.size(), std::size_t{64});
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY2(layout.isVolume, qPrintable(describe(layout)));
    QCOMPARE(layout.order.size(), std::size_t{64});
    QVERIFY(std::abs(layout.sliceSpacing - 5.0) < 1e-6);
    QVERIFY(std::abs(layout.normal.z - 1.0) < 1e-9);
    // dcmdump: z runs from -439 (InstanceNumber 64) to -124 (InstanceNumber 1).
    QCOMPARE(slices[static_cast<std::size_t>(layout.order.front())].geometry.position->z, -439.0);
    QCOMPARE(slices[static_cast<std::size_t>(layout.order.back())].geometry.position->z, -124.0);
    QCOMPARE(layout.origin.z, -439.0);
    for (std::size_t i = 1; i < layout.order.size(); ++i) {
        const double previous = slices[static_cast<std::size_t>(layout.order[i - 1])].geometry.position->z;
        const double current = slices[static_cast<std::size_t>(layout.order[i])].geometry.position->z;
        QVERIFY(std::abs(current - previous - 5.0) < 1e-6);
    }
    QVERIFY(layout.rowSpacing > 0.0 && layout.columnSpacing > 0.0);
}

void StackAssemblerTest::realObliqueMrSeries()
{
    const QString folder = QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl");
    CONTINUUM_REQUIRE_SHARED(folder);
    const std::vector<SliceInput> slices = readSeries(continuum::testing::sharedDicomPath(folder));
    QCOMPARE(slices.size(), std::size_t{130});
    const StackLayout layout = StackAssembler::assemble(slices);
    QVERIFY2(layout.isVolume, qPrintable(describe(layout)));
    QCOMPARE(layout.order.size(), std::size_t{130});
    // SpacingBetweenSlices 1.2; from positions along the oblique normal 1.2000000 (+-2e-5 per gap).
    QVERIFY2(std::abs(layout.sliceSpacing - 1.2) < 1e-4, qPrintable(QString::number(layout.sliceSpacing, 'f', 6)));
    QCOMPARE(layout.rowSpacing, 0.9375);
    QCOMPARE(layout.columnSpacing, 0.9375);
    // Oblique: the normal leans away from z (dcmdump IOP 0.998/0.045/0.044, -0.034/0.974/-0.225).
    QVERIFY(std::abs(layout.normal.z - 0.97341) < 1e-4);
    // dcmdump: first along the normal at z -77.1840209961, last at z 73.5004501343.
    QVERIFY(std::abs(slices[static_cast<std::size_t>(layout.order.front())].geometry.position->z - -77.1840209961) < 1e-9);
    QVERIFY(std::abs(slices[static_cast<std::size_t>(layout.order.back())].geometry.position->z - 73.5004501343) < 1e-9);
    for (std::size_t i = 1; i < layout.order.size(); ++i) {
        const Vector3 previous = *slices[static_cast<std::size_t>(layout.order[i - 1])].geometry.position;
        const Vector3 current = *slices[static_cast<std::size_t>(layout.order[i])].geometry.position;
        QVERIFY(std::abs((current - previous).dot(layout.normal) - 1.2) < 1e-3);
    }
}

QTEST_GUILESS_MAIN(StackAssemblerTest)
#include "StackAssemblerTest.moc"
