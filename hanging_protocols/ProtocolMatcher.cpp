#include "ProtocolMatcher.h"

#include "AttributeValue.h"
#include "CompiledRule.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace continuum::hanging_protocols {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::hanging_protocols::ProtocolMatcher", text);
}

struct SlottedRule {
    CompiledRule compiled;
    int slot = 0;   // index of the rule's attribute in the matcher's key table
};

struct CompiledProtocol {
    std::vector<SlottedRule> rules;
    std::vector<SlottedRule> priorRules;
    std::vector<std::vector<std::vector<SlottedRule>>> selectorRules;   // [stage][viewport]
};

QString priorScope(int priorNumber) { return QStringLiteral("prior %1").arg(priorNumber); }

} // namespace

struct ProtocolMatcher::Data {
    std::vector<Protocol> protocols;
    std::vector<CompiledProtocol> compiled;
    std::vector<AttributeKey> keys;
    Strategy strategy = Strategy::Compiled;
    int modalitiesSlot = 0;
    int bodyPartSlot = 0;
    int orientationSlot = 0;

    int slotFor(const AttributeKey& key, std::unordered_map<AttributeKey, int>& index)
    {
        const auto [it, inserted] = index.emplace(key, static_cast<int>(keys.size()));
        if (inserted)
            keys.push_back(key);
        return it->second;
    }
    std::vector<SlottedRule> compile(const std::vector<MatchRule>& rules, std::unordered_map<AttributeKey, int>& index)
    {
        std::vector<SlottedRule> result;
        result.reserve(rules.size());
        for (const MatchRule& rule : rules)
            result.push_back({CompiledRule(rule), slotFor(rule.attribute, index)});
        return result;
    }
};

// Attribute values for one match call: read once per (study, key) and (series, key) in the
// compiled strategy; read, resolved and compiled again at every use in the naive one.
class ProtocolMatcher::Evaluation {
public:
    Evaluation(const Data& data, const StudySet& studies) : m_data(data), m_studies(studies)
    {
        if (data.strategy == Strategy::Compiled) {
            m_studyCache.resize(static_cast<std::size_t>(studies.studyCount()));
            m_seriesCache.resize(static_cast<std::size_t>(studies.studyCount()));
        }
    }

    // Evaluates `rule` on a study (series < 0) or one of its series; `seen` gets the value.
    bool test(const SlottedRule& rule, int study, int series, const AttributeValue** seen)
    {
        if (m_data.strategy == Strategy::Naive) {
            // From scratch: the name is resolved again, the rule compiled again, the value read again.
            const std::optional<AttributeKey> key = AttributeKey::parse(rule.compiled.rule().attribute.name());
            m_scratch = AttributeValue::from(key ? read(*key, study, series) : std::nullopt);
            const CompiledRule fresh(rule.compiled.rule());
            *seen = &m_scratch;
            return fresh.evaluate(m_scratch);
        }
        const AttributeValue& value = cached(rule.slot, study, series);
        *seen = &value;
        return rule.compiled.evaluate(value);
    }

    const AttributeValue& value(int slot, int study, int series)
    {
        if (m_data.strategy == Strategy::Naive) {
            m_scratch = AttributeValue::from(read(m_data.keys[static_cast<std::size_t>(slot)], study, series));
            return m_scratch;
        }
        return cached(slot, study, series);
    }

private:
    std::optional<QString> read(const AttributeKey& key, int study, int series) const
    {
        if (key.kind() == AttributeKey::Kind::Derived && key.derived() == DerivedAttribute::DaysBeforeCurrent) {
            const std::optional<int> days = m_studies.daysBeforeCurrent(study);
            return days ? std::optional<QString>(QString::number(*days)) : std::nullopt;
        }
        const StudyAttributes& s = m_studies.study(study);
        return series < 0 ? s.value(key) : s.series(series).value(key);
    }

    const AttributeValue& cached(int slot, int study, int series)
    {
        std::vector<std::optional<AttributeValue>>* cache = nullptr;
        if (series < 0) {
            cache = &m_studyCache[static_cast<std::size_t>(study)];
        } else {
            auto& perSeries = m_seriesCache[static_cast<std::size_t>(study)];
            if (perSeries.empty())
                perSeries.resize(static_cast<std::size_t>(m_studies.study(study).seriesCount()));
            cache = &perSeries[static_cast<std::size_t>(series)];
        }
        if (cache->empty())
            cache->resize(m_data.keys.size());
        std::optional<AttributeValue>& entry = (*cache)[static_cast<std::size_t>(slot)];
        if (!entry)
            entry = AttributeValue::from(read(m_data.keys[static_cast<std::size_t>(slot)], study, series));
        return *entry;
    }

    const Data& m_data;
    const StudySet& m_studies;
    std::vector<std::vector<std::optional<AttributeValue>>> m_studyCache;                // [study][slot]
    std::vector<std::vector<std::vector<std::optional<AttributeValue>>>> m_seriesCache;  // [study][series][slot]
    AttributeValue m_scratch;

public:
    CandidateScore score(int protocolIndex);
    std::vector<std::vector<ViewportAssignment>> fill(const CandidateScore& candidate);
    const StudySet& studies() const { return m_studies; }
};

CandidateScore ProtocolMatcher::Evaluation::score(int protocolIndex)
{
    const Protocol& protocol = m_data.protocols[static_cast<std::size_t>(protocolIndex)];
    const CompiledProtocol& compiled = m_data.compiled[static_cast<std::size_t>(protocolIndex)];
    CandidateScore c;
    c.protocolIndex = protocolIndex;
    c.protocolId = protocol.id;
    c.protocolName = protocol.name;
    c.department = protocol.department;
    c.priority = protocol.priority;
    c.specificity = protocol.specificity();
    c.stageCount = static_cast<int>(protocol.stages.size());
    c.rules.reserve(compiled.rules.size());

    for (const SlottedRule& rule : compiled.rules) {
        const AttributeValue* seen = nullptr;
        const bool passed = test(rule, 0, -1, &seen);
        const double weight = passed ? rule.compiled.rule().weight : 0.0;
        c.rules.push_back({tr("current study"), rule.compiled.rule(), seen->text, passed, weight});
        c.score += weight;
        if (!passed && rule.compiled.rule().required) {
            c.disqualification = tr("required rule failed on the current study: %1").arg(rule.compiled.rule().describe());
            return c;
        }
    }

    const PriorRequirement& wanted = protocol.priors;
    if (wanted.count > 0) {
        const AttributeValue currentModalities = value(m_data.modalitiesSlot, 0, -1);
        const AttributeValue currentBodyPart = value(m_data.bodyPartSlot, 0, -1);
        for (int study = 1; study < m_studies.studyCount() && static_cast<int>(c.priorStudies.size()) < wanted.count; ++study) {
            if (wanted.selection == PriorSelection::SameModality) {
                const AttributeValue& modalities = value(m_data.modalitiesSlot, study, -1);
                if (!std::any_of(modalities.folded.begin(), modalities.folded.end(),
                                 [&](const QString& m) { return currentModalities.folded.contains(m); }))
                    continue;
            } else if (wanted.selection == PriorSelection::SameBodyPart) {
                const AttributeValue& bodyPart = value(m_data.bodyPartSlot, study, -1);
                if (!std::any_of(bodyPart.folded.begin(), bodyPart.folded.end(),
                                 [&](const QString& b) { return currentBodyPart.folded.contains(b); }))
                    continue;
            }
            const int priorNumber = static_cast<int>(c.priorStudies.size()) + 1;
            std::vector<RuleOutcome> outcomes;
            double gained = 0.0;
            bool suitable = true;
            for (const SlottedRule& rule : compiled.priorRules) {
                const AttributeValue* seen = nullptr;
                const bool passed = test(rule, study, -1, &seen);
                const double weight = passed ? rule.compiled.rule().weight : 0.0;
                outcomes.push_back({priorScope(priorNumber), rule.compiled.rule(), seen->text, passed, weight});
                gained += weight;
                if (!passed && rule.compiled.rule().required) {
                    suitable = false;
                    break;
                }
            }
            if (!suitable)
                continue;
            c.priorStudies.push_back(study);
            c.score += gained;
            c.rules.insert(c.rules.end(), outcomes.begin(), outcomes.end());
        }
        if (static_cast<int>(c.priorStudies.size()) < wanted.minimum) {
            c.disqualification = tr("needs %1 prior studies (%2) and found %3")
                                     .arg(wanted.minimum)
                                     .arg(enumName(wanted.selection))
                                     .arg(c.priorStudies.size());
            return c;
        }
    }
    c.qualified = true;
    return c;
}

std::vector<std::vector<ViewportAssignment>> ProtocolMatcher::Evaluation::fill(const CandidateScore& candidate)
{
    const Protocol& protocol = m_data.protocols[static_cast<std::size_t>(candidate.protocolIndex)];
    const CompiledProtocol& compiled = m_data.compiled[static_cast<std::size_t>(candidate.protocolIndex)];
    std::vector<std::vector<ViewportAssignment>> stages;
    for (std::size_t s = 0; s < protocol.stages.size(); ++s) {
        const Stage& stage = protocol.stages[s];
        std::vector<ViewportAssignment> assignments;
        std::vector<std::pair<int, int>> used;   // (study, series) shown earlier in this stage
        for (std::size_t v = 0; v < stage.viewports.size(); ++v) {
            const DisplaySetSelector& selector = stage.viewports[v].displaySet;
            const std::vector<SlottedRule>& rules = compiled.selectorRules[s][v];
            ViewportAssignment a;
            a.stage = static_cast<int>(s);
            a.viewport = static_cast<int>(v);
            const QString studyName = selector.study == 0 ? tr("current study") : priorScope(selector.study);
            if (selector.study > static_cast<int>(candidate.priorStudies.size())) {
                a.reason = tr("empty: %1 is not available").arg(studyName);
                assignments.push_back(a);
                continue;
            }
            const int study = selector.study == 0 ? 0 : candidate.priorStudies[static_cast<std::size_t>(selector.study - 1)];
            const StudyAttributes& studyAttributes = m_studies.study(study);
            auto isUsed = [&](int series) { return std::find(used.begin(), used.end(), std::pair{study, series}) != used.end(); };

            int best = -1;
            double bestScore = 0.0;
            bool bestOriented = false;
            for (int series = 0; series < studyAttributes.seriesCount(); ++series) {
                if (selector.distinct && isUsed(series))
                    continue;
                double score = 0.0;
                bool anyPassed = false;
                bool qualifies = true;
                for (const SlottedRule& rule : rules) {
                    const AttributeValue* seen = nullptr;
                    const bool passed = test(rule, study, series, &seen);
                    if (passed) {
                        anyPassed = true;
                        score += rule.compiled.rule().weight;
                    } else if (rule.compiled.rule().required) {
                        qualifies = false;
                        break;
                    }
                }
                if (!qualifies || (!rules.empty() && !anyPassed))
                    continue;
                bool oriented = false;
                if (selector.preferredOrientation) {
                    const AttributeValue& orientation = value(m_data.orientationSlot, study, series);
                    oriented = orientation.folded.contains(PlaneOrientation::name(*selector.preferredOrientation));
                }
                // Higher score first, then the preferred orientation; the first in series order wins ties.
                if (best < 0 || score > bestScore || (score == bestScore && oriented && !bestOriented)) {
                    best = series;
                    bestScore = score;
                    bestOriented = oriented;
                }
            }

            if (best >= 0) {
                a.source = ViewportAssignment::Source::Rules;
                a.score = bestScore;
            } else if (selector.fallback != Fallback::Empty && studyAttributes.seriesCount() > 0) {
                for (int series = 0; series < studyAttributes.seriesCount(); ++series) {
                    if (selector.fallback == Fallback::AnySeries || !isUsed(series)) {
                        best = series;
                        break;
                    }
                }
                if (best >= 0)
                    a.source = ViewportAssignment::Source::Fallback;
            }
            if (best < 0) {
                a.reason = studyAttributes.seriesCount() == 0 ? tr("empty: %1 has no series").arg(studyName)
                                                              : tr("empty: no series of the %1 satisfies the rules and the fallback is %2")
                                                                    .arg(studyName, enumName(selector.fallback));
                assignments.push_back(a);
                continue;
            }
            const SeriesAttributes& series = studyAttributes.series(best);
            a.studyIndex = study;
            a.seriesIndex = best;
            a.studyInstanceUid = studyAttributes.studyInstanceUid();
            a.seriesInstanceUid = series.seriesInstanceUid();
            a.seriesDescription = series.seriesDescription();
            a.seriesNumber = series.seriesNumber();
            a.modality = series.modality();
            QStringList passedRules;
            for (const SlottedRule& rule : rules) {
                const AttributeValue* seen = nullptr;
                const bool passed = test(rule, study, best, &seen);
                const double weight = passed ? rule.compiled.rule().weight : 0.0;
                a.rules.push_back({QStringLiteral("series %1").arg(a.seriesNumber), rule.compiled.rule(), seen->text, passed, weight});
                if (passed)
                    passedRules << QStringLiteral("%1 (+%2)").arg(rule.compiled.rule().describe()).arg(weight);
            }
            const QString seriesName = QStringLiteral("%1 series %2 \"%3\"").arg(studyName).arg(a.seriesNumber).arg(a.seriesDescription);
            if (a.source == ViewportAssignment::Source::Fallback) {
                a.reason = tr("%1 by fallback %2: no series satisfied the rules").arg(seriesName, enumName(selector.fallback));
            } else if (rules.empty()) {
                a.reason = tr("%1: the selector has no series rules, first series%2")
                               .arg(seriesName, bestOriented ? tr(" in the preferred orientation") : QString());
            } else {
                a.reason = tr("%1 matched %2").arg(seriesName, passedRules.join(QStringLiteral(", ")));
                if (bestOriented)
                    a.reason += tr(", preferred orientation %1").arg(PlaneOrientation::name(*selector.preferredOrientation));
            }
            used.emplace_back(study, best);
            assignments.push_back(std::move(a));
        }
        stages.push_back(std::move(assignments));
    }
    return stages;
}

ProtocolMatcher::ProtocolMatcher(std::vector<Protocol> protocols, Strategy strategy) : d(std::make_unique<Data>())
{
    d->strategy = strategy;
    d->protocols = std::move(protocols);
    std::unordered_map<AttributeKey, int> index;
    d->modalitiesSlot = d->slotFor(AttributeKey::fromDerived(DerivedAttribute::ModalitiesInStudy), index);
    d->bodyPartSlot = d->slotFor(AttributeKey::fromDerived(DerivedAttribute::BodyPart), index);
    d->orientationSlot = d->slotFor(AttributeKey::fromDerived(DerivedAttribute::Orientation), index);
    for (const Protocol& protocol : d->protocols) {
        CompiledProtocol compiled;
        compiled.rules = d->compile(protocol.rules, index);
        compiled.priorRules = d->compile(protocol.priors.rules, index);
        for (const Stage& stage : protocol.stages) {
            std::vector<std::vector<SlottedRule>> viewports;
            for (const Viewport& viewport : stage.viewports)
                viewports.push_back(d->compile(viewport.displaySet.rules, index));
            compiled.selectorRules.push_back(std::move(viewports));
        }
        d->compiled.push_back(std::move(compiled));
    }
}

ProtocolMatcher::~ProtocolMatcher() = default;
ProtocolMatcher::ProtocolMatcher(ProtocolMatcher&&) noexcept = default;
ProtocolMatcher& ProtocolMatcher::operator=(ProtocolMatcher&&) noexcept = default;

const std::vector<Protocol>& ProtocolMatcher::protocols() const { return d->protocols; }

namespace {
std::vector<CandidateScore> rankWith(const std::vector<Protocol>& protocols, const std::function<CandidateScore(int)>& score)
{
    std::vector<CandidateScore> candidates;
    candidates.reserve(protocols.size());
    for (int i = 0; i < static_cast<int>(protocols.size()); ++i)
        candidates.push_back(score(i));
    std::stable_sort(candidates.begin(), candidates.end(), [](const CandidateScore& a, const CandidateScore& b) {
        if (a.qualified != b.qualified)
            return a.qualified;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.specificity != b.specificity)
            return a.specificity > b.specificity;
        return a.protocolId < b.protocolId;
    });
    return candidates;
}
} // namespace

std::vector<CandidateScore> ProtocolMatcher::rank(const StudySet& studies) const
{
    if (studies.isEmpty())
        return {};
    Evaluation evaluation(*d, studies);
    return rankWith(d->protocols, [&](int i) { return evaluation.score(i); });
}

std::vector<std::vector<ViewportAssignment>> ProtocolMatcher::fill(const CandidateScore& candidate, const StudySet& studies) const
{
    if (studies.isEmpty() || candidate.protocolIndex < 0 || candidate.protocolIndex >= static_cast<int>(d->protocols.size()))
        return {};
    Evaluation evaluation(*d, studies);
    return evaluation.fill(candidate);
}

MatchResult ProtocolMatcher::match(const StudySet& studies) const
{
    MatchResult result;
    if (studies.isEmpty())
        return result;
    Evaluation evaluation(*d, studies);
    result.candidates = rankWith(d->protocols, [&](int i) { return evaluation.score(i); });
    if (result.matched())
        result.stages = evaluation.fill(result.candidates.front());
    return result;
}

} // namespace continuum::hanging_protocols
