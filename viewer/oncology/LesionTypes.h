#pragma once
#include "dicom/Vector3.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::oncology {

// RECIST 1.1 role of a lesion, fixed at baseline (new lesions appear later).
enum class LesionCategory { Target, NonTarget, New };

// What was seen of a lesion at one timepoint.
//  Present: seen (targets carry their measurement); Absent: disappeared (0 mm for a target);
//  UnequivocalProgression: non-targets only; TooSmallToMeasure: targets, counted as 5 mm
//  (RECIST 1.1 appendix); NotEvaluable: not assessable at this timepoint (NE).
enum class LesionAssessment { Present, Absent, UnequivocalProgression, TooSmallToMeasure, NotEvaluable };

// A point in the pixel grid of a frame (column x, row y; centre of the first pixel is 0,0).
struct PixelPoint {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(PixelPoint, PixelPoint) = default;
};

// One measured diameter: its length and where it was drawn.
struct AxisMeasurement {
    double lengthMm = 0.0;
    PixelPoint start;
    PixelPoint end;
    friend bool operator==(const AxisMeasurement&, const AxisMeasurement&) = default;
};

// The image a measurement was made on.
struct ImageReference {
    QString seriesInstanceUid;
    QString sopInstanceUid;
    int frame = 0;   // 0-based frame in the instance
    friend bool operator==(const ImageReference&, const ImageReference&) = default;
};

// A lesion at one timepoint.
struct LesionObservation {
    QString studyInstanceUid;
    QDate date;
    LesionAssessment assessment = LesionAssessment::Present;
    std::optional<AxisMeasurement> longAxis;
    std::optional<AxisMeasurement> shortAxis;   // nodes always; other lesions when bidirectional
    ImageReference image;
    std::optional<dicom::Vector3> centre;       // patient coordinates (mm, LPS) of the lesion centre
    QString comment;
    friend bool operator==(const LesionObservation&, const LesionObservation&) = default;
};

// One lesion followed over time; one observation per timepoint (study).
struct Lesion {
    QString id;
    QString label;
    LesionCategory category = LesionCategory::Target;
    QString organ;
    bool lymphNode = false;
    std::vector<LesionObservation> observations;   // ordered by date

    const LesionObservation* observation(const QString& studyInstanceUid) const;
    friend bool operator==(const Lesion&, const Lesion&) = default;
};

// One study of the comparison.
struct Timepoint {
    QString studyInstanceUid;
    QDate date;
    QString description;
    QString modality;
    QStringList bodyRegions;   // normalised regions ("chest", "abdomen"...), see BodyRegionVocabulary
    friend bool operator==(const Timepoint&, const Timepoint&) = default;
};

// Stable keys used in JSON and data files.
QString categoryKey(LesionCategory category);
std::optional<LesionCategory> categoryFromKey(const QString& key);
QString assessmentKey(LesionAssessment assessment);
std::optional<LesionAssessment> assessmentFromKey(const QString& key);
// Translated words for the user.
QString categoryText(LesionCategory category);
QString assessmentText(LesionAssessment assessment);

// JSON of the values (the catalog's per-study annotation documents embed these).
QJsonObject toJson(const Timepoint& timepoint);
QJsonObject toJson(const LesionObservation& observation);
QJsonObject toJson(const Lesion& lesion);
// Each returns the value or, in *error, what is wrong (with the key that is).
std::optional<Timepoint> timepointFromJson(const QJsonObject& object, QString* error);
std::optional<LesionObservation> observationFromJson(const QJsonObject& object, QString* error);
std::optional<Lesion> lesionFromJson(const QJsonObject& object, QString* error);

} // namespace continuum::oncology
