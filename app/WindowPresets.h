#pragma once
#include <QString>

#include <map>
#include <vector>

namespace continuum::app {

struct WindowPreset {
    QString name;
    double width = 0.0;
    double center = 0.0;
};

// Window/level presets per modality, read from resources/window-presets.json (data, not code).
class WindowPresets {
public:
    // Parses the JSON document; on a malformed file returns no presets and sets `error`.
    static WindowPresets fromJson(const QByteArray& json, QString* error = nullptr);
    static const WindowPresets& bundled();   // the copy compiled into the executable

    std::vector<WindowPreset> forModality(const QString& modality) const;

private:
    std::map<QString, std::vector<WindowPreset>> m_byModality;
};

} // namespace continuum::app
