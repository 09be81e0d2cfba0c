#pragma once
#include <QSize>
#include <QStringList>

#include <optional>

namespace continuum::app {

// What `continuum` was asked to do. Parsed before any window exists, so errors in the
// arguments are reported without needing a display.
struct CommandLineOptions {
    QStringList paths;
    bool demo = false;
    QString catalogFile;           // --catalog FILE (empty: $CONTINUUM_CATALOG or the user's data folder; the demo's own with --demo)
    QString snapshotFile;          // --snapshot OUT.png
    QSize snapshotSize{800, 800};  // --size WxH
    std::optional<int> slice;      // --slice N (1-based, as the overlay counts)
    std::optional<double> window;  // --window W
    std::optional<double> level;   // --level L
    QString layout;                // --layout auto: the whole first stage of the best hanging protocol
    QString error;                 // one line; set when the arguments are unusable
    bool helpRequested = false;
    bool versionRequested = false;  // --version: print the project version and exit
    bool resetSettings = false;     // --reset-settings: remove the stored settings and exit
    QString helpText;

    static CommandLineOptions parse(const QStringList& arguments);
};

} // namespace continuum::app
