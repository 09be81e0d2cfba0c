#pragma once
#include "SliceViewport.h"

#include "cine/CineLoop.h"
#include "cine/PlaybackClock.h"

#include "dicom/DisplayImage.h"

#include <QTimer>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

namespace continuum::cine {
class FrameCache;
class CineFrameRenderer;
}

namespace continuum::render {

class CineTexturePresenter;

// A SliceViewport that plays one cine loop at the loop's true rate.
//
// Frames come from a cine::FrameCache (decoded ahead on worker threads into a memory budget);
// which frame belongs on screen is decided by a cine::PlaybackClock, never by counting timer
// ticks: after each change the viewport sleeps (one precise single-shot timer) until the clock's
// next frame change. A frame counts as presented when the swap that put it on screen completed
// (QOpenGLWidget::frameSwapped) and as dropped when its time slot passed without that; both
// counts live in the clock. The first frame shows as soon as it alone is decoded. Greyscale and
// colour frames are rendered by cine::CineFrameRenderer with their true pixel aspect.
//
// Driven mode (synchronised grids): the viewport ignores its own clock and shows the frames it
// is told (showFrame), so another viewport's clock decides for several loops at once.
//
// Presentation: each frame is drawn by plain OpenGL (CineTexturePresenter: one texture updated
// with glTexSubImage2D, one quad placed by SliceViewport::widgetPointFor(), i.e. the same zoom,
// pan, turns, flips and pixel aspect as the VTK camera), then SliceViewport's overlays on top.
// The VTK render costs 45-65 ms a frame with software GL under load, more than a 30 fps slot.
// Both paths give the same picture (tests compare them), so the texture path is used playing
// or not; the VTK path remains for a display shutter (drawn into the VTK image only), for a
// context that cannot compile the shader, and on request (setPresentation).
//
// Keys (on top of SliceViewport's zoom and pan): Up/Down step -1/+1 like the wheel.
class CineViewport : public SliceViewport {
    Q_OBJECT
public:
    static constexpr std::size_t kDefaultCacheBudgetBytes = std::size_t(256) << 20;

    enum class Presentation {
        Texture,   // one GL texture and quad per frame (the default)
        Vtk,       // SliceViewport's VTK pipeline
    };

    explicit CineViewport(QWidget* parent = nullptr);
    ~CineViewport() override;

    void setPresentation(Presentation presentation);
    Presentation presentation() const { return presentation_; }
    // The path the last paint took (Texture falls back to Vtk, see the class comment).
    Presentation lastPaintPresentation() const { return lastPaint_; }

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

    // Transport, on the viewport's own clock (not in driven mode).
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

    // The frame that belongs on screen now, and the frame whose pixels are on screen (-1: none).
    int wantedFrame() const { return wanted_; }
    int shownFrame() const { return shown_; }
    const dicom::DisplayImage& shownImage() const { return image_; }
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
    void initializeGL() override;
    void paintGL() override;

private:
    void tick();            // the clock's frame may have changed: follow it, schedule the next
    void want(int frame, int direction);
    void display(int frame);
    void onFrameDecoded(std::uint64_t generation, int frame);
    void onFrameSwapped();
    void afterTransport();  // state change: follow the clock and tell listeners
    std::int64_t nowNs() const;
    bool paintTexture();    // false: the texture path cannot show this state
    void releaseTexture();

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
    int lastDirection_ = 1;
    dicom::DisplayImage image_;
    QTimer timer_;
    Presentation presentation_ = Presentation::Texture;
    Presentation lastPaint_ = Presentation::Texture;
    std::unique_ptr<CineTexturePresenter> presenter_;
    bool textureStale_ = true;       // image_ changed since the last upload
    bool uploadedInverted_ = false;  // the texture holds 255 - value
    QMetaObject::Connection textureCleanup_;
};

} // namespace continuum::render
