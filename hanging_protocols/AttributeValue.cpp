#include "AttributeValue.h"

namespace continuum::hanging_protocols {

AttributeValue AttributeValue::from(const std::optional<QString>& value)
{
    AttributeValue result;
    if (!value)
        return result;
    result.text = *value;
    result.present = !value->trimmed().isEmpty();
    if (!result.present)
        return result;
    for (const QString& part : value->split(QLatin1Char('\\'))) {
        const QString trimmed = part.trimmed();
        result.parts << trimmed;
        result.folded << trimmed.toCaseFolded();
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (ok)
            result.numbers.push_back(number);
    }
    return result;
}

} // namespace continuum::hanging_protocols
