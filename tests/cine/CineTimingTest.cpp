// CineTiming and CardiacCineGrouper on the real cine files of the shared set:
//   cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm, us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm
//   (FrameTimeVector starting at 33.333), cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm (FrameTime 30,
//   CineRate 33), cine-us/us_echo_palette_10fr_rle.dcm, cine-xa/xa_coronary_96fr_jpeg_baseline.dcm,
//   cine-mr/mr_heart_16fr_multiframe_8bit.dcm (split into a single-frame cardiac MR cine).
#include "TestData.h"

#include "cine/CardiacCineGrouper.h"
#include "cine/CineLoop.h"
#include "cine/CineTiming.h"
#include "cine/FrameDecoder.h"
#include "dicom/HeaderReader.h"
#include "generators/AttributeRewriter.h"
#include "generators/MultiFrameSplitter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <gdcmAttribute.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <cmath>

using namespace continuum;
using cine::CineTiming;
using cine::PlaybackMode;
using cine::TimingSource;

namespace {

constexpr double kFallbackFps = 25.0;

dicom::InstanceHeader readHeader(const QString& path)
{
    auto header = dicom::HeaderReader::read(path.toStdString());
    if (!header)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(header.error().message));
    return header.value();
}

QString echoVector() { return testing::sharedDicomPath(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm")); }
QString echoVectorJpeg() { return testing::sharedDicomPath(QStringLiteral("cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm")); }
QString echoHp() { return testing::sharedDicomPath(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm")); }
QString mrHeart() { return testing::sharedDicomPath(QStringLiteral("cine-mr/mr_heart_16fr_multiframe_8bit.dcm")); }

} // namespace

class CineTimingTest : public QObject {
    Q_OBJECT

private slots:
    // The loop's corner label: the series' description after a colon, or none when it has none.
    void seriesLabelWithAndWithoutDescription()
    {
        QCOMPARE(cine::CineLoop::seriesLabel(QStringLiteral("US"), 5829, QStringLiteral("PS LAX MR & AI")), QStringLiteral("US 5829: PS LAX MR & AI"));
        QCOMPARE(cine::CineLoop::seriesLabel(QStringLiteral("US"), 0, QString()), QStringLiteral("US 0"));
    }

    // Every cine file of the shared set: frame count from the header, timing source and rate.
    void everySharedCineFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("source");
        QTest::addColumn<double>("loopMs");
        QTest::newRow("xa 96 FrameTime 33") << "cine-xa/xa_coronary_96fr_jpeg_baseline.dcm" << 96 << int(TimingSource::FrameTime) << 96 * 33.0;
        QTest::newRow("echo rgb FTV") << "cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm" << 8 << int(TimingSource::FrameTimeVector) << 343.332;
        QTest::newRow("echo jpeg FTV") << "cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm" << 8 << int(TimingSource::FrameTimeVector) << 343.332;
        QTest::newRow("hp echo FrameTime 30") << "cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm" << 34 << int(TimingSource::FrameTime) << 34 * 30.0;
        QTest::newRow("palette rle FrameTime 76") << "cine-us/us_echo_palette_10fr_rle.dcm" << 10 << int(TimingSource::FrameTime) << 10 * 76.0;
        QTest::newRow("mr FrameTime 69.47") << "cine-mr/mr_heart_16fr_multiframe_8bit.dcm" << 16 << int(TimingSource::FrameTime) << 16 * 69.47;
    }
    void everySharedCineFile()
    {
        QFETCH(QString, file);
        QFETCH(int, frames);
        QFETCH(int, source);
        QFETCH(double, loopMs);
        CONTINUUM_REQUIRE_SHARED(file);
        const auto loop = cine::CineLoop::fromMultiFrame(readHeader(testing::sharedDicomPath(file)), kFallbackFps);
        QCOMPARE(loop.frameCount(), frames);
        QCOMPARE(loop.timing.frameCount(), frames);
        QCOMPARE(int(loop.timing.source()), source);
        QCOMPARE(loop.timing.firstPlayedFrame(), 0);
        QCOMPARE(loop.timing.lastPlayedFrame(), frames - 1);
        QVERIFY2(std::abs(loop.timing.playedLengthMs() - loopMs) < 1e-6, qPrintable(QString::number(loop.timing.playedLengthMs())));
        QVERIFY(std::abs(loop.timing.fileFramesPerSecond() - 1000.0 * frames / loopMs) < 1e-9);
        QCOMPARE(loop.timing.mode(), PlaybackMode::Loop);
    }

    // The Doppler echoes' FrameTimeVector starts at 33.333 (the standard says 0): entry i is the
    // time from frame i-1 to frame i and entry 0 the wrap from the last frame to the first.
    void frameTimeVectorWithNonZeroFirstEntry()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm"));
        const auto header = readHeader(echoVector());
        QCOMPARE(header.frameTimeVectorMs.size(), std::size_t(8));
        QCOMPARE(header.frameTimeVectorMs.front(), 33.333);
        const CineTiming timing = CineTiming::fromInstance(header, kFallbackFps);
        const std::vector<double> expected{50.0, 33.333, 50.0, 50.0, 50.0, 33.333, 43.333, 33.333};
        double start = 0.0;
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(timing.frameDurationMs(i), expected[static_cast<std::size_t>(i)]);
            QVERIFY(std::abs(timing.frameStartMs(i) - start) < 1e-9);
            start += expected[static_cast<std::size_t>(i)];
        }
        QCOMPARE(timing.frameStartMs(1), 50.0);   // entry 1: frame 0 -> frame 1
        QCOMPARE(timing.frameStartMs(7), 310.0 - 0.001);
        // StartTrim 1 / StopTrim 8 in the file: the whole loop.
        QCOMPARE(header.startTrim, std::optional<int>(1));
        QCOMPARE(header.stopTrim, std::optional<int>(8));
        QCOMPARE(timing.playedFrameCount(), 8);
        // The JPEG copy of the same echo gives the same schedule.
        const CineTiming jpeg = CineTiming::fromInstance(readHeader(echoVectorJpeg()), kFallbackFps);
        QCOMPARE(jpeg.durationsMs(), timing.durationsMs());
        // Trigger data of the echo: R wave at frame 0, heart rate 150.
        QCOMPARE(header.triggerTimeMs, std::optional<double>(0.0));
        QCOMPARE(header.heartRate, std::optional<int>(150));
    }

    void frameTimeVectorStartingAtZero()
    {
        dicom::InstanceHeader header;
        header.pixelFormat.numberOfFrames = 4;
        header.frameTimeVectorMs = {0.0, 40.0, 20.0, 30.0};
        const CineTiming timing = CineTiming::fromInstance(header, kFallbackFps);
        QCOMPARE(timing.source(), TimingSource::FrameTimeVector);
        QCOMPARE(timing.durationsMs(), (std::vector<double>{40.0, 20.0, 30.0, 30.0}));   // last: mean interval
        QCOMPARE(timing.frameStartMs(3), 90.0);
        QCOMPARE(timing.playedLengthMs(), 120.0);
    }

    // Enhanced multi-frame without Frame Time: per-frame trigger delays (two beats here).
    void enhancedTriggerDelays()
    {
        dicom::InstanceHeader header;
        header.pixelFormat.numberOfFrames = 6;
        header.frameTriggerDelaysMs = {0.0, 100.0, 200.0, 0.0, 100.0, 200.0};
        header.nominalIntervalMs = 300.0;
        const auto loop = cine::CineLoop::fromMultiFrame(header, kFallbackFps);
        QCOMPARE(loop.timing.source(), TimingSource::TriggerTime);
        QCOMPARE(loop.timing.frameDurationMs(0), 100.0);
        QCOMPARE(loop.timing.frameStartMs(3), 300.0);   // the next beat's R wave: the fallen delay
        QCOMPARE(loop.rWaveTimesMs, (std::vector<double>{0.0, 300.0}));
    }

    // Order of the sources: FrameTimeVector, FrameTime, CineRate, RecommendedDisplayFrameRate.
    void sourcePriorityOnRealFile()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"));
        const auto original = readHeader(echoHp());
        QCOMPARE(original.frameTimeMs, std::optional<double>(30.0));
        QCOMPARE(original.cineRate, std::optional<double>(33.0));
        QCOMPARE(CineTiming::fromInstance(original, kFallbackFps).frameDurationMs(0), 30.0);

        QTemporaryDir dir;
        using generators::AttributeRewriter;
        const QString noFrameTime = dir.filePath(QStringLiteral("cinerate.dcm"));
        QVERIFY(AttributeRewriter::writeCopy(echoHp(), noFrameTime, {{{0x0018, 0x1063}, QString()}}));
        const CineTiming byCineRate = CineTiming::fromInstance(readHeader(noFrameTime), kFallbackFps);
        QCOMPARE(byCineRate.source(), TimingSource::CineRate);
        QVERIFY(std::abs(byCineRate.frameDurationMs(5) - 1000.0 / 33.0) < 1e-9);

        const QString recommended = dir.filePath(QStringLiteral("recommended.dcm"));
        QVERIFY(AttributeRewriter::writeCopy(echoHp(), recommended,
                                             {{{0x0018, 0x1063}, QString()}, {{0x0018, 0x0040}, QString()}, {{0x0008, 0x2144}, QStringLiteral("20")}}));
        const CineTiming byRecommended = CineTiming::fromInstance(readHeader(recommended), kFallbackFps);
        QCOMPARE(byRecommended.source(), TimingSource::RecommendedDisplayFrameRate);
        QCOMPARE(byRecommended.frameDurationMs(0), 50.0);

        const QString none = dir.filePath(QStringLiteral("none.dcm"));
        QVERIFY(AttributeRewriter::writeCopy(echoHp(), none,
                                             {{{0x0018, 0x1063}, QString()}, {{0x0018, 0x0040}, QString()}, {{0x0008, 0x2144}, QString()}}));
        const CineTiming fallback = CineTiming::fromInstance(readHeader(none), kFallbackFps);
        QCOMPARE(fallback.source(), TimingSource::Fallback);
        QCOMPARE(fallback.frameDurationMs(0), 40.0);
        QVERIFY(fallback.rateLabel().contains(QStringLiteral("default")));
    }

    void trimsAndSweepFromFile()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"));
        QTemporaryDir dir;
        const QString trimmed = dir.filePath(QStringLiteral("trimmed.dcm"));
        QVERIFY(generators::AttributeRewriter::writeCopy(echoHp(), trimmed,
                                                         {{{0x0008, 0x2142}, QStringLiteral("5")}, {{0x0008, 0x2143}, QStringLiteral("20")}}));
        // PreferredPlaybackSequencing is US (binary): added with GDCM directly.
        {
            gdcm::Reader reader;
            reader.SetFileName(trimmed.toLocal8Bit().constData());
            QVERIFY(reader.Read());
            gdcm::Attribute<0x0018, 0x1244> sequencing{1};
            reader.GetFile().GetDataSet().Replace(sequencing.GetAsDataElement());
            gdcm::Writer writer;
            writer.SetFileName(trimmed.toLocal8Bit().constData());
            writer.SetFile(reader.GetFile());
            QVERIFY(writer.Write());
        }
        const auto header = readHeader(trimmed);
        QCOMPARE(header.preferredPlaybackSequencing, std::optional<int>(1));
        const CineTiming timing = CineTiming::fromInstance(header, kFallbackFps);
        QCOMPARE(timing.firstPlayedFrame(), 4);
        QCOMPARE(timing.lastPlayedFrame(), 19);
        QCOMPARE(timing.playedFrameCount(), 16);
        QCOMPARE(timing.playedLengthMs(), 16 * 30.0);
        QCOMPARE(timing.mode(), PlaybackMode::Sweep);
    }

    void rateOverrideIsShownAsSuch()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"));
        CineTiming timing = CineTiming::fromInstance(readHeader(echoHp()), kFallbackFps);
        QCOMPARE(timing.rateLabel(), QStringLiteral("33.33 fps (Frame Time)"));
        timing.setRateOverride(30.0);
        QCOMPARE(timing.rateLabel(), QStringLiteral("overridden: 30 fps (file: 33.33 fps)"));
        QCOMPARE(timing.effectiveDurationMs(3), 1000.0 / 30.0);
        QCOMPARE(timing.frameDurationMs(3), 30.0);   // the file's timing is kept
        QCOMPARE(timing.effectiveFramesPerSecond(), 30.0);
        timing.setRateOverride(std::nullopt);
        QCOMPARE(timing.effectiveDurationMs(3), 30.0);
    }

    // Single-frame cardiac MR cine derived from the multi-frame MR: two positions, files numbered
    // against time, one position with a NominalInterval.
    void cardiacMrCineFromSingleFrames()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-mr/mr_heart_16fr_multiframe_8bit.dcm"));
        QTemporaryDir dir;
        generators::MultiFrameSplitter::Options basal;
        basal.outputDirectory = dir.filePath(QStringLiteral("series"));
        basal.fileNamePrefix = QStringLiteral("basal");
        basal.imagePositionPatient = {-100.0, -100.0, 10.0};
        basal.sliceLocation = 10.0;
        basal.seriesInstanceUid = QStringLiteral("2.25.1234567");
        basal.reverseInstanceNumbers = true;
        basal.nominalIntervalMs = 1200.0;
        generators::MultiFrameSplitter::Options apical = basal;
        apical.fileNamePrefix = QStringLiteral("apical");
        apical.imagePositionPatient = {-100.0, -100.0, -20.0};
        apical.sliceLocation = -20.0;
        apical.firstInstanceNumber = 17;
        apical.nominalIntervalMs.reset();
        QString message;
        std::vector<QString> basalFiles;
        QVERIFY2(generators::MultiFrameSplitter::split(mrHeart(), basal, &basalFiles, &message), qPrintable(message));
        QVERIFY2(generators::MultiFrameSplitter::split(mrHeart(), apical, nullptr, &message), qPrintable(message));
        QCOMPARE(basalFiles.size(), std::size_t(16));

        // Read in directory order (shuffles time order against names and numbers).
        std::vector<dicom::InstanceHeader> headers;
        for (const QFileInfo& info : QDir(basal.outputDirectory).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name | QDir::Reversed))
            headers.push_back(readHeader(info.filePath()));
        QCOMPARE(headers.size(), std::size_t(32));
        const auto loops = cine::CardiacCineGrouper::group(headers, kFallbackFps);
        QCOMPARE(loops.size(), std::size_t(2));
        // Ordered along the normal: apical (z -20) before basal (z 10).
        const cine::CineLoop& apicalLoop = loops[0];
        const cine::CineLoop& basalLoop = loops[1];
        QVERIFY(apicalLoop.header(0).filePath.find("apical") != std::string::npos);
        QVERIFY(basalLoop.header(0).filePath.find("basal") != std::string::npos);
        for (const cine::CineLoop* loop : {&apicalLoop, &basalLoop}) {
            QCOMPARE(loop->frameCount(), 16);
            QCOMPARE(loop->timing.source(), TimingSource::TriggerTime);
            for (int i = 0; i < 16; ++i) {
                QVERIFY(std::abs(*loop->header(i).triggerTimeMs - 69.47 * i) < 0.01);
                if (i < 15)
                    QVERIFY(std::abs(loop->timing.frameDurationMs(i) - 69.47) < 0.02);
            }
            QCOMPARE(loop->rWaveTimesMs, (std::vector<double>{0.0}));
        }
        // Last phase: until the next R wave (1200 ms) where the R-R interval is known, else the mean.
        QVERIFY(std::abs(basalLoop.timing.frameDurationMs(15) - (1200.0 - 15 * 69.47)) < 0.02);
        QVERIFY(std::abs(basalLoop.timing.playedLengthMs() - 1200.0) < 0.02);
        QVERIFY(std::abs(apicalLoop.timing.frameDurationMs(15) - 69.47) < 0.02);

        // Frame k of a loop shows the source's frame k.
        const cine::FrameDecoder source(readHeader(mrHeart()));
        for (int k : {0, 7, 15}) {
            const cine::FrameDecoder single(basalLoop.header(k));
            auto expected = source.decode(k);
            auto actual = single.decode(0);
            QVERIFY(expected && actual);
            QCOMPARE(actual->bytes.size(), std::size_t(256 * 256));
            QVERIFY(actual->bytes == expected->bytes);
        }
    }
};

QTEST_GUILESS_MAIN(CineTimingTest)
#include "CineTimingTest.moc"
