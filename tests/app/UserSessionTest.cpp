// The reading user (offscreen): the OS login name by default; a switch validates the name,
// emits userChanged and records UserSwitched through the audit sink (nothing for a refused or
// unchanged name); the switch-user dialog refuses what the session refuses; the worklist's
// "Switch user" follows the session.
#include "RadiologyWorklistView.h"
#include "SwitchUserDialog.h"
#include "UserSession.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace continuum;

class UserSessionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultIsTheOperatingSystemLogin()
    {
        const passwd* entry = ::getpwuid(::getuid());
        QVERIFY(entry && entry->pw_name);
        const app::UserSession session;
        QCOMPARE(session.userName(), QString::fromLocal8Bit(entry->pw_name));
        QCOMPARE(app::UserSession::operatingSystemUser(), QString::fromLocal8Bit(entry->pw_name));
    }

    void switchEmitsAndRecords()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        std::vector<catalog::AuditEvent> recorded;
        session.setAuditSink([&](catalog::AuditEvent event) { recorded.push_back(std::move(event)); });
        QSignalSpy changed(&session, &app::UserSession::userChanged);

        QVERIFY(!session.switchUser(QStringLiteral("  bob  ")));
        QCOMPARE(session.userName(), QStringLiteral("bob"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("alice"));
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("bob"));
        QCOMPARE(recorded.size(), std::size_t(1));
        QCOMPARE(recorded[0].action, catalog::AuditAction::UserSwitched);
        QCOMPARE(recorded[0].user, QStringLiteral("bob"));
        QVERIFY2(recorded[0].detail.contains(QStringLiteral("alice")), qPrintable(recorded[0].detail));
        QVERIFY(recorded[0].studyUid.isEmpty());

        // The same name again: nothing happens.
        QVERIFY(!session.switchUser(QStringLiteral("bob")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(recorded.size(), std::size_t(1));

        // Other events take the current user when they name none.
        catalog::AuditEvent opened;
        opened.action = catalog::AuditAction::StudyOpened;
        opened.studyUid = QStringLiteral("1.2.3");
        session.record(opened);
        QCOMPARE(recorded.size(), std::size_t(2));
        QCOMPARE(recorded[1].user, QStringLiteral("bob"));
        QCOMPARE(recorded[1].studyUid, QStringLiteral("1.2.3"));
    }

    void refusedNamesChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks") << QStringLiteral("   \t ");
        QTest::newRow("newline") << QStringLiteral("eve\nSessionUnlocked");
        QTest::newRow("escape") << QStringLiteral("eve\x1b[31m");
        QTest::newRow("nul") << QString(QStringLiteral("eve")).append(QChar(0)).append(QLatin1Char('x'));
        QTest::newRow("too long") << QString(app::UserSession::kMaximumNameLength + 1, QLatin1Char('a'));
    }

    void refusedNamesChangeNothing()
    {
        QFETCH(QString, name);
        app::UserSession session(QStringLiteral("alice"), nullptr);
        int recorded = 0;
        session.setAuditSink([&](catalog::AuditEvent) { ++recorded; });
        QSignalSpy changed(&session, &app::UserSession::userChanged);
        const std::optional<QString> problem = session.switchUser(name);
        QVERIFY(problem.has_value());
        QVERIFY(!problem->isEmpty());
        QCOMPARE(session.userName(), QStringLiteral("alice"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(recorded, 0);
    }

    void dialogRefusesWhatTheSessionRefuses()
    {
        app::SwitchUserDialog dialog(QStringLiteral("alice"), QStringLiteral("login"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = dialog.findChild<QPushButton*>();
        QPushButton* switchButton = nullptr;
        for (auto* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().contains(QStringLiteral("Switch")))
                switchButton = button;
        }
        QVERIFY(ok && switchButton);
        QVERIFY(switchButton->isEnabled());
        QVERIFY(dialog.problemText().isEmpty());
        dialog.nameField()->clear();
        QVERIFY(!switchButton->isEnabled());
        QVERIFY(!dialog.problemText().isEmpty());
        QTest::keyClicks(dialog.nameField(), QStringLiteral(" carol "));
        QVERIFY(switchButton->isEnabled());
        QCOMPARE(dialog.userName(), QStringLiteral("carol"));
        QTest::keyClick(dialog.nameField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void worklistFollowsTheSession()
    {
        app::UserSession session(QStringLiteral("alice"), nullptr);
        int recorded = 0;
        session.setAuditSink([&](catalog::AuditEvent) { ++recorded; });
        app::RadiologyWorklistView view;
        view.setUserSession(&session);
        QCOMPARE(view.userName(), QStringLiteral("alice"));
        QVERIFY(!session.switchUser(QStringLiteral("bob")));
        QCOMPARE(view.userName(), QStringLiteral("bob"));

        // The worklist's own "Switch user…" goes through the session (and so into the audit trail).
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QPushButton* switchButton = nullptr;
        for (auto* button : view.findChildren<QPushButton*>()) {
            if (button->text().startsWith(QStringLiteral("Switch user")))
                switchButton = button;
        }
        QVERIFY(switchButton);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<app::SwitchUserDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<app::SwitchUserDialog*>(QApplication::activeModalWidget());
            dialog->setUserName(QStringLiteral("dave"));
            dialog->accept();
            answered = true;
        });
        switchButton->click();
        QVERIFY(answered);
        QCOMPARE(session.userName(), QStringLiteral("dave"));
        QCOMPARE(view.userName(), QStringLiteral("dave"));
        QCOMPARE(recorded, 2);
    }
};

QTEST_MAIN(UserSessionTest)
#include "UserSessionTest.moc"
