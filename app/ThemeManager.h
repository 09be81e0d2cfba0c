#pragma once
#include <QString>

#include <optional>
#include <vector>

namespace continuum::app {

enum class Theme {
    System,            // the desktop's palette and style, as the application started
    DarkReadingRoom,   // dim greys, low glare beside images in a dark reading room
    HighContrast,      // black and white with yellow focus and selection
};

// Applies a theme to the whole application at once: QApplication palette and a small style
// sheet, both read from resources/themes (<key>.json: style and palette roles; <key>.qss).
// Use on the GUI thread after the QApplication exists.
class ThemeManager {
public:
    static std::vector<Theme> themes();
    static QString key(Theme theme);                              // as stored in the settings
    static std::optional<Theme> fromKey(const QString& key);      // nullopt for an unknown key
    static QString displayName(Theme theme);
    static QString description(Theme theme);

    // Error in words when the theme's files cannot be read (the application keeps its look).
    static std::optional<QString> apply(Theme theme);
    static Theme current();
};

} // namespace continuum::app
