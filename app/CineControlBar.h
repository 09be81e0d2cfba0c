#pragma once
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

namespace continuum::render {
class CineViewport;
}

namespace continuum::app {

// One transport bar for the cine viewport whose clock leads (a single loop, or the master of a
// synchronised grid): play/pause, step -1/+1, first/last, loop or bounce, speed 0.25x..4x, a
// user override of the frame rate, the rate with its source ("33.33 fps (Frame Time)", or
// "overridden: 30 fps (file: 33.33 fps)") and the dropped-frame count.
//
// Every control takes keyboard focus and has an accessible name. The transport keys (Space,
// Left, Right, Home, End) are actions that addShortcutsTo() puts on a scope widget, so they work
// wherever the focus is inside that scope (the grid), but not in a list elsewhere.
class CineControlBar : public QWidget {
    Q_OBJECT
public:
    explicit CineControlBar(QWidget* parent = nullptr);
    ~CineControlBar() override;

    // The viewport the bar drives and reports on; nullptr disables the bar.
    void setViewport(render::CineViewport* viewport);
    render::CineViewport* viewport() const { return viewport_; }
    void addShortcutsTo(QWidget* scope);

    QAction* playAction() const { return play_; }
    QAction* stepBackAction() const { return stepBack_; }
    QAction* stepForwardAction() const { return stepForward_; }
    QAction* firstAction() const { return first_; }
    QAction* lastAction() const { return last_; }
    QComboBox* modeBox() const { return mode_; }
    QComboBox* speedBox() const { return speed_; }
    QCheckBox* overrideCheck() const { return overrideCheck_; }
    QDoubleSpinBox* overrideRate() const { return overrideRate_; }
    QLabel* rateLabel() const { return rateLabel_; }
    QLabel* droppedLabel() const { return droppedLabel_; }

private:
    void refresh();            // every control from the viewport's state
    void refreshCounters(qint64 presented, qint64 dropped);
    void applyOverride();
    QToolButton* addButton(QAction* action);

    render::CineViewport* viewport_ = nullptr;
    QList<QMetaObject::Connection> connections_;
    QAction* play_ = nullptr;
    QAction* stepBack_ = nullptr;
    QAction* stepForward_ = nullptr;
    QAction* first_ = nullptr;
    QAction* last_ = nullptr;
    QComboBox* mode_ = nullptr;
    QComboBox* speed_ = nullptr;
    QCheckBox* overrideCheck_ = nullptr;
    QDoubleSpinBox* overrideRate_ = nullptr;
    QLabel* rateLabel_ = nullptr;
    QLabel* droppedLabel_ = nullptr;
    std::optional<bool> showsPlaying_;   // what the play action shows now
};

} // namespace continuum::app
