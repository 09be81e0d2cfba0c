#include "VolumeReslicer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace continuum::dicom {

namespace {

// The index axis (0 = column, 1 = row, 2 = slice) a screen step moves along by a whole number
// of voxels, or -1 when it moves along several or by a fraction.
int wholeStepAxis(const VoxelIndex& step, int& voxels)
{
    const double components[3] = {step.x, step.y, step.z};
    int axis = -1;
    for (int a = 0; a < 3; ++a) {
        if (std::abs(components[a]) < 1e-9)
            continue;
        const double rounded = std::round(components[a]);
        if (axis >= 0 || rounded == 0.0 || std::abs(components[a] - rounded) > 1e-6)
            return -1;
        axis = a;
        voxels = static_cast<int>(rounded);
    }
    return axis;
}

double component(const VoxelIndex& index, int axis)
{
    return axis == 0 ? index.x : axis == 1 ? index.y : index.z;
}

// The common case of patient-aligned planes through a stack without tilt: both screen axes
// step along voxel axes by whole voxels from voxel centres, so every sample lies between two
// voxels along the third axis only, with weights shared by the whole plane. Gives the values
// MprVolume::sample() gives at those points (a neighbour without data drops out), without
// evaluating eight neighbours per pixel. False (nothing written) when the plane is not such.
bool resliceAlongVoxelAxes(const MprVolume& volume, const VoxelIndex& perColumn, const VoxelIndex& perRow, const std::vector<VoxelIndex>& origins,
                           SlabMode mode, ResliceInterpolation interpolation, int columns, int rows, float* out)
{
    int columnVoxels = 0;
    int rowVoxels = 0;
    const int columnAxis = wholeStepAxis(perColumn, columnVoxels);
    const int rowAxis = wholeStepAxis(perRow, rowVoxels);
    if (columnAxis < 0 || rowAxis < 0 || columnAxis == rowAxis)
        return false;
    const int normalAxis = 3 - columnAxis - rowAxis;
    const int sizes[3] = {volume.columns(), volume.rows(), volume.slices()};
    constexpr double kEdge = 0.5 + 1e-9;

    // Per slab sample: where its first pixel is, and its two taps along the normal axis.
    struct Taps {
        int firstColumnIndex = 0;
        int firstRowIndex = 0;
        bool inside = false;
        int lower = 0;
        double lowerWeight = 1.0;
        double upperWeight = 0.0;
    };
    std::vector<Taps> taps;
    taps.reserve(origins.size());
    for (const VoxelIndex& origin : origins) {
        Taps t;
        const double c = component(origin, columnAxis);
        const double r = component(origin, rowAxis);
        if (std::abs(c - std::round(c)) > 1e-6 || std::abs(r - std::round(r)) > 1e-6)
            return false;
        t.firstColumnIndex = static_cast<int>(std::round(c));
        t.firstRowIndex = static_cast<int>(std::round(r));
        const double n = component(origin, normalAxis);
        const int size = sizes[normalAxis];
        t.inside = n >= -kEdge && n <= size - 1 + kEdge;
        if (interpolation == ResliceInterpolation::Nearest) {
            t.lower = std::clamp(static_cast<int>(std::lround(n)), 0, size - 1);
        } else {
            const double clamped = std::clamp(n, 0.0, static_cast<double>(size - 1));
            t.lower = std::min(static_cast<int>(clamped), std::max(size - 2, 0));
            const double fraction = size > 1 ? clamped - t.lower : 0.0;
            t.lowerWeight = 1.0 - fraction;
            t.upperWeight = fraction;
        }
        taps.push_back(t);
    }

    const float noDataValue = std::numeric_limits<float>::quiet_NaN();
    if (taps.size() == 1) {
        // A thin plane (what scrolling shows): walk the voxels with pointer steps, row by row.
        const Taps& t = taps.front();
        const std::ptrdiff_t strides[3] = {1, static_cast<std::ptrdiff_t>(sizes[0]), static_cast<std::ptrdiff_t>(sizes[0]) * sizes[1]};
        const std::ptrdiff_t columnStride = strides[columnAxis] * columnVoxels;
        const std::ptrdiff_t normalStride = strides[normalAxis];
        const bool twoTaps = t.upperWeight > 0.0;
        const float lowerWeight = static_cast<float>(t.lowerWeight);
        const float upperWeight = static_cast<float>(t.upperWeight);
        for (int r = 0; r < rows; ++r) {
            const int ri = t.firstRowIndex + r * rowVoxels;
            float* rowOut = out + static_cast<std::ptrdiff_t>(r) * columns;
            if (!t.inside || ri < 0 || ri >= sizes[rowAxis]) {
                std::fill(rowOut, rowOut + columns, noDataValue);
                continue;
            }
            const float* rowBase = volume.voxelData() + static_cast<std::ptrdiff_t>(ri) * strides[rowAxis]
                                 + static_cast<std::ptrdiff_t>(t.lower) * normalStride;
            for (int c = 0; c < columns; ++c) {
                const int ci = t.firstColumnIndex + c * columnVoxels;
                if (ci < 0 || ci >= sizes[columnAxis]) {
                    rowOut[c] = noDataValue;
                    continue;
                }
                const float* voxel = rowBase + static_cast<std::ptrdiff_t>(t.firstColumnIndex) * strides[columnAxis] + c * columnStride;
                if (!twoTaps) {
                    rowOut[c] = *voxel;
                    continue;
                }
                const float a = voxel[0];
                const float b = voxel[normalStride];
                if (!std::isnan(a) && !std::isnan(b))
                    rowOut[c] = (lowerWeight * a + upperWeight * b) / (lowerWeight + upperWeight);
                else
                    rowOut[c] = std::isnan(a) ? (std::isnan(b) ? noDataValue : b) : (t.lowerWeight > 1e-9 ? a : noDataValue);
            }
        }
        return true;
    }

    auto at = [&volume, columnAxis, rowAxis, normalAxis](int columnIndex, int rowIndex, int normalIndex) {
        int index[3];
        index[columnAxis] = columnIndex;
        index[rowAxis] = rowIndex;
        index[normalAxis] = normalIndex;
        return volume.value(index[0], index[1], index[2]);
    };
    const float noData = noDataValue;
    const bool slab = taps.size() > 1;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c, ++out) {
            double sum = 0.0;
            int count = 0;
            float best = noData;
            for (const Taps& t : taps) {
                const int ci = t.firstColumnIndex + c * columnVoxels;
                const int ri = t.firstRowIndex + r * rowVoxels;
                if (!t.inside || ci < 0 || ci >= sizes[columnAxis] || ri < 0 || ri >= sizes[rowAxis])
                    continue;
                float v = noData;
                if (t.upperWeight <= 0.0) {
                    v = at(ci, ri, t.lower);
                } else {
                    const float a = t.lowerWeight > 0.0 ? at(ci, ri, t.lower) : noData;
                    const float b = at(ci, ri, t.lower + 1);
                    double weighted = 0.0;
                    double weights = 0.0;
                    if (!std::isnan(a)) {
                        weighted += t.lowerWeight * static_cast<double>(a);
                        weights += t.lowerWeight;
                    }
                    if (!std::isnan(b)) {
                        weighted += t.upperWeight * static_cast<double>(b);
                        weights += t.upperWeight;
                    }
                    v = weights > 1e-9 ? static_cast<float>(weighted / weights) : noData;
                }
                if (std::isnan(v))
                    continue;
                ++count;
                sum += v;
                if (std::isnan(best) || (mode == SlabMode::Mip && v > best) || (mode == SlabMode::MinIp && v < best))
                    best = v;
            }
            if (count == 0)
                *out = noData;
            else if (mode == SlabMode::Average && slab)
                *out = static_cast<float>(sum / count);
            else
                *out = best;
        }
    }
    return true;
}

} // namespace

namespace {

double component(const Vector3& v, int axis)
{
    return axis == 0 ? v.x : axis == 1 ? v.y : v.z;
}

// The volume's three axes matched one-to-one with the patient axes x, y, z (the assignment
// with the largest total alignment), each turned to point the patient axis' positive way.
std::array<Vector3, 3> volumeAxesByPatientAxis(const MprVolume& volume)
{
    const std::array<Vector3, 3> axes{volume.rowDirection(), volume.columnDirection(), volume.normal()};
    static constexpr std::array<std::array<int, 3>, 6> kPermutations{{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}};
    std::array<int, 3> best = kPermutations[0];
    double bestScore = -1.0;
    for (const auto& p : kPermutations) {
        double score = 0.0;
        for (int patientAxis = 0; patientAxis < 3; ++patientAxis)
            score += std::abs(component(axes[static_cast<std::size_t>(p[static_cast<std::size_t>(patientAxis)])], patientAxis));
        if (score > bestScore) {
            bestScore = score;
            best = p;
        }
    }
    std::array<Vector3, 3> result;
    for (int patientAxis = 0; patientAxis < 3; ++patientAxis) {
        const Vector3 a = axes[static_cast<std::size_t>(best[static_cast<std::size_t>(patientAxis)])];
        result[static_cast<std::size_t>(patientAxis)] = component(a, patientAxis) < 0.0 ? a * -1.0 : a;
    }
    return result;
}

} // namespace

std::pair<double, double> ReslicedPlane::pixelOf(const Vector3& point) const
{
    const Vector3 d = point - geometry.origin;
    return {d.dot(geometry.rowDirection) / geometry.columnSpacing, d.dot(geometry.columnDirection) / geometry.rowSpacing};
}

VolumeReslicer::VolumeReslicer(std::shared_ptr<const MprVolume> volume, PlaneAlignment alignment)
    : m_volume(std::move(volume))
    , m_alignment(alignment)
{
}

PlaneAxes VolumeReslicer::axes(MprPlane plane) const
{
    Vector3 x{1.0, 0.0, 0.0};
    Vector3 y{0.0, 1.0, 0.0};
    Vector3 z{0.0, 0.0, 1.0};
    if (m_alignment == PlaneAlignment::Volume) {
        const auto a = volumeAxesByPatientAxis(*m_volume);
        x = a[0];
        y = a[1];
        z = a[2];
    }
    // LPS: +x is the patient's left, +y posterior, +z head.
    switch (plane) {
    case MprPlane::Axial:
        return {x, y};
    case MprPlane::Coronal:
        return {x, z * -1.0};
    case MprPlane::Sagittal:
        return {y, z * -1.0};
    }
    return {x, y};
}

double VolumeReslicer::stepAlongNormal(MprPlane plane) const
{
    return m_volume->spacingAlong(axes(plane).normal());
}

ImagePlane VolumeReslicer::planeThrough(MprPlane plane, const Vector3& point) const
{
    const PlaneAxes a = axes(plane);
    const Vector3 u = a.right.normalized();
    const Vector3 v = a.down.normalized();
    const Vector3 w = a.normal();
    const double du = m_volume->spacingAlong(u);
    const double dv = m_volume->spacingAlong(v);
    // The extent comes from the volume's corners around its centre, so it does not move when
    // the point moves within the plane.
    const Vector3 centre = m_volume->centre();
    double uMin = std::numeric_limits<double>::infinity();
    double uMax = -uMin;
    double vMin = uMin;
    double vMax = -uMin;
    for (const Vector3& corner : m_volume->corners()) {
        const Vector3 d = corner - centre;
        uMin = std::min(uMin, d.dot(u));
        uMax = std::max(uMax, d.dot(u));
        vMin = std::min(vMin, d.dot(v));
        vMax = std::max(vMax, d.dot(v));
    }
    const Vector3 onPlane = centre + w * (point - centre).dot(w);
    ImagePlane result;
    result.origin = onPlane + u * uMin + v * vMin;
    result.rowDirection = u;
    result.columnDirection = v;
    result.columnSpacing = du;
    result.rowSpacing = dv;
    result.columns = static_cast<int>(std::floor((uMax - uMin) / du + 1e-6)) + 1;
    result.rows = static_cast<int>(std::floor((vMax - vMin) / dv + 1e-6)) + 1;
    return result;
}

ReslicedPlane VolumeReslicer::reslice(MprPlane plane, const Vector3& point, const SlabSettings& slab,
                                      ResliceInterpolation interpolation) const
{
    ReslicedPlane result;
    result.plane = plane;
    result.geometry = planeThrough(plane, point);
    result.slab = slab;
    const ImagePlane& g = result.geometry;
    result.labels = OrientationLabels::fromDirections(g.rowDirection, g.columnDirection);

    const Vector3 w = g.normal();
    const double step = m_volume->spacingAlong(w);
    const double thickness = std::max(slab.thicknessMm, 0.0);
    const int samples = thickness > 0.0 ? std::max(1, static_cast<int>(std::ceil(thickness / step - 1e-6))) : 1;
    result.slabSamples = samples;

    // Index space is an affine image of patient space: walk it with constant increments.
    const MprVolume& volume = *m_volume;
    auto indexDelta = [&volume](const Vector3& d) { return volume.indexOf(volume.origin() + d); };
    const VoxelIndex perColumn = indexDelta(g.rowDirection * g.columnSpacing);
    const VoxelIndex perRow = indexDelta(g.columnDirection * g.rowSpacing);
    std::vector<VoxelIndex> sampleOrigins;
    sampleOrigins.reserve(static_cast<std::size_t>(samples));
    for (int s = 0; s < samples; ++s) {
        const double offset = samples == 1 ? 0.0 : -thickness / 2.0 + (s + 0.5) * thickness / samples;
        sampleOrigins.push_back(volume.indexOf(g.origin + w * offset));
    }

    result.values.resize(static_cast<std::size_t>(g.columns) * static_cast<std::size_t>(g.rows));
    if (resliceAlongVoxelAxes(volume, perColumn, perRow, sampleOrigins, slab.mode, interpolation, g.columns, g.rows, result.values.data()))
        return result;
    float* out = result.values.data();
    for (int r = 0; r < g.rows; ++r) {
        for (int c = 0; c < g.columns; ++c, ++out) {
            double sum = 0.0;
            int count = 0;
            float best = std::numeric_limits<float>::quiet_NaN();
            for (const VoxelIndex& o : sampleOrigins) {
                const VoxelIndex i{o.x + c * perColumn.x + r * perRow.x, o.y + c * perColumn.y + r * perRow.y,
                                   o.z + c * perColumn.z + r * perRow.z};
                const float v = volume.sample(i, interpolation);
                if (std::isnan(v))
                    continue;
                ++count;
                sum += v;
                if (std::isnan(best) || (slab.mode == SlabMode::Mip && v > best) || (slab.mode == SlabMode::MinIp && v < best))
                    best = v;
            }
            if (count == 0)
                *out = std::numeric_limits<float>::quiet_NaN();
            else if (slab.mode == SlabMode::Average && samples > 1)
                *out = static_cast<float>(sum / count);
            else
                *out = best;
        }
    }
    return result;
}

QString VolumeReslicer::planeName(MprPlane plane)
{
    switch (plane) {
    case MprPlane::Axial:
        return QCoreApplication::translate("VolumeReslicer", "Axial");
    case MprPlane::Coronal:
        return QCoreApplication::translate("VolumeReslicer", "Coronal");
    case MprPlane::Sagittal:
        return QCoreApplication::translate("VolumeReslicer", "Sagittal");
    }
    return {};
}

QString VolumeReslicer::slabModeName(SlabMode mode)
{
    switch (mode) {
    case SlabMode::Mip:
        return QCoreApplication::translate("VolumeReslicer", "MIP");
    case SlabMode::MinIp:
        return QCoreApplication::translate("VolumeReslicer", "MinIP");
    case SlabMode::Average:
        return QCoreApplication::translate("VolumeReslicer", "Average");
    }
    return {};
}

} // namespace continuum::dicom
