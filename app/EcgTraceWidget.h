#pragma once
#include "cardiac/EcgTimeMapping.h"
#include "cardiac/EcgTraceLayout.h"
#include "cardiac/EcgWaveform.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace continuum::app {

// One ECG lead drawn like ECG paper (grid 40 ms x 0.1 mV, bold every 200 ms x 0.5 mV) under a
// cine loop: a cursor at the ECG time of the frame on screen and a marker at each R wave.
//
// Times: setCursorTimeMs takes the loop's file time of the current frame (CineTiming::frameStartMs
// of the frame shown); the time mapping turns it into ECG time (loop time + offset). Without a
// mapping the two are the same. The strip shows the mapped loop (at least 2.5 s of ECG around
// it) or, without a loop, the whole lead, unless setVisibleRangeMs says otherwise.
class EcgTraceWidget : public QWidget {
    Q_OBJECT

public:
    explicit EcgTraceWidget(QWidget* parent = nullptr);

    // The waveform group and the channel to draw (e.g. waveform.channelIndex(u"II")).
    void setWaveform(cardiac::EcgWaveform waveform, int channel);
    void clearWaveform();
    bool hasWaveform() const { return m_channel >= 0; }
    // R waves in ECG time (ms), e.g. from cardiac::RWaveDetector::detectTimesMs.
    void setRWaveTimesMs(std::vector<double> ecgTimesMs);
    void setTimeMapping(cardiac::EcgTimeMapping mapping);
    const cardiac::EcgTimeMapping& timeMapping() const { return m_mapping; }
    void setVisibleRangeMs(double fromEcgMs, double toEcgMs);

    void setCursorTimeMs(double loopTimeMs);
    // The cursor at the start of frame `frame` of the mapped loop.
    void setCursorFrame(int frame);
    std::optional<double> cursorEcgTimeMs() const { return m_cursorEcgMs; }
    // Widget column of the cursor, empty when there is none or it is outside the strip.
    std::optional<int> cursorColumn() const;
    const cardiac::EcgTraceLayout& layout() const { return m_layout; }

    QSize sizeHint() const override { return {640, 140}; }
    QSize minimumSizeHint() const override { return {160, 60}; }

    // Colours, public so tests can find what was drawn.
    static QColor paperColor() { return {255, 247, 242}; }
    static QColor traceColor() { return {20, 20, 20}; }
    static QColor cursorColor() { return {0, 110, 255}; }
    static QColor rWaveColor() { return {0, 150, 60}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateLayout();

    cardiac::EcgWaveform m_waveform;
    int m_channel = -1;
    std::vector<double> m_rWavesMs;
    cardiac::EcgTimeMapping m_mapping;
    std::optional<std::pair<double, double>> m_visibleRange;
    std::optional<double> m_cursorEcgMs;
    cardiac::EcgTraceLayout m_layout;
};

} // namespace continuum::app
