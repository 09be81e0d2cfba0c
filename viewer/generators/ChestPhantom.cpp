#include "ChestPhantom.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace continuum::generators {
namespace {

using dicom::Vector3;

constexpr double kBodyCentreY = -20.0;
constexpr double kBodySemiX = 165.0;
constexpr double kBodySemiY = 115.0;
constexpr double kFatThickness = 13.0;
constexpr double kLungCentreX = 78.0; // mirrored for the right lung (negative x)
constexpr double kLungCentreY = -22.0;
constexpr double kLungCentreZ = -120.0;
constexpr double kLungSemiX = 52.0;
constexpr double kLungSemiY = 78.0;
constexpr double kLungSemiZ = 118.0;
constexpr double kDiaphragmZ = -225.0;

double square(double v) { return v * v; }

double ellipse2(double x, double y, double cx, double cy, double ax, double ay)
{
    return square((x - cx) / ax) + square((y - cy) / ay);
}

double distanceToSegment(const Vector3& p, const Vector3& a, const Vector3& b, double* t)
{
    const Vector3 ab = b - a;
    const double len2 = ab.dot(ab);
    double s = len2 > 0.0 ? (p - a).dot(ab) / len2 : 0.0;
    s = std::clamp(s, 0.0, 1.0);
    *t = s;
    return (p - (a + ab * s)).length();
}

// Normalised radius of a point in a lung ellipsoid (< 1 inside), side = +1 left, -1 right.
double lungEllipsoid(const Vector3& p, double side)
{
    return square((p.x - side * kLungCentreX) / kLungSemiX) + square((p.y - kLungCentreY) / kLungSemiY)
         + square((p.z - kLungCentreZ) / kLungSemiZ);
}

double diaphragmTop(double x, double y, double side)
{
    // Domes rise 40 mm under each lung; the right one (over the liver) 10 mm higher.
    const double r2 = ellipse2(x, y, side * kLungCentreX, kLungCentreY, kLungSemiX, kLungSemiY);
    return kDiaphragmZ + (side < 0 ? 10.0 : 0.0) + 40.0 * std::max(0.0, 1.0 - r2);
}

} // namespace

ChestPhantom::ChestPhantom(std::uint32_t seed, std::optional<LungLesion> lesion, double vesselClearanceRadiusMm)
    : m_seed(seed), m_lesion(lesion)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    const double clearance = m_lesion ? std::max(vesselClearanceRadiusMm, m_lesion->diameterMm / 2.0) + 5.0 : 0.0;

    auto randomPointInLung = [&](double side) {
        for (;;) {
            const Vector3 p{side * kLungCentreX + unit(rng) * kLungSemiX * 0.85, kLungCentreY + unit(rng) * kLungSemiY * 0.85,
                            kLungCentreZ + unit(rng) * kLungSemiZ * 0.85};
            if (lungEllipsoid(p, side) < 0.72 && p.z > diaphragmTop(p.x, p.y, side) + 8.0)
                return p;
        }
    };
    auto clearOfLesion = [&](const Vector3& a, const Vector3& b, double radius) {
        if (!m_lesion)
            return true;
        double t = 0.0;
        return distanceToSegment(m_lesion->centreMm, a, b, &t) > clearance + radius;
    };

    // Two generations of branches from each hilum: 3 lobar trunks, each with 3 segmental branches,
    // each of those with 2 thin subsegmental ones.
    for (const double side : {-1.0, 1.0}) {
        const Vector3 hilum{side * 34.0, -18.0, -130.0};
        for (int trunk = 0; trunk < 3; ++trunk) {
            Vector3 trunkEnd;
            do {
                const Vector3 target = randomPointInLung(side);
                trunkEnd = hilum + (target - hilum) * 0.45;
            } while (!clearOfLesion(hilum, trunkEnd, 4.5));
            m_vessels.push_back({hilum, trunkEnd, 5.0, 3.5});
            for (int branch = 0; branch < 3; ++branch) {
                Vector3 branchEnd;
                int attempts = 0;
                do {
                    branchEnd = trunkEnd + (randomPointInLung(side) - trunkEnd) * 0.6;
                } while (!clearOfLesion(trunkEnd, branchEnd, 3.0) && ++attempts < 200);
                if (attempts >= 200)
                    continue;
                m_vessels.push_back({trunkEnd, branchEnd, 3.0, 2.0});
                for (int twig = 0; twig < 2; ++twig) {
                    Vector3 twigEnd;
                    attempts = 0;
                    do {
                        twigEnd = branchEnd + (randomPointInLung(side) - branchEnd) * 0.5;
                    } while ((!clearOfLesion(branchEnd, twigEnd, 2.0) || lungEllipsoid(twigEnd, side) > 0.8) && ++attempts < 200);
                    if (attempts < 200)
                        m_vessels.push_back({branchEnd, twigEnd, 1.8, 0.9});
                }
            }
        }
    }
}

double ChestPhantom::anatomyAt(const Vector3& p, bool* insideLung) const
{
    *insideLung = false;
    const double x = p.x;
    const double y = p.y;
    const double body = ellipse2(x, y, 0.0, kBodyCentreY, kBodySemiX, kBodySemiY);
    if (body > 1.0) {
        // Table: a carbon-fibre shell around a foam core, under the patient's back.
        if (std::abs(x) < 175.0) {
            if ((y >= 105.0 && y < 108.0) || (y >= 117.0 && y < 120.0))
                return 250.0;
            if (y >= 108.0 && y < 117.0)
                return -850.0;
        }
        return -1000.0;
    }
    const double innerSemiX = kBodySemiX - kFatThickness;
    const double innerSemiY = kBodySemiY - kFatThickness;
    const double inner = ellipse2(x, y, 0.0, kBodyCentreY, innerSemiX, innerSemiY);
    if (inner > 1.0)
        return -100.0; // subcutaneous fat

    // Bones and mediastinum first; the lungs take whatever is left inside their ellipsoids.
    const double ribBand = std::sqrt(inner);
    const bool ribLevel = std::fmod(p.z + 1200.0, 24.0) < 9.0;
    const bool awayFromSternumAndSpine = !(std::abs(x) < 30.0 && y < -60.0) && !(std::abs(x) < 40.0 && y > 20.0);
    if (ribLevel && ribBand > 0.90 && ribBand < 0.965 && awayFromSternumAndSpine)
        return 450.0;
    if (ellipse2(x, y, 0.0, -112.0, 15.0, 6.0) <= 1.0)
        return 400.0; // sternum
    const double vertebralBody = std::hypot(x, y - 45.0);
    if (vertebralBody <= 17.0)
        return vertebralBody > 15.0 ? 900.0 : 700.0; // cortical rim around cancellous bone
    const double canal = std::hypot(x, y - 71.0);
    if (canal <= 8.0)
        return 15.0; // cerebrospinal fluid
    if (canal <= 13.0 && y > 62.0)
        return 700.0; // neural arch
    if (ellipse2(x, y, 0.0, 85.0, 4.0, 7.0) <= 1.0)
        return 700.0; // spinous process
    if (std::hypot(x - 20.0, y - 30.0) <= 12.0)
        return 45.0; // descending aorta
    if (square((x - 15.0) / 62.0) + square((y + 45.0) / 52.0) + square((p.z + 185.0) / 55.0) <= 1.0)
        return 45.0; // heart

    for (const double side : {-1.0, 1.0}) {
        if (lungEllipsoid(p, side) > 1.0)
            continue;
        if (p.z < diaphragmTop(x, y, side))
            return side < 0 ? 55.0 : 35.0; // liver under the right dome, stomach/spleen under the left
        *insideLung = true;
        // Dependent (posterior) lung is slightly denser.
        return -850.0 + 35.0 * (y - kLungCentreY) / kLungSemiY;
    }
    return 40.0; // muscle and mediastinal soft tissue
}

double ChestPhantom::hounsfieldAt(const Vector3& p) const
{
    if (m_lesion && (p - m_lesion->centreMm).length() <= m_lesion->diameterMm / 2.0)
        return m_lesion->hounsfield;
    bool insideLung = false;
    const double hu = anatomyAt(p, &insideLung);
    if (!insideLung)
        return hu;
    for (const Vessel& v : m_vessels) {
        double t = 0.0;
        const double distance = distanceToSegment(p, v.from, v.to, &t);
        if (distance <= v.radiusFrom + (v.radiusTo - v.radiusFrom) * t)
            return 40.0;
    }
    return hu;
}

void ChestPhantom::renderAxialSlice(double zMm, const AxialGrid& grid, double noiseSigmaHu,
                                    std::span<std::int16_t> hounsfieldOut) const
{
    // Only vessels crossing this slice matter; test them per lung pixel.
    std::vector<const Vessel*> crossing;
    for (const Vessel& v : m_vessels) {
        const double r = std::max(v.radiusFrom, v.radiusTo);
        if (zMm >= std::min(v.from.z, v.to.z) - r && zMm <= std::max(v.from.z, v.to.z) + r)
            crossing.push_back(&v);
    }
    // Approximately Gaussian noise: the sum of four uniforms, scaled to unit variance.
    std::mt19937 rng(m_seed ^ static_cast<std::uint32_t>(std::lround((zMm + 5000.0) * 1000.0)));
    const double noiseScale = noiseSigmaHu * std::sqrt(3.0) / static_cast<double>(std::mt19937::max());

    for (int row = 0; row < grid.rows; ++row) {
        for (int column = 0; column < grid.columns; ++column) {
            const Vector3 p{grid.originXMm + column * grid.spacingMm, grid.originYMm + row * grid.spacingMm, zMm};
            double hu = 0.0;
            if (m_lesion && (p - m_lesion->centreMm).length() <= m_lesion->diameterMm / 2.0) {
                hu = m_lesion->hounsfield;
            } else {
                bool insideLung = false;
                hu = anatomyAt(p, &insideLung);
                if (insideLung) {
                    for (const Vessel* v : crossing) {
                        double t = 0.0;
                        const double distance = distanceToSegment(p, v->from, v->to, &t);
                        if (distance <= v->radiusFrom + (v->radiusTo - v->radiusFrom) * t) {
                            hu = 40.0;
                            break;
                        }
                    }
                }
            }
            const double sum = static_cast<double>(rng()) + rng() + rng() + rng();
            const double noise = (sum - 2.0 * std::mt19937::max()) * noiseScale;
            const double value = std::clamp(std::round(hu + noise), -1024.0, 3071.0);
            hounsfieldOut[static_cast<std::size_t>(row) * grid.columns + column] = static_cast<std::int16_t>(value);
        }
    }
}

} // namespace continuum::generators
