#include "CardiologyWorkspace.h"

#include "CardiologyMeasurementOverlay.h"
#include "CineGridView.h"
#include "LvFunctionPanel.h"

#include "catalog/Catalog.h"
#include "cine/LoopVideoExporter.h"
#include "render/CineViewport.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace continuum::app {

CardiologyWorkspace::CardiologyWorkspace(catalog::Catalog* catalog, QWidget* parent)
    : QWidget(parent)
    , catalog_(catalog)
    , toolsStore_(catalog)
{
    setAccessibleName(tr("Cardiology workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(2, 2, 2, 2);
    auto* listLabel = new QLabel(tr("&Cine loops"), side);
    list_ = new QTreeWidget(side);
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Loop"), tr("Frames"), tr("Study date")});
    list_->setRootIsDecorated(false);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setAccessibleName(tr("Cine loops of the patient"));
    list_->setToolTip(tr("Select up to %1 loops, then press Enter or double-click to play them in step.")
                          .arg(CineGridView::kMaxLoops));
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list_->installEventFilter(this);
    listLabel->setBuddy(list_);
    sideLayout->addWidget(listLabel);
    sideLayout->addWidget(list_, 1);
    status_ = new QLabel(side);
    status_->setWordWrap(true);
    status_->setAccessibleName(tr("Workspace status"));
    sideLayout->addWidget(status_);

    grid_ = new CineGridView(splitter);
    QWidget* tools = buildToolsPanel(splitter);
    splitter->addWidget(side);
    splitter->addWidget(grid_);
    splitter->addWidget(tools);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    side->setMinimumWidth(240);
    tools->setMinimumWidth(240);
    splitter->setSizes({300, 900, 280});

    connect(list_, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    // The tools follow the loop holding the focus; the grid's E key changes ED marks too.
    connect(qApp, &QApplication::focusChanged, this, [this] { refreshTools(); });
    connect(grid_, &CineGridView::loopsChanged, this, [this] { refreshTools(); });
}

QWidget* CardiologyWorkspace::buildToolsPanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);

    auto* exportBox = new QGroupBox(tr("Export"), panel);
    auto* exportLayout = new QVBoxLayout(exportBox);
    exportVideo_ = new QPushButton(tr("Export loop as MP4…"), exportBox);
    exportVideo_->setToolTip(tr("One pass of the current loop as H.264 video at the loop's own frame times, grey levels as shown."));
    savePng_ = new QPushButton(tr("Save frame as PNG…"), exportBox);
    savePng_->setToolTip(tr("The frame on screen of the current loop, as shown."));
    exportLayout->addWidget(exportVideo_);
    exportLayout->addWidget(savePng_);
    layout->addWidget(exportBox);
    connect(exportVideo_, &QPushButton::clicked, this, &CardiologyWorkspace::askExportVideo);
    connect(savePng_, &QPushButton::clicked, this, &CardiologyWorkspace::askSavePng);

    auto* measureBox = new QGroupBox(tr("Measure"), panel);
    auto* measureLayout = new QVBoxLayout(measureBox);
    auto* toolRow = new QHBoxLayout;
    lengthTool_ = new QToolButton(measureBox);
    lengthTool_->setText(tr("Length"));
    lengthTool_->setCheckable(true);
    lengthTool_->setToolTip(tr("Drag on the loop (or click two points) to measure a length on the frame on screen."));
    areaTool_ = new QToolButton(measureBox);
    areaTool_->setText(tr("Area"));
    areaTool_->setCheckable(true);
    areaTool_->setToolTip(tr("Click the outline's points on the loop; double-click or Enter closes it, Esc cancels. "
                             "On a frame marked ED or ES, trace from one mitral hinge round the apex to the other."));
    toolRow->addWidget(lengthTool_);
    toolRow->addWidget(areaTool_);
    measureLayout->addLayout(toolRow);
    connect(lengthTool_, &QToolButton::toggled, this, [this](bool on) { setTool(on ? Tool::Length : (tool_ == Tool::Length ? Tool::None : tool_)); });
    connect(areaTool_, &QToolButton::toggled, this, [this](bool on) { setTool(on ? Tool::Area : (tool_ == Tool::Area ? Tool::None : tool_)); });

    auto* markRow = new QHBoxLayout;
    markEd_ = new QPushButton(tr("Mark ED"), measureBox);
    markEd_->setToolTip(tr("Mark (or unmark) the frame on screen as end diastole."));
    markEs_ = new QPushButton(tr("Mark ES"), measureBox);
    markEs_->setToolTip(tr("Mark (or unmark) the frame on screen as end systole."));
    markRow->addWidget(markEd_);
    markRow->addWidget(markEs_);
    measureLayout->addLayout(markRow);
    connect(markEd_, &QPushButton::clicked, this, [this] { toggleMark(currentLoop(), cardiac::EdEsMarks::Phase::EndDiastole); });
    connect(markEs_, &QPushButton::clicked, this, [this] { toggleMark(currentLoop(), cardiac::EdEsMarks::Phase::EndSystole); });

    auto* viewLabel = new QLabel(tr("&View of this loop"), measureBox);
    viewBox_ = new QComboBox(measureBox);
    viewBox_->addItem(tr("not an apical LV view"), -1);
    viewBox_->addItem(cardiac::LvFunctionAssessment::viewName(cardiac::LvFunctionAssessment::View::ApicalFourChamber),
                      static_cast<int>(cardiac::LvFunctionAssessment::View::ApicalFourChamber));
    viewBox_->addItem(cardiac::LvFunctionAssessment::viewName(cardiac::LvFunctionAssessment::View::ApicalTwoChamber),
                      static_cast<int>(cardiac::LvFunctionAssessment::View::ApicalTwoChamber));
    viewBox_->setAccessibleName(tr("Apical view of the current loop"));
    viewLabel->setBuddy(viewBox_);
    measureLayout->addWidget(viewLabel);
    measureLayout->addWidget(viewBox_);
    connect(viewBox_, &QComboBox::activated, this, [this](int index) {
        const int data = viewBox_->itemData(index).toInt();
        setLoopView(currentLoop(), data < 0 ? std::nullopt : std::optional(static_cast<cardiac::LvFunctionAssessment::View>(data)));
    });

    measurements_ = new QListWidget(measureBox);
    measurements_->setAccessibleName(tr("Measurements of the current loop"));
    measureLayout->addWidget(measurements_, 1);
    toolStatus_ = new QLabel(measureBox);
    toolStatus_->setWordWrap(true);
    toolStatus_->setAccessibleName(tr("Measuring status"));
    measureLayout->addWidget(toolStatus_);
    layout->addWidget(measureBox, 1);

    auto* lvBox = new QGroupBox(tr("LV function"), panel);
    auto* lvLayout = new QVBoxLayout(lvBox);
    lvPanel_ = new LvFunctionPanel(lvBox);
    lvLayout->addWidget(lvPanel_);
    layout->addWidget(lvBox);
    refreshTools();
    return panel;
}

CardiologyWorkspace::~CardiologyWorkspace() = default;

void CardiologyWorkspace::setPatient(const catalog::PatientMatch& patient)
{
    list_->clear();
    sources_.clear();
    if (catalog_ != nullptr && catalog_->isOpen())
        sources_ = cine::CineSourceLister(*catalog_).list(patient);
    for (const cine::CineSource& source : sources_) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, source.label);
        item->setText(1, QString::number(source.frameCount));
        item->setText(2, QLocale().toString(source.studyDate, QLocale::ShortFormat));
        item->setToolTip(0, source.studyDescription.isEmpty() ? source.label : source.label + QLatin1Char('\n') + source.studyDescription);
    }
    if (list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    status_->setText(sources_.empty() ? tr("No cine loops for this patient.")
                                      : tr("%n cine loop(s).", nullptr, static_cast<int>(sources_.size())));
}

int CardiologyWorkspace::openSelected()
{
    std::vector<int> indices;
    for (QTreeWidgetItem* item : list_->selectedItems())
        indices.push_back(list_->indexOfTopLevelItem(item));
    if (indices.empty() && list_->currentItem())
        indices.push_back(list_->indexOfTopLevelItem(list_->currentItem()));
    std::sort(indices.begin(), indices.end());
    return openSources(indices);
}

int CardiologyWorkspace::openSources(const std::vector<int>& indices)
{
    std::vector<int> chosen;
    for (int index : indices)
        if (index >= 0 && index < static_cast<int>(sources_.size()))
            chosen.push_back(index);
    if (chosen.empty())
        return grid_->loopCount();
    QStringList messages;
    if (static_cast<int>(chosen.size()) > CineGridView::kMaxLoops) {
        messages << tr("Only the first %1 selected loops are shown.").arg(CineGridView::kMaxLoops);
        chosen.resize(CineGridView::kMaxLoops);
    }
    cancelDraft();
    tools_.clear();
    overlays_.clear();
    grid_->clearLoops();
    grid_->setArrangement(chosen.size() > 2 ? CineGridView::Arrangement::TwoByTwo : CineGridView::Arrangement::Row);
    for (int index : chosen) {
        auto loop = cine::CineSourceLister::open(sources_[static_cast<std::size_t>(index)]);
        if (!loop) {
            messages << tr("%1: %2").arg(sources_[static_cast<std::size_t>(index)].label, loop.error().message);
            continue;
        }
        grid_->addLoop(std::move(*loop));
    }
    status_->setText(messages.join(QLatin1Char('\n')));
    attachTools();
    if (grid_->loopCount() > 0) {
        if (render::CineViewport* lead = grid_->viewport(grid_->leaderIndex()))
            lead->play();
    }
    emit loopsOpened(grid_->loopCount());
    return grid_->loopCount();
}

bool CardiologyWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (const int loop = loopOfViewport(watched); loop >= 0 && tool_ != Tool::None)
        if (handleViewportMouse(loop, event))
            return true;
    // Enter opens the selection (itemActivated alone depends on the style's activation key).
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CardiologyWorkspace::attachTools()
{
    assessment_ = {};
    for (int i = 0; i < grid_->loopCount(); ++i) {
        render::CineViewport* viewport = grid_->viewport(i);
        const dicom::InstanceHeader& header = viewport->loop().header(0);
        tools_.push_back(cardiac::EchoLoopTools::forFile(header.filePath, QString::fromStdString(header.sopInstanceUid)));
        // What was drawn and marked on this loop before (here or at another desk) comes back.
        QString error;
        if (toolsStore_.load(QString::fromStdString(header.studyInstanceUid), tools_.back(), &error))
            grid_->setEndDiastoleFrames(i, tools_.back().marks().endDiastoleFrames);
        else if (!error.isEmpty())
            toolStatus_->setText(error);
        auto* overlay = new CardiologyMeasurementOverlay(viewport);
        overlays_.push_back(overlay);
        viewport->installEventFilter(this);
        // A new frame changes what this loop shows only (playing loops show one each slot).
        connect(viewport, &render::CineViewport::frameShown, overlay, [this, i] { refreshOverlay(i); });
    }
    refreshTools();
}

CardiologyMeasurementOverlay* CardiologyWorkspace::overlay(int loopIndex) const
{
    return loopIndex >= 0 && loopIndex < static_cast<int>(overlays_.size()) ? overlays_[static_cast<std::size_t>(loopIndex)].data() : nullptr;
}

int CardiologyWorkspace::loopOfViewport(QObject* object) const
{
    for (int i = 0; i < static_cast<int>(tools_.size()) && i < grid_->loopCount(); ++i)
        if (grid_->viewport(i) == object)
            return i;
    return -1;
}

int CardiologyWorkspace::currentLoop() const
{
    const int index = grid_->currentLoopIndex();
    return index >= 0 && index < static_cast<int>(tools_.size()) ? index : -1;
}

void CardiologyWorkspace::setTool(Tool tool)
{
    cancelDraft();
    tool_ = tool;
    const QSignalBlocker blockLength(lengthTool_);
    const QSignalBlocker blockArea(areaTool_);
    lengthTool_->setChecked(tool == Tool::Length);
    areaTool_->setChecked(tool == Tool::Area);
    for (int i = 0; i < grid_->loopCount(); ++i)
        grid_->viewport(i)->setCursor(tool == Tool::None ? Qt::ArrowCursor : Qt::CrossCursor);
    toolStatus_->setText(tool == Tool::None ? QString()
                         : tool == Tool::Length ? tr("Length: drag on the loop; playback pauses on the frame measured.")
                                                : tr("Area: click the points, double-click or Enter to close, Esc to cancel."));
}

bool CardiologyWorkspace::handleViewportMouse(int loopIndex, QEvent* event)
{
    render::CineViewport* viewport = grid_->viewport(loopIndex);
    const auto pixelAt = [viewport](QPoint at) {
        // imagePixelAt: pixel c covers [c, c+1); the calibration puts pixel centres at whole numbers.
        const QPointF p = viewport->imagePixelAt(at);
        return cardiac::PlanePoint{p.x() - 0.5, p.y() - 0.5};
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::RightButton && tool_ == Tool::Area) {
            finishDraft();
            return true;
        }
        if (mouse->button() != Qt::LeftButton || viewport->shownFrame() < 0)
            return false;
        viewport->setFocus(Qt::MouseFocusReason);
        if (draftLoop_ != loopIndex || viewport->shownFrame() != draftFrame_)
            cancelDraft();
        if (draft_.empty()) {
            // Frame-accurate: the shape belongs to the frame on screen, so the loop stops there.
            if (render::CineViewport* lead = grid_->viewport(grid_->leaderIndex()))
                lead->pause();
            draftLoop_ = loopIndex;
            draftFrame_ = viewport->shownFrame();
            draftPressAt_ = mouse->position().toPoint();
            draft_ = {pixelAt(draftPressAt_)};
            if (tool_ == Tool::Length)
                draft_.push_back(draft_.front());
        } else if (tool_ == Tool::Length) {
            draft_.back() = pixelAt(mouse->position().toPoint());   // second click of a click-click length
            finishDraft();
        } else {
            draft_.push_back(pixelAt(mouse->position().toPoint()));
        }
        refreshOverlays();
        return true;
    }
    case QEvent::MouseMove: {
        if (draft_.empty() || draftLoop_ != loopIndex || tool_ != Tool::Length)
            return false;
        draft_.back() = pixelAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        refreshOverlays();
        return true;
    }
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (draft_.empty() || draftLoop_ != loopIndex || mouse->button() != Qt::LeftButton)
            return !draft_.empty();
        // A drag makes a length at once; a click waits for the second point.
        if (tool_ == Tool::Length && (mouse->position().toPoint() - draftPressAt_).manhattanLength() > 3) {
            draft_.back() = pixelAt(mouse->position().toPoint());
            finishDraft();
        }
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (tool_ == Tool::Area && draftLoop_ == loopIndex)
            finishDraft();
        return true;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !draft_.empty()) {
            cancelDraft();
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && tool_ == Tool::Area && !draft_.empty()) {
            finishDraft();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void CardiologyWorkspace::finishDraft()
{
    if (draftLoop_ < 0 || draftLoop_ >= static_cast<int>(tools_.size()) || draft_.empty()) {
        cancelDraft();
        return;
    }
    cardiac::EchoLoopTools& tools = tools_[static_cast<std::size_t>(draftLoop_)];
    const cardiac::EchoLoopTools::Entry& entry = tool_ == Tool::Length ? tools.measureLength(draft_.front(), draft_.back(), draftFrame_)
                                                                       : tools.measureArea(draft_, draftFrame_);
    QString text = cardiac::EchoLoopTools::describe(entry);
    if (!tools.calibrationError().isEmpty() && !entry.result.ok())
        text += QLatin1Char(' ') + tr("(calibration unreadable: %1)").arg(tools.calibrationError());
    if (entry.kind == cardiac::EchoLoopTools::Kind::Area && entry.result.ok() && tools.view()) {
        QString why;
        if (const auto contour = tools.lvContour(entry, &why))
            text += QLatin1Char(' ') + tr("= LV contour, %1").arg(cardiac::LvFunctionAssessment::phaseName(contour->phase));
    }
    toolStatus_->setText(text);
    draft_.clear();
    draftLoop_ = -1;
    draftFrame_ = -1;
    refreshTools();
}

void CardiologyWorkspace::cancelDraft()
{
    const bool had = !draft_.empty();
    draft_.clear();
    draftLoop_ = -1;
    draftFrame_ = -1;
    if (had)
        refreshOverlays();
}

void CardiologyWorkspace::syncMarksFromGrid(int loopIndex)
{
    // The grid owns the ED frames (they drive beat sync, key E changes them); ES lives here.
    cardiac::EdEsMarks& marks = tools_[static_cast<std::size_t>(loopIndex)].marks();
    marks.endDiastoleFrames = grid_->endDiastoleFrames(loopIndex);
    std::erase_if(marks.endSystoleFrames, [&](int f) {
        return std::find(marks.endDiastoleFrames.begin(), marks.endDiastoleFrames.end(), f) != marks.endDiastoleFrames.end();
    });
}

QString CardiologyWorkspace::loopStudyUid(int loopIndex) const
{
    return QString::fromStdString(grid_->viewport(loopIndex)->loop().header(0).studyInstanceUid);
}

void CardiologyWorkspace::saveLoopTools()
{
    // Every path that changes a drawing or a mark ends in refreshTools(); unchanged loops cost a
    // JSON comparison, no database write.
    for (int i = 0; i < static_cast<int>(tools_.size()) && i < grid_->loopCount(); ++i)
        if (const auto problem = toolsStore_.save(loopStudyUid(i), tools_[static_cast<std::size_t>(i)]))
            toolStatus_->setText(*problem);
}

void CardiologyWorkspace::toggleMark(int loopIndex, cardiac::EdEsMarks::Phase phase)
{
    if (loopIndex < 0 || loopIndex >= static_cast<int>(tools_.size()))
        return;
    const int frame = grid_->viewport(loopIndex)->wantedFrame();
    if (frame < 0)
        return;
    syncMarksFromGrid(loopIndex);
    cardiac::EdEsMarks& marks = tools_[static_cast<std::size_t>(loopIndex)].marks();
    if (marks.phaseOf(frame) == phase)
        marks.unmark(frame);
    else
        marks.mark(phase, frame);
    grid_->setEndDiastoleFrames(loopIndex, marks.endDiastoleFrames);
    refreshTools();
}

void CardiologyWorkspace::setLoopView(int loopIndex, std::optional<cardiac::LvFunctionAssessment::View> view)
{
    if (loopIndex < 0 || loopIndex >= static_cast<int>(tools_.size()))
        return;
    // One loop per apical view: the view moves from any other loop that had it.
    if (view)
        for (auto& tools : tools_)
            if (tools.view() == view)
                tools.setView(std::nullopt);
    tools_[static_cast<std::size_t>(loopIndex)].setView(view);
    refreshTools();
}

void CardiologyWorkspace::refreshTools()
{
    if (!measurements_)
        return;
    for (int i = 0; i < static_cast<int>(tools_.size()) && i < grid_->loopCount(); ++i)
        syncMarksFromGrid(i);
    saveLoopTools();
    const int loop = currentLoop();
    const bool hasLoop = loop >= 0;
    for (QWidget* w : std::initializer_list<QWidget*>{exportVideo_, savePng_, lengthTool_, areaTool_, markEd_, markEs_, viewBox_})
        w->setEnabled(hasLoop);
    measurements_->clear();
    if (hasLoop) {
        const cardiac::EchoLoopTools& tools = tools_[static_cast<std::size_t>(loop)];
        for (const cardiac::EchoLoopTools::Entry& entry : tools.entries())
            measurements_->addItem(cardiac::EchoLoopTools::describe(entry));
        const int data = tools.view() ? static_cast<int>(*tools.view()) : -1;
        viewBox_->setCurrentIndex(viewBox_->findData(data));
    }
    refreshOverlays();
    refreshAssessment();
}

void CardiologyWorkspace::refreshOverlays()
{
    for (int i = 0; i < static_cast<int>(overlays_.size()) && i < grid_->loopCount(); ++i)
        refreshOverlay(i);
}

void CardiologyWorkspace::refreshOverlay(int loopIndex)
{
    if (loopIndex < 0 || loopIndex >= static_cast<int>(overlays_.size()) || loopIndex >= grid_->loopCount())
        return;
    const auto i = static_cast<std::size_t>(loopIndex);
    const int frame = grid_->viewport(loopIndex)->shownFrame();
    const cardiac::EchoLoopTools& tools = tools_[i];
    std::vector<CardiologyMeasurementOverlay::Shape> shapes;
    for (int index : tools.entriesOnFrame(frame)) {
        const cardiac::EchoLoopTools::Entry& entry = tools.entries()[static_cast<std::size_t>(index)];
        CardiologyMeasurementOverlay::Shape shape;
        shape.pixels = entry.pixels;
        shape.closed = entry.kind == cardiac::EchoLoopTools::Kind::Area;
        shape.refused = !entry.result.ok();
        const QString text = cardiac::EchoLoopTools::describe(entry);
        shape.label = text.mid(text.indexOf(QLatin1String(": ")) + 2);   // the frame is the one on screen
        shapes.push_back(std::move(shape));
    }
    if (loopIndex == draftLoop_ && frame == draftFrame_ && !draft_.empty()) {
        CardiologyMeasurementOverlay::Shape shape;
        shape.pixels = draft_;
        shapes.push_back(std::move(shape));
    }
    if (const auto phase = tools.marks().phaseOf(frame)) {
        // The mark of the frame on screen, in the corner under the loop's label.
        CardiologyMeasurementOverlay::Shape mark;
        mark.label = *phase == cardiac::EdEsMarks::Phase::EndDiastole ? tr("ED") : tr("ES");
        shapes.push_back(std::move(mark));
    }
    if (CardiologyMeasurementOverlay* overlay = overlays_[i])
        overlay->setShapes(std::move(shapes));
}

void CardiologyWorkspace::refreshAssessment()
{
    using View = cardiac::LvFunctionAssessment::View;
    assessment_ = {};
    for (int i = 0; i < static_cast<int>(tools_.size()) && i < grid_->loopCount(); ++i) {
        const cardiac::EchoLoopTools& tools = tools_[static_cast<std::size_t>(i)];
        if (!tools.view())
            continue;
        const View view = *tools.view();
        assessment_.setLoop(view, grid_->viewport(i)->loop().label);
        assessment_.setMarks(view, tools.marks());
        // The latest trace on a marked frame is that phase's contour.
        for (const cardiac::EchoLoopTools::Entry& entry : tools.entries())
            if (const auto contour = tools.lvContour(entry))
                assessment_.setContour(view, contour->phase, contour->contour);
    }
    lvPanel_->setAssessment(assessment_);
}

QString CardiologyWorkspace::exportLoopVideo(int loopIndex, const QString& path)
{
    render::CineViewport* viewport = grid_->viewport(loopIndex);
    if (!viewport || !viewport->hasLoop())
        return tr("No loop to export.");
    if (render::CineViewport* lead = grid_->viewport(grid_->leaderIndex()))
        lead->pause();
    const cine::CineLoop loop = viewport->loop();   // a copy: the export must not see the grid change
    const cine::LoopVideoExporter exporter(loop);
    const int total = static_cast<int>(exporter.schedule().size());
    QProgressDialog progress(tr("Exporting %1…").arg(loop.label), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto outcome = exporter.writeMp4(path.toStdString(), viewport->isInverted(), [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (outcome.cancelled) {
        toolStatus_->setText(tr("Export cancelled; no file written."));
        return {};
    }
    if (!outcome.ok) {
        const QString message = tr("The loop could not be exported: %1").arg(outcome.error);
        toolStatus_->setText(message);
        return message;
    }
    toolStatus_->setText(tr("Exported %n frame(s), %1 s, to %2.", nullptr, outcome.framesWritten)
                             .arg(QLocale().toString(outcome.durationMs / 1000.0, 'f', 3), path));
    return {};
}

QString CardiologyWorkspace::saveFramePng(int loopIndex, const QString& path)
{
    render::CineViewport* viewport = grid_->viewport(loopIndex);
    if (!viewport || viewport->shownFrame() < 0)
        return tr("No frame on screen to save.");
    dicom::DisplayImage image = viewport->shownImage();
    if (viewport->isInverted())
        cine::LoopVideoExporter::invert(image);
    const QString error = cine::LoopVideoExporter::writePng(image, path.toStdString());
    if (!error.isEmpty()) {
        const QString message = tr("The frame could not be saved: %1").arg(error);
        toolStatus_->setText(message);
        return message;
    }
    toolStatus_->setText(tr("Frame %1 saved to %2.").arg(viewport->shownFrame() + 1).arg(path));
    return {};
}

void CardiologyWorkspace::askExportVideo()
{
    const int loop = currentLoop();
    if (loop < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export loop as MP4"), QString(), tr("MP4 video (*.mp4)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportLoopVideo(loop, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export loop as MP4"), error);
}

void CardiologyWorkspace::askSavePng()
{
    const int loop = currentLoop();
    if (loop < 0)
        return;
    // The frame saved is the one on screen when the button was pressed.
    if (render::CineViewport* lead = grid_->viewport(grid_->leaderIndex()))
        lead->pause();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save frame as PNG"), QString(), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveFramePng(loop, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save frame as PNG"), error);
}

} // namespace continuum::app
