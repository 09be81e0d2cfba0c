#pragma once
#include "LesionTypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace continuum::oncology {

// Maps a point from the patient coordinates of one timepoint into those of another (the
// registration's result; identity only when the two share a registered frame of reference).
using PointTransform = std::function<dicom::Vector3(const dicom::Vector3&)>;

struct LinkSuggestion {
    QString lesionId;
    double distanceMm = 0.0;   // between the mapped point and the lesion's centre
};

// The lesions of one patient over the timepoints of a comparison. Linking says that
// observations made on different studies are the same lesion. A value, JSON-serializable.
class LesionTracker {
public:
    // Sorted by date (oldest first: the first is the baseline); one per StudyInstanceUID.
    void setTimepoints(std::vector<Timepoint> timepoints);
    const std::vector<Timepoint>& timepoints() const { return m_timepoints; }
    const Timepoint* timepoint(const QString& studyInstanceUid) const;

    const std::vector<Lesion>& lesions() const { return m_lesions; }
    const Lesion* lesion(const QString& id) const;
    // Adds a lesion; an empty id gets the next free "L<n>". Returns the id, or an empty string
    // when the id is already taken.
    QString addLesion(Lesion lesion);
    bool removeLesion(const QString& id);
    bool setLabel(const QString& id, const QString& label);
    bool setCategory(const QString& id, LesionCategory category);
    bool setOrgan(const QString& id, const QString& organ);
    bool setLymphNode(const QString& id, bool lymphNode);
    // Adds or replaces the lesion's observation of observation.studyInstanceUid (kept by date).
    bool setObservation(const QString& id, LesionObservation observation);
    bool removeObservation(const QString& id, const QString& studyInstanceUid);

    // Makes `otherId` part of `keepId`: its observations move over and it disappears. Refused
    // (returns why) when both were observed on the same study or either id is unknown.
    std::optional<QString> link(const QString& keepId, const QString& otherId);
    // Takes the observation of one study out of a lesion into a new lesion of the same
    // category, organ and node flag; returns the new id, or nullopt with *error set.
    std::optional<QString> unlink(const QString& id, const QString& studyInstanceUid, QString* error = nullptr);
    // The lesion observed on `referenceStudyUid` whose centre is nearest to `point` mapped
    // through `toReference`, when within `toleranceMm`. Lesions already observed on
    // `excludeObservedOn` (the study being measured) are not offered.
    std::optional<LinkSuggestion> suggestLink(const dicom::Vector3& point, const PointTransform& toReference,
                                              const QString& referenceStudyUid, double toleranceMm,
                                              const QString& excludeObservedOn = {}) const;

    // {"format": "continuum-lesions", "version": 1, "timepoints": [...], "lesions": [...]}
    QJsonObject toJson() const;
    static std::optional<LesionTracker> fromJson(const QJsonObject& object, QString* error = nullptr);

    friend bool operator==(const LesionTracker&, const LesionTracker&) = default;

private:
    Lesion* find(const QString& id);
    QString nextFreeId() const;
    static void sortObservations(Lesion& lesion);

    std::vector<Timepoint> m_timepoints;
    std::vector<Lesion> m_lesions;
};

} // namespace continuum::oncology
