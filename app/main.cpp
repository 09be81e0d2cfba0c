#include "CatalogCommands.h"
#include "CommandLineOptions.h"
#include "DemoStudies.h"
#include "MainWindow.h"
#include "SnapshotCommand.h"

#include "dicom/PixelBuffer.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>

#include <cstdio>
#include <functional>
#include <cstdlib>

using namespace continuum;

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (app::CatalogCommands::isCatalogCommand(arguments)) {
        // Catalog verbs need no display.
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("continuum"));
        return app::CatalogCommands::run(arguments);
    }
    const app::CommandLineOptions options = app::CommandLineOptions::parse(arguments);
    if (options.helpRequested) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "continuum: %s\n", qPrintable(options.error));
        return 2;
    }
    // Qt aborts without a display; say why instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "continuum: no display: run it on a desktop or under xvfb-run\n");
        return 2;
    }

    dicom::PixelBuffer::tuneAllocatorForDecoding();
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("continuum"));
    QApplication::setApplicationDisplayName(QStringLiteral("Continuum"));
    QApplication::setApplicationVersion(QStringLiteral(CONTINUUM_VERSION));

    QStringList paths = options.paths;
    const QString demoFolder = options.demo ? app::DemoStudies::defaultFolder() : QString();
    if (options.demo)
        paths.prepend(demoFolder);
    if (!options.snapshotFile.isEmpty()) {
        if (options.demo) {
            if (const QString error = app::DemoStudies::ensure(demoFolder); !error.isEmpty()) {
                std::fprintf(stderr, "continuum: cannot create the demo studies in %s: %s\n", qPrintable(demoFolder), qPrintable(error));
                return 1;
            }
        }
        return app::SnapshotCommand::run(options, paths);
    }

    app::MainWindow window;
    // Headers are read (and the demo studies written, the first time) while the window appears
    // and OpenGL starts up.
    if (!paths.isEmpty()) {
        std::function<QString()> prepare;
        if (options.demo)
            prepare = [demoFolder] {
                const QString error = app::DemoStudies::ensure(demoFolder);
                return error.isEmpty() ? QString() : QStringLiteral("Cannot create the demo studies in %1: %2").arg(demoFolder, error);
            };
        window.openPathsInBackground(paths, prepare);
    }
    window.show();
    return application.exec();
}
