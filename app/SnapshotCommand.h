#pragma once
#include "CommandLineOptions.h"

namespace continuum::app {
class StudyBrowser;
}

namespace continuum::app {

// `continuum --snapshot OUT.png ... PATH`: renders the series the main window would open (most
// images first, undecodable ones skipped) exactly as the viewport shows it, overlays included,
// and writes a PNG. Returns the process exit code and prints a one-line reason on failure.
// With `--layout auto` it renders instead the whole first stage of the best-matching hanging
// protocol (every viewport with its series, window, labels and the status line) and prints the
// protocol's id on stdout.
class SnapshotCommand {
public:
    static int run(const CommandLineOptions& options, const QStringList& paths);

private:
    static int runLayout(const CommandLineOptions& options, const StudyBrowser& browser);
};

} // namespace continuum::app
