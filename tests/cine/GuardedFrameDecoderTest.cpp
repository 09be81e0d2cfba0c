// The cine player's per-frame decoder on the guarded decode path: a compressed frame is decoded
// alone in continuum-decode-worker, a codec crash there costs that frame (with the file and frame
// named), the next frame still decodes, and worker pixels equal in-process pixels.
#include "TestData.h"

#include "cine/FrameDecoder.h"
#include "dicom/GuardedPixelDecoder.h"
#include "dicom/HeaderReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum;

namespace {

// Echo cine, 8 JPEG baseline frames, several fragments per frame, no Basic Offset Table.
const QString kSource = QStringLiteral("cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm");
// A copy under this name makes the worker's test-only hook abort on frame index 2 only.
const QString kCrashingName = QStringLiteral("cine_worker_crashes_on_frame.dcm");
constexpr int kCrashingFrame = 2;

} // namespace

class GuardedFrameDecoderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Before any worker starts: workers inherit this environment.
        qputenv("CONTINUUM_DECODE_WORKER", CONTINUUM_DECODE_WORKER_PATH);
        qputenv("CONTINUUM_DECODE_WORKER_CRASH_ON", (kCrashingName + QLatin1Char('#') + QString::number(kCrashingFrame)).toUtf8());
        qunsetenv("CONTINUUM_GUARDED_DECODE");
        CONTINUUM_REQUIRE_SHARED(kSource);
        QVERIFY(m_folder.isValid());
        m_copy = m_folder.filePath(kCrashingName);
        QVERIFY(QFile::copy(testing::sharedDicomPath(kSource), m_copy));
    }
    void init()
    {
        dicom::GuardedPixelDecoder::setMode(std::nullopt);
        dicom::GuardedPixelDecoder::forgetKnownBad();
    }
    void cleanupTestCase() { dicom::GuardedPixelDecoder::setMode(std::nullopt); }

    void compressedFramesGoToTheWorkerWithInProcessPixels()
    {
        auto header = dicom::HeaderReader::read(testing::sharedDicomPath(kSource).toStdString());
        QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
        QVERIFY(dicom::GuardedPixelDecoder::usesWorker(*header));
        const cine::FrameDecoder decoder(*header);
        QVERIFY(decoder.decodesFramesSeparately());
        for (const int frame : {0, 5, 7}) {
            const int startsBefore = dicom::GuardedPixelDecoder::workerStarts();
            auto inWorker = decoder.decode(frame);
            QVERIFY2(inWorker, qPrintable(inWorker ? QString() : inWorker.error().message));
            QVERIFY(!dicom::GuardedPixelDecoder::workerProcesses().empty());
            QVERIFY(dicom::GuardedPixelDecoder::workerStarts() >= startsBefore);

            dicom::GuardedPixelDecoder::setMode(dicom::GuardedDecodeMode::InProcess);
            auto inProcess = decoder.decode(frame);
            dicom::GuardedPixelDecoder::setMode(std::nullopt);
            QVERIFY2(inProcess, qPrintable(inProcess ? QString() : inProcess.error().message));
            QCOMPARE(inWorker->format.rows, 240);
            QCOMPARE(inWorker->format.columns, 320);
            QCOMPARE(inWorker->format.photometric, inProcess->format.photometric);
            QCOMPARE(inWorker->bytes.size(), std::size_t(240 * 320 * 3));
            QVERIFY2(inWorker->bytes == inProcess->bytes, qPrintable(QStringLiteral("frame %1 differs").arg(frame + 1)));
        }
    }

    void aFrameThatCrashesTheWorkerIsNamedAndTheNextFrameDecodes()
    {
        auto header = dicom::HeaderReader::read(m_copy.toStdString());
        QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
        const cine::FrameDecoder decoder(*header);

        auto before = decoder.decode(kCrashingFrame - 1);
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
        const std::vector<int> workersBefore = dicom::GuardedPixelDecoder::workerProcesses();
        QVERIFY(!workersBefore.empty());
        const int startsBefore = dicom::GuardedPixelDecoder::workerStarts();

        auto crashed = decoder.decode(kCrashingFrame);
        QVERIFY(!crashed);
        QCOMPARE(crashed.error().code, dicom::LoadError::Code::DecodeFailed);
        QCOMPARE(QString::fromStdString(crashed.error().filePath), m_copy);
        const QString message = crashed.error().message;
        QVERIFY2(message.contains(QStringLiteral("frame %1 of %2").arg(kCrashingFrame + 1).arg(kCrashingName)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("crashed")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("signal 6")), qPrintable(message));

        // This process survived; the next frame of the same file decodes in a fresh worker.
        auto next = decoder.decode(kCrashingFrame + 1);
        QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
        QCOMPARE(next->bytes.size(), std::size_t(240 * 320 * 3));
        QVERIFY(dicom::GuardedPixelDecoder::workerStarts() > startsBefore);

        // The crashed frame is remembered for the session (not sent to a worker again) ...
        auto again = decoder.decode(kCrashingFrame);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("earlier in this session")), qPrintable(again.error().message));
        // ... and its pixels were fine: the crash was the worker's (the test hook), not the data.
        dicom::GuardedPixelDecoder::setMode(dicom::GuardedDecodeMode::InProcess);
        auto inProcess = decoder.decode(kCrashingFrame);
        dicom::GuardedPixelDecoder::setMode(std::nullopt);
        QVERIFY2(inProcess, qPrintable(inProcess ? QString() : inProcess.error().message));
    }

    void offModeDecodesInProcessWithoutAWorker()
    {
        qputenv("CONTINUUM_GUARDED_DECODE", "off");
        auto header = dicom::HeaderReader::read(m_copy.toStdString());
        QVERIFY(header);
        QVERIFY(!dicom::GuardedPixelDecoder::usesWorker(*header));
        const int startsBefore = dicom::GuardedPixelDecoder::workerStarts();
        // In-process the hook does not apply: the frame that crashes the worker decodes.
        auto frame = cine::FrameDecoder(*header).decode(kCrashingFrame);
        qunsetenv("CONTINUUM_GUARDED_DECODE");
        QVERIFY2(frame, qPrintable(frame ? QString() : frame.error().message));
        QCOMPARE(dicom::GuardedPixelDecoder::workerStarts(), startsBefore);
    }

private:
    QTemporaryDir m_folder;
    QString m_copy;
};

QTEST_GUILESS_MAIN(GuardedFrameDecoderTest)
#include "GuardedFrameDecoderTest.moc"
