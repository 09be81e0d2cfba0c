#pragma once
#include <QPointer>
#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace continuum::app {

class IdleLock;
class UserSession;

// What the window shows while the session is locked (IdleLock): an opaque cover over the whole
// window (menu bar, tool bars, docks, central area), "Locked — <user> — since <time>", and
// "Continue as <user>" / "Switch user…". While it is up:
// - the window title reads lockedWindowTitle() (a title set meanwhile is kept for afterwards);
// - the window's other top-level windows (floating docks, tool windows, dialogs) are hidden and
//   open popups closed; a modal dialog that was open is thereby cancelled, as if Cancel were
//   pressed; non-modal ones come back on unlock;
// - windows embedded in the window (every viewport is a GL window of its own), which no widget
//   can cover, are hidden, and come back on unlock;
// - keyboard, mouse, wheel, touch input and shortcuts reach only the cover and what it opens,
//   and the menu bar is disabled.
// A privacy lock: anyone at the keyboard can continue; nothing checks a password.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    // A child of `window`, hidden until `lock` locks. `session` and `lock` must outlive it.
    LockScreen(QWidget* window, UserSession& session, IdleLock& lock);
    ~LockScreen() override;

    bool isEngaged() const { return m_engaged; }
    QString messageText() const;
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* switchUserButton() const { return m_switchUser; }
    static QString lockedWindowTitle();

    // "Switch user…": asks for a name (SwitchUserDialog), switches the session and unlocks.
    void askToSwitchUser();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void engage();
    void release();
    void updateTexts();
    bool isOurs(const QObject* object) const;
    static bool isEmbeddedWindow(const QWidget* widget);
    void hideEmbeddedWindow(QWidget* container);

    QWidget* m_window = nullptr;
    UserSession& m_session;
    IdleLock& m_lock;
    QLabel* m_message = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_switchUser = nullptr;
    bool m_engaged = false;
    bool m_settingTitle = false;
    QString m_savedTitle;
    QPointer<QWidget> m_savedFocus;
    QPointer<QWidget> m_disabledMenuBar;
    std::vector<QPointer<QWidget>> m_hiddenWindows;
    std::vector<QPointer<QWidget>> m_hiddenEmbedded;   // window containers inside m_window
};

} // namespace continuum::app
