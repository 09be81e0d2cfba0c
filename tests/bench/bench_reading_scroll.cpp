// Reading benchmark (label bench, needs X: run under xvfb-run): scrolling latency and MPR
// reslicing on a 512 x 512 x 512 CT, each against VTK's own vtkImageViewer2 on the same voxels in
// the same run.
//
// Data: a 512-slice 0.625 mm series derived from the shared ct-series/lung_dx_a0001_chest_ct_5mm
// (SeriesInterpolator, the same derivation as the loading benchmark), cached in the folder given.
// Every frame is decoded before measuring, so only display work is timed.
//
// 1. Stack scrolling: a wheel notch sent to a 512 x 512 SliceViewport (SeriesViewController
//    steps the frame, renders it with the window and hands it to VTK) until that viewport's
//    VtkOpenGLWidget::frameSwapped; the peer: vtkImageViewer2 (XY orientation, the same window)
//    SetSlice + Render + WaitForCompletion in its own 512 x 512 window.
// 2. MPR: the pure reslice of one 512 x 512 coronal / sagittal plane (VolumeReslicer, trilinear)
//    against vtkImageReslice (trilinear, one output slice, Update); and a wheel notch on MprView's
//    coronal viewport until it presents the frame against vtkImageViewer2 in XZ orientation.
// Prints median, 95th percentile and mean in ms, and ours / VTK ratios of the medians. Exit 1
// when our median wheel-to-frame latency misses the 16 ms target or a measurement could not run.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" ctest -L bench -R bench_reading_scroll -V
// or bench_reading_scroll CACHE_FOLDER [steps] with CONTINUUM_SHARED_DICOM set.
#include "TestData.h"

#include "SeriesViewController.h"

#include "dicom/DicomScanner.h"
#include "dicom/ImageSeries.h"
#include "dicom/MprVolume.h"
#include "dicom/SeriesGrouper.h"
#include "dicom/StoredValueReader.h"
#include "dicom/VolumeReslicer.h"
#include "generators/SeriesInterpolator.h"
#include "render/MprView.h"
#include "render/SliceViewport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <vtkImageData.h>
#include <vtkImageReslice.h>
#include <vtkImageViewer2.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace continuum;

namespace {

constexpr double kTargetMs = 16.0;

struct Stats {
    double median = 0.0;
    double p95 = 0.0;
    double mean = 0.0;
    int count = 0;
};

Stats statsOf(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.count = static_cast<int>(ms.size());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(std::ceil(ms.size() * 0.95)) - 1)];
    double sum = 0.0;
    for (double v : ms)
        sum += v;
    s.mean = sum / static_cast<double>(ms.size());
    return s;
}

void printRow(const char* what, const Stats& s)
{
    std::printf("  %-58s median %7.2f ms  p95 %7.2f ms  mean %7.2f ms  (n=%d)\n", what, s.median, s.p95, s.mean, s.count);
}

double elapsedMs(const QElapsedTimer& timer) { return static_cast<double>(timer.nsecsElapsed()) / 1e6; }

// Sends one wheel notch to `target` and returns the ms until `presenter` has swapped a frame
// (negative when none came within 5 s).
double wheelToFrameMs(QWidget* target, render::VtkOpenGLWidget* presenter, int notches)
{
    QEventLoop loop;
    bool presented = false;
    const auto connection = QObject::connect(presenter, &render::VtkOpenGLWidget::frameSwapped, &loop, [&] {
        presented = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QWheelEvent wheel(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QElapsedTimer timer;
    timer.start();
    QApplication::sendEvent(target, &wheel);
    if (!presented)
        loop.exec();
    const double ms = elapsedMs(timer);
    QObject::disconnect(connection);
    return presented ? ms : -1.0;
}

// The series' stored values as one VTK volume (x = column, y = row, z = frame), spacing in mm.
vtkSmartPointer<vtkImageData> vtkVolumeOf(const dicom::ImageSeries& series)
{
    const dicom::FrameView first = series.frame(0);
    const int columns = first.format.columns;
    const int rows = first.format.rows;
    const int frames = series.frameCount();
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(columns, rows, frames);
    const dicom::FrameGeometry& g = series.geometry(0);
    const double gap = frames > 1 ? std::abs(*series.slicePositionMm(1) - *series.slicePositionMm(0)) : 1.0;
    image->SetSpacing(g.spacing.column, g.spacing.row, gap);
    image->AllocateScalars(VTK_SHORT, 1);
    auto* out = static_cast<short*>(image->GetScalarPointer());
    const std::size_t perFrame = static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows);
    for (int f = 0; f < frames; ++f) {
        const dicom::FrameView view = series.frame(f);
        const dicom::StoredValueReader reader(view.format);
        for (std::size_t i = 0; i < perFrame; ++i)
            out[static_cast<std::size_t>(f) * perFrame + i] = static_cast<short>(reader.value(view.bytes, i));
    }
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_reading_scroll CACHE_FOLDER [steps]\n");
        return 2;
    }
    const int steps = args.size() > 2 ? std::max(20, args[2].toInt()) : 200;
    const QString source = continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    if (!QDir(source).exists()) {
        std::fprintf(stderr, "FAIL: the shared CT series is missing (%s); set CONTINUUM_SHARED_DICOM\n", qPrintable(source));
        return 1;
    }
    const QString folder = QDir(args[1]).filePath(QStringLiteral("ct512-0.625mm"));
    if (QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files).size() != 512) {
        QDir(folder).removeRecursively();
        const auto derived = generators::SeriesInterpolator::derive(source, folder, 512, 0.625);
        if (!derived.succeeded()) {
            std::fprintf(stderr, "FAIL: cannot derive the 512-slice series: %s\n", qPrintable(derived.error));
            return 1;
        }
    }

    // Load and decode everything first.
    auto groups = dicom::SeriesGrouper::group(dicom::DicomScanner::scan({folder.toStdString()}).images);
    if (groups.size() != 1) {
        std::fprintf(stderr, "FAIL: %s is not one series\n", qPrintable(folder));
        return 1;
    }
    auto created = dicom::ImageSeries::create(std::move(groups.front()));
    if (!created) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(created.error().message));
        return 1;
    }
    std::shared_ptr<dicom::ImageSeries> series(std::move(created.value()));

    QWidget stackWindow;
    stackWindow.setWindowTitle(QStringLiteral("Continuum stack"));
    stackWindow.resize(512, 512);
    auto* viewport = new render::SliceViewport(&stackWindow);
    viewport->setGeometry(0, 0, 512, 512);
    app::SeriesViewController controller(viewport);
    stackWindow.show();
    if (!QTest::qWaitForWindowExposed(&stackWindow)) {
        std::fprintf(stderr, "FAIL: no window (run under xvfb-run)\n");
        return 1;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    controller.setSeries(series, 0);
    controller.startBackgroundDecoding(2);
    controller.waitForBackgroundDecoding();
    if (series->decodedFrameCount() != 512) {
        std::fprintf(stderr, "FAIL: decoded %d of 512 frames\n", series->decodedFrameCount());
        return 1;
    }
    std::printf("Reading benchmark: 512 x 512 x 512 CT (%s), decoded in %.0f ms; %d steps per measurement\n", qPrintable(folder),
                elapsedMs(loadTimer), steps);
    const dicom::VoiWindow window = controller.effectiveWindow();
    const dicom::ModalityTransform& rescale = series->header(0).modalityFor(0);

    // VTK's viewer on the same stored values and the same window (in stored units).
    vtkSmartPointer<vtkImageData> volume = vtkVolumeOf(*series);
    vtkNew<vtkImageViewer2> viewer;
    viewer->SetInputData(volume);
    viewer->SetSize(512, 512);
    viewer->SetColorWindow(window.width / rescale.slope);
    viewer->SetColorLevel((window.center - rescale.intercept) / rescale.slope);
    viewer->SetSliceOrientationToXY();
    viewer->SetSlice(0);
    viewer->Render();

    bool ok = true;
    // Alternating blocks (ours, VTK) so drifts of a shared machine hit both.
    std::vector<double> ours, theirs;
    constexpr int kBlocks = 4;
    const int perBlock = std::max(5, steps / kBlocks);
    int frame = 100;
    controller.setFrame(frame);
    QTest::qWait(200);
    for (int block = 0; block < kBlocks; ++block) {
        const int direction = block % 2 == 0 ? 1 : -1;
        for (int i = 0; i < perBlock; ++i) {
            const double ms = wheelToFrameMs(viewport, viewport, direction);
            if (ms < 0.0) {
                std::fprintf(stderr, "FAIL: no frame presented after a wheel event\n");
                return 1;
            }
            ours.push_back(ms);
        }
        if (controller.currentFrame() != frame + direction * perBlock) {
            std::fprintf(stderr, "FAIL: the stack is on frame %d, expected %d\n", controller.currentFrame(), frame + direction * perBlock);
            return 1;
        }
        for (int i = 0; i < perBlock; ++i) {
            QElapsedTimer timer;
            timer.start();
            viewer->SetSlice(frame + direction * (i + 1));
            viewer->Render();
            viewer->GetRenderWindow()->WaitForCompletion();
            theirs.push_back(elapsedMs(timer));
        }
        frame += direction * perBlock;
    }
    const Stats scrollOurs = statsOf(ours);
    const Stats scrollVtk = statsOf(theirs);
    std::printf("Stack scrolling, wheel event to presented frame (512 x 512 viewport):\n");
    printRow("Continuum SliceViewport + SeriesViewController", scrollOurs);
    printRow("VTK vtkImageViewer2 SetSlice + Render", scrollVtk);
    std::printf("  ratio continuum / vtkImageViewer2 (median): %.2f; target < %.0f ms: %s\n", scrollOurs.median / std::max(scrollVtk.median, 1e-9),
                kTargetMs, scrollOurs.median < kTargetMs ? "met" : "MISSED");
    ok = ok && scrollOurs.median < kTargetMs;
    stackWindow.hide();

    // MPR.
    QElapsedTimer volumeTimer;
    volumeTimer.start();
    auto mprVolume = dicom::MprVolume::fromSeries(*series, 2);
    if (!mprVolume) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(mprVolume.error().message));
        return 1;
    }
    std::printf("MPR volume built in %.0f ms\n", elapsedMs(volumeTimer));
    const dicom::VolumeReslicer reslicer(mprVolume.value());
    const dicom::Vector3 centre = mprVolume.value()->centre();
    double* spacing = volume->GetSpacing();
    int* dims = volume->GetDimensions();

    for (const dicom::MprPlane plane : {dicom::MprPlane::Coronal, dicom::MprPlane::Sagittal}) {
        const bool coronal = plane == dicom::MprPlane::Coronal;
        std::vector<double> reslicedOurs, reslicedVtk;
        const dicom::Vector3 normal = reslicer.axes(plane).normal();
        const double step = reslicer.stepAlongNormal(plane);
        double checksum = 0.0;
        vtkNew<vtkImageReslice> vtkReslice;
        vtkReslice->SetInputData(volume);
        vtkReslice->SetInterpolationModeToLinear();
        vtkReslice->SetOutputDimensionality(2);
        for (int i = 0; i < steps; ++i) {
            const int offset = (i % 200) - 100;
            QElapsedTimer timer;
            timer.start();
            const dicom::ReslicedPlane resliced = reslicer.reslice(plane, centre + normal * (offset * step));
            reslicedOurs.push_back(elapsedMs(timer));
            checksum += resliced.values.empty() ? 0.0 : resliced.values[resliced.values.size() / 2];

            // VTK: a plane through the same index position along y (coronal) or x (sagittal).
            vtkNew<vtkMatrix4x4> axes;
            const double cx = (dims[0] - 1) * spacing[0] / 2.0, cy = (dims[1] - 1) * spacing[1] / 2.0, cz = (dims[2] - 1) * spacing[2] / 2.0;
            if (coronal) {
                const double elements[16] = {1, 0, 0, cx, 0, 0, 1, cy + offset * spacing[1], 0, 1, 0, cz, 0, 0, 0, 1};
                axes->DeepCopy(elements);
            } else {
                const double elements[16] = {0, 0, 1, cx + offset * spacing[0], 1, 0, 0, cy, 0, 1, 0, cz, 0, 0, 0, 1};
                axes->DeepCopy(elements);
            }
            vtkReslice->SetResliceAxes(axes);
            timer.restart();
            vtkReslice->Update();
            reslicedVtk.push_back(elapsedMs(timer));
        }
        const Stats a = statsOf(reslicedOurs), b = statsOf(reslicedVtk);
        std::printf("MPR %s reslice, one plane (trilinear), compute only:\n", coronal ? "coronal" : "sagittal");
        printRow("Continuum VolumeReslicer::reslice", a);
        printRow("VTK vtkImageReslice::Update", b);
        std::printf("  ratio continuum / vtkImageReslice (median): %.2f  (checksum %.1f)\n", a.median / std::max(b.median, 1e-9), checksum);
    }

    // MPR frames: wheel on the coronal viewport until it presents, against vtkImageViewer2 XZ.
    render::MprView mpr;
    mpr.resize(3 * 512, 512);
    mpr.setVolume(mprVolume.value());
    mpr.show();
    if (!QTest::qWaitForWindowExposed(&mpr)) {
        std::fprintf(stderr, "FAIL: no MPR window\n");
        return 1;
    }
    QTest::qWait(300);
    render::SliceViewport* coronalViewport = mpr.viewport(dicom::MprPlane::Coronal);
    viewer->SetSliceOrientationToXZ();
    viewer->SetSize(512, 512);
    int vtkSlice = dims[1] / 2;
    viewer->SetSlice(vtkSlice);
    viewer->Render();
    std::vector<double> mprOurs, mprVtk;
    for (int block = 0; block < kBlocks; ++block) {
        const int direction = block % 2 == 0 ? 1 : -1;
        for (int i = 0; i < perBlock; ++i) {
            const double ms = wheelToFrameMs(coronalViewport, coronalViewport, direction);
            if (ms < 0.0) {
                std::fprintf(stderr, "FAIL: MprView presented no frame after a wheel event\n");
                return 1;
            }
            mprOurs.push_back(ms);
        }
        for (int i = 0; i < perBlock; ++i) {
            vtkSlice += direction;
            QElapsedTimer timer;
            timer.start();
            viewer->SetSlice(vtkSlice);
            viewer->Render();
            viewer->GetRenderWindow()->WaitForCompletion();
            mprVtk.push_back(elapsedMs(timer));
        }
    }
    const Stats mprA = statsOf(mprOurs), mprB = statsOf(mprVtk);
    std::printf("MPR coronal scrolling, wheel event to presented frame:\n");
    printRow("Continuum MprView (reslice + window + 3 viewports' lines)", mprA);
    printRow("VTK vtkImageViewer2 XZ SetSlice + Render", mprB);
    std::printf("  ratio continuum / vtkImageViewer2 (median): %.2f\n", mprA.median / std::max(mprB.median, 1e-9));
    std::printf("%s\n", ok ? "PASS" : "FAIL: median wheel-to-frame latency over the target");
    return ok ? 0 : 1;
}
