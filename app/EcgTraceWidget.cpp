#include "EcgTraceWidget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace continuum::app {
namespace {
constexpr double kMinimumStripMs = 2500.0;
}

EcgTraceWidget::EcgTraceWidget(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("ECG: cursor at the current frame, green marks at the R waves"));
}

void EcgTraceWidget::setWaveform(cardiac::EcgWaveform waveform, int channel)
{
    m_waveform = std::move(waveform);
    m_channel = channel >= 0 && channel < static_cast<int>(m_waveform.channels.size()) ? channel : -1;
    updateLayout();
}

void EcgTraceWidget::clearWaveform()
{
    m_waveform = {};
    m_channel = -1;
    m_rWavesMs.clear();
    updateLayout();
}

void EcgTraceWidget::setRWaveTimesMs(std::vector<double> ecgTimesMs)
{
    m_rWavesMs = std::move(ecgTimesMs);
    update();
}

void EcgTraceWidget::setTimeMapping(cardiac::EcgTimeMapping mapping)
{
    m_mapping = std::move(mapping);
    updateLayout();
}

void EcgTraceWidget::setVisibleRangeMs(double fromEcgMs, double toEcgMs)
{
    m_visibleRange = std::make_pair(fromEcgMs, toEcgMs);
    updateLayout();
}

void EcgTraceWidget::setCursorTimeMs(double loopTimeMs)
{
    m_cursorEcgMs = m_mapping.ecgTimeOfLoopTimeMs(loopTimeMs);
    update();
}

void EcgTraceWidget::setCursorFrame(int frame)
{
    if (!m_mapping.hasLoop() || frame < 0 || frame >= m_mapping.timing().frameCount())
        return;
    setCursorTimeMs(m_mapping.timing().frameStartMs(frame));
}

std::optional<int> EcgTraceWidget::cursorColumn() const
{
    if (!m_cursorEcgMs || !m_layout.isVisible(*m_cursorEcgMs))
        return std::nullopt;
    return std::clamp(static_cast<int>(std::lround(m_layout.xOfTimeMs(*m_cursorEcgMs))), 0, width() - 1);
}

void EcgTraceWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void EcgTraceWidget::updateLayout()
{
    m_layout.setSize(width(), height());
    double from = 0.0, to = kMinimumStripMs;
    if (m_channel >= 0) {
        from = m_waveform.timeOfSampleMs(0);
        to = m_waveform.timeOfSampleMs(m_waveform.sampleCount);
    }
    if (m_visibleRange) {
        from = m_visibleRange->first;
        to = m_visibleRange->second;
    } else if (m_mapping.hasLoop() && m_channel >= 0) {
        // The loop's stretch of ECG, widened to a readable strip, kept inside the recording.
        auto [loopFrom, loopTo] = m_mapping.ecgRangeMs();
        const double recordingFrom = from, recordingTo = to;
        const double widen = std::max(0.0, kMinimumStripMs - (loopTo - loopFrom)) / 2.0;
        from = std::max(recordingFrom, loopFrom - widen);
        to = std::min(recordingTo, std::max(loopTo + widen, from + kMinimumStripMs));
    }
    m_layout.setTimeRangeMs(from, to);
    if (m_channel >= 0) {
        double low = 0.0, high = 0.0;
        for (double v : m_waveform.channels[static_cast<std::size_t>(m_channel)].samples)
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        m_layout.fitAmplitude(low, high);
    } else {
        m_layout.setAmplitudeRangeMv(-1.0, 1.0);
    }
    update();
}

void EcgTraceWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), paperColor());
    // Paper grid: thin lines every small box, stronger every large box.
    const QColor minor(246, 205, 200), major(228, 140, 135);
    painter.setPen(QPen(minor, 0));
    for (double t : m_layout.gridTimesMs(cardiac::EcgTraceLayout::kMinorGridMs))
        painter.drawLine(QPointF(m_layout.xOfTimeMs(t), 0), QPointF(m_layout.xOfTimeMs(t), height()));
    for (double v : m_layout.gridVoltagesMv(cardiac::EcgTraceLayout::kMinorGridMv))
        painter.drawLine(QPointF(0, m_layout.yOfMv(v)), QPointF(width(), m_layout.yOfMv(v)));
    painter.setPen(QPen(major, 0));
    for (double t : m_layout.gridTimesMs(cardiac::EcgTraceLayout::kMajorGridMs))
        painter.drawLine(QPointF(m_layout.xOfTimeMs(t), 0), QPointF(m_layout.xOfTimeMs(t), height()));
    for (double v : m_layout.gridVoltagesMv(cardiac::EcgTraceLayout::kMajorGridMv))
        painter.drawLine(QPointF(0, m_layout.yOfMv(v)), QPointF(width(), m_layout.yOfMv(v)));

    // The loop's stretch of the ECG, shaded lightly so the cursor's travel is visible.
    if (m_mapping.hasLoop()) {
        const auto [from, to] = m_mapping.ecgRangeMs();
        QColor shade = cursorColor();
        shade.setAlpha(22);
        painter.fillRect(QRectF(QPointF(m_layout.xOfTimeMs(from), 0), QPointF(m_layout.xOfTimeMs(to), height())), shade);
    }

    if (m_channel < 0) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("No ECG waveform in this study"));
        return;
    }
    const cardiac::WaveformChannel& lead = m_waveform.channels[static_cast<std::size_t>(m_channel)];

    // The trace: per column, the range of the samples falling in it (no aliasing of the QRS).
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(traceColor(), 1.4));
    QPainterPath path;
    bool open = false;
    const int count = static_cast<int>(lead.samples.size());
    const double firstSample = std::max(0.0, std::floor(m_waveform.sampleAtTimeMs(m_layout.fromMs() - lead.skewMs)));
    const double lastSample = std::min(count - 1.0, std::ceil(m_waveform.sampleAtTimeMs(m_layout.toMs() - lead.skewMs)));
    for (int i = static_cast<int>(firstSample); i <= static_cast<int>(lastSample); ++i) {
        const double v = lead.samples[static_cast<std::size_t>(i)];
        if (!std::isfinite(v)) {
            open = false;   // padding: a gap in the trace
            continue;
        }
        const QPointF p(m_layout.xOfTimeMs(m_waveform.timeOfSampleMs(i) + lead.skewMs), m_layout.yOfMv(v));
        if (open)
            path.lineTo(p);
        else
            path.moveTo(p);
        open = true;
    }
    painter.drawPath(path);
    painter.setRenderHint(QPainter::Antialiasing, false);

    // R waves: a small triangle at the top edge.
    painter.setPen(Qt::NoPen);
    painter.setBrush(rWaveColor());
    for (double r : m_rWavesMs) {
        if (!m_layout.isVisible(r))
            continue;
        const double x = m_layout.xOfTimeMs(r);
        const QPointF triangle[] = {{x - 4, 0}, {x + 4, 0}, {x, 7}};
        painter.drawPolygon(triangle, 3);
    }
    painter.setBrush(Qt::NoBrush);

    if (const auto column = cursorColumn()) {
        painter.setPen(QPen(cursorColor(), 0));
        painter.drawLine(*column, 0, *column, height() - 1);
    }

    painter.setPen(traceColor());
    const QString label = tr("%1   %2 mV / %3 ms per large box")
                              .arg(lead.label)
                              .arg(cardiac::EcgTraceLayout::kMajorGridMv)
                              .arg(cardiac::EcgTraceLayout::kMajorGridMs);
    painter.drawText(QRect(6, 4, width() - 12, height() - 8), Qt::AlignLeft | Qt::AlignBottom, label);
}

} // namespace continuum::app
