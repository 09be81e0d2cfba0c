#include "VisibleTimeRange.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace continuum::timeline {
namespace {

qint64 toMs(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

VisibleTimeRange::VisibleTimeRange()
{
    const QDate today = QDate::currentDate();
    m_startMs = toMs(today.addYears(-10));
    m_spanMs = toMs(today.addDays(1)) - m_startMs;
}

VisibleTimeRange::VisibleTimeRange(const QDateTime& start, const QDateTime& end)
    : VisibleTimeRange(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch() - start.toMSecsSinceEpoch())
{
}

VisibleTimeRange::VisibleTimeRange(qint64 startMs, qint64 spanMs)
    : m_startMs(startMs)
    , m_spanMs(std::clamp(spanMs, kMinSpanMs, kMaxSpanMs))
{
    // Keep the centre when the span had to be clamped.
    m_startMs = startMs + (spanMs - m_spanMs) / 2;
}

VisibleTimeRange VisibleTimeRange::fitting(const QDate& first, const QDate& last, int minimumDays)
{
    const qint64 from = toMs(std::min(first, last));
    const qint64 to = toMs(std::max(first, last).addDays(1));
    qint64 span = std::max(to - from, qint64(minimumDays) * kDayMs);
    const qint64 centre = from + (to - from) / 2;
    span += span / 6;   // room for the marks at both ends, which are centred on their dates
    return VisibleTimeRange(centre - span / 2, span);
}

QDateTime VisibleTimeRange::start() const
{
    return fromMs(m_startMs);
}

QDateTime VisibleTimeRange::end() const
{
    return fromMs(m_startMs + m_spanMs);
}

double VisibleTimeRange::xFor(const QDateTime& time, double left, double width) const
{
    return left + double(time.toMSecsSinceEpoch() - m_startMs) / double(m_spanMs) * width;
}

QDateTime VisibleTimeRange::timeAt(double x, double left, double width) const
{
    return fromMs(m_startMs + qint64(std::llround((x - left) / width * double(m_spanMs))));
}

VisibleTimeRange VisibleTimeRange::zoomedAt(double factor, double anchorFraction) const
{
    if (!(factor > 0.0))
        return *this;
    const double anchorMs = double(m_startMs) + anchorFraction * double(m_spanMs);
    const qint64 span = std::clamp(qint64(std::llround(double(m_spanMs) / factor)), kMinSpanMs, kMaxSpanMs);
    return VisibleTimeRange(qint64(std::llround(anchorMs - anchorFraction * double(span))), span);
}

VisibleTimeRange VisibleTimeRange::pannedBy(double fraction) const
{
    VisibleTimeRange result = *this;
    result.m_startMs += qint64(std::llround(fraction * double(m_spanMs)));
    return result;
}

VisibleTimeRange::Step VisibleTimeRange::tickStep(double width, double minSpacing) const
{
    static constexpr std::array<Step, 12> steps{{{TickUnit::Day, 1}, {TickUnit::Day, 2}, {TickUnit::Week, 1},
                                                 {TickUnit::Month, 1}, {TickUnit::Month, 3}, {TickUnit::Month, 6},
                                                 {TickUnit::Year, 1}, {TickUnit::Year, 2}, {TickUnit::Year, 5},
                                                 {TickUnit::Year, 10}, {TickUnit::Year, 20}, {TickUnit::Year, 50}}};
    const double pixelsPerDay = width / spanDays();
    for (const Step& step : steps) {
        double days = step.count;
        if (step.unit == TickUnit::Week)
            days *= 7.0;
        else if (step.unit == TickUnit::Month)
            days *= 30.44;
        else if (step.unit == TickUnit::Year)
            days *= 365.25;
        if (days * pixelsPerDay >= minSpacing)
            return step;
    }
    return steps.back();
}

VisibleTimeRange::TickUnit VisibleTimeRange::tickUnit(double width, double minSpacing) const
{
    return tickStep(width, minSpacing).unit;
}

std::vector<VisibleTimeRange::Tick> VisibleTimeRange::ticks(double width, double minSpacing) const
{
    std::vector<Tick> result;
    if (width <= 0.0)
        return result;
    const Step step = tickStep(width, minSpacing);
    const QLocale locale;
    const QDate first = start().date();
    const QDate last = end().date().addDays(1);

    // The first tick at or before the start, aligned to the step.
    QDate date;
    switch (step.unit) {
    case TickUnit::Day:
        date = QDate::fromJulianDay(first.toJulianDay() - first.toJulianDay() % step.count);
        break;
    case TickUnit::Week:
        date = first.addDays(1 - first.dayOfWeek());   // Mondays
        break;
    case TickUnit::Month:
        date = QDate(first.year(), 1 + (first.month() - 1) / step.count * step.count, 1);
        break;
    case TickUnit::Year:
        date = QDate(first.year() - ((first.year() % step.count) + step.count) % step.count, 1, 1);
        break;
    }
    for (int guard = 0; date <= last && guard < 10'000; ++guard) {
        Tick tick;
        tick.time = QDateTime(date, QTime(0, 0), Qt::UTC);
        switch (step.unit) {
        case TickUnit::Day:
        case TickUnit::Week:
            tick.major = date.day() == 1 || (step.unit == TickUnit::Week && date.day() <= 7);
            tick.label = locale.toString(date, tick.major || result.empty() ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
            date = date.addDays(step.unit == TickUnit::Week ? 7 : step.count);
            break;
        case TickUnit::Month:
            tick.major = date.month() == 1;
            tick.label = locale.toString(date, tick.major || result.empty() ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
            date = date.addMonths(step.count);
            break;
        case TickUnit::Year:
            tick.major = date.year() % (step.count * 5) == 0;
            tick.label = QString::number(date.year());
            date = date.addYears(step.count);
            break;
        }
        if (tick.time.toMSecsSinceEpoch() >= m_startMs && tick.time.toMSecsSinceEpoch() <= m_startMs + m_spanMs)
            result.push_back(std::move(tick));
    }
    return result;
}

} // namespace continuum::timeline
