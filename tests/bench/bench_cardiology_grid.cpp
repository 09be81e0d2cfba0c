// Benchmark (label bench; needs X): the cardiology workspace as a cardiologist uses it. The
// shared cine-us files are catalogued; the workspace, a tab of a 1600 x 1000 window with a
// status text that changes twice a second, is given the
// patient of the two colour Doppler loops and opens both (openSources: they play at once, in
// step); after `seconds` the leader's presented and dropped frames are read (start-up included:
// from the open until the clock ran), and each follower's frames wanted and swapped. Each drop is
// explained (bench::CineTraceRecorder).
// Peer in the same run: the same two loops in two bare render::CineViewports of the same size
// in a plain window, each on its own clock, also played right after setLoop: what the playback
// engine does without the workspace around it.
//
//   bench_cardiology_grid [seconds]   with CONTINUUM_SHARED_DICOM set, under xvfb-run -a -s "-screen 0 1920x1080x24"
#include "CardiologyWorkspace.h"
#include "CineGridView.h"
#include "CineTraceRecorder.h"
#include "EventLoopWait.h"

#include "catalog/Catalog.h"
#include "cine/CineLoop.h"
#include "cine/CineSourceLister.h"
#include "render/CineViewport.h"
#include "render/SliceViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace continuum;

namespace {

struct LoopResult {
    double requested = 0.0;
    double measured = 0.0;
    long long presented = 0;
    long long dropped = 0;
    double startMs = 0.0;   // open until the leader's clock ran
    std::vector<int> followerWanted, followerSwapped;
    std::string detail;
};

// Plays until `seconds` after the leader's clock started; `lead` leads, `followers` follow it
// (driven) or play on their own clocks (peer). Counts presented frames over the time the clock ran.
LoopResult playAndCount(render::CineViewport& lead, const std::vector<render::CineViewport*>& others, double seconds, QElapsedTimer& sinceOpen)
{
    bench::CineTraceRecorder recorder(lead);
    recorder.start();
    std::vector<int> wanted(others.size(), 0), swapped(others.size(), 0);
    std::vector<QMetaObject::Connection> connections;
    for (std::size_t i = 0; i < others.size(); ++i) {
        connections.push_back(QObject::connect(others[i], &render::CineViewport::wantedFrameChanged, others[i], [&wanted, i] { ++wanted[i]; }));
        connections.push_back(QObject::connect(others[i], &render::CineViewport::framePresentedOnScreen, others[i], [&swapped, i] { ++swapped[i]; }));
    }
    LoopResult result;
    {
        QEventLoop waiting;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &waiting, [&] {
            if (lead.clock().isPlaying())
                waiting.quit();
        });
        poll.start(1);
        QTimer::singleShot(60000, &waiting, &QEventLoop::quit);
        if (!lead.clock().isPlaying())
            waiting.exec();
    }
    result.startMs = static_cast<double>(sinceOpen.nsecsElapsed()) / 1e6;
    QElapsedTimer played;
    played.start();
    bench::runEventLoopFor(static_cast<int>(seconds * 1000));
    const double elapsed = static_cast<double>(played.nsecsElapsed()) / 1e9;
    lead.pause();
    for (render::CineViewport* other : others)
        if (!other->isDriven())
            other->pause();
    for (const QMetaObject::Connection& connection : connections)
        QObject::disconnect(connection);
    result.requested = lead.clock().requestedFramesPerSecond();
    result.presented = lead.presentedCount();
    result.dropped = lead.droppedCount();
    result.measured = static_cast<double>(result.presented) / elapsed;
    result.followerWanted = wanted;
    result.followerSwapped = swapped;
    result.detail = recorder.explainDrops();
    return result;
}

void print(const char* title, const LoopResult& r, const std::vector<render::CineViewport*>& others)
{
    std::printf("\n%s\n  first frames on screen, clock running: %.0f ms after the open\n", title, r.startMs);
    std::printf("  leader: requested %.3f fps, measured %.3f fps (%+.3f%%), presented %lld, dropped %lld\n", r.requested, r.measured,
                (r.measured - r.requested) / r.requested * 100.0, r.presented, r.dropped);
    for (std::size_t i = 0; i < others.size(); ++i) {
        if (others[i]->isDriven())
            std::printf("  follower %zu: frames wanted %d, swapped %d\n", i + 1, r.followerWanted[i], r.followerSwapped[i]);
        else
            std::printf("  other loop %zu (own clock): presented %lld, dropped %lld\n", i + 1, static_cast<long long>(others[i]->presentedCount()),
                        static_cast<long long>(others[i]->droppedCount()));
    }
    std::printf("%s", r.detail.c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 20.0;
    const QString root = QString::fromLocal8Bit(qgetenv("CONTINUUM_SHARED_DICOM"));
    const QString echoes = QDir(root).filePath(QStringLiteral("cine-us"));
    if (root.isEmpty() || !QDir(echoes).exists()) {
        std::fprintf(stderr, "no cine-us under '%s' (set CONTINUUM_SHARED_DICOM)\n", qPrintable(root));
        return 1;
    }
    QTemporaryDir dir;
    catalog::Catalog catalog;
    if (const auto failure = catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")))) {
        std::fprintf(stderr, "catalog: %s\n", qPrintable(*failure));
        return 1;
    }
    if (const catalog::ImportResult imported = catalog.importFiles({echoes}); imported.failure) {
        std::fprintf(stderr, "import: %s\n", qPrintable(*imported.failure));
        return 1;
    }

    // As in the main window: the workspace is a tab beside a reading viewport, shown first, and
    // a status text beside the tabs changes twice a second while the loops play (a status
    // message, a hovered button: widget repaints of the window around the loops).
    QTabWidget window;
    auto* reading = new render::SliceViewport(&window);
    window.addTab(reading, QStringLiteral("Viewer"));
    auto* workspace = new app::CardiologyWorkspace(&catalog, &window);
    window.addTab(workspace, QStringLiteral("Cardiology"));
    auto* status = new QLabel(&window);
    window.setCornerWidget(status, Qt::TopRightCorner);
    QTimer statusChanges;
    int statusCount = 0;
    QObject::connect(&statusChanges, &QTimer::timeout, status, [status, &statusCount] {
        status->setText(QStringLiteral("status %1").arg(++statusCount));
    });
    window.resize(1600, 1000);
    // The patient with the two 8-frame colour Doppler loops.
    std::vector<int> doppler;
    for (const catalog::StudyRow& study : catalog.studies()) {
        workspace->setPatient({study.patientId, study.issuerOfPatientId, study.patientName, study.patientBirthDate});
        doppler.clear();
        for (std::size_t i = 0; i < workspace->sources().size(); ++i)
            if (workspace->sources()[i].kind == cine::CineSource::Kind::MultiFrame && workspace->sources()[i].frameCount == 8)
                doppler.push_back(static_cast<int>(i));
        if (doppler.size() == 2)
            break;
    }
    if (doppler.size() != 2) {
        std::fprintf(stderr, "the two colour Doppler loops were not found in %s\n", qPrintable(echoes));
        return 1;
    }
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bench::runEventLoopFor(500);
    window.setCurrentWidget(workspace);
    bench::runEventLoopFor(500);

    QElapsedTimer sinceOpen;
    sinceOpen.start();
    if (workspace->openSources(doppler) != 2) {
        std::fprintf(stderr, "the workspace did not open both loops\n");
        return 1;
    }
    app::CineGridView* grid = workspace->grid();
    render::CineViewport* lead = grid->viewport(grid->leaderIndex());
    std::vector<render::CineViewport*> followers;
    for (int i = 0; i < grid->loopCount(); ++i)
        if (i != grid->leaderIndex())
            followers.push_back(grid->viewport(i));
    statusChanges.start(500);
    const LoopResult ours = playAndCount(*lead, followers, seconds, sinceOpen);
    statusChanges.stop();
    const QSize viewportSize = lead->size();
    std::printf("cardiology workspace, 1600x1000 window, two colour Doppler loops in step, viewports %dx%d, %.0f s, "
                "%d status changes beside them\n",
                viewportSize.width(), viewportSize.height(), seconds, statusCount);
    print("ours: CardiologyWorkspace::openSources (plays at once)", ours, followers);
    std::vector<cine::CineLoop> loops;
    for (int i = 0; i < grid->loopCount(); ++i)
        loops.push_back(grid->viewport(i)->loop());
    const int leaderIndex = grid->leaderIndex();
    grid->clearLoops();

    // Peer: bare viewports, each on its own clock.
    QWidget peerWindow;
    auto* peerLayout = new QHBoxLayout(&peerWindow);
    std::vector<render::CineViewport*> peers;
    for (std::size_t i = 0; i < loops.size(); ++i) {
        auto* viewport = new render::CineViewport(&peerWindow);
        viewport->setFixedSize(viewportSize);
        peerLayout->addWidget(viewport);
        peers.push_back(viewport);
    }
    peerWindow.show();
    if (!QTest::qWaitForWindowExposed(&peerWindow))
        return 1;
    bench::runEventLoopFor(500);
    sinceOpen.restart();
    for (std::size_t i = 0; i < loops.size(); ++i) {
        peers[i]->setLoop(loops[i]);
        peers[i]->play();
    }
    std::vector<render::CineViewport*> peerOthers;
    for (std::size_t i = 0; i < peers.size(); ++i)
        if (static_cast<int>(i) != leaderIndex)
            peerOthers.push_back(peers[i]);
    const LoopResult peer = playAndCount(*peers[static_cast<std::size_t>(leaderIndex)], peerOthers, seconds, sinceOpen);
    print("peer: two bare CineViewports, own clocks, played after setLoop", peer, peerOthers);
    std::printf("\ndropped frames of the leader: ours %lld, peer %lld\n", ours.dropped, peer.dropped);
    return 0;
}
