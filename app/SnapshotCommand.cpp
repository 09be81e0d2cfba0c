#include "SnapshotCommand.h"
#include "CommandLineOutput.h"

#include "ProtocolLayoutController.h"
#include "ProtocolLayoutView.h"
#include "SeriesViewController.h"
#include "StudyBrowser.h"

#include "dicom/ImageSeries.h"
#include "render/SliceViewport.h"

#include <QApplication>
#include <QEventLoop>
#include <QImage>

#include <cstdio>

namespace continuum::app {

namespace {
} // namespace

int SnapshotCommand::runLayout(const CommandLineOptions& options, const StudyBrowser& browser)
{
    if (options.slice || options.window)
        return CommandLineOutput::fail(QStringLiteral("--slice, --window and --level do not apply with --layout auto: the protocol chooses"));
    QStringList problems;
    std::vector<hanging_protocols::Protocol> protocols = ProtocolLayoutController::loadProtocols(&problems);
    for (const QString& problem : problems)
        std::fprintf(stderr, "continuum: warning: protocol not loaded: %s\n", qPrintable(problem));
    if (protocols.empty())
        return CommandLineOutput::fail(QStringLiteral("no hanging protocol could be loaded"));
    ProtocolLayoutController controller(std::move(protocols));
    if (!controller.setSeries(browser.series()))
        return CommandLineOutput::fail(QStringLiteral("no hanging protocol matches these studies"));

    ProtocolLayoutView view(&controller);
    view.resize(options.snapshotSize);
    QEventLoop loop;
    QObject::connect(&view, &ProtocolLayoutView::stageShown, &loop, &QEventLoop::quit);
    view.show();
    // Every viewport's series is read on worker threads; the snapshot waits for all of them.
    if (view.isLoading())
        loop.exec();
    QApplication::processEvents();
    QImage image = view.grabLayout();
    if (image.isNull())
        return CommandLineOutput::fail(QStringLiteral("rendering failed (no OpenGL context?)"));
    if (image.size() != options.snapshotSize)
        return CommandLineOutput::fail(QStringLiteral("the window manager did not allow a %1x%2 window").arg(options.snapshotSize.width()).arg(options.snapshotSize.height()));
    if (!image.save(options.snapshotFile, "PNG"))
        return CommandLineOutput::fail(QStringLiteral("cannot write %1").arg(options.snapshotFile));
    std::printf("%s\n", qPrintable(controller.stage().protocolId));
    return 0;
}

int SnapshotCommand::run(const CommandLineOptions& options, const QStringList& paths)
{
    StudyBrowser browser;
    browser.open(paths);
    if (browser.series().empty()) {
        if (!browser.problems().empty())
            return CommandLineOutput::fail(QStringLiteral("no image to show; %1: %2")
                            .arg(QString::fromStdString(browser.problems().front().filePath), browser.problems().front().message));
        return CommandLineOutput::fail(QStringLiteral("no DICOM image found in %1").arg(paths.join(QStringLiteral(", "))));
    }
    if (options.layout == QLatin1String("auto"))
        return runLayout(options, browser);
    // The same series the main window would open: most images first, skipping undecodable ones.
    render::SliceViewport viewport;
    viewport.resize(options.snapshotSize);
    SeriesViewController controller(&viewport);
    QString decodeError;
    QObject::connect(&controller, &SeriesViewController::decodeFailed, [&decodeError](const QString& m) { decodeError = m; });
    bool shown = false;
    for (int index : browser.seriesByPreference()) {
        auto created = dicom::ImageSeries::create(browser.series()[static_cast<std::size_t>(index)]);
        if (!created) {
            decodeError = created.error().message;
            continue;
        }
        std::shared_ptr<dicom::ImageSeries> series(std::move(created.value()));
        if (options.slice && *options.slice > series->frameCount())
            return CommandLineOutput::fail(QStringLiteral("--slice %1 is out of range: the series has %2").arg(*options.slice).arg(series->frameCount()));
        decodeError.clear();
        controller.setSeries(series, options.slice ? *options.slice - 1 : -1);
        if (decodeError.isEmpty()) {
            shown = true;
            break;
        }
    }
    if (!shown)
        return CommandLineOutput::fail(decodeError);
    if (options.window && options.level)
        controller.setWindow(*options.window, *options.level);
    viewport.show();
    QApplication::processEvents();
    viewport.fitToWindow();
    const QImage image = viewport.grabImage();
    if (image.isNull())
        return CommandLineOutput::fail(QStringLiteral("rendering failed (no OpenGL context?)"));
    if (!image.save(options.snapshotFile, "PNG"))
        return CommandLineOutput::fail(QStringLiteral("cannot write %1").arg(options.snapshotFile));
    return 0;
}

} // namespace continuum::app
