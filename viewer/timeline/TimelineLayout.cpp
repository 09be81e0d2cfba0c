#include "TimelineLayout.h"

#include "TimelineModel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace continuum::timeline {

TimelineLayout::TimelineLayout(const QSizeF& size, const VisibleTimeRange& range, const TimelineModel& model,
                               const TimelineFilter& filter)
    : m_size(size)
    , m_range(range)
{
    const QRectF plot = plotRect();
    m_laneHeight = std::max(0.0, plot.height() / double(kLaneOrder.size()));

    // Greedy stacking per lane in date order: a mark goes to the first sub-row whose last mark
    // ends before it starts, else into a new sub-row.
    struct Pending {
        MarkPlacement placement;
        std::size_t row = 0;
    };
    std::vector<Pending> pending;
    std::array<std::vector<double>, kLaneOrder.size()> rowEnds;
    for (const TimelineItem& item : model.items()) {
        const QDateTime time = item.axisTime();
        if (!time.isValid() || !filter.accepts(item))
            continue;   // an undated study has no place on the axis; a filtered one is not shown
        Pending mark;
        mark.placement.studyInstanceUid = item.studyInstanceUid;
        mark.placement.department = item.department;
        mark.placement.dateX = xFor(time);
        const double left = mark.placement.dateX - kMarkWidth / 2.0;
        std::vector<double>& ends = rowEnds[std::size_t(laneIndex(item.department))];
        auto row = std::find_if(ends.begin(), ends.end(), [&](double end) { return end + kMarkGap <= left; });
        if (row == ends.end())
            row = ends.insert(ends.end(), 0.0);
        *row = left + kMarkWidth;
        mark.row = std::size_t(row - ends.begin());
        pending.push_back(std::move(mark));
    }

    // Marks get lower (down to one line of text) so that every sub-row fits in its lane; when
    // even that is not enough, the extra sub-rows wrap over the first ones.
    std::array<std::size_t, kLaneOrder.size()> capacity{};
    for (Department department : kLaneOrder) {
        const std::size_t lane = std::size_t(laneIndex(department));
        const double rows = double(std::max<std::size_t>(1, rowEnds[lane].size()));
        m_markHeights[lane] = std::clamp((m_laneHeight - kMarkGap) / rows - kMarkGap, kMinMarkHeight, kMarkHeight);
        capacity[lane] = std::size_t(std::max(1.0, std::floor((m_laneHeight - kMarkGap) / (m_markHeights[lane] + kMarkGap))));
    }
    for (Pending& mark : pending) {
        const std::size_t lane = std::size_t(laneIndex(mark.placement.department));
        const double top = laneRect(mark.placement.department).top() + kMarkGap
            + double(mark.row % capacity[lane]) * (m_markHeights[lane] + kMarkGap);
        mark.placement.rect = QRectF(mark.placement.dateX - kMarkWidth / 2.0, top, kMarkWidth, m_markHeights[lane]);
        m_marks.push_back(std::move(mark.placement));
    }
}

QRectF TimelineLayout::plotRect() const
{
    return QRectF(kLabelWidth, kTopMargin, std::max(1.0, m_size.width() - kLabelWidth),
                  std::max(0.0, m_size.height() - kTopMargin - kAxisHeight));
}

QRectF TimelineLayout::axisRect() const
{
    const QRectF plot = plotRect();
    return QRectF(plot.left(), plot.bottom(), plot.width(), kAxisHeight);
}

QRectF TimelineLayout::laneRect(Department department) const
{
    const QRectF plot = plotRect();
    return QRectF(plot.left(), plot.top() + laneIndex(department) * m_laneHeight, plot.width(), m_laneHeight);
}

QRectF TimelineLayout::laneLabelRect(Department department) const
{
    const QRectF lane = laneRect(department);
    return QRectF(0.0, lane.top(), kLabelWidth, lane.height());
}

double TimelineLayout::xFor(const QDateTime& time) const
{
    const QRectF plot = plotRect();
    return m_range.xFor(time, plot.left(), plot.width());
}

QDateTime TimelineLayout::timeAt(double x) const
{
    const QRectF plot = plotRect();
    return m_range.timeAt(x, plot.left(), plot.width());
}

std::optional<MarkPlacement> TimelineLayout::mark(const QString& studyInstanceUid) const
{
    const auto it = std::find_if(m_marks.begin(), m_marks.end(),
                                 [&](const MarkPlacement& mark) { return mark.studyInstanceUid == studyInstanceUid; });
    if (it == m_marks.end())
        return std::nullopt;
    return *it;
}

QString TimelineLayout::studyAt(const QPointF& point) const
{
    if (!plotRect().contains(point))
        return {};
    for (auto it = m_marks.rbegin(); it != m_marks.rend(); ++it) {
        if (it->rect.contains(point))
            return it->studyInstanceUid;
    }
    return {};
}

} // namespace continuum::timeline
