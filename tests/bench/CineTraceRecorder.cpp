#include "CineTraceRecorder.h"

#include "cine/PlaybackClock.h"
#include "render/CineViewport.h"

#include <cstdio>

namespace continuum::bench {

CineTraceRecorder::CineTraceRecorder(render::CineViewport& viewport)
    : viewport_(viewport)
{
    connect(&viewport, &render::CineViewport::wantedFrameChanged, this, [this](int frame) {
        Frame entry;
        entry.frame = frame;
        entry.wantedAt = nowMs() - startedAt_;
        entry.dueAt = nextDueMs_ > 0.0 ? nextDueMs_ - startedAt_ : entry.wantedAt;
        entry.atWanted = schedNow();
        frames_.push_back(entry);
        // A driven loop has no schedule of its own: its frames are due when they are wanted.
        const auto next = viewport_.hasLoop() && !viewport_.isDriven() ? viewport_.clock().nextChangeNs() : std::nullopt;
        nextDueMs_ = next ? static_cast<double>(*next) / 1e6 : 0.0;
    });
    connect(&viewport, &render::CineViewport::frameShown, this, [this] {
        if (!frames_.empty())
            frames_.back().shownAt = nowMs() - startedAt_;
    });
    connect(&viewport, &render::CineViewport::framePresentedOnScreen, this, [this] {
        if (!frames_.empty()) {
            frames_.back().swapAt = nowMs() - startedAt_;
            frames_.back().atSwap = schedNow();
        }
    });
    connect(&viewport, &render::CineViewport::countersChanged, this, [this](qint64, qint64 dropped) {
        for (long long d = droppedSoFar_; d < dropped; ++d)
            dropsAtMs_.push_back(nowMs() - startedAt_);
        droppedSoFar_ = dropped;
    });
}

void CineTraceRecorder::start()
{
    frames_.clear();
    dropsAtMs_.clear();
    droppedSoFar_ = 0;
    startedAt_ = nowMs();
    nextDueMs_ = 0.0;
}

void CineTraceRecorder::notePaint(double startMs, double endMs)
{
    if (frames_.empty())
        return;
    frames_.back().paintStart = startMs - startedAt_;
    frames_.back().paintEnd = endMs - startedAt_;
    frames_.back().atPaint = schedNow();
}

double CineTraceRecorder::nowMs()
{
    return static_cast<double>(cine::PlaybackClock::steadyNowNs()) / 1e6;
}

CineTraceRecorder::Sched CineTraceRecorder::schedNow()
{
    Sched sample;
    if (std::FILE* file = std::fopen("/proc/thread-self/schedstat", "r")) {
        unsigned long long ran = 0, waited = 0;
        if (std::fscanf(file, "%llu %llu", &ran, &waited) == 2)
            sample = {static_cast<double>(ran) / 1e6, static_cast<double>(waited) / 1e6};
        std::fclose(file);
    }
    return sample;
}

std::string CineTraceRecorder::explainDrops() const
{
    std::string text;
    char line[320];
    for (const double at : dropsAtMs_) {
        std::snprintf(line, sizeof line, "    drop counted at %.1f ms\n", at);
        text += line;
        for (const Frame& f : frames_) {
            if (f.wantedAt < at - 250.0 || f.wantedAt > at + 1.0)
                continue;
            const bool painted = f.paintEnd > 0.0;
            std::snprintf(line, sizeof line,
                          "      frame %3d due %8.1f  timer %+6.1f  ready %+6.1f  paint %+6.1f..%+6.1f  swap %+6.1f | GUI thread "
                          "ran/waited for a core until swap: %.1f/%.1f ms\n",
                          f.frame, f.dueAt, f.wantedAt - f.dueAt, f.shownAt > 0.0 ? f.shownAt - f.dueAt : -1.0,
                          painted ? f.paintStart - f.dueAt : -1.0, painted ? f.paintEnd - f.dueAt : -1.0,
                          f.swapAt > 0.0 ? f.swapAt - f.dueAt : -1.0, f.swapAt > 0.0 ? f.atSwap.ranMs - f.atWanted.ranMs : -1.0,
                          f.swapAt > 0.0 ? f.atSwap.waitedMs - f.atWanted.waitedMs : -1.0);
            text += line;
        }
    }
    return text;
}

} // namespace continuum::bench
