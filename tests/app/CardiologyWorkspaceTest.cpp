// The cardiology cine workspace on screen: CineViewport, CineControlBar, CineGridView,
// CardiologyWorkspace (needs X: DISPLAY label, run under xvfb-run).
//
// Real files from the shared set (CONTINUUM_SHARED_DICOM), copied at test time under one patient
// with generators::AttributeRewriter (PatientID / IssuerOfPatientID changed, pixels untouched):
//   cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm       HP echo, 34 frames, JPEG YBR_FULL_422, Frame Time 30
//   cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm  Doppler echo, 8 frames, RGB, Frame Time Vector,
//                                                 TriggerTime 0 + HeartRate 150 (R waves)
//   cine-us/us_echo_palette_10fr_rle.dcm          echo, 10 frames, PALETTE COLOR, RLE
//   cine-mr/mr_heart_16fr_multiframe_8bit.dcm     cardiac MR, 16 frames, greyscale; also split by
//                                                 generators::MultiFrameSplitter into a single-frame
//                                                 cardiac MR cine (one position, TriggerTime per phase)
//   cine-xa/xa_coronary_96fr_jpeg_baseline.dcm   XA, 96 frames, R Wave Pointer 20\53\77 (beat sync)
// Expected pixels always come from cine::FrameDecoder decoding the same file; ultrasound region
// deltas and the R Wave Pointer are read here with GDCM, independently of the code under test.
#include "CardiologyMeasurementOverlay.h"
#include "CardiologyWorkspace.h"
#include "CineControlBar.h"
#include "CineGridView.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "LvFunctionPanel.h"
#include "UserSession.h"

#include "TestData.h"
#include "../cardiac/CardiacFixtures.h"

#include "catalog/Catalog.h"
#include "cardiac/RWaveDetector.h"
#include "cardiac/WaveformReader.h"
#include "cine/BeatPhaseMapper.h"
#include "cine/CineFrameRenderer.h"
#include "cine/CineLoop.h"
#include "cine/FrameCache.h"
#include "cine/FrameDecoder.h"
#include "dicom/HeaderReader.h"
#include "generators/AttributeRewriter.h"
#include "generators/MultiFrameSplitter.h"
#include "render/CineViewport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QToolButton>

#include <gdcmAttribute.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <atomic>
#include <cmath>
#include <memory>
#include <set>

using namespace continuum;

namespace {

const QString kHpEcho = QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm");
const QString kDoppler = QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm");
const QString kPalette = QStringLiteral("cine-us/us_echo_palette_10fr_rle.dcm");
const QString kMrHeart = QStringLiteral("cine-mr/mr_heart_16fr_multiframe_8bit.dcm");
const QString kXa = QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
const QString kEcg = QStringLiteral("nonimage/waveform/ecg_12lead.dcm");

// The first ultrasound region whose X and Y are cm (units 3): bounds and deltas, read with GDCM.
struct CmRegion {
    int minX = 0, minY = 0, maxX = 0, maxY = 0;
    double deltaX = 0.0, deltaY = 0.0;
};
std::optional<CmRegion> cmRegionOf(const QString& path)
{
    gdcm::Reader reader;
    reader.SetFileName(path.toStdString().c_str());
    if (!reader.Read())
        return std::nullopt;
    const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    const gdcm::Tag regionsTag(0x0018, 0x6011);
    if (!ds.FindDataElement(regionsTag))
        return std::nullopt;
    gdcm::SmartPointer<gdcm::SequenceOfItems> items = ds.GetDataElement(regionsTag).GetValueAsSQ();
    for (gdcm::SequenceOfItems::SizeType i = 1; items && i <= items->GetNumberOfItems(); ++i) {
        const gdcm::DataSet& item = items->GetItem(i).GetNestedDataSet();
        gdcm::Attribute<0x0018, 0x6024> unitsX{};
        gdcm::Attribute<0x0018, 0x6026> unitsY{};
        unitsX.SetFromDataSet(item);
        unitsY.SetFromDataSet(item);
        if (unitsX.GetValue() != 3 || unitsY.GetValue() != 3)
            continue;
        gdcm::Attribute<0x0018, 0x6018> minX{};
        gdcm::Attribute<0x0018, 0x601a> minY{};
        gdcm::Attribute<0x0018, 0x601c> maxX{};
        gdcm::Attribute<0x0018, 0x601e> maxY{};
        gdcm::Attribute<0x0018, 0x602c> deltaX{};
        gdcm::Attribute<0x0018, 0x602e> deltaY{};
        minX.SetFromDataSet(item);
        minY.SetFromDataSet(item);
        maxX.SetFromDataSet(item);
        maxY.SetFromDataSet(item);
        deltaX.SetFromDataSet(item);
        deltaY.SetFromDataSet(item);
        return CmRegion{static_cast<int>(minX.GetValue()), static_cast<int>(minY.GetValue()), static_cast<int>(maxX.GetValue()),
                        static_cast<int>(maxY.GetValue()), deltaX.GetValue(), deltaY.GetValue()};
    }
    return std::nullopt;
}

// Shoelace area and area-length volume (8 A^2 / (3 pi L), L from the middle of the first and last
// points to the farthest point) of a hinge-to-hinge trace in cm, computed here from scratch.
double areaLengthMl(const std::vector<QPointF>& cm)
{
    double twiceArea = 0.0;
    for (std::size_t i = 0; i < cm.size(); ++i) {
        const QPointF& a = cm[i];
        const QPointF& b = cm[(i + 1) % cm.size()];
        twiceArea += a.x() * b.y() - b.x() * a.y();
    }
    const double area = std::abs(twiceArea) / 2.0;
    const QPointF base = (cm.front() + cm.back()) / 2.0;
    double length = 0.0;
    for (const QPointF& p : cm)
        length = std::max(length, std::hypot(p.x() - base.x(), p.y() - base.y()));
    return 8.0 * area * area / (3.0 * M_PI * length);
}

int ffprobeFrameCount(const QString& mp4)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                            QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                            QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), mp4});
    if (!probe.waitForFinished(120000) || probe.exitCode() != 0)
        return -1;
    return QString::fromUtf8(probe.readAllStandardOutput()).trimmed().toInt();
}
const QString kPatientId = QStringLiteral("CINE-TEST-1");
const QString kIssuer = QStringLiteral("CONTINUUM-TEST");

cine::CineLoop loopOf(const QString& path)
{
    auto header = dicom::HeaderReader::read(path.toStdString());
    if (!header)
        qFatal("cannot read %s", qPrintable(path));
    return cine::CineLoop::fromMultiFrame(*header, 25.0);
}

// What frame `frame` of `loop` must look like: FrameDecoder's frame through the cine renderer
// (frame 0 first, as the viewport does, so a greyscale loop gets the same window).
dicom::DisplayImage expectedImage(const cine::CineLoop& loop, int frame)
{
    cine::CineFrameRenderer renderer(loop);
    const auto render = [&](int f) {
        const cine::CineLoop::FrameRef ref = loop.frames.at(static_cast<std::size_t>(f));
        const cine::FrameDecoder decoder(loop.instances.at(static_cast<std::size_t>(ref.instance)));
        auto decoded = decoder.decode(ref.frameInInstance);
        if (!decoded)
            qFatal("decode failed: %s", qPrintable(decoded.error().message));
        return renderer.render(f, *decoded);
    };
    const dicom::DisplayImage first = render(loop.timing.firstPlayedFrame());
    return frame == loop.timing.firstPlayedFrame() ? first : render(frame);
}

int differingPixels(const dicom::DisplayImage& a, const dicom::DisplayImage& b)
{
    int count = 0;
    for (std::size_t i = 0; i + 2 < a.rgb.size() && i + 2 < b.rgb.size(); i += 3)
        if (a.rgb[i] != b.rgb[i] || a.rgb[i + 1] != b.rgb[i + 1] || a.rgb[i + 2] != b.rgb[i + 2])
            ++count;
    return count;
}

// The viewport's screen pixels (grabbed framebuffer, nearest-neighbour) against the image each
// widget pixel maps to; corners (text overlays) and cell edges are left out.
QString compareScreen(render::CineViewport* viewport, const dicom::DisplayImage& expected)
{
    const QImage shot = viewport->grabImage().convertToFormat(QImage::Format_RGB32);
    int checked = 0;
    for (int y = shot.height() / 5; y < shot.height() * 4 / 5; y += 3) {
        for (int x = 2; x < shot.width() - 2; x += 3) {
            const QPointF at = viewport->imagePixelAt(QPoint(x, y));
            const double fx = at.x() - std::floor(at.x());
            const double fy = at.y() - std::floor(at.y());
            if (fx < 0.1 || fx > 0.9 || fy < 0.1 || fy > 0.9)
                continue;
            const int column = static_cast<int>(std::floor(at.x()));
            const int row = static_cast<int>(std::floor(at.y()));
            if (column < 0 || row < 0 || column >= expected.width || row >= expected.height)
                continue;
            const std::uint8_t* want = expected.pixel(column, row);
            const QColor got = shot.pixelColor(x, y);
            if (std::abs(got.red() - want[0]) > 2 || std::abs(got.green() - want[1]) > 2 || std::abs(got.blue() - want[2]) > 2)
                return QStringLiteral("widget (%1,%2) = image (%3,%4): screen %5,%6,%7, expected %8,%9,%10")
                    .arg(x).arg(y).arg(column).arg(row)
                    .arg(got.red()).arg(got.green()).arg(got.blue())
                    .arg(want[0]).arg(want[1]).arg(want[2]);
            ++checked;
        }
    }
    if (checked < 500)
        return QStringLiteral("only %1 screen pixels compared").arg(checked);
    return {};
}

// A monotonic clock the test moves by hand.
struct FakeClock {
    std::shared_ptr<std::atomic<std::int64_t>> now = std::make_shared<std::atomic<std::int64_t>>(1'000'000'000);
    cine::PlaybackClock::TimeSource source() const
    {
        return [now = now] { return now->load(); };
    }
    void advanceMs(double ms) { *now += static_cast<std::int64_t>(ms * 1e6); }
};

// Shows `grid` at `size` with its loops on `clock`; false when the window never shows.
bool showGridOnClock(app::CineGridView& grid, const FakeClock& clock, QSize size)
{
    grid.setTimeSource(clock.source());
    grid.resize(size);
    grid.show();
    return QTest::qWaitForWindowExposed(&grid);
}

// Shows `grid` at `size` with `loop` as its only loop; false when the window never shows.
bool showGridWithLoop(app::CineGridView& grid, const cine::CineLoop& loop, QSize size)
{
    grid.resize(size);
    grid.show();
    return QTest::qWaitForWindowExposed(&grid) && grid.addLoop(loop) == 0;
}

// Pixels in the 7 x 7 widget pixels around `at` (viewport coordinates) that have the cardiology
// overlay's blue (80, 220, 255, antialiased), read from the screen.
int overlayBlueOnScreen(QWidget& window, const QWidget* viewport, QPointF at)
{
    const QPoint topLeft = viewport->mapTo(&window, at.toPoint()) - QPoint(3, 3);
    const QImage shot = window.screen()->grabWindow(window.winId(), topLeft.x(), topLeft.y(), 7, 7).toImage().convertToFormat(QImage::Format_RGB32);
    int blue = 0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x) {
            const QRgb p = shot.pixel(x, y);
            blue += qRed(p) < 150 && qGreen(p) > 160 && qBlue(p) > 200 && qBlue(p) - qRed(p) > 80 ? 1 : 0;
        }
    return blue;
}

} // namespace

class CardiologyWorkspaceTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_patientDir;
    std::unique_ptr<catalog::Catalog> m_catalog;

    QString fixture(const QString& relative) const
    {
        return QDir(m_patientDir).filePath(QFileInfo(relative).fileName());
    }

    // Shows a viewport of `size` in its own window, nearest-neighbour so pixels compare exactly.
    static std::unique_ptr<render::CineViewport> shownViewport(const QSize& size)
    {
        auto viewport = std::make_unique<render::CineViewport>();
        viewport->setInterpolation(render::SliceViewport::Interpolation::Nearest);
        viewport->resize(size);
        viewport->show();
        if (!QTest::qWaitForWindowExposed(viewport.get()))
            qFatal("window not exposed");
        return viewport;
    }

private slots:
    void initTestCase()
    {
        for (const QString& file : {kHpEcho, kDoppler, kPalette, kMrHeart})
            CONTINUUM_REQUIRE_SHARED(file);
        QVERIFY(m_dir.isValid());
        m_patientDir = m_dir.filePath(QStringLiteral("patient"));
        QVERIFY(QDir().mkpath(m_patientDir));
        const std::vector<generators::AttributeRewriter::Change> patient{
            {{0x0010, 0x0020}, kPatientId}, {{0x0010, 0x0021}, kIssuer}, {{0x0010, 0x0010}, QStringLiteral("Cine^Test")}};
        QString error;
        for (const QString& file : {kHpEcho, kDoppler, kPalette, kMrHeart})
            QVERIFY2(generators::AttributeRewriter::writeCopy(continuum::testing::sharedDicomPath(file), fixture(file), patient, &error),
                     qPrintable(error));

        // Single-frame cardiac MR cine: the MR heart split into one file per phase at one position.
        generators::MultiFrameSplitter::Options split;
        split.outputDirectory = m_dir.filePath(QStringLiteral("split"));
        split.fileNamePrefix = QStringLiteral("phase");
        split.imagePositionPatient = {-120.0, -110.0, 15.0};
        split.sliceLocation = 15.0;
        split.nominalIntervalMs = 1200.0;
        std::vector<QString> phases;
        QVERIFY2(generators::MultiFrameSplitter::split(continuum::testing::sharedDicomPath(kMrHeart), split, &phases, &error),
                 qPrintable(error));
        QCOMPARE(phases.size(), std::size_t(16));
        const QString cineDir = QDir(m_patientDir).filePath(QStringLiteral("mrcine"));
        QVERIFY(QDir().mkpath(cineDir));
        for (const QString& phase : phases)
            QVERIFY2(generators::AttributeRewriter::writeCopy(phase, QDir(cineDir).filePath(QFileInfo(phase).fileName()), patient, &error),
                     qPrintable(error));

        m_catalog = std::make_unique<catalog::Catalog>();
        const auto failure = m_catalog->open(m_dir.filePath(QStringLiteral("catalog/catalog.sqlite")));
        QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
        const catalog::ImportResult result = m_catalog->importFiles({m_patientDir});
        QVERIFY(!result.failure);
        QCOMPARE(result.newInstances, 4 + 16);
    }

    // Studies without a Patient ID are different people as far as the catalog can tell: a patient
    // without one gets only the loops with the same name and birth date, never another patient's.
    void patientsWithoutIdAreNotMerged()
    {
        const QString dir = m_dir.filePath(QStringLiteral("no-id"));
        QVERIFY(QDir().mkpath(dir));
        QString error;
        for (const QString& name : {QStringLiteral("Anon^One"), QStringLiteral("Anon^Two")}) {
            const QString suffix = name.endsWith(QLatin1String("One")) ? QStringLiteral("1") : QStringLiteral("2");
            const std::vector<generators::AttributeRewriter::Change> anonymous{
                {{0x0010, 0x0020}, QString()}, {{0x0010, 0x0021}, QString()}, {{0x0010, 0x0010}, name},
                {{0x0010, 0x0030}, QStringLiteral("19700101")},
                {{0x0020, 0x000D}, QStringLiteral("2.25.9187401") + suffix}, {{0x0020, 0x000E}, QStringLiteral("2.25.9187402") + suffix},
                {{0x0008, 0x0018}, QStringLiteral("2.25.9187403") + suffix}};
            QVERIFY2(generators::AttributeRewriter::writeCopy(continuum::testing::sharedDicomPath(kDoppler),
                                                              QDir(dir).filePath(QStringLiteral("anon%1.dcm").arg(suffix)), anonymous, &error),
                     qPrintable(error));
        }
        const catalog::ImportResult result = m_catalog->importFiles({dir});
        QVERIFY(!result.failure);
        QCOMPARE(result.newInstances, 2);

        cine::CineSourceLister lister(*m_catalog);
        const auto one = lister.list({QString(), QString(), QStringLiteral("Anon^One"), QDate(1970, 1, 1)});
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one.front().studyInstanceUid, QStringLiteral("2.25.91874011"));
        const auto two = lister.list({QString(), QString(), QStringLiteral("Anon^Two"), QDate(1970, 1, 1)});
        QCOMPARE(two.size(), std::size_t(1));
        QCOMPARE(two.front().studyInstanceUid, QStringLiteral("2.25.91874012"));
        QVERIFY(lister.list({QString(), QString(), QStringLiteral("Anon^One"), QDate(1971, 1, 1)}).empty());
        QVERIFY(lister.list({}).empty());
        // The patient with an ID still has exactly its own five loops.
        QCOMPARE(lister.list({kPatientId, kIssuer}).size(), std::size_t(5));
    }

    void listsThePatientsCineSources()
    {
        cine::CineSourceLister lister(*m_catalog);
        const std::vector<cine::CineSource> sources = lister.list({kPatientId, kIssuer});
        std::multiset<std::pair<int, int>> kindsAndFrames;   // (kind, frames)
        for (const cine::CineSource& source : sources)
            kindsAndFrames.insert({static_cast<int>(source.kind), source.frameCount});
        const int multi = static_cast<int>(cine::CineSource::Kind::MultiFrame);
        const int single = static_cast<int>(cine::CineSource::Kind::SingleFrameCine);
        QCOMPARE(kindsAndFrames, (std::multiset<std::pair<int, int>>{{multi, 34}, {multi, 8}, {multi, 10}, {multi, 16}, {single, 16}}));
        QVERIFY(lister.list({kPatientId, QStringLiteral("OTHER-ISSUER")}).empty());

        // The single-frame cine opens as one loop timed by trigger times, in phase order.
        const auto cineSource = std::find_if(sources.begin(), sources.end(),
                                             [](const auto& s) { return s.kind == cine::CineSource::Kind::SingleFrameCine; });
        auto loop = cine::CineSourceLister::open(*cineSource);
        QVERIFY2(loop.ok(), loop.ok() ? "" : qPrintable(loop.error().message));
        QCOMPARE(loop->frameCount(), 16);
        QCOMPARE(loop->timing.source(), cine::TimingSource::TriggerTime);
        for (int i = 0; i < 16; ++i)
            QVERIFY(std::abs(*loop->header(i).triggerTimeMs - 69.47 * i) < 0.01);
    }

    // The first frame is on screen after its own decode, with the cache unable to hold the object.
    void firstFrameShowsBeforeTheObjectIsDecoded()
    {
        const cine::CineLoop loop = loopOf(fixture(kHpEcho));
        QCOMPARE(loop.frameCount(), 34);
        auto viewport = shownViewport(QSize(480, 430));
        // Budget of 4 frames: the object (34 frames) can never be decoded whole into it.
        const std::size_t frameBytes = cine::FrameDecoder(loop.instances.front()).frameBytes();
        viewport->setCacheBudgetBytes(4 * frameBytes);
        std::int64_t decodedWhenShown = -1;
        connect(viewport.get(), &render::CineViewport::frameShown, viewport.get(), [&](int) {
            if (decodedWhenShown < 0)
                decodedWhenShown = viewport->cache()->decodedCount();
        });
        viewport->setLoop(loop);
        QTRY_COMPARE_WITH_TIMEOUT(viewport->shownFrame(), 0, 20000);
        QVERIFY2(decodedWhenShown >= 1 && decodedWhenShown < 34, qPrintable(QString::number(decodedWhenShown)));
        QVERIFY(viewport->cache()->peakUsedBytes() <= 4 * frameBytes);

        const dicom::DisplayImage expected = expectedImage(loop, 0);
        QVERIFY(viewport->shownImage().rgb == expected.rgb);
        // True aspect: the ultrasound region's deltas (0.0286 x 0.0229 cm, PixelAspectRatio 536\670).
        QVERIFY(std::abs(viewport->shownImage().pixelHeight / viewport->shownImage().pixelWidth - 0.8) < 1e-6);
        QTRY_VERIFY_WITH_TIMEOUT(compareScreen(viewport.get(), expected).isEmpty(), 10000);
        const QString mismatch = compareScreen(viewport.get(), expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // Step, first and last through the control bar's keys, on colour (YBR JPEG, palette RLE) and
    // greyscale loops; each frame compared with FrameDecoder's.
    void stepFirstLastShowTheRightFrames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("HP echo YBR_FULL_422 JPEG") << kHpEcho;
        QTest::newRow("palette RLE echo") << kPalette;
        QTest::newRow("MR heart greyscale") << kMrHeart;
    }
    void stepFirstLastShowTheRightFrames()
    {
        QFETCH(QString, file);
        const cine::CineLoop loop = loopOf(fixture(file));
        const int last = loop.frameCount() - 1;
        app::CineGridView grid;
        grid.resize(900, 700);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.addLoop(loop), 0);
        render::CineViewport* viewport = grid.viewport(0);
        viewport->setInterpolation(render::SliceViewport::Interpolation::Nearest);
        QCOMPARE(grid.controlBar()->viewport(), viewport);
        // The loop's GL window came in as a native child: activate the window now, as shortcuts
        // follow the focus of the active window.
        grid.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&grid));
        viewport->setFocus();

        const auto expectFrame = [&](int frame) -> QString {
            if (!QTest::qWaitFor([&] { return viewport->shownFrame() == frame; }, 20000))
                return QStringLiteral("frame %1 never shown (showing %2)").arg(frame).arg(viewport->shownFrame());
            const dicom::DisplayImage expected = expectedImage(loop, frame);
            if (viewport->shownImage().rgb != expected.rgb)
                return QStringLiteral("frame %1: shown image differs from FrameDecoder's").arg(frame);
            QString mismatch;
            if (QTest::qWaitFor([&] { return (mismatch = compareScreen(viewport, expected)).isEmpty(); }, 10000))
                return {};
            return mismatch.isEmpty() ? QString() : QStringLiteral("frame %1: %2").arg(frame).arg(mismatch);
        };
        QString failure = expectFrame(0);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // The frames differ, so showing the wrong one fails.
        QVERIFY(differingPixels(expectedImage(loop, 0), expectedImage(loop, 1)) > 50);
        QVERIFY(differingPixels(expectedImage(loop, 0), expectedImage(loop, last)) > 50);

        QTest::keyClick(viewport, Qt::Key_Right);
        QTest::keyClick(viewport, Qt::Key_Right);
        QCOMPARE(viewport->wantedFrame(), 2);
        QVERIFY2((failure = expectFrame(2)).isEmpty(), qPrintable(failure));
        QTest::keyClick(viewport, Qt::Key_Left);
        QVERIFY2((failure = expectFrame(1)).isEmpty(), qPrintable(failure));
        QTest::keyClick(viewport, Qt::Key_End);
        QVERIFY2((failure = expectFrame(last)).isEmpty(), qPrintable(failure));
        QTest::keyClick(viewport, Qt::Key_Right);   // wraps inside the played range
        QVERIFY2((failure = expectFrame(0)).isEmpty(), qPrintable(failure));
        QTest::keyClick(viewport, Qt::Key_Left);
        QVERIFY2((failure = expectFrame(last)).isEmpty(), qPrintable(failure));
        QTest::keyClick(viewport, Qt::Key_Home);
        QVERIFY2((failure = expectFrame(0)).isEmpty(), qPrintable(failure));
        // The bar's buttons do the same.
        grid.controlBar()->lastAction()->trigger();
        QVERIFY2((failure = expectFrame(last)).isEmpty(), qPrintable(failure));
        grid.controlBar()->stepBackAction()->trigger();
        QVERIFY2((failure = expectFrame(last - 1)).isEmpty(), qPrintable(failure));
        QVERIFY(!viewport->isPlaying());
    }

    // Playing by a fake clock: the frame on screen is the clock's, late frames are dropped and
    // the bar shows the count and the rate with its source; Space pauses.
    void playsByTheClockAndCountsDrops()
    {
        FakeClock clock;
        app::CineGridView grid;
        QVERIFY(showGridOnClock(grid, clock, {900, 700}));
        grid.addLoop(loopOf(fixture(kHpEcho)));
        render::CineViewport* viewport = grid.viewport(0);
        app::CineControlBar* bar = grid.controlBar();
        QTRY_COMPARE_WITH_TIMEOUT(viewport->shownFrame(), 0, 20000);
        QCOMPARE(bar->rateLabel()->text(), QStringLiteral("33.33 fps (Frame Time)"));
        QCOMPARE(bar->droppedLabel()->text(), QStringLiteral("Dropped: 0"));

        // The loop's GL window came in as a native child: activate the window now, as shortcuts
        // follow the focus of the active window.
        grid.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&grid));
        viewport->setFocus();
        QTest::keyClick(viewport, Qt::Key_Space);
        QVERIFY(viewport->isPlaying());
        QCOMPARE(bar->playAction()->text(), QStringLiteral("Pause"));
        // 3.5 frames of 30 ms later the clock's frame is 3 (frames 0..2 had no swap of their own
        // while playing, or frame 0 had one: 2 or 3 dropped).
        clock.advanceMs(105.0);
        QTRY_COMPARE_WITH_TIMEOUT(viewport->shownFrame(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(viewport->presentedCount() >= 1, 20000);
        QVERIFY2(viewport->droppedCount() == 2 || viewport->droppedCount() == 3, qPrintable(QString::number(viewport->droppedCount())));
        // While playing, the count is drawn on the loop (no repaint of the window around it).
        QCOMPARE(viewport->cornerLines(Qt::BottomRightCorner), QStringList{QStringLiteral("Dropped: %1").arg(viewport->droppedCount())});
        QCOMPARE(bar->droppedLabel()->text(), QString());

        // Neither a new frame nor a state change that changes nothing on the bar repaints the
        // bar: a repaint is work on the thread that presents the frames.
        struct PaintCounter : QObject {
            QWidget* scope = nullptr;
            int paints = 0;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                auto* widget = qobject_cast<QWidget*>(watched);
                if (event->type() == QEvent::Paint && widget && (widget == scope || scope->isAncestorOf(widget)))
                    ++paints;
                return false;
            }
        } paintCounter;
        paintCounter.scope = bar;
        QTest::qWait(100);
        qApp->installEventFilter(&paintCounter);
        viewport->setSpeed(viewport->clock().speed());
        const qint64 presentedBefore = viewport->presentedCount();
        clock.advanceMs(30.0);
        QTRY_VERIFY_WITH_TIMEOUT(viewport->presentedCount() > presentedBefore, 20000);
        QTest::qWait(100);
        qApp->removeEventFilter(&paintCounter);
        QCOMPARE(paintCounter.paints, 0);

        // Double speed: 60 ms of wall time is 4 frames.
        bar->speedBox()->setCurrentIndex(bar->speedBox()->findData(2.0));
        emit bar->speedBox()->activated(bar->speedBox()->currentIndex());
        QCOMPARE(viewport->clock().speed(), 2.0);
        clock.advanceMs(60.0);
        QTRY_COMPARE_WITH_TIMEOUT(viewport->shownFrame(), 8, 20000);

        // A user override is shown as such.
        bar->overrideRate()->setValue(20.0);
        bar->overrideCheck()->setChecked(true);
        QCOMPARE(bar->rateLabel()->text(), QStringLiteral("overridden: 20 fps (file: 33.33 fps)"));
        bar->overrideCheck()->setChecked(false);
        QCOMPARE(bar->rateLabel()->text(), QStringLiteral("33.33 fps (Frame Time)"));

        QTest::keyClick(viewport, Qt::Key_Space);
        QVERIFY(!viewport->isPlaying());
        QCOMPARE(bar->playAction()->text(), QStringLiteral("Play"));
        QCOMPARE(bar->droppedLabel()->text(), QStringLiteral("Dropped: %1").arg(viewport->droppedCount()));
    }

    // Loops opened and played at once: the leader's clock waits until every loop's first frame
    // is on screen (each new GL window sets up in its first paint), so nothing is dropped while
    // the windows set up, however long that takes.
    void gridStartsWhenEveryLoopIsOnScreen()
    {
        FakeClock clock;
        app::CineGridView grid;
        QVERIFY(showGridOnClock(grid, clock, {1200, 600}));
        QCOMPARE(grid.addLoop(loopOf(fixture(kDoppler))), 0);
        QCOMPARE(grid.addLoop(loopOf(fixture(kHpEcho))), 1);   // 33.3 fps: leads
        render::CineViewport* lead = grid.viewport(1);
        render::CineViewport* follower = grid.viewport(0);
        QSignalSpy leadSwaps(lead, &render::CineViewport::framePresentedOnScreen);
        QSignalSpy followerSwaps(follower, &render::CineViewport::framePresentedOnScreen);
        lead->play();
        QVERIFY(lead->isPlaying());
        QVERIFY(!lead->clock().isPlaying());
        QCOMPARE(grid.controlBar()->playAction()->text(), QStringLiteral("Pause"));
        clock.advanceMs(200.0);   // six of the leader's slots
        QVERIFY(QTest::qWaitFor([&] { return !leadSwaps.isEmpty() && !followerSwaps.isEmpty(); }, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(lead->clock().isPlaying(), 20000);
        QCOMPARE(lead->wantedFrame(), 0);
        QCOMPARE(lead->droppedCount(), 0);
        QCOMPARE(lead->presentedCount(), 1);
        clock.advanceMs(31.0);   // into slot 1
        QTRY_COMPARE_WITH_TIMEOUT(lead->presentedCount(), 2, 20000);
        QCOMPARE(lead->shownFrame(), 1);
        QCOMPARE(lead->droppedCount(), 0);

        // The leader's own frame is not enough: with a follower that cannot show its frame (its
        // window hidden), play waits for it.
        lead->pause();
        follower->hide();
        QTRY_VERIFY_WITH_TIMEOUT(!follower->isSurfaceExposed(), 20000);
        lead->play();
        clock.advanceMs(100.0);
        QTest::qWait(200);
        QVERIFY(lead->isPlaying());
        QVERIFY(!lead->clock().isPlaying());
        const int before = lead->wantedFrame();
        followerSwaps.clear();
        follower->show();
        QVERIFY(QTest::qWaitFor([&] { return !followerSwaps.isEmpty(); }, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(lead->clock().isPlaying(), 20000);
        QCOMPARE(lead->wantedFrame(), before);
        QCOMPARE(lead->droppedCount(), 0);
    }

    // Two loops of different frame counts and rates in step by beat phase; the loop without beat
    // information says so on screen.
    void synchronisedLoopsShowThePredictedFrames()
    {
        const cine::CineLoop echo = loopOf(fixture(kHpEcho));      // 34 frames, 33.3 fps, no ECG
        const cine::CineLoop doppler = loopOf(fixture(kDoppler));  // 8 frames, 23.3 fps, R wave at 0
        app::CineGridView grid;
        grid.resize(1200, 600);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.addLoop(doppler), 0);
        QCOMPARE(grid.addLoop(echo), 1);
        QCOMPARE(grid.leaderIndex(), 1);   // the faster loop leads
        render::CineViewport* lead = grid.viewport(1);
        render::CineViewport* follower = grid.viewport(0);
        follower->setInterpolation(render::SliceViewport::Interpolation::Nearest);
        QCOMPARE(grid.controlBar()->viewport(), lead);

        // The fallback is labelled on screen for the echo, not for the Doppler loop.
        QVERIFY(grid.beatLabel(1)->isVisible());
        QCOMPARE(grid.beatLabel(1)->text(), QStringLiteral("whole loop as one beat (no ECG)"));
        QVERIFY(grid.beatLabel(1)->visibleRegion().boundingRect().width() > 50);
        QVERIFY(grid.beatLabel(0)->text() != grid.beatLabel(1)->text());
        QVERIFY(!grid.beatMapper(0).isFallback());

        // Independent prediction from the loops' own BeatPhaseMapper.
        const cine::BeatPhaseMapper echoBeats = cine::BeatPhaseMapper::fromLoop(echo);
        const cine::BeatPhaseMapper dopplerBeats = cine::BeatPhaseMapper::fromLoop(doppler);
        QVERIFY(echoBeats.isFallback());
        QCOMPARE(dopplerBeats.source(), cine::BeatPhaseMapper::BeatSource::RWaves);
        std::set<int> predictedFrames;
        for (int leadFrame : {0, 9, 17, 26, 33}) {
            const int predicted = dopplerBeats.frameAtPhase(echoBeats.phaseOfFrame(leadFrame), echoBeats.beatOfFrame(leadFrame));
            predictedFrames.insert(predicted);
            lead->seek(leadFrame);
            QCOMPARE(lead->wantedFrame(), leadFrame);
            QTRY_COMPARE_WITH_TIMEOUT(follower->shownFrame(), predicted, 20000);
            const dicom::DisplayImage expected = expectedImage(doppler, predicted);
            QVERIFY(follower->shownImage().rgb == expected.rgb);
            QString mismatch;
            const bool same = QTest::qWaitFor([&] { return (mismatch = compareScreen(follower, expected)).isEmpty(); }, 10000);
            QVERIFY2(same, qPrintable(QStringLiteral("leader %1 -> follower %2: %3").arg(leadFrame).arg(predicted).arg(mismatch)));
        }
        QVERIFY(predictedFrames.size() >= 4);   // the follower really moves with the leader

        // Marking end-diastolic frames on the echo replaces the fallback.
        grid.setEndDiastoleFrames(1, {0, 17});
        QCOMPARE(grid.beatMapper(1).source(), cine::BeatPhaseMapper::BeatSource::EndDiastoleMarks);
        QCOMPARE(grid.beatMapper(1).beatCount(), 2);
        QVERIFY(grid.beatLabel(1)->text() != app::CineGridView::wholeLoopLabel());
        // Frame 17 starts the echo's second beat: the Doppler shows its beat's start again.
        lead->seek(17);
        QTRY_COMPARE_WITH_TIMEOUT(follower->shownFrame(), dopplerBeats.frameAtPhase(0.0, 1), 20000);
        grid.setEndDiastoleFrames(1, {});
        QCOMPARE(grid.beatLabel(1)->text(), app::CineGridView::wholeLoopLabel());
    }

    void workspaceOpensTwoLoopsAndShowsThem()
    {
        app::CardiologyWorkspace workspace(m_catalog.get());
        workspace.resize(1400, 700);
        workspace.setPatient({kPatientId, kIssuer});
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QTreeWidget* list = workspace.sourceList();
        QCOMPARE(list->topLevelItemCount(), 5);

        // Select the HP echo and the Doppler echo, then Enter.
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const cine::CineSource& source = workspace.sources()[static_cast<std::size_t>(i)];
            const bool wanted = source.kind == cine::CineSource::Kind::MultiFrame && (source.frameCount == 34 || source.frameCount == 8);
            list->topLevelItem(i)->setSelected(wanted);
        }
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        app::CineGridView* grid = workspace.grid();
        QCOMPARE(grid->loopCount(), 2);
        QVERIFY(grid->viewport(grid->leaderIndex())->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(grid->viewport(0)->shownFrame() >= 0 && grid->viewport(1)->shownFrame() >= 0, 20000);
        // Playing: the leader's clock moves on (whether this busy machine presents or drops).
        render::CineViewport* lead = grid->viewport(grid->leaderIndex());
        QTRY_VERIFY_WITH_TIMEOUT(lead->presentedCount() + lead->droppedCount() >= 10, 20000);
        grid->viewport(grid->leaderIndex())->pause();
        int fallbacks = 0;
        for (int i = 0; i < 2; ++i)
            fallbacks += grid->beatLabel(i)->text() == app::CineGridView::wholeLoopLabel() ? 1 : 0;
        QCOMPARE(fallbacks, 1);
        QTest::qWait(200);

        // What the X server shows: the loops are GL windows of their own, which QWidget::grab()
        // does not see.
        const QImage shot = workspace.screen()->grabWindow(workspace.winId()).toImage();
        QCOMPARE(shot.size(), workspace.size() * workspace.devicePixelRatio());
        const QString path = QDir(QStringLiteral(CONTINUUM_TEST_OUTPUT_DIR)).filePath(QStringLiteral("cardiology_workspace.png"));
        QVERIFY(shot.save(path));
        // Both viewports carry image content in the screenshot (not black).
        for (int i = 0; i < 2; ++i) {
            render::CineViewport* viewport = grid->viewport(i);
            const QRect area(viewport->mapTo(&workspace, QPoint(0, 0)), viewport->size());
            int lit = 0;
            for (int y = area.top(); y < area.bottom(); y += 4)
                for (int x = area.left(); x < area.right(); x += 4)
                    lit += qGray(shot.pixel(x, y)) > 40 ? 1 : 0;
            QVERIFY2(lit > 200, qPrintable(QStringLiteral("viewport %1: %2 lit samples").arg(i).arg(lit)));
        }

        // Double-click opens a single loop, replacing the two.
        list->clearSelection();
        QTreeWidgetItem* item = list->topLevelItem(0);
        item->setSelected(true);
        list->setCurrentItem(item);
        const QPoint itemCentre = list->visualItemRect(item).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, itemCentre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, itemCentre);
        QCOMPARE(grid->loopCount(), 1);
    }

    // A loop that carries its ECG is put in step by the R waves found on it, those while the loop
    // was recorded, and says so under the loop. Derived: the HP echo (no R waves in its headers)
    // with the shared 12-lead ECG's Waveform Sequence added; the pairing is a fixture only.
    void beatsComeFromTheEcgTheLoopCarries()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const QString withEcg = m_dir.filePath(QStringLiteral("echo_with_ecg.dcm"));
        QVERIFY(continuum::testing::embedWaveform(fixture(kHpEcho), continuum::testing::sharedDicomPath(kEcg), withEcg));
        const cine::CineLoop loop = loopOf(withEcg);
        QVERIFY(loop.rWaveTimesMs.empty());
        QVERIFY(cine::BeatPhaseMapper::fromLoop(loop).isFallback());

        // What lead II of the ECG file itself shows during the loop's 34 frames.
        const auto ecg = cardiac::WaveformReader::read(continuum::testing::sharedDicomPath(kEcg).toStdString());
        QVERIFY(ecg.ok());
        const cardiac::EcgWaveform& rhythm = *cardiac::WaveformReader::rhythmGroup(*ecg);
        const int last = loop.timing.frameCount() - 1;
        const double loopMs = loop.timing.frameStartMs(last) + loop.timing.frameDurationMs(last);
        std::vector<double> during;
        for (const double t : cardiac::RWaveDetector::detectTimesMs(rhythm, rhythm.channelIndex(u"II")))
            if (t >= 0.0 && t < loopMs)
                during.push_back(t);
        QVERIFY2(!during.empty(), qPrintable(QString::number(loopMs)));

        app::CineGridView grid;
        QVERIFY(showGridWithLoop(grid, loop, {700, 600}));
        const cine::BeatPhaseMapper& beats = grid.beatMapper(0);
        QCOMPARE(beats.source(), cine::BeatPhaseMapper::BeatSource::EcgWaveform);
        QCOMPARE(beats.beatCount(), static_cast<int>(during.size()));
        QVERIFY2(std::abs(beats.beats().front().startMs - during.front()) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(beats.beats().front().startMs).arg(during.front())));
        QCOMPARE(grid.beatLabel(0)->text(), beats.sourceLabel());
        QVERIFY(grid.beatLabel(0)->text().contains(QStringLiteral("ECG")));
        if (const QString shots = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(500);
            grid.screen()->grabWindow(grid.winId()).save(QDir(shots).filePath(QStringLiteral("cine-beats-from-ecg.png")));
        }
        // The frame after the first R wave is early in its beat (the loop wraps after its last frame).
        int rFrame = 0;
        while (rFrame < last && loop.timing.frameStartMs(rFrame + 1) <= during.front())
            ++rFrame;
        const int next = (rFrame + 1) % loop.timing.frameCount();
        QVERIFY2(beats.phaseOfFrame(next) < 0.2, qPrintable(QString::number(beats.phaseOfFrame(next))));
    }

    void xaBeatsComeFromTheRWavePointer()
    {
        CONTINUUM_REQUIRE_SHARED(kXa);
        const QString path = continuum::testing::sharedDicomPath(kXa);
        gdcm::Reader reader;
        reader.SetFileName(path.toStdString().c_str());
        QVERIFY(reader.Read());
        gdcm::Attribute<0x0028, 0x6040> pointer;
        pointer.SetFromDataSet(reader.GetFile().GetDataSet());
        QCOMPARE(pointer.GetNumberOfValues(), 3u);   // 20\53\77, 1-based
        const cine::CineLoop loop = loopOf(path);
        QVERIFY(loop.rWaveTimesMs.empty());   // no trigger times: before this, the whole-loop fallback
        app::CineGridView grid;
        QVERIFY(showGridWithLoop(grid, loop, {600, 500}));
        const cine::BeatPhaseMapper& beats = grid.beatMapper(0);
        QCOMPARE(beats.source(), cine::BeatPhaseMapper::BeatSource::RWavePointer);
        QCOMPARE(beats.beatCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const int frame = static_cast<int>(pointer.GetValue(static_cast<unsigned>(i))) - 1;
            QCOMPARE(beats.beats()[static_cast<std::size_t>(i)].startMs, loop.timing.frameStartMs(frame));
            QCOMPARE(beats.beatOfFrame(frame), i);
            QCOMPARE(beats.phaseOfFrame(frame), 0.0);
        }
        QVERIFY2(grid.beatLabel(0)->text().contains(QStringLiteral("R Wave Pointer")), qPrintable(grid.beatLabel(0)->text()));
        QVERIFY(grid.beatLabel(0)->text() != app::CineGridView::wholeLoopLabel());
        // Marks replace it; clearing them returns to the pointer, not to the fallback.
        grid.setEndDiastoleFrames(0, {5});
        QCOMPARE(grid.beatMapper(0).source(), cine::BeatPhaseMapper::BeatSource::EndDiastoleMarks);
        grid.setEndDiastoleFrames(0, {});
        QCOMPARE(grid.beatMapper(0).source(), cine::BeatPhaseMapper::BeatSource::RWavePointer);
    }

    // Opens the source with `frames` frames alone, paused on `frame` of it.
    static render::CineViewport* openPausedOn(app::CardiologyWorkspace& workspace, int frames, int frame)
    {
        int index = -1;
        for (int i = 0; i < static_cast<int>(workspace.sources().size()); ++i)
            if (workspace.sources()[static_cast<std::size_t>(i)].kind == cine::CineSource::Kind::MultiFrame
                && workspace.sources()[static_cast<std::size_t>(i)].frameCount == frames)
                index = i;
        if (index < 0 || workspace.openSources({index}) != 1)
            return nullptr;
        render::CineViewport* viewport = workspace.grid()->viewport(0);
        viewport->pause();
        viewport->seek(frame);
        if (!QTest::qWaitFor([&] { return viewport->shownFrame() == frame; }, 30000))
            return nullptr;
        viewport->setFocus();
        return viewport;
    }

    static QPoint widgetPointOf(render::CineViewport* viewport, cardiac::PlanePoint pixel)
    {
        return viewport->widgetPointFor(QPointF(pixel.x + 0.5, pixel.y + 0.5)).toPoint();
    }

    void exportButtonsWriteTheLoopAndTheFrameOnScreen()
    {
        app::CardiologyWorkspace workspace(m_catalog.get());
        workspace.resize(1500, 800);
        workspace.setPatient({kPatientId, kIssuer});
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(!workspace.exportVideoButton()->isEnabled());   // nothing open yet
        render::CineViewport* viewport = openPausedOn(workspace, 8, 3);
        QVERIFY(viewport);
        QVERIFY(workspace.exportVideoButton()->isEnabled());
        QVERIFY(workspace.savePngButton()->isEnabled());

        QTemporaryDir out;
        // Kept next to the screenshots, to look at.
        const QString png = QDir(QStringLiteral(CONTINUUM_TEST_OUTPUT_DIR)).filePath(QStringLiteral("cardiology_frame4.png"));
        QCOMPARE(workspace.saveFramePng(0, png), QString());
        const QImage saved = QImage(png).convertToFormat(QImage::Format_RGB888);
        const dicom::DisplayImage expected = expectedImage(viewport->loop(), 3);
        QCOMPARE(saved.width(), expected.width);
        QCOMPARE(saved.height(), expected.height);
        int differing = 0;
        for (int y = 0; y < expected.height; ++y)
            for (int x = 0; x < expected.width; ++x) {
                const QRgb got = saved.pixel(x, y);
                const std::uint8_t* want = expected.pixel(x, y);
                differing += (qRed(got) != want[0] || qGreen(got) != want[1] || qBlue(got) != want[2]) ? 1 : 0;
            }
        QCOMPARE(differing, 0);
        QCOMPARE(differingPixels(viewport->shownImage(), expected), 0);

        const QString mp4 = out.filePath(QStringLiteral("loop.mp4"));
        QCOMPARE(workspace.exportLoopVideo(0, mp4), QString());
        QCOMPARE(ffprobeFrameCount(mp4), 8);
        QVERIFY(workspace.toolStatusLabel()->text().contains(QStringLiteral("8 frame")));
        const QString error = workspace.exportLoopVideo(0, out.filePath(QStringLiteral("no/such/dir/loop.mp4")));
        QVERIFY(error.contains(QStringLiteral("could not be exported")));
        QCOMPARE(workspace.toolStatusLabel()->text(), error);
    }

    void lengthOnCalibratedEchoGivesMillimetres()
    {
        const std::optional<CmRegion> region = cmRegionOf(fixture(kHpEcho));
        QVERIFY(region);
        app::CardiologyWorkspace workspace(m_catalog.get());
        workspace.resize(1500, 800);
        workspace.setPatient({kPatientId, kIssuer});
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        render::CineViewport* viewport = openPausedOn(workspace, 34, 5);
        QVERIFY(viewport);
        workspace.setTool(app::CardiologyWorkspace::Tool::Length);
        QVERIFY(workspace.lengthButton()->isChecked());

        // Drag inside the cm region, from (140, 100) to (300, 260) in image pixels.
        const cardiac::PlanePoint a{140.0, 100.0};
        const cardiac::PlanePoint b{300.0, 260.0};
        QTest::mousePress(viewport, Qt::LeftButton, {}, widgetPointOf(viewport, a));
        QTest::mouseMove(viewport, widgetPointOf(viewport, {220.0, 180.0}));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, widgetPointOf(viewport, b));
        const cardiac::EchoLoopTools& tools = workspace.loopTools(0);
        QCOMPARE(static_cast<int>(tools.entries().size()), 1);
        const cardiac::EchoLoopTools::Entry& entry = tools.entries().front();
        QCOMPARE(entry.frame, 5);
        QVERIFY2(entry.result.ok(), qPrintable(entry.result.reason));
        // The drawn end points are where the mouse went (within a screen pixel's worth of image).
        QVERIFY(std::abs(entry.pixels[0].x - a.x) < 1.5 && std::abs(entry.pixels[0].y - a.y) < 1.5);
        QVERIFY(std::abs(entry.pixels[1].x - b.x) < 1.5 && std::abs(entry.pixels[1].y - b.y) < 1.5);
        // mm from the region's physical deltas (cm per pixel, different in X and Y).
        const double expectedMm = 10.0 * std::hypot((entry.pixels[1].x - entry.pixels[0].x) * region->deltaX,
                                                    (entry.pixels[1].y - entry.pixels[0].y) * region->deltaY);
        QVERIFY2(std::abs(*entry.result.value * 10.0 - expectedMm) < 1e-6,
                 qPrintable(QStringLiteral("%1 mm, expected %2 mm").arg(*entry.result.value * 10.0).arg(expectedMm)));
        QVERIFY(std::abs(expectedMm - 10.0 * std::hypot(160.0 * region->deltaX, 160.0 * region->deltaY)) < 0.6);
        QCOMPARE(workspace.measurementList()->count(), 1);
        const QString listed = workspace.measurementList()->item(0)->text();
        QVERIFY2(listed.contains(QLocale().toString(expectedMm, 'f', 1) + QStringLiteral(" mm")), qPrintable(listed));
        QCOMPARE(workspace.overlay(0)->shapes().size(), std::size_t(1));
        // The line is on screen over the loop: the overlay's blue around its middle (greyscale
        // echo beneath), as the X server shows the window.
        const QPointF middle = viewport->widgetPointFor(QPointF(220.5, 180.5));
        QTRY_VERIFY2_WITH_TIMEOUT(overlayBlueOnScreen(workspace, viewport, middle) >= 3,
                                  qPrintable(QStringLiteral("%1 overlay pixels").arg(overlayBlueOnScreen(workspace, viewport, middle))), 10000);

        // A length right of the cm region (x 460 > MaxX1) is refused, with the reason.
        QVERIFY(460 > region->maxX);
        QTest::mousePress(viewport, Qt::LeftButton, {}, widgetPointOf(viewport, {460.0, 100.0}));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, widgetPointOf(viewport, {460.0, 200.0}));
        QCOMPARE(static_cast<int>(tools.entries().size()), 2);
        QVERIFY(!tools.entries().back().result.ok());
        QVERIFY2(workspace.measurementList()->item(1)->text().contains(QStringLiteral("outside any calibrated region")),
                 qPrintable(workspace.measurementList()->item(1)->text()));
        // On another frame, the frame's own shapes only.
        workspace.setTool(app::CardiologyWorkspace::Tool::None);
        viewport->seek(6);
        QTRY_COMPARE_WITH_TIMEOUT(viewport->shownFrame(), 6, 20000);
        QCOMPARE(workspace.overlay(0)->shapes().size(), std::size_t(0));
        QTRY_COMPARE_WITH_TIMEOUT(overlayBlueOnScreen(workspace, viewport, middle), 0, 10000);
    }

    // The loops are GL windows of their own, which no widget covers: while the session is locked
    // they are hidden (also one opened meanwhile), as the X server shows the window.
    void lockScreenHidesTheLoops()
    {
        app::CardiologyWorkspace workspace(m_catalog.get());
        workspace.resize(1400, 700);
        workspace.setPatient({kPatientId, kIssuer});
        app::UserSession session(QStringLiteral("alice"), nullptr);
        app::IdleLock lock(session);
        app::LockScreen cover(&workspace, session, lock);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        render::CineViewport* viewport = openPausedOn(workspace, 34, 5);
        QVERIFY(viewport);
        // The top of the loop's picture, above the cover's text in the middle of the window.
        const auto probe = [&] {
            const QPoint centre = viewport->widgetPointFor(QPointF(viewport->imageSize().width() / 2.0, viewport->imageSize().height() * 0.3)).toPoint();
            return QRect(viewport->mapTo(&workspace, centre) - QPoint(60, 20), QSize(120, 40));
        };
        const auto litOnScreen = [&](const QRect& area) {
            const QImage shot = workspace.screen()->grabWindow(workspace.winId(), area.x(), area.y(), area.width(), area.height()).toImage();
            int lit = 0;
            for (int y = 0; y < shot.height(); ++y)
                for (int x = 0; x < shot.width(); ++x)
                    lit += qGray(shot.pixel(x, y)) > 40 ? 1 : 0;
            return lit;
        };
        const auto unlikeOnScreen = [&](const QRect& area, const QColor& colour) {
            const QImage shot = workspace.screen()->grabWindow(workspace.winId(), area.x(), area.y(), area.width(), area.height()).toImage();
            int unlike = 0;
            for (int y = 0; y < shot.height(); ++y)
                for (int x = 0; x < shot.width(); ++x)
                    unlike += shot.pixelColor(x, y).rgb() != colour.rgb() ? 1 : 0;
            return unlike;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(litOnScreen(probe()) > 200, qPrintable(QString::number(litOnScreen(probe()))), 10000);

        lock.lock();
        QVERIFY(cover.isEngaged());
        const QColor background = cover.palette().color(QPalette::Window);
        QTRY_COMPARE_WITH_TIMEOUT(unlikeOnScreen(probe(), background), 0, 10000);
        // A loop opened while locked (as a finished retrieve may) stays hidden too.
        viewport = openPausedOn(workspace, 8, 3);
        QVERIFY(viewport);
        QTest::qWait(300);
        QTRY_COMPARE_WITH_TIMEOUT(unlikeOnScreen(probe(), background), 0, 10000);

        lock.unlock();
        QTRY_VERIFY2_WITH_TIMEOUT(litOnScreen(probe()) > 200, qPrintable(QString::number(litOnScreen(probe()))), 10000);
    }

    void lvVolumesFromTracesOnMarkedFrames()
    {
        const std::optional<CmRegion> region = cmRegionOf(fixture(kHpEcho));
        QVERIFY(region);
        // The lengths of the test before are kept in the catalog with this loop: start clean.
        forgetStoredLoopTools();
        app::CardiologyWorkspace workspace(m_catalog.get());
        workspace.setUser(QStringLiteral("dr.ada"));
        workspace.resize(1500, 800);
        workspace.setPatient({kPatientId, kIssuer});
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        render::CineViewport* viewport = openPausedOn(workspace, 34, 2);
        QVERIFY(viewport);
        QVERIFY(workspace.loopTools(0).entries().empty());
        workspace.setLoopView(0, cardiac::LvFunctionAssessment::View::ApicalFourChamber);
        workspace.toggleMark(0, cardiac::EdEsMarks::Phase::EndDiastole);
        QCOMPARE(workspace.loopTools(0).marks().endDiastoleFrames, std::vector<int>{2});

        // Hinge to hinge round the apex, clicked, Enter closes.
        const auto trace = [&](double halfWidth, double depth) {
            std::vector<cardiac::PlanePoint> points;
            for (int i = 0; i <= 12; ++i) {
                const double t = M_PI * i / 12.0;
                points.push_back({240.0 - halfWidth * std::cos(t), 300.0 - depth * std::sin(t)});
            }
            for (const cardiac::PlanePoint& p : points)
                QTest::mouseClick(viewport, Qt::LeftButton, {}, widgetPointOf(viewport, p));
            QTest::keyClick(viewport, Qt::Key_Return);
        };
        const auto expectedMl = [&](const cardiac::EchoLoopTools::Entry& entry) {
            std::vector<QPointF> cm;
            for (const cardiac::PlanePoint& p : entry.pixels)
                cm.emplace_back(p.x * region->deltaX, p.y * region->deltaY);
            return areaLengthMl(cm);
        };
        workspace.setTool(app::CardiologyWorkspace::Tool::Area);
        trace(60.0, 200.0);
        QCOMPARE(static_cast<int>(workspace.loopTools(0).entries().size()), 1);
        const double edv = expectedMl(workspace.loopTools(0).entries()[0]);
        auto summary = workspace.assessment().summary();
        QVERIFY(summary.endDiastole.ml);
        QVERIFY2(std::abs(*summary.endDiastole.ml - edv) < 1e-6 * edv, qPrintable(QString::number(*summary.endDiastole.ml)));
        QVERIFY(!summary.ejectionFractionPercent);
        QVERIFY(workspace.lvPanel()->findChild<QLabel*>(QStringLiteral("endDiastolicVolume"))->text().contains(QStringLiteral("mL")));

        viewport->seek(9);
        QTRY_COMPARE_WITH_TIMEOUT(viewport->shownFrame(), 9, 20000);
        workspace.toggleMark(0, cardiac::EdEsMarks::Phase::EndSystole);
        trace(40.0, 160.0);
        const double esv = expectedMl(workspace.loopTools(0).entries()[1]);
        summary = workspace.assessment().summary();
        QVERIFY(summary.endSystole.ml);
        QVERIFY(std::abs(*summary.endSystole.ml - esv) < 1e-6 * esv);
        QVERIFY(summary.ejectionFractionPercent);
        QVERIFY(std::abs(*summary.ejectionFractionPercent - (edv - esv) / edv * 100.0) < 1e-6);
        const QString efText = workspace.lvPanel()->findChild<QLabel*>(QStringLiteral("ejectionFraction"))->text();
        QVERIFY2(efText.contains(QString::number((edv - esv) / edv * 100.0, 'f', 0)), qPrintable(efText));

        QTest::qWait(200);
        // What the X server shows: the loops are GL windows of their own, which QWidget::grab()
        // does not see.
        const QImage shot = workspace.screen()->grabWindow(workspace.winId()).toImage();
        QCOMPARE(shot.size(), workspace.size() * workspace.devicePixelRatio());
        QVERIFY(shot.save(QDir(QStringLiteral(CONTINUUM_TEST_OUTPUT_DIR)).filePath(QStringLiteral("cardiology_tools.png"))));

        // Kept in the catalog: one document for the loop, by the user measuring.
        const auto stored = storedLoopTools();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored.front().author, QStringLiteral("dr.ada"));
        // Opened again (a new session): the traces, marks and view come back, and so do the
        // volumes and the ejection fraction computed from them.
        const std::vector<cardiac::EchoLoopTools::Entry> drawn = workspace.loopTools(0).entries();
        app::CardiologyWorkspace reopened(m_catalog.get());
        reopened.resize(1500, 800);
        reopened.setPatient({kPatientId, kIssuer});
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(openPausedOn(reopened, 34, 2));
        const cardiac::EchoLoopTools& back = reopened.loopTools(0);
        QCOMPARE(back.entries().size(), drawn.size());
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            QCOMPARE(back.entries()[i].frame, drawn[i].frame);
            QCOMPARE(back.entries()[i].pixels.size(), drawn[i].pixels.size());
            QCOMPARE(back.entries()[i].pixels.front().x, drawn[i].pixels.front().x);
            QCOMPARE(back.entries()[i].pixels.back().y, drawn[i].pixels.back().y);
            QVERIFY(back.entries()[i].result.ok());
            QCOMPARE(*back.entries()[i].result.value, *drawn[i].result.value);
        }
        QCOMPARE(back.marks().endDiastoleFrames, std::vector<int>{2});
        QCOMPARE(back.marks().endSystoleFrames, std::vector<int>{9});
        QCOMPARE(reopened.grid()->endDiastoleFrames(0), std::vector<int>{2});
        QVERIFY(back.view() == cardiac::LvFunctionAssessment::View::ApicalFourChamber);
        const auto again = reopened.assessment().summary();
        QVERIFY(again.ejectionFractionPercent);
        QVERIFY(std::abs(*again.ejectionFractionPercent - (edv - esv) / edv * 100.0) < 1e-6);
        QCOMPARE(reopened.measurementList()->count(), 2);
        // Opening it changed nothing: no new revision was written.
        QCOMPARE(storedLoopTools().front().revision, stored.front().revision);
    }

private:
    std::vector<catalog::Annotation> storedLoopTools() const
    {
        std::vector<catalog::Annotation> all;
        for (const catalog::StudyRow& study : m_catalog->studies())
            for (catalog::Annotation& annotation : m_catalog->annotations(study.id, QString::fromLatin1(app::CineToolsStore::kKind)))
                all.push_back(std::move(annotation));
        return all;
    }

    void forgetStoredLoopTools()
    {
        for (const catalog::Annotation& annotation : storedLoopTools())
            QVERIFY(m_catalog->deleteAnnotation(annotation.uid, annotation.revision).applied());
    }
};

int main(int argc, char** argv)
{
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    CardiologyWorkspaceTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CardiologyWorkspaceTest.moc"
