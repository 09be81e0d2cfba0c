#pragma once
#include "PresentationState.h"

#include <QString>

#include <vector>

namespace continuum::documents {

// The presentation states of a study, answering "which states apply to SOP instance X frame N".
class PresentationStateIndex {
public:
    void add(PresentationState state);
    // Reads a GSPS file and adds it; false (with the reason) if it is not one.
    bool addFile(const QString& path, QString* error = nullptr);

    // States referencing the frame, newest presentation creation date/time first (the first one
    // is the natural default to show); ties keep the order they were added in.
    std::vector<const PresentationState*> statesFor(const QString& sopInstanceUid, int frame = 1) const;
    const PresentationState* find(const QString& sopInstanceUid) const;   // by the state's own UID

    const std::vector<PresentationState>& states() const { return m_states; }
    bool isEmpty() const { return m_states.empty(); }

private:
    std::vector<PresentationState> m_states;
};

} // namespace continuum::documents
