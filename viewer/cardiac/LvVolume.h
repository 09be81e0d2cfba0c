#pragma once
#include "LvContour.h"

#include <QString>

#include <optional>

namespace continuum::cardiac {

// Left-ventricular volume (mL = cm^3) from traced contours, and ejection fraction.
class LvVolume {
public:
    enum class Method {
        AreaLength,      // single plane: V = 8 A^2 / (3 pi L)
        BiplaneSimpson,  // method of discs: V = pi/4 * sum(a_i b_i) * L / 20
    };
    static constexpr int kSimpsonDiscs = 20;

    // Single-plane area-length: A the traced area, L the long axis (base to apex).
    static double areaLengthMl(const LvContour& contour);
    // Biplane Simpson from two orthogonal views (apical 4- and 2-chamber) of the same phase:
    // 20 discs along each view's axis; disc i is an ellipse with diameters a_i and b_i; the disc
    // height is the longer of the two lengths / 20 (ASE/EACVI 2015).
    static double biplaneSimpsonMl(const LvContour& fourChamber, const LvContour& twoChamber);
    // (EDV - ESV) / EDV in percent; empty when EDV <= 0 or ESV < 0.
    static std::optional<double> ejectionFractionPercent(double endDiastolicMl, double endSystolicMl);

    static QString methodName(Method method);   // translated, e.g. "biplane Simpson (method of discs)"
};

} // namespace continuum::cardiac
