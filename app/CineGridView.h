#pragma once
#include "cine/BeatPhaseMapper.h"
#include "cine/CineLoop.h"
#include "cine/PlaybackClock.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace continuum::render {
class CineViewport;
}

namespace continuum::app {

class CineControlBar;

// Several cine loops at once (1xN or 2x2, up to kMaxLoops) under ONE control bar, kept in step
// by heart beat.
//
// Each loop gets a cine::BeatPhaseMapper: beats from the R waves in its headers (trigger times),
// else from the frames its R Wave Pointer (0028,6040) lists (XA), or from the frames the user marks as end diastole (key E toggles the mark on the focused
// loop's frame), else the whole loop as one beat, which the loop's label then says on screen:
// "whole loop as one beat (no ECG)". The loop with the highest frame rate leads: its viewport's
// clock plays, the bar drives it, and whenever its frame changes every other loop shows
// mapper.frameAtPhase(phase, beat) for the leader's (beat, phase) at that frame. So loops of
// different lengths and rates stay in step. Followers change frame at the leader's frame
// boundaries: with the fastest loop leading, a follower's frame is at most one leader frame late
// and none of its frames is skipped for want of a leader frame.
//
// Under each loop there is an empty slot for an ECG trace (setTraceWidget), which can follow
// loopTimeChanged(index, ms): the file time of the frame that loop shows.
class CineGridView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLoops = 4;
    enum class Arrangement {
        Row,       // 1 x N
        TwoByTwo,  // 2 x 2
    };

    explicit CineGridView(QWidget* parent = nullptr);
    ~CineGridView() override;

    // Clock time source for the viewports (tests inject one), from the next addLoop() on.
    void setTimeSource(cine::PlaybackClock::TimeSource now);
    // Frame-cache memory per loop (the Cine settings page), from the next addLoop() on; 0 keeps
    // the viewport's default.
    void setCacheBudgetBytes(std::size_t bytes) { cacheBudgetBytes_ = bytes; }
    std::size_t cacheBudgetBytes() const { return cacheBudgetBytes_; }
    // Adds a loop (paused at its first frame); -1 when the grid is full.
    int addLoop(cine::CineLoop loop);
    void clearLoops();
    int loopCount() const { return static_cast<int>(cells_.size()); }

    void setArrangement(Arrangement arrangement);
    Arrangement arrangement() const { return arrangement_; }

    render::CineViewport* viewport(int index) const;
    QLabel* beatLabel(int index) const;
    const cine::BeatPhaseMapper& beatMapper(int index) const;
    CineControlBar* controlBar() const { return bar_; }
    int leaderIndex() const { return leader_; }
    // The loop tools and exports act on: the one holding the keyboard focus, else the leader.
    int currentLoopIndex() const { return focusedLoop(); }

    // The user's end-diastolic frames for one loop; empty goes back to the headers' R waves.
    void setEndDiastoleFrames(int index, std::vector<int> frames);
    std::vector<int> endDiastoleFrames(int index) const;
    // Marks (or unmarks) the frame the loop shows now.
    void toggleEndDiastoleMark(int index);

    // A widget (the ECG trace) to show under loop `index`; the grid owns it. nullptr empties.
    void setTraceWidget(int index, QWidget* trace);

    // The frame loop `index` shows while the leader shows `leaderFrame`.
    int followerFrame(int index, int leaderFrame) const;

    // Text of the fallback label (the whole loop mapped to one beat).
    static QString wholeLoopLabel();

signals:
    void loopTimeChanged(int index, double fileTimeMs);
    void loopsChanged();

private:
    struct Cell;
    void rebuildLayout();
    void chooseLeader();
    void followLeader(int leaderFrame);
    // The leader's play() waits until every loop shows its frame: a follower's first paint sets
    // up its GL window, longer than a slot, and would make the leader drop frames.
    void gateLeaderStart();
    void updateBeatLabel(int index);
    int focusedLoop() const;

    cine::PlaybackClock::TimeSource timeSource_;
    std::size_t cacheBudgetBytes_ = 0;
    std::vector<std::unique_ptr<Cell>> cells_;
    Arrangement arrangement_ = Arrangement::Row;
    int leader_ = -1;
    QVBoxLayout* outer_ = nullptr;
    QGridLayout* grid_ = nullptr;
    QComboBox* arrangementBox_ = nullptr;
    CineControlBar* bar_ = nullptr;
    QMetaObject::Connection leaderConnection_;
    std::vector<QMetaObject::Connection> startConnections_;   // followers' frames -> leader's retryStart
};

} // namespace continuum::app
