#include "StackAssembler.h"
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace continuum::dicom {

namespace {

constexpr double kOrientationToleranceDegrees = 0.01;
constexpr double kTiltToleranceDegrees = 0.01;
constexpr double kSamePositionMm = 0.01;
constexpr double kSpacingTolerance = 0.01;      // relative to the median gap
constexpr double kPixelSpacingTolerance = 0.001; // relative

double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }

// Angle between two directions, accurate near zero (acos is not).
double angleDegrees(const Vector3& a, const Vector3& b)
{
    return degrees(std::atan2(a.cross(b).length(), a.dot(b)));
}

bool hasGeometry(const FrameGeometry& g)
{
    if (!g.position || !g.rowDirection || !g.columnDirection)
        return false;
    // Zero or collinear direction cosines give no plane.
    return g.rowDirection->length() > 0.5 && g.columnDirection->length() > 0.5
        && g.rowDirection->cross(*g.columnDirection).length() > 0.5;
}

bool hasPixelSpacing(const FrameGeometry& g)
{
    return g.spacing.kind != SpacingKind::None && g.spacing.row > 0.0 && g.spacing.column > 0.0;
}

bool relativelyEqual(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}

// Enough decimals that two different numbers do not print the same (at most 3).
int decimalsToTell(double a, double b)
{
    for (int decimals = 1; decimals < 3; ++decimals) {
        if (QString::number(a, 'f', decimals) != QString::number(b, 'f', decimals))
            return decimals;
    }
    return 3;
}

QString mm(double value, int decimals = 1) { return QString::number(value, 'f', decimals); }

struct OrientationGroup {
    Vector3 row;
    Vector3 column;
    std::vector<std::size_t> members; // positions in the input span
};

void addIssue(StackLayout& layout, StackIssue issue, QString message)
{
    layout.issues.push_back(issue);
    layout.messages.push_back(std::move(message));
}

void checkSizes(std::span<const SliceInput> slices, StackLayout& layout)
{
    const SliceInput& first = slices.front();
    bool sizeDiffers = false;
    bool spacingDiffers = false;
    double minSpacing = first.geometry.spacing.row;
    double maxSpacing = minSpacing;
    for (const SliceInput& s : slices) {
        if (s.rows != first.rows || s.columns != first.columns)
            sizeDiffers = true;
        const PixelSpacing& a = s.geometry.spacing;
        const PixelSpacing& b = first.geometry.spacing;
        if (!relativelyEqual(a.row, b.row, kPixelSpacingTolerance) || !relativelyEqual(a.column, b.column, kPixelSpacingTolerance))
            spacingDiffers = true;
        minSpacing = std::min({minSpacing, a.row, a.column});
        maxSpacing = std::max({maxSpacing, a.row, a.column});
    }
    if (sizeDiffers) {
        int minRows = first.rows, maxRows = first.rows, minColumns = first.columns, maxColumns = first.columns;
        for (const SliceInput& s : slices) {
            minRows = std::min(minRows, s.rows);
            maxRows = std::max(maxRows, s.rows);
            minColumns = std::min(minColumns, s.columns);
            maxColumns = std::max(maxColumns, s.columns);
        }
        addIssue(layout, StackIssue::MixedSize,
                 QCoreApplication::translate("StackAssembler", "Slice sizes differ: rows from %1 to %2, columns from %3 to %4.")
                     .arg(minRows).arg(maxRows).arg(minColumns).arg(maxColumns));
    } else if (spacingDiffers) {
        const int decimals = std::max(2, decimalsToTell(minSpacing, maxSpacing));
        addIssue(layout, StackIssue::MixedSize,
                 QCoreApplication::translate("StackAssembler", "Pixel spacing differs between slices, from %1 to %2 mm.")
                     .arg(mm(minSpacing, decimals), mm(maxSpacing, decimals)));
    }
}

void setPlaneFrom(const SliceInput& slice, StackLayout& layout)
{
    const FrameGeometry& g = slice.geometry;
    if (g.rowDirection && g.columnDirection) {
        layout.rowDirection = g.rowDirection->normalized();
        layout.columnDirection = g.columnDirection->normalized();
        layout.normal = layout.rowDirection.cross(layout.columnDirection).normalized();
    }
    if (g.position)
        layout.origin = *g.position;
    layout.rowSpacing = g.spacing.row;
    layout.columnSpacing = g.spacing.column;
}

// Sorts members along the normal; ties (same position) keep index order.
void sortAlong(std::vector<std::size_t>& members, std::span<const SliceInput> slices, const Vector3& normal)
{
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
        const double da = slices[a].geometry.position->dot(normal);
        const double db = slices[b].geometry.position->dot(normal);
        if (da != db)
            return da < db;
        return slices[a].index < slices[b].index;
    });
}

std::vector<int> indicesOf(const std::vector<std::size_t>& members, std::span<const SliceInput> slices)
{
    std::vector<int> indices;
    indices.reserve(members.size());
    for (const std::size_t m : members)
        indices.push_back(slices[m].index);
    return indices;
}

StackLayout assembleWithoutGeometry(std::span<const SliceInput> slices, StackLayout layout, std::size_t missing)
{
    std::vector<std::size_t> members(slices.size());
    for (std::size_t i = 0; i < members.size(); ++i)
        members[i] = i;
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return slices[a].index < slices[b].index; });
    layout.order = indicesOf(members, slices);
    const auto withPlane = std::find_if(members.begin(), members.end(), [&](std::size_t m) { return hasGeometry(slices[m].geometry); });
    setPlaneFrom(slices[withPlane != members.end() ? *withPlane : members.front()], layout);
    addIssue(layout, StackIssue::MissingGeometry,
             QStringLiteral("%1 of %2 slices have no image position or orientation, so the slices are kept in index order.")
                 .arg(missing).arg(slices.size()));
    if (slices.size() == 1)
        addIssue(layout, StackIssue::SingleSlice, QCoreApplication::translate("StackAssembler", "There is only one slice, so there is no volume."));
    return layout;
}

} // namespace

StackLayout StackAssembler::assemble(std::span<const SliceInput> slices)
{
    StackLayout layout;
    if (slices.empty())
        return layout;

    checkSizes(slices, layout);

    const auto missing = static_cast<std::size_t>(std::count_if(slices.begin(), slices.end(), [](const SliceInput& s) { return !hasGeometry(s.geometry); }));
    if (missing > 0)
        return assembleWithoutGeometry(slices, std::move(layout), missing);

    const auto noSpacing = std::count_if(slices.begin(), slices.end(), [](const SliceInput& s) { return !hasPixelSpacing(s.geometry); });
    if (noSpacing > 0) {
        addIssue(layout, StackIssue::MissingGeometry,
                 QStringLiteral("%1 of %2 slices have no pixel spacing, so distances in the slice plane are unknown.")
                     .arg(noSpacing).arg(slices.size()));
    }

    // Group by orientation: row and column directions both within tolerance.
    std::vector<OrientationGroup> groups;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const Vector3 row = slices[i].geometry.rowDirection->normalized();
        const Vector3 column = slices[i].geometry.columnDirection->normalized();
        auto group = std::find_if(groups.begin(), groups.end(), [&](const OrientationGroup& g) {
            return angleDegrees(g.row, row) <= kOrientationToleranceDegrees && angleDegrees(g.column, column) <= kOrientationToleranceDegrees;
        });
        if (group == groups.end())
            groups.push_back({row, column, {i}});
        else
            group->members.push_back(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const OrientationGroup& a, const OrientationGroup& b) { return a.members.size() > b.members.size(); });
    if (groups.size() > 1) {
        addIssue(layout, StackIssue::MixedOrientation,
                 QCoreApplication::translate("StackAssembler", "The slices have %1 different orientations; the largest group has %2 of %3 slices.")
                     .arg(groups.size()).arg(groups.front().members.size()).arg(slices.size()));
    }

    OrientationGroup& primary = groups.front();
    const Vector3 normal = primary.row.cross(primary.column).normalized();
    sortAlong(primary.members, slices, normal);

    // Clusters of slices at the same position, in order along the normal.
    std::vector<std::vector<std::size_t>> positions;
    for (const std::size_t m : primary.members) {
        const Vector3& p = *slices[m].geometry.position;
        if (!positions.empty() && (*slices[positions.back().front()].geometry.position - p).length() <= kSamePositionMm)
            positions.back().push_back(m);
        else
            positions.push_back({m});
    }
    std::size_t maxRepeat = 1;
    std::size_t repeatedPositions = 0;
    for (auto& cluster : positions) {
        std::stable_sort(cluster.begin(), cluster.end(), [&](std::size_t a, std::size_t b) { return slices[a].index < slices[b].index; });
        maxRepeat = std::max(maxRepeat, cluster.size());
        repeatedPositions += cluster.size() > 1 ? 1 : 0;
    }

    // Stacks: the primary group (split by repetition when every position repeats equally),
    // then the other orientations.
    std::vector<std::vector<std::size_t>> stacks;
    bool splitByRepetition = false;
    if (repeatedPositions > 0) {
        addIssue(layout, StackIssue::DuplicatePositions,
                 QStringLiteral("%1 of %2 slice positions are shared by more than one slice (up to %3 slices at one position).")
                     .arg(repeatedPositions).arg(positions.size()).arg(maxRepeat));
        splitByRepetition = std::all_of(positions.begin(), positions.end(), [&](const auto& c) { return c.size() == maxRepeat; });
    }
    if (splitByRepetition) {
        for (std::size_t k = 0; k < maxRepeat; ++k) {
            std::vector<std::size_t> stack;
            stack.reserve(positions.size());
            for (const auto& cluster : positions)
                stack.push_back(cluster[k]);
            stacks.push_back(std::move(stack));
        }
    } else {
        stacks.push_back(primary.members);
    }
    for (std::size_t g = 1; g < groups.size(); ++g) {
        const Vector3 groupNormal = groups[g].row.cross(groups[g].column).normalized();
        sortAlong(groups[g].members, slices, groupNormal);
        stacks.push_back(groups[g].members);
    }
    if (stacks.size() > 1) {
        QString reason;
        if (splitByRepetition && groups.size() > 1)
            reason = QStringLiteral("%1 repetitions of the same positions and %2 orientations").arg(maxRepeat).arg(groups.size());
        else if (splitByRepetition)
            reason = QStringLiteral("every position is repeated %1 times: several acquisitions or time points").arg(maxRepeat);
        else
            reason = QStringLiteral("%1 different orientations").arg(groups.size());
        addIssue(layout, StackIssue::MultipleStacks,
                 QCoreApplication::translate("StackAssembler", "The slices form %1 stacks (%2); the first has %3 slices.")
                     .arg(stacks.size()).arg(reason).arg(stacks.front().size()));
        for (const auto& stack : stacks)
            layout.stacks.push_back(indicesOf(stack, slices));
    }
    for (const auto& stack : stacks) {
        const std::vector<int> indices = indicesOf(stack, slices);
        layout.order.insert(layout.order.end(), indices.begin(), indices.end());
    }

    setPlaneFrom(slices[primary.members.front()], layout);
    layout.rowDirection = primary.row;
    layout.columnDirection = primary.column;
    layout.normal = normal;
    layout.origin = *slices[stacks.front().front()].geometry.position;

    // Spacing and tilt from one slice per distinct position of the primary stack.
    std::vector<Vector3> distinct;
    distinct.reserve(positions.size());
    for (const auto& cluster : positions)
        distinct.push_back(*slices[cluster.front()].geometry.position);

    if (distinct.size() < 2) {
        addIssue(layout, StackIssue::SingleSlice,
                 slices.size() == 1 ? QCoreApplication::translate("StackAssembler", "There is only one slice, so there is no volume.")
                                    : QCoreApplication::translate("StackAssembler", "All slices of the stack are at one position, so there is no volume."));
    } else {
        std::vector<double> gaps;
        gaps.reserve(distinct.size() - 1);
        for (std::size_t i = 0; i + 1 < distinct.size(); ++i)
            gaps.push_back((distinct[i + 1] - distinct[i]).dot(normal));
        std::vector<double> sorted = gaps;
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
        double median = sorted[sorted.size() / 2];
        if (sorted.size() % 2 == 0) {
            const double lower = *std::max_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2));
            median = (median + lower) / 2.0;
        }
        const auto [minGap, maxGap] = std::minmax_element(gaps.begin(), gaps.end());
        const bool uniform = std::all_of(gaps.begin(), gaps.end(), [&](double g) { return std::abs(g - median) <= kSpacingTolerance * median; });
        if (uniform) {
            layout.sliceSpacing = (distinct.back() - distinct.front()).dot(normal) / static_cast<double>(gaps.size());
        } else {
            layout.sliceSpacing = median;
            const int decimals = decimalsToTell(*minGap, *maxGap);
            addIssue(layout, StackIssue::NonUniformSpacing,
                     QCoreApplication::translate("StackAssembler", "Slice spacing varies from %1 to %2 mm (median %3 mm).")
                         .arg(mm(*minGap, decimals), mm(*maxGap, decimals), mm(median, decimals)));
        }

        const Vector3 offset = distinct.back() - distinct.front();
        const double tilt = angleDegrees(offset, normal);
        if (tilt > kTiltToleranceDegrees) {
            addIssue(layout, StackIssue::GantryTilt,
                     QCoreApplication::translate("StackAssembler", "The slices are offset at %1 degrees to the slice normal (gantry tilt).")
                         .arg(QString::number(tilt, 'f', 2)));
        }
    }

    layout.isVolume = layout.issues.empty();
    return layout;
}

} // namespace continuum::dicom
