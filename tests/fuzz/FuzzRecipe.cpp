#include "FuzzRecipe.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace continuum::fuzz {

std::optional<FuzzRecipe> FuzzRecipe::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    FuzzRecipe recipe;
    recipe.fileName = path;
    recipe.name = object.value(QStringLiteral("name")).toString();
    recipe.source = object.value(QStringLiteral("source")).toString();
    for (const QJsonValue& more : object.value(QStringLiteral("moreSources")).toArray())
        recipe.moreSources << more.toString();
    recipe.sha256Hex = object.value(QStringLiteral("sha256")).toString().toLatin1();
    const QJsonObject expect = object.value(QStringLiteral("expect")).toObject();
    recipe.expectHeader = expect.value(QStringLiteral("header")).toString();
    recipe.expectDecode = expect.value(QStringLiteral("decode")).toString(QStringLiteral("any"));
    recipe.messageContains = expect.value(QStringLiteral("messageContains")).toString();
    recipe.recipeJson = QJsonDocument(object.value(QStringLiteral("build")).toArray()).toJson(QJsonDocument::Compact);
    if (recipe.name.isEmpty() || recipe.sha256Hex.isEmpty() || !object.value(QStringLiteral("build")).isArray()
        || (recipe.expectHeader != QLatin1String("ok") && recipe.expectHeader != QLatin1String("refused"))) {
        *error = QStringLiteral("%1: needs name, sha256, build and expect.header (ok|refused)").arg(path);
        return std::nullopt;
    }
    return recipe;
}

std::optional<QByteArray> FuzzRecipe::build(const QString& sharedRoot, QString* error) const
{
    QList<QByteArray> sourceBytes;
    for (const QString& path : QStringList{source} + moreSources) {
        if (path.isEmpty()) {
            sourceBytes << QByteArray();
            continue;
        }
        QFile file(QDir(sharedRoot).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: source %2 missing in the shared set (%3)").arg(name, path, sharedRoot);
            return std::nullopt;
        }
        sourceBytes << file.readAll();
    }
    QByteArray result;
    const QJsonArray steps = QJsonDocument::fromJson(recipeJson).array();
    for (const QJsonValue& value : steps) {
        const QJsonObject step = value.toObject();
        if (step.contains(QStringLiteral("copy"))) {
            const QJsonArray range = step.value(QStringLiteral("copy")).toArray();
            const qint64 offset = range.at(0).toInteger(-1);
            const qint64 length = range.at(1).toInteger(-1);
            const qint64 from = step.value(QStringLiteral("from")).toInteger(0);
            if (from < 0 || from >= sourceBytes.size()) {
                *error = QStringLiteral("%1: copy from source %2, the recipe names %3").arg(name).arg(from).arg(sourceBytes.size());
                return std::nullopt;
            }
            const QByteArray& bytes = sourceBytes.at(from);
            if (range.size() != 2 || offset < 0 || length < 0 || offset + length > bytes.size()) {
                *error = QStringLiteral("%1: copy [%2, %3] outside the %4-byte source").arg(name).arg(offset).arg(length).arg(bytes.size());
                return std::nullopt;
            }
            result.append(bytes.mid(offset, length));
        } else if (step.contains(QStringLiteral("hex"))) {
            const QByteArray hex = step.value(QStringLiteral("hex")).toString().toLatin1();
            if (hex.size() % 2 != 0) {
                *error = QStringLiteral("%1: odd hex literal").arg(name);
                return std::nullopt;
            }
            result.append(QByteArray::fromHex(hex));
        } else if (step.contains(QStringLiteral("fill"))) {
            const QJsonArray fill = step.value(QStringLiteral("fill")).toArray();
            const qint64 count = fill.at(0).toInteger(-1);
            const qint64 byte = fill.at(1).toInteger(-1);
            if (count < 0 || byte < 0 || byte > 255) {
                *error = QStringLiteral("%1: bad fill step").arg(name);
                return std::nullopt;
            }
            result.append(QByteArray(count, static_cast<char>(byte)));
        } else {
            *error = QStringLiteral("%1: unknown step %2").arg(name, QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact)));
            return std::nullopt;
        }
    }
    const QByteArray digest = QCryptographicHash::hash(result, QCryptographicHash::Sha256).toHex();
    if (digest != sha256Hex.toLower()) {
        *error = QStringLiteral("%1: built input has sha256 %2, the recipe expects %3 (did the source file change?)")
                     .arg(name, QString::fromLatin1(digest), QString::fromLatin1(sha256Hex));
        return std::nullopt;
    }
    return result;
}

} // namespace continuum::fuzz
