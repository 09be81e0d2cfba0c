// Cine playback rate benchmark (label bench, needs X: run under xvfb-run).
//
// Plays every loop of the shared set (cine-xa, cine-us, cine-mr) in a render::CineViewport for
// 10 s each, then all of them together in one window for 10 s, and prints per loop the rate the
// clock requests, the rate of frames presented (swap completed, QOpenGLWidget::frameSwapped)
// over the wall time played, the error in %, and the dropped frames. Fails (exit 1) when a
// loop's error reaches 1%.
//
// Where the time of a frame goes (per loop, median and 95th percentile, ms): "prepare" = the
// frame wanted until its pixels are handed over (cache look-up, CineFrameRenderer, SliceViewport
// copy into vtkImageData), "paint" = CineViewport::paintGL (texture upload + one quad + corner
// text; the whole VTK render in the VTK-presentation peer), "swap" = end of paintGL until
// QOpenGLWidget::frameSwapped (composition into the window).
// Peers in the same run: the same CineViewport with Presentation::Vtk (each loop alone), and the
// same frames, pre-rendered to 8-bit RGB, shown by a bare QOpenGLWidget that only uploads the
// frame texture and blits it (QOpenGLTextureBlitter), on the same PlaybackClock and the same
// single-shot precise timer: what a bare texture-only player achieves; and that player again in
// QOpenGLWindows inside window containers, which swap alone instead of being composed into the
// window by Qt ("window repaints" counts those compositions).
//
// Decode throughput: every frame of the JPEG baseline and RLE loops decoded one by one by
// cine::FrameDecoder against GDCM's plain gdcm::ImageReader decoding the whole object (best of 3),
// and memory: resident set (VmRSS / VmHWM) and the frame caches' peak bytes.
//
//   xvfb-run -a -s "-screen 0 1280x1024x24" ctest -L bench -R bench_cine_rate -V
// or bench_cine_rate [seconds] [together] with CONTINUUM_SHARED_DICOM set; "together" plays only
// the six loops together (ours, then the peer), for quicker turns while tuning.
#include "CineTraceRecorder.h"
#include "EventLoopWait.h"
#include "cine/CineFrameRenderer.h"
#include "cine/CineLoop.h"
#include "cine/FrameCache.h"
#include "cine/FrameDecoder.h"
#include "dicom/HeaderReader.h"
#include "render/CineViewport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QOpenGLPixelTransferOptions>
#include <QOpenGLTexture>
#include <QOpenGLTextureBlitter>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLWidget>
#include <QOpenGLWindow>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gdcmImageReader.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

using namespace continuum;

namespace {

constexpr double kMaxErrorPercent = 1.0;


double nowMs()
{
    return bench::CineTraceRecorder::nowMs();
}

struct Percentiles {
    double median = 0.0;
    double p95 = 0.0;
};
Percentiles percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min(values.size() - 1, values.size() * 95 / 100)]};
}

// A CineViewport that records where each frame's time goes (see the file comment), and what
// happened around each drop (bench::CineTraceRecorder).
class TimedViewport : public render::CineViewport {
public:
    TimedViewport()
        : recorder(*this)
    {
        connect(this, &render::CineViewport::wantedFrameChanged, this, [this] { wantedAt_ = nowMs(); });
        connect(this, &render::CineViewport::frameShown, this, [this] {
            if (wantedAt_ > 0.0)
                prepareMs.push_back(nowMs() - wantedAt_);
        });
        connect(this, &render::CineViewport::framePresentedOnScreen, this, [this] {
            if (paintedAt_ > 0.0)
                swapMs.push_back(nowMs() - paintedAt_);
            paintedAt_ = 0.0;
        });
    }
    void clearTimes()
    {
        prepareMs.clear();
        paintMs.clear();
        swapMs.clear();
        recorder.start();
    }
    std::vector<double> prepareMs, paintMs, swapMs;
    bench::CineTraceRecorder recorder;

protected:
    void paintGL() override
    {
        const double start = nowMs();
        render::CineViewport::paintGL();
        paintedAt_ = nowMs();
        paintMs.push_back(paintedAt_ - start);
        recorder.notePaint(start, paintedAt_);
    }

private:
    double wantedAt_ = 0.0;
    double paintedAt_ = 0.0;
};

// Counts the window's repaint passes (QEvent::UpdateRequest): each composes every widget of the
// window and swaps, whichever of its loops changed.
class ComposeCounter : public QObject {
public:
    explicit ComposeCounter(QWidget& window) { window.installEventFilter(this); }
    void reset() { count_ = 0; }
    std::int64_t count() const { return count_; }
    void setRate(double perSecond) { rate_ = perSecond; }
    void print() const { std::printf("window repaints (compose + swap): %.1f per second\n", rate_); }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::UpdateRequest)
            ++count_;
        return false;
    }

private:
    std::int64_t count_ = 0;
    double rate_ = 0.0;
};

// The peers: frames pre-rendered to RGB, presented by uploading one texture and blitting it,
// either in a QOpenGLWidget (composed into its window by Qt, as our viewports are) or in a
// QOpenGLWindow of its own inside the window (QWidget::createWindowContainer), which swaps alone.
template <class Surface>
class TexturePlayer : public Surface {
public:
    TexturePlayer(const cine::CineLoop& loop, std::vector<dicom::DisplayImage> frames)
        : clock_(loop.timing)
        , frames_(std::move(frames))
    {
        timer_.setSingleShot(true);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, this, &TexturePlayer::tick);
        QObject::connect(this, &Surface::frameSwapped, this, [this] {
            if (paintedAt_ > 0.0)
                swapMs.push_back(nowMs() - paintedAt_);
            paintedAt_ = 0.0;
            if (painted_ >= 0)
                clock_.framePresented(painted_, cine::PlaybackClock::steadyNowNs());
        });
    }
    ~TexturePlayer() override
    {
        this->makeCurrent();
        texture_.reset();
        blitter_.destroy();
        this->doneCurrent();
    }
    void play()
    {
        paintMs.clear();
        swapMs.clear();
        clock_.resetCounters();
        clock_.play();
        tick();
    }
    void pause() { clock_.pause(); timer_.stop(); }
    cine::PlaybackClock& clock() { return clock_; }

protected:
    void initializeGL() override { blitter_.create(); }
    void paintGL() override
    {
        const double start = nowMs();
        paintBody();
        paintedAt_ = nowMs();
        paintMs.push_back(paintedAt_ - start);
    }

public:
    std::vector<double> paintMs, swapMs;

private:
    void paintBody()
    {
        const dicom::DisplayImage& image = frames_.at(static_cast<std::size_t>(current_));
        if (!texture_ || texture_->width() != image.width || texture_->height() != image.height) {
            texture_ = std::make_unique<QOpenGLTexture>(QOpenGLTexture::Target2D);
            texture_->setFormat(QOpenGLTexture::RGB8_UNorm);
            texture_->setSize(image.width, image.height);
            texture_->setMinMagFilters(QOpenGLTexture::Linear, QOpenGLTexture::Linear);
            texture_->allocateStorage(QOpenGLTexture::RGB, QOpenGLTexture::UInt8);
        }
        QOpenGLFunctions* gl = QOpenGLContext::currentContext()->functions();
        const QSize pixels = this->size() * this->devicePixelRatio();
        gl->glViewport(0, 0, pixels.width(), pixels.height());
        gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        gl->glClear(GL_COLOR_BUFFER_BIT);
        QOpenGLPixelTransferOptions options;
        options.setAlignment(1);
        texture_->setData(QOpenGLTexture::RGB, QOpenGLTexture::UInt8, image.rgb.data(), &options);
        blitter_.bind();
        const QRect target(QPoint(0, 0), QSize(image.width, image.height).scaled(this->size(), Qt::KeepAspectRatio));
        blitter_.blit(texture_->textureId(), QOpenGLTextureBlitter::targetTransform(target, QRect(QPoint(), this->size())),
                      QOpenGLTextureBlitter::OriginTopLeft);
        blitter_.release();
        painted_ = current_;
    }

private:
    void tick()
    {
        const int frame = clock_.currentFrame();
        if (frame != current_) {
            current_ = frame;
            this->update();
        }
        if (const auto next = clock_.nextChangeNs()) {
            const std::int64_t delayNs = std::max<std::int64_t>(*next - cine::PlaybackClock::steadyNowNs(), 0);
            timer_.start(std::chrono::milliseconds((delayNs + 999'999) / 1'000'000));
        }
    }

    cine::PlaybackClock clock_;
    std::vector<dicom::DisplayImage> frames_;
    std::unique_ptr<QOpenGLTexture> texture_;
    QOpenGLTextureBlitter blitter_;
    QTimer timer_;
    int current_ = 0;
    int painted_ = -1;
    double paintedAt_ = 0.0;
};

std::vector<dicom::DisplayImage> renderAll(const cine::CineLoop& loop)
{
    cine::CineFrameRenderer renderer(loop);
    std::vector<dicom::DisplayImage> frames;
    for (int f = 0; f < loop.frameCount(); ++f) {
        const cine::CineLoop::FrameRef& ref = loop.frames[static_cast<std::size_t>(f)];
        const cine::FrameDecoder decoder(loop.instances[static_cast<std::size_t>(ref.instance)]);
        auto decoded = decoder.decode(ref.frameInInstance);
        frames.push_back(decoded ? renderer.render(f, *decoded) : dicom::DisplayImage{});
    }
    return frames;
}

// VmRSS and VmHWM of this process, in MiB.
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0.0, hwm = 0.0;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n')) {
            const auto kb = [&](const char* key) { return line.mid(static_cast<qsizetype>(std::strlen(key))).trimmed().split(' ').front().toDouble() / 1024.0; };
            if (line.startsWith("VmRSS:"))
                rss = kb("VmRSS:");
            if (line.startsWith("VmHWM:"))
                hwm = kb("VmHWM:");
        }
    return {rss, hwm};
}

// Frames per second decoding every frame of `file`: FrameDecoder frame by frame, and GDCM's
// ImageReader + GetBuffer for the whole object; best of 3 each.
void decodeThroughput(const QString& file, const char* kind)
{
    auto header = dicom::HeaderReader::read(file.toStdString());
    if (!header)
        return;
    const int frames = std::max(header->pixelFormat.numberOfFrames, 1);
    double ours = 1e30, theirs = 1e30;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const cine::FrameDecoder decoder(*header);
        for (int f = 0; f < frames; ++f)
            if (!decoder.decode(f))
                std::fprintf(stderr, "FrameDecoder failed on %s frame %d\n", qPrintable(file), f);
        ours = std::min(ours, static_cast<double>(timer.nsecsElapsed()) / 1e9);

        timer.restart();
        gdcm::ImageReader reader;
        reader.SetFileName(file.toStdString().c_str());
        if (!reader.Read()) {
            std::fprintf(stderr, "gdcm::ImageReader cannot read %s\n", qPrintable(file));
            return;
        }
        const gdcm::Image& image = reader.GetImage();
        std::vector<char> buffer(image.GetBufferLength());
        if (!image.GetBuffer(buffer.data()))
            std::fprintf(stderr, "gdcm::Image::GetBuffer failed on %s\n", qPrintable(file));
        theirs = std::min(theirs, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    std::printf("%-55s %-14s %6d %12.1f %12.1f %8.2f\n", qPrintable(QFileInfo(file).fileName()), kind, frames, frames / ours,
                frames / theirs, theirs / ours);
}

struct Result {
    QString name;
    Percentiles prepare, paint, swap;
    double requested = 0.0;
    double measured = 0.0;
    std::int64_t presented = 0;
    std::int64_t dropped = 0;
    std::vector<double> dropsAtMs;
    std::string dropDetail;   // the frames around each drop, and the GUI thread's long busy spans
    double errorPercent() const { return requested > 0.0 ? (measured - requested) / requested * 100.0 : 100.0; }
};

// Plays `loops` in TexturePlayers laid out as the CineViewports were and prints their rates.
template <class Surface>
bool playPeer(const std::vector<cine::CineLoop>& loops, const std::vector<std::vector<dicom::DisplayImage>>& frames,
              const std::vector<QString>& names, QSize windowSize, double seconds, const char* title)
{
    using Player = TexturePlayer<Surface>;
    QWidget window;
    auto* grid = new QGridLayout(&window);
    std::vector<Player*> players;
    for (std::size_t i = 0; i < loops.size(); ++i) {
        auto* player = new Player(loops[i], frames[i]);
        QWidget* widget = nullptr;
        if constexpr (std::is_base_of_v<QWidget, Surface>)
            widget = player;
        else
            widget = QWidget::createWindowContainer(player);   // takes ownership of the window
        widget->setParent(&window);
        grid->addWidget(widget, static_cast<int>(i / 3), static_cast<int>(i % 3));
        players.push_back(player);
    }
    window.resize(windowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    bench::runEventLoopFor(500);
    ComposeCounter composes(window);
    for (Player* player : players)
        player->play();
    QElapsedTimer wall;
    wall.start();
    bench::runEventLoopFor(static_cast<int>(seconds * 1000));
    for (Player* player : players)
        player->pause();
    const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    composes.setRate(static_cast<double>(composes.count()) / elapsed);
    if (title)
        std::printf("\npeer: texture upload + blit only (%s), %s\n%-55s %10s %10s %8s %9s %8s   %-13s %-13s\n", std::is_base_of_v<QWidget, Surface> ? "QOpenGLWidget" : "QOpenGLWindow in a window container", title, "loop",
                    "requested", "measured", "error%", "presented", "dropped", "paint ms", "swap ms");
    for (std::size_t i = 0; i < players.size(); ++i) {
        const cine::PlaybackClock& clock = players[i]->clock();
        const double measured = static_cast<double>(clock.presentedCount()) / elapsed;
        const Percentiles paint = percentiles(players[i]->paintMs);
        const Percentiles swap = percentiles(players[i]->swapMs);
        std::printf("%-55s %10.3f %10.3f %+8.3f %9lld %8lld   %5.1f/%-7.1f %5.1f/%-7.1f\n", qPrintable(names[i]), clock.requestedFramesPerSecond(),
                    measured, (measured - clock.requestedFramesPerSecond()) / clock.requestedFramesPerSecond() * 100.0,
                    static_cast<long long>(clock.presentedCount()), static_cast<long long>(clock.droppedCount()), paint.median, paint.p95, swap.median, swap.p95);
    }
    if (players.size() > 1)
        composes.print();
    std::fflush(stdout);
    return true;
}

std::vector<QString> sharedLoops(const QString& root)
{
    std::vector<QString> files;
    for (const QString& folder : {QStringLiteral("cine-xa"), QStringLiteral("cine-us"), QStringLiteral("cine-mr")})
        for (const QFileInfo& info : QDir(QDir(root).filePath(folder)).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
            files.push_back(info.filePath());
    return files;
}

// Shows the viewports, waits until each has its first frame and its cache window decoded (what a
// user sees as "loaded"), plays them all for `seconds` and reads the counters.
std::vector<Result> play(const std::vector<render::CineViewport*>& viewports, const std::vector<QString>& names, double seconds,
                         ComposeCounter* composes = nullptr)
{
    for (render::CineViewport* viewport : viewports) {
        const bool loaded = QTest::qWaitFor([&] {
            const cine::FrameCache* cache = viewport->cache();
            return viewport->shownFrame() >= 0 && cache->pendingCount() == 0;
        }, 60000);
        if (!loaded)
            std::fprintf(stderr, "a loop did not load within 60 s\n");
    }
    for (render::CineViewport* viewport : viewports) {
        viewport->resetCounters();
        static_cast<TimedViewport*>(viewport)->clearTimes();
        viewport->play();
    }
    if (composes)
        composes->reset();
    QElapsedTimer wall;
    wall.start();
    bench::runEventLoopFor(static_cast<int>(seconds * 1000));
    for (render::CineViewport* viewport : viewports)
        viewport->pause();
    const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    if (composes)
        composes->setRate(static_cast<double>(composes->count()) / elapsed);
    std::vector<Result> results;
    for (std::size_t i = 0; i < viewports.size(); ++i) {
        Result r;
        r.name = names[i];
        r.requested = viewports[i]->clock().requestedFramesPerSecond();
        r.presented = viewports[i]->presentedCount();
        r.dropped = viewports[i]->droppedCount();
        r.measured = static_cast<double>(r.presented) / elapsed;
        const auto* timed = static_cast<const TimedViewport*>(viewports[i]);
        r.prepare = percentiles(timed->prepareMs);
        r.paint = percentiles(timed->paintMs);
        r.swap = percentiles(timed->swapMs);
        r.dropsAtMs = timed->recorder.dropsAtMs();
        r.dropDetail = timed->recorder.explainDrops();
        results.push_back(r);
    }
    return results;
}

bool report(const char* title, const std::vector<Result>& results)
{
    std::printf("\n%s\n%-55s %10s %10s %8s %9s %8s   %-13s %-13s %-13s\n", title, "loop", "requested", "measured", "error%",
                "presented", "dropped", "prepare ms", "paint ms", "swap ms");
    bool ok = true;
    for (const Result& r : results) {
        std::printf("%-55s %10.3f %10.3f %+8.3f %9lld %8lld   %5.1f/%-7.1f %5.1f/%-7.1f %5.1f/%-7.1f\n", qPrintable(r.name), r.requested,
                    r.measured, r.errorPercent(), static_cast<long long>(r.presented), static_cast<long long>(r.dropped),
                    r.prepare.median, r.prepare.p95, r.paint.median, r.paint.p95, r.swap.median, r.swap.p95);
        ok = ok && std::abs(r.errorPercent()) < kMaxErrorPercent;
    }
    // When the drops were counted tells a start-up cost from a stall that hit every loop at once.
    for (const Result& r : results) {
        if (r.dropsAtMs.empty())
            continue;
        std::printf("  drops of %s at ms:", qPrintable(r.name));
        for (const double at : r.dropsAtMs)
            std::printf(" %.0f", at);
        std::printf("\n%s", r.dropDetail.c_str());
    }
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 10.0;
    const bool togetherOnly = argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("together");
    const QString root = QString::fromLocal8Bit(qgetenv("CONTINUUM_SHARED_DICOM"));
    const std::vector<QString> files = sharedLoops(root);
    if (files.empty()) {
        std::fprintf(stderr, "no cine files under %s (set CONTINUUM_SHARED_DICOM)\n", qPrintable(root));
        return 1;
    }
    std::vector<cine::CineLoop> loops;
    std::vector<QString> names;
    for (const QString& file : files) {
        auto header = dicom::HeaderReader::read(file.toStdString());
        if (!header) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(header.error().message));
            return 1;
        }
        loops.push_back(cine::CineLoop::fromMultiFrame(*header, 25.0));
        names.push_back(QFileInfo(file).fileName());
    }

    std::printf("decode throughput (frames/s, one thread, best of 3)\n%-55s %-14s %6s %12s %12s %8s\n", "file", "syntax", "frames",
                "FrameDecoder", "gdcm::Image", "ratio");
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        if (name.contains(QLatin1String("jpeg")))
            decodeThroughput(file, "JPEG baseline");
        else if (name.contains(QLatin1String("rle")))
            decodeThroughput(file, "RLE");
    }
    const auto [startRss, startHwm] = residentMiB();
    std::printf("\nmemory before playing: VmRSS %.1f MiB, VmHWM %.1f MiB\n", startRss, startHwm);
    std::fflush(stdout);

    bool ok = true;
    const auto playAlone = [&](render::CineViewport::Presentation presentation, std::vector<Result>& alone) {
        for (std::size_t i = 0; i < loops.size(); ++i) {
            TimedViewport viewport;
            viewport.setPresentation(presentation);
            viewport.resize(640, 480);
            viewport.show();
            if (!QTest::qWaitForWindowExposed(&viewport))
                return false;
            viewport.setLoop(loops[i]);
            const auto results = play({&viewport}, {names[i]}, seconds);
            alone.insert(alone.end(), results.begin(), results.end());
        }
        return true;
    };
    if (!togetherOnly) {
        std::vector<Result> alone;
        if (!playAlone(render::CineViewport::Presentation::Texture, alone))
            return 1;
        ok = report("each loop alone, 640x480 viewport", alone) && ok;
        // The same viewport drawing each frame through SliceViewport's VTK pipeline (the path
        // used before the texture presentation): a peer in the same run, not part of the verdict.
        std::vector<Result> aloneVtk;
        if (!playAlone(render::CineViewport::Presentation::Vtk, aloneVtk))
            return 1;
        report("peer: the same CineViewport, VTK presentation, each loop alone, 640x480", aloneVtk);
    }

    QWidget window;
    auto* grid = new QGridLayout(&window);
    std::vector<render::CineViewport*> viewports;
    for (std::size_t i = 0; i < loops.size(); ++i) {
        auto* viewport = new TimedViewport;
        viewport->setParent(&window);
        grid->addWidget(viewport, static_cast<int>(i / 3), static_cast<int>(i % 3));
        viewports.push_back(viewport);
    }
    window.resize(1200, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    for (std::size_t i = 0; i < loops.size(); ++i)
        viewports[i]->setLoop(loops[i]);
    ComposeCounter composes(window);
    ok = report("all loops together, one 1200x700 window", play(viewports, names, seconds, &composes)) && ok;
    composes.print();
    std::size_t cachePeak = 0;
    for (render::CineViewport* viewport : viewports)
        cachePeak += viewport->cache()->peakUsedBytes();
    const auto [playRss, playHwm] = residentMiB();
    std::printf("\nmemory with all six loops open: VmRSS %.1f MiB, VmHWM %.1f MiB, frame caches' peak %.1f MiB (budget %zu MiB each)\n",
                playRss, playHwm, static_cast<double>(cachePeak) / (1 << 20), render::CineViewport::kDefaultCacheBudgetBytes >> 20);

    // Peer: texture upload + blit only, same clock, same timer, same frames.
    std::vector<std::vector<dicom::DisplayImage>> rendered;
    for (const cine::CineLoop& loop : loops)
        rendered.push_back(renderAll(loop));
    for (std::size_t i = 0; i < loops.size() && !togetherOnly; ++i)
        if (!playPeer<QOpenGLWidget>({loops[i]}, {rendered[i]}, {names[i]}, QSize(640, 480), seconds, i == 0 ? "each loop alone, 640x480" : nullptr))
            return 1;
    if (!playPeer<QOpenGLWidget>(loops, rendered, names, QSize(1200, 700), seconds, "all loops together, one 1200x700 window"))
        return 1;
    if (!playPeer<QOpenGLWindow>(loops, rendered, names, QSize(1200, 700), seconds, "all loops together, one 1200x700 window"))
        return 1;
    std::printf("\n%s (limit: |error| < %.1f%%)\n", ok ? "PASS" : "FAIL", kMaxErrorPercent);
    return ok ? 0 : 1;
}
