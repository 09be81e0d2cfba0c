#include "BodyRegionVocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

// The vocabulary file is compiled into continuum_oncology, a static library: register it
// explicitly or the linker drops the resource initialiser.
static void registerOncologyResources()
{
    Q_INIT_RESOURCE(continuum_oncology);
}

namespace continuum::oncology {

namespace {

void appendUnique(QStringList& list, const QString& value)
{
    if (!list.contains(value))
        list.append(value);
}

// In vocabulary order, so that results do not depend on the order of the words.
QStringList ordered(const QStringList& found, const QStringList& order)
{
    QStringList result;
    for (const QString& region : order)
        if (found.contains(region))
            result.append(region);
    return result;
}

} // namespace

BodyRegionVocabulary BodyRegionVocabulary::bundled()
{
    registerOncologyResources();
    QString error;
    auto vocabulary = fromFile(QStringLiteral(":/continuum/oncology/body-regions.json"), &error);
    // The bundled file is part of the build and tested; failing here is a build defect.
    Q_ASSERT_X(vocabulary, "BodyRegionVocabulary::bundled", qPrintable(error));
    return vocabulary ? std::move(*vocabulary) : BodyRegionVocabulary{};
}

std::optional<BodyRegionVocabulary> BodyRegionVocabulary::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

std::optional<BodyRegionVocabulary> BodyRegionVocabulary::fromJson(const QByteArray& json, const QString& sourceName, QString* error)
{
    auto fail = [&](const QString& what) -> std::optional<BodyRegionVocabulary> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(sourceName, what);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("continuum-body-regions"))
        return fail(QStringLiteral("format must be \"continuum-body-regions\""));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("version %1 is not supported (expected 1)").arg(root.value(QStringLiteral("version")).toInt()));
    BodyRegionVocabulary vocabulary;
    const QJsonArray regions = root.value(QStringLiteral("regions")).toArray();
    if (regions.isEmpty())
        return fail(QStringLiteral("\"regions\" must list at least one region"));
    for (int index = 0; index < regions.size(); ++index) {
        const QJsonObject entry = regions[index].toObject();
        const QString region = entry.value(QStringLiteral("region")).toString().trimmed().toLower();
        if (region.isEmpty())
            return fail(QStringLiteral("region %1 has no name").arg(index + 1));
        for (const QString& key : entry.keys())
            if (key != QLatin1String("region") && key != QLatin1String("bodyParts") && key != QLatin1String("words"))
                return fail(QStringLiteral("region \"%1\": unknown key \"%2\"").arg(region, key));
        appendUnique(vocabulary.m_regions, region);
        for (const QJsonValue& value : entry.value(QStringLiteral("bodyParts")).toArray())
            appendUnique(vocabulary.m_bodyParts[value.toString().trimmed().toUpper()], region);
        for (const QJsonValue& value : entry.value(QStringLiteral("words")).toArray())
            appendUnique(vocabulary.m_words[value.toString().trimmed().toLower()], region);
    }
    return vocabulary;
}

QStringList BodyRegionVocabulary::regionsOfBodyPart(const QString& bodyPartExamined) const
{
    const auto it = m_bodyParts.find(bodyPartExamined.trimmed().toUpper());
    return it == m_bodyParts.end() ? QStringList{} : ordered(it->second, m_regions);
}

QStringList BodyRegionVocabulary::regionsOfDescription(const QString& description) const
{
    static const QRegularExpression separators(QStringLiteral("[^\\w-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (const QString& word : description.toLower().split(separators, Qt::SkipEmptyParts)) {
        const auto it = m_words.find(word);
        if (it != m_words.end())
            for (const QString& region : it->second)
                appendUnique(found, region);
    }
    return ordered(found, m_regions);
}

} // namespace continuum::oncology
