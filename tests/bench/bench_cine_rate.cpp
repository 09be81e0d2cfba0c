// Cine playback rate benchmark (label bench, needs X: run under xvfb-run).
//
// Plays every loop of the shared set (cine-xa, cine-us, cine-mr) in a render::CineViewport for
// 10 s each, then all of them together in one window for 10 s, and prints per loop the rate the
// clock requests, the rate of frames presented (swap completed, QOpenGLWidget::frameSwapped)
// over the wall time played, the error in %, and the dropped frames. Fails (exit 1) when a
// loop's error reaches 1%.
//
//   xvfb-run -a -s "-screen 0 1280x1024x24" ctest -L bench -R bench_cine_rate -V
// or bench_cine_rate [seconds] with CONTINUUM_SHARED_DICOM set.
#include "cine/CineLoop.h"
#include "cine/FrameCache.h"
#include "dicom/HeaderReader.h"
#include "render/CineViewport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QTest>
#include <QWidget>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace continuum;

namespace {

constexpr double kMaxErrorPercent = 1.0;

struct Result {
    QString name;
    double requested = 0.0;
    double measured = 0.0;
    std::int64_t presented = 0;
    std::int64_t dropped = 0;
    double errorPercent() const { return requested > 0.0 ? (measured - requested) / requested * 100.0 : 100.0; }
};

std::vector<QString> sharedLoops(const QString& root)
{
    std::vector<QString> files;
    for (const QString& folder : {QStringLiteral("cine-xa"), QStringLiteral("cine-us"), QStringLiteral("cine-mr")})
        for (const QFileInfo& info : QDir(QDir(root).filePath(folder)).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
            files.push_back(info.filePath());
    return files;
}

// Shows the viewports, waits until each has its first frame and its cache window decoded (what a
// user sees as "loaded"), plays them all for `seconds` and reads the counters.
std::vector<Result> play(const std::vector<render::CineViewport*>& viewports, const std::vector<QString>& names, double seconds)
{
    for (render::CineViewport* viewport : viewports) {
        const bool loaded = QTest::qWaitFor([&] {
            const cine::FrameCache* cache = viewport->cache();
            return viewport->shownFrame() >= 0 && cache->pendingCount() == 0;
        }, 60000);
        if (!loaded)
            std::fprintf(stderr, "a loop did not load within 60 s\n");
    }
    for (render::CineViewport* viewport : viewports) {
        viewport->resetCounters();
        viewport->play();
    }
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(static_cast<int>(seconds * 1000));
    for (render::CineViewport* viewport : viewports)
        viewport->pause();
    const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    std::vector<Result> results;
    for (std::size_t i = 0; i < viewports.size(); ++i) {
        Result r;
        r.name = names[i];
        r.requested = viewports[i]->clock().requestedFramesPerSecond();
        r.presented = viewports[i]->presentedCount();
        r.dropped = viewports[i]->droppedCount();
        r.measured = static_cast<double>(r.presented) / elapsed;
        results.push_back(r);
    }
    return results;
}

bool report(const char* title, const std::vector<Result>& results)
{
    std::printf("\n%s\n%-55s %10s %10s %8s %9s %8s\n", title, "loop", "requested", "measured", "error%", "presented", "dropped");
    bool ok = true;
    for (const Result& r : results) {
        std::printf("%-55s %10.3f %10.3f %+8.3f %9lld %8lld\n", qPrintable(r.name), r.requested, r.measured, r.errorPercent(),
                    static_cast<long long>(r.presented), static_cast<long long>(r.dropped));
        ok = ok && std::abs(r.errorPercent()) < kMaxErrorPercent;
    }
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 10.0;
    const QString root = QString::fromLocal8Bit(qgetenv("CONTINUUM_SHARED_DICOM"));
    const std::vector<QString> files = sharedLoops(root);
    if (files.empty()) {
        std::fprintf(stderr, "no cine files under %s (set CONTINUUM_SHARED_DICOM)\n", qPrintable(root));
        return 1;
    }
    std::vector<cine::CineLoop> loops;
    std::vector<QString> names;
    for (const QString& file : files) {
        auto header = dicom::HeaderReader::read(file.toStdString());
        if (!header) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(header.error().message));
            return 1;
        }
        loops.push_back(cine::CineLoop::fromMultiFrame(*header, 25.0));
        names.push_back(QFileInfo(file).fileName());
    }

    bool ok = true;
    std::vector<Result> alone;
    for (std::size_t i = 0; i < loops.size(); ++i) {
        render::CineViewport viewport;
        viewport.resize(640, 480);
        viewport.show();
        if (!QTest::qWaitForWindowExposed(&viewport))
            return 1;
        viewport.setLoop(loops[i]);
        const auto results = play({&viewport}, {names[i]}, seconds);
        alone.insert(alone.end(), results.begin(), results.end());
    }
    ok = report("each loop alone, 640x480 viewport", alone) && ok;

    QWidget window;
    auto* grid = new QGridLayout(&window);
    std::vector<render::CineViewport*> viewports;
    for (std::size_t i = 0; i < loops.size(); ++i) {
        auto* viewport = new render::CineViewport(&window);
        grid->addWidget(viewport, static_cast<int>(i / 3), static_cast<int>(i % 3));
        viewports.push_back(viewport);
    }
    window.resize(1200, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    for (std::size_t i = 0; i < loops.size(); ++i)
        viewports[i]->setLoop(loops[i]);
    ok = report("all loops together, one 1200x700 window", play(viewports, names, seconds)) && ok;
    std::printf("\n%s (limit: |error| < %.1f%%)\n", ok ? "PASS" : "FAIL", kMaxErrorPercent);
    return ok ? 0 : 1;
}
