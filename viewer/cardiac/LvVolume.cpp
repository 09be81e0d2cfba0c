#include "LvVolume.h"

#include <QCoreApplication>

#include <algorithm>
#include <numbers>

namespace continuum::cardiac {

double LvVolume::areaLengthMl(const LvContour& contour)
{
    const double length = contour.lengthCm();
    if (length <= 0.0)
        return 0.0;
    const double area = contour.areaCm2();
    return 8.0 * area * area / (3.0 * std::numbers::pi * length);
}

double LvVolume::biplaneSimpsonMl(const LvContour& fourChamber, const LvContour& twoChamber)
{
    const std::vector<double> a = fourChamber.discDiametersCm(kSimpsonDiscs);
    const std::vector<double> b = twoChamber.discDiametersCm(kSimpsonDiscs);
    if (a.size() != static_cast<std::size_t>(kSimpsonDiscs) || b.size() != a.size())
        return 0.0;
    const double height = std::max(fourChamber.lengthCm(), twoChamber.lengthCm()) / kSimpsonDiscs;
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += a[i] * b[i];
    return std::numbers::pi / 4.0 * sum * height;
}

std::optional<double> LvVolume::ejectionFractionPercent(double endDiastolicMl, double endSystolicMl)
{
    if (endDiastolicMl <= 0.0 || endSystolicMl < 0.0)
        return std::nullopt;
    return (endDiastolicMl - endSystolicMl) / endDiastolicMl * 100.0;
}

QString LvVolume::methodName(Method method)
{
    switch (method) {
    case Method::AreaLength:
        return QCoreApplication::translate("continuum::cardiac::LvVolume", "single-plane area-length");
    case Method::BiplaneSimpson:
        return QCoreApplication::translate("continuum::cardiac::LvVolume", "biplane Simpson (method of discs)");
    }
    return {};
}

} // namespace continuum::cardiac
