#pragma once
#include "AttributeKey.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace continuum::hanging_protocols {

enum class Constraint { Equals, Contains, StartsWith, Regex, Range, Exists, NotExists };

// One matching rule: an attribute, a constraint on its value, a weight added to the score when it
// holds, and whether failing it disqualifies. Text comparisons ignore case; a multi-valued
// attribute passes when any of its values does; `values` lists alternatives (any may match).
struct MatchRule {
    AttributeKey attribute;
    Constraint constraint = Constraint::Equals;
    QStringList values;             // equals / contains / startsWith: alternatives; regex: one pattern
    std::optional<double> minimum;  // range: inclusive bounds, either may be open
    std::optional<double> maximum;
    double weight = 1.0;
    bool required = false;

    static QString constraintName(Constraint constraint);   // "equals", "notExists", ...
    static std::optional<Constraint> constraintFromName(const QString& name);
    // "Modality equals CT", "daysBeforeCurrent range 0..400" for explanations.
    QString describe() const;
};

inline QString MatchRule::constraintName(Constraint constraint)
{
    switch (constraint) {
    case Constraint::Equals: return QStringLiteral("equals");
    case Constraint::Contains: return QStringLiteral("contains");
    case Constraint::StartsWith: return QStringLiteral("startsWith");
    case Constraint::Regex: return QStringLiteral("regex");
    case Constraint::Range: return QStringLiteral("range");
    case Constraint::Exists: return QStringLiteral("exists");
    case Constraint::NotExists: return QStringLiteral("notExists");
    }
    return {};
}

inline std::optional<Constraint> MatchRule::constraintFromName(const QString& name)
{
    for (Constraint c : {Constraint::Equals, Constraint::Contains, Constraint::StartsWith, Constraint::Regex, Constraint::Range,
                         Constraint::Exists, Constraint::NotExists}) {
        if (constraintName(c) == name)
            return c;
    }
    return std::nullopt;
}

inline QString MatchRule::describe() const
{
    QString text = attribute.name() + QLatin1Char(' ') + constraintName(constraint);
    if (constraint == Constraint::Range) {
        text += QStringLiteral(" %1..%2")
                    .arg(minimum ? QString::number(*minimum) : QString(), maximum ? QString::number(*maximum) : QString());
    } else if (constraint != Constraint::Exists && constraint != Constraint::NotExists) {
        text += QLatin1Char(' ') + (values.size() == 1 ? values.front() : QLatin1Char('[') + values.join(QStringLiteral(", ")) + QLatin1Char(']'));
    }
    return text;
}

} // namespace continuum::hanging_protocols
