#include "IdleLock.h"

#include "UserSession.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace continuum::app {

bool IdleLock::isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::NativeGesture:
        return true;
    default:
        return false;
    }
}

IdleLock::IdleLock(UserSession& session, QObject* parent)
    : QObject(parent), m_session(session),
      m_clock([] { return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    m_lastInput = now();
    if (QCoreApplication* application = QCoreApplication::instance())
        application->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication* application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

void IdleLock::setIdleMinutes(int minutes)
{
    setIdleInterval(std::chrono::minutes(std::max(0, minutes)));
}

void IdleLock::setIdleInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    m_lastInput = now();   // a new setting counts from now, not from the last input
    armTimer();
}

void IdleLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastInput = now();
    armTimer();
}

std::chrono::milliseconds IdleLock::now() const
{
    return m_clock();
}

std::chrono::milliseconds IdleLock::idleFor() const
{
    return now() - m_lastInput;
}

void IdleLock::armTimer()
{
    if (m_locked || !isEnabled()) {
        m_timer.stop();
        return;
    }
    // Input only notes its time; the timer wakes when the interval could have passed since the
    // last input and looks again, so a mouse move costs no timer restart.
    const std::chrono::milliseconds remaining = std::max(m_interval - idleFor(), std::chrono::milliseconds(0));
    m_timer.start(std::max(remaining, std::chrono::milliseconds(10)));
}

void IdleLock::checkIdle()
{
    if (m_locked || !isEnabled())
        return;
    if (idleFor() >= m_interval) {
        lock(false);
        return;
    }
    armTimer();
}

void IdleLock::lock(bool byUser)
{
    if (m_locked)
        return;
    m_locked = true;
    m_lockedSince = QDateTime::currentDateTime();
    m_timer.stop();
    catalog::AuditEvent event;
    event.action = catalog::AuditAction::SessionLocked;
    event.detail = byUser ? QStringLiteral("locked by the user")
                          : QStringLiteral("locked after %1 min without input").arg(double(m_interval.count()) / 60000.0, 0, 'g', 3);
    m_session.record(std::move(event));
    Q_EMIT locked();
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_lockedSince = QDateTime();
    m_lastInput = now();
    catalog::AuditEvent event;
    event.action = catalog::AuditAction::SessionUnlocked;
    m_session.record(std::move(event));
    armTimer();
    Q_EMIT unlocked();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // While locked, input does not count: only the lock screen's buttons end the lock.
    if (!m_locked && isUserInput(event->type()))
        m_lastInput = now();
    return QObject::eventFilter(watched, event);
}

} // namespace continuum::app
