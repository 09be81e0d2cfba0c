// Benchmark (label bench; needs X): time until every timepoint of a tumor-board comparison is on
// screen. Four studies of one patient (the shared 64-slice chest CT and three follow-ups derived
// from it with new Study/Series/SOP/Frame of Reference UIDs and later dates) are catalogued; the
// oncology workspace, shown in a 1600 x 1000 window, is given the four, and the clock runs from
// setTimepoints() until each of the four viewports has swapped a frame with its image.
// Peer in the same run: ITK reading the same four series into memory (bench_itk_load, its own
// full_load_ms, process start included), one after the other, no display. Median of 5 after a
// warm-up round, alternating; prints both and the ratio.
#include "OncologyWorkspace.h"

#include "catalog/Catalog.h"
#include "dicom/PixelBuffer.h"
#include "generators/AttributeRewriter.h"
#include "generators/UidFactory.h"
#include "render/SliceViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace continuum;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// A follow-up of the CT in `target`: the same pixels, new UIDs, StudyDate `date`.
bool deriveStudy(const QString& source, const QString& target, const QString& date, QString* studyUid)
{
    if (!QDir().mkpath(target))
        return false;
    *studyUid = QString::fromStdString(generators::UidFactory::newUid());
    const QString seriesUid = QString::fromStdString(generators::UidFactory::newUid());
    const QString frameUid = QString::fromStdString(generators::UidFactory::newUid());
    for (const QString& file : QDir(source).entryList(QDir::Files, QDir::Name)) {
        const std::vector<generators::AttributeRewriter::Change> changes{{{0x0020, 0x000D}, *studyUid},
                                                                         {{0x0020, 0x000E}, seriesUid},
                                                                         {{0x0020, 0x0052}, frameUid},
                                                                         {{0x0008, 0x0018}, QString::fromStdString(generators::UidFactory::newUid())},
                                                                         {{0x0008, 0x0020}, date}};
        QString error;
        if (!generators::AttributeRewriter::writeCopy(QDir(source).filePath(file), QDir(target).filePath(file), changes, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

// bench_itk_load's own full_load_ms for one folder (-1 on failure).
double itkLoadMs(const QString& itkLoader, const QString& folder)
{
    QProcess process;
    process.start(itkLoader, {folder});
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_itk_load %s failed: %s\n", qPrintable(folder), process.readAllStandardError().constData());
        return -1.0;
    }
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (line.startsWith("full_load_ms="))
            return line.mid(13).toDouble();
    return -1.0;
}

} // namespace

int main(int argc, char** argv)
{
    dicom::PixelBuffer::tuneAllocatorForDecoding();
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication application(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_oncology_screen SHARED_CT_FOLDER BENCH_ITK_LOAD\n");
        return 2;
    }
    const QString ct = QString::fromLocal8Bit(argv[1]);
    const QString itkLoader = QString::fromLocal8Bit(argv[2]);
    if (!QFileInfo(ct).isDir()) {
        std::fprintf(stderr, "missing shared data %s\n", qPrintable(ct));
        return 1;
    }

    QTemporaryDir place;
    QStringList folders{ct};
    QStringList studyUids;
    for (const QString& date : {QStringLiteral("20300101"), QStringLiteral("20300401"), QStringLiteral("20300701")}) {
        QString uid;
        const QString folder = place.filePath(date);
        if (!deriveStudy(ct, folder, date, &uid))
            return 1;
        folders << folder;
    }
    auto catalog = std::make_shared<catalog::Catalog>();
    if (const auto error = catalog->open(place.filePath(QStringLiteral("catalog.sqlite")))) {
        std::fprintf(stderr, "catalog: %s\n", qPrintable(*error));
        return 1;
    }
    catalog->importFiles(std::vector<QString>(folders.begin(), folders.end()));
    for (const catalog::StudyRow& study : catalog->studies())
        studyUids << study.studyInstanceUid;
    if (studyUids.size() != 4) {
        std::fprintf(stderr, "expected 4 studies in the catalog, found %lld\n", static_cast<long long>(studyUids.size()));
        return 1;
    }

    constexpr int runs = 5;
    std::vector<double> ours;
    std::vector<double> itk;
    for (int run = 0; run < runs + 1; ++run) {   // the first round warms caches and is not counted
        {
            QWidget window;
            window.resize(1600, 1000);
            auto* workspace = new app::OncologyWorkspace(catalog, &window);
            workspace->resize(window.size());
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            std::vector<bool> onScreen;
            QElapsedTimer timer;
            double allMs = -1.0;
            // A real event loop, quit at the last swap: QTest::qWaitFor sleeps 10 ms between its
            // passes, and each queued hand-over of the load would wait through one.
            QEventLoop waiting;
            QObject::connect(workspace, &app::OncologyWorkspace::timepointsChanged, workspace, [&] {
                onScreen.assign(static_cast<std::size_t>(workspace->timepointCount()), false);
                for (int i = 0; i < workspace->timepointCount(); ++i) {
                    render::SliceViewport* viewport = workspace->viewport(i);
                    QObject::connect(viewport, &render::VtkOpenGLWidget::frameSwapped, workspace, [&, i, viewport] {
                        if (!viewport->hasImage() || onScreen[static_cast<std::size_t>(i)])
                            return;
                        onScreen[static_cast<std::size_t>(i)] = true;
                        if (allMs < 0.0 && std::all_of(onScreen.begin(), onScreen.end(), [](bool shown) { return shown; })) {
                            allMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                            waiting.quit();
                        }
                    });
                }
            });
            timer.start();
            workspace->setTimepoints(studyUids);
            QTimer::singleShot(120000, &waiting, &QEventLoop::quit);
            if (allMs < 0.0)
                waiting.exec();
            if (allMs < 0.0 || workspace->timepointCount() != 4) {
                std::fprintf(stderr, "the four timepoints were not on screen within 120 s (%d timepoints)\n", workspace->timepointCount());
                return 1;
            }
            if (run > 0)
                ours.push_back(allMs);
        }
        double sum = 0.0;
        for (const QString& folder : folders) {
            const double ms = itkLoadMs(itkLoader, folder);
            if (ms < 0.0)
                return 1;
            sum += ms;
        }
        if (run > 0)
            itk.push_back(sum);
    }
    const double oursMs = median(ours);
    const double itkMs = median(itk);
    std::printf("Four CT timepoints (4 x 64 slices of 512 x 512), median of %d, alternating:\n", runs);
    std::printf("  continuum: setTimepoints until all four viewports presented their image: %8.1f ms\n", oursMs);
    std::printf("  ITK ImageSeriesReader: the four series read into memory, no display:    %8.1f ms\n", itkMs);
    std::printf("  ratio ITK / continuum: %.2fx\n", itkMs / oursMs);
    return 0;
}
