#pragma once
#include <QString>

namespace continuum::app {

// The demo studies live in their own folder, apart from any patient data: generated once by
// `continuum --demo` and reused. Every demo patient is named DEMO^... and carries the demo
// marker, so nothing downstream can mistake it for a real patient.
class DemoStudies {
public:
    static QString defaultFolder();   // $XDG_DATA_HOME/continuum/demo (or CONTINUUM_DEMO_DIR)
    // The demo's own catalog, beside its folder ("demo" -> "demo-catalog.sqlite"), never the
    // user's catalog.
    static QString catalogPath(const QString& folder);
    // Generates the demo studies into `folder` and indexes them into the demo catalog unless
    // that was done before. Returns an error message, empty on success.
    static QString ensure(const QString& folder);
};

} // namespace continuum::app
