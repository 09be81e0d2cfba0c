#pragma once
#include "PlanePoint.h"

#include <optional>
#include <vector>

namespace continuum::cardiac {

// A traced left-ventricular cavity in one view, in centimetres: a closed outline and its long
// axis from the middle of the mitral annulus (base) to the apex.
class LvContour {
public:
    // The usual echo tracing: from one mitral annulus hinge point along the endocardium round the
    // apex to the other hinge point (open). The outline is closed along the mitral plane, the base
    // is the middle of the two hinges, the apex the traced point farthest from it. Empty for
    // fewer than 3 points or a zero-length axis.
    static std::optional<LvContour> fromAnnulusTrace(std::vector<PlanePoint> trace);
    // An explicit long axis (e.g. a whole ellipse whose axis ends on the outline).
    LvContour(std::vector<PlanePoint> closedOutline, PlanePoint base, PlanePoint apex);

    const std::vector<PlanePoint>& outline() const { return m_outline; }
    PlanePoint base() const { return m_base; }
    PlanePoint apex() const { return m_apex; }

    double areaCm2() const;     // shoelace area of the closed outline
    double lengthCm() const;    // base to apex
    // Width of the cavity across the long axis at the middle of each of `discs` equal slices
    // (base to apex): the extent of the outline's crossings of the perpendicular there.
    std::vector<double> discDiametersCm(int discs) const;

private:
    std::vector<PlanePoint> m_outline;
    PlanePoint m_base;
    PlanePoint m_apex;
};

} // namespace continuum::cardiac
