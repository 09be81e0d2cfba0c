#include "HangingProtocolIodMapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace continuum::hanging_protocols {

HangingProtocolIodMapping::HangingProtocolIodMapping()
{
    QFile file(QStringLiteral(":/continuum/hanging-protocols/hanging-protocol-iod.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the compiled-in hanging-protocol-iod.json is missing");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue& v : root.value(QStringLiteral("voiTypes")).toArray()) {
        const QJsonObject o = v.toObject();
        m_voiTypes.emplace_back(o.value(QStringLiteral("voiType")).toString(), o.value(QStringLiteral("preset")).toString());
    }
    for (const QJsonValue& v : root.value(QStringLiteral("anatomicRegions")).toArray()) {
        const QJsonObject o = v.toObject();
        AnatomicRegion region{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("scheme")).toString(),
                              o.value(QStringLiteral("meaning")).toString(), {}};
        for (const QJsonValue& part : o.value(QStringLiteral("bodyParts")).toArray())
            region.bodyParts << part.toString();
        m_regions.push_back(std::move(region));
    }
    m_unrestricted = root.value(QStringLiteral("unrestrictedModalities")).toObject();
    m_importWeights = root.value(QStringLiteral("importWeights")).toObject();
    m_reformatting = root.value(QStringLiteral("reformatting")).toObject();
    for (const QJsonValue& v : root.value(QStringLiteral("derivedAttributes")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto derived = AttributeKey::parse(o.value(QStringLiteral("derived")).toString());
        const auto keyword = AttributeKey::parse(o.value(QStringLiteral("keyword")).toString());
        if (derived && keyword && !derived->isTag() && keyword->isTag())
            m_derived.emplace_back(derived->derived(), keyword->tag());
    }
}

const HangingProtocolIodMapping& HangingProtocolIodMapping::instance()
{
    static const HangingProtocolIodMapping mapping;
    return mapping;
}

std::optional<QString> HangingProtocolIodMapping::voiTypeForPreset(const QString& preset) const
{
    for (const auto& [voiType, name] : m_voiTypes) {
        if (name.compare(preset, Qt::CaseInsensitive) == 0)
            return voiType;
    }
    return std::nullopt;
}

std::optional<QString> HangingProtocolIodMapping::presetForVoiType(const QString& voiType) const
{
    for (const auto& [type, name] : m_voiTypes) {
        if (type == voiType.trimmed())
            return name;
    }
    return std::nullopt;
}

const HangingProtocolIodMapping::AnatomicRegion* HangingProtocolIodMapping::regionForBodyPart(const QString& bodyPart) const
{
    for (const AnatomicRegion& region : m_regions) {
        if (region.bodyParts.contains(bodyPart.trimmed(), Qt::CaseInsensitive))
            return &region;
    }
    return nullptr;
}

const HangingProtocolIodMapping::AnatomicRegion* HangingProtocolIodMapping::regionForCode(const QString& scheme, const QString& code) const
{
    // SRT is the former designator of SNOMED codes; both name the same concepts here.
    const auto sameScheme = [](const QString& a, const QString& b) {
        const auto norm = [](QString s) { s = s.trimmed().toUpper(); return s == QLatin1String("SRT") || s == QLatin1String("SNM3") ? QStringLiteral("SCT") : s; };
        return norm(a) == norm(b);
    };
    for (const AnatomicRegion& region : m_regions) {
        if (region.code == code.trimmed() && sameScheme(region.scheme, scheme))
            return &region;
    }
    return nullptr;
}

std::optional<std::uint32_t> HangingProtocolIodMapping::selectorTag(const AttributeKey& key) const
{
    if (key.isTag())
        return key.tag();
    const auto it = std::find_if(m_derived.begin(), m_derived.end(), [&](const auto& entry) { return entry.first == key.derived(); });
    if (it == m_derived.end())
        return std::nullopt;
    return it->second;
}

QStringList HangingProtocolIodMapping::unrestrictedModalities(Department department) const
{
    QStringList modalities;
    for (const QJsonValue& v : m_unrestricted.value(enumName(department)).toArray())
        modalities << v.toString();
    return modalities;
}

double HangingProtocolIodMapping::importWeight(const QString& what) const
{
    return m_importWeights.value(what).toDouble(1.0);
}

} // namespace continuum::hanging_protocols
