#pragma once
#include "MatchRule.h"
#include "Protocol.h"

#include <QString>

#include <vector>

namespace continuum::hanging_protocols {

// One rule evaluated on one study or series: the explanation's unit.
struct RuleOutcome {
    QString scope;         // "current study", "prior 1", "series 3"
    MatchRule rule;
    QString actual;        // the value seen (empty when absent)
    bool passed = false;
    double contributed = 0.0;   // weight added to the score

    QString describe() const;   // "current study: Modality equals CT -> CT: pass (+10)"
};

// How one protocol fared against the studies.
struct CandidateScore {
    int protocolIndex = -1;     // into ProtocolMatcher::protocols()
    QString protocolId;
    QString protocolName;
    Department department = Department::Other;
    int priority = 0;
    int specificity = 0;
    int stageCount = 0;
    bool qualified = false;
    QString disqualification;   // why not, when !qualified
    double score = 0.0;
    std::vector<int> priorStudies;   // StudySet indices of the priors it uses ("prior 1" first)
    std::vector<RuleOutcome> rules; // study and prior rules as evaluated
};

// What one viewport of the chosen protocol shows, and why.
struct ViewportAssignment {
    enum class Source { Rules, Fallback, Empty };
    int stage = 0;
    int viewport = 0;
    Source source = Source::Empty;
    int studyIndex = -1;     // StudySet index (0 current); -1 when empty
    int seriesIndex = -1;    // in that study
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString seriesDescription;
    QString modality;
    int seriesNumber = 0;
    double score = 0.0;
    std::vector<RuleOutcome> rules;   // the selector's rules on the chosen series
    QString reason;                   // one sentence: which rule filled it, or which fallback

    bool isEmpty() const { return source == Source::Empty; }
};

struct MatchResult {
    std::vector<CandidateScore> candidates;   // every protocol: qualified best first, then the others
    std::vector<std::vector<ViewportAssignment>> stages;   // the best candidate's viewports, per stage

    bool matched() const { return !candidates.empty() && candidates.front().qualified; }
    const CandidateScore* best() const { return matched() ? &candidates.front() : nullptr; }
    int qualifiedCount() const;
    // A readable account: the chosen protocol, each rule with pass/fail and weight, each viewport
    // with its series and the rule or fallback that put it there, then the runners-up.
    QString explanation() const;
};

} // namespace continuum::hanging_protocols
