#include "CineViewport.h"

#include "cine/CineFrameRenderer.h"
#include "cine/FrameCache.h"

#include <QMetaObject>
#include <QOpenGLContext>
#include <QPainter>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

namespace continuum::render {

CineViewport::CineViewport(QWidget* parent)
    : SliceViewport(parent)
    , timeSource_(&cine::PlaybackClock::steadyNowNs)
{
    timer_.setSingleShot(true);
    // Coarse timers may fire 5% early or late; the clock decides the frame anyway, but a precise
    // wake-up keeps each frame inside its slot.
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &CineViewport::tick);
    connect(this, &VtkOpenGLWidget::frameSwapped, this, &CineViewport::onFrameSwapped);
    connect(this, &SliceViewport::sliceStepRequested, this, [this](int delta) {
        if (!driven_)
            step(delta);
    });
}

CineViewport::~CineViewport()
{
    // Join the decoding threads before anything they report to goes away.
    cache_.reset();
}

void CineViewport::setTimeSource(cine::PlaybackClock::TimeSource now)
{
    timeSource_ = now ? std::move(now) : cine::PlaybackClock::TimeSource(&cine::PlaybackClock::steadyNowNs);
}

void CineViewport::setCacheBudgetBytes(std::size_t bytes)
{
    budget_ = bytes;
}

std::int64_t CineViewport::nowNs() const
{
    return timeSource_();
}

void CineViewport::setLoop(cine::CineLoop loop)
{
    clearLoop();
    if (loop.frameCount() == 0)
        return;
    loop_ = std::make_unique<cine::CineLoop>(std::move(loop));
    clock_ = std::make_unique<cine::PlaybackClock>(loop_->timing, timeSource_);
    renderer_ = std::make_unique<cine::CineFrameRenderer>(*loop_);
    const std::uint64_t generation = ++generation_;
    // Called on a worker thread: hop to ours. Queued calls die with this object.
    cache_ = std::make_unique<cine::FrameCache>(*loop_, budget_, [this, generation](int frame) {
        QMetaObject::invokeMethod(this, [this, generation, frame] { onFrameDecoded(generation, frame); }, Qt::QueuedConnection);
    });
    cache_->setPlayedRange(loop_->timing.firstPlayedFrame(), loop_->timing.lastPlayedFrame());
    setCornerText(Qt::TopLeftCorner, {loop_->label});
    want(clock_->currentFrame(), 1);
    emit playbackStateChanged();
}

void CineViewport::clearLoop()
{
    timer_.stop();
    startPending_ = false;
    cache_.reset();
    renderer_.reset();
    clock_.reset();
    loop_.reset();
    ++generation_;
    wanted_ = -1;
    shown_ = -1;
    painted_ = -1;
    swapped_ = -1;
    image_ = {};
    setCornerText(Qt::TopLeftCorner, {});
    setCornerText(Qt::BottomLeftCorner, {});
    setCornerText(Qt::BottomRightCorner, {});
    clearImage();
}

void CineViewport::setDriven(bool driven)
{
    if (driven_ == driven)
        return;
    driven_ = driven;
    if (!clock_)
        return;
    showDropCount();
    if (driven_) {
        startPending_ = false;
        clock_->pause();
        timer_.stop();
    } else {
        // Take over from where the driver left this loop.
        if (wanted_ >= 0)
            clock_->seek(wanted_);
        tick();
    }
    emit playbackStateChanged();
}

void CineViewport::showFrame(int frame)
{
    if (!loop_ || !driven_)
        return;
    frame = std::clamp(frame, 0, loop_->frameCount() - 1);
    const int direction = wanted_ >= 0 && frame < wanted_ ? -1 : 1;
    want(frame, direction);
}

void CineViewport::tick()
{
    if (!clock_ || driven_)
        return;
    want(clock_->currentFrame(), clock_->direction());
    const std::optional<std::int64_t> next = clock_->nextChangeNs();
    if (!next) {
        timer_.stop();
        return;
    }
    // Wake at (not before) the next slot boundary: round the delay up to the timer's millisecond.
    const std::int64_t delayNs = std::max<std::int64_t>(*next - nowNs(), 0);
    timer_.start(std::chrono::milliseconds((delayNs + 999'999) / 1'000'000));
}

void CineViewport::want(int frame, int direction)
{
    if (!loop_)
        return;
    lastDirection_ = direction;
    if (frame == wanted_)
        return;
    wanted_ = frame;
    cache_->prefetch(frame, direction);
    emit wantedFrameChanged(frame);
    emit currentTimeMs(loop_->timing.frameStartMs(frame));
    display(frame);
}

void CineViewport::display(int frame)
{
    const std::shared_ptr<const cine::DecodedFrame> decoded = cache_->frame(frame);
    if (!decoded)
        return;   // shown when its decode arrives (onFrameDecoded), or dropped if too late
    renderer_->renderInto(frame, *decoded, image_);
    shown_ = frame;
    setCornerText(Qt::BottomLeftCorner, {tr("Frame %1 / %2").arg(frame + 1).arg(loop_->frameCount())});
    setImage(image_);
    emit frameShown(frame);
}

void CineViewport::onFrameDecoded(std::uint64_t generation, int frame)
{
    if (generation != generation_ || !cache_)
        return;
    if (const auto error = cache_->error(frame)) {
        emit frameFailed(frame, error->message);
        if (frame == wanted_) {
            setCornerText(Qt::BottomLeftCorner, {tr("Frame %1: %2").arg(frame + 1).arg(error->message)});
            retryStart();   // a frame that cannot come does not hold playback
        }
        return;
    }
    if (frame == wanted_ && shown_ != frame)
        display(frame);
}

void CineViewport::paintGL()
{
    SliceViewport::paintGL();
    painted_ = shown_;
}

void CineViewport::onFrameSwapped()
{
    if (!clock_ || painted_ < 0)
        return;
    swapped_ = painted_;
    if (!driven_) {
        const std::int64_t before = clock_->presentedCount() + clock_->droppedCount();
        clock_->framePresented(painted_, nowNs());
        if (clock_->presentedCount() + clock_->droppedCount() != before) {
            showDropCount();
            emit countersChanged(clock_->presentedCount(), clock_->droppedCount());
        }
    }
    emit framePresentedOnScreen(painted_);
    retryStart();
}

void CineViewport::afterTransport()
{
    if (!clock_)
        return;
    if (driven_) {
        emit playbackStateChanged();
        return;
    }
    tick();
    showDropCount();
    emit playbackStateChanged();
    emit countersChanged(clock_->presentedCount(), clock_->droppedCount());
}

void CineViewport::showDropCount()
{
    const std::int64_t dropped = clock_ && !driven_ ? clock_->droppedCount() : 0;
    setCornerText(Qt::BottomRightCorner, dropped > 0 ? QStringList{tr("Dropped: %1").arg(dropped)} : QStringList{});
}

void CineViewport::play()
{
    if (!clock_ || driven_)
        return;
    if (isWaitingForFrame() || (startGate_ && !startGate_())) {
        if (!std::exchange(startPending_, true))
            emit playbackStateChanged();
        return;
    }
    startPending_ = false;
    clock_->play();
    // The paused frame is usually on screen already and stays for its slot: presented, though
    // no new swap will come for it.
    if (isFrameOnScreen()) {
        const std::int64_t now = nowNs();
        if (clock_->frameAt(now) == swapped_)
            clock_->framePresented(swapped_, now);
    }
    afterTransport();
}

void CineViewport::setStartGate(std::function<bool()> gate)
{
    startGate_ = std::move(gate);
}

void CineViewport::retryStart()
{
    if (startPending_)
        play();
}

bool CineViewport::isFrameOnScreen() const
{
    return wanted_ >= 0 && swapped_ == wanted_ && shown_ == wanted_ && isSurfaceExposed();
}

bool CineViewport::isWaitingForFrame() const
{
    return cache_ && wanted_ >= 0 && !isFrameOnScreen() && !cache_->error(wanted_);
}

void CineViewport::pause()
{
    if (!clock_ || driven_)
        return;
    startPending_ = false;
    clock_->pause();
    afterTransport();
}

void CineViewport::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void CineViewport::step(int delta)
{
    if (!clock_ || driven_)
        return;
    startPending_ = false;
    clock_->step(delta);
    want(clock_->currentFrame(), delta < 0 ? -1 : 1);
    afterTransport();
}

void CineViewport::goToFirst()
{
    if (!clock_ || driven_)
        return;
    startPending_ = false;
    clock_->goToFirst();
    afterTransport();
}

void CineViewport::goToLast()
{
    if (!clock_ || driven_)
        return;
    startPending_ = false;
    clock_->goToLast();
    // Prefetch backwards from the last frame: the next step from here is most likely -1.
    want(clock_->currentFrame(), -1);
    afterTransport();
}

void CineViewport::seek(int frame)
{
    if (!clock_ || driven_)
        return;
    clock_->seek(frame);
    afterTransport();
}

void CineViewport::setSpeed(double speed)
{
    if (!clock_)
        return;
    clock_->setSpeed(speed);
    afterTransport();
}

void CineViewport::setMode(cine::PlaybackMode mode)
{
    if (!clock_)
        return;
    clock_->setMode(mode);
    afterTransport();
}

void CineViewport::setRateOverride(std::optional<double> framesPerSecond)
{
    if (!clock_)
        return;
    clock_->setRateOverride(framesPerSecond);
    afterTransport();
}

bool CineViewport::isPlaying() const
{
    return clock_ && !driven_ && (clock_->isPlaying() || startPending_);
}

std::int64_t CineViewport::presentedCount() const
{
    return clock_ ? clock_->presentedCount() : 0;
}

std::int64_t CineViewport::droppedCount() const
{
    return clock_ ? clock_->droppedCount() : 0;
}

void CineViewport::resetCounters()
{
    if (!clock_)
        return;
    clock_->resetCounters();
    showDropCount();
    emit countersChanged(0, 0);
}

} // namespace continuum::render
