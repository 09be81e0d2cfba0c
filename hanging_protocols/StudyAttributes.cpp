#include "StudyAttributes.h"

#include <QStringList>

namespace continuum::hanging_protocols {

std::optional<QString> StudyAttributes::unionOverSeries(const AttributeKey& key) const
{
    QStringList values;
    bool any = false;
    for (int i = 0; i < seriesCount(); ++i) {
        const std::optional<QString> value = series(i).value(key);
        if (!value)
            continue;
        any = true;
        for (const QString& part : value->split(QLatin1Char('\\'))) {
            if (!values.contains(part))
                values.append(part);
        }
    }
    if (!any)
        return std::nullopt;
    return values.join(QLatin1Char('\\'));
}

std::optional<QString> StudyAttributes::value(const AttributeKey& key) const
{
    if (key.kind() == AttributeKey::Kind::Derived) {
        switch (key.derived()) {
        case DerivedAttribute::ModalitiesInStudy:
            return unionOverSeries(AttributeKey::fromTag(0x0008, 0x0060));
        case DerivedAttribute::NumberOfSeries:
            return QString::number(seriesCount());
        case DerivedAttribute::NumberOfInstances: {
            long long total = 0;
            for (int i = 0; i < seriesCount(); ++i)
                total += series(i).value(key).value_or(QString()).toLongLong();
            return QString::number(total);
        }
        case DerivedAttribute::DaysBeforeCurrent:
            return std::nullopt;   // relative to the current study: the matcher knows it
        case DerivedAttribute::NumberOfFrames:
        case DerivedAttribute::MultiFrame:
        case DerivedAttribute::BodyPart:
        case DerivedAttribute::Orientation:
            break;
        }
    }
    return unionOverSeries(key);
}

} // namespace continuum::hanging_protocols
