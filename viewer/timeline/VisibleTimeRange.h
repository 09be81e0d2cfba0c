#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace continuum::timeline {

// The part of time the timeline shows (zoom and pan state), shared by the widget and tests.
// Times are UTC milliseconds since the epoch; the span stays between one week and 200 years,
// so the user can zoom from decades down to single days (a week at the deepest zoom gives each
// day a wide, labelled column).
class VisibleTimeRange {
public:
    static constexpr qint64 kDayMs = 86'400'000;
    static constexpr qint64 kMinSpanMs = 7 * kDayMs;
    static constexpr qint64 kMaxSpanMs = 200 * 36'525 * kDayMs / 100;

    enum class TickUnit { Day, Week, Month, Year };
    struct Tick {
        QDateTime time;
        QString label;
        bool major = false;   // year (or month, when zoomed to days) boundaries: drawn stronger
    };

    // Ten years up to today.
    VisibleTimeRange();
    VisibleTimeRange(const QDateTime& start, const QDateTime& end);
    // The dates from `first` to `last` with a margin on both sides; at least `minimumDays` wide.
    static VisibleTimeRange fitting(const QDate& first, const QDate& last, int minimumDays = 60);

    QDateTime start() const;
    QDateTime end() const;
    qint64 startMs() const { return m_startMs; }
    qint64 spanMs() const { return m_spanMs; }
    double spanDays() const { return double(m_spanMs) / kDayMs; }

    // Horizontal position of a time in a strip [left, left + width] and back.
    double xFor(const QDateTime& time, double left, double width) const;
    QDateTime timeAt(double x, double left, double width) const;

    // factor > 1 zooms in; the time under anchorFraction (0 = left edge, 1 = right edge) stays put.
    VisibleTimeRange zoomedAt(double factor, double anchorFraction) const;
    // Moves the view by a fraction of its width (positive = later times come into view).
    VisibleTimeRange pannedBy(double fraction) const;

    // The tick unit and ticks for a strip `width` pixels wide, at least minSpacing pixels apart.
    TickUnit tickUnit(double width, double minSpacing = 64.0) const;
    std::vector<Tick> ticks(double width, double minSpacing = 64.0) const;

    bool operator==(const VisibleTimeRange& other) const = default;

private:
    VisibleTimeRange(qint64 startMs, qint64 spanMs);
    struct Step {
        TickUnit unit;
        int count;
    };
    Step tickStep(double width, double minSpacing) const;

    qint64 m_startMs = 0;
    qint64 m_spanMs = kMinSpanMs;
};

} // namespace continuum::timeline
