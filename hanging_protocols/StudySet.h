#pragma once
#include "StudyAttributes.h"

#include <memory>
#include <vector>

namespace continuum::hanging_protocols {

// What a protocol is matched against: the current study and the patient's earlier studies
// (priors, most recent first). Study index 0 is the current study, 1..N the priors.
class StudySet {
public:
    StudySet() = default;
    StudySet(std::unique_ptr<StudyAttributes> current, std::vector<std::unique_ptr<StudyAttributes>> priors);
    StudySet(StudySet&&) noexcept = default;
    StudySet& operator=(StudySet&&) noexcept = default;

    // The most recent study (StudyDate; ties by the order given) becomes current; the studies of
    // the same PatientID older than or as old as it become priors. Studies of other patients are
    // returned in `otherPatients` (not matched).
    static StudySet fromStudies(std::vector<std::unique_ptr<StudyAttributes>> studies,
                                std::vector<std::unique_ptr<StudyAttributes>>* otherPatients = nullptr);

    bool isEmpty() const { return m_studies.empty(); }
    int studyCount() const { return static_cast<int>(m_studies.size()); }
    const StudyAttributes& study(int index) const { return *m_studies[static_cast<std::size_t>(index)]; }
    const StudyAttributes& current() const { return study(0); }
    int priorCount() const { return studyCount() > 0 ? studyCount() - 1 : 0; }
    const StudyAttributes& prior(int zeroBased) const { return study(zeroBased + 1); }
    // Days between study `index` and the current study (0 for the current one; nullopt when a
    // date is unknown).
    std::optional<int> daysBeforeCurrent(int index) const;

private:
    std::vector<std::unique_ptr<StudyAttributes>> m_studies;
};

} // namespace continuum::hanging_protocols
