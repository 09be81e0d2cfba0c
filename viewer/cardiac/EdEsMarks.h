#pragma once
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace continuum::cardiac {

// The end-diastolic and end-systolic frames a user marked in one loop (one per beat, 0-based,
// sorted, no duplicates; a frame is never both). A value type, stored as JSON next to the loop's
// SOP Instance UID (catalog persistence):
//   {"version": 1, "sopInstanceUid": "1.2...", "endDiastole": [0, 12], "endSystole": [6]}
struct EdEsMarks {
    enum class Phase { EndDiastole, EndSystole };

    QString sopInstanceUid;
    std::vector<int> endDiastoleFrames;
    std::vector<int> endSystoleFrames;

    // Marks `frame` as `phase` (removing it from the other list); false for a negative frame.
    bool mark(Phase phase, int frame);
    void unmark(int frame);
    std::optional<Phase> phaseOf(int frame) const;
    bool isEmpty() const { return endDiastoleFrames.empty() && endSystoleFrames.empty(); }

    QJsonObject toJson() const;
    // Empty (and `error` set) for a wrong version, a non-integer or negative frame.
    static std::optional<EdEsMarks> fromJson(const QJsonObject& json, QString* error = nullptr);

    friend bool operator==(const EdEsMarks&, const EdEsMarks&) = default;
};

} // namespace continuum::cardiac
