#pragma once
#include "MatchResult.h"

#include <vector>

namespace continuum::hanging_protocols {

// Where the user is among the protocols that matched a study and the stages of the one shown:
// the state behind the next/previous stage and next/previous protocol keys. GUI-free; the app
// binds keys and asks the matcher to fill() the protocol the navigator points at.
class ProtocolNavigator {
public:
    ProtocolNavigator() = default;
    explicit ProtocolNavigator(const std::vector<CandidateScore>& candidates) { reset(candidates); }

    // Keeps the qualified candidates (in rank order) and starts at the first stage of the best.
    void reset(const std::vector<CandidateScore>& candidates);

    bool isEmpty() const { return m_candidates.empty(); }
    int protocolCount() const { return static_cast<int>(m_candidates.size()); }
    int protocolPosition() const { return m_protocol; }   // 0 = the best match
    const CandidateScore* currentProtocol() const { return isEmpty() ? nullptr : &m_candidates[static_cast<std::size_t>(m_protocol)]; }
    int stageCount() const { return isEmpty() ? 0 : currentProtocol()->stageCount; }
    int stage() const { return m_stage; }

    // Each returns false (and changes nothing) at the ends: stages and protocols do not wrap.
    bool nextStage();
    bool previousStage();
    bool nextProtocol();       // to the next candidate, at its first stage
    bool previousProtocol();

private:
    std::vector<CandidateScore> m_candidates;
    int m_protocol = 0;
    int m_stage = 0;
};

} // namespace continuum::hanging_protocols
