#include "LockScreen.h"

#include "IdleLock.h"
#include "SwitchUserDialog.h"
#include "UserSession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace continuum::app {

namespace {

// What the cover swallows: user input (IdleLock's definition) and what a drag or menu adds.
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::ContextMenu:
    case QEvent::Drop:
    case QEvent::DragEnter:
    case QEvent::DragMove:
        return true;
    default:
        return IdleLock::isUserInput(type);
    }
}

} // namespace

LockScreen::LockScreen(QWidget* window, UserSession& session, IdleLock& lock)
    : QWidget(window), m_window(window), m_session(session), m_lock(lock)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Session locked"));
    // Opaque in the theme's window colour: nothing of the window shows through.
    setAutoFillBackground(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    QFont large = m_message->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_message->setFont(large);
    m_message->setWordWrap(true);
    outer->addWidget(m_message);
    m_notice = new QLabel(tr("Patient data is hidden while the viewer is locked. This is a privacy lock: it does not check a password, "
                             "and whoever continues is recorded in the audit log under the name shown."), this);
    m_notice->setObjectName(QStringLiteral("lockNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    outer->addWidget(m_notice);
    outer->addSpacing(fontMetrics().lineSpacing());

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    m_continue = new QPushButton(this);
    m_continue->setObjectName(QStringLiteral("lockContinue"));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    m_switchUser = new QPushButton(tr("S&witch user…"), this);
    m_switchUser->setObjectName(QStringLiteral("lockSwitchUser"));
    m_switchUser->setAccessibleName(tr("Switch the reading user and unlock"));
    m_switchUser->setAutoDefault(true);
    row->addWidget(m_continue);
    row->addWidget(m_switchUser);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);
    setTabOrder(m_continue, m_switchUser);

    connect(m_continue, &QPushButton::clicked, &m_lock, &IdleLock::unlock);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::askToSwitchUser);
    connect(&m_lock, &IdleLock::locked, this, &LockScreen::engage);
    connect(&m_lock, &IdleLock::unlocked, this, &LockScreen::release);
    connect(&m_session, &UserSession::userChanged, this, &LockScreen::updateTexts);

    hide();
    m_window->installEventFilter(this);
    updateTexts();
    if (m_lock.isLocked())
        engage();
}

LockScreen::~LockScreen()
{
    if (m_engaged)
        QCoreApplication::instance()->removeEventFilter(this);
}

QString LockScreen::lockedWindowTitle()
{
    return tr("Continuum — locked");
}

QString LockScreen::messageText() const
{
    return m_message->text();
}

void LockScreen::updateTexts()
{
    const QString user = m_session.userName();
    const QDateTime since = m_lock.lockedSince().isValid() ? m_lock.lockedSince() : QDateTime::currentDateTime();
    const QLocale locale;
    // The date too when the lock began on another day than today.
    const QString when = since.date() == QDate::currentDate() ? locale.toString(since.time(), QLocale::ShortFormat)
                                                              : locale.toString(since, QLocale::ShortFormat);
    m_message->setText(tr("Locked — %1 — since %2").arg(user, when));
    m_continue->setText(tr("&Continue as %1").arg(user));
    m_continue->setAccessibleName(tr("Unlock and continue as %1").arg(user));
}

void LockScreen::engage()
{
    if (m_engaged)
        return;
    m_engaged = true;
    updateTexts();
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    // Every other window of the application may show patient data too.
    for (QWidget* topLevel : QApplication::topLevelWidgets()) {
        if (topLevel == m_window || !topLevel->isVisible() || topLevel->windowType() == Qt::Desktop)
            continue;
        const bool modal = topLevel->isModal() || topLevel->windowModality() != Qt::NonModal;
        topLevel->hide();
        if (!modal)
            m_hiddenWindows.emplace_back(topLevel);
    }
    if (auto* mainWindow = qobject_cast<QMainWindow*>(m_window); mainWindow && mainWindow->menuWidget() && mainWindow->menuWidget()->isEnabled()) {
        m_disabledMenuBar = mainWindow->menuWidget();
        m_disabledMenuBar->setEnabled(false);
    }
    m_savedTitle = m_window->windowTitle();
    m_settingTitle = true;
    m_window->setWindowTitle(lockedWindowTitle());
    m_settingTitle = false;
    // Windows embedded in this one (every viewport is a GL window of its own) stay above any
    // widget, this cover too: they are hidden while it is up.
    for (QWidget* child : m_window->findChildren<QWidget*>()) {
        if (child->isVisible() && isEmbeddedWindow(child))
            hideEmbeddedWindow(child);
    }
    m_savedFocus = QApplication::focusWidget();
    setGeometry(m_window->rect());
    show();
    raise();
    QCoreApplication::instance()->installEventFilter(this);
    m_continue->setFocus(Qt::OtherFocusReason);
}

void LockScreen::release()
{
    if (!m_engaged)
        return;
    m_engaged = false;
    QCoreApplication::instance()->removeEventFilter(this);
    hide();
    m_settingTitle = true;
    m_window->setWindowTitle(m_savedTitle);
    m_settingTitle = false;
    if (m_disabledMenuBar)
        m_disabledMenuBar->setEnabled(true);
    m_disabledMenuBar = nullptr;
    for (const QPointer<QWidget>& hidden : m_hiddenWindows) {
        if (hidden)
            hidden->show();
    }
    m_hiddenWindows.clear();
    for (const QPointer<QWidget>& embedded : m_hiddenEmbedded) {
        if (embedded)
            embedded->show();
    }
    m_hiddenEmbedded.clear();
    if (m_savedFocus)
        m_savedFocus->setFocus(Qt::OtherFocusReason);
    m_savedFocus = nullptr;
}

void LockScreen::askToSwitchUser()
{
    SwitchUserDialog dialog(m_session.userName(), UserSession::operatingSystemUser(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session.switchUser(dialog.userName()))
        return;   // the dialog only accepts names the session takes
    m_lock.unlock();
}

bool LockScreen::isEmbeddedWindow(const QWidget* widget)
{
    // QWidget::createWindowContainer's widget; its class is private to Qt.
    return widget->inherits("QWindowContainer");
}

void LockScreen::hideEmbeddedWindow(QWidget* container)
{
    container->hide();
    m_hiddenEmbedded.emplace_back(container);
}

bool LockScreen::isOurs(const QObject* object) const
{
    // Walks through windows too: the switch-user dialog is a window whose parent is this cover.
    for (const QObject* current = object; current; current = current->parent()) {
        if (current == this)
            return true;
    }
    return false;
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Resize && m_engaged)
            setGeometry(m_window->rect());
        else if (event->type() == QEvent::ChildAdded && m_engaged)
            raise();   // a widget added meanwhile stays under the cover
        else if (event->type() == QEvent::WindowTitleChange && m_engaged && !m_settingTitle
                 && m_window->windowTitle() != lockedWindowTitle()) {
            // Someone set a title while locked (a study finished loading): keep it for later. (The
            // event comes here twice while locked, as application and as window filter.)
            m_savedTitle = m_window->windowTitle();
            m_settingTitle = true;
            m_window->setWindowTitle(lockedWindowTitle());
            m_settingTitle = false;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (!m_engaged || !watched->isWidgetType()) {
        // Shortcuts are delivered to their QAction/QShortcut: only ours run while locked.
        if (m_engaged && event->type() == QEvent::Shortcut) {
            const auto* shortcut = qobject_cast<const QShortcut*>(watched);
            if (!(shortcut && isOurs(shortcut)))
                return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    auto* widget = static_cast<QWidget*>(watched);
    if (isOurs(widget))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Show && widget->window() == m_window && isEmbeddedWindow(widget)) {
        // A loop opened while locked (a retrieve finished): hidden once its show is done.
        QMetaObject::invokeMethod(this, [this, embedded = QPointer<QWidget>(widget)] {
            if (m_engaged && embedded && embedded->isVisible())
                hideEmbeddedWindow(embedded);
        }, Qt::QueuedConnection);
    }
    if (event->type() == QEvent::Shortcut)
        return true;
    if (event->type() == QEvent::FocusIn && widget->window() == m_window) {
        // Tab out of the cover lands back on it, not on a hidden control.
        m_continue->setFocus(Qt::TabFocusReason);
        return false;
    }
    return isInput(event->type());
}

} // namespace continuum::app
