#include "WindowPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        for (const QJsonValue& value : it.value().toArray()) {
            const QJsonObject o = value.toObject();
            const double width = o.value(QStringLiteral("width")).toDouble(-1.0);
            if (width <= 0.0 || !o.contains(QStringLiteral("center"))) {
                if (error)
                    *error = QStringLiteral("preset \"%1\" needs a positive width and a center").arg(o.value(QStringLiteral("name")).toString());
                continue;
            }
            result.m_byModality[it.key()].push_back(
                WindowPreset{o.value(QStringLiteral("name")).toString(), width, o.value(QStringLiteral("center")).toDouble()});
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

} // namespace continuum::app
