#include "CompiledRule.h"

#include <algorithm>

namespace continuum::hanging_protocols {

CompiledRule::CompiledRule(const MatchRule& rule) : m_rule(rule)
{
    for (const QString& value : rule.values)
        m_folded << value.trimmed().toCaseFolded();
    if (rule.constraint == Constraint::Regex && !rule.values.isEmpty()) {
        m_expression = QRegularExpression(rule.values.front(), QRegularExpression::CaseInsensitiveOption);
        m_expression.optimize();
    }
}

bool CompiledRule::evaluate(const AttributeValue& value) const
{
    switch (m_rule.constraint) {
    case Constraint::Exists:
        return value.present;
    case Constraint::NotExists:
        return !value.present;
    case Constraint::Equals:
        return value.present && std::any_of(value.folded.begin(), value.folded.end(), [this](const QString& v) { return m_folded.contains(v); });
    case Constraint::Contains:
        return value.present && std::any_of(value.folded.begin(), value.folded.end(), [this](const QString& v) {
                   return std::any_of(m_folded.begin(), m_folded.end(), [&v](const QString& wanted) { return v.contains(wanted); });
               });
    case Constraint::StartsWith:
        return value.present && std::any_of(value.folded.begin(), value.folded.end(), [this](const QString& v) {
                   return std::any_of(m_folded.begin(), m_folded.end(), [&v](const QString& wanted) { return v.startsWith(wanted); });
               });
    case Constraint::Regex:
        return value.present && std::any_of(value.parts.begin(), value.parts.end(), [this](const QString& v) { return m_expression.match(v).hasMatch(); });
    case Constraint::Range:
        return std::any_of(value.numbers.begin(), value.numbers.end(), [this](double v) {
            return (!m_rule.minimum || v >= *m_rule.minimum) && (!m_rule.maximum || v <= *m_rule.maximum);
        });
    }
    return false;
}

} // namespace continuum::hanging_protocols
