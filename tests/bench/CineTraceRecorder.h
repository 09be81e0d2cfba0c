#pragma once
#include <QObject>

#include <string>
#include <vector>

namespace continuum::render {
class CineViewport;
}

namespace continuum::bench {

// Records what happened to each frame a CineViewport wanted, to explain its dropped frames:
// when the clock wanted the frame (the previous tick's nextChangeNs), when the timer handed it
// over, when its pixels were ready, painted and swapped, and how much the GUI thread ran and
// waited for a core meanwhile (/proc/thread-self/schedstat: a busy thread or a starved one?).
// Times in ms after start().
class CineTraceRecorder : public QObject {
public:
    struct Sched {
        double ranMs = 0.0, waitedMs = 0.0;
    };
    struct Frame {
        int frame = -1;
        double dueAt = 0.0, wantedAt = 0.0, shownAt = 0.0, paintStart = 0.0, paintEnd = 0.0, swapAt = 0.0;
        Sched atWanted, atPaint, atSwap;
    };

    explicit CineTraceRecorder(render::CineViewport& viewport);

    // Forgets what was recorded; times count from now.
    void start();
    // Paint times, for a caller that can see paintGL (0 when unknown).
    void notePaint(double startMs, double endMs);

    static double nowMs();
    static Sched schedNow();

    const std::vector<Frame>& frames() const { return frames_; }
    const std::vector<double>& dropsAtMs() const { return dropsAtMs_; }
    // Per drop: the frames wanted in the 250 ms before it was counted.
    std::string explainDrops() const;

private:
    render::CineViewport& viewport_;
    std::vector<Frame> frames_;
    std::vector<double> dropsAtMs_;
    double startedAt_ = 0.0;
    double nextDueMs_ = 0.0;
    long long droppedSoFar_ = 0;
};

} // namespace continuum::bench
