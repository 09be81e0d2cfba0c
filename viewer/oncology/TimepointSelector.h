#pragma once
#include "BodyRegionVocabulary.h"
#include "LesionTypes.h"

#include "catalog/CatalogTypes.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::oncology {

// A study as the catalog lists it, with its series.
struct CatalogStudy {
    catalog::StudyRow study;
    std::vector<catalog::SeriesRow> series;
};

struct TimepointSelection {
    std::optional<Timepoint> current;
    std::vector<Timepoint> priors;   // most recent first
    QStringList notes;               // what was left out and why, where the body region came from

    // Priors oldest first, then the current study: the order of a comparison (baseline first).
    std::vector<Timepoint> chronological() const;
};

// Chooses the timepoints of an oncology comparison: the current study and up to three priors of
// the same patient (PatientID and issuer), same modality and same body region, most recent first;
// or the studies the user picked on the timeline. Works on catalog rows, never on the database.
class TimepointSelector {
public:
    static constexpr int kDefaultMaximumPriors = 3;

    explicit TimepointSelector(BodyRegionVocabulary vocabulary = BodyRegionVocabulary::bundled(),
                               int maximumPriors = kDefaultMaximumPriors);

    // The study as a timepoint: its main image modality (most instances; SR, PR, KO... ignored)
    // and its body regions from BodyPartExamined of those series, else from the words of the
    // study description, else of the series descriptions. *regionSource says which.
    Timepoint describe(const CatalogStudy& study, QString* regionSource = nullptr) const;

    // currentStudyUid empty: the newest dated study with images is the current one.
    TimepointSelection automatic(const std::vector<CatalogStudy>& studies, const QString& currentStudyUid = {}) const;
    // The user's choice (e.g. the timeline selection): the newest is the current study, the others
    // priors; beyond the maximum the oldest are dropped (noted). Other patients' studies are refused.
    TimepointSelection chosen(const std::vector<CatalogStudy>& studies, const QStringList& studyUids) const;

private:
    BodyRegionVocabulary m_vocabulary;
    int m_maximumPriors = kDefaultMaximumPriors;
};

} // namespace continuum::oncology
