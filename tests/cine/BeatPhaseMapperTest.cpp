// BeatPhaseMapper: beats from R waves or marked end-diastolic frames, phase 0..1 per beat, and
// two loops of different lengths kept in step. Real timings from the shared set:
//   cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm (FrameTimeVector, TriggerTime 0, HeartRate 150)
//   cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm (FrameTime 30, no trigger data)
#include "TestData.h"

#include "cine/BeatPhaseMapper.h"
#include "cine/CineLoop.h"
#include "cine/CineTiming.h"
#include "dicom/HeaderReader.h"

#include <QTest>

#include <cmath>

using namespace continuum;
using cine::BeatPhaseMapper;
using cine::CineTiming;

namespace {

CineTiming uniform(int frames, double durationMs)
{
    return CineTiming::fromDurations(std::vector<double>(static_cast<std::size_t>(frames), durationMs), cine::TimingSource::FrameTime);
}

cine::CineLoop loopOf(const QString& relative)
{
    auto header = dicom::HeaderReader::read(testing::sharedDicomPath(relative).toStdString());
    if (!header)
        qFatal("cannot read %s", qPrintable(relative));
    return cine::CineLoop::fromMultiFrame(header.value(), 25.0);
}

// For every master phase, the frame each loop shows sits at that phase of its beat, to within
// one frame's share of the beat.
void verifyInStep(const BeatPhaseMapper& mapper, const CineTiming& timing, int beat)
{
    const auto& b = mapper.beats().at(static_cast<std::size_t>(beat));
    for (int step = 0; step < 100; ++step) {
        const double phase = step / 100.0;
        const int frame = mapper.frameAtPhase(phase, beat);
        const double frameShare = timing.frameDurationMs(frame) / (b.endMs - b.startMs);
        double lag = phase - mapper.phaseOfFrame(frame);
        if (lag < -0.5)
            lag += 1.0;   // the frame straddling the beat start
        QVERIFY2(lag >= -1e-9 && lag < frameShare + 1e-9,
                 qPrintable(QStringLiteral("phase %1 beat %2: frame %3 at phase %4").arg(phase).arg(beat).arg(frame).arg(mapper.phaseOfFrame(frame))));
    }
}

} // namespace

class BeatPhaseMapperTest : public QObject {
    Q_OBJECT

private slots:
    void twoLoopsOfDifferentLengthsStayInStep()
    {
        // A: 20 frames of 25 ms, one beat; B: 34 frames of 30 ms, two beats of 510 ms.
        const CineTiming a = uniform(20, 25.0);
        const CineTiming b = uniform(34, 30.0);
        const auto mapA = BeatPhaseMapper::fromRWaves(a, {0.0});
        const auto mapB = BeatPhaseMapper::fromRWaves(b, {0.0, 510.0});
        QCOMPARE(mapA.beatCount(), 1);
        QCOMPARE(mapB.beatCount(), 2);
        QCOMPARE(mapB.source(), BeatPhaseMapper::BeatSource::RWaves);
        QCOMPARE(mapA.phaseOfFrame(10), 0.5);
        QCOMPARE(mapB.phaseOfFrame(17), 0.0);
        QCOMPARE(mapB.beatOfFrame(17), 1);
        QCOMPARE(mapB.phaseOfFrame(25), 240.0 / 510.0);
        QCOMPARE(mapA.frameAtPhase(0.5, 0), 10);
        QCOMPARE(mapB.frameAtPhase(0.5, 0), 8);    // 255 ms: frame 8 (240..270)
        QCOMPARE(mapB.frameAtPhase(0.5, 1), 25);   // 765 ms
        QCOMPARE(mapB.frameAtPhase(0.5, 3), 25);   // beats repeat
        QCOMPARE(mapA.frameAtPhase(0.0, 0), 0);
        QCOMPARE(mapA.frameAtPhase(0.999, 0), 19);
        verifyInStep(mapA, a, 0);
        verifyInStep(mapB, b, 0);
        verifyInStep(mapB, b, 1);
    }

    void rWavesInsideTheLoopWrapAround()
    {
        const CineTiming timing = uniform(10, 40.0);   // 400 ms
        const auto mapper = BeatPhaseMapper::fromRWaves(timing, {300.0, 100.0, 700.0 /* = 300 next pass */});
        QCOMPARE(mapper.beatCount(), 2);
        QCOMPARE(mapper.beats()[0].startMs, 100.0);
        QCOMPARE(mapper.beats()[1].endMs, 500.0);
        QCOMPARE(mapper.beatOfFrame(0), 1);            // 0 ms lies in the beat from 300 to 500
        QCOMPARE(mapper.phaseOfFrame(0), 0.5);
        QCOMPARE(mapper.phaseOfFrame(5), 0.5);          // 200 ms in 100..300
        QCOMPARE(mapper.frameAtPhase(0.25, 1), 8);      // 350 ms
        QCOMPARE(mapper.frameAtPhase(0.75, 1), 1);      // 450 ms = 50 ms of the next pass
        verifyInStep(mapper, timing, 0);
        verifyInStep(mapper, timing, 1);
    }

    void endDiastoleMarksAndFallback()
    {
        const CineTiming timing = uniform(34, 30.0);
        const auto marked = BeatPhaseMapper::fromEndDiastoleFrames(timing, {20, 3, 99 /* not a frame */});
        QCOMPARE(marked.source(), BeatPhaseMapper::BeatSource::EndDiastoleMarks);
        QCOMPARE(marked.beatCount(), 2);
        QCOMPARE(marked.phaseOfFrame(3), 0.0);
        QCOMPARE(marked.phaseOfFrame(20), 0.0);
        QCOMPARE(marked.frameAtPhase(0.0, 1), 20);
        QVERIFY(!marked.isFallback());
        QVERIFY(marked.sourceLabel().contains(QStringLiteral("end-diastolic")));

        const auto none = BeatPhaseMapper::fromRWaves(timing, {});
        QVERIFY(none.isFallback());
        QCOMPARE(none.beatCount(), 1);
        QCOMPARE(none.phaseOfFrame(17), 0.5);
        QVERIFY(none.sourceLabel().contains(QStringLiteral("whole loop")));
        QVERIFY(BeatPhaseMapper::fromEndDiastoleFrames(timing, {}).isFallback());
    }

    void trimmedLoop()
    {
        CineTiming timing = uniform(20, 50.0);
        timing.setTrim(4, 15);   // 12 frames, 600 ms from frame 4 (file time 200 ms)
        const auto mapper = BeatPhaseMapper::fromRWaves(timing, {200.0, 500.0});
        QCOMPARE(mapper.beatCount(), 2);
        QCOMPARE(mapper.phaseOfFrame(4), 0.0);
        QCOMPARE(mapper.phaseOfFrame(10), 0.0);
        QCOMPARE(mapper.frameAtPhase(0.5, 0), 7);
        QCOMPARE(mapper.frameAtPhase(0.99, 1), 15);
        for (int p = 0; p < 100; ++p) {
            const int frame = mapper.frameAtPhase(p / 100.0, p % 2);
            QVERIFY(frame >= 4 && frame <= 15);
        }
    }

    // The Doppler echo's R wave comes from its header (TriggerTime 0); the HP echo has no trigger
    // data, so its beats come from ED marks; both loops then play in step.
    void realLoopsInStep()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"));
        const cine::CineLoop doppler = loopOf(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm"));
        const cine::CineLoop hp = loopOf(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"));
        QCOMPARE(doppler.rWaveTimesMs, (std::vector<double>{0.0}));   // R-R of 400 ms ends after the 343 ms loop
        QVERIFY(hp.rWaveTimesMs.empty());

        const auto dopplerMap = BeatPhaseMapper::fromLoop(doppler);
        QCOMPARE(dopplerMap.source(), BeatPhaseMapper::BeatSource::RWaves);
        QCOMPARE(dopplerMap.beatCount(), 1);
        QVERIFY(std::abs(dopplerMap.phaseOfFrame(4) - 183.333 / 343.332) < 1e-9);
        QVERIFY(BeatPhaseMapper::fromLoop(hp).isFallback());

        const auto hpMap = BeatPhaseMapper::fromEndDiastoleFrames(hp.timing, {0, 17});
        QCOMPARE(hpMap.beatCount(), 2);
        // Master phase 0.5: Doppler at 171.7 ms (frame 3: 133.3..183.3), HP at 255 ms / 765 ms.
        QCOMPARE(dopplerMap.frameAtPhase(0.5, 0), 3);
        QCOMPARE(hpMap.frameAtPhase(0.5, 0), 8);
        QCOMPARE(hpMap.frameAtPhase(0.5, 1), 25);
        verifyInStep(dopplerMap, doppler.timing, 0);
        verifyInStep(hpMap, hp.timing, 0);
        verifyInStep(hpMap, hp.timing, 1);
    }
};

QTEST_GUILESS_MAIN(BeatPhaseMapperTest)
#include "BeatPhaseMapperTest.moc"
