// The guarded decode path: toolkit codecs run in continuum-decode-worker, whose death costs the
// viewer one file, not the process. Pixels through the worker equal in-process decoding.
#include "TestData.h"

#include "dicom/GuardedPixelDecoder.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"
#include "dicom/PixelDecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

#include <cstring>
#include <vector>

using namespace continuum::dicom;

namespace {

// The test-only hook of the worker: it aborts on files whose path ends with this name.
const QString kCrashingName = QStringLiteral("worker_crashes_on_this.dcm");

std::vector<std::byte> decodeInProcess(const InstanceHeader& header, PixelFormat* format)
{
    std::vector<std::byte> pixels(PixelDecoder::decodedSize(header));
    auto decoded = PixelDecoder::decode(header, pixels);
    if (!decoded)
        qFatal("in-process decoding of %s failed: %s", header.filePath.c_str(), qPrintable(decoded.error().message));
    *format = decoded.value();
    return pixels;
}

bool processIsGone(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

bool sameFormat(const PixelFormat& a, const PixelFormat& b)
{
    return a.rows == b.rows && a.columns == b.columns && a.samplesPerPixel == b.samplesPerPixel && a.bitsAllocated == b.bitsAllocated
        && a.bitsStored == b.bitsStored && a.isSigned == b.isSigned && a.numberOfFrames == b.numberOfFrames
        && a.photometric == b.photometric && a.planarConfiguration == b.planarConfiguration;
}

} // namespace

class GuardedPixelDecoderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Before any worker starts: workers inherit this environment.
        qputenv("CONTINUUM_DECODE_WORKER", CONTINUUM_DECODE_WORKER_PATH);
        qputenv("CONTINUUM_DECODE_WORKER_CRASH_ON", kCrashingName.toUtf8());
        qunsetenv("CONTINUUM_GUARDED_DECODE");
        QVERIFY(m_folder.isValid());
    }
    void init()
    {
        GuardedPixelDecoder::setMode(std::nullopt);
        GuardedPixelDecoder::forgetKnownBad();
    }

    void theWorkerIsFound()
    {
        QCOMPARE(QString::fromStdString(GuardedPixelDecoder::workerExecutable()), QStringLiteral(CONTINUUM_DECODE_WORKER_PATH));
    }

    void compressedSyntaxesGoToTheWorkerUncompressedStays()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"));
        const auto native = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_explicit_le.dcm"));
        const auto bigEndian = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_explicit_be.dcm"));
        const auto jpegLs = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_JLSL.dcm"));
        const auto rle = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_RLE.dcm"));
        const auto deflate = HeaderReader::read(path("syntaxes/misc/image_dfl_deflate.dcm"));
        QVERIFY(native && bigEndian && jpegLs && rle && deflate);
        QVERIFY(!GuardedPixelDecoder::usesWorker(*native));
        QVERIFY(!GuardedPixelDecoder::usesWorker(*bigEndian));   // pread + byte swap, no toolkit
        QVERIFY(GuardedPixelDecoder::usesWorker(*jpegLs));
        QVERIFY(GuardedPixelDecoder::usesWorker(*rle));
        QVERIFY(GuardedPixelDecoder::usesWorker(*deflate));

        qputenv("CONTINUUM_GUARDED_DECODE", "off");
        QCOMPARE(GuardedPixelDecoder::mode(), GuardedDecodeMode::InProcess);
        QVERIFY(!GuardedPixelDecoder::usesWorker(*jpegLs));
        qputenv("CONTINUUM_GUARDED_DECODE", "all");
        QVERIFY(GuardedPixelDecoder::usesWorker(*native));
        GuardedPixelDecoder::setMode(GuardedDecodeMode::InProcess);   // the setting beats the environment
        QVERIFY(!GuardedPixelDecoder::usesWorker(*native));
        qunsetenv("CONTINUUM_GUARDED_DECODE");
        GuardedPixelDecoder::setMode(std::nullopt);
        QCOMPARE(GuardedPixelDecoder::mode(), GuardedDecodeMode::Compressed);
    }

    void workerPixelsEqualInProcessPixels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("JPEG baseline RGB") << "syntaxes/misc/SC_rgb_jpeg_baseline_dcmtk.dcm";
        QTest::newRow("JPEG baseline 96-frame XA cine") << "cine-xa/xa_coronary_96fr_jpeg_baseline.dcm";
        QTest::newRow("JPEG lossless CT") << "syntaxes/ct1_same_image/CT1_JPLL.dcm";
        QTest::newRow("JPEG-LS lossless CT") << "syntaxes/ct1_same_image/CT1_JLSL.dcm";
        QTest::newRow("JPEG 2000 lossless CT") << "syntaxes/ct1_same_image/CT1_J2KR.dcm";
        QTest::newRow("RLE CT") << "syntaxes/ct1_same_image/CT1_RLE.dcm";
        QTest::newRow("RLE palette echo cine") << "cine-us/us_echo_palette_10fr_rle.dcm";
        QTest::newRow("HTJ2K RGB (OpenJPEG)") << "syntaxes/misc/HTJ2KLossless_08_RGB.dcm";
    }
    void workerPixelsEqualInProcessPixels()
    {
        QFETCH(QString, file);
        CONTINUUM_REQUIRE_SHARED(file);
        const auto header = HeaderReader::read(path(file));
        QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
        QVERIFY(GuardedPixelDecoder::usesWorker(*header));
        PixelFormat inProcessFormat;
        const std::vector<std::byte> expected = decodeInProcess(*header, &inProcessFormat);

        // Poisoned destination: every byte must come from the worker.
        std::vector<std::byte> pixels(expected.size(), std::byte{0xA5});
        const int startsBefore = GuardedPixelDecoder::workerStarts();
        auto decoded = GuardedPixelDecoder::decode(*header, pixels);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QVERIFY(GuardedPixelDecoder::workerStarts() >= std::max(startsBefore, 1));
        QVERIFY(sameFormat(decoded.value(), inProcessFormat));
        QVERIFY(pixels == expected);
        // Not a trivially equal pair of blank buffers.
        QVERIFY(std::any_of(pixels.begin(), pixels.end(), [](std::byte b) { return b != std::byte{0}; }));
    }

    void losslessSyntaxesThroughTheWorkerMatchTheUncompressedImage()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"));
        const auto reference = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_explicit_le.dcm"));
        QVERIFY(reference);
        PixelFormat format;
        const std::vector<std::byte> expected = decodeInProcess(*reference, &format);
        for (const char* file : {"syntaxes/ct1_same_image/CT1_JLSL.dcm", "syntaxes/ct1_same_image/CT1_J2KR.dcm", "syntaxes/ct1_same_image/CT1_RLE.dcm"}) {
            const auto header = HeaderReader::read(path(file));
            QVERIFY(header);
            std::vector<std::byte> pixels(expected.size());
            auto decoded = GuardedPixelDecoder::decode(*header, pixels);
            QVERIFY2(decoded, file);
            QVERIFY2(pixels == expected, file);
        }
    }

    void aWorkerCrashNamesTheFileAndTheViewerGoesOn()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("syntaxes/ct1_same_image/CT1_JLSL.dcm"));
        // Two instances of one series: the worker dies on the first, the second must still decode.
        const QString crashing = m_folder.filePath(kCrashingName);
        const QString healthy = m_folder.filePath(QStringLiteral("healthy.dcm"));
        QVERIFY(QFile::copy(sharedPath("syntaxes/ct1_same_image/CT1_JLSL.dcm"), crashing));
        QVERIFY(QFile::copy(sharedPath("syntaxes/ct1_same_image/CT1_J2KR.dcm"), healthy));
        auto crashingHeader = HeaderReader::read(crashing.toStdString());
        auto healthyHeader = HeaderReader::read(healthy.toStdString());
        QVERIFY(crashingHeader && healthyHeader);
        healthyHeader->instanceNumber = crashingHeader->instanceNumber + 1;
        PixelFormat format;
        const std::vector<std::byte> expected = decodeInProcess(*healthyHeader, &format);

        SeriesDescriptor descriptor;
        descriptor.seriesInstanceUid = crashingHeader->seriesInstanceUid;
        descriptor.instances = {*crashingHeader, *healthyHeader};
        auto created = ImageSeries::create(std::move(descriptor));
        QVERIFY(created);
        ImageSeries& series = **created;
        QCOMPARE(series.frameCount(), 2);
        const int crashingFrame = series.header(0).filePath == crashing.toStdString() ? 0 : 1;
        const int healthyFrame = 1 - crashingFrame;

        const pid_t viewer = ::getpid();
        const int startsBefore = GuardedPixelDecoder::workerStarts();
        const auto failure = series.decodeFrame(crashingFrame);
        QVERIFY(failure.has_value());
        QCOMPARE(failure->code, LoadError::Code::DecodeFailed);
        QCOMPARE(QString::fromStdString(failure->filePath), crashing);
        QVERIFY2(failure->message.contains(kCrashingName), qPrintable(failure->message));
        QVERIFY2(failure->message.contains(QStringLiteral("frame 1")), qPrintable(failure->message));
        QVERIFY2(failure->message.contains(QStringLiteral("signal 6")), qPrintable(failure->message));   // SIGABRT
        QCOMPARE(::getpid(), viewer);
        QVERIFY(GuardedPixelDecoder::isKnownBad(crashing.toStdString()));
        QVERIFY(!series.isDecoded(crashingFrame));

        // The next frame decodes, through a restarted worker, to the right pixels.
        QVERIFY(!series.decodeFrame(healthyFrame));
        QVERIFY(series.isDecoded(healthyFrame));
        QVERIFY(GuardedPixelDecoder::workerStarts() > startsBefore);
        const FrameView view = series.frame(healthyFrame);
        QCOMPARE(view.bytes.size(), expected.size());
        QVERIFY(std::memcmp(view.bytes.data(), expected.data(), expected.size()) == 0);

        // The bad file is not sent to a worker again: refused at once, no new worker.
        const int startsAfter = GuardedPixelDecoder::workerStarts();
        std::vector<std::byte> pixels(PixelDecoder::decodedSize(*crashingHeader));
        auto again = GuardedPixelDecoder::decode(*crashingHeader, pixels);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(kCrashingName), qPrintable(again.error().message));
        QCOMPARE(GuardedPixelDecoder::workerStarts(), startsAfter);
        GuardedPixelDecoder::forgetKnownBad();
        QVERIFY(!GuardedPixelDecoder::isKnownBad(crashing.toStdString()));
    }

    void aWorkerKilledWhileIdleIsReplaced()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("syntaxes/ct1_same_image/CT1_RLE.dcm"));
        // E.g. the OOM killer: the next request must not fail because of a stale worker.
        const auto header = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_RLE.dcm"));
        QVERIFY(header);
        std::vector<std::byte> pixels(PixelDecoder::decodedSize(*header));
        QVERIFY(GuardedPixelDecoder::decode(*header, pixels));
        const std::vector<int> workers = GuardedPixelDecoder::workerProcesses();
        QVERIFY(!workers.empty());
        for (int worker : workers)
            QCOMPARE(::kill(worker, SIGKILL), 0);
        // SIGKILL is asynchronous: wait until the workers are gone (zombies whose socket closed).
        for (int worker : workers)
            QTRY_VERIFY_WITH_TIMEOUT(processIsGone(worker), 10000);
        for (int i = 0; i < 4; ++i) {   // both pooled workers may have been killed
            auto decoded = GuardedPixelDecoder::decode(*header, pixels);
            QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        }
    }

    void withoutAWorkerDecodingStaysInProcess()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("syntaxes/ct1_same_image/CT1_RLE.dcm"));
        const QByteArray saved = qgetenv("CONTINUUM_DECODE_WORKER");
        qputenv("CONTINUUM_DECODE_WORKER", m_folder.filePath(QStringLiteral("no-such-worker")).toUtf8());
        QVERIFY(GuardedPixelDecoder::workerExecutable().empty());
        const auto header = HeaderReader::read(path("syntaxes/ct1_same_image/CT1_RLE.dcm"));
        QVERIFY(header);
        std::vector<std::byte> pixels(PixelDecoder::decodedSize(*header));
        const int starts = GuardedPixelDecoder::workerStarts();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("continuum-decode-worker not found")));
        QVERIFY(GuardedPixelDecoder::decode(*header, pixels));
        QCOMPARE(GuardedPixelDecoder::workerStarts(), starts);
        qputenv("CONTINUUM_DECODE_WORKER", saved);
    }

private:
    static std::string path(const char* relative) { return sharedPath(relative).toStdString(); }
    static std::string path(const QString& relative) { return sharedPath(relative).toStdString(); }
    static QString sharedPath(const QString& relative) { return continuum::testing::sharedDicomPath(relative); }
    static QString sharedPath(const char* relative) { return sharedPath(QString::fromUtf8(relative)); }

    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(GuardedPixelDecoderTest)
#include "GuardedPixelDecoderTest.moc"
