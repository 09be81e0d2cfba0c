#pragma once
#include "CommandLineOptions.h"

namespace continuum::app {

// `continuum --snapshot OUT.png ... PATH`: renders the series the main window would open (most
// images first, undecodable ones skipped) exactly as the viewport shows it, overlays included,
// and writes a PNG. Returns the process exit code and prints a one-line reason on failure.
class SnapshotCommand {
public:
    static int run(const CommandLineOptions& options, const QStringList& paths);
};

} // namespace continuum::app
