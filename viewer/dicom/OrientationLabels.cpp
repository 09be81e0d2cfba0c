#include "OrientationLabels.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace continuum::dicom {

namespace {

QChar oppositeLetter(QChar letter)
{
    switch (letter.unicode()) {
    case u'L': return u'R';
    case u'R': return u'L';
    case u'A': return u'P';
    case u'P': return u'A';
    case u'H': return u'F';
    case u'F': return u'H';
    default: return {};
    }
}

QString opposite(const QString& letters)
{
    QString result;
    result.reserve(letters.size());
    for (const QChar c : letters)
        result.append(oppositeLetter(c));
    return result;
}

} // namespace

QString OrientationLabels::lettersFor(const Vector3& direction)
{
    const Vector3 unit = direction.normalized();
    struct Component {
        double magnitude;
        QChar letter;
    };
    // LPS: +x toward the patient's left, +y posterior, +z head.
    std::array<Component, 3> components{{
        {std::abs(unit.x), unit.x >= 0 ? QChar(u'L') : QChar(u'R')},
        {std::abs(unit.y), unit.y >= 0 ? QChar(u'P') : QChar(u'A')},
        {std::abs(unit.z), unit.z >= 0 ? QChar(u'H') : QChar(u'F')},
    }};
    std::stable_sort(components.begin(), components.end(), [](const Component& a, const Component& b) { return a.magnitude > b.magnitude; });
    QString letters;
    for (std::size_t i = 0; i < components.size(); ++i) {
        const Component& c = components[i];
        if (c.magnitude <= 0.0)
            break;
        if (i > 0 && c.magnitude < kLetterThreshold)
            break;
        letters.append(c.letter);
    }
    return letters;
}

EdgeLabels OrientationLabels::fromDirections(const Vector3& rowDirection, const Vector3& columnDirection)
{
    const QString right = lettersFor(rowDirection);
    const QString bottom = lettersFor(columnDirection);
    return {opposite(right), right, opposite(bottom), bottom};
}

std::optional<EdgeLabels> OrientationLabels::fromPatientOrientation(std::string_view value)
{
    while (!value.empty() && (value.back() == ' ' || value.back() == '\0'))
        value.remove_suffix(1);
    const std::size_t separator = value.find('\\');
    if (separator == std::string_view::npos || value.find('\\', separator + 1) != std::string_view::npos)
        return std::nullopt;

    const auto parse = [](std::string_view part) -> std::optional<QString> {
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        if (part.empty() || part.size() > 3)
            return std::nullopt;
        QString letters;
        for (const char c : part) {
            const QChar letter = QChar::fromLatin1(c);
            if (oppositeLetter(letter).isNull() || letters.contains(letter) || letters.contains(oppositeLetter(letter)))
                return std::nullopt;
            letters.append(letter);
        }
        return letters;
    };
    const std::optional<QString> rowLetters = parse(value.substr(0, separator));
    const std::optional<QString> columnLetters = parse(value.substr(separator + 1));
    if (!rowLetters || !columnLetters)
        return std::nullopt;
    return EdgeLabels{opposite(*rowLetters), *rowLetters, opposite(*columnLetters), *columnLetters};
}

} // namespace continuum::dicom
