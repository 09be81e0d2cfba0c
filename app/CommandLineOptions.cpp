#include "CommandLineOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace continuum::app {

CommandLineOptions CommandLineOptions::parse(const QStringList& arguments)
{
    CommandLineOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Continuum diagnostic DICOM viewer.\nVerbs: continuum import PATH... [--copy] [--catalog FILE]; continuum studies [--patient TEXT] [--json]; "
                                                     "continuum verify; continuum protocol match|export|import ...; continuum pacs echo|find|retrieve|send ...; "
                                                     "continuum open --patient-id ID [--issuer X] [--accession N | --study-uid UID]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo studies (generated on first use, DEMO^ patients only)."));
    const QCommandLineOption catalogFile(QStringLiteral("catalog"), QStringLiteral("Study catalog database file to browse (default: $CONTINUUM_CATALOG or the user's data folder; with --demo, the demo's own catalog)."), QStringLiteral("FILE"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QStringLiteral("Render the series with the most images to a PNG, as the viewport shows it, and exit (needs X or Xvfb)."), QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Snapshot size (default 800x800)."), QStringLiteral("WxH"));
    const QCommandLineOption slice(QStringLiteral("slice"), QStringLiteral("Snapshot slice or frame, 1-based (default: middle slice)."), QStringLiteral("N"));
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("Snapshot window width in modality units (HU for CT)."), QStringLiteral("W"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("Snapshot window level (centre) in modality units."), QStringLiteral("L"));
    const QCommandLineOption layout(QStringLiteral("layout"), QStringLiteral("Snapshot layout: \"auto\" renders the first stage of the best-matching hanging protocol (all viewports) and prints its id."), QStringLiteral("auto"));
    const QCommandLineOption resetSettings(QStringLiteral("reset-settings"), QStringLiteral("Remove the stored settings (those of File > Settings; the PACS nodes file stays) and exit."));
    parser.addOptions({help, version, resetSettings, demo, catalogFile, snapshot, size, slice, window, level, layout});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("DICOM files or folders (searched recursively)."), QStringLiteral("[PATH...]"));
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested = parser.isSet(help);
    options.versionRequested = parser.isSet(version);
    options.resetSettings = parser.isSet(resetSettings);
    options.demo = parser.isSet(demo);
    options.catalogFile = parser.value(catalogFile);
    options.paths = parser.positionalArguments();
    options.snapshotFile = parser.value(snapshot);
    options.layout = parser.value(layout);
    if (parser.isSet(layout) && (options.layout != QLatin1String("auto") || options.snapshotFile.isEmpty()))
        options.error = QStringLiteral("--layout takes \"auto\" and needs --snapshot (got --layout \"%1\")").arg(options.layout);
    auto number = [&](const QCommandLineOption& option, const char* name) -> std::optional<double> {
        if (!parser.isSet(option))
            return std::nullopt;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok && options.error.isEmpty())
            options.error = QStringLiteral("--%1 needs a number, got \"%2\"").arg(QLatin1String(name), parser.value(option));
        return ok ? std::optional<double>(value) : std::nullopt;
    };
    options.window = number(window, "window");
    options.level = number(level, "level");
    if (const auto n = number(slice, "slice")) {
        if (*n < 1 || *n != static_cast<int>(*n))
            options.error = QStringLiteral("--slice needs a whole number from 1, got \"%1\"").arg(parser.value(slice));
        else
            options.slice = static_cast<int>(*n);
    }
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!match.hasMatch() || match.captured(1).toInt() < 16 || match.captured(2).toInt() < 16 || match.captured(1).toInt() > 8192 || match.captured(2).toInt() > 8192)
            options.error = QStringLiteral("--size needs WxH between 16 and 8192, got \"%1\"").arg(parser.value(size));
        else
            options.snapshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (options.window.has_value() != options.level.has_value() && options.error.isEmpty())
        options.error = QStringLiteral("--window and --level go together");
    if (options.window && *options.window < 1.0 && options.error.isEmpty())
        options.error = QStringLiteral("--window must be at least 1");
    const bool snapshotOnly = parser.isSet(size) || parser.isSet(slice) || parser.isSet(window) || parser.isSet(level);
    if (snapshotOnly && options.snapshotFile.isEmpty() && options.error.isEmpty())
        options.error = QStringLiteral("--size, --slice, --window and --level only apply with --snapshot");
    if (!options.snapshotFile.isEmpty() && options.paths.isEmpty() && !options.demo && options.error.isEmpty())
        options.error = QStringLiteral("--snapshot needs a PATH (or --demo)");
    return options;
}

} // namespace continuum::app
