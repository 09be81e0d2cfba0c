#pragma once
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace continuum::app {

// A window computed from the frame: from the value at lowPercentile to the one at
// highPercentile of its modality values (padding excluded). For MR, whose values have no
// absolute meaning, so no fixed window fits every scan.
struct AutoWindow {
    double lowPercentile = 1.0;
    double highPercentile = 99.0;
};

struct WindowPreset {
    QString name;
    double width = 0.0;     // fixed presets
    double center = 0.0;
    int key = 0;            // number key 1-9 bound to it for its modality; 0 = none
    std::optional<AutoWindow> automatic;   // set: width/center come from the frame
};

// Window/level presets per modality, and their number keys, read from
// resources/window-presets.json (data, not code).
class WindowPresets {
public:
    // Parses the JSON document; on a malformed file returns no presets and sets `error`.
    // Invalid presets (no positive width, bad percentiles, a key outside 1-9 or used twice in
    // one modality) are skipped with `error` set.
    static WindowPresets fromJson(const QByteArray& json, QString* error = nullptr);
    static const WindowPresets& bundled();   // the copy compiled into the executable

    std::vector<WindowPreset> forModality(const QString& modality) const;
    // The preset bound to number key `key` (1-9) for `modality`.
    std::optional<WindowPreset> forKey(const QString& modality, int key) const;

private:
    std::map<QString, std::vector<WindowPreset>> m_byModality;
};

} // namespace continuum::app
