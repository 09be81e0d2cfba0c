#include "WorklistPresets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

// The bundled presets are compiled into a static library: register the resource explicitly or the
// linker drops its initialiser.
static void registerWorklistResources()
{
    Q_INIT_RESOURCE(continuum_worklist);
}

namespace continuum::worklist {
namespace {

const QString kFormat = QStringLiteral("continuum-worklist-presets");

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::worklist", text);
}

} // namespace

QString WorklistPresets::bundledPath()
{
    registerWorklistResources();
    return QStringLiteral(":/continuum/worklist/worklist-presets.json");
}

QString WorklistPresets::defaultUserPath()
{
    // XDG base directory rule: $XDG_CONFIG_HOME when set and absolute, else ~/.config.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/continuum/worklist-presets.json");
}

std::optional<std::vector<WorklistPreset>> WorklistPresets::parse(const QByteArray& json, const QString& source, bool bundled, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<std::vector<WorklistPreset>> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(source, message);
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("not a worklist preset file (\"format\" must be \"%1\")").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("unsupported version %1").arg(root.value(QStringLiteral("version")).toInt()));
    std::vector<WorklistPreset> presets;
    for (const QJsonValue& value : root.value(QStringLiteral("presets")).toArray()) {
        const QJsonObject object = value.toObject();
        WorklistPreset preset;
        preset.name = object.value(QStringLiteral("name")).toString().trimmed();
        preset.bundled = bundled;
        if (preset.name.isEmpty())
            return fail(tr("a preset has no name"));
        QString filterError;
        auto filter = WorklistFilter::fromJson(object.value(QStringLiteral("filter")).toObject(), &filterError);
        if (!filter)
            return fail(tr("preset \"%1\": %2").arg(preset.name, filterError));
        preset.filter = std::move(*filter);
        presets.push_back(std::move(preset));
    }
    return presets;
}

QByteArray WorklistPresets::serialize(const std::vector<WorklistPreset>& presets)
{
    QJsonArray array;
    for (const WorklistPreset& preset : presets)
        array.append(QJsonObject{{QStringLiteral("name"), preset.name}, {QStringLiteral("filter"), preset.filter.toJson()}});
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("presets"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QString> WorklistPresets::load(const QString& userPath)
{
    m_userPath = userPath;
    m_bundled.clear();
    m_user.clear();
    std::optional<QString> problem;
    QFile bundledFile(bundledPath());
    QString error;
    if (!bundledFile.open(QIODevice::ReadOnly))
        problem = tr("the bundled worklist presets are missing");
    else if (auto bundled = parse(bundledFile.readAll(), bundledPath(), true, &error))
        m_bundled = std::move(*bundled);
    else
        problem = error;
    QFile userFile(userPath);
    if (userFile.exists()) {
        if (!userFile.open(QIODevice::ReadOnly))
            problem = problem.value_or(QStringLiteral("%1: %2").arg(userPath, userFile.errorString()));
        else if (auto user = parse(userFile.readAll(), userPath, false, &error))
            m_user = std::move(*user);
        else
            problem = problem.value_or(error);
    }
    rebuild();
    return problem;
}

void WorklistPresets::rebuild()
{
    m_presets.clear();
    for (const WorklistPreset& preset : m_bundled) {
        const bool replaced = std::any_of(m_user.begin(), m_user.end(), [&](const WorklistPreset& user) { return user.name == preset.name; });
        if (!replaced)
            m_presets.push_back(preset);
    }
    m_presets.insert(m_presets.end(), m_user.begin(), m_user.end());
}

const WorklistPreset* WorklistPresets::find(const QString& name) const
{
    const auto it = std::find_if(m_presets.begin(), m_presets.end(), [&](const WorklistPreset& preset) { return preset.name == name; });
    return it == m_presets.end() ? nullptr : &*it;
}

std::optional<QString> WorklistPresets::saveUserPreset(const QString& name, const WorklistFilter& filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A preset needs a name.");
    const auto it = std::find_if(m_user.begin(), m_user.end(), [&](const WorklistPreset& preset) { return preset.name == trimmed; });
    if (it != m_user.end())
        it->filter = filter;
    else
        m_user.push_back(WorklistPreset{trimmed, filter, false});
    rebuild();
    return writeUserFile();
}

std::optional<QString> WorklistPresets::removeUserPreset(const QString& name)
{
    const auto removed = std::erase_if(m_user, [&](const WorklistPreset& preset) { return preset.name == name; });
    if (removed == 0)
        return tr("\"%1\" is not one of your presets.").arg(name);
    rebuild();
    return writeUserFile();
}

std::optional<QString> WorklistPresets::writeUserFile() const
{
    if (m_userPath.isEmpty())
        return tr("No file for user presets.");
    if (!QDir().mkpath(QFileInfo(m_userPath).absolutePath()))
        return tr("Cannot create the folder %1.").arg(QFileInfo(m_userPath).absolutePath());
    QSaveFile file(m_userPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(m_user)) < 0 || !file.commit())
        return tr("Cannot write %1: %2").arg(m_userPath, file.errorString());
    return std::nullopt;
}

} // namespace continuum::worklist
