// MPR on a real CT: ct-series/lung_dx_a0001_chest_ct_5mm (TCIA Lung-PET-CT-Dx, 64 axial slices,
// 5 mm, 512x512) and mr-series/ge_signa_3d_t1_mprage_130sl (GE, slightly oblique 3D T1).
// The second stack for synchronized scrolling is derived at test time from the same CT with
// generators::SeriesInterpolator (new positions every 3.7 mm, same frame of reference).
#include "render/MprView.h"
#include "render/SliceViewport.h"

#include "dicom/DicomScanner.h"
#include "dicom/ImageSeries.h"
#include "dicom/MprVolume.h"
#include "dicom/ReferenceLineGeometry.h"
#include "dicom/SeriesGrouper.h"
#include "dicom/SliceSynchronizer.h"
#include "dicom/StoredValueReader.h"
#include "dicom/VolumeReslicer.h"
#include "generators/SeriesInterpolator.h"

#include "TestData.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace continuum::dicom;
using continuum::render::MprView;
using continuum::render::SliceViewport;
using continuum::render::VtkOpenGLWidget;

namespace {

const QString kCt = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
const QString kMr = QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl");

std::vector<InstanceHeader> headersIn(const QString& folder)
{
    return DicomScanner::scan({folder.toStdString()}).images;
}

std::unique_ptr<ImageSeries> seriesOf(std::vector<InstanceHeader> headers)
{
    auto groups = SeriesGrouper::group(std::move(headers));
    if (groups.size() != 1)
        return nullptr;
    auto series = ImageSeries::create(std::move(groups.front()));
    return series ? std::move(series.value()) : nullptr;
}

// Modality value of a decoded frame pixel straight from the stored bits and the header's
// rescale, not through MprVolume's tables.
double rawModalityValue(const ImageSeries& series, int frame, int column, int row)
{
    const FrameView view = series.frame(frame);
    const StoredValueReader reader(view.format);
    const ModalityTransform& m = series.header(frame).modalityFor(series.frameInInstance(frame));
    const std::size_t index = static_cast<std::size_t>(row) * static_cast<std::size_t>(view.format.columns) + static_cast<std::size_t>(column);
    return reader.value(view.bytes, index) * m.slope + m.intercept;
}

bool nearColour(const QImage& image, QPointF at, int radius, const std::function<bool(QColor)>& test)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p(static_cast<int>(at.x()) + dx, static_cast<int>(at.y()) + dy);
            if (image.rect().contains(p) && test(image.pixelColor(p)))
                return true;
        }
    }
    return false;
}

} // namespace

class MprTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ImageSeries> ct_;
    std::shared_ptr<const MprVolume> volume_;

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(kCt);
        ct_ = seriesOf(headersIn(continuum::testing::sharedDicomPath(kCt)));
        QVERIFY(ct_);
        QCOMPARE(ct_->frameCount(), 64);
        auto volume = MprVolume::fromSeries(*ct_);
        QVERIFY2(volume, qPrintable(volume ? QString() : volume.error().message));
        volume_ = volume.value();
        QCOMPARE(volume_->slices(), 64);
        QCOMPARE(volume_->columns(), 512);
    }

    void refusesIrregularStacks()
    {
        const auto all = headersIn(continuum::testing::sharedDicomPath(kCt));
        // Single slice.
        auto single = seriesOf({all.front()});
        QVERIFY(single);
        const auto singleReason = MprVolume::refusalReason(*single);
        QVERIFY(singleReason);
        QVERIFY2(singleReason->contains(QStringLiteral("one slice")), qPrintable(*singleReason));

        // Six consecutive slices with the third left out: gaps of 5 and 10 mm.
        std::vector<InstanceHeader> gap;
        for (int f = 0; f < 6; ++f) {
            if (f != 2)
                gap.push_back(ct_->header(f));
        }
        auto uneven = seriesOf(gap);
        QVERIFY(uneven);
        const auto unevenReason = MprVolume::refusalReason(*uneven);
        QVERIFY(unevenReason);
        QVERIFY2(unevenReason->contains(QStringLiteral("spacing")), qPrintable(*unevenReason));

        // Two orientations: one slice turned to sagittal.
        std::vector<InstanceHeader> mixed;
        for (int f = 0; f < 6; ++f)
            mixed.push_back(ct_->header(f));
        mixed[3].frames[0].rowDirection = Vector3{0, 1, 0};
        mixed[3].frames[0].columnDirection = Vector3{0, 0, -1};
        auto mixedSeries = seriesOf(mixed);
        QVERIFY(mixedSeries);
        QVERIFY(MprVolume::refusalReason(*mixedSeries));
    }

    void acceptsConsistentGantryTilt()
    {
        // Six slices sheared 2 mm along y per slice, as a tilted gantry stores them.
        std::vector<InstanceHeader> tilted;
        for (int f = 0; f < 6; ++f) {
            InstanceHeader h = ct_->header(f);
            h.frames[0].position = *h.frames[0].position + Vector3{0.0, 2.0 * f, 0.0};
            tilted.push_back(h);
        }
        auto series = seriesOf(tilted);
        QVERIFY(series);
        QVERIFY(series->layout().has(StackIssue::GantryTilt));
        QVERIFY(!MprVolume::refusalReason(*series));
        auto volume = MprVolume::fromSeries(*series);
        QVERIFY(volume);
        // A patient point at a voxel of slice 3 finds that slice's pixel, shifted with the tilt.
        const Vector3 point = *series->geometry(3).position + Vector3{1.0, 0.0, 0.0} * (100 * series->layout().columnSpacing)
                            + Vector3{0.0, 1.0, 0.0} * (200 * series->layout().rowSpacing);
        const VoxelIndex index = volume.value()->indexOf(point);
        QVERIFY(std::abs(index.x - 100) < 1e-6 && std::abs(index.y - 200) < 1e-6 && std::abs(index.z - 3) < 1e-6);
        QCOMPARE(volume.value()->sample(index, ResliceInterpolation::Linear), static_cast<float>(rawModalityValue(*series, 3, 100, 200)));

        // The same with one slice off the line: refused.
        tilted[2].frames[0].position = *tilted[2].frames[0].position + Vector3{3.0, 0.0, 0.0};
        auto crooked = seriesOf(tilted);
        QVERIFY(crooked);
        const auto reason = MprVolume::refusalReason(*crooked);
        QVERIFY(reason);
        QVERIFY2(reason->contains(QStringLiteral("off the line")), qPrintable(*reason));
    }

    void coronalPixelEqualsAxialPixel()
    {
        const VolumeReslicer reslicer(volume_);
        const int slice = 30;
        const int row = 260;
        const Vector3 point = volume_->patientPoint({200, static_cast<double>(row), static_cast<double>(slice)});
        for (const auto interpolation : {ResliceInterpolation::Nearest, ResliceInterpolation::Linear}) {
            const ReslicedPlane coronal = reslicer.reslice(MprPlane::Coronal, point, {}, interpolation);
            const auto [c, r] = coronal.pixelOf(point);
            QVERIFY(std::abs(c - 200) < 1e-6);
            QVERIFY(std::abs(r - std::round(r)) < 1e-6);
            for (const int column : {20, 200, 333, 490})
                QCOMPARE(coronal.value(column, static_cast<int>(std::lround(r))),
                         static_cast<float>(rawModalityValue(*ct_, slice, column, row)));
        }
        // An axial plane 0.3 of the way from slice 30 to 31: nearest shows slice 30, linear
        // mixes 70/30.
        const Vector3 between = volume_->patientPoint({200, static_cast<double>(row), slice + 0.3});
        const ReslicedPlane nearest = reslicer.reslice(MprPlane::Axial, between, {}, ResliceInterpolation::Nearest);
        const ReslicedPlane linear = reslicer.reslice(MprPlane::Axial, between, {}, ResliceInterpolation::Linear);
        const auto [ac, ar] = linear.pixelOf(between);
        QVERIFY(std::abs(ac - 200) < 1e-6 && std::abs(ar - row) < 1e-6);
        for (const int column : {60, 200, 410}) {
            const double expected = 0.7 * rawModalityValue(*ct_, slice, column, row) + 0.3 * rawModalityValue(*ct_, slice + 1, column, row);
            QVERIFY(std::abs(linear.value(column, row) - expected) < 0.01);
            QCOMPARE(nearest.value(column, row), static_cast<float>(rawModalityValue(*ct_, slice, column, row)));
        }
    }

    // Whatever path reslice() takes (the fast one for planes along voxel axes, the general one
    // for oblique planes), every pixel is MprVolume::sample() at that pixel's own patient point
    // (found here point by point, not by stepping), combined over the slab as documented.
    void everyPixelIsThePointSampleAtItsPosition()
    {
        CONTINUUM_REQUIRE_SHARED(kMr);
        auto mr = seriesOf(headersIn(continuum::testing::sharedDicomPath(kMr)));
        QVERIFY(mr);
        auto mrVolume = MprVolume::fromSeries(*mr);
        QVERIFY(mrVolume);
        struct Case {
            std::shared_ptr<const MprVolume> volume;
            PlaneAlignment alignment;
            const char* name;
        };
        const std::vector<Case> cases{{volume_, PlaneAlignment::Patient, "CT, patient planes"},
                                      {mrVolume.value(), PlaneAlignment::Patient, "oblique MR, patient planes"},
                                      {mrVolume.value(), PlaneAlignment::Volume, "oblique MR, volume planes"}};
        for (const Case& test : cases) {
            const MprVolume& volume = *test.volume;
            const VolumeReslicer reslicer(test.volume, test.alignment);
            for (const MprPlane plane : {MprPlane::Axial, MprPlane::Coronal, MprPlane::Sagittal}) {
                const Vector3 normal = reslicer.axes(plane).normal();
                // A third of a voxel off the grid along the normal, so that linear really mixes.
                const Vector3 point = volume.centre() + normal * (reslicer.stepAlongNormal(plane) * 3.37);
                for (const auto interpolation : {ResliceInterpolation::Nearest, ResliceInterpolation::Linear}) {
                    for (const SlabSettings slab : {SlabSettings{}, SlabSettings{3.0 * reslicer.stepAlongNormal(plane), SlabMode::Average},
                                                    SlabSettings{2.0 * reslicer.stepAlongNormal(plane), SlabMode::Mip}}) {
                        const ReslicedPlane resliced = reslicer.reslice(plane, point, slab, interpolation);
                        const double thickness = slab.thicknessMm;
                        const int samples = resliced.slabSamples;
                        int compared = 0;
                        for (int row = 0; row < resliced.rows(); row += 3) {
                            for (int column = 0; column < resliced.columns(); column += 5) {
                                double sum = 0.0;
                                int count = 0;
                                float best = std::numeric_limits<float>::quiet_NaN();
                                for (int s = 0; s < samples; ++s) {
                                    const double offset = samples == 1 ? 0.0 : -thickness / 2.0 + (s + 0.5) * thickness / samples;
                                    const Vector3 at = resliced.patientPoint(column, row) + resliced.geometry.normal() * offset;
                                    const float v = volume.sample(volume.indexOf(at), interpolation);
                                    if (std::isnan(v))
                                        continue;
                                    ++count;
                                    sum += v;
                                    if (std::isnan(best) || (slab.mode == SlabMode::Mip && v > best))
                                        best = v;
                                }
                                const float expected = count == 0 ? std::numeric_limits<float>::quiet_NaN()
                                    : (slab.mode == SlabMode::Average && samples > 1) ? static_cast<float>(sum / count)
                                                                                      : best;
                                const float got = resliced.value(column, row);
                                const bool same = (std::isnan(expected) && std::isnan(got)) || std::abs(got - expected) <= 1e-3f * std::max(1.0f, std::abs(expected));
                                if (!same)
                                    QFAIL(qPrintable(QStringLiteral("%1, %2, %3, slab %4: (%5, %6) is %7, the point sample %8")
                                                         .arg(QString::fromLatin1(test.name), VolumeReslicer::planeName(plane))
                                                         .arg(interpolation == ResliceInterpolation::Linear ? QStringLiteral("linear") : QStringLiteral("nearest"))
                                                         .arg(thickness)
                                                         .arg(column)
                                                         .arg(row)
                                                         .arg(got)
                                                         .arg(expected)));
                                compared += std::isnan(expected) ? 0 : 1;
                            }
                        }
                        QVERIFY2(compared > 1000, test.name);
                    }
                }
            }
        }
    }

    void spacingIsTheStacks()
    {
        const VolumeReslicer reslicer(volume_);
        const StackLayout& layout = ct_->layout();
        const Vector3 centre = volume_->centre();
        const ReslicedPlane axial = reslicer.reslice(MprPlane::Axial, centre);
        const ReslicedPlane coronal = reslicer.reslice(MprPlane::Coronal, centre);
        const ReslicedPlane sagittal = reslicer.reslice(MprPlane::Sagittal, centre);
        QVERIFY(std::abs(axial.geometry.columnSpacing - layout.columnSpacing) < 1e-9);
        QVERIFY(std::abs(axial.geometry.rowSpacing - layout.rowSpacing) < 1e-9);
        QVERIFY(std::abs(coronal.geometry.columnSpacing - layout.columnSpacing) < 1e-9);
        QVERIFY(std::abs(coronal.geometry.rowSpacing - 5.0) < 1e-6);
        QVERIFY(std::abs(sagittal.geometry.columnSpacing - layout.rowSpacing) < 1e-9);
        QVERIFY(std::abs(sagittal.geometry.rowSpacing - 5.0) < 1e-6);
        QCOMPARE(axial.columns(), 512);
        QCOMPARE(axial.rows(), 512);
        QCOMPARE(coronal.columns(), 512);
        QCOMPARE(coronal.rows(), 64);
        QCOMPARE(sagittal.columns(), 512);
        QCOMPARE(sagittal.rows(), 64);
        QCOMPARE(reslicer.stepAlongNormal(MprPlane::Axial), 5.0);
    }

    void orientationLabels()
    {
        const VolumeReslicer reslicer(volume_);
        const Vector3 centre = volume_->centre();
        QCOMPARE(reslicer.reslice(MprPlane::Axial, centre).labels, (EdgeLabels{"R", "L", "A", "P"}));
        QCOMPARE(reslicer.reslice(MprPlane::Coronal, centre).labels, (EdgeLabels{"R", "L", "H", "F"}));
        QCOMPARE(reslicer.reslice(MprPlane::Sagittal, centre).labels, (EdgeLabels{"A", "P", "H", "F"}));

        // The oblique MR: patient-aligned planes keep pure letters, head up in the coronal.
        CONTINUUM_REQUIRE_SHARED(kMr);
        auto mr = seriesOf(headersIn(continuum::testing::sharedDicomPath(kMr)));
        QVERIFY(mr);
        auto mrVolume = MprVolume::fromSeries(*mr);
        QVERIFY2(mrVolume, qPrintable(mrVolume ? QString() : mrVolume.error().message));
        const VolumeReslicer mrReslicer(mrVolume.value());
        const ReslicedPlane mrCoronal = mrReslicer.reslice(MprPlane::Coronal, mrVolume.value()->centre());
        QCOMPARE(mrCoronal.labels, (EdgeLabels{"R", "L", "H", "F"}));
        // Volume-aligned, the coronal follows the acquisition axes: still head up and the
        // patient's right on the left, its letters led by those.
        const VolumeReslicer alongVolume(mrVolume.value(), PlaneAlignment::Volume);
        const EdgeLabels oblique = alongVolume.reslice(MprPlane::Coronal, mrVolume.value()->centre()).labels;
        QVERIFY2(oblique.top.startsWith('H') && oblique.bottom.startsWith('F') && oblique.left.startsWith('R') && oblique.right.startsWith('L'),
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(oblique.left, oblique.right, oblique.top, oblique.bottom)));
    }

    void slabMatchesSlicesComputedHere()
    {
        const VolumeReslicer reslicer(volume_);
        const int slice = 40;
        const Vector3 point = volume_->patientPoint({256, 256, static_cast<double>(slice)});
        for (const SlabMode mode : {SlabMode::Mip, SlabMode::MinIp, SlabMode::Average}) {
            const ReslicedPlane slab = reslicer.reslice(MprPlane::Axial, point, {15.0, mode});
            QCOMPARE(slab.slabSamples, 3);
            int checked = 0;
            for (int row = 0; row < 512; row += 7) {
                for (int column = 0; column < 512; column += 5) {
                    const double a = rawModalityValue(*ct_, slice - 1, column, row);
                    const double b = rawModalityValue(*ct_, slice, column, row);
                    const double c = rawModalityValue(*ct_, slice + 1, column, row);
                    const double expected = mode == SlabMode::Mip ? std::max({a, b, c}) : mode == SlabMode::MinIp ? std::min({a, b, c}) : (a + b + c) / 3.0;
                    if (std::abs(slab.value(column, row) - expected) > 1e-3)
                        QFAIL(qPrintable(QStringLiteral("%1 at (%2, %3): %4, expected %5").arg(VolumeReslicer::slabModeName(mode)).arg(column).arg(row).arg(slab.value(column, row)).arg(expected)));
                    ++checked;
                }
            }
            QVERIFY(checked > 7000);
        }
        // The MIP really differs from the thin slice somewhere (vessels and bone move between slices).
        const ReslicedPlane thin = reslicer.reslice(MprPlane::Axial, point);
        const ReslicedPlane mip = reslicer.reslice(MprPlane::Axial, point, {15.0, SlabMode::Mip});
        int brighter = 0;
        for (std::size_t i = 0; i < thin.values.size(); ++i)
            brighter += mip.values[i] > thin.values[i] + 50.0f;
        QVERIFY(brighter > 1000);
    }

    void referenceLineOfCoronalOnAxial()
    {
        const VolumeReslicer reslicer(volume_);
        const Vector3 point = volume_->patientPoint({100, 300, 20});
        const ReslicedPlane axial = reslicer.reslice(MprPlane::Axial, point);
        const ImagePlane coronal = reslicer.planeThrough(MprPlane::Coronal, point);
        const auto line = ReferenceLineGeometry::intersect(axial.geometry, coronal);
        QVERIFY(line);
        QVERIFY(std::abs(line->row0 - 300) < 1e-6 && std::abs(line->row1 - 300) < 1e-6);
        QVERIFY(std::abs(std::abs(line->column1 - line->column0) - 512) < 1e-6);
        // Parallel planes have no line.
        QVERIFY(!ReferenceLineGeometry::intersect(axial.geometry, reslicer.planeThrough(MprPlane::Axial, point)));
    }

    void synchronizerPicksNearestSlice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto derived = continuum::generators::SeriesInterpolator::derive(continuum::testing::sharedDicomPath(kCt), dir.path(), 80, 3.7);
        QVERIFY2(derived.succeeded(), qPrintable(derived.error));
        auto second = seriesOf(headersIn(dir.path()));
        QVERIFY(second);
        QCOMPARE(second->frameCount(), 80);
        QCOMPARE(second->header(0).frameOfReferenceUid, ct_->header(0).frameOfReferenceUid);

        SliceSynchronizer sync;
        const int a = sync.addStack(SyncStack::fromSeries(*ct_));
        const int b = sync.addStack(SyncStack::fromSeries(*second));
        // A third stack: the derived one claimed by another frame of reference, 20 mm apart.
        SyncStack other = SyncStack::fromSeries(*second);
        other.frameOfReferenceUid = "2.25.318206473582011953721";
        for (Vector3& p : other.slicePositions)
            p = p + Vector3{0.0, 0.0, 20.0};
        const int c = sync.addStack(other);

        auto zOf = [](const ImageSeries& s, int f) { return s.geometry(f).position->z; };
        for (int frame = 0; frame < ct_->frameCount(); ++frame) {
            const auto matches = sync.follow(a, frame);
            QVERIFY(matches[static_cast<std::size_t>(b)]);
            QVERIFY(!matches[static_cast<std::size_t>(c)]); // unrelated frame of reference
            const double z = zOf(*ct_, frame);
            int best = 0;
            for (int f = 1; f < second->frameCount(); ++f) {
                if (std::abs(zOf(*second, f) - z) < std::abs(zOf(*second, best) - z))
                    best = f;
            }
            QCOMPARE(matches[static_cast<std::size_t>(b)]->frame, best);
            QVERIFY(std::abs(matches[static_cast<std::size_t>(b)]->distanceMm - std::abs(zOf(*second, best) - z)) < 1e-6);
        }
        // Related by a registration (+20 mm in z), the third stack follows too.
        QVERIFY(sync.relate(ct_->header(0).frameOfReferenceUid, other.frameOfReferenceUid, PatientTransform::shift({0.0, 0.0, 20.0})));
        const auto related = sync.follow(a, 10);
        QVERIFY(related[static_cast<std::size_t>(c)]);
        QCOMPARE(related[static_cast<std::size_t>(c)]->frame, related[static_cast<std::size_t>(b)]->frame);
        // And back: the first stack follows the third through the inverse.
        const auto back = sync.follow(c, related[static_cast<std::size_t>(c)]->frame);
        QVERIFY(back[static_cast<std::size_t>(a)]);
        QVERIFY(std::abs(zOf(*ct_, back[static_cast<std::size_t>(a)]->frame) - zOf(*ct_, 10)) <= 2.5);
    }

    void mprViewRendersAndLinks()
    {
        MprView view;
        view.resize(1260, 440);
        view.setVolume(volume_);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(200);

        SliceViewport* axial = view.viewport(MprPlane::Axial);
        SliceViewport* coronal = view.viewport(MprPlane::Coronal);
        QCOMPARE(coronal->displayedOrientationLabels(), (EdgeLabels{"R", "L", "H", "F"}));
        QCOMPARE(view.viewport(MprPlane::Sagittal)->displayedOrientationLabels(), (EdgeLabels{"A", "P", "H", "F"}));

        // Click in the coronal view at slice 20, column 300: the point moves there and the
        // axial view shows that level.
        const ReslicedPlane& cor = view.plane(MprPlane::Coronal);
        const Vector3 onCoronal = volume_->patientPoint({300, volume_->indexOf(view.point()).y, 20});
        const QPointF click = view.widgetPointFor(MprPlane::Coronal, onCoronal);
        QTest::mouseClick(coronal, Qt::LeftButton, Qt::NoModifier, click.toPoint());
        QVERIFY((view.point() - onCoronal).length() < 1.0);
        QVERIFY(std::abs(view.plane(MprPlane::Axial).offsetMm() - view.point().z) < 1e-6);
        QVERIFY(std::abs(cor.offsetMm() - view.point().y) < 1e-6);

        // Down on the axial view: one slice (5 mm) towards the head.
        const double zBefore = view.point().z;
        axial->setFocus();
        QTest::keyClick(axial, Qt::Key_Down);
        QVERIFY(std::abs(view.point().z - (zBefore + 5.0)) < 1e-6);

        view.setSlab(MprPlane::Coronal, {20.0, SlabMode::Mip});
        QCOMPARE(view.plane(MprPlane::Coronal).slabSamples, static_cast<int>(std::ceil(20.0 / ct_->layout().rowSpacing - 1e-6)));
        QTest::qWait(100);

        const QImage image = view.grabImage();
        const QString path = QDir::current().filePath(QStringLiteral("mpr-view.png"));
        QVERIFY(image.save(path));
        qInfo("MPR screenshot: %s", qPrintable(path));

        // Reference lines where the planes cross: the coronal (green) line on the axial view,
        // the axial (red) line on the coronal view, 40 mm off the crosshair.
        const QImage axialShot = axial->grabImage();
        const QImage coronalShot = coronal->grabImage();
        const QPointF greenAt = view.widgetPointFor(MprPlane::Axial, view.point() + Vector3{40.0, 0.0, 0.0});
        QVERIFY(nearColour(axialShot, greenAt * axialShot.devicePixelRatio(), 2, [](QColor c) { return c.green() > 150 && c.red() < 120; }));
        const QPointF redAt = view.widgetPointFor(MprPlane::Coronal, view.point() + Vector3{40.0, 0.0, 0.0});
        QVERIFY(nearColour(coronalShot, redAt * coronalShot.devicePixelRatio(), 2, [](QColor c) { return c.red() > 180 && c.green() < 110; }));
        // And not 20 mm away from the line (plain anatomy there).
        const QPointF away = view.widgetPointFor(MprPlane::Axial, view.point() + Vector3{40.0, 20.0, 0.0});
        QVERIFY(!nearColour(axialShot, away * axialShot.devicePixelRatio(), 0, [](QColor c) { return c.green() > 150 && c.red() < 120; }));
    }
};

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    MprTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "MprTest.moc"
