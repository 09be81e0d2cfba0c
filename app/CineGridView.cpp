#include "CineGridView.h"

#include "CineControlBar.h"

#include "cardiac/EcgTimeMapping.h"
#include "cardiac/RWaveDetector.h"
#include "cardiac/WaveformReader.h"
#include "render/CineViewport.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::app {

struct CineGridView::Cell {
    QFrame* frame = nullptr;
    render::CineViewport* viewport = nullptr;
    QLabel* beatLabel = nullptr;
    QWidget* traceSlot = nullptr;   // holds the ECG trace when there is one
    QWidget* trace = nullptr;
    cine::BeatPhaseMapper mapper;
    cine::BeatPhaseMapper headerMapper;   // from the file alone, what clearing the marks returns to
    std::vector<int> endDiastoleFrames;
};

namespace {

// R waves from the headers' trigger times, else the R Wave Pointer of a multi-frame object (XA),
// else the R waves found on the ECG the file carries, else the whole loop as one beat.
cine::BeatPhaseMapper beatsFromFile(const cine::CineLoop& loop)
{
    cine::BeatPhaseMapper mapper = cine::BeatPhaseMapper::fromLoop(loop);
    if (!mapper.isFallback() || loop.instances.size() != 1)
        return mapper;
    const std::string& file = loop.instances.front().filePath;
    if (const auto frames = cardiac::WaveformReader::readRWaveFrames(file); frames && !frames->empty()) {
        mapper = cine::BeatPhaseMapper::fromRWavePointerFrames(loop.timing, *frames);
        if (!mapper.isFallback())
            return mapper;
    }
    const auto groups = cardiac::WaveformReader::read(file);
    const cardiac::EcgWaveform* rhythm = groups ? cardiac::WaveformReader::rhythmGroup(*groups) : nullptr;
    if (!rhythm || rhythm->rhythmChannel() < 0)
        return mapper;
    // ECG time 0 is the loop's first frame, as the trace under the loop draws it; only the R waves
    // while the loop was recorded count (the ECG may run on for seconds).
    const cardiac::EcgTimeMapping mapping(loop.timing, 0.0);
    const auto [from, to] = mapping.ecgRangeMs();
    std::vector<double> during;
    for (const double t : cardiac::RWaveDetector::detectTimesMs(*rhythm, rhythm->rhythmChannel()))
        if (t >= from && t < to)
            during.push_back(t);
    return cine::BeatPhaseMapper::fromEcgRWaves(loop.timing, mapping.loopTimesOfEcgTimesMs(during));
}

} // namespace

CineGridView::CineGridView(QWidget* parent)
    : QWidget(parent)
    , timeSource_(&cine::PlaybackClock::steadyNowNs)
{
    setAccessibleName(tr("Cine loops"));
    outer_ = new QVBoxLayout(this);
    outer_->setContentsMargins(0, 0, 0, 0);
    outer_->setSpacing(2);
    grid_ = new QGridLayout;
    grid_->setSpacing(2);
    outer_->addLayout(grid_, 1);

    auto* bottom = new QHBoxLayout;
    bar_ = new CineControlBar(this);
    bottom->addWidget(bar_, 1);
    auto* arrangementLabel = new QLabel(tr("&Layout"), this);
    arrangementBox_ = new QComboBox(this);
    arrangementBox_->addItem(tr("1 x N"), static_cast<int>(Arrangement::Row));
    arrangementBox_->addItem(tr("2 x 2"), static_cast<int>(Arrangement::TwoByTwo));
    arrangementBox_->setAccessibleName(tr("Loop layout"));
    arrangementLabel->setBuddy(arrangementBox_);
    bottom->addWidget(arrangementLabel);
    bottom->addWidget(arrangementBox_);
    outer_->addLayout(bottom);
    connect(arrangementBox_, &QComboBox::activated, this,
            [this](int index) { setArrangement(static_cast<Arrangement>(arrangementBox_->itemData(index).toInt())); });

    bar_->addShortcutsTo(this);
    auto* markAction = new QAction(tr("Mark end diastole"), this);
    markAction->setShortcut(QKeySequence(Qt::Key_E));
    markAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(markAction, &QAction::triggered, this, [this] {
        if (const int index = focusedLoop(); index >= 0)
            toggleEndDiastoleMark(index);
    });
    auto* clearMarksAction = new QAction(tr("Clear end-diastole marks"), this);
    clearMarksAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_E));
    clearMarksAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearMarksAction, &QAction::triggered, this, [this] {
        if (const int index = focusedLoop(); index >= 0)
            setEndDiastoleFrames(index, {});
    });
    addActions({markAction, clearMarksAction});
}

CineGridView::~CineGridView() = default;

QString CineGridView::wholeLoopLabel()
{
    return tr("whole loop as one beat (no ECG)");
}

void CineGridView::setTimeSource(cine::PlaybackClock::TimeSource now)
{
    timeSource_ = std::move(now);
}

int CineGridView::addLoop(cine::CineLoop loop)
{
    if (loopCount() >= kMaxLoops || loop.frameCount() == 0)
        return -1;
    const int index = loopCount();
    auto cell = std::make_unique<Cell>();
    cell->frame = new QFrame(this);
    cell->frame->setFrameShape(QFrame::StyledPanel);
    auto* column = new QVBoxLayout(cell->frame);
    column->setContentsMargins(1, 1, 1, 1);
    column->setSpacing(1);
    cell->viewport = new render::CineViewport(cell->frame);
    cell->viewport->setTimeSource(timeSource_);
    if (cacheBudgetBytes_ > 0)
        cell->viewport->setCacheBudgetBytes(cacheBudgetBytes_);
    cell->viewport->setAccessibleName(loop.label);
    column->addWidget(cell->viewport, 1);
    cell->beatLabel = new QLabel(cell->frame);
    cell->beatLabel->setAccessibleName(tr("Beat source"));
    column->addWidget(cell->beatLabel);
    cell->traceSlot = new QWidget(cell->frame);
    auto* traceLayout = new QVBoxLayout(cell->traceSlot);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    cell->traceSlot->hide();
    column->addWidget(cell->traceSlot);

    cell->headerMapper = beatsFromFile(loop);
    cell->mapper = cell->headerMapper;
    cell->viewport->setDriven(true);   // until chooseLeader() picks the leader
    cell->viewport->setLoop(std::move(loop));
    connect(cell->viewport, &render::CineViewport::currentTimeMs, this,
            [this, viewport = cell->viewport](double ms) {
                for (int i = 0; i < loopCount(); ++i)
                    if (cells_[static_cast<std::size_t>(i)]->viewport == viewport)
                        emit loopTimeChanged(i, ms);
            });
    cells_.push_back(std::move(cell));
    updateBeatLabel(index);
    rebuildLayout();
    chooseLeader();
    emit loopsChanged();
    return index;
}

void CineGridView::clearLoops()
{
    disconnect(leaderConnection_);
    for (const QMetaObject::Connection& connection : startConnections_)
        disconnect(connection);
    startConnections_.clear();
    bar_->setViewport(nullptr);
    leader_ = -1;
    for (auto& cell : cells_)
        delete cell->frame;
    cells_.clear();
    emit loopsChanged();
}

void CineGridView::setArrangement(Arrangement arrangement)
{
    arrangement_ = arrangement;
    arrangementBox_->setCurrentIndex(arrangementBox_->findData(static_cast<int>(arrangement)));
    rebuildLayout();
}

void CineGridView::rebuildLayout()
{
    for (auto& cell : cells_)
        grid_->removeWidget(cell->frame);
    for (int i = 0; i < loopCount(); ++i) {
        const int row = arrangement_ == Arrangement::TwoByTwo ? i / 2 : 0;
        const int column = arrangement_ == Arrangement::TwoByTwo ? i % 2 : i;
        grid_->addWidget(cells_[static_cast<std::size_t>(i)]->frame, row, column);
        cells_[static_cast<std::size_t>(i)]->frame->show();   // now, not at the layout's queued show
    }
    // Equal cells whatever the loops' sizes.
    for (int c = 0; c < kMaxLoops; ++c)
        grid_->setColumnStretch(c, 0);
    for (int r = 0; r < 2; ++r)
        grid_->setRowStretch(r, 0);
    const int columns = arrangement_ == Arrangement::TwoByTwo ? 2 : std::max(loopCount(), 1);
    for (int c = 0; c < columns; ++c)
        grid_->setColumnStretch(c, 1);
    grid_->setRowStretch(0, 1);
    if (arrangement_ == Arrangement::TwoByTwo)
        grid_->setRowStretch(1, 1);
}

render::CineViewport* CineGridView::viewport(int index) const
{
    return index >= 0 && index < loopCount() ? cells_[static_cast<std::size_t>(index)]->viewport : nullptr;
}

QLabel* CineGridView::beatLabel(int index) const
{
    return index >= 0 && index < loopCount() ? cells_[static_cast<std::size_t>(index)]->beatLabel : nullptr;
}

const cine::BeatPhaseMapper& CineGridView::beatMapper(int index) const
{
    return cells_.at(static_cast<std::size_t>(index))->mapper;
}

void CineGridView::chooseLeader()
{
    int best = -1;
    double bestRate = 0.0;
    for (int i = 0; i < loopCount(); ++i) {
        const double rate = viewport(i)->loop().timing.effectiveFramesPerSecond();
        if (best < 0 || rate > bestRate) {
            best = i;
            bestRate = rate;
        }
    }
    if (best == leader_) {
        if (render::CineViewport* lead = viewport(leader_))
            followLeader(lead->wantedFrame());   // a new follower joins at the leader's phase
        gateLeaderStart();
        return;
    }

    // The new leader takes over the old one's state and cardiac phase.
    bool wasPlaying = false;
    std::optional<double> speed;
    std::optional<cine::PlaybackMode> mode;
    int newLeaderFrame = -1;
    if (render::CineViewport* old = viewport(leader_)) {
        wasPlaying = old->isPlaying();
        speed = old->clock().speed();
        mode = old->clock().mode();
        old->pause();
        const cine::BeatPhaseMapper& oldMapper = beatMapper(leader_);
        const int frame = old->wantedFrame();
        if (frame >= 0 && best >= 0)
            newLeaderFrame = beatMapper(best).frameAtPhase(oldMapper.phaseOfFrame(frame), oldMapper.beatOfFrame(frame));
    }
    disconnect(leaderConnection_);
    leader_ = best;
    for (int i = 0; i < loopCount(); ++i)
        viewport(i)->setDriven(i != leader_);
    gateLeaderStart();
    render::CineViewport* lead = viewport(leader_);
    bar_->setViewport(lead);
    if (!lead)
        return;
    if (speed)
        lead->setSpeed(*speed);
    if (mode)
        lead->setMode(*mode);
    if (newLeaderFrame >= 0)
        lead->seek(newLeaderFrame);
    leaderConnection_ = connect(lead, &render::CineViewport::wantedFrameChanged, this, &CineGridView::followLeader);
    if (wasPlaying)
        lead->play();
    followLeader(lead->wantedFrame());
}

void CineGridView::gateLeaderStart()
{
    for (const QMetaObject::Connection& connection : startConnections_)
        disconnect(connection);
    startConnections_.clear();
    render::CineViewport* lead = viewport(leader_);
    for (int i = 0; i < loopCount(); ++i)
        viewport(i)->setStartGate({});
    if (!lead)
        return;
    lead->setStartGate([this] {
        for (int i = 0; i < loopCount(); ++i)
            if (i != leader_ && viewport(i)->isWaitingForFrame())
                return false;
        return true;
    });
    for (int i = 0; i < loopCount(); ++i) {
        if (i == leader_)
            continue;
        startConnections_.push_back(connect(viewport(i), &render::CineViewport::framePresentedOnScreen, lead, &render::CineViewport::retryStart));
        startConnections_.push_back(connect(viewport(i), &render::CineViewport::frameFailed, lead, &render::CineViewport::retryStart));
    }
}

int CineGridView::followerFrame(int index, int leaderFrame) const
{
    if (index == leader_ || leader_ < 0)
        return leaderFrame;
    const cine::BeatPhaseMapper& lead = beatMapper(leader_);
    return beatMapper(index).frameAtPhase(lead.phaseOfFrame(leaderFrame), lead.beatOfFrame(leaderFrame));
}

void CineGridView::followLeader(int leaderFrame)
{
    if (leaderFrame < 0)
        return;
    for (int i = 0; i < loopCount(); ++i)
        if (i != leader_)
            viewport(i)->showFrame(followerFrame(i, leaderFrame));
}

void CineGridView::setEndDiastoleFrames(int index, std::vector<int> frames)
{
    if (index < 0 || index >= loopCount())
        return;
    Cell& cell = *cells_[static_cast<std::size_t>(index)];
    std::sort(frames.begin(), frames.end());
    frames.erase(std::unique(frames.begin(), frames.end()), frames.end());
    cell.endDiastoleFrames = std::move(frames);
    const cine::CineLoop& loop = cell.viewport->loop();
    cell.mapper = cell.endDiastoleFrames.empty() ? cell.headerMapper
                                                 : cine::BeatPhaseMapper::fromEndDiastoleFrames(loop.timing, cell.endDiastoleFrames);
    updateBeatLabel(index);
    if (render::CineViewport* lead = viewport(leader_))
        followLeader(lead->wantedFrame());
}

std::vector<int> CineGridView::endDiastoleFrames(int index) const
{
    return index >= 0 && index < loopCount() ? cells_[static_cast<std::size_t>(index)]->endDiastoleFrames : std::vector<int>{};
}

void CineGridView::toggleEndDiastoleMark(int index)
{
    render::CineViewport* view = viewport(index);
    if (!view || view->wantedFrame() < 0)
        return;
    std::vector<int> frames = endDiastoleFrames(index);
    const int frame = view->wantedFrame();
    const auto it = std::find(frames.begin(), frames.end(), frame);
    if (it != frames.end())
        frames.erase(it);
    else
        frames.push_back(frame);
    setEndDiastoleFrames(index, std::move(frames));
}

void CineGridView::setTraceWidget(int index, QWidget* trace)
{
    if (index < 0 || index >= loopCount())
        return;
    Cell& cell = *cells_[static_cast<std::size_t>(index)];
    delete cell.trace;
    cell.trace = trace;
    if (trace) {
        trace->setParent(cell.traceSlot);
        cell.traceSlot->layout()->addWidget(trace);
    }
    cell.traceSlot->setVisible(trace != nullptr);
}

void CineGridView::updateBeatLabel(int index)
{
    Cell& cell = *cells_[static_cast<std::size_t>(index)];
    if (cell.mapper.isFallback()) {
        cell.beatLabel->setText(wholeLoopLabel());
        // Amber: a warning that phases are only approximate, not an error.
        cell.beatLabel->setStyleSheet(QStringLiteral("QLabel { color: black; background: #f0b030; padding: 1px 4px; }"));
    } else {
        cell.beatLabel->setText(cell.mapper.sourceLabel());
        cell.beatLabel->setStyleSheet(QString());
    }
}

int CineGridView::focusedLoop() const
{
    const QWidget* focus = focusWidget();
    for (int i = 0; i < loopCount(); ++i)
        if (focus && cells_[static_cast<std::size_t>(i)]->frame->isAncestorOf(focus))
            return i;
    return leader_;
}

} // namespace continuum::app
