#include "LvContour.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace continuum::cardiac {

std::optional<LvContour> LvContour::fromAnnulusTrace(std::vector<PlanePoint> trace)
{
    if (trace.size() < 3)
        return std::nullopt;
    const PlanePoint base{(trace.front().x + trace.back().x) / 2.0, (trace.front().y + trace.back().y) / 2.0};
    PlanePoint apex = base;
    double farthest = 0.0;
    for (const PlanePoint& p : trace) {
        const double d = std::hypot(p.x - base.x, p.y - base.y);
        if (d > farthest) {
            farthest = d;
            apex = p;
        }
    }
    if (farthest <= 0.0)
        return std::nullopt;
    return LvContour(std::move(trace), base, apex);
}

LvContour::LvContour(std::vector<PlanePoint> closedOutline, PlanePoint base, PlanePoint apex)
    : m_outline(std::move(closedOutline))
    , m_base(base)
    , m_apex(apex)
{
}

double LvContour::areaCm2() const
{
    double twice = 0.0;
    for (std::size_t i = 0; i < m_outline.size(); ++i) {
        const PlanePoint& a = m_outline[i];
        const PlanePoint& b = m_outline[(i + 1) % m_outline.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2.0;
}

double LvContour::lengthCm() const
{
    return std::hypot(m_apex.x - m_base.x, m_apex.y - m_base.y);
}

std::vector<double> LvContour::discDiametersCm(int discs) const
{
    std::vector<double> diameters;
    const double length = lengthCm();
    if (discs <= 0 || length <= 0.0 || m_outline.size() < 3)
        return diameters;
    // Axis frame: u along base->apex, v across it.
    const double ux = (m_apex.x - m_base.x) / length, uy = (m_apex.y - m_base.y) / length;
    const double vx = -uy, vy = ux;
    std::vector<double> along(m_outline.size()), across(m_outline.size());
    for (std::size_t i = 0; i < m_outline.size(); ++i) {
        const double dx = m_outline[i].x - m_base.x, dy = m_outline[i].y - m_base.y;
        along[i] = dx * ux + dy * uy;
        across[i] = dx * vx + dy * vy;
    }
    for (int d = 0; d < discs; ++d) {
        const double level = (d + 0.5) * length / discs;
        double low = std::numeric_limits<double>::infinity(), high = -low;
        for (std::size_t i = 0; i < m_outline.size(); ++i) {
            const std::size_t j = (i + 1) % m_outline.size();
            const double a = along[i] - level, b = along[j] - level;
            if ((a < 0.0) == (b < 0.0) || a == b)
                continue;   // this edge does not cross the level
            const double t = a / (a - b);
            const double crossing = across[i] + t * (across[j] - across[i]);
            low = std::min(low, crossing);
            high = std::max(high, crossing);
        }
        diameters.push_back(high > low ? high - low : 0.0);
    }
    return diameters;
}

} // namespace continuum::cardiac
