#include "ProtocolNavigator.h"

namespace continuum::hanging_protocols {

void ProtocolNavigator::reset(const std::vector<CandidateScore>& candidates)
{
    m_candidates.clear();
    for (const CandidateScore& candidate : candidates) {
        if (candidate.qualified)
            m_candidates.push_back(candidate);
    }
    m_protocol = 0;
    m_stage = 0;
}

bool ProtocolNavigator::nextStage()
{
    if (m_stage + 1 >= stageCount())
        return false;
    ++m_stage;
    return true;
}

bool ProtocolNavigator::previousStage()
{
    if (m_stage == 0)
        return false;
    --m_stage;
    return true;
}

bool ProtocolNavigator::nextProtocol()
{
    if (m_protocol + 1 >= protocolCount())
        return false;
    ++m_protocol;
    m_stage = 0;
    return true;
}

bool ProtocolNavigator::previousProtocol()
{
    if (m_protocol == 0)
        return false;
    --m_protocol;
    m_stage = 0;
    return true;
}

} // namespace continuum::hanging_protocols
