#include "LesionTracker.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <set>

namespace continuum::oncology {

namespace {
const QString kFormat = QStringLiteral("continuum-lesions");
constexpr int kVersion = 1;
} // namespace

void LesionTracker::setTimepoints(std::vector<Timepoint> timepoints)
{
    std::set<QString> seen;
    std::vector<Timepoint> unique;
    for (Timepoint& timepoint : timepoints)
        if (seen.insert(timepoint.studyInstanceUid).second)
            unique.push_back(std::move(timepoint));
    std::stable_sort(unique.begin(), unique.end(), [](const Timepoint& a, const Timepoint& b) { return a.date < b.date; });
    m_timepoints = std::move(unique);
}

const Timepoint* LesionTracker::timepoint(const QString& studyInstanceUid) const
{
    for (const Timepoint& candidate : m_timepoints)
        if (candidate.studyInstanceUid == studyInstanceUid)
            return &candidate;
    return nullptr;
}

const Lesion* LesionTracker::lesion(const QString& id) const
{
    for (const Lesion& candidate : m_lesions)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

Lesion* LesionTracker::find(const QString& id)
{
    for (Lesion& candidate : m_lesions)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

QString LesionTracker::nextFreeId() const
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("L%1").arg(n);
        if (!lesion(id))
            return id;
    }
}

void LesionTracker::sortObservations(Lesion& lesion)
{
    std::stable_sort(lesion.observations.begin(), lesion.observations.end(),
                     [](const LesionObservation& a, const LesionObservation& b) { return a.date < b.date; });
}

QString LesionTracker::addLesion(Lesion lesion)
{
    if (lesion.id.isEmpty())
        lesion.id = nextFreeId();
    else if (this->lesion(lesion.id))
        return {};
    sortObservations(lesion);
    m_lesions.push_back(std::move(lesion));
    return m_lesions.back().id;
}

bool LesionTracker::removeLesion(const QString& id)
{
    const auto it = std::find_if(m_lesions.begin(), m_lesions.end(), [&id](const Lesion& l) { return l.id == id; });
    if (it == m_lesions.end())
        return false;
    m_lesions.erase(it);
    return true;
}

bool LesionTracker::setLabel(const QString& id, const QString& label)
{
    Lesion* target = find(id);
    if (target)
        target->label = label;
    return target != nullptr;
}

bool LesionTracker::setCategory(const QString& id, LesionCategory category)
{
    Lesion* target = find(id);
    if (target)
        target->category = category;
    return target != nullptr;
}

bool LesionTracker::setOrgan(const QString& id, const QString& organ)
{
    Lesion* target = find(id);
    if (target)
        target->organ = organ;
    return target != nullptr;
}

bool LesionTracker::setLymphNode(const QString& id, bool lymphNode)
{
    Lesion* target = find(id);
    if (target)
        target->lymphNode = lymphNode;
    return target != nullptr;
}

bool LesionTracker::setObservation(const QString& id, LesionObservation observation)
{
    Lesion* target = find(id);
    if (!target)
        return false;
    if (!observation.date.isValid())
        if (const Timepoint* known = timepoint(observation.studyInstanceUid))
            observation.date = known->date;
    auto& observations = target->observations;
    const auto it = std::find_if(observations.begin(), observations.end(), [&observation](const LesionObservation& o) {
        return o.studyInstanceUid == observation.studyInstanceUid;
    });
    if (it != observations.end())
        *it = std::move(observation);
    else
        observations.push_back(std::move(observation));
    sortObservations(*target);
    return true;
}

bool LesionTracker::removeObservation(const QString& id, const QString& studyInstanceUid)
{
    Lesion* target = find(id);
    if (!target)
        return false;
    auto& observations = target->observations;
    const auto before = observations.size();
    std::erase_if(observations, [&studyInstanceUid](const LesionObservation& o) { return o.studyInstanceUid == studyInstanceUid; });
    return observations.size() != before;
}

std::optional<QString> LesionTracker::link(const QString& keepId, const QString& otherId)
{
    if (keepId == otherId)
        return QStringLiteral("a lesion cannot be linked to itself");
    Lesion* keep = find(keepId);
    const Lesion* other = lesion(otherId);
    if (!keep || !other)
        return QStringLiteral("unknown lesion %1").arg(keep ? otherId : keepId);
    for (const LesionObservation& observation : other->observations)
        if (keep->observation(observation.studyInstanceUid))
            return QStringLiteral("%1 and %2 were both measured on study %3: they are two lesions")
                .arg(keepId, otherId, observation.studyInstanceUid);
    for (const LesionObservation& observation : other->observations)
        keep->observations.push_back(observation);
    sortObservations(*keep);
    removeLesion(otherId);
    return std::nullopt;
}

std::optional<QString> LesionTracker::unlink(const QString& id, const QString& studyInstanceUid, QString* error)
{
    Lesion* source = find(id);
    if (!source || !source->observation(studyInstanceUid)) {
        if (error)
            *error = source ? QStringLiteral("%1 has no observation on study %2").arg(id, studyInstanceUid)
                            : QStringLiteral("unknown lesion %1").arg(id);
        return std::nullopt;
    }
    if (source->observations.size() == 1) {
        if (error)
            *error = QStringLiteral("%1 has only this observation: nothing to unlink").arg(id);
        return std::nullopt;
    }
    Lesion split;
    split.id = nextFreeId();
    split.label = source->label;
    split.category = source->category;
    split.organ = source->organ;
    split.lymphNode = source->lymphNode;
    const auto it = std::find_if(source->observations.begin(), source->observations.end(),
                                 [&studyInstanceUid](const LesionObservation& o) { return o.studyInstanceUid == studyInstanceUid; });
    split.observations.push_back(*it);
    source->observations.erase(it);
    m_lesions.push_back(std::move(split));
    return m_lesions.back().id;
}

std::optional<LinkSuggestion> LesionTracker::suggestLink(const dicom::Vector3& point, const PointTransform& toReference,
                                                         const QString& referenceStudyUid, double toleranceMm,
                                                         const QString& excludeObservedOn) const
{
    const dicom::Vector3 mapped = toReference ? toReference(point) : point;
    std::optional<LinkSuggestion> best;
    for (const Lesion& candidate : m_lesions) {
        if (!excludeObservedOn.isEmpty() && candidate.observation(excludeObservedOn))
            continue;
        const LesionObservation* reference = candidate.observation(referenceStudyUid);
        if (!reference || !reference->centre)
            continue;
        const double distance = (*reference->centre - mapped).length();
        if (distance <= toleranceMm && (!best || distance < best->distanceMm))
            best = LinkSuggestion{candidate.id, distance};
    }
    return best;
}

QJsonObject LesionTracker::toJson() const
{
    QJsonArray timepoints;
    for (const Timepoint& timepoint : m_timepoints)
        timepoints.append(oncology::toJson(timepoint));
    QJsonArray lesions;
    for (const Lesion& lesion : m_lesions)
        lesions.append(oncology::toJson(lesion));
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kVersion},
                       {QStringLiteral("timepoints"), timepoints},
                       {QStringLiteral("lesions"), lesions}};
}

std::optional<LesionTracker> LesionTracker::fromJson(const QJsonObject& object, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<LesionTracker> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("not a lesion document (format must be \"%1\")").arg(kFormat));
    if (object.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(QStringLiteral("lesion document version %1 is not supported (expected %2)")
                        .arg(object.value(QStringLiteral("version")).toInt()).arg(kVersion));
    LesionTracker tracker;
    std::vector<Timepoint> timepoints;
    for (const QJsonValue& value : object.value(QStringLiteral("timepoints")).toArray()) {
        QString why;
        auto timepoint = timepointFromJson(value.toObject(), &why);
        if (!timepoint)
            return fail(why);
        timepoints.push_back(std::move(*timepoint));
    }
    tracker.setTimepoints(std::move(timepoints));
    for (const QJsonValue& value : object.value(QStringLiteral("lesions")).toArray()) {
        QString why;
        auto lesion = lesionFromJson(value.toObject(), &why);
        if (!lesion)
            return fail(why);
        const QString id = lesion->id;
        if (tracker.addLesion(std::move(*lesion)).isEmpty())
            return fail(QStringLiteral("lesion id %1 appears twice").arg(id));
    }
    return tracker;
}

} // namespace continuum::oncology
