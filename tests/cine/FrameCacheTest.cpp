// FrameCache on the real multi-frame cine files of the shared set:
//   cine-xa/xa_coronary_96fr_jpeg_baseline.dcm (96 frames, JPEG baseline)
//   cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm (fragments, empty offset table)
//   cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm, cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm,
//   cine-us/us_echo_palette_10fr_rle.dcm, cine-mr/mr_heart_16fr_multiframe_8bit.dcm
#include "TestData.h"

#include "cine/CineLoop.h"
#include "cine/FrameCache.h"
#include "dicom/HeaderReader.h"
#include "dicom/PixelDecoder.h"

#include <QTest>

#include <atomic>
#include <cstring>
#include <mutex>

using namespace continuum;

namespace {

constexpr int kWaitMs = 120000;   // generous: the machine is shared

cine::CineLoop loopOf(const QString& relative)
{
    auto header = dicom::HeaderReader::read(testing::sharedDicomPath(relative).toStdString());
    if (!header)
        qFatal("cannot read %s", qPrintable(relative));
    return cine::CineLoop::fromMultiFrame(header.value(), 25.0);
}

bool allCached(cine::FrameCache& cache, int first, int last)
{
    for (int i = first; i <= last; ++i)
        if (!cache.contains(i))
            return false;
    return true;
}

} // namespace

class FrameCacheTest : public QObject {
    Q_OBJECT

private slots:
    void firstFrameArrivesBeforeTheRest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xa jpeg 96") << "cine-xa/xa_coronary_96fr_jpeg_baseline.dcm";
        QTest::newRow("echo jpeg fragmented") << "cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm";
        QTest::newRow("echo rle palette") << "cine-us/us_echo_palette_10fr_rle.dcm";
    }
    void firstFrameArrivesBeforeTheRest()
    {
        QFETCH(QString, file);
        CONTINUUM_REQUIRE_SHARED(file);
        cine::CineLoop loop = loopOf(file);
        const int frames = loop.frameCount();
        std::atomic<int> firstReady{-1};
        std::atomic<int> cachedAtFirst{-1};
        std::atomic<int> pendingAtFirst{-1};
        std::atomic<int> ready{0};
        cine::FrameCache* cachePointer = nullptr;
        cine::FrameCache cache(std::move(loop), std::size_t(256) << 20, [&](int index) {
            int expected = -1;
            if (firstReady.compare_exchange_strong(expected, index)) {
                cachedAtFirst = static_cast<int>(cachePointer->cachedFrames().size());
                pendingAtFirst = cachePointer->pendingCount();
            }
            ++ready;
        });
        cachePointer = &cache;
        cache.prefetch(0, +1);
        QTRY_VERIFY_WITH_TIMEOUT(ready.load() == frames, kWaitMs);
        // Nearest first: frame 0 or 1 (two workers) came first, while most frames were pending.
        QVERIFY2(firstReady == 0 || firstReady == 1, qPrintable(QString::number(firstReady)));
        QVERIFY2(cachedAtFirst <= 2, qPrintable(QString::number(cachedAtFirst)));
        QVERIFY2(pendingAtFirst >= frames - 2 - 1, qPrintable(QString::number(pendingAtFirst)));
        QCOMPARE(static_cast<int>(cache.cachedFrames().size()), frames);
        QCOMPARE(cache.pendingCount(), 0);
    }

    // Each frame decoded on its own equals the same frame of the whole object decoded at once.
    void cachedFramesEqualWholeObjectDecode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xa jpeg baseline") << "cine-xa/xa_coronary_96fr_jpeg_baseline.dcm";
        QTest::newRow("echo jpeg fragmented no BOT") << "cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm";
        QTest::newRow("echo rgb implicit") << "cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm";
        QTest::newRow("hp echo ybr422 jpeg") << "cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm";
        QTest::newRow("palette rle") << "cine-us/us_echo_palette_10fr_rle.dcm";
        QTest::newRow("mr native") << "cine-mr/mr_heart_16fr_multiframe_8bit.dcm";
    }
    void cachedFramesEqualWholeObjectDecode()
    {
        QFETCH(QString, file);
        CONTINUUM_REQUIRE_SHARED(file);
        cine::CineLoop loop = loopOf(file);
        const dicom::InstanceHeader header = loop.instances.front();
        std::vector<std::byte> whole(dicom::PixelDecoder::decodedSize(header));
        auto decoded = dicom::PixelDecoder::decode(header, whole);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        const std::size_t frameBytes = header.pixelFormat.frameBytes();
        const int frames = loop.frameCount();
        QVERIFY(cine::FrameDecoder(header).decodesFramesSeparately());   // not the whole-object fallback
        cine::FrameCache cache(std::move(loop), frameBytes * static_cast<std::size_t>(frames));
        QCOMPARE(cache.capacityFrames(), frames);
        cache.prefetch(0, +1);
        QTRY_VERIFY_WITH_TIMEOUT(allCached(cache, 0, frames - 1), kWaitMs);
        bool anyNonZero = false;
        for (int f = 0; f < frames; ++f) {
            auto frame = cache.frame(f);
            QVERIFY(frame);
            QCOMPARE(frame->bytes.size(), frameBytes);
            QCOMPARE(int(frame->format.photometric), int(decoded->photometric));
            QCOMPARE(frame->format.rows, header.pixelFormat.rows);
            QVERIFY2(std::memcmp(frame->bytes.data(), whole.data() + frameBytes * static_cast<std::size_t>(f), frameBytes) == 0,
                     qPrintable(QStringLiteral("frame %1 differs").arg(f)));
            anyNonZero = anyNonZero || std::any_of(frame->bytes.begin(), frame->bytes.end(), [](std::byte b) { return b != std::byte{0}; });
        }
        QVERIFY(anyNonZero);   // a decoder that wrote nothing would compare equal to nothing
        QCOMPARE(cache.usedBytes(), frameBytes * static_cast<std::size_t>(frames));
    }

    // Playing through the XA with room for 10.5 frames, forwards then backwards.
    void budgetIsNeverExceeded()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm"));
        cine::CineLoop loop = loopOf(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm"));
        const std::size_t frameBytes = loop.header(0).pixelFormat.frameBytes();
        const std::size_t budget = frameBytes * 21 / 2;
        std::atomic<int> overBudget{0};
        std::atomic<int> insertions{0};
        cine::FrameCache* cachePointer = nullptr;
        cine::FrameCache cache(std::move(loop), budget, [&](int) {
            if (cachePointer->usedBytes() > budget)
                ++overBudget;
            ++insertions;
        });
        cachePointer = &cache;
        QCOMPARE(cache.capacityFrames(), 10);
        for (int position = 0; position < 96; position += 7) {
            cache.prefetch(position, +1);
            QTRY_VERIFY_WITH_TIMEOUT(allCached(cache, position, std::min(position + 9, 95)) || position + 9 > 95, kWaitMs);
            QVERIFY(cache.usedBytes() <= budget);
        }
        for (int position = 95; position >= 0; position -= 9) {
            cache.prefetch(position, -1);
            QTRY_VERIFY_WITH_TIMEOUT(allCached(cache, std::max(position - 9, 0), position) || position < 9, kWaitMs);
            QVERIFY(cache.usedBytes() <= budget);
        }
        QTRY_VERIFY_WITH_TIMEOUT(cache.pendingCount() == 0, kWaitMs);
        QVERIFY(insertions > 50);
        QCOMPARE(overBudget.load(), 0);
        QVERIFY(cache.peakUsedBytes() <= budget);
        QVERIFY(cache.evictedCount() > 0);
        QVERIFY(cache.cachedFrames().size() <= 10);
    }

    void farBehindIsEvictedFirst()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm"));
        cine::CineLoop loop = loopOf(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm"));
        const std::size_t frameBytes = loop.header(0).pixelFormat.frameBytes();
        cine::FrameCache cache(std::move(loop), frameBytes * 20);
        cache.prefetch(50, +1);
        QTRY_VERIFY_WITH_TIMEOUT(allCached(cache, 50, 69), kWaitMs);
        for (int f = 50; f < 70; ++f)
            QVERIFY(cache.frame(f));   // shown in play order
        QCOMPARE(cache.evictedCount(), std::int64_t(0));
        cache.prefetch(55, +1);
        QTRY_VERIFY_WITH_TIMEOUT(allCached(cache, 55, 74), kWaitMs);
        QCOMPARE(cache.evictionOrder(), (std::vector<int>{50, 51, 52, 53, 54}));
        std::vector<int> expected;
        for (int f = 55; f < 75; ++f)
            expected.push_back(f);
        QCOMPARE(cache.cachedFrames(), expected);
        for (int f = 55; f < 75; ++f)
            QVERIFY(cache.frame(f));   // shown in play order

        // Played backwards the window lies behind the position: 55 (just ahead going back) stays.
        cache.prefetch(60, -1);
        QTRY_VERIFY_WITH_TIMEOUT(allCached(cache, 41, 60), kWaitMs);
        const auto evicted = cache.evictionOrder();
        QCOMPARE(std::vector<int>(evicted.begin() + 5, evicted.end()), (std::vector<int>{61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74}));
    }

    void budgetBelowOneFrameCachesNothing()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_palette_10fr_rle.dcm"));
        cine::CineLoop loop = loopOf(QStringLiteral("cine-us/us_echo_palette_10fr_rle.dcm"));
        const std::size_t frameBytes = loop.header(0).pixelFormat.frameBytes();
        cine::FrameCache cache(std::move(loop), frameBytes - 1);
        QCOMPARE(cache.capacityFrames(), 0);
        cache.prefetch(0, +1);
        QTest::qWait(200);
        QCOMPARE(cache.usedBytes(), std::size_t(0));
        QVERIFY(!cache.frame(0));
    }
};

QTEST_GUILESS_MAIN(FrameCacheTest)
#include "FrameCacheTest.moc"
