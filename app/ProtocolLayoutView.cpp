#include "ProtocolLayoutView.h"

#include "ProtocolLayoutController.h"
#include "SeriesViewController.h"
#include "WindowPresets.h"

#include "dicom/ImageSeries.h"
#include "dicom/ReferenceLineGeometry.h"
#include "dicom/SliceSynchronizer.h"
#include "render/SliceViewport.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace continuum::app {

namespace hp = continuum::hanging_protocols;

namespace {

// Label bar colours: the current study and priors must never be confused at a glance.
const char* const kCurrentStyle = "QLabel { background: #1f3d5c; color: #f0f0f0; padding: 2px 6px; }";
const char* const kPriorStyle = "QLabel { background: #6b4a12; color: #f0f0f0; padding: 2px 6px; }";
const char* const kMessageStyle = "QLabel { background: black; color: #c8c8c8; }";
const char* const kStatusStyle = "QLabel { background: #202020; color: #e0e0e0; padding: 3px 6px; }";

// Identifies a series (or one part of a split series) in the load cache.
QString seriesKey(const dicom::SeriesDescriptor& series)
{
    return QString::fromStdString(series.first().studyInstanceUid) + QLatin1Char('|') + QString::fromStdString(series.seriesInstanceUid)
         + QLatin1Char('|') + QString::number(series.part);
}

// The frame a series opens on: the middle slice of a volume, else the first frame (as
// SeriesViewController chooses it), decoded on the worker before the series is shown.
int initialFrame(const dicom::ImageSeries& series)
{
    return series.isVolume() ? series.frameCount() / 2 : 0;
}

struct LoadOutcome {
    std::shared_ptr<dicom::ImageSeries> series;
    QString error;
};


// The space in which positions of a series' frame compare: its frame of reference within its
// study. Scanners reuse a FrameOfReferenceUID across visits, so without a registration two
// studies never share one (docs/registration.md). Empty: no frame of reference.
std::string patientSpace(const dicom::ImageSeries& series, int frame)
{
    const dicom::InstanceHeader& header = series.header(frame);
    if (header.frameOfReferenceUid.empty())
        return {};
    return header.studyInstanceUid + '|' + header.frameOfReferenceUid;
}

// The frame of `to` nearest to the slice `from` shows, by position along `to`'s normal
// (SliceSynchronizer), when both lie in one patient space and their slices are parallel.
std::optional<int> frameAtSamePosition(const dicom::ImageSeries& from, int fromFrame, const dicom::ImageSeries& to)
{
    const std::string space = patientSpace(from, fromFrame);
    if (space.empty() || to.frameCount() == 0 || space != patientSpace(to, 0))
        return std::nullopt;
    const dicom::FrameGeometry& source = from.geometry(fromFrame);
    const auto sourceNormal = source.normal();
    const auto targetNormal = to.geometry(0).normal();
    if (!source.position || !sourceNormal || !targetNormal || std::abs(sourceNormal->dot(*targetNormal)) < 0.99)
        return std::nullopt;
    dicom::SyncStack stack = dicom::SyncStack::fromSeries(to);
    stack.frameOfReferenceUid = space;
    dicom::SliceSynchronizer synchronizer;
    const int id = synchronizer.addStack(std::move(stack));
    const auto match = synchronizer.nearestSlice(id, *source.position, space);
    if (!match)
        return std::nullopt;
    return match->frame;
}

// The plane of the frame a series shows; nullopt without geometry.
std::optional<dicom::ImagePlane> planeOf(const dicom::ImageSeries& series, int frame)
{
    const dicom::PixelFormat& format = series.header(frame).pixelFormat;
    return dicom::ImagePlane::fromFrame(series.geometry(frame), format.rows, format.columns);
}

} // namespace

struct ProtocolLayoutView::Cell {
    LayoutViewport layout;
    QFrame* frame = nullptr;
    QLabel* label = nullptr;
    QStackedWidget* body = nullptr;
    render::SliceViewport* viewport = nullptr;   // nullptr for an empty viewport
    QLabel* message = nullptr;
    std::unique_ptr<SeriesViewController> controller;
    QString key;
    bool waiting = false;
    bool bound = false;
    int lastFrame = -1;
    bool userZoomed = false;     // the protocol's scaling is re-applied on resize until the user zooms
    QString windowNote;          // why the protocol's window could not be applied
    QString decodeProblem;
};

struct ProtocolLayoutView::Data {
    std::vector<std::unique_ptr<Cell>> cells;
    std::map<QString, std::shared_ptr<dicom::ImageSeries>> cache;   // loaded series, reused between stages
    std::set<QString> pending;                                       // being loaded
    std::set<QString> decoding;                                      // background decoding started
    bool syncing = false;   // applying a change to partners: do not propagate it again
    bool binding = false;   // applying the protocol's initial settings
    bool shownSignalled = false;
    bool positionSync = true;
    bool referenceLines = true;
    int active = -1;
};

ProtocolLayoutView::ProtocolLayoutView(ProtocolLayoutController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), d(std::make_unique<Data>())
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stageArea = new QWidget(this);
    m_stageArea->setObjectName(QStringLiteral("protocolStageArea"));
    m_stageArea->setAutoFillBackground(true);
    QPalette palette = m_stageArea->palette();
    palette.setColor(QPalette::Window, QColor(40, 40, 40));
    m_stageArea->setPalette(palette);
    m_stageArea->installEventFilter(this);
    layout->addWidget(m_stageArea, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("protocolStatus"));
    m_status->setStyleSheet(QLatin1String(kStatusStyle));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->setSpacing(0);
    statusRow->addWidget(m_status, 1);
    m_syncButton = new QToolButton(this);
    m_syncButton->setObjectName(QStringLiteral("positionSyncButton"));
    m_syncButton->setText(tr("Sync scrolling"));
    m_syncButton->setToolTip(tr("Scrolling one viewport moves the others of the same study and frame of reference to the same position"));
    m_syncButton->setCheckable(true);
    m_syncButton->setChecked(true);
    connect(m_syncButton, &QToolButton::toggled, this, &ProtocolLayoutView::setPositionSyncEnabled);
    statusRow->addWidget(m_syncButton);
    m_linesButton = new QToolButton(this);
    m_linesButton->setObjectName(QStringLiteral("referenceLinesButton"));
    m_linesButton->setText(tr("Reference lines"));
    m_linesButton->setToolTip(tr("Show the active viewport's slice on the other viewports of the same study and frame of reference"));
    m_linesButton->setCheckable(true);
    m_linesButton->setChecked(true);
    connect(m_linesButton, &QToolButton::toggled, this, &ProtocolLayoutView::setReferenceLinesVisible);
    statusRow->addWidget(m_linesButton);
    layout->addLayout(statusRow);
    connect(m_controller, &ProtocolLayoutController::layoutChanged, this, &ProtocolLayoutView::rebuildStage);
    rebuildStage();
}

ProtocolLayoutView::~ProtocolLayoutView()
{
    // Controllers stop their decoding threads before the viewports they draw into go.
    for (auto& cell : d->cells)
        cell->controller.reset();
}

int ProtocolLayoutView::viewportCount() const { return static_cast<int>(d->cells.size()); }

render::SliceViewport* ProtocolLayoutView::viewport(int index) const
{
    return index >= 0 && index < viewportCount() ? d->cells[static_cast<std::size_t>(index)]->viewport : nullptr;
}

SeriesViewController* ProtocolLayoutView::seriesController(int index) const
{
    return index >= 0 && index < viewportCount() ? d->cells[static_cast<std::size_t>(index)]->controller.get() : nullptr;
}

QString ProtocolLayoutView::viewportLabel(int index) const
{
    return index >= 0 && index < viewportCount() ? d->cells[static_cast<std::size_t>(index)]->label->text() : QString();
}

QString ProtocolLayoutView::viewportMessage(int index) const
{
    if (index < 0 || index >= viewportCount())
        return {};
    const Cell& cell = *d->cells[static_cast<std::size_t>(index)];
    return cell.body->currentWidget() == cell.message ? cell.message->text() : QString();
}

std::optional<hp::CineSetting> ProtocolLayoutView::cineSetting(int index) const
{
    if (index < 0 || index >= viewportCount())
        return std::nullopt;
    return d->cells[static_cast<std::size_t>(index)]->layout.definition.cine;
}

hp::Reconstruction ProtocolLayoutView::reconstruction(int index) const
{
    if (index < 0 || index >= viewportCount())
        return hp::Reconstruction::None;
    return d->cells[static_cast<std::size_t>(index)]->layout.definition.displaySet.reconstruction;
}

QString ProtocolLayoutView::statusText() const { return m_status->text(); }

bool ProtocolLayoutView::isLoading() const
{
    return std::any_of(d->cells.begin(), d->cells.end(), [](const auto& cell) { return cell->waiting; });
}

void ProtocolLayoutView::rebuildStage()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget()) || hasFocus();
    // The old stage goes first: its controllers stop decoding now; its widgets are deleted once
    // the event that led here (a key press in one of them) has been handled.
    for (auto& cell : d->cells) {
        cell->controller.reset();
        cell->frame->hide();
        cell->frame->deleteLater();
    }
    d->cells.clear();
    d->decoding.clear();
    d->shownSignalled = false;
    d->active = -1;

    if (!m_controller->hasLayout()) {
        m_status->setText(m_controller->statusText());
        m_status->setToolTip({});
        m_status->setVisible(!m_status->text().isEmpty());
        finishIfShown();
        return;
    }
    const LayoutStage& stage = m_controller->stage();
    for (const LayoutViewport& layoutViewport : stage.viewports) {
        auto cell = std::make_unique<Cell>();
        cell->layout = layoutViewport;
        cell->frame = new QFrame(m_stageArea);
        cell->frame->setFrameShape(QFrame::Box);
        cell->frame->setStyleSheet(QStringLiteral("QFrame { border: none; background: black; }"));
        auto* column = new QVBoxLayout(cell->frame);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        cell->label = new QLabel(cell->frame);
        cell->label->setStyleSheet(QLatin1String(layoutViewport.priorNumber == 0 ? kCurrentStyle : kPriorStyle));
        cell->label->setTextFormat(Qt::PlainText);
        cell->label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        column->addWidget(cell->label);
        cell->body = new QStackedWidget(cell->frame);
        column->addWidget(cell->body, 1);
        cell->message = new QLabel(cell->body);
        cell->message->setAlignment(Qt::AlignCenter);
        cell->message->setWordWrap(true);
        cell->message->setStyleSheet(QLatin1String(kMessageStyle));
        QFont messageFont = cell->message->font();
        messageFont.setPointSizeF(messageFont.pointSizeF() > 0 ? messageFont.pointSizeF() * 1.3 : 13.0);
        cell->message->setFont(messageFont);
        cell->body->addWidget(cell->message);
        const int index = static_cast<int>(d->cells.size());
        if (layoutViewport.isEmpty()) {
            QString text = tr("No matching series");
            if (!layoutViewport.assignment.reason.isEmpty())
                text += QLatin1String("\n\n") + layoutViewport.assignment.reason;
            cell->message->setText(text);
        } else {
            cell->message->setText(tr("Loading…"));
            cell->viewport = new render::SliceViewport(cell->body);
            cell->viewport->installEventFilter(this);
            cell->body->addWidget(cell->viewport);
            cell->controller = std::make_unique<SeriesViewController>(cell->viewport);
            // Connected after the controller's own connections: the controller has applied the
            // change when these run.
            connect(cell->controller.get(), &SeriesViewController::frameChanged, this, [this, index] { onFrameChanged(index); });
            connect(cell->controller.get(), &SeriesViewController::decodeFailed, this, [this, index](const QString& message) {
                d->cells[static_cast<std::size_t>(index)]->decodeProblem = message;
                updateLabel(*d->cells[static_cast<std::size_t>(index)]);
            });
            connect(cell->viewport, &render::SliceViewport::windowLevelDragged, this, [this, index] { onWindowDragged(index); });
            connect(cell->viewport, &render::SliceViewport::resetRequested, this, [this, index] { onWindowReset(index); });
            connect(cell->viewport, &render::SliceViewport::zoomChanged, this, [this, index] { onZoomChanged(index); });
            connect(cell->viewport, &render::SliceViewport::panChanged, this, [this, index] { onPanChanged(index); });
        }
        cell->body->setCurrentWidget(cell->message);
        updateLabel(*cell);
        cell->frame->show();
        d->cells.push_back(std::move(cell));
    }
    layoutCells();

    m_status->setText(m_controller->statusText() + QLatin1Char(' ')
                      + tr("Keys: \".\" / \",\" next/previous stage; Ctrl+\".\" / Ctrl+\",\" next/previous protocol."));
    m_status->setToolTip(m_controller->explanation());
    m_status->setVisible(true);

    for (auto& cell : d->cells) {
        if (!cell->layout.isEmpty())
            startLoading(*cell);
    }
    if (hadFocus) {
        const auto first = std::find_if(d->cells.begin(), d->cells.end(), [](const auto& c) { return c->viewport != nullptr; });
        if (first != d->cells.end())
            (*first)->viewport->setFocus();
        else
            setFocus();
    }
    finishIfShown();
}

void ProtocolLayoutView::layoutCells()
{
    const QSize area = m_stageArea->size();
    constexpr int kGap = 2;   // dark lines between viewports
    for (auto& cell : d->cells) {
        const hp::NormalizedRect& r = cell->layout.rect;
        const int left = static_cast<int>(std::lround(r.x * area.width()));
        const int top = static_cast<int>(std::lround(r.y * area.height()));
        const int right = static_cast<int>(std::lround((r.x + r.width) * area.width()));
        const int bottom = static_cast<int>(std::lround((r.y + r.height) * area.height()));
        const int gapLeft = left > 0 ? kGap / 2 : 0;
        const int gapTop = top > 0 ? kGap / 2 : 0;
        const int gapRight = right < area.width() ? kGap / 2 : 0;
        const int gapBottom = bottom < area.height() ? kGap / 2 : 0;
        cell->frame->setGeometry(QRect(QPoint(left + gapLeft, top + gapTop), QPoint(right - 1 - gapRight, bottom - 1 - gapBottom)));
    }
}

void ProtocolLayoutView::updateLabel(Cell& cell)
{
    QStringList parts{cell.layout.studyLabel};
    if (!cell.layout.seriesLabel.isEmpty())
        parts << cell.layout.seriesLabel;
    if (!cell.windowNote.isEmpty())
        parts << cell.windowNote;
    if (!cell.decodeProblem.isEmpty())
        parts << tr("cannot show this image: %1").arg(cell.decodeProblem);
    cell.label->setText(parts.join(QStringLiteral("  ·  ")));
    cell.label->setToolTip(cell.layout.assignment.reason);
}

void ProtocolLayoutView::startLoading(Cell& cell)
{
    cell.key = seriesKey(*cell.layout.series);
    if (const auto cached = d->cache.find(cell.key); cached != d->cache.end()) {
        bind(cell, cached->second);
        return;
    }
    cell.waiting = true;
    if (!d->pending.insert(cell.key).second)
        return;   // another viewport of the stage already asked for it
    auto* watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, key = cell.key] {
        const LoadOutcome outcome = watcher->result();
        watcher->deleteLater();
        d->pending.erase(key);
        onLoaded(key, outcome.series, outcome.error);
    });
    // Reading the geometry and decoding the first visible frame happen off the GUI thread.
    watcher->setFuture(QtConcurrent::run([descriptor = *cell.layout.series]() -> LoadOutcome {
        auto created = dicom::ImageSeries::create(descriptor);
        if (!created)
            return {nullptr, created.error().message};
        std::shared_ptr<dicom::ImageSeries> series(std::move(created.value()));
        if (series->frameCount() > 0)
            (void)series->decodeFrame(initialFrame(*series));   // a failure is reported when shown
        return {std::move(series), {}};
    }));
}

void ProtocolLayoutView::onLoaded(const QString& key, std::shared_ptr<dicom::ImageSeries> series, const QString& error)
{
    if (series)
        d->cache[key] = series;
    for (auto& cell : d->cells) {
        if (!cell->waiting || cell->key != key)
            continue;
        if (series) {
            bind(*cell, series);
        } else {
            cell->waiting = false;
            cell->message->setText(tr("This series cannot be shown:\n%1").arg(error));
        }
    }
    finishIfShown();
}

void ProtocolLayoutView::bind(Cell& cell, const std::shared_ptr<dicom::ImageSeries>& series)
{
    cell.waiting = false;
    cell.bound = true;
    cell.body->setCurrentWidget(cell.viewport);
    d->binding = true;
    cell.controller->setSeries(series, initialFrame(*series));
    cell.lastFrame = cell.controller->currentFrame();

    // The protocol's window: a preset of the series' modality, or explicit values.
    cell.windowNote.clear();
    if (const auto& window = cell.layout.definition.window) {
        const QString modality = series->header(0).modality;
        if (!window->preset.isEmpty()) {
            const std::vector<WindowPreset> presets = WindowPresets::bundled().forModality(modality);
            const auto preset = std::find_if(presets.begin(), presets.end(),
                                             [&](const WindowPreset& p) { return p.name.compare(window->preset, Qt::CaseInsensitive) == 0; });
            if (preset != presets.end())
                cell.controller->setWindow(preset->width, preset->center);
            else
                cell.windowNote = tr("no \"%1\" window for %2: the images' own window").arg(window->preset, modality);
        } else if (window->center && window->width) {
            cell.controller->setWindow(*window->width, *window->center);
        }
    }
    d->binding = false;
    applyScaling(cell);
    updateLabel(cell);

    // Decode the rest in the background once the first frame is on screen; one decoder per
    // series, threads shared among the series of the stage.
    if (d->decoding.insert(cell.key).second && series->decodedFrameCount() + series->failedFrameCount() < series->frameCount()) {
        std::set<QString> distinct;
        for (const auto& c : d->cells)
            if (!c->layout.isEmpty())
                distinct.insert(c->key.isEmpty() ? seriesKey(*c->layout.series) : c->key);
        const int threads = std::max(1, 2 / static_cast<int>(std::max<std::size_t>(distinct.size(), 1)));
        SeriesViewController* controller = cell.controller.get();
        connect(
            cell.viewport, &render::VtkOpenGLWidget::frameSwapped, controller,
            [controller, threads, weak = std::weak_ptr<dicom::ImageSeries>(series)] {
                const auto shown = weak.lock();
                if (shown && controller->series() == shown.get())
                    controller->startBackgroundDecoding(threads);
            },
            Qt::SingleShotConnection);
    }
}

void ProtocolLayoutView::applyScaling(Cell& cell)
{
    if (!cell.viewport || !cell.viewport->hasImage())
        return;
    const hp::Viewport& definition = cell.layout.definition;
    double zoom = definition.zoom;
    if (definition.scaling == hp::Scaling::Fill)
        zoom *= cell.viewport->fillZoom();
    else if (definition.scaling == hp::Scaling::ActualSize)
        zoom *= cell.viewport->actualSizeZoom();
    const bool wasBinding = d->binding;
    d->binding = true;
    cell.viewport->fitToWindow();
    cell.viewport->setZoom(zoom);
    d->binding = wasBinding;
    cell.userZoomed = false;
}

void ProtocolLayoutView::finishIfShown()
{
    if (d->shownSignalled || isLoading())
        return;
    d->shownSignalled = true;
    alignScrollGroups();
    if (d->active < 0) {
        // The current study's first viewport leads until the user picks another.
        int first = -1;
        for (int i = 0; i < viewportCount(); ++i) {
            const Cell& cell = *d->cells[static_cast<std::size_t>(i)];
            if (cell.bound && (first < 0 || (cell.layout.priorNumber == 0 && d->cells[static_cast<std::size_t>(first)]->layout.priorNumber != 0)))
                first = i;
        }
        if (first >= 0)
            setActiveViewport(first);
    }
    if (d->positionSync && d->active >= 0) {
        // Viewports of the active one's patient space open at its position.
        const Cell& source = *d->cells[static_cast<std::size_t>(d->active)];
        d->syncing = true;
        for (auto& target : d->cells) {
            if (target.get() == &source || !target->bound || !target->controller->series())
                continue;
            if (const auto same = frameAtSamePosition(*source.controller->series(), source.controller->currentFrame(), *target->controller->series())) {
                target->controller->setFrame(*same);
                target->lastFrame = target->controller->currentFrame();
            }
        }
        d->syncing = false;
    }
    updateReferenceLines();
    // Queued: the caller may still be building the stage.
    QMetaObject::invokeMethod(this, &ProtocolLayoutView::stageShown, Qt::QueuedConnection);
}

std::vector<int> ProtocolLayoutView::partners(int cell, hp::SyncKind kind) const
{
    std::vector<int> result;
    if (!m_controller->hasLayout())
        return result;
    for (const hp::SyncGroup& group : m_controller->stage().syncGroups) {
        if (group.kind != kind || std::find(group.viewports.begin(), group.viewports.end(), cell) == group.viewports.end())
            continue;
        for (int other : group.viewports) {
            if (other != cell && other >= 0 && other < viewportCount() && d->cells[static_cast<std::size_t>(other)]->bound
                && std::find(result.begin(), result.end(), other) == result.end())
                result.push_back(other);
        }
    }
    return result;
}


void ProtocolLayoutView::onFrameChanged(int index)
{
    Cell& source = *d->cells[static_cast<std::size_t>(index)];
    const int frame = source.controller->currentFrame();
    const int delta = frame - source.lastFrame;
    source.lastFrame = frame;
    if (d->syncing || d->binding || delta == 0 || !source.controller->series()) {
        updateReferenceLines();
        return;
    }
    d->syncing = true;
    std::set<int> moved;
    for (int other : partners(index, hp::SyncKind::Scroll)) {
        Cell& target = *d->cells[static_cast<std::size_t>(other)];
        const auto same = frameAtSamePosition(*source.controller->series(), frame, *target.controller->series());
        // Without a common patient space: move by as many slices as the source did.
        target.controller->setFrame(same ? *same : target.controller->currentFrame() + delta);
        target.lastFrame = target.controller->currentFrame();
        moved.insert(other);
    }
    if (d->positionSync) {
        for (int other = 0; other < viewportCount(); ++other) {
            Cell& target = *d->cells[static_cast<std::size_t>(other)];
            if (other == index || moved.count(other) || !target.bound || !target.controller->series())
                continue;
            if (const auto same = frameAtSamePosition(*source.controller->series(), frame, *target.controller->series())) {
                target.controller->setFrame(*same);
                target.lastFrame = target.controller->currentFrame();
            }
        }
    }
    d->syncing = false;
    updateReferenceLines();
}

void ProtocolLayoutView::updateReferenceLines()
{
    std::optional<dicom::ImagePlane> activePlane;
    std::string activeSpace;
    if (d->referenceLines && d->active >= 0 && d->active < viewportCount()) {
        const Cell& active = *d->cells[static_cast<std::size_t>(d->active)];
        if (active.bound && active.controller && active.controller->series()) {
            activePlane = planeOf(*active.controller->series(), active.controller->currentFrame());
            activeSpace = patientSpace(*active.controller->series(), active.controller->currentFrame());
        }
    }
    for (int i = 0; i < viewportCount(); ++i) {
        Cell& cell = *d->cells[static_cast<std::size_t>(i)];
        if (!cell.viewport)
            continue;
        std::vector<render::SliceViewport::ReferenceLine> lines;
        if (activePlane && !activeSpace.empty() && i != d->active && cell.bound && cell.controller->series()) {
            const dicom::ImageSeries& series = *cell.controller->series();
            const int frame = cell.controller->currentFrame();
            if (patientSpace(series, frame) == activeSpace) {
                if (const auto plane = planeOf(series, frame)) {
                    // Segment ends are pixel centres; the viewport's pixel c spans [c, c + 1).
                    if (const auto s = dicom::ReferenceLineGeometry::intersect(*plane, *activePlane))
                        lines.push_back({QLineF(s->column0 + 0.5, s->row0 + 0.5, s->column1 + 0.5, s->row1 + 0.5), QColor(255, 210, 60), false});
                }
            }
        }
        cell.viewport->setReferenceLines(std::move(lines));
    }
}

void ProtocolLayoutView::setPositionSyncEnabled(bool enabled)
{
    d->positionSync = enabled;
    if (m_syncButton->isChecked() != enabled)
        m_syncButton->setChecked(enabled);
}

bool ProtocolLayoutView::isPositionSyncEnabled() const { return d->positionSync; }

void ProtocolLayoutView::setReferenceLinesVisible(bool visible)
{
    d->referenceLines = visible;
    if (m_linesButton->isChecked() != visible)
        m_linesButton->setChecked(visible);
    updateReferenceLines();
}

bool ProtocolLayoutView::referenceLinesVisible() const { return d->referenceLines; }

int ProtocolLayoutView::activeViewport() const { return d->active; }

void ProtocolLayoutView::setActiveViewport(int index)
{
    if (index < 0 || index >= viewportCount() || !d->cells[static_cast<std::size_t>(index)]->viewport || index == d->active)
        return;
    d->active = index;
    updateReferenceLines();
    Q_EMIT activeViewportChanged(index);
}

void ProtocolLayoutView::alignScrollGroups()
{
    if (!m_controller->hasLayout())
        return;
    // Partners start at the slice position of the current study's viewport (else the first).
    d->syncing = true;
    for (const hp::SyncGroup& group : m_controller->stage().syncGroups) {
        if (group.kind != hp::SyncKind::Scroll)
            continue;
        int leader = -1;
        for (int member : group.viewports) {
            if (member < 0 || member >= viewportCount() || !d->cells[static_cast<std::size_t>(member)]->bound)
                continue;
            if (leader < 0 || (d->cells[static_cast<std::size_t>(member)]->layout.priorNumber == 0
                               && d->cells[static_cast<std::size_t>(leader)]->layout.priorNumber != 0))
                leader = member;
        }
        if (leader < 0)
            continue;
        const Cell& source = *d->cells[static_cast<std::size_t>(leader)];
        for (int member : group.viewports) {
            if (member == leader || member < 0 || member >= viewportCount() || !d->cells[static_cast<std::size_t>(member)]->bound)
                continue;
            Cell& target = *d->cells[static_cast<std::size_t>(member)];
            if (const auto same = frameAtSamePosition(*source.controller->series(), source.controller->currentFrame(), *target.controller->series())) {
                target.controller->setFrame(*same);
                target.lastFrame = target.controller->currentFrame();
            }
        }
    }
    d->syncing = false;
}

void ProtocolLayoutView::onWindowDragged(int index)
{
    if (d->syncing)
        return;
    Cell& source = *d->cells[static_cast<std::size_t>(index)];
    if (!source.controller->series())
        return;
    const dicom::VoiWindow window = source.controller->effectiveWindow();
    if (window.width <= 0.0)
        return;
    d->syncing = true;
    for (int other : partners(index, hp::SyncKind::WindowLevel))
        d->cells[static_cast<std::size_t>(other)]->controller->setWindow(window.width, window.center);
    d->syncing = false;
}

void ProtocolLayoutView::onWindowReset(int index)
{
    if (d->syncing)
        return;
    d->syncing = true;
    for (int other : partners(index, hp::SyncKind::WindowLevel))
        d->cells[static_cast<std::size_t>(other)]->controller->resetWindow();
    d->syncing = false;
}

void ProtocolLayoutView::onZoomChanged(int index)
{
    if (d->binding || d->syncing)
        return;
    Cell& source = *d->cells[static_cast<std::size_t>(index)];
    source.userZoomed = true;
    d->syncing = true;
    for (int other : partners(index, hp::SyncKind::ZoomPan)) {
        Cell& target = *d->cells[static_cast<std::size_t>(other)];
        target.viewport->setZoom(source.viewport->zoom());
        target.userZoomed = true;
    }
    d->syncing = false;
}

void ProtocolLayoutView::onPanChanged(int index)
{
    if (d->binding || d->syncing)
        return;
    Cell& source = *d->cells[static_cast<std::size_t>(index)];
    // Pan is in widget pixels: scale it to each partner's size so the same anatomy stays centred.
    const QPointF pan = source.viewport->pan();
    const double sourceHeight = std::max(source.viewport->height(), 1);
    d->syncing = true;
    for (int other : partners(index, hp::SyncKind::ZoomPan)) {
        Cell& target = *d->cells[static_cast<std::size_t>(other)];
        target.viewport->setPan(pan * (target.viewport->height() / sourceHeight));
    }
    d->syncing = false;
}

void ProtocolLayoutView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Period || event->key() == Qt::Key_Comma) {
        const bool next = event->key() == Qt::Key_Period;
        if (event->modifiers() & Qt::ControlModifier)
            next ? m_controller->nextProtocol() : m_controller->previousProtocol();
        else
            next ? m_controller->nextStage() : m_controller->previousStage();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ProtocolLayoutView::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport the reader focuses, clicks or scrolls becomes the active one.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress || event->type() == QEvent::Wheel) {
        for (int i = 0; i < viewportCount(); ++i)
            if (d->cells[static_cast<std::size_t>(i)]->viewport == watched)
                setActiveViewport(i);
    }
    if (event->type() == QEvent::Resize) {
        if (watched == m_stageArea) {
            layoutCells();
        } else {
            // A viewport changed size: the protocol's fill / actual-size scaling depends on it.
            for (auto& cell : d->cells) {
                if (cell->viewport == watched && cell->bound && !cell->userZoomed && cell->layout.definition.scaling != hp::Scaling::Fit)
                    QMetaObject::invokeMethod(this, [this, viewport = cell->viewport] {
                        for (auto& c : d->cells)
                            if (c->viewport == viewport && !c->userZoomed)
                                applyScaling(*c);
                    }, Qt::QueuedConnection);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QImage ProtocolLayoutView::grabLayout()
{
    QImage image = grab().toImage().convertToFormat(QImage::Format_RGB32);
    // The viewports are GL windows of their own, which QWidget::grab() does not see: each is
    // composited from its own framebuffer, images and text overlays included.
    QPainter painter(&image);
    for (const auto& cell : d->cells) {
        if (!cell->viewport || !cell->viewport->isVisible())
            continue;
        const QImage frame = cell->viewport->grabImage();
        if (frame.isNull())
            continue;
        const QRect target(cell->viewport->mapTo(this, QPoint(0, 0)), cell->viewport->size());
        painter.drawImage(QRectF(target), frame);
    }
    painter.end();
    return image;
}

} // namespace continuum::app
