#pragma once
#include "Department.h"
#include "TimelineFilter.h"
#include "VisibleTimeRange.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace continuum::timeline {

class TimelineModel;

// Where a study's mark sits: centred on its date, inside its department's lane.
struct MarkPlacement {
    QString studyInstanceUid;
    Department department = Department::Other;
    double dateX = 0.0;
    QRectF rect;
};

// Geometry of the timeline for one size and visible range: the lane label column on the left,
// one lane band per department (fixed order) and the date axis at the bottom. Marks that would
// overlap in a lane are stacked in sub-rows while the lane has room. The widget paints and hit-
// tests with it; tests measure with it.
class TimelineLayout {
public:
    static constexpr double kLabelWidth = 108.0;
    static constexpr double kAxisHeight = 30.0;
    static constexpr double kTopMargin = 4.0;
    static constexpr double kMarkWidth = 56.0;
    static constexpr double kMarkHeight = 34.0;
    static constexpr double kMinMarkHeight = 16.0;
    static constexpr double kMarkGap = 4.0;

    // Studies the filter does not accept get no mark.
    TimelineLayout(const QSizeF& size, const VisibleTimeRange& range, const TimelineModel& model,
                   const TimelineFilter& filter = {});

    QSizeF size() const { return m_size; }
    // The area where dates map to x: right of the labels, above the axis.
    QRectF plotRect() const;
    QRectF axisRect() const;
    QRectF laneRect(Department department) const;        // the band across the plot area
    QRectF laneLabelRect(Department department) const;   // its label cell on the left
    double xFor(const QDateTime& time) const;
    QDateTime timeAt(double x) const;
    // Height of the marks in a lane (lower when many overlap in time).
    double markHeight(Department department) const { return m_markHeights[std::size_t(laneIndex(department))]; }

    const std::vector<MarkPlacement>& marks() const { return m_marks; }
    std::optional<MarkPlacement> mark(const QString& studyInstanceUid) const;
    // The study whose mark is under `point` (the one painted last, i.e. on top), or empty.
    QString studyAt(const QPointF& point) const;

private:
    QSizeF m_size;
    VisibleTimeRange m_range;
    double m_laneHeight = 0.0;
    std::array<double, kLaneOrder.size()> m_markHeights{};
    std::vector<MarkPlacement> m_marks;
};

} // namespace continuum::timeline
