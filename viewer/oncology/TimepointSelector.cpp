#include "TimepointSelector.h"

#include "dicom/LocaleFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace continuum::oncology {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::oncology::TimepointSelector", text);
}

// Objects without images of their own (reports, presentation states, key objects, documents,
// segmentations, registrations, RT plans): they never decide a study's modality.
bool isImageModality(const QString& modality)
{
    static const QStringList nonImage{QStringLiteral("SR"), QStringLiteral("PR"), QStringLiteral("KO"), QStringLiteral("DOC"),
                                      QStringLiteral("SEG"), QStringLiteral("REG"), QStringLiteral("RTSTRUCT"),
                                      QStringLiteral("RTPLAN"), QStringLiteral("RTRECORD"), QStringLiteral("ECG")};
    return !modality.isEmpty() && !nonImage.contains(modality.toUpper());
}

bool samePatient(const catalog::StudyRow& a, const catalog::StudyRow& b)
{
    return a.patientId == b.patientId && a.issuerOfPatientId == b.issuerOfPatientId;
}

bool hasModality(const CatalogStudy& study, const QString& modality)
{
    return std::any_of(study.series.begin(), study.series.end(),
                       [&modality](const catalog::SeriesRow& s) { return s.modality.compare(modality, Qt::CaseInsensitive) == 0; });
}

bool newerFirst(const Timepoint& a, const Timepoint& b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.studyInstanceUid < b.studyInstanceUid;
}

QString describeStudy(const catalog::StudyRow& study)
{
    return QStringLiteral("%1 %2 (%3)").arg(dicom::LocaleFormat::date(study.studyDate), study.description, study.studyInstanceUid);
}

} // namespace

std::vector<Timepoint> TimepointSelection::chronological() const
{
    std::vector<Timepoint> result(priors.rbegin(), priors.rend());
    if (current)
        result.push_back(*current);
    return result;
}

TimepointSelector::TimepointSelector(BodyRegionVocabulary vocabulary, int maximumPriors)
    : m_vocabulary(std::move(vocabulary))
    , m_maximumPriors(std::max(0, maximumPriors))
{
}

Timepoint TimepointSelector::describe(const CatalogStudy& study, QString* regionSource) const
{
    Timepoint timepoint;
    timepoint.studyInstanceUid = study.study.studyInstanceUid;
    timepoint.date = study.study.studyDate;
    timepoint.description = study.study.description;

    std::map<QString, int> instancesPerModality;
    for (const catalog::SeriesRow& series : study.series)
        if (isImageModality(series.modality))
            instancesPerModality[series.modality.toUpper()] += std::max(1, series.instanceCount);
    int most = 0;
    for (const auto& [modality, count] : instancesPerModality)
        if (count > most) {
            most = count;
            timepoint.modality = modality;
        }

    QStringList regions;
    for (const catalog::SeriesRow& series : study.series)
        if (series.modality.compare(timepoint.modality, Qt::CaseInsensitive) == 0)
            for (const QString& region : m_vocabulary.regionsOfBodyPart(series.bodyPart))
                if (!regions.contains(region))
                    regions.append(region);
    QString source = tr("BodyPartExamined");
    if (regions.isEmpty()) {
        regions = m_vocabulary.regionsOfDescription(study.study.description);
        source = tr("study description");
    }
    if (regions.isEmpty()) {
        for (const catalog::SeriesRow& series : study.series)
            if (series.modality.compare(timepoint.modality, Qt::CaseInsensitive) == 0)
                for (const QString& region : m_vocabulary.regionsOfDescription(series.description))
                    if (!regions.contains(region))
                        regions.append(region);
        source = regions.isEmpty() ? tr("unknown") : tr("series descriptions");
    }
    timepoint.bodyRegions = regions;
    if (regionSource)
        *regionSource = source;
    return timepoint;
}

TimepointSelection TimepointSelector::automatic(const std::vector<CatalogStudy>& studies, const QString& currentStudyUid) const
{
    TimepointSelection selection;
    const CatalogStudy* current = nullptr;
    if (!currentStudyUid.isEmpty()) {
        for (const CatalogStudy& study : studies)
            if (study.study.studyInstanceUid == currentStudyUid)
                current = &study;
        if (!current) {
            selection.notes << tr("the current study %1 is not among the patient's studies").arg(currentStudyUid);
            return selection;
        }
    } else {
        for (const CatalogStudy& study : studies) {
            if (!study.study.studyDate.isValid() || describe(study).modality.isEmpty())
                continue;
            if (!current || newerFirst(describe(study), describe(*current)))
                current = &study;
        }
        if (!current) {
            selection.notes << tr("no dated study with images");
            return selection;
        }
    }

    QString regionSource;
    const Timepoint currentTimepoint = describe(*current, &regionSource);
    selection.current = currentTimepoint;
    selection.notes << tr("current study %1: %2, regions %3 (from %4)")
                           .arg(describeStudy(current->study), currentTimepoint.modality,
                                currentTimepoint.bodyRegions.isEmpty() ? tr("unknown") : currentTimepoint.bodyRegions.join(QStringLiteral(", ")),
                                regionSource);

    std::vector<Timepoint> candidates;
    for (const CatalogStudy& study : studies) {
        if (&study == current || study.study.studyInstanceUid == currentTimepoint.studyInstanceUid)
            continue;
        if (!samePatient(study.study, current->study)) {
            selection.notes << tr("%1 left out: another patient (ID or issuer differs)").arg(describeStudy(study.study));
            continue;
        }
        if (!study.study.studyDate.isValid() || (currentTimepoint.date.isValid() && study.study.studyDate > currentTimepoint.date)) {
            selection.notes << tr("%1 left out: not dated before the current study").arg(describeStudy(study.study));
            continue;
        }
        if (!hasModality(study, currentTimepoint.modality)) {
            selection.notes << tr("%1 left out: no %2 images").arg(describeStudy(study.study), currentTimepoint.modality);
            continue;
        }
        Timepoint prior = describe(study);
        // Describe the prior by the current study's modality, not by its own main one.
        prior.modality = currentTimepoint.modality;
        const bool regionsKnown = !currentTimepoint.bodyRegions.isEmpty() && !prior.bodyRegions.isEmpty();
        const bool overlap = std::any_of(prior.bodyRegions.begin(), prior.bodyRegions.end(),
                                         [&](const QString& r) { return currentTimepoint.bodyRegions.contains(r); });
        if (regionsKnown ? !overlap : !(currentTimepoint.bodyRegions.isEmpty() && prior.bodyRegions.isEmpty())) {
            selection.notes << tr("%1 left out: body region %2, current %3")
                                   .arg(describeStudy(study.study),
                                        prior.bodyRegions.isEmpty() ? tr("unknown") : prior.bodyRegions.join(QStringLiteral(", ")),
                                        currentTimepoint.bodyRegions.isEmpty() ? tr("unknown") : currentTimepoint.bodyRegions.join(QStringLiteral(", ")));
            continue;
        }
        candidates.push_back(std::move(prior));
    }
    std::sort(candidates.begin(), candidates.end(), newerFirst);
    for (std::size_t index = 0; index < candidates.size(); ++index) {
        if (static_cast<int>(index) < m_maximumPriors)
            selection.priors.push_back(candidates[index]);
        else
            selection.notes << tr("%1 %2 (%3) left out: only the %4 most recent priors are compared")
                                   .arg(dicom::LocaleFormat::date(candidates[index].date), candidates[index].description,
                                        candidates[index].studyInstanceUid)
                                   .arg(m_maximumPriors);
    }
    return selection;
}

TimepointSelection TimepointSelector::chosen(const std::vector<CatalogStudy>& studies, const QStringList& studyUids) const
{
    TimepointSelection selection;
    std::vector<const CatalogStudy*> picked;
    for (const QString& uid : studyUids) {
        const auto it = std::find_if(studies.begin(), studies.end(), [&uid](const CatalogStudy& s) { return s.study.studyInstanceUid == uid; });
        if (it == studies.end())
            selection.notes << tr("study %1 is not in the catalog").arg(uid);
        else if (std::find(picked.begin(), picked.end(), &*it) == picked.end())
            picked.push_back(&*it);
    }
    if (picked.empty())
        return selection;
    std::vector<std::pair<Timepoint, const CatalogStudy*>> timepoints;
    for (const CatalogStudy* study : picked)
        timepoints.emplace_back(describe(*study), study);
    std::sort(timepoints.begin(), timepoints.end(), [](const auto& a, const auto& b) { return newerFirst(a.first, b.first); });
    selection.current = timepoints.front().first;
    const CatalogStudy* current = timepoints.front().second;
    for (std::size_t index = 1; index < timepoints.size(); ++index) {
        const auto& [timepoint, study] = timepoints[index];
        if (!samePatient(study->study, current->study))
            selection.notes << tr("%1 left out: another patient (ID or issuer differs)").arg(describeStudy(study->study));
        else if (static_cast<int>(selection.priors.size()) >= m_maximumPriors)
            selection.notes << tr("%1 left out: at most %2 priors").arg(describeStudy(study->study)).arg(m_maximumPriors);
        else
            selection.priors.push_back(timepoint);
    }
    return selection;
}

} // namespace continuum::oncology
