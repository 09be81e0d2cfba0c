#include "WindowPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// The presets file is compiled into continuum_app_core, a static library: register it
// explicitly or the linker drops the resource initialiser.
static void registerBundledResources()
{
    Q_INIT_RESOURCE(continuum_resources);
}

namespace continuum::app {

WindowPresets WindowPresets::fromJson(const QByteArray& json, QString* error)
{
    WindowPresets result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return result;
    }
    const QJsonObject presets = document.object().value(QStringLiteral("presets")).toObject();
    for (auto it = presets.begin(); it != presets.end(); ++it) {
        std::vector<WindowPreset>& list = result.m_byModality[it.key()];
        for (const QJsonValue& value : it.value().toArray()) {
            const QJsonObject o = value.toObject();
            WindowPreset preset;
            preset.name = o.value(QStringLiteral("name")).toString();
            preset.key = o.value(QStringLiteral("key")).toInt(0);
            auto reject = [&](const QString& why) {
                if (error)
                    *error = QStringLiteral("preset \"%1\": %2").arg(preset.name, why);
            };
            if (preset.key < 0 || preset.key > 9) {
                reject(QStringLiteral("key must be 1-9"));
                continue;
            }
            if (preset.key != 0 && std::any_of(list.begin(), list.end(), [&](const WindowPreset& p) { return p.key == preset.key; })) {
                reject(QStringLiteral("key %1 is already bound for %2").arg(preset.key).arg(it.key()));
                continue;
            }
            if (o.contains(QStringLiteral("auto"))) {
                const QJsonObject a = o.value(QStringLiteral("auto")).toObject();
                const AutoWindow automatic{a.value(QStringLiteral("lowPercentile")).toDouble(-1.0),
                                           a.value(QStringLiteral("highPercentile")).toDouble(-1.0)};
                if (!(automatic.lowPercentile >= 0.0 && automatic.lowPercentile < automatic.highPercentile
                      && automatic.highPercentile <= 100.0)) {
                    reject(QStringLiteral("auto needs 0 <= lowPercentile < highPercentile <= 100"));
                    continue;
                }
                preset.automatic = automatic;
            } else {
                preset.width = o.value(QStringLiteral("width")).toDouble(-1.0);
                preset.center = o.value(QStringLiteral("center")).toDouble();
                if (preset.width <= 0.0 || !o.contains(QStringLiteral("center"))) {
                    reject(QStringLiteral("needs a positive width and a center"));
                    continue;
                }
            }
            list.push_back(preset);
        }
    }
    return result;
}

const WindowPresets& WindowPresets::bundled()
{
    static const WindowPresets presets = [] {
        registerBundledResources();
        QFile file(QStringLiteral(":/continuum/window-presets.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : WindowPresets{};
    }();
    return presets;
}

std::vector<WindowPreset> WindowPresets::forModality(const QString& modality) const
{
    const auto it = m_byModality.find(modality);
    return it == m_byModality.end() ? std::vector<WindowPreset>{} : it->second;
}

std::optional<WindowPreset> WindowPresets::forKey(const QString& modality, int key) const
{
    const auto it = m_byModality.find(modality);
    if (it == m_byModality.end() || key < 1 || key > 9)
        return std::nullopt;
    for (const WindowPreset& preset : it->second)
        if (preset.key == key)
            return preset;
    return std::nullopt;
}

} // namespace continuum::app
