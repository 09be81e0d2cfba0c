#include "PresentationStateIndex.h"

#include "PresentationStateReader.h"

#include <algorithm>

namespace continuum::documents {

void PresentationStateIndex::add(PresentationState state)
{
    m_states.push_back(std::move(state));
}

bool PresentationStateIndex::addFile(const QString& path, QString* error)
{
    auto state = PresentationStateReader::readFile(path, error);
    if (!state)
        return false;
    add(std::move(*state));
    return true;
}

std::vector<const PresentationState*> PresentationStateIndex::statesFor(const QString& sopInstanceUid, int frame) const
{
    std::vector<const PresentationState*> out;
    for (const PresentationState& state : m_states)
        if (state.appliesTo(sopInstanceUid, frame))
            out.push_back(&state);
    std::stable_sort(out.begin(), out.end(), [](const PresentationState* a, const PresentationState* b) {
        return QDateTime(a->creationDate, a->creationTime.isValid() ? a->creationTime : QTime(0, 0))
            > QDateTime(b->creationDate, b->creationTime.isValid() ? b->creationTime : QTime(0, 0));
    });
    return out;
}

const PresentationState* PresentationStateIndex::find(const QString& sopInstanceUid) const
{
    for (const PresentationState& state : m_states)
        if (state.sopInstanceUid == sopInstanceUid)
            return &state;
    return nullptr;
}

} // namespace continuum::documents
