#include "ReferenceLineGeometry.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace continuum::dicom {

std::optional<ImagePlane> ImagePlane::fromFrame(const FrameGeometry& geometry, int rows, int columns)
{
    if (!geometry.position || !geometry.rowDirection || !geometry.columnDirection || geometry.spacing.row <= 0.0
        || geometry.spacing.column <= 0.0 || geometry.spacing.kind != SpacingKind::Patient || rows <= 0 || columns <= 0)
        return std::nullopt;
    return ImagePlane{*geometry.position,
                      geometry.rowDirection->normalized(),
                      geometry.columnDirection->normalized(),
                      geometry.spacing.column,
                      geometry.spacing.row,
                      columns,
                      rows};
}

std::optional<ImageSegment> ReferenceLineGeometry::intersect(const ImagePlane& image, const Vector3& point, const Vector3& normal)
{
    const Vector3 n = normal.normalized();
    if (image.normal().cross(n).length() < kParallelSine)
        return std::nullopt;
    // Pixel (c, r) lies on the plane when a c + b r = d.
    const double a = image.rowDirection.dot(n) * image.columnSpacing;
    const double b = image.columnDirection.dot(n) * image.rowSpacing;
    const double d = (point - image.origin).dot(n);
    const double left = -0.5;
    const double top = -0.5;
    const double right = image.columns - 0.5;
    const double bottom = image.rows - 0.5;

    std::vector<std::pair<double, double>> hits;
    auto add = [&](double c, double r) {
        constexpr double kSlack = 1e-9;
        if (c < left - kSlack || c > right + kSlack || r < top - kSlack || r > bottom + kSlack)
            return;
        for (const auto& h : hits) {
            if (std::abs(h.first - c) < 1e-9 && std::abs(h.second - r) < 1e-9)
                return;
        }
        hits.emplace_back(std::clamp(c, left, right), std::clamp(r, top, bottom));
    };
    if (std::abs(b) > 1e-12) {
        add(left, (d - a * left) / b);
        add(right, (d - a * right) / b);
    }
    if (std::abs(a) > 1e-12) {
        add((d - b * top) / a, top);
        add((d - b * bottom) / a, bottom);
    }
    if (hits.size() < 2)
        return std::nullopt;
    // The two hits farthest apart (a line through a corner can report more than two).
    std::size_t first = 0;
    std::size_t second = 1;
    double best = -1.0;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        for (std::size_t j = i + 1; j < hits.size(); ++j) {
            const double dc = hits[i].first - hits[j].first;
            const double dr = hits[i].second - hits[j].second;
            if (dc * dc + dr * dr > best) {
                best = dc * dc + dr * dr;
                first = i;
                second = j;
            }
        }
    }
    return ImageSegment{hits[first].first, hits[first].second, hits[second].first, hits[second].second};
}

} // namespace continuum::dicom
