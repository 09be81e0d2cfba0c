// The viewer's main window as the continuum executable starts it: prints the time from launch
// to the first frame swapped with an image in the viewport, or with --empty to the first frame
// of the empty window (the baseline: what any Qt + OpenGL window costs here). Needs X.
#include "LaunchClock.h"

#include "MainWindow.h"

#include "dicom/PixelBuffer.h"
#include "render/SliceViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace continuum;
using bench::LaunchClock;

int main(int argc, char** argv)
{
    const std::vector<std::string> args = LaunchClock::start(argc, argv);
    LaunchClock::report("main_ms", LaunchClock::msSinceLaunch());
    bool empty = false;
    QString folder;
    for (const std::string& arg : args) {
        if (arg == "--empty")
            empty = true;
        else
            folder = QString::fromStdString(arg);
    }
    if (empty == !folder.isEmpty()) {
        std::fprintf(stderr, "usage: bench_continuum_screen [--launched-at EPOCHREALTIME] (--empty | SERIES_FOLDER)\n");
        return 2;
    }
    std::printf("loader=continuum-screen\nlaunch_clock=%s\nmode=%s\n", LaunchClock::source(), empty ? "empty" : "image");

    // The same start-up as app/main.cpp.
    dicom::PixelBuffer::tuneAllocatorForDecoding();
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication application(argc, argv);
    LaunchClock::report("application_ms", LaunchClock::msSinceLaunch());
    app::MainWindow window;
    LaunchClock::report("window_ms", LaunchClock::msSinceLaunch());
    render::SliceViewport* viewport = window.viewport();
    bool reported = false;
    QObject::connect(viewport, &render::VtkOpenGLWidget::frameSwapped, &application, [&] {
        if (reported || (!empty && !viewport->hasImage()))
            return;
        reported = true;
        LaunchClock::report(empty ? "first_frame_ms" : "first_image_ms", LaunchClock::msSinceLaunch());
        QTimer::singleShot(0, &application, &QCoreApplication::quit);
    });
    QTimer::singleShot(30000, &application, [&] {
        std::fprintf(stderr, "no frame with %s within 30 s\n", empty ? "the window" : "an image");
        QCoreApplication::exit(1);
    });
    // As app/main.cpp does it: headers are read in the background while the window appears.
    if (!empty) {
        QObject::connect(&window, &app::MainWindow::opened, &application, [&] {
            LaunchClock::report("opened_ms", LaunchClock::msSinceLaunch());
            if (!viewport->hasImage()) {
                std::fprintf(stderr, "the viewport has no image after opening %s\n", qPrintable(folder));
                QCoreApplication::exit(1);
            }
        });
        window.openPathsInBackground({folder});
    }
    window.show();
    const int status = application.exec();
    LaunchClock::report("peak_rss_mb", LaunchClock::peakRssMb());
    return status;
}
