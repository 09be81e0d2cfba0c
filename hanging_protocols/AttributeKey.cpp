#include "AttributeKey.h"

#include "DicomDictionary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace continuum::hanging_protocols {
namespace {

constexpr std::array<std::pair<DerivedAttribute, const char*>, 8> kDerivedNames{{
    {DerivedAttribute::ModalitiesInStudy, "modalitiesInStudy"},
    {DerivedAttribute::NumberOfSeries, "numberOfSeries"},
    {DerivedAttribute::NumberOfInstances, "numberOfInstances"},
    {DerivedAttribute::NumberOfFrames, "numberOfFrames"},
    {DerivedAttribute::MultiFrame, "multiFrame"},
    {DerivedAttribute::BodyPart, "bodyPart"},
    {DerivedAttribute::DaysBeforeCurrent, "daysBeforeCurrent"},
    {DerivedAttribute::Orientation, "orientation"},
}};

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::hanging_protocols::AttributeKey", text);
}

} // namespace

AttributeKey AttributeKey::fromTag(std::uint16_t group, std::uint16_t element)
{
    AttributeKey key;
    key.m_kind = Kind::Tag;
    key.m_tag = (std::uint32_t{group} << 16) | element;
    return key;
}

AttributeKey AttributeKey::fromDerived(DerivedAttribute attribute)
{
    AttributeKey key;
    key.m_kind = Kind::Derived;
    key.m_derived = attribute;
    return key;
}

std::optional<AttributeKey> AttributeKey::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    for (const auto& [attribute, name] : kDerivedNames) {
        if (trimmed == QLatin1String(name))
            return fromDerived(attribute);
    }
    static const QRegularExpression tagPattern(QStringLiteral("^\\(?([0-9A-Fa-f]{4}),?([0-9A-Fa-f]{4})\\)?$"));
    if (const QRegularExpressionMatch match = tagPattern.match(trimmed); match.hasMatch()) {
        return fromTag(static_cast<std::uint16_t>(match.captured(1).toUInt(nullptr, 16)),
                       static_cast<std::uint16_t>(match.captured(2).toUInt(nullptr, 16)));
    }
    if (const std::optional<std::uint32_t> tag = DicomDictionary::tagForKeyword(trimmed))
        return fromTag(static_cast<std::uint16_t>(*tag >> 16), static_cast<std::uint16_t>(*tag & 0xffff));
    if (error) {
        *error = tr("unknown attribute \"%1\": use a DICOM keyword (Modality), a tag ((0008,0060)) or a derived "
                    "attribute (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, "
                    "bodyPart, daysBeforeCurrent, orientation)")
                     .arg(trimmed);
    }
    return std::nullopt;
}

bool AttributeKey::isStudyLevelDerived() const
{
    return m_kind == Kind::Derived
        && (m_derived == DerivedAttribute::ModalitiesInStudy || m_derived == DerivedAttribute::NumberOfSeries
            || m_derived == DerivedAttribute::DaysBeforeCurrent);
}

QString AttributeKey::derivedName(DerivedAttribute attribute)
{
    for (const auto& [candidate, name] : kDerivedNames) {
        if (candidate == attribute)
            return QLatin1String(name);
    }
    return {};
}

QString AttributeKey::name() const
{
    if (m_kind == Kind::Derived)
        return derivedName(m_derived);
    const QString keyword = DicomDictionary::keywordForTag(m_tag);
    if (!keyword.isEmpty())
        return keyword;
    return QStringLiteral("(%1,%2)").arg(group(), 4, 16, QLatin1Char('0')).arg(element(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace continuum::hanging_protocols
