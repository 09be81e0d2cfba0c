#pragma once
#include "SliceViewport.h"

#include "cine/CineLoop.h"
#include "cine/PlaybackClock.h"

#include "dicom/DisplayImage.h"

#include <QTimer>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace continuum::cine {
class FrameCache;
class CineFrameRenderer;
}

namespace continuum::render {

// A SliceViewport that plays one cine loop at the loop's true rate.
//
// Frames come from a cine::FrameCache (decoded ahead on worker threads into a memory budget);
// which frame belongs on screen is decided by a cine::PlaybackClock, never by counting timer
// ticks: after each change the viewport sleeps (one precise single-shot timer) until the clock's
// next frame change. A frame counts as presented when the swap that put it on screen completed
// (VtkOpenGLWidget::frameSwapped) and as dropped when its time slot passed without that; both
// counts live in the clock. The first frame shows as soon as it alone is decoded. Greyscale and
// colour frames are rendered by cine::CineFrameRenderer with their true pixel aspect.
//
// Driven mode (synchronised grids): the viewport ignores its own clock and shows the frames it
// is told (showFrame), so another viewport's clock decides for several loops at once.
//
// Presentation: SliceViewport's texture path (one GL texture per frame, drawn as one quad), so
// that software GL keeps up with the loop's rate; see SliceViewport::Presentation. Like every
// viewport, each loop is a GL window of its own (VtkOpenGLWidget): several loops playing in one
// window each swap alone instead of recomposing the whole window for every frame of every loop.
//
// Keys (on top of SliceViewport's zoom and pan): Up/Down step -1/+1 like the wheel.
class CineViewport : public SliceViewport {
    Q_OBJECT
public:
    static constexpr std::size_t kDefaultCacheBudgetBytes = std::size_t(256) << 20;

    explicit CineViewport(QWidget* parent = nullptr);
    ~CineViewport() override;

    // The clock's time source (tests inject a fake one); used from the next setLoop() on.
    void setTimeSource(cine::PlaybackClock::TimeSource now);
    // Memory budget of the frame cache, from the next setLoop() on.
    void setCacheBudgetBytes(std::size_t bytes);
    std::size_t cacheBudgetBytes() const { return budget_; }

    // Starts decoding the loop and shows its first played frame once that frame is decoded.
    // The clock starts paused at the first played frame.
    void setLoop(cine::CineLoop loop);
    void clearLoop();
    bool hasLoop() const { return loop_ != nullptr; }
    const cine::CineLoop& loop() const { return *loop_; }   // precondition: hasLoop()
    const cine::PlaybackClock& clock() const { return *clock_; }   // precondition: hasLoop()
    const cine::FrameCache* cache() const { return cache_.get(); }

    void setDriven(bool driven);
    bool isDriven() const { return driven_; }
    // Driven mode: the frame to show now (loop frame index).
    void showFrame(int frame);

    // Transport, on the viewport's own clock (not in driven mode). play() starts the clock once
    // the frame it starts on is on screen and the start gate (if any) agrees; until then it is
    // pending (isPlaying() is true, no slot passes, nothing is dropped). A new window's first
    // paint (GL set-up) takes longer than a slot, so starting the clock before it dropped frames.
    void play();
    void pause();
    void togglePlay();
    void step(int delta);
    void goToFirst();
    void goToLast();
    void seek(int frame);
    void setSpeed(double speed);
    void setMode(cine::PlaybackMode mode);
    void setRateOverride(std::optional<double> framesPerSecond);
    bool isPlaying() const;
    // A further condition for a pending play() to start (a grid: every loop shows its frame);
    // call retryStart() when it may have become true.
    void setStartGate(std::function<bool()> gate);
    void retryStart();
    // The frame that belongs on screen is not there yet (decoding, or not painted and swapped
    // on an exposed surface), and can still come (it did not fail to decode).
    bool isWaitingForFrame() const;

    // The frame that belongs on screen now, and the frame whose pixels are on screen (-1: none).
    int wantedFrame() const { return wanted_; }
    int shownFrame() const { return shown_; }
    const dicom::DisplayImage& shownImage() const { return image_; }
    // Counted on the viewport's own clock. A loop playing on its own clock with drops shows
    // "Dropped: N" in its bottom-right corner: drawn in its own GL frame, so the count costs no
    // repaint of the window around it.
    std::int64_t presentedCount() const;
    std::int64_t droppedCount() const;
    void resetCounters();

signals:
    // The frame that belongs on screen changed (clock or showFrame); `fileTimeMs` is that frame's
    // start in the loop's file time, which an ECG trace under the loop follows with its cursor.
    void wantedFrameChanged(int frame);
    void currentTimeMs(double fileTimeMs);
    // The pixels of `frame` were handed to the GPU (the swap follows).
    void frameShown(int frame);
    // A swap completed; the counters may have changed.
    void framePresentedOnScreen(int frame);
    void countersChanged(qint64 presented, qint64 dropped);
    // Play/pause, speed, mode or rate override changed.
    void playbackStateChanged();
    void frameFailed(int frame, const QString& message);

protected:
    void paintGL() override;

private:
    void tick();            // the clock's frame may have changed: follow it, schedule the next
    void want(int frame, int direction);
    void display(int frame);
    void onFrameDecoded(std::uint64_t generation, int frame);
    void onFrameSwapped();
    void afterTransport();  // state change: follow the clock and tell listeners
    bool isFrameOnScreen() const;   // the wanted frame's swap completed on an exposed surface
    void showDropCount();
    std::int64_t nowNs() const;

    cine::PlaybackClock::TimeSource timeSource_;
    std::size_t budget_ = kDefaultCacheBudgetBytes;
    std::unique_ptr<cine::CineLoop> loop_;
    std::unique_ptr<cine::PlaybackClock> clock_;
    std::unique_ptr<cine::CineFrameRenderer> renderer_;
    std::unique_ptr<cine::FrameCache> cache_;   // after loop_: destroyed (workers joined) first
    std::uint64_t generation_ = 0;   // tells a new loop's decoded frames from an old one's
    bool driven_ = false;
    int wanted_ = -1;
    int shown_ = -1;
    int painted_ = -1;               // frame of the last paintGL, reported at its swap
    int swapped_ = -1;               // frame of the last completed swap: what is on screen
    int lastDirection_ = 1;
    bool startPending_ = false;      // play() asked, the clock waits for the frame on screen
    std::function<bool()> startGate_;
    dicom::DisplayImage image_;
    QTimer timer_;
};

} // namespace continuum::render
