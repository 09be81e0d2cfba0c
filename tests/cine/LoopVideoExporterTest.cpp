// LoopVideoExporter on real cine files of the shared set, checked with ffprobe / ffmpeg (package
// ffmpeg) against the header read independently here with GDCM:
//   cine-xa/xa_coronary_96fr_jpeg_baseline.dcm (96 frames, FrameTime 33 ms, greyscale JPEG)
//   cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm (8 frames, FrameTimeVector with a non-zero
//   first entry, RGB)
//   a copy of the XA with StartTrim 11 / StopTrim 40, derived here with generators::AttributeRewriter.
#include "TestData.h"

#include "cine/CineFrameRenderer.h"
#include "cine/CineLoop.h"
#include "cine/FrameDecoder.h"
#include "cine/LoopVideoExporter.h"
#include "dicom/HeaderReader.h"
#include "generators/AttributeRewriter.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gdcmAttribute.h>
#include <gdcmReader.h>
#include <gdcmStringFilter.h>

#include <cmath>
#include <numeric>

using namespace continuum;

namespace {

const QString kXa = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
const QString kDoppler = QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm");

cine::CineLoop loopOf(const QString& path)
{
    auto header = dicom::HeaderReader::read(path.toStdString());
    if (!header)
        qFatal("cannot read %s", qPrintable(path));
    return cine::CineLoop::fromMultiFrame(header.value(), 25.0);
}

// Header values straight from GDCM's string filter, independent of HeaderReader and CineTiming.
struct HeaderTiming {
    int frames = 0;
    std::vector<double> frameTimeVector;
    double frameTime = 0.0;
};
HeaderTiming headerTiming(const QString& path)
{
    gdcm::Reader reader;
    reader.SetFileName(path.toStdString().c_str());
    if (!reader.Read())
        qFatal("gdcm cannot read %s", qPrintable(path));
    gdcm::StringFilter filter;
    filter.SetFile(reader.GetFile());
    HeaderTiming timing;
    timing.frames = QString::fromStdString(filter.ToString(gdcm::Tag(0x0028, 0x0008))).trimmed().toInt();
    const QString vector = QString::fromStdString(filter.ToString(gdcm::Tag(0x0018, 0x1065))).trimmed();
    for (const QString& entry : vector.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        timing.frameTimeVector.push_back(entry.trimmed().toDouble());
    timing.frameTime = QString::fromStdString(filter.ToString(gdcm::Tag(0x0018, 0x1063))).trimmed().toDouble();
    return timing;
}

struct Probe {
    int frames = -1;
    double durationS = -1.0;
    std::vector<double> ptsS;
};
// ffprobe: decoded frame count, stream duration and every frame's presentation time.
Probe probe(const QString& mp4)
{
    Probe result;
    QProcess count;
    count.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                            QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                            QStringLiteral("stream=nb_read_frames,duration"), QStringLiteral("-of"),
                                            QStringLiteral("default=noprint_wrappers=1"), mp4});
    if (!count.waitForFinished(120000) || count.exitCode() != 0)
        return result;
    for (const QString& line : QString::fromUtf8(count.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("nb_read_frames=")))
            result.frames = line.mid(15).toInt();
        if (line.startsWith(QLatin1String("duration=")))
            result.durationS = line.mid(9).toDouble();
    }
    QProcess frames;
    frames.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                             QStringLiteral("v:0"), QStringLiteral("-show_entries"), QStringLiteral("frame=pts_time"),
                                             QStringLiteral("-of"), QStringLiteral("csv=p=0"), mp4});
    if (!frames.waitForFinished(120000) || frames.exitCode() != 0)
        return result;
    for (const QString& line : QString::fromUtf8(frames.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        result.ptsS.push_back(line.trimmed().toDouble());
    return result;
}

// The first frame of the video decoded by ffmpeg to 8-bit RGB.
QByteArray firstVideoFrameRgb(const QString& mp4)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), mp4,
                                            QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                                            QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                                            QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0)
        return {};
    return ffmpeg.readAllStandardOutput();
}

dicom::DisplayImage rendered(const cine::CineLoop& loop, int frame)
{
    const cine::CineLoop::FrameRef& ref = loop.frames.at(static_cast<std::size_t>(frame));
    cine::FrameDecoder decoder(loop.instances.at(static_cast<std::size_t>(ref.instance)));
    auto decoded = decoder.decode(ref.frameInInstance);
    if (!decoded)
        qFatal("decode failed");
    cine::CineFrameRenderer renderer(loop);
    return renderer.render(frame, *decoded);
}

} // namespace

class LoopVideoExporterTest : public QObject {
    Q_OBJECT

private slots:
    void xaVideoHasTheHeadersFramesAndTiming()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        const QString path = testing::sharedDicomPath(kXa);
        const HeaderTiming header = headerTiming(path);
        QCOMPARE(header.frames, 96);
        QCOMPARE(header.frameTime, 33.0);
        const cine::CineLoop loop = loopOf(path);
        QTemporaryDir dir;
        const QString mp4 = dir.filePath(QStringLiteral("xa.mp4"));
        int lastProgress = 0;
        const auto outcome = cine::LoopVideoExporter(loop).writeMp4(mp4.toStdString(), false, [&](int done, int total) {
            lastProgress = done;
            return total == header.frames;
        });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(lastProgress, header.frames);
        const Probe p = probe(mp4);
        QCOMPARE(p.frames, header.frames);
        QVERIFY2(std::abs(p.durationS - header.frames * header.frameTime / 1000.0) < 1e-4, qPrintable(QString::number(p.durationS)));
        QCOMPARE(static_cast<int>(p.ptsS.size()), header.frames);
        for (int i = 0; i < header.frames; ++i)
            QVERIFY(std::abs(p.ptsS[static_cast<std::size_t>(i)] - i * header.frameTime / 1000.0) < 1e-5);

        // Grey levels as displayed: ffmpeg's decode of the first video frame against the frame the
        // viewport renders (lossy H.264 at CRF 12: a mean error under 2 of 255 levels).
        const dicom::DisplayImage shown = rendered(loop, 0);
        const QByteArray video = firstVideoFrameRgb(mp4);
        QCOMPARE(video.size(), static_cast<qsizetype>(shown.rgb.size()));
        double sum = 0.0;
        for (std::size_t i = 0; i < shown.rgb.size(); ++i)
            sum += std::abs(int(static_cast<std::uint8_t>(video[static_cast<qsizetype>(i)])) - int(shown.rgb[i]));
        const double meanError = sum / static_cast<double>(shown.rgb.size());
        QVERIFY2(meanError < 2.0, qPrintable(QString::number(meanError)));
    }

    void dopplerVideoFollowsTheFrameTimeVector()
    {
        CONTINUUM_REQUIRE_SHARED(kDoppler);
        const QString path = testing::sharedDicomPath(kDoppler);
        const HeaderTiming header = headerTiming(path);
        QCOMPARE(header.frames, 8);
        QCOMPARE(static_cast<int>(header.frameTimeVector.size()), 8);
        QTemporaryDir dir;
        const QString mp4 = dir.filePath(QStringLiteral("doppler.mp4"));
        const cine::CineLoop loop = loopOf(path);
        const auto outcome = cine::LoopVideoExporter(loop).writeMp4(mp4.toStdString());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const Probe p = probe(mp4);
        QCOMPARE(p.frames, header.frames);
        // One pass lasts the sum of all entries (docs/cine.md: the non-zero entry 0 is the wrap).
        const double sumMs = std::accumulate(header.frameTimeVector.begin(), header.frameTimeVector.end(), 0.0);
        QVERIFY2(std::abs(p.durationS * 1000.0 - sumMs) < 0.01, qPrintable(QString::number(p.durationS)));
        // Frame i starts at the sum of entries 1..i (entry i = time from frame i-1 to frame i).
        QCOMPARE(static_cast<int>(p.ptsS.size()), 8);
        double expectedMs = 0.0;
        for (int i = 0; i < 8; ++i) {
            if (i > 0)
                expectedMs += header.frameTimeVector[static_cast<std::size_t>(i)];
            QVERIFY2(std::abs(p.ptsS[static_cast<std::size_t>(i)] * 1000.0 - expectedMs) < 0.01,
                     qPrintable(QStringLiteral("frame %1: %2 ms, expected %3").arg(i).arg(p.ptsS[static_cast<std::size_t>(i)] * 1000.0).arg(expectedMs)));
        }
    }

    void trimmedLoopExportsThePlayedFramesOnly()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        QTemporaryDir dir;
        const QString trimmed = dir.filePath(QStringLiteral("trimmed.dcm"));
        QString error;
        QVERIFY2(generators::AttributeRewriter::writeCopy(testing::sharedDicomPath(kXa), trimmed,
                                                          {{{0x0008, 0x2142}, QStringLiteral("11")}, {{0x0008, 0x2143}, QStringLiteral("40")}}, &error),
                 qPrintable(error));
        const cine::CineLoop loop = loopOf(trimmed);
        QCOMPARE(loop.timing.playedFrameCount(), 30);
        const QString mp4 = dir.filePath(QStringLiteral("trimmed.mp4"));
        const auto outcome = cine::LoopVideoExporter(loop).writeMp4(mp4.toStdString());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const Probe p = probe(mp4);
        QCOMPARE(p.frames, 30);
        QVERIFY(std::abs(p.durationS - 30 * 0.033) < 1e-4);
        // Its first picture is the 11th frame.
        const dicom::DisplayImage eleventh = rendered(loop, 10);
        const QByteArray video = firstVideoFrameRgb(mp4);
        QCOMPARE(video.size(), static_cast<qsizetype>(eleventh.rgb.size()));
        double sum = 0.0;
        for (std::size_t i = 0; i < eleventh.rgb.size(); ++i)
            sum += std::abs(int(static_cast<std::uint8_t>(video[static_cast<qsizetype>(i)])) - int(eleventh.rgb[i]));
        QVERIFY(sum / static_cast<double>(eleventh.rgb.size()) < 2.0);
    }

    void sweepScheduleGoesThereAndBack()
    {
        cine::CineTiming timing = cine::CineTiming::fromDurations({10.0, 20.0, 30.0, 40.0}, cine::TimingSource::FrameTimeVector);
        timing.setMode(cine::PlaybackMode::Sweep);
        const auto schedule = cine::LoopVideoExporter::schedule(timing);
        const std::vector<int> frames{0, 1, 2, 3, 2, 1};
        const std::vector<std::int64_t> startsUs{0, 10000, 30000, 60000, 100000, 130000};
        QCOMPARE(static_cast<int>(schedule.size()), 6);
        for (std::size_t i = 0; i < schedule.size(); ++i) {
            QCOMPARE(schedule[i].frame, frames[i]);
            QCOMPARE(schedule[i].presentationUs, startsUs[i]);
        }
        QCOMPARE(schedule.back().durationUs, std::int64_t(20000));
        // Thirds of a millisecond: boundaries rounded once, so one pass still lasts the exact sum.
        const auto thirds = cine::LoopVideoExporter::schedule(
            cine::CineTiming::fromDurations(std::vector<double>(30, 100.0 / 3.0), cine::TimingSource::FrameTime));
        QCOMPARE(thirds.back().presentationUs + thirds.back().durationUs, std::int64_t(1000000));
    }

    void cancelAndErrorsLeaveNoFile()
    {
        CONTINUUM_REQUIRE_SHARED(kDoppler);
        const cine::CineLoop loop = loopOf(testing::sharedDicomPath(kDoppler));
        QTemporaryDir dir;
        const QString mp4 = dir.filePath(QStringLiteral("cancelled.mp4"));
        const auto cancelled = cine::LoopVideoExporter(loop).writeMp4(mp4.toStdString(), false, [](int done, int) { return done < 3; });
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!QFileInfo::exists(mp4));
        const auto unwritable = cine::LoopVideoExporter(loop).writeMp4(dir.filePath(QStringLiteral("missing/dir/x.mp4")).toStdString());
        QVERIFY(!unwritable.ok);
        QVERIFY(unwritable.error.contains(QStringLiteral("Cannot write")));
    }

    void pngHoldsTheDisplayedPixels()
    {
        CONTINUUM_REQUIRE_SHARED(kDoppler);
        const cine::CineLoop loop = loopOf(testing::sharedDicomPath(kDoppler));
        dicom::DisplayImage shown = rendered(loop, 3);
        cine::LoopVideoExporter::invert(shown);   // as an inverted viewport shows it
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("frame.png"));
        const QString error = cine::LoopVideoExporter::writePng(shown, png.toStdString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QImage image = QImage(png).convertToFormat(QImage::Format_RGB888);
        QCOMPARE(image.width(), shown.width);
        QCOMPARE(image.height(), shown.height);
        for (int y = 0; y < shown.height; ++y)
            for (int x = 0; x < shown.width; ++x) {
                const QRgb pixel = image.pixel(x, y);
                const std::uint8_t* expected = shown.pixel(x, y);
                if (qRed(pixel) != expected[0] || qGreen(pixel) != expected[1] || qBlue(pixel) != expected[2])
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 differs").arg(x).arg(y)));
            }
        QVERIFY(!cine::LoopVideoExporter::writePng(dicom::DisplayImage{}, png.toStdString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(LoopVideoExporterTest)
#include "LoopVideoExporterTest.moc"
