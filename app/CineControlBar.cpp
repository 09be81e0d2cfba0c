#include "CineControlBar.h"

#include "render/CineViewport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <array>
#include <cmath>

namespace continuum::app {
namespace {

// Playback speeds offered, as factors of the loop's rate (PlaybackClock clamps to 0.25..4).
constexpr std::array<double, 7> kSpeeds{0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 4.0};

} // namespace

CineControlBar::CineControlBar(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Cine controls"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    // Icons from the theme, else the style's media icons (there is no theme on a bare X server):
    // icon-only buttons keep the bar narrow enough for the workspace's side panels.
    const auto makeAction = [this](const QString& text, const QKeySequence& key, const QString& icon, QStyle::StandardPixmap fallback) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        action->setIcon(QIcon::fromTheme(icon, style()->standardIcon(fallback)));
        return action;
    };
    first_ = makeAction(tr("First frame"), QKeySequence(Qt::Key_Home), QStringLiteral("media-skip-backward"), QStyle::SP_MediaSkipBackward);
    stepBack_ = makeAction(tr("Previous frame"), QKeySequence(Qt::Key_Left), QStringLiteral("media-seek-backward"), QStyle::SP_MediaSeekBackward);
    play_ = makeAction(tr("Play"), QKeySequence(Qt::Key_Space), QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay);
    stepForward_ = makeAction(tr("Next frame"), QKeySequence(Qt::Key_Right), QStringLiteral("media-seek-forward"), QStyle::SP_MediaSeekForward);
    last_ = makeAction(tr("Last frame"), QKeySequence(Qt::Key_End), QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward);
    for (QAction* action : {first_, stepBack_, play_, stepForward_, last_})
        layout->addWidget(addButton(action));

    connect(play_, &QAction::triggered, this, [this] {
        if (viewport_)
            viewport_->togglePlay();
    });
    connect(stepBack_, &QAction::triggered, this, [this] {
        if (viewport_)
            viewport_->step(-1);
    });
    connect(stepForward_, &QAction::triggered, this, [this] {
        if (viewport_)
            viewport_->step(1);
    });
    connect(first_, &QAction::triggered, this, [this] {
        if (viewport_)
            viewport_->goToFirst();
    });
    connect(last_, &QAction::triggered, this, [this] {
        if (viewport_)
            viewport_->goToLast();
    });

    mode_ = new QComboBox(this);
    mode_->addItem(tr("Loop"), static_cast<int>(cine::PlaybackMode::Loop));
    mode_->addItem(tr("Bounce"), static_cast<int>(cine::PlaybackMode::Sweep));
    mode_->setAccessibleName(tr("Playback sequence"));
    mode_->setToolTip(tr("Loop: first to last, again. Bounce: first to last and back."));
    layout->addWidget(mode_);
    connect(mode_, &QComboBox::activated, this, [this](int index) {
        if (viewport_)
            viewport_->setMode(static_cast<cine::PlaybackMode>(mode_->itemData(index).toInt()));
    });

    auto* speedLabel = new QLabel(tr("&Speed"), this);
    speed_ = new QComboBox(this);
    for (double speed : kSpeeds)
        speed_->addItem(tr("%1x").arg(speed), speed);
    speed_->setAccessibleName(tr("Playback speed"));
    speedLabel->setBuddy(speed_);
    layout->addWidget(speedLabel);
    layout->addWidget(speed_);
    connect(speed_, &QComboBox::activated, this, [this](int index) {
        if (viewport_)
            viewport_->setSpeed(speed_->itemData(index).toDouble());
    });

    overrideCheck_ = new QCheckBox(tr("&Override rate"), this);
    overrideCheck_->setAccessibleName(tr("Override the file's frame rate"));
    overrideRate_ = new QDoubleSpinBox(this);
    overrideRate_->setRange(1.0, 120.0);
    overrideRate_->setDecimals(1);
    overrideRate_->setSuffix(tr(" fps"));
    overrideRate_->setAccessibleName(tr("Override frame rate"));
    overrideRate_->setEnabled(false);
    layout->addWidget(overrideCheck_);
    layout->addWidget(overrideRate_);
    connect(overrideCheck_, &QCheckBox::toggled, this, [this](bool on) {
        overrideRate_->setEnabled(on && viewport_);
        applyOverride();
    });
    connect(overrideRate_, &QDoubleSpinBox::valueChanged, this, [this] {
        if (overrideCheck_->isChecked())
            applyOverride();
    });

    rateLabel_ = new QLabel(this);
    rateLabel_->setAccessibleName(tr("Frame rate and its source"));
    rateLabel_->setFocusPolicy(Qt::TabFocus);   // reachable for screen readers
    rateLabel_->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
    droppedLabel_ = new QLabel(this);
    droppedLabel_->setAccessibleName(tr("Dropped frames"));
    droppedLabel_->setToolTip(tr("Frames whose time passed before they reached the screen. While the loop plays, "
                                 "they are counted in its bottom-right corner; here when it stops."));
    droppedLabel_->setFocusPolicy(Qt::TabFocus);
    droppedLabel_->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
    layout->addSpacing(8);
    layout->addWidget(rateLabel_);
    layout->addSpacing(8);
    layout->addWidget(droppedLabel_);
    layout->addStretch(1);

    refresh();
}

CineControlBar::~CineControlBar() = default;

QToolButton* CineControlBar::addButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(action->text());
    return button;
}

void CineControlBar::addShortcutsTo(QWidget* scope)
{
    scope->addActions({play_, stepBack_, stepForward_, first_, last_});
}

void CineControlBar::setViewport(render::CineViewport* viewport)
{
    for (const QMetaObject::Connection& connection : std::as_const(connections_))
        disconnect(connection);
    connections_.clear();
    viewport_ = viewport;
    if (viewport_) {
        connections_ << connect(viewport_, &render::CineViewport::playbackStateChanged, this, &CineControlBar::refresh);
        connections_ << connect(viewport_, &render::CineViewport::countersChanged, this, &CineControlBar::refreshCounters);
        connections_ << connect(viewport_, &QObject::destroyed, this, [this] { setViewport(nullptr); });
    }
    refresh();
}

void CineControlBar::applyOverride()
{
    if (!viewport_ || !viewport_->hasLoop())
        return;
    if (overrideCheck_->isChecked())
        viewport_->setRateOverride(overrideRate_->value());
    else
        viewport_->setRateOverride(std::nullopt);
}

void CineControlBar::refresh()
{
    const bool active = viewport_ && viewport_->hasLoop();
    for (QAction* action : {play_, stepBack_, stepForward_, first_, last_})
        action->setEnabled(active);
    mode_->setEnabled(active);
    speed_->setEnabled(active);
    overrideCheck_->setEnabled(active);
    if (!active) {
        overrideRate_->setEnabled(false);
        rateLabel_->setText(tr("No loop"));
        droppedLabel_->clear();
        return;
    }
    const cine::PlaybackClock& clock = viewport_->clock();
    const bool playing = viewport_->isPlaying();
    // Only real changes: a repaint is work on the thread that presents the frames, and
    // QAction::setIcon, QLabel::clear and QDoubleSpinBox::setValue repaint even when nothing changes.
    if (showsPlaying_ != playing) {
        showsPlaying_ = playing;
        play_->setText(playing ? tr("Pause") : tr("Play"));
        play_->setIcon(QIcon::fromTheme(playing ? QStringLiteral("media-playback-pause") : QStringLiteral("media-playback-start"),
                                        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay)));
    }

    const QSignalBlocker blockMode(mode_);
    mode_->setCurrentIndex(mode_->findData(static_cast<int>(clock.mode())));
    const QSignalBlocker blockSpeed(speed_);
    int nearest = 0;
    for (int i = 0; i < speed_->count(); ++i)
        if (std::abs(speed_->itemData(i).toDouble() - clock.speed()) < std::abs(speed_->itemData(nearest).toDouble() - clock.speed()))
            nearest = i;
    speed_->setCurrentIndex(nearest);

    const cine::CineTiming& timing = clock.timing();
    const QSignalBlocker blockCheck(overrideCheck_);
    const QSignalBlocker blockRate(overrideRate_);
    overrideCheck_->setChecked(timing.rateOverride().has_value());
    overrideRate_->setEnabled(timing.rateOverride().has_value());
    // The box rounds to its decimals: 33.333 never equals what it holds, and each setValue repaints.
    const double rate = timing.rateOverride().value_or(timing.fileFramesPerSecond());
    if (std::abs(overrideRate_->value() - rate) >= 0.5 * std::pow(10.0, -overrideRate_->decimals()))
        overrideRate_->setValue(rate);
    rateLabel_->setText(timing.rateLabel());
    refreshCounters(viewport_->presentedCount(), viewport_->droppedCount());
}

void CineControlBar::refreshCounters(qint64 /*presented*/, qint64 dropped)
{
    // While the loop plays, its own frame shows the count (CineViewport): a label here would
    // recompose the window at each drop, and cost more frames.
    // QLabel::setText returns early on the same text; clear() does not (it relays out the bar).
    droppedLabel_->setText(viewport_ && viewport_->isPlaying() ? QString() : tr("Dropped: %1").arg(dropped));
}

} // namespace continuum::app
