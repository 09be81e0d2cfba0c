#include "MatchResult.h"

#include <QCoreApplication>

namespace continuum::hanging_protocols {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::hanging_protocols::MatchResult", text);
}
} // namespace

QString RuleOutcome::describe() const
{
    QString text = QStringLiteral("%1: %2 -> %3: %4").arg(scope, rule.describe(), actual.isEmpty() ? tr("(absent)") : actual,
                                                          passed ? tr("pass") : tr("fail"));
    if (passed && contributed > 0)
        text += QStringLiteral(" (+%1)").arg(contributed);
    if (rule.required)
        text += QLatin1Char(' ') + tr("[required]");
    return text;
}

int MatchResult::qualifiedCount() const
{
    int count = 0;
    for (const CandidateScore& c : candidates)
        count += c.qualified ? 1 : 0;
    return count;
}

QString MatchResult::explanation() const
{
    QString text;
    const CandidateScore* chosen = best();
    if (!chosen) {
        text += tr("No protocol matched.") + QLatin1Char('\n');
    } else {
        text += tr("Protocol %1 (%2, %3): score %4, priority %5, %6 rules")
                    .arg(chosen->protocolId, chosen->protocolName, enumName(chosen->department))
                    .arg(chosen->score)
                    .arg(chosen->priority)
                    .arg(chosen->specificity)
                + QLatin1Char('\n');
        for (const RuleOutcome& outcome : chosen->rules)
            text += QStringLiteral("  ") + outcome.describe() + QLatin1Char('\n');
        for (const auto& stage : stages) {
            for (const ViewportAssignment& v : stage)
                text += QStringLiteral("  stage %1 viewport %2: %3\n").arg(v.stage + 1).arg(v.viewport + 1).arg(v.reason);
        }
    }
    for (std::size_t i = chosen ? 1 : 0; i < candidates.size(); ++i) {
        const CandidateScore& c = candidates[i];
        if (c.qualified)
            text += tr("  also matched: %1 (score %2, priority %3)").arg(c.protocolId).arg(c.score).arg(c.priority) + QLatin1Char('\n');
        else
            text += tr("  not matched: %1: %2").arg(c.protocolId, c.disqualification) + QLatin1Char('\n');
    }
    return text;
}

} // namespace continuum::hanging_protocols
