// R-wave detection on the real 12-lead ECG (nonimage/waveform/ecg_12lead.dcm), on fixtures
// derived from it (time shift, baseline wander), and from cine headers without a waveform.
#include "CardiacFixtures.h"
#include "TestData.h"

#include "cardiac/EcgTimeMapping.h"
#include "cardiac/RWaveDetector.h"
#include "cardiac/WaveformReader.h"
#include "cine/BeatPhaseMapper.h"
#include "cine/CineLoop.h"
#include "dicom/HeaderReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <numeric>

using namespace continuum;
using cardiac::EcgWaveform;
using cardiac::RWaveDetector;
using cardiac::WaveformReader;

namespace {
const QString kEcg = QStringLiteral("nonimage/waveform/ecg_12lead.dcm");

EcgWaveform rhythmOf(const QString& path)
{
    const auto groups = WaveformReader::read(path.toStdString());
    if (!groups.ok())
        qFatal("%s", qPrintable(groups.error().message));
    return *WaveformReader::rhythmGroup(*groups);
}

// Independent of the detector: beats = upward crossings of 60 % of the lead's largest |value|,
// at least 250 ms apart.
int simplePeakCount(const std::vector<double>& lead, double rateHz)
{
    double peak = 0.0;
    for (double v : lead)
        peak = std::max(peak, std::abs(v));
    const double level = 0.6 * peak;
    const int dead = static_cast<int>(0.25 * rateHz);
    int count = 0;
    int last = -dead;
    for (int i = 1; i < static_cast<int>(lead.size()); ++i)
        if (std::abs(lead[static_cast<std::size_t>(i)]) >= level && std::abs(lead[static_cast<std::size_t>(i - 1)]) < level && i - last >= dead) {
            ++count;
            last = i;
        }
    return count;
}

// Mean R-R annotated in the file itself (Waveform Annotation "RR Interval", 982 ms).
constexpr double kAnnotatedRrMs = 982.0;

} // namespace

class RWaveDetectorTest : public QObject {
    Q_OBJECT

private slots:
    void leadTwoBeatsAreTrueRPeaks()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const EcgWaveform w = rhythmOf(testing::sharedDicomPath(kEcg));
        const int lead = w.channelIndex(u"II");
        const auto& samples = w.channels[static_cast<std::size_t>(lead)].samples;
        const std::vector<int> beats = RWaveDetector::detectSamples(samples, w.sampleRateHz);
        QVERIFY2(beats.size() >= 8, qPrintable(QString::number(beats.size())));
        // Each beat is the largest |value| within +-40 ms (a local maximum of |lead|) and large
        // against the lead's range, i.e. an R peak, not a T wave or noise.
        double leadPeak = 0.0;
        for (double v : samples)
            leadPeak = std::max(leadPeak, std::abs(v));
        for (const int b : beats) {
            for (int k = std::max(0, b - 40); k <= std::min(9999, b + 40); ++k)
                QVERIFY2(std::abs(samples[static_cast<std::size_t>(k)]) <= std::abs(samples[static_cast<std::size_t>(b)]),
                         qPrintable(QStringLiteral("beat at %1 ms is not a local maximum of |II| (%2 is larger)").arg(b).arg(k)));
            QVERIFY(std::abs(samples[static_cast<std::size_t>(b)]) > 0.4 * leadPeak);
        }
        // R-R intervals: regular sinus rhythm ("RITMO SINUSALE"), rate plausible, mean R-R as
        // the file's own annotation, count as the independent threshold count.
        std::vector<double> rr;
        for (std::size_t i = 1; i < beats.size(); ++i)
            rr.push_back(beats[i] - beats[i - 1]);
        const double mean = std::accumulate(rr.begin(), rr.end(), 0.0) / static_cast<double>(rr.size());
        for (double interval : rr)
            QVERIFY2(std::abs(interval - mean) < 0.2 * mean, qPrintable(QString::number(interval)));
        QVERIFY2(std::abs(mean - kAnnotatedRrMs) < 0.05 * kAnnotatedRrMs, qPrintable(QString::number(mean)));
        const std::vector<double> times = RWaveDetector::detectTimesMs(w, lead);
        const double rate = RWaveDetector::meanHeartRateBpm(times);
        QVERIFY2(rate > 40.0 && rate < 120.0, qPrintable(QString::number(rate)));
        const int independent = simplePeakCount(samples, w.sampleRateHz);
        QVERIFY2(std::abs(independent - static_cast<int>(beats.size())) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(independent).arg(beats.size())));
        qInfo("lead II: %zu beats, mean R-R %.1f ms, %.1f bpm", beats.size(), mean, rate);
    }

    void twoLeadsFindTheSameBeats()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const EcgWaveform w = rhythmOf(testing::sharedDicomPath(kEcg));
        const std::vector<double> two = RWaveDetector::detectTimesMs(w, w.channelIndex(u"II"));
        for (const char16_t* other : {u"V5", u"I", u"aVF"}) {
            const std::vector<double> times = RWaveDetector::detectTimesMs(w, w.channelIndex(other));
            QCOMPARE(times.size(), two.size());
            for (std::size_t i = 0; i < two.size(); ++i)
                QVERIFY2(std::abs(times[i] - two[i]) <= 30.0,
                         qPrintable(QStringLiteral("%1: beat %2 at %3 ms, II at %4 ms").arg(QString::fromUtf16(other)).arg(i).arg(times[i]).arg(two[i])));
        }
    }

    // Derived from the real ECG: every stored sample moved 250 ms later and a 0.25 Hz, 0.8 mV
    // baseline wander added; the beats are the same, 250 ms later.
    void shiftedEcgWithWanderGivesShiftedBeats()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const QString src = testing::sharedDicomPath(kEcg);
        QTemporaryDir dir;
        const QString fixture = dir.filePath(QStringLiteral("ecg_shift250_wander.dcm"));
        constexpr int shift = 250;
        QVERIFY(testing::writeWaveformVariant(src, fixture, [](gdcm::DataSet&, testing::StoredWaveform& s) {
            const testing::StoredWaveform original = s;
            for (int i = 0; i < s.samples; ++i)
                for (int c = 0; c < s.channels; ++c) {
                    const int from = std::max(0, i - shift);
                    const double wander = 0.8 / 1.25e-3 * std::sin(2.0 * std::numbers::pi * 0.25 * i / 1000.0);
                    s.at(i, c) = static_cast<std::int16_t>(std::lround(original.at(from, c) + wander));
                }
        }));
        const EcgWaveform w = rhythmOf(src);
        const EcgWaveform shifted = rhythmOf(fixture);
        const int lead = w.channelIndex(u"II");
        const std::vector<double> before = RWaveDetector::detectTimesMs(w, lead);
        const std::vector<double> after = RWaveDetector::detectTimesMs(shifted, lead);
        std::vector<double> expected;
        for (double t : before)
            if (t + shift < w.durationMs() - 150.0)
                expected.push_back(t + shift);
        QCOMPARE(after.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(after[i] - expected[i]) <= 4.0, qPrintable(QStringLiteral("%1 vs %2").arg(after[i]).arg(expected[i])));
    }

    // Derived: the same samples with Multiplex Group Time Offset 1500 ms: times move by 1500.
    void groupTimeOffsetShiftsTimes()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const QString src = testing::sharedDicomPath(kEcg);
        QTemporaryDir dir;
        const QString fixture = dir.filePath(QStringLiteral("ecg_offset1500.dcm"));
        QVERIFY(testing::writeWaveformVariant(src, fixture, [](gdcm::DataSet& g, testing::StoredWaveform&) {
            testing::setGroupText(g, gdcm::Tag(0x0018, 0x1068), gdcm::VR::DS, "1500");
        }));
        const EcgWaveform w = rhythmOf(src);
        const EcgWaveform offset = rhythmOf(fixture);
        QCOMPARE(offset.startTimeMs, std::optional<double>(1500.0));
        const auto a = RWaveDetector::detectTimesMs(w, 1);
        const auto b = RWaveDetector::detectTimesMs(offset, 1);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i], a[i] + 1500.0);
    }

    void flatOrShortLeadHasNoBeats()
    {
        QVERIFY(RWaveDetector::detectSamples(std::vector<double>(5000, 0.2), 500.0).empty());
        QVERIFY(RWaveDetector::detectSamples(std::vector<double>(100, 1.0), 500.0).empty());
        QVERIFY(RWaveDetector::detectSamples({}, 0.0).empty());
    }

    // Cines without a waveform: the Doppler echo's TriggerTime 0 (headers, via CineLoop) and the
    // XA's R Wave Pointer 20\53\77 (1-based frames, FrameTime 33 ms).
    void beatsFromCineHeaders()
    {
        const QString echo = QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm");
        const QString xa = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
        CONTINUUM_REQUIRE_SHARED(echo);
        CONTINUUM_REQUIRE_SHARED(xa);
        const auto echoHeader = dicom::HeaderReader::read(testing::sharedDicomPath(echo).toStdString());
        QVERIFY(echoHeader.ok());
        const cine::CineLoop echoLoop = cine::CineLoop::fromMultiFrame(*echoHeader, 25.0);
        QCOMPARE(RWaveDetector::fromCineLoop(echoLoop, {}), std::vector<double>{0.0});

        const auto frames = WaveformReader::readRWaveFrames(testing::sharedDicomPath(xa).toStdString());
        QVERIFY(frames.ok());
        QCOMPARE(*frames, (std::vector<int>{19, 52, 76}));
        const auto xaHeader = dicom::HeaderReader::read(testing::sharedDicomPath(xa).toStdString());
        QVERIFY(xaHeader.ok());
        const cine::CineLoop xaLoop = cine::CineLoop::fromMultiFrame(*xaHeader, 25.0);
        QVERIFY(xaLoop.rWaveTimesMs.empty());
        const std::vector<double> r = RWaveDetector::fromCineLoop(xaLoop, *frames);
        QCOMPARE(r, (std::vector<double>{19 * 33.0, 52 * 33.0, 76 * 33.0}));
        const auto mapper = cine::BeatPhaseMapper::fromRWaves(xaLoop.timing, r);
        QVERIFY(!mapper.isFallback());
        QCOMPARE(mapper.beatCount(), 3);
        QCOMPARE(mapper.phaseOfFrame(52), 0.0);
    }

    // A loop paired with the ECG (fixture only: the ECG belongs to another patient): R waves
    // found on the ECG, mapped into loop time, give the beats of the loop.
    void ecgBeatsDriveTheLoopPhase()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const QString xa = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
        CONTINUUM_REQUIRE_SHARED(xa);
        const EcgWaveform w = rhythmOf(testing::sharedDicomPath(kEcg));
        const auto header = dicom::HeaderReader::read(testing::sharedDicomPath(xa).toStdString());
        QVERIFY(header.ok());
        const cine::CineLoop loop = cine::CineLoop::fromMultiFrame(*header, 25.0);
        const cardiac::EcgTimeMapping mapping(loop.timing, 2000.0);   // frame 0 at ECG 2 s
        QCOMPARE(mapping.ecgTimeOfFrameMs(10), 2330.0);
        QCOMPARE(mapping.frameAtEcgTimeMs(2330.0), 10);
        QCOMPARE(mapping.frameAtEcgTimeMs(2329.0), 9);
        QCOMPARE(mapping.frameAtEcgTimeMs(1999.0), -1);
        QCOMPARE(mapping.ecgRangeMs(), std::make_pair(2000.0, 2000.0 + 96 * 33.0));
        const auto ecgBeats = RWaveDetector::detectTimesMs(w, 1);
        std::vector<double> inLoop;
        for (double t : mapping.loopTimesOfEcgTimesMs(ecgBeats))
            if (t >= 0.0 && t < loop.timing.playedLengthMs())
                inLoop.push_back(t);
        QVERIFY(inLoop.size() >= 3);   // 3.2 s of loop at ~61 bpm
        const auto mapper = cine::BeatPhaseMapper::fromRWaves(loop.timing, inLoop);
        QCOMPARE(mapper.source(), cine::BeatPhaseMapper::BeatSource::RWaves);
        const int frameAtR = static_cast<int>(std::ceil(inLoop[1] / 33.0));
        QVERIFY(mapper.phaseOfFrame(frameAtR) < 0.05);
    }
};

QTEST_GUILESS_MAIN(RWaveDetectorTest)
#include "RWaveDetectorTest.moc"
