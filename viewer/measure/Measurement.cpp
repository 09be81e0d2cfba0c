#include "Measurement.h"

#include <QJsonArray>
#include <QUuid>

#include <array>
#include <cmath>

namespace continuum::measure {
namespace {

constexpr std::array<const char*, 6> kKindNames{"length", "angle", "cobb", "ellipse", "polygon", "probe"};

QJsonArray pointJson(const QPointF& p)
{
    return QJsonArray{p.x(), p.y()};
}

std::vector<QPointF> pointsOf(const Shape& shape)
{
    return std::visit([](const auto& s) -> std::vector<QPointF> {
        using T = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<T, LengthShape>)
            return {s.start, s.end};
        else if constexpr (std::is_same_v<T, AngleShape>)
            return {s.first, s.vertex, s.second};
        else if constexpr (std::is_same_v<T, CobbAngleShape>)
            return {s.firstStart, s.firstEnd, s.secondStart, s.secondEnd};
        else if constexpr (std::is_same_v<T, EllipseShape>)
            return {s.centre, QPointF(s.radiusX, s.radiusY)};
        else if constexpr (std::is_same_v<T, PolygonShape>)
            return s.vertices;
        else
            return {s.position};
    }, shape);
}

} // namespace

QString kindName(MeasurementKind kind)
{
    return QString::fromLatin1(kKindNames.at(static_cast<std::size_t>(kind)));
}

Measurement Measurement::create(FrameReference frame, Shape shape)
{
    return Measurement{QUuid::createUuid().toString(QUuid::WithoutBraces), std::move(frame), std::move(shape)};
}

QJsonObject Measurement::toJson() const
{
    QJsonArray points;
    for (const QPointF& p : pointsOf(shape))
        points.append(pointJson(p));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("sopInstanceUid"), frame.sopInstanceUid},
        {QStringLiteral("frameNumber"), frame.frameNumber},
        {QStringLiteral("kind"), kindName(kind())},
        {QStringLiteral("points"), points},
    };
}

std::optional<Measurement> Measurement::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Measurement> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString kindText = json.value(QStringLiteral("kind")).toString();
    int kindIndex = -1;
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kindText == QLatin1String(kKindNames.at(i)))
            kindIndex = static_cast<int>(i);
    if (kindIndex < 0)
        return fail(QStringLiteral("unknown measurement kind \"%1\"").arg(kindText));

    std::vector<QPointF> points;
    for (const QJsonValue& value : json.value(QStringLiteral("points")).toArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return fail(QStringLiteral("a point is not [x, y]"));
        const QPointF p(pair.at(0).toDouble(), pair.at(1).toDouble());
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return fail(QStringLiteral("a point is not finite"));
        points.push_back(p);
    }
    const auto kind = static_cast<MeasurementKind>(kindIndex);
    const std::size_t expected[] = {2, 3, 4, 2, 0, 1};
    const std::size_t need = expected[kindIndex];
    if ((kind == MeasurementKind::Polygon && points.size() < 3) || (need != 0 && points.size() != need))
        return fail(QStringLiteral("%1 has %2 points").arg(kindText).arg(points.size()));

    Measurement m;
    m.id = json.value(QStringLiteral("id")).toString();
    m.frame.sopInstanceUid = json.value(QStringLiteral("sopInstanceUid")).toString();
    m.frame.frameNumber = json.value(QStringLiteral("frameNumber")).toInt(1);
    if (m.id.isEmpty() || m.frame.sopInstanceUid.isEmpty() || m.frame.frameNumber < 1)
        return fail(QStringLiteral("measurement without id, SOP Instance UID or frame number"));
    switch (kind) {
    case MeasurementKind::Length: m.shape = LengthShape{points[0], points[1]}; break;
    case MeasurementKind::Angle: m.shape = AngleShape{points[0], points[1], points[2]}; break;
    case MeasurementKind::CobbAngle: m.shape = CobbAngleShape{points[0], points[1], points[2], points[3]}; break;
    case MeasurementKind::Ellipse:
        if (points[1].x() < 0.0 || points[1].y() < 0.0)
            return fail(QStringLiteral("ellipse with a negative radius"));
        m.shape = EllipseShape{points[0], points[1].x(), points[1].y()};
        break;
    case MeasurementKind::Polygon: m.shape = PolygonShape{std::move(points)}; break;
    case MeasurementKind::Probe: m.shape = ProbeShape{points[0]}; break;
    }
    return m;
}

} // namespace continuum::measure
