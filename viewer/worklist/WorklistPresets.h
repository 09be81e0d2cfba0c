#pragma once
#include "WorklistFilter.h"

#include <QString>

#include <optional>
#include <vector>

namespace continuum::worklist {

struct WorklistPreset {
    QString name;
    WorklistFilter filter;
    bool bundled = false;   // from resources/worklist-presets.json (read-only)
};

// Named filters: the bundled ones (resources/worklist-presets.json, compiled in) followed by the
// user's (~/.config/continuum/worklist-presets.json, $XDG_CONFIG_HOME honoured). A user preset
// with a bundled preset's name replaces it in the list.
class WorklistPresets {
public:
    static QString bundledPath();
    static QString defaultUserPath();

    // Loads both files; a missing user file is no error. Returns the first problem found (the
    // presets that could be read are kept).
    std::optional<QString> load(const QString& userPath = defaultUserPath());

    const std::vector<WorklistPreset>& presets() const { return m_presets; }
    const WorklistPreset* find(const QString& name) const;
    QString userPath() const { return m_userPath; }

    // Adds or replaces a user preset and writes the user file. Returns the error on failure.
    std::optional<QString> saveUserPreset(const QString& name, const WorklistFilter& filter);
    std::optional<QString> removeUserPreset(const QString& name);

    static std::optional<std::vector<WorklistPreset>> parse(const QByteArray& json, const QString& source, bool bundled, QString* error);
    static QByteArray serialize(const std::vector<WorklistPreset>& presets);

private:
    std::optional<QString> writeUserFile() const;
    void rebuild();

    QString m_userPath;
    std::vector<WorklistPreset> m_bundled;
    std::vector<WorklistPreset> m_user;
    std::vector<WorklistPreset> m_presets;
};

} // namespace continuum::worklist
