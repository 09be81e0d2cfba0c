#include "AppSettings.h"
#include "AuditCommands.h"
#include "CatalogCommands.h"
#include "ExportCommands.h"
#include "PacsCommands.h"
#include "CommandLineOptions.h"
#include "DemoStudies.h"
#include "LaunchContext.h"
#include "MainWindow.h"
#include "ProtocolCommands.h"
#include "SingleInstanceChannel.h"
#include "SnapshotCommand.h"
#include "StoreCommands.h"
#include "ThemeManager.h"
#include "TranslationLoader.h"

#include "dicom/PixelBuffer.h"
#include "memory/MemoryBudget.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>

#include <cstdio>
#include <functional>
#include <optional>
#include <cstdlib>

using namespace continuum;

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (app::PacsCommands::isPacsCommand(arguments)) {
        // Remote node verbs need no display either.
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("continuum"));
        return app::PacsCommands::run(arguments);
    }
    if (app::ExportCommands::isExportCommand(arguments)) {
        // Export to a folder or media needs no display either.
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("continuum"));
        return app::ExportCommands::run(arguments);
    }
    if (app::CatalogCommands::isCatalogCommand(arguments)) {
        // Catalog verbs need no display.
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("continuum"));
        return app::CatalogCommands::run(arguments);
    }
    if (app::StoreCommands::isStoreCommand(arguments) || app::AuditCommands::isAuditCommand(arguments)) {
        // The managed store and the audit trail from the command line: no display either.
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("continuum"));
        return app::StoreCommands::isStoreCommand(arguments) ? app::StoreCommands::run(arguments) : app::AuditCommands::run(arguments);
    }
    if (app::ProtocolCommands::isProtocolCommand(arguments)) {
        // `protocol match` reads headers only: no display either.
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("continuum"));
        return app::ProtocolCommands::run(arguments);
    }
    std::optional<app::OpenCommandLine> launch;
    if (app::OpenCommandLine::isOpenCommand(arguments)) {
        launch = app::OpenCommandLine::parse(arguments);
        if (launch->helpRequested) {
            std::fputs(qPrintable(launch->helpText), stdout);
            return 0;
        }
        if (!launch->error.isEmpty()) {
            std::fprintf(stderr, "continuum open: %s\n", qPrintable(launch->error));
            return 2;
        }
        // The rest of the start-up is the window's, on the launch's catalog.
        arguments = QStringList{arguments.front()};
        if (!launch->catalogFile.isEmpty())
            arguments << QStringLiteral("--catalog") << launch->catalogFile;
    }
    const app::CommandLineOptions options = app::CommandLineOptions::parse(arguments);
    if (options.helpRequested) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("continuum %s\n", CONTINUUM_VERSION);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "continuum: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.resetSettings) {
        const QString file = app::AppSettings::resetAll();
        std::printf("continuum: settings reset (%s cleared)\n", qPrintable(file));
        return 0;
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
    QApplication::setOrganizationName(QStringLiteral("continuum"));   // QSettings: ~/.config/continuum/continuum.conf
    QApplication::setApplicationDisplayName(QStringLiteral("Continuum"));
    QApplication::setApplicationVersion(QStringLiteral(CONTINUUM_VERSION));
    // The settings dialog's language and theme, before any window exists.
    const app::AppSettings settings;
    app::TranslationLoader::install(application, settings.language());
    // Decoded images, cine frames and MPR volumes share this budget (docs/memory.md).
    memory::MemoryBudget::instance().setBudgetBytes(memory::MemoryBudget::budgetBytesForSetting(settings.memoryBudgetMiB()));
    if (const auto theme = app::ThemeManager::fromKey(settings.themeKey()); theme && *theme != app::Theme::System) {
        if (const auto error = app::ThemeManager::apply(*theme))
            std::fprintf(stderr, "continuum: %s\n", qPrintable(*error));
    }
    // The catalog chosen in the settings, unless --catalog or $CONTINUUM_CATALOG says otherwise.
    const QString catalogOption = options.catalogFile.isEmpty() && qEnvironmentVariableIsEmpty("CONTINUUM_CATALOG") ? settings.catalogLocation()
                                                                                                                   : options.catalogFile;

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

    // One window per user and catalog: a launch in context goes to the running one if there is.
    const QString catalogPath = options.demo && options.catalogFile.isEmpty() ? app::DemoStudies::catalogPath(demoFolder)
                                                                               : app::CatalogCommands::catalogPath(catalogOption);
    const QString channelName = app::SingleInstanceChannel::serverNameFor(catalogPath);
    if (launch) {
        QString error;
        if (app::SingleInstanceChannel::deliver(channelName, launch->context.toJson(), 2000, &error)) {
            std::fprintf(stdout, "continuum open: handed to the running viewer\n");
            return 0;
        }
    }
    app::SingleInstanceChannel channel(channelName);
    app::MainWindow window;
    if (channel.listen()) {
        QObject::connect(&channel, &app::SingleInstanceChannel::messageReceived, &window, [&window](const QByteArray& message) {
            QString error;
            if (const auto context = app::LaunchContext::fromJson(message, &error))
                window.openPatientContext(*context);
        });
    }
    if (launch)
        window.openPatientContext(launch->context);
    // Headers are read (and the demo studies written, the first time) while the window appears
    // and OpenGL starts up.
    if (!paths.isEmpty()) {
        std::function<QString()> prepare;
        if (options.demo)
            prepare = [demoFolder] {
                const QString error = app::DemoStudies::ensure(demoFolder);
                return error.isEmpty() ? QString() : QCoreApplication::translate("main", "Cannot create the demo studies in %1: %2").arg(demoFolder, error);
            };
        window.openPathsInBackground(paths, prepare);
    }
    // The catalog opens on a worker thread as well. The demo's own catalog is filled by the
    // preparation above, so it opens once the demo has been read.
    if (options.demo && options.catalogFile.isEmpty()) {
        const QString demoCatalog = app::DemoStudies::catalogPath(demoFolder);
        QObject::connect(&window, &app::MainWindow::opened, &window, [&window, demoCatalog] { window.openCatalogInBackground(demoCatalog); },
                         Qt::SingleShotConnection);
    } else {
        window.openCatalogInBackground(app::CatalogCommands::catalogPath(catalogOption));
    }
    if (paths.isEmpty() && !launch)
        window.showStudyList();
    window.show();
    return application.exec();
}
