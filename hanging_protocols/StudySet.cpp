#include "StudySet.h"

#include <algorithm>

namespace continuum::hanging_protocols {

StudySet::StudySet(std::unique_ptr<StudyAttributes> current, std::vector<std::unique_ptr<StudyAttributes>> priors)
{
    m_studies.push_back(std::move(current));
    // Most recent prior first; unknown dates last.
    std::stable_sort(priors.begin(), priors.end(), [](const auto& a, const auto& b) {
        if (a->studyDate().isValid() != b->studyDate().isValid())
            return a->studyDate().isValid();
        return a->studyDate() > b->studyDate();
    });
    for (auto& prior : priors)
        m_studies.push_back(std::move(prior));
}

StudySet StudySet::fromStudies(std::vector<std::unique_ptr<StudyAttributes>> studies,
                               std::vector<std::unique_ptr<StudyAttributes>>* otherPatients)
{
    if (studies.empty())
        return {};
    auto newest = studies.begin();
    for (auto it = studies.begin(); it != studies.end(); ++it) {
        const QDate date = (*it)->studyDate();
        if (date.isValid() && (!(*newest)->studyDate().isValid() || date > (*newest)->studyDate()))
            newest = it;
    }
    std::unique_ptr<StudyAttributes> current = std::move(*newest);
    studies.erase(newest);
    std::vector<std::unique_ptr<StudyAttributes>> priors;
    for (auto& study : studies) {
        if (study->patientId() == current->patientId())
            priors.push_back(std::move(study));
        else if (otherPatients)
            otherPatients->push_back(std::move(study));
    }
    return StudySet(std::move(current), std::move(priors));
}

std::optional<int> StudySet::daysBeforeCurrent(int index) const
{
    const QDate current = study(0).studyDate();
    const QDate other = study(index).studyDate();
    if (!current.isValid() || !other.isValid())
        return std::nullopt;
    return static_cast<int>(other.daysTo(current));
}

} // namespace continuum::hanging_protocols
