#pragma once
#include "AttributeValue.h"
#include "MatchRule.h"

#include <QRegularExpression>

namespace continuum::hanging_protocols {

// A rule made ready for repeated evaluation: comparison values case-folded once, the regular
// expression compiled once.
class CompiledRule {
public:
    explicit CompiledRule(const MatchRule& rule);

    bool evaluate(const AttributeValue& value) const;
    const MatchRule& rule() const { return m_rule; }

private:
    MatchRule m_rule;
    QStringList m_folded;
    QRegularExpression m_expression;
};

} // namespace continuum::hanging_protocols
