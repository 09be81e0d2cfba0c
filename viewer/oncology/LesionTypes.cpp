#include "LesionTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace continuum::oncology {

namespace {

constexpr std::array<std::pair<LesionCategory, const char*>, 3> kCategoryKeys{{
    {LesionCategory::Target, "target"},
    {LesionCategory::NonTarget, "non-target"},
    {LesionCategory::New, "new"},
}};

constexpr std::array<std::pair<LesionAssessment, const char*>, 5> kAssessmentKeys{{
    {LesionAssessment::Present, "present"},
    {LesionAssessment::Absent, "absent"},
    {LesionAssessment::UnequivocalProgression, "unequivocal-progression"},
    {LesionAssessment::TooSmallToMeasure, "too-small-to-measure"},
    {LesionAssessment::NotEvaluable, "not-evaluable"},
}};

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::oncology::Lesion", text);
}

QJsonArray pointJson(PixelPoint point)
{
    return QJsonArray{point.x, point.y};
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool readPixelPoint(const QJsonValue& value, PixelPoint& point)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
        return false;
    point = {array[0].toDouble(), array[1].toDouble()};
    return true;
}

QJsonObject axisJson(const AxisMeasurement& axis)
{
    return QJsonObject{{QStringLiteral("mm"), axis.lengthMm},
                       {QStringLiteral("start"), pointJson(axis.start)},
                       {QStringLiteral("end"), pointJson(axis.end)}};
}

std::optional<AxisMeasurement> axisFromJson(const QJsonValue& value, const QString& key, QString* error)
{
    const QJsonObject object = value.toObject();
    AxisMeasurement axis;
    if (!object.value(QStringLiteral("mm")).isDouble() || object.value(QStringLiteral("mm")).toDouble() < 0.0) {
        fail(error, QStringLiteral("%1.mm: a length in mm (0 or more) is required").arg(key));
        return std::nullopt;
    }
    axis.lengthMm = object.value(QStringLiteral("mm")).toDouble();
    if (!readPixelPoint(object.value(QStringLiteral("start")), axis.start) || !readPixelPoint(object.value(QStringLiteral("end")), axis.end)) {
        fail(error, QStringLiteral("%1: start and end must be [x, y] pixel positions").arg(key));
        return std::nullopt;
    }
    return axis;
}

} // namespace

const LesionObservation* Lesion::observation(const QString& studyInstanceUid) const
{
    for (const LesionObservation& candidate : observations)
        if (candidate.studyInstanceUid == studyInstanceUid)
            return &candidate;
    return nullptr;
}

QString categoryKey(LesionCategory category)
{
    for (const auto& [value, key] : kCategoryKeys)
        if (value == category)
            return QString::fromLatin1(key);
    return {};
}

std::optional<LesionCategory> categoryFromKey(const QString& key)
{
    for (const auto& [value, text] : kCategoryKeys)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

QString assessmentKey(LesionAssessment assessment)
{
    for (const auto& [value, key] : kAssessmentKeys)
        if (value == assessment)
            return QString::fromLatin1(key);
    return {};
}

std::optional<LesionAssessment> assessmentFromKey(const QString& key)
{
    for (const auto& [value, text] : kAssessmentKeys)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

QString categoryText(LesionCategory category)
{
    switch (category) {
    case LesionCategory::Target: return tr("Target");
    case LesionCategory::NonTarget: return tr("Non-target");
    case LesionCategory::New: return tr("New");
    }
    return {};
}

QString assessmentText(LesionAssessment assessment)
{
    switch (assessment) {
    case LesionAssessment::Present: return tr("present");
    case LesionAssessment::Absent: return tr("absent");
    case LesionAssessment::UnequivocalProgression: return tr("unequivocal progression");
    case LesionAssessment::TooSmallToMeasure: return tr("too small to measure");
    case LesionAssessment::NotEvaluable: return tr("not evaluable");
    }
    return {};
}

QJsonObject toJson(const Timepoint& timepoint)
{
    return QJsonObject{{QStringLiteral("studyInstanceUid"), timepoint.studyInstanceUid},
                       {QStringLiteral("date"), timepoint.date.toString(Qt::ISODate)},
                       {QStringLiteral("description"), timepoint.description},
                       {QStringLiteral("modality"), timepoint.modality},
                       {QStringLiteral("bodyRegions"), QJsonArray::fromStringList(timepoint.bodyRegions)}};
}

QJsonObject toJson(const LesionObservation& observation)
{
    QJsonObject object{{QStringLiteral("studyInstanceUid"), observation.studyInstanceUid},
                       {QStringLiteral("date"), observation.date.toString(Qt::ISODate)},
                       {QStringLiteral("assessment"), assessmentKey(observation.assessment)}};
    if (observation.longAxis)
        object.insert(QStringLiteral("longAxis"), axisJson(*observation.longAxis));
    if (observation.shortAxis)
        object.insert(QStringLiteral("shortAxis"), axisJson(*observation.shortAxis));
    if (!observation.image.sopInstanceUid.isEmpty())
        object.insert(QStringLiteral("image"), QJsonObject{{QStringLiteral("seriesInstanceUid"), observation.image.seriesInstanceUid},
                                                           {QStringLiteral("sopInstanceUid"), observation.image.sopInstanceUid},
                                                           {QStringLiteral("frame"), observation.image.frame}});
    if (observation.centre)
        object.insert(QStringLiteral("centre"), QJsonArray{observation.centre->x, observation.centre->y, observation.centre->z});
    if (!observation.comment.isEmpty())
        object.insert(QStringLiteral("comment"), observation.comment);
    return object;
}

QJsonObject toJson(const Lesion& lesion)
{
    QJsonArray observations;
    for (const LesionObservation& observation : lesion.observations)
        observations.append(toJson(observation));
    return QJsonObject{{QStringLiteral("id"), lesion.id},
                       {QStringLiteral("label"), lesion.label},
                       {QStringLiteral("category"), categoryKey(lesion.category)},
                       {QStringLiteral("organ"), lesion.organ},
                       {QStringLiteral("lymphNode"), lesion.lymphNode},
                       {QStringLiteral("observations"), observations}};
}

std::optional<Timepoint> timepointFromJson(const QJsonObject& object, QString* error)
{
    Timepoint timepoint;
    timepoint.studyInstanceUid = object.value(QStringLiteral("studyInstanceUid")).toString();
    if (timepoint.studyInstanceUid.isEmpty()) {
        fail(error, QStringLiteral("timepoint: studyInstanceUid is required"));
        return std::nullopt;
    }
    timepoint.date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
    timepoint.description = object.value(QStringLiteral("description")).toString();
    timepoint.modality = object.value(QStringLiteral("modality")).toString();
    for (const QJsonValue& region : object.value(QStringLiteral("bodyRegions")).toArray())
        timepoint.bodyRegions.append(region.toString());
    return timepoint;
}

std::optional<LesionObservation> observationFromJson(const QJsonObject& object, QString* error)
{
    LesionObservation observation;
    observation.studyInstanceUid = object.value(QStringLiteral("studyInstanceUid")).toString();
    if (observation.studyInstanceUid.isEmpty()) {
        fail(error, QStringLiteral("observation: studyInstanceUid is required"));
        return std::nullopt;
    }
    observation.date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const auto assessment = assessmentFromKey(object.value(QStringLiteral("assessment")).toString());
    if (!assessment) {
        fail(error, QStringLiteral("observation %1: unknown assessment \"%2\"")
                        .arg(observation.studyInstanceUid, object.value(QStringLiteral("assessment")).toString()));
        return std::nullopt;
    }
    observation.assessment = *assessment;
    for (const QString& key : {QStringLiteral("longAxis"), QStringLiteral("shortAxis")}) {
        if (!object.contains(key))
            continue;
        auto axis = axisFromJson(object.value(key), key, error);
        if (!axis)
            return std::nullopt;
        (key == QLatin1String("longAxis") ? observation.longAxis : observation.shortAxis) = axis;
    }
    const QJsonObject image = object.value(QStringLiteral("image")).toObject();
    observation.image.seriesInstanceUid = image.value(QStringLiteral("seriesInstanceUid")).toString();
    observation.image.sopInstanceUid = image.value(QStringLiteral("sopInstanceUid")).toString();
    observation.image.frame = image.value(QStringLiteral("frame")).toInt();
    if (object.contains(QStringLiteral("centre"))) {
        const QJsonArray centre = object.value(QStringLiteral("centre")).toArray();
        if (centre.size() != 3) {
            fail(error, QStringLiteral("observation %1: centre must be [x, y, z]").arg(observation.studyInstanceUid));
            return std::nullopt;
        }
        observation.centre = dicom::Vector3{centre[0].toDouble(), centre[1].toDouble(), centre[2].toDouble()};
    }
    observation.comment = object.value(QStringLiteral("comment")).toString();
    return observation;
}

std::optional<Lesion> lesionFromJson(const QJsonObject& object, QString* error)
{
    Lesion lesion;
    lesion.id = object.value(QStringLiteral("id")).toString();
    if (lesion.id.isEmpty()) {
        fail(error, QStringLiteral("lesion: id is required"));
        return std::nullopt;
    }
    lesion.label = object.value(QStringLiteral("label")).toString();
    const auto category = categoryFromKey(object.value(QStringLiteral("category")).toString());
    if (!category) {
        fail(error, QStringLiteral("lesion %1: unknown category \"%2\" (expected target, non-target or new)")
                        .arg(lesion.id, object.value(QStringLiteral("category")).toString()));
        return std::nullopt;
    }
    lesion.category = *category;
    lesion.organ = object.value(QStringLiteral("organ")).toString();
    lesion.lymphNode = object.value(QStringLiteral("lymphNode")).toBool();
    for (const QJsonValue& value : object.value(QStringLiteral("observations")).toArray()) {
        QString observationError;
        auto observation = observationFromJson(value.toObject(), &observationError);
        if (!observation) {
            fail(error, QStringLiteral("lesion %1: %2").arg(lesion.id, observationError));
            return std::nullopt;
        }
        lesion.observations.push_back(std::move(*observation));
    }
    return lesion;
}

} // namespace continuum::oncology
