#include "RigidTransform.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace continuum::registration {

using dicom::Vector3;

namespace {

const QString kFormat = QStringLiteral("continuum-rigid-transform");

std::array<double, 9> multiply(const std::array<double, 9>& a, const std::array<double, 9>& b)
{
    std::array<double, 9> r{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k)
                r[static_cast<std::size_t>(i * 3 + j)] += a[static_cast<std::size_t>(i * 3 + k)] * b[static_cast<std::size_t>(k * 3 + j)];
    return r;
}

Vector3 multiply(const std::array<double, 9>& m, const Vector3& v)
{
    return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z, m[6] * v.x + m[7] * v.y + m[8] * v.z};
}

std::array<double, 9> transposed(const std::array<double, 9>& m)
{
    return {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]};
}

// Rodrigues' formula.
std::array<double, 9> axisAngleMatrix(const Vector3& axis, double degrees)
{
    const Vector3 u = axis.normalized();
    const double a = degrees * std::numbers::pi / 180.0;
    const double c = std::cos(a);
    const double s = std::sin(a);
    const double t = 1.0 - c;
    return {t * u.x * u.x + c,       t * u.x * u.y - s * u.z, t * u.x * u.z + s * u.y,
            t * u.x * u.y + s * u.z, t * u.y * u.y + c,       t * u.y * u.z - s * u.x,
            t * u.x * u.z - s * u.y, t * u.y * u.z + s * u.x, t * u.z * u.z + c};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::registration::RigidTransform", text);
}

} // namespace

std::optional<RigidTransform> RigidTransform::fromMatrix(const std::array<double, 16>& m, double tolerance)
{
    for (double v : m)
        if (!std::isfinite(v))
            return std::nullopt;
    if (std::abs(m[12]) > tolerance || std::abs(m[13]) > tolerance || std::abs(m[14]) > tolerance
        || std::abs(m[15] - 1.0) > tolerance)
        return std::nullopt;
    RigidTransform t;
    t.m_rotation = {m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]};
    t.m_translation = {m[3], m[7], m[11]};
    // R^T R = I and det R = +1 (no reflection, no scaling).
    const auto rtr = multiply(transposed(t.m_rotation), t.m_rotation);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (std::abs(rtr[static_cast<std::size_t>(i * 3 + j)] - (i == j ? 1.0 : 0.0)) > tolerance)
                return std::nullopt;
    const auto& r = t.m_rotation;
    const double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) + r[2] * (r[3] * r[7] - r[4] * r[6]);
    if (std::abs(det - 1.0) > tolerance)
        return std::nullopt;
    return t;
}

RigidTransform RigidTransform::fromAxisAngle(const Vector3& axis, double degrees, const Vector3& centre, const Vector3& translation)
{
    RigidTransform t;
    if (axis.length() > 0.0)
        t.m_rotation = axisAngleMatrix(axis, degrees);
    t.m_translation = centre - multiply(t.m_rotation, centre) + translation;
    return t;
}

RigidTransform RigidTransform::fromTranslation(const Vector3& translation)
{
    RigidTransform t;
    t.m_translation = translation;
    return t;
}

std::array<double, 16> RigidTransform::matrix() const
{
    const auto& r = m_rotation;
    return {r[0], r[1], r[2], m_translation.x, r[3], r[4], r[5], m_translation.y,
            r[6], r[7], r[8], m_translation.z, 0.0,  0.0,  0.0,  1.0};
}

double RigidTransform::rotationAngleDegrees() const
{
    const double trace = m_rotation[0] + m_rotation[4] + m_rotation[8];
    const double c = std::clamp((trace - 1.0) / 2.0, -1.0, 1.0);
    return std::acos(c) * 180.0 / std::numbers::pi;
}

Vector3 RigidTransform::rotationAxis() const
{
    const auto& r = m_rotation;
    const Vector3 v{r[7] - r[5], r[2] - r[6], r[3] - r[1]};
    if (v.length() > 1e-12)
        return v.normalized();
    if (rotationAngleDegrees() < 90.0)
        return {0.0, 0.0, 1.0};
    // 180 degrees: the axis is the column of R + I with the largest norm.
    const Vector3 columns[3] = {{r[0] + 1.0, r[3], r[6]}, {r[1], r[4] + 1.0, r[7]}, {r[2], r[5], r[8] + 1.0}};
    const Vector3* best = &columns[0];
    for (const Vector3& c : columns)
        if (c.length() > best->length())
            best = &c;
    return best->normalized();
}

Vector3 RigidTransform::apply(const Vector3& point) const
{
    return multiply(m_rotation, point) + m_translation;
}

Vector3 RigidTransform::applyToDirection(const Vector3& direction) const
{
    return multiply(m_rotation, direction);
}

RigidTransform RigidTransform::inverse() const
{
    RigidTransform t;
    t.m_rotation = transposed(m_rotation);
    t.m_translation = multiply(t.m_rotation, m_translation) * -1.0;
    return t;
}

RigidTransform RigidTransform::then(const RigidTransform& after) const
{
    RigidTransform t;
    t.m_rotation = multiply(after.m_rotation, m_rotation);
    t.m_translation = multiply(after.m_rotation, m_translation) + after.m_translation;
    return t;
}

RigidTransform RigidTransform::translated(const Vector3& deltaMm) const
{
    return then(fromTranslation(deltaMm));
}

RigidTransform RigidTransform::rotated(const Vector3& axis, double degrees, const Vector3& centre) const
{
    return then(fromAxisAngle(axis, degrees, centre));
}

double RigidTransform::maxDifference(const RigidTransform& other) const
{
    const auto a = matrix();
    const auto b = other.matrix();
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

std::function<Vector3(const Vector3&)> RigidTransform::pointMapper() const
{
    return [transform = *this](const Vector3& p) { return transform.apply(p); };
}

QJsonObject RigidTransform::toJson() const
{
    QJsonArray values;
    for (double v : matrix())
        values.append(v);
    return QJsonObject{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("matrix"), values}};
}

std::optional<RigidTransform> RigidTransform::fromJson(const QJsonObject& object, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<RigidTransform> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("not a rigid transform document (format is not \"continuum-rigid-transform\")"));
    if (object.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("unsupported rigid transform version %1").arg(object.value(QStringLiteral("version")).toInt()));
    const QJsonArray values = object.value(QStringLiteral("matrix")).toArray();
    if (values.size() != 16)
        return fail(tr("the matrix needs 16 numbers, found %1").arg(values.size()));
    std::array<double, 16> m{};
    for (int i = 0; i < 16; ++i) {
        if (!values.at(i).isDouble())
            return fail(tr("matrix value %1 is not a number").arg(i + 1));
        m[static_cast<std::size_t>(i)] = values.at(i).toDouble();
    }
    auto transform = fromMatrix(m);
    if (!transform)
        return fail(tr("the matrix is not a rigid transform (rotation and translation only)"));
    return transform;
}

} // namespace continuum::registration
