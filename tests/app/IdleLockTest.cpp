// The idle lock and the lock screen (offscreen). IdleLock: locks once the configured time has
// passed without input, not while keyboard, mouse, wheel and touch input keep coming (a clock of
// the test's own, input injected with QTest), never when set to 0, and with the real timer too;
// locking and unlocking are recorded for the current user. LockScreen: the window grabbed while
// locked shows no pixel of a patient label that was there before, the title is replaced (and a
// title set meanwhile comes back afterwards), floating docks and tool windows are hidden and come
// back, shortcuts and input to covered widgets do nothing, "Continue" and "Switch user…" unlock
// and are recorded.
#include "IdleLock.h"
#include "LockScreen.h"
#include "SwitchUserDialog.h"
#include "UserSession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest>

using namespace continuum;
using namespace std::chrono_literals;

namespace {

struct Recorder {
    std::vector<catalog::AuditEvent> events;
    app::UserSession::AuditSink sink()
    {
        return [this](catalog::AuditEvent event) { events.push_back(std::move(event)); };
    }
    std::vector<catalog::AuditAction> actions() const
    {
        std::vector<catalog::AuditAction> result;
        for (const auto& event : events)
            result.push_back(event.action);
        return result;
    }
};

// How many pixels of `rect` in `image` differ from `colour`.
int pixelsUnlike(const QImage& image, const QRect& rect, const QColor& colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, y) != colour)
                ++count;
        }
    }
    return count;
}

} // namespace

class IdleLockTest : public QObject {
    Q_OBJECT
private:
    std::chrono::milliseconds m_now{0};
    app::IdleLock::Clock fakeClock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void init() { m_now = 0ms; }

    void locksAfterTheIntervalWithoutInput()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        Recorder recorder;
        session.setAuditSink(recorder.sink());
        app::IdleLock lock(session);
        lock.setClock(fakeClock());
        lock.setIdleMinutes(15);
        QSignalSpy locked(&lock, &app::IdleLock::locked);
        m_now = 14min + 59s;
        lock.checkIdle();
        QVERIFY(!lock.isLocked());
        m_now = 15min;
        lock.checkIdle();
        QVERIFY(lock.isLocked());
        QCOMPARE(locked.count(), 1);
        QVERIFY(lock.lockedSince().isValid());
        lock.checkIdle();
        QCOMPARE(locked.count(), 1);
        QCOMPARE(recorder.events.size(), std::size_t(1));
        QCOMPARE(recorder.events[0].action, catalog::AuditAction::SessionLocked);
        QCOMPARE(recorder.events[0].user, QStringLiteral("alice"));

        QSignalSpy unlocked(&lock, &app::IdleLock::unlocked);
        lock.unlock();
        QVERIFY(!lock.isLocked());
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(recorder.actions(), (std::vector{catalog::AuditAction::SessionLocked, catalog::AuditAction::SessionUnlocked}));
        // The idle time starts again at the unlock.
        m_now += 10min;
        lock.checkIdle();
        QVERIFY(!lock.isLocked());
    }

    void inputKeepsItUnlocked()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        app::IdleLock lock(session);
        lock.setClock(fakeClock());
        lock.setIdleMinutes(15);
        QWidget window;
        auto* field = new QLineEdit(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every 10 minutes some input, each of another kind: after 60 minutes still unlocked.
        const std::vector<std::function<void()>> inputs = {
            [&] { QTest::keyClick(field, Qt::Key_A); },
            [&] { QTest::mouseMove(field, QPoint(5, 5)); QTest::mouseMove(field, QPoint(8, 6)); },
            [&] { QTest::mouseClick(field, Qt::LeftButton); },
            [&] {
                QWheelEvent wheel(QPointF(5, 5), field->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                                  Qt::NoScrollPhase, false);
                QApplication::sendEvent(field, &wheel);
            },
            [&] {
                QPointingDevice* touchscreen = QTest::createTouchDevice();
                QTest::touchEvent(&window, touchscreen).press(0, QPoint(10, 10));
                QTest::touchEvent(&window, touchscreen).release(0, QPoint(10, 10));
            },
            [&] { QTest::keyClick(field, Qt::Key_Backspace); },
        };
        for (const auto& input : inputs) {
            m_now += 10min;
            input();
            lock.checkIdle();
            QVERIFY(!lock.isLocked());
        }
        QCOMPARE(m_now, 60min);
        QVERIFY(lock.idleFor() < 1min);
        // Then none: it locks 15 minutes after the last input.
        m_now += 15min;
        lock.checkIdle();
        QVERIFY(lock.isLocked());
    }

    void zeroMinutesTurnsItOff()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        app::IdleLock lock(session);
        lock.setClock(fakeClock());
        lock.setIdleMinutes(0);
        QVERIFY(!lock.isEnabled());
        m_now = 1000h;
        lock.checkIdle();
        QVERIFY(!lock.isLocked());
        // A "Lock" action still works.
        lock.lock();
        QVERIFY(lock.isLocked());
    }

    void realTimerLocks()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        app::IdleLock lock(session);
        QSignalSpy locked(&lock, &app::IdleLock::locked);
        lock.setIdleInterval(200ms);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 20000);
        QCOMPARE(locked.count(), 1);
    }

    void lockScreenHidesThePatient()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        Recorder recorder;
        session.setAuditSink(recorder.sink());
        app::IdleLock lock(session);
        lock.setClock(fakeClock());
        lock.setIdleMinutes(15);

        QMainWindow window;
        window.setWindowTitle(QStringLiteral("DOE^JANE — CT CHEST"));
        auto* exportAction = window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("Export"));
        exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        QSignalSpy exported(exportAction, &QAction::triggered);
        auto* central = new QWidget(&window);
        auto* layout = new QVBoxLayout(central);
        // In the top left corner: the cover shows plain background there.
        auto* patient = new QLabel(QStringLiteral("DOE^JANE  ID 0012345"), central);
        QFont big = patient->font();
        big.setPointSize(20);
        patient->setFont(big);
        layout->addWidget(patient, 0, Qt::AlignLeft | Qt::AlignTop);
        auto* field = new QLineEdit(central);
        layout->addWidget(field);
        layout->addStretch(1);
        window.setCentralWidget(central);
        auto* dock = new QDockWidget(QStringLiteral("Documents"), &window);
        dock->setWidget(new QLabel(QStringLiteral("Report of DOE^JANE"), dock));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        QWidget toolWindow(&window, Qt::Tool);
        toolWindow.resize(200, 100);
        app::LockScreen cover(&window, session, lock);
        window.resize(900, 600);
        window.show();
        toolWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->setFloating(true);
        QTRY_VERIFY(dock->isVisible());
        window.activateWindow();
        QTRY_VERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));

        const QRect patientRect(patient->mapTo(&window, QPoint(0, 0)), patient->size());
        const QColor background = cover.palette().color(QPalette::Window);
        const QImage before = window.grab().toImage();
        QVERIFY2(pixelsUnlike(before, patientRect, before.pixelColor(patientRect.topLeft())) > 50, "the label shows text before the lock");
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(exported.count(), 1);   // the shortcut works while unlocked

        m_now = 15min;
        lock.checkIdle();
        QVERIFY(lock.isLocked());
        QVERIFY(cover.isEngaged());
        QCoreApplication::processEvents();
        const QImage after = window.grab().toImage();
        QCOMPARE(pixelsUnlike(after, patientRect, background), 0);
        QCOMPARE(pixelsUnlike(after, QRect(QPoint(0, 0), QSize(after.width(), 4)), background), 0);   // menu bar covered
        QCOMPARE(cover.geometry(), window.rect());
        QCOMPARE(window.windowTitle(), app::LockScreen::lockedWindowTitle());
        QVERIFY(!dock->isVisible());
        QVERIFY(!toolWindow.isVisible());
        QVERIFY(cover.messageText().contains(QStringLiteral("alice")));
        QVERIFY(cover.continueButton()->text().contains(QStringLiteral("alice")));

        // Nothing under the cover takes input; shortcuts do nothing.
        const QString typed = field->text();
        QTest::keyClicks(field, QStringLiteral("xyz"));
        QCOMPARE(field->text(), typed);
        QTest::keyClick(cover.continueButton(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(window.childAt(patientRect.center()) == cover.continueButton() || cover.isAncestorOf(window.childAt(patientRect.center()))
                     || window.childAt(patientRect.center()) == &cover,
                 true);
        // A title set while locked is kept for afterwards, not shown.
        window.setWindowTitle(QStringLiteral("SMITH^JOHN — MR HEAD"));
        QCOMPARE(window.windowTitle(), app::LockScreen::lockedWindowTitle());

        // "Continue as alice".
        QTest::mouseClick(cover.continueButton(), Qt::LeftButton);
        QVERIFY(!lock.isLocked());
        QVERIFY(!cover.isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("SMITH^JOHN — MR HEAD"));
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY(toolWindow.isVisible());
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(exported.count(), 2);
        QCOMPARE(recorder.actions(), (std::vector{catalog::AuditAction::SessionLocked, catalog::AuditAction::SessionUnlocked}));
        QCOMPARE(recorder.events[1].user, QStringLiteral("alice"));

        // Locked by hand, then "Switch user…" to bob.
        lock.lock();
        QVERIFY(cover.isEngaged());
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<app::SwitchUserDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<app::SwitchUserDialog*>(QApplication::activeModalWidget());
            // The dialog takes input while the cover is up.
            dialog->nameField()->clear();
            QTest::keyClicks(dialog->nameField(), QStringLiteral("bob"));
            QTest::keyClick(dialog->nameField(), Qt::Key_Return);
            answered = true;
        });
        QTest::mouseClick(cover.switchUserButton(), Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY(!lock.isLocked());
        QCOMPARE(session.userName(), QStringLiteral("bob"));
        QCOMPARE(recorder.actions(), (std::vector{catalog::AuditAction::SessionLocked, catalog::AuditAction::SessionUnlocked,
                                                  catalog::AuditAction::SessionLocked, catalog::AuditAction::UserSwitched,
                                                  catalog::AuditAction::SessionUnlocked}));
        QCOMPARE(recorder.events[3].user, QStringLiteral("bob"));
        QCOMPARE(recorder.events[4].user, QStringLiteral("bob"));
        QVERIFY(recorder.events[2].detail.contains(QStringLiteral("user")));

        const QString folder = qEnvironmentVariable("CONTINUUM_LOCK_SCREENSHOT");
        if (!folder.isEmpty()) {
            lock.lock();
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("lock-screen.png"))));
            lock.unlock();
        }
    }
};

QTEST_MAIN(IdleLockTest)
#include "IdleLockTest.moc"
