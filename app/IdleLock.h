#pragma once
#include <QDateTime>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace continuum::app {

class UserSession;

// Locks the session after a time without input. Installed as an application-wide event filter,
// it notes the time of every keyboard, mouse, wheel, tablet and touch event (it only watches:
// no event is consumed), and when the configured time passes without one it locks: locked() is
// emitted, and whoever shows patient data hides it (LockScreen) and pauses what moves (cine).
// unlock() is called by the lock screen. Locking and unlocking are recorded in the audit trail
// through the session (SessionLocked, SessionUnlocked). This is a privacy lock, not
// authentication. The clock can be replaced so that tests need not wait minutes.
class IdleLock : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<std::chrono::milliseconds()>;   // monotonic

    // `session` names the user in the audit events; it must outlive the lock.
    explicit IdleLock(UserSession& session, QObject* parent = nullptr);

    // Keyboard, mouse, wheel, touch or tablet input: what counts as someone at the workstation.
    static bool isUserInput(QEvent::Type type);
    ~IdleLock() override;

    // 0 turns the idle lock off (lock() still works).
    void setIdleMinutes(int minutes);
    void setIdleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds idleInterval() const { return m_interval; }
    bool isEnabled() const { return m_interval.count() > 0; }

    // Tests: a clock of their own (default: std::chrono::steady_clock).
    void setClock(Clock clock);

    bool isLocked() const { return m_locked; }
    QDateTime lockedSince() const { return m_lockedSince; }   // local time; invalid while unlocked
    // How long ago the last input was (by the clock).
    std::chrono::milliseconds idleFor() const;

    // Locks now (a "Lock" action); `byUser` says so in the audit detail. No effect when locked.
    void lock(bool byUser = true);
    // Unlocks (the lock screen's "Continue" or after a switch of user); the idle time starts again.
    void unlock();
    // Compares the idle time with the interval and locks when it has passed (the timer calls it).
    void checkIdle();

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void armTimer();
    std::chrono::milliseconds now() const;

    UserSession& m_session;
    Clock m_clock;
    std::chrono::milliseconds m_interval{0};
    std::chrono::milliseconds m_lastInput{0};
    QTimer m_timer;
    bool m_locked = false;
    QDateTime m_lockedSince;
};

} // namespace continuum::app
