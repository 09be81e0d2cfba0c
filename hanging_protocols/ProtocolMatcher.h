#pragma once
#include "MatchResult.h"
#include "Protocol.h"
#include "StudySet.h"

#include <memory>
#include <vector>

namespace continuum::hanging_protocols {

// Scores every protocol on a study and its priors and fills the best one's viewports.
//
// Score = sum of the weights of the passing study rules, plus, for every prior chosen, the
// weights of the passing prior rules. A failing required rule, or fewer suitable priors than
// priors.minimum, disqualifies. Ties break by priority, then specificity (number of rules), then
// id. Rules are compiled when the matcher is built (attribute keys resolved to cache slots,
// regular expressions compiled); attribute values are read once per study/series and match.
class ProtocolMatcher {
public:
    enum class Strategy {
        Compiled,   // the above
        // Re-resolves each attribute name, recompiles each rule and re-reads each value at every
        // evaluation: same answers, the baseline the benchmark measures Compiled against.
        Naive,
    };

    explicit ProtocolMatcher(std::vector<Protocol> protocols, Strategy strategy = Strategy::Compiled);
    ~ProtocolMatcher();
    ProtocolMatcher(ProtocolMatcher&&) noexcept;
    ProtocolMatcher& operator=(ProtocolMatcher&&) noexcept;

    const std::vector<Protocol>& protocols() const;

    // Ranks every protocol and fills the viewports of the best qualified one.
    MatchResult match(const StudySet& studies) const;
    // Every protocol, qualified best first (what "next protocol" walks through).
    std::vector<CandidateScore> rank(const StudySet& studies) const;
    // The viewports of one candidate (from rank()), per stage.
    std::vector<std::vector<ViewportAssignment>> fill(const CandidateScore& candidate, const StudySet& studies) const;

private:
    struct Data;
    class Evaluation;
    std::unique_ptr<Data> d;
};

} // namespace continuum::hanging_protocols
