// Rigid registration on a real CT (ct-series/lung_dx_a0001_chest_ct_5mm, 64 axial 512x512 slices
// of 5 mm): the moving volume is derived at test time by resampling the CT through a known
// rigid transform onto a grid that also starts 3 slices later (so header positions alone cannot
// give the answer); the registration must recover that transform in patient millimetres.
#include "registration/PatientVolume.h"
#include "registration/RigidRegistration.h"

#include "dicom/DicomScanner.h"
#include "dicom/ImageSeries.h"
#include "dicom/SeriesGrouper.h"

#include "TestData.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <mutex>
#include <set>
#include <thread>

using namespace continuum::registration;
using continuum::dicom::Vector3;

namespace {

const QString kSeries = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");

RegistrationSettings testSettings()
{
    RegistrationSettings settings;   // defaults: 3 levels (4/2/1), Mattes MI, regular step
    settings.threads = 2;
    return settings;
}

} // namespace

class RigidRegistrationTest : public QObject {
    Q_OBJECT

    PatientVolume m_fixed;
    PatientVolume m_moving;
    RigidTransform m_known;   // moving -> fixed, what the registration must find

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(kSeries);
        const auto scan = continuum::dicom::DicomScanner::scan({continuum::testing::sharedDicomPath(kSeries).toStdString()});
        auto series = continuum::dicom::SeriesGrouper::group(scan.images);
        QCOMPARE(series.size(), std::size_t(1));
        auto image = continuum::dicom::ImageSeries::create(std::move(series.front()));
        QVERIFY(image.ok());
        QString error;
        auto full = PatientVolume::fromSeries(**image, &error);
        QVERIFY2(full.has_value(), qPrintable(error));

        // The volume sits where the headers say: first slice position, IOP axes, 5 mm apart.
        const auto& first = (*image)->geometry(0);
        QCOMPARE(full->grid().size, (std::array<int, 3>{512, 512, 64}));
        QVERIFY((full->grid().origin - *first.position).length() < 1e-6);
        QVERIFY((full->grid().axes[0] - *first.rowDirection).length() < 1e-6);
        QVERIFY(std::abs(full->grid().spacing[2] - 5.0) < 0.01);
        QVERIFY(std::abs(full->grid().spacing[0] - first.spacing.column) < 1e-9);
        // HU: air near -1000 somewhere, soft tissue/bone above 0.
        QVERIFY(full->minimum() < -900.0f);

        // 128 x 128 x 64 keeps the test to seconds on two cores.
        m_fixed = full->downsampled(4, 1);
        QCOMPARE(m_fixed.grid().size, (std::array<int, 3>{128, 128, 64}));

        // Known transform: 4 degrees about the patient z axis through a point off the centre,
        // then (6, -4, 3) mm.
        const Vector3 pivot = m_fixed.grid().centre() + Vector3{15, -10, 0};
        m_known = RigidTransform::fromAxisAngle({0, 0, 1}, 4.0, pivot, {6, -4, 3});
        // Moving grid: the same axes and spacing, 3 slices shorter at each end.
        VolumeGrid movingGrid = m_fixed.grid();
        movingGrid.size[2] -= 6;
        movingGrid.origin = m_fixed.grid().pointAt(0, 0, 3);
        m_moving = m_fixed.resampled(movingGrid, m_known, m_fixed.minimum());
    }

    void recoversKnownTransform()
    {
        std::mutex mutex;
        std::set<int> levels;
        std::set<int> levelCounts;
        int reports = 0;
        double lastMetric = 0.0;
        const auto mainThread = std::this_thread::get_id();
        bool reportedOnWorker = true;
        std::atomic<int> finishedCalls{0};

        RigidRegistration registration;
        registration.start(m_fixed, m_moving, testSettings(),
                           [&](const RegistrationProgress& p) {
                               std::lock_guard lock(mutex);
                               levels.insert(p.level);
                               levelCounts.insert(p.levelCount);
                               ++reports;
                               lastMetric = p.metric;
                               reportedOnWorker = reportedOnWorker && std::this_thread::get_id() != mainThread;
                           },
                           [&](const RegistrationResult&) { ++finishedCalls; });
        const auto result = registration.wait();
        QVERIFY(result.has_value());
        QVERIFY2(result->status == RegistrationStatus::Succeeded, qPrintable(result->message));
        QCOMPARE(finishedCalls.load(), 1);
        QVERIFY(!registration.isRunning());
        QCOMPARE(levels, (std::set<int>{0, 1, 2}));
        QCOMPARE(levelCounts, (std::set<int>{3}));
        QVERIFY(reports > 10);
        QVERIFY(reportedOnWorker);
        QVERIFY(lastMetric < 0.0);           // Mattes MI as ITK reports it: negative
        QVERIFY(result->finalMetric < 0.0);

        const RigidTransform& found = result->movingToFixed;
        const RigidTransform error = found.then(m_known.inverse());
        const Vector3 centre = m_moving.grid().centre();
        const double translationError = (found.apply(centre) - m_known.apply(centre)).length();
        qInfo("recovered: rotation %.3f deg (known 4), residual rotation %.3f deg, error at centre %.3f mm, "
              "%d iterations, metric %.4f; %s",
              found.rotationAngleDegrees(), error.rotationAngleDegrees(), translationError, result->iterations,
              result->finalMetric, qPrintable(result->message));
        QVERIFY(std::abs(found.rotationAngleDegrees() - 4.0) < 1.0);
        QVERIFY(error.rotationAngleDegrees() < 1.0);
        QVERIFY(translationError < 1.5);
        // Translation part as given (6, -4, 3) once the pivot is accounted for.
        const Vector3 pivot = m_fixed.grid().centre() + Vector3{15, -10, 0};
        QVERIFY((found.apply(pivot) - pivot - Vector3{6, -4, 3}).length() < 1.5);

        // Points across the chest (corners of a 200 x 200 x 250 mm box) map back within 2 mm; the
        // start (grid centres) misses them by more, so this cannot pass without registering.
        double worst = 0.0;
        double worstInitial = 0.0;
        for (int corner = 0; corner < 8; ++corner) {
            const Vector3 p = centre + Vector3{corner & 1 ? 100.0 : -100.0, corner & 2 ? 100.0 : -100.0, corner & 4 ? 125.0 : -125.0};
            worst = std::max(worst, (found.apply(p) - m_known.apply(p)).length());
            worstInitial = std::max(worstInitial, (result->initial.apply(p) - m_known.apply(p)).length());
        }
        qInfo("corner error %.3f mm (initial %.3f mm)", worst, worstInitial);
        QVERIFY(worst < 2.0);
        QVERIFY(worstInitial > 5.0);
    }

    void momentsInitialisationAlsoConverges()
    {
        RegistrationSettings settings = testSettings();
        settings.centre = CentreInitialisation::Moments;
        const RegistrationResult result = RigidRegistration::run(m_fixed, m_moving, settings);
        QVERIFY2(result.status == RegistrationStatus::Succeeded, qPrintable(result.message));
        const Vector3 centre = m_moving.grid().centre();
        QVERIFY((result.movingToFixed.apply(centre) - m_known.apply(centre)).length() < 1.5);
        QVERIFY(result.movingToFixed.then(m_known.inverse()).rotationAngleDegrees() < 1.0);
    }

    void cancelStopsTheRun()
    {
        RigidRegistration registration;
        std::atomic<int> reports{0};
        registration.start(m_fixed, m_moving, testSettings(),
                           [&](const RegistrationProgress&) {
                               if (++reports == 3)
                                   registration.cancel();
                           },
                           {});
        const auto result = registration.wait();
        QVERIFY(result.has_value());
        QCOMPARE(result->status, RegistrationStatus::Cancelled);
        QCOMPARE(reports.load(), 3);   // no iteration ran after the cancel
        QCOMPARE(result->iterations, 3);

        // Cancelled before it starts: returns at once, nothing optimised.
        std::atomic<bool> cancel{true};
        const RegistrationResult early = RigidRegistration::run(m_fixed, m_moving, testSettings(), {}, &cancel);
        QCOMPARE(early.status, RegistrationStatus::Cancelled);
        QCOMPARE(early.iterations, 0);

        // Destroying a running registration cancels and joins it.
        {
            RigidRegistration abandoned;
            abandoned.start(m_fixed, m_moving, testSettings(), {}, {});
        }
    }

    void emptyInputFails()
    {
        const RegistrationResult result = RigidRegistration::run(PatientVolume{}, m_moving);
        QCOMPARE(result.status, RegistrationStatus::Failed);
        QVERIFY(!result.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RigidRegistrationTest)
#include "RigidRegistrationTest.moc"
