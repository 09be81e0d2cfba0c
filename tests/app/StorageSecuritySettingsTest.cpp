// The storage and security settings pages (offscreen, scratch HOME): each shows what the settings
// file holds and stores what the user chose (read back from the file, not through AppSettings);
// 0 stores "no limit" / "automatic" / "never" as the absent key; an invalid memory budget or
// syslog target is refused with a reason and nothing of the page is stored; the syslog target is
// checked as it is typed; "Send test message" reaches a UDP socket of the test (and says so when a
// TCP destination refuses); the store page shows the store folder and what it holds. With
// CONTINUUM_SETTINGS_SCREENSHOTS=DIR both pages are written there as PNG.
#include "AppSettings.h"
#include "SecuritySettingsPage.h"
#include "SettingsDialog.h"
#include "StorageSettingsPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QUdpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum;

namespace {

QVariant stored(const char* key)
{
    const QSettings file(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("continuum"), QStringLiteral("continuum"));
    return file.value(QString::fromLatin1(key));
}

} // namespace

class StorageSecuritySettingsTest : public QObject {
    Q_OBJECT
public:
    explicit StorageSecuritySettingsTest(QString home) : m_home(std::move(home)) {}

private:
    QString m_home;

private Q_SLOTS:
    void init() { app::AppSettings::resetAll(); }

    void defaults()
    {
        const app::AppSettings settings;
        QCOMPARE(settings.idleLockMinutes(), 15);
        QCOMPARE(settings.syslogTarget(), QString());
        QCOMPARE(settings.storeMaxSizeGiB(), 0.0);
        QCOMPARE(settings.storeMaxAgeDays(), 0);
        QCOMPARE(settings.memoryBudgetMiB(), 0);
        QVERIFY(app::AppSettings::automaticMemoryBudgetMiB() > 0);
        QCOMPARE(app::AppSettings::automaticMemoryBudgetMiB(), int(app::AppSettings::physicalMemoryMiB() / 4));
    }

    void storagePageLoadsAndSaves()
    {
        {
            app::AppSettings settings;
            QVERIFY(!settings.setStoreMaxSizeGiB(250.5));
            QVERIFY(!settings.setStoreMaxAgeDays(90));
            QVERIFY(!settings.setMemoryBudgetMiB(8192));
        }
        app::StorageSettingsPage page;
        page.load(app::AppSettings());
        QCOMPARE(page.maxSizeGiB(), 250.5);
        QCOMPARE(page.maxAgeDays(), 90);
        QCOMPARE(page.memoryBudgetMiB(), 8192);

        page.setMaxSizeGiB(40);
        page.setMaxAgeDays(30);
        page.setMemoryBudgetMiB(0);
        app::AppSettings settings;
        QVERIFY(!page.save(settings));
        settings.sync();
        QCOMPARE(stored(app::AppSettings::kStoreMaxSizeKey).toDouble(), 40.0);
        QCOMPARE(stored(app::AppSettings::kStoreMaxAgeKey).toInt(), 30);
        QVERIFY(!stored(app::AppSettings::kMemoryBudgetKey).isValid());   // automatic

        page.setMaxSizeGiB(0);
        page.setMaxAgeDays(0);
        QVERIFY(!page.save(settings));
        settings.sync();
        QVERIFY(!stored(app::AppSettings::kStoreMaxSizeKey).isValid());
        QVERIFY(!stored(app::AppSettings::kStoreMaxAgeKey).isValid());
    }

    void tooSmallMemoryBudgetIsRefused()
    {
        app::StorageSettingsPage page;
        page.load(app::AppSettings());
        page.setMaxAgeDays(12);
        page.setMemoryBudgetMiB(100);
        app::AppSettings settings;
        const std::optional<QString> error = page.save(settings);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("256")), qPrintable(*error));
        settings.sync();
        QVERIFY(!stored(app::AppSettings::kMemoryBudgetKey).isValid());
        QVERIFY(!stored(app::AppSettings::kStoreMaxAgeKey).isValid());   // nothing of the page
    }

    void storePageShowsTheStore()
    {
        QTemporaryDir store;
        QVERIFY(store.isValid());
        QDir(store.path()).mkpath(QStringLiteral("1.2.3/1.2.3.4"));
        for (int index = 0; index < 3; ++index) {
            QFile file(QDir(store.path()).filePath(QStringLiteral("1.2.3/1.2.3.4/%1.dcm").arg(index)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray(512 * 1024, 'x')) == 512 * 1024);
        }
        const app::StorageSettingsPage::Usage usage = app::StorageSettingsPage::measure(store.path());
        QVERIFY(usage.exists);
        QCOMPARE(usage.files, 3);
        QCOMPARE(usage.bytes, 3 * 512 * 1024);

        app::StorageSettingsPage page;
        QVERIFY2(page.storeFolder().startsWith(m_home), qPrintable(page.storeFolder()));   // the default catalog's store
        page.setStoreFolder(store.path());
        QTRY_VERIFY(!page.isMeasuring());
        QVERIFY2(page.storeUsageText().contains(store.path()), qPrintable(page.storeUsageText()));
        QVERIFY2(page.storeUsageText().contains(QLocale().formattedDataSize(3 * 512 * 1024, 1, QLocale::DataSizeIecFormat)),
                 qPrintable(page.storeUsageText()));
        QVERIFY2(page.storeUsageText().contains(QStringLiteral(" 3 file")), qPrintable(page.storeUsageText()));
        page.setStoreFolder(QDir(store.path()).filePath(QStringLiteral("absent")));
        QTRY_VERIFY(!page.isMeasuring());
        QVERIFY2(page.storeUsageText().contains(QStringLiteral("empty")), qPrintable(page.storeUsageText()));

        // The memory note says what "automatic" is on this computer.
        auto* notes = page.findChild<QLabel*>(QStringLiteral("memoryNotes"));
        QVERIFY(notes);
        QVERIFY2(notes->text().contains(QLocale().toString(app::AppSettings::automaticMemoryBudgetMiB())), qPrintable(notes->text()));
    }

    void securityPageLoadsAndSaves()
    {
        {
            app::AppSettings settings;
            QVERIFY(!settings.setIdleLockMinutes(5));
            QVERIFY(!settings.setSyslogTarget(QStringLiteral("udp://arr.example.org:514")));
        }
        app::SecuritySettingsPage page;
        page.load(app::AppSettings());
        QCOMPARE(page.idleLockMinutes(), 5);
        QCOMPARE(page.syslogTarget(), QStringLiteral("udp://arr.example.org:514"));

        page.setIdleLockMinutes(0);
        page.setSyslogTarget(QStringLiteral(" tcp://10.0.0.7:6514 "));
        app::AppSettings settings;
        QVERIFY(!page.save(settings));
        settings.sync();
        QCOMPARE(stored(app::AppSettings::kIdleLockMinutesKey).toInt(), 0);
        QVERIFY(stored(app::AppSettings::kIdleLockMinutesKey).isValid());   // 0 (never) is not the default
        QCOMPARE(stored(app::AppSettings::kSyslogTargetKey).toString(), QStringLiteral("tcp://10.0.0.7:6514"));
        QCOMPARE(app::AppSettings().idleLockMinutes(), 0);

        page.setIdleLockMinutes(15);
        page.setSyslogTarget(QString());
        QVERIFY(!page.save(settings));
        settings.sync();
        QVERIFY(!stored(app::AppSettings::kIdleLockMinutesKey).isValid());
        QVERIFY(!stored(app::AppSettings::kSyslogTargetKey).isValid());
    }

    void syslogTargetIsValidated_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("valid");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("local") << QStringLiteral("local") << true;
        QTest::newRow("udp") << QStringLiteral("udp://arr.example.org:514") << true;
        QTest::newRow("tcp ip") << QStringLiteral("tcp://192.0.2.10:6514") << true;
        QTest::newRow("ipv6") << QStringLiteral("udp://[2001:db8::1]:514") << true;
        QTest::newRow("no port: 514") << QStringLiteral("udp://arr.example.org") << true;
        QTest::newRow("local socket") << QStringLiteral("local:/run/systemd/journal/syslog") << true;
        QTest::newRow("relative socket") << QStringLiteral("local:dev/log") << false;
        QTest::newRow("port 0") << QStringLiteral("udp://arr.example.org:0") << false;
        QTest::newRow("port too big") << QStringLiteral("tcp://arr.example.org:70000") << false;
        QTest::newRow("other scheme") << QStringLiteral("http://arr.example.org:514") << false;
        QTest::newRow("no scheme") << QStringLiteral("arr.example.org:514") << false;
        QTest::newRow("path") << QStringLiteral("udp://arr.example.org:514/log") << false;
        QTest::newRow("no host") << QStringLiteral("udp://:514") << false;
        QTest::newRow("Local") << QStringLiteral("Local") << false;
    }

    void syslogTargetIsValidated()
    {
        QFETCH(QString, target);
        QFETCH(bool, valid);
        QCOMPARE(!app::AppSettings::syslogTargetProblem(target).has_value(), valid);

        app::SecuritySettingsPage page;
        page.load(app::AppSettings());
        page.setIdleLockMinutes(7);
        auto* field = page.findChild<QLineEdit*>(QStringLiteral("syslogTarget"));
        QVERIFY(field);
        field->clear();
        QTest::keyClicks(field, target);   // checked as it is typed
        QCOMPARE(page.syslogProblem().isEmpty(), valid);
        QCOMPARE(page.syslogFeedbackText().startsWith(QStringLiteral("Not valid")), !valid);
        app::AppSettings settings;
        const std::optional<QString> error = page.save(settings);
        QCOMPARE(!error.has_value(), valid);
        settings.sync();
        QCOMPARE(stored(app::AppSettings::kIdleLockMinutesKey).isValid(), valid);   // nothing stored when refused
        QCOMPARE(stored(app::AppSettings::kSyslogTargetKey).toString(), valid ? target : QString());
    }

    void testMessageReachesTheServer()
    {
        QUdpSocket server;
        QVERIFY(server.bind(QHostAddress::LocalHost, 0));
        app::SecuritySettingsPage page;
        page.setSyslogTarget(QStringLiteral("udp://127.0.0.1:%1").arg(server.localPort()));
        QVERIFY(page.testButton()->isEnabled());
        QSignalSpy finished(&page, &app::SecuritySettingsPage::testFinished);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(page.testResult().startsWith(QStringLiteral("Test message sent")), qPrintable(page.testResult()));
        QVERIFY2(page.syslogFeedbackText() == page.testResult(), qPrintable(page.syslogFeedbackText()));
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingDatagrams(), 20000);
        QByteArray datagram(int(server.pendingDatagramSize()), '\0');
        server.readDatagram(datagram.data(), datagram.size());
        QVERIFY2(datagram.startsWith("<85>1 "), datagram.constData());   // authpriv.notice, RFC 5424
        QVERIFY2(datagram.contains(" continuum ") && datagram.contains(" TEST ") && datagram.contains("Continuum audit test message"), datagram.constData());

        // A TCP destination nobody listens on: said, not hidden.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        page.setSyslogTarget(QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY2(page.testResult().startsWith(QStringLiteral("The test message could not be sent")), qPrintable(page.testResult()));

        // Nothing to test while the destination is empty or refused.
        page.setSyslogTarget(QStringLiteral("http://x:1"));
        QVERIFY(!page.testButton()->isEnabled());
        page.setSyslogTarget(QString());
        QVERIFY(!page.testButton()->isEnabled());
    }

    void dialogHoldsThePagesAndRefusesOnThem()
    {
        app::SettingsDialog dialog(QDir(m_home).filePath(QStringLiteral("config/continuum/nodes.json")));
        QVERIFY(dialog.storagePage() && dialog.securityPage());
        QVERIFY(dialog.pages()->indexOf(dialog.storagePage()) >= 0);
        QVERIFY(dialog.pages()->indexOf(dialog.securityPage()) >= 0);
        dialog.securityPage()->setSyslogTarget(QStringLiteral("udp://arr.example.org:0"));
        QVERIFY(dialog.applySettings());
        QCOMPARE(dialog.pages()->currentWidget(), static_cast<QWidget*>(dialog.securityPage()));
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("Syslog")));
        dialog.securityPage()->setSyslogTarget(QStringLiteral("local"));
        dialog.storagePage()->setMaxAgeDays(60);
        QVERIFY(!dialog.applySettings());
        QCOMPARE(stored(app::AppSettings::kSyslogTargetKey).toString(), QStringLiteral("local"));
        QCOMPARE(stored(app::AppSettings::kStoreMaxAgeKey).toInt(), 60);

        if (const QString folder = qEnvironmentVariable("CONTINUUM_SETTINGS_SCREENSHOTS"); !folder.isEmpty()) {
            dialog.securityPage()->setSyslogTarget(QStringLiteral("udp://arr.example.org:70000"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (QWidget* page : {static_cast<QWidget*>(dialog.storagePage()), static_cast<QWidget*>(dialog.securityPage())}) {
                dialog.pages()->setCurrentWidget(page);
                QTRY_VERIFY(!dialog.storagePage()->isMeasuring());
                QCoreApplication::processEvents();
                QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("settings-%1.png").arg(page->metaObject()->className()).replace(QStringLiteral("::"), QStringLiteral("-")))));
            }
        }
    }
};

int main(int argc, char* argv[])
{
    // A scratch home before anything reads a standard path (QSettings keeps its folders).
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary folder");
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    qunsetenv("CONTINUUM_CATALOG");
    QApplication application(argc, argv);
    StorageSecuritySettingsTest test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "StorageSecuritySettingsTest.moc"
