#include "PlaneOrientation.h"

#include <QStringList>

#include <cmath>

namespace continuum::hanging_protocols {

PlaneOrientation::Plane PlaneOrientation::classify(const std::array<double, 3>& r, const std::array<double, 3>& c)
{
    std::array<double, 3> n{r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]};
    const double length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    if (length <= 0.0)
        return Plane::Oblique;
    const double x = std::abs(n[0]) / length, y = std::abs(n[1]) / length, z = std::abs(n[2]) / length;
    constexpr double kDominant = 0.8;
    if (z >= kDominant)
        return Plane::Axial;
    if (y >= kDominant)
        return Plane::Coronal;
    if (x >= kDominant)
        return Plane::Sagittal;
    return Plane::Oblique;
}

std::optional<PlaneOrientation::Plane> PlaneOrientation::fromImageOrientation(const QString& sixValues)
{
    const QStringList parts = sixValues.split(QLatin1Char('\\'));
    if (parts.size() != 6)
        return std::nullopt;
    std::array<double, 6> v{};
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        v[static_cast<std::size_t>(i)] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return classify({v[0], v[1], v[2]}, {v[3], v[4], v[5]});
}

QString PlaneOrientation::name(Plane plane)
{
    switch (plane) {
    case Plane::Axial: return QStringLiteral("axial");
    case Plane::Coronal: return QStringLiteral("coronal");
    case Plane::Sagittal: return QStringLiteral("sagittal");
    case Plane::Oblique: return QStringLiteral("oblique");
    }
    return {};
}

std::optional<PlaneOrientation::Plane> PlaneOrientation::fromName(const QString& name)
{
    for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal, Plane::Oblique}) {
        if (name.compare(PlaneOrientation::name(plane), Qt::CaseInsensitive) == 0)
            return plane;
    }
    return std::nullopt;
}

} // namespace continuum::hanging_protocols
