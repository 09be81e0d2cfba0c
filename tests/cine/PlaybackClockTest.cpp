// PlaybackClock with a fake monotonic clock: the frame schedule, the achieved rate over 10 s
// of simulated time, pause/resume, sweep, trims and dropped-frame accounting. The timings are
// those of the shared set's loops (FrameTime 33 of the XA, 30 of the HP echo, the Doppler
// echoes' FrameTimeVector), given here as durations so no file is needed.
#include "cine/CineTiming.h"
#include "cine/PlaybackClock.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace continuum::cine;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kSecond = 1'000'000'000;

struct FakeClock {
    std::int64_t now = 5 * kSecond;   // arbitrary origin: the clock must not assume 0
    PlaybackClock::TimeSource source()
    {
        return [this] { return now; };
    }
};

CineTiming uniform(int frames, double durationMs)
{
    return CineTiming::fromDurations(std::vector<double>(static_cast<std::size_t>(frames), durationMs), TimingSource::FrameTime);
}

// The Doppler echoes' schedule under the documented FrameTimeVector rule.
CineTiming dopplerEcho()
{
    return CineTiming::fromDurations({50.0, 33.333, 50.0, 50.0, 50.0, 33.333, 43.333, 33.333}, TimingSource::FrameTimeVector);
}

struct Presentation {
    int frame;
    std::int64_t time;
};

// A widget that repaints when the clock says the frame changes; the swap completes `latency` later.
std::vector<Presentation> runEventDriven(PlaybackClock& clock, FakeClock& fake, std::int64_t duration, std::int64_t latency)
{
    std::vector<Presentation> shown;
    const std::int64_t end = fake.now + duration;
    while (fake.now < end) {
        const int frame = clock.currentFrame();
        clock.framePresented(frame, fake.now + latency);
        shown.push_back({frame, fake.now + latency});
        const auto next = clock.nextChangeNs();
        if (!next)
            break;
        fake.now = *next;
    }
    return shown;
}

// A widget bound to a display refreshing at `hz`: at each vertical blank it shows what the clock
// says, when that differs from what is on screen.
std::vector<Presentation> runVsync(PlaybackClock& clock, FakeClock& fake, std::int64_t duration, double hz)
{
    std::vector<Presentation> shown;
    const std::int64_t start = fake.now;
    int onScreen = -1;
    for (std::int64_t tick = 0;; ++tick) {
        fake.now = start + static_cast<std::int64_t>(std::llround(static_cast<double>(tick) * 1e9 / hz));
        if (fake.now >= start + duration)
            break;
        const int frame = clock.currentFrame();
        if (frame != onScreen) {
            clock.framePresented(frame, fake.now);
            shown.push_back({frame, fake.now});
            onScreen = frame;
        }
    }
    return shown;
}

double measuredRate(const std::vector<Presentation>& shown)
{
    if (shown.size() < 2)
        return 0.0;
    return static_cast<double>(shown.size() - 1) * 1e9 / static_cast<double>(shown.back().time - shown.front().time);
}

} // namespace

class PlaybackClockTest : public QObject {
    Q_OBJECT

private slots:
    void rateOverTenSeconds_data()
    {
        QTest::addColumn<int>("loop");        // 0: uniform, 1: Doppler echo FTV
        QTest::addColumn<double>("frameMs");  // uniform loops
        QTest::addColumn<double>("speed");
        QTest::addColumn<bool>("sweep");
        QTest::addColumn<double>("requested"); // frames per second, computed here from the timing
        const double echoFps = 8.0 * 1000.0 / 343.332;
        for (double speed : {0.25, 0.5, 1.0, 2.0, 4.0}) {
            QTest::addRow("XA 33 ms x%g", speed) << 0 << 33.0 << speed << false << 1000.0 / 33.0 * speed;
            QTest::addRow("HP echo 30 ms x%g", speed) << 0 << 30.0 << speed << false << 1000.0 / 30.0 * speed;
            QTest::addRow("25 fps sweep x%g", speed) << 0 << 40.0 << speed << true << 25.0 * speed;
            QTest::addRow("Doppler FTV x%g", speed) << 1 << 0.0 << speed << false << echoFps * speed;
        }
    }
    void rateOverTenSeconds()
    {
        QFETCH(int, loop);
        QFETCH(double, frameMs);
        QFETCH(double, speed);
        QFETCH(bool, sweep);
        QFETCH(double, requested);
        FakeClock fake;
        CineTiming timing = loop == 0 ? uniform(34, frameMs) : dopplerEcho();
        timing.setMode(sweep ? PlaybackMode::Sweep : PlaybackMode::Loop);
        PlaybackClock clock(timing, fake.source());
        clock.setSpeed(speed);
        clock.play();
        const auto shown = runEventDriven(clock, fake, 10 * kSecond, 2 * kMs);
        const double rate = measuredRate(shown);
        QVERIFY2(std::abs(rate / requested - 1.0) < 0.01, qPrintable(QStringLiteral("measured %1 fps, requested %2").arg(rate).arg(requested)));
        QVERIFY(std::abs(clock.requestedFramesPerSecond() / requested - 1.0) < 1e-9);
        QCOMPARE(clock.droppedCount(), std::int64_t(0));
        QCOMPARE(clock.presentedCount(), std::int64_t(shown.size()));
        // Every frame of the loop was shown, in order.
        for (std::size_t i = 1; i < shown.size(); ++i) {
            const int step = shown[i].frame - shown[i - 1].frame;
            if (!sweep)
                QVERIFY(step == 1 || shown[i].frame == 0);
            else
                QVERIFY(std::abs(step) == 1);
        }
    }

    // The same on a 60 Hz display: presentation only at vertical blanks, still the file's rate.
    void rateOnSixtyHertzDisplay_data()
    {
        QTest::addColumn<double>("frameMs");
        QTest::addColumn<double>("speed");
        QTest::newRow("25 fps") << 40.0 << 1.0;
        QTest::newRow("XA 30.3 fps") << 33.0 << 1.0;
        QTest::newRow("palette echo 13.2 fps x2") << 76.0 << 2.0;
        QTest::newRow("MR 14.4 fps x0.5") << 69.47 << 0.5;
    }
    void rateOnSixtyHertzDisplay()
    {
        QFETCH(double, frameMs);
        QFETCH(double, speed);
        FakeClock fake;
        PlaybackClock clock(uniform(16, frameMs), fake.source());
        clock.setSpeed(speed);
        clock.play();
        const auto shown = runVsync(clock, fake, 10 * kSecond, 60.0);
        const double requested = 1000.0 / frameMs * speed;
        const double perSecond = static_cast<double>(shown.size()) / 10.0;
        QVERIFY2(std::abs(perSecond / requested - 1.0) < 0.01, qPrintable(QStringLiteral("%1 frames/s presented, requested %2").arg(perSecond).arg(requested)));
        QCOMPARE(clock.droppedCount(), std::int64_t(0));
    }

    void exactScheduleFromFrameTimeVector()
    {
        FakeClock fake;
        const std::int64_t t0 = fake.now;
        PlaybackClock clock(dopplerEcho(), fake.source());
        clock.play();
        // Frame i starts at the sum of the durations before it; one full pass is 343.332 ms.
        const std::vector<std::int64_t> expectedChanges{50000000, 83333000, 133333000, 183333000, 233333000, 266666000, 309999000, 343332000, 393332000};
        for (std::size_t i = 0; i < expectedChanges.size(); ++i) {
            QCOMPARE(clock.currentFrame(), static_cast<int>(i % 8));
            const auto next = clock.nextChangeNs();
            QVERIFY(next.has_value());
            QVERIFY2(std::llabs(*next - t0 - expectedChanges[i]) <= 1, qPrintable(QString::number(*next - t0)));
            fake.now = *next;
        }
        QCOMPARE(clock.currentFrame(), 1);   // second pass
    }

    void pauseAndResumeKeepThePhase()
    {
        FakeClock fake;
        const std::int64_t t0 = fake.now;
        PlaybackClock clock(uniform(10, 40.0), fake.source());
        clock.play();
        fake.now = t0 + 130 * kMs;
        QCOMPARE(clock.currentFrame(), 3);
        QCOMPARE(*clock.nextChangeNs(), t0 + 160 * kMs);
        clock.pause();
        QVERIFY(!clock.nextChangeNs());
        fake.now += 5 * kSecond;
        QCOMPARE(clock.currentFrame(), 3);
        clock.play();
        // 10 ms of frame 3 were shown before the pause: 30 ms remain.
        QCOMPARE(*clock.nextChangeNs(), fake.now + 30 * kMs);
        fake.now += 31 * kMs;
        QCOMPARE(clock.currentFrame(), 4);
    }

    void sweepReversesAtTheEnds()
    {
        FakeClock fake;
        CineTiming timing = uniform(5, 40.0);
        timing.setMode(PlaybackMode::Sweep);
        PlaybackClock clock(timing, fake.source());
        clock.play();
        const std::vector<int> expected{0, 1, 2, 3, 4, 3, 2, 1, 0, 1, 2, 3, 4, 3};
        const std::vector<int> direction{1, 1, 1, 1, 1, -1, -1, -1, 1, 1, 1, 1, 1, -1};
        std::vector<int> frames;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            frames.push_back(clock.currentFrame());
            QCOMPARE(clock.direction(), direction[i]);
            fake.now = *clock.nextChangeNs();
        }
        QCOMPARE(frames, expected);
        // Switching to looping keeps the frame on screen.
        const int before = clock.currentFrame();
        clock.setMode(PlaybackMode::Loop);
        QCOMPARE(clock.currentFrame(), before);
    }

    void trimsAreRespected()
    {
        FakeClock fake;
        CineTiming timing = uniform(34, 30.0);
        timing.setTrim(4, 19);
        PlaybackClock clock(timing, fake.source());
        QCOMPARE(clock.currentFrame(), 4);
        clock.play();
        const auto shown = runEventDriven(clock, fake, 10 * kSecond, kMs);
        int lowest = 1000, highest = -1;
        for (const Presentation& p : shown) {
            lowest = std::min(lowest, p.frame);
            highest = std::max(highest, p.frame);
        }
        QCOMPARE(lowest, 4);
        QCOMPARE(highest, 19);
        QVERIFY(std::abs(measuredRate(shown) / (1000.0 / 30.0) - 1.0) < 0.01);
        // Sweeping inside the trims.
        timing.setMode(PlaybackMode::Sweep);
        clock.setTiming(timing);
        clock.goToLast();
        QCOMPARE(clock.currentFrame(), 19);
        clock.play();
        fake.now = *clock.nextChangeNs();
        QCOMPARE(clock.currentFrame(), 18);
        QCOMPARE(clock.direction(), -1);
    }

    void lateAndMissingPresentationsCountAsDropped()
    {
        FakeClock fake;
        const std::int64_t t0 = fake.now;
        PlaybackClock clock(uniform(20, 40.0), fake.source());
        clock.play();
        clock.framePresented(0, t0 + 1 * kMs);       // slot 0 in time
        clock.framePresented(1, t0 + 85 * kMs);      // frame 1 reaches the screen in slot 2: late
        clock.framePresented(2, t0 + 90 * kMs);      // slot 2 in time
        clock.framePresented(2, t0 + 100 * kMs);     // a repaint: nothing new
        clock.framePresented(5, t0 + 205 * kMs);     // slots 3 and 4 never shown
        QCOMPARE(clock.presentedCount(), std::int64_t(3));
        QCOMPARE(clock.droppedCount(), std::int64_t(3));

        // A renderer that needs 50 ms a frame on a 30 fps loop cannot keep up: about a third dropped.
        FakeClock slow;
        PlaybackClock clock2(uniform(30, 1000.0 / 30.0), slow.source());
        clock2.play();
        const std::int64_t end = slow.now + 10 * kSecond;
        while (slow.now < end) {
            const int frame = clock2.currentFrame();
            slow.now += 50 * kMs;                    // render + swap
            clock2.framePresented(frame, slow.now);
        }
        const std::int64_t slotCount = clock2.presentedCount() + clock2.droppedCount();
        QVERIFY2(std::abs(static_cast<double>(slotCount) - 300.0) <= 2.0, qPrintable(QString::number(slotCount)));
        QVERIFY(clock2.droppedCount() > 100);
    }

    void navigation()
    {
        FakeClock fake;
        CineTiming timing = uniform(10, 40.0);
        timing.setTrim(2, 7);
        PlaybackClock clock(timing, fake.source());
        clock.play();
        fake.now += 50 * kMs;
        QCOMPARE(clock.currentFrame(), 3);
        clock.step(+1);
        QVERIFY(!clock.isPlaying());
        QCOMPARE(clock.currentFrame(), 4);
        clock.goToLast();
        QCOMPARE(clock.currentFrame(), 7);
        clock.step(+1);
        QCOMPARE(clock.currentFrame(), 2);   // wraps inside the trims
        clock.step(-1);
        QCOMPARE(clock.currentFrame(), 7);
        clock.goToFirst();
        QCOMPARE(clock.currentFrame(), 2);
        fake.now += kSecond;
        QCOMPARE(clock.currentFrame(), 2);   // paused
        clock.setSpeed(10.0);
        QCOMPARE(clock.speed(), PlaybackClock::kMaxSpeed);
        clock.setSpeed(0.01);
        QCOMPARE(clock.speed(), PlaybackClock::kMinSpeed);
        clock.togglePlay();
        QVERIFY(clock.isPlaying());
        // At 0.25x a 40 ms frame lasts 160 ms.
        QCOMPARE(*clock.nextChangeNs() - fake.now, 160 * kMs);
    }

    void rateOverrideChangesTheSchedule()
    {
        FakeClock fake;
        PlaybackClock clock(uniform(34, 30.0), fake.source());
        clock.play();
        fake.now += 45 * kMs;   // half-way through frame 1
        clock.setRateOverride(20.0);
        QCOMPARE(clock.currentFrame(), 1);
        QCOMPARE(clock.timing().rateLabel(), QStringLiteral("overridden: 20 fps (file: 33.33 fps)"));
        QVERIFY(std::abs(clock.requestedFramesPerSecond() - 20.0) < 1e-9);
        QCOMPARE(*clock.nextChangeNs() - fake.now, 25 * kMs);   // the other half of a 50 ms frame
        const auto shown = runEventDriven(clock, fake, 10 * kSecond, kMs);
        QVERIFY(std::abs(measuredRate(shown) / 20.0 - 1.0) < 0.01);
    }

    void defaultClockIsMonotonic()
    {
        PlaybackClock clock(uniform(4, 40.0));
        const std::int64_t a = PlaybackClock::steadyNowNs();
        const std::int64_t b = PlaybackClock::steadyNowNs();
        QVERIFY(b >= a);
        clock.play();
        QVERIFY(clock.nextChangeNs().has_value());
        QVERIFY(*clock.nextChangeNs() > a);
    }
};

QTEST_GUILESS_MAIN(PlaybackClockTest)
#include "PlaybackClockTest.moc"
