#include "SliceSynchronizer.h"

#include "ImageSeries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace continuum::dicom {

std::optional<PatientTransform> PatientTransform::inverse() const
{
    const auto& m = matrix;
    const Vector3 a{m[0], m[3], m[6]}; // columns
    const Vector3 b{m[1], m[4], m[7]};
    const Vector3 c{m[2], m[5], m[8]};
    const auto inverse = inverseOfColumns(a, b, c);
    if (!inverse)
        return std::nullopt;
    PatientTransform result{*inverse, {}};
    result.translation = result.apply(translation) * -1.0;
    return result;
}

PatientTransform PatientTransform::fromMatrix4x4(const std::array<double, 16>& v)
{
    return PatientTransform{{v[0], v[1], v[2], v[4], v[5], v[6], v[8], v[9], v[10]}, {v[3], v[7], v[11]}};
}

SyncStack SyncStack::fromSeries(const ImageSeries& series)
{
    SyncStack stack;
    if (series.frameCount() == 0)
        return stack;
    stack.frameOfReferenceUid = series.header(0).frameOfReferenceUid;
    stack.normal = series.layout().normal;
    Vector3 last;
    for (int f = 0; f < series.frameCount(); ++f) {
        const FrameGeometry& g = series.geometry(f);
        if (g.position)
            last = *g.position;
        stack.slicePositions.push_back(last);
    }
    if (stack.normal.length() < 0.5) {
        if (const auto n = series.geometry(0).normal())
            stack.normal = *n;
        else
            stack.frameOfReferenceUid.clear(); // no plane: nothing to synchronize by
    }
    return stack;
}

int SliceSynchronizer::addStack(SyncStack stack)
{
    stack.normal = stack.normal.normalized();
    m_stacks.push_back(std::move(stack));
    return static_cast<int>(m_stacks.size()) - 1;
}

void SliceSynchronizer::clear()
{
    m_stacks.clear();
    m_relations.clear();
}

bool SliceSynchronizer::relate(const std::string& from, const std::string& to, const PatientTransform& transform)
{
    if (from.empty() || to.empty() || from == to || !transform.inverse())
        return false;
    std::erase_if(m_relations, [&](const Relation& r) { return (r.from == from && r.to == to) || (r.from == to && r.to == from); });
    m_relations.push_back({from, to, transform});
    return true;
}

std::optional<Vector3> SliceSynchronizer::mapPoint(const Vector3& point, const std::string& from, const std::string& to) const
{
    if (from.empty() || to.empty())
        return std::nullopt;
    if (from == to)
        return point;
    for (const Relation& r : m_relations) {
        if (r.from == from && r.to == to)
            return r.transform.apply(point);
        if (r.from == to && r.to == from)
            return r.transform.inverse()->apply(point);
    }
    return std::nullopt;
}

std::optional<SliceMatch> SliceSynchronizer::nearestSlice(int stackId, const Vector3& point, const std::string& frameOfReferenceUid) const
{
    const SyncStack& s = stack(stackId);
    if (s.slicePositions.empty())
        return std::nullopt;
    const auto mapped = mapPoint(point, frameOfReferenceUid, s.frameOfReferenceUid);
    if (!mapped)
        return std::nullopt;
    const double target = mapped->dot(s.normal);
    SliceMatch best;
    best.distanceMm = std::numeric_limits<double>::infinity();
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    for (std::size_t f = 0; f < s.slicePositions.size(); ++f) {
        const double position = s.slicePositions[f].dot(s.normal);
        lowest = std::min(lowest, position);
        highest = std::max(highest, position);
        const double distance = std::abs(position - target);
        if (distance < best.distanceMm) {
            best.distanceMm = distance;
            best.frame = static_cast<int>(f);
        }
    }
    const double halfSpacing = s.slicePositions.size() > 1 ? (highest - lowest) / static_cast<double>(s.slicePositions.size() - 1) / 2.0 : 0.0;
    best.withinStack = target >= lowest - halfSpacing - 1e-6 && target <= highest + halfSpacing + 1e-6;
    return best;
}

Vector3 SliceSynchronizer::pointOf(int stackId, int frame) const
{
    return stack(stackId).slicePositions.at(static_cast<std::size_t>(frame));
}

std::vector<std::optional<SliceMatch>> SliceSynchronizer::follow(int sourceStack, int sourceFrame) const
{
    std::vector<std::optional<SliceMatch>> result(m_stacks.size());
    const SyncStack& source = stack(sourceStack);
    const Vector3 point = pointOf(sourceStack, sourceFrame);
    for (int id = 0; id < stackCount(); ++id) {
        if (id == sourceStack)
            result[static_cast<std::size_t>(id)] = SliceMatch{sourceFrame, 0.0, true};
        else
            result[static_cast<std::size_t>(id)] = nearestSlice(id, point, source.frameOfReferenceUid);
    }
    return result;
}

} // namespace continuum::dicom
