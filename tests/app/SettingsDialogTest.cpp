// The settings dialog offscreen, in a scratch HOME and XDG_CONFIG_HOME: each AppSettings page
// shows what the settings file holds and stores what the user chose (read back from the file);
// an invalid catalog location is refused with a message and nothing is stored; a stored catalog
// URL keeps no password; the protocol folders reach ProtocolLibrary::defaultFolders(); a theme
// changes the application palette at once and Cancel undoes it; every control of the pages is
// reached with Tab and has an accessible name; `continuum --reset-settings` (the real binary)
// removes the stored keys and says so. With CONTINUUM_SETTINGS_SCREENSHOTS=DIR each page is
// also written there as PNG (light and dark) for a look on screen.
#include "AppSettings.h"
#include "CatalogSettingsPage.h"
#include "CineSettingsPage.h"
#include "LanguageSettingsPage.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "ProtocolSettingsPage.h"
#include "SettingsDialog.h"
#include "ThemeManager.h"
#include "ThemeSettingsPage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <set>

using namespace continuum;

namespace {

// What the settings file holds, read afresh (not through AppSettings).
QVariant stored(const char* key)
{
    const QSettings file(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("continuum"), QStringLiteral("continuum"));
    return file.value(QString::fromLatin1(key));
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

class SettingsDialogTest : public QObject {
    Q_OBJECT
public:
    explicit SettingsDialogTest(QString home) : m_home(std::move(home)) {}

private:
    QString m_home;
    QString nodesFile() const { return QDir(m_home).filePath(QStringLiteral("config/continuum/nodes.json")); }

private Q_SLOTS:
    void init()
    {
        app::AppSettings::resetAll();
        app::ThemeManager::apply(app::Theme::System);
    }

    void settingsLiveInTheScratchHome()
    {
        QVERIFY2(app::AppSettings().fileName().startsWith(m_home), qPrintable(app::AppSettings().fileName()));
    }

    void catalogPageLoadsAndSaves()
    {
        app::AppSettings settings;
        QVERIFY(!settings.setCatalogLocation(QStringLiteral("/srv/continuum/catalog.sqlite")));
        settings.sync();
        app::CatalogSettingsPage page;
        page.load(app::AppSettings());
        QCOMPARE(page.locationText(), QStringLiteral("/srv/continuum/catalog.sqlite"));
        QVERIFY(page.problem().isEmpty());

        page.setLocationText(QStringLiteral("postgresql://reader:s3cr3t-word@db.example.org:5433/continuum?sslmode=require"));
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        QVERIFY2(page.feedbackText().contains(QLatin1String("db.example.org")) && page.feedbackText().contains(QLatin1String("5433")),
                 qPrintable(page.feedbackText()));
        QVERIFY(page.feedbackText().contains(QLatin1String("password")));
        app::AppSettings writer;
        QCOMPARE(page.save(writer), std::nullopt);
        writer.sync();
        const QString location = stored(app::AppSettings::kCatalogLocationKey).toString();
        QVERIFY2(location.startsWith(QLatin1String("postgresql://reader@db.example.org:5433/continuum")), qPrintable(location));
        QVERIFY(location.contains(QLatin1String("sslmode=require")));
        QFile file(writer.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cr3t-word"), "the catalog password reached the settings file");

        page.setLocationText(QString());   // empty: back to the default catalog
        QCOMPARE(page.save(writer), std::nullopt);
        writer.sync();
        QVERIFY(!stored(app::AppSettings::kCatalogLocationKey).isValid());
    }

    void invalidCatalogLocationIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://reader@db.example.org:99999/continuum");
        QTest::newRow("no database") << QStringLiteral("postgresql://reader@db.example.org:5432/");
        QTest::newRow("other scheme") << QStringLiteral("mysql://reader@db.example.org/continuum");
        QTest::newRow("relative file") << QStringLiteral("catalog.sqlite");
    }

    void invalidCatalogLocationIsRefused()
    {
        QFETCH(QString, text);
        app::AppSettings settings;
        QVERIFY(!settings.setCatalogLocation(QStringLiteral("/srv/continuum/catalog.sqlite")));
        settings.sync();
        app::SettingsDialog dialog(nodesFile());
        dialog.pages()->setCurrentIndex(0);
        dialog.catalogPage()->setLocationText(text);
        // As typed: the page says what is wrong at once.
        QVERIFY(!dialog.catalogPage()->problem().isEmpty());
        QVERIFY2(dialog.catalogPage()->feedbackText().startsWith(QLatin1String("Not valid")), qPrintable(dialog.catalogPage()->feedbackText()));
        const std::optional<QString> error = dialog.applySettings();
        QVERIFY(error);
        QVERIFY2(error->startsWith(QLatin1String("Catalog location:")), qPrintable(*error));
        QCOMPARE(dialog.statusText(), *error);
        QCOMPARE(dialog.pages()->currentWidget(), static_cast<QWidget*>(dialog.catalogPage()));
        QCOMPARE(stored(app::AppSettings::kCatalogLocationKey).toString(), QStringLiteral("/srv/continuum/catalog.sqlite"));
        // OK does not close the dialog on a refused value.
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void languagePageLoadsAndSaves()
    {
        app::AppSettings settings;
        QVERIFY(!settings.setLanguage(QStringLiteral("de")));
        QVERIFY(settings.setLanguage(QStringLiteral("xx")));   // not offered: refused
        settings.sync();
        app::LanguageSettingsPage page;
        page.load(app::AppSettings());
        QCOMPARE(page.chosenLanguage(), QStringLiteral("de"));
        page.chooseLanguage(QStringLiteral("es"));
        app::AppSettings writer;
        QCOMPARE(page.save(writer), std::nullopt);
        writer.sync();
        QCOMPARE(stored(app::AppSettings::kLanguageKey).toString(), QStringLiteral("es"));
        page.chooseLanguage(QString());
        QCOMPARE(page.save(writer), std::nullopt);
        writer.sync();
        QVERIFY(!stored(app::AppSettings::kLanguageKey).isValid());
    }

    void themeChangesThePaletteAtOnce()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        app::ThemeSettingsPage page;
        page.load(app::AppSettings());
        QCOMPARE(page.chosenTheme(), app::Theme::System);
        page.chooseTheme(app::Theme::DarkReadingRoom);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(QStringLiteral("#202124")));
        QVERIFY(!qApp->styleSheet().isEmpty());
        page.chooseTheme(app::Theme::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(Qt::yellow));
        // A widget shown now draws with it.
        QLabel label(QStringLiteral("x"));
        QCOMPARE(label.palette().color(QPalette::Window), QColor(Qt::black));
        app::AppSettings writer;
        QCOMPARE(page.save(writer), std::nullopt);
        writer.sync();
        QCOMPARE(stored(app::AppSettings::kThemeKey).toString(), QStringLiteral("high-contrast"));
        page.chooseTheme(app::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QVERIFY(qApp->styleSheet().isEmpty());

        // The dialog: a choice shows at once, Cancel goes back to the stored theme.
        app::SettingsDialog dialog(nodesFile());
        QCOMPARE(dialog.themePage()->chosenTheme(), app::Theme::HighContrast);   // as stored
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        dialog.themePage()->findChild<QRadioButton*>(QStringLiteral("theme-dark-reading-room"))->click();
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(QStringLiteral("#202124")));
        dialog.reject();
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(stored(app::AppSettings::kThemeKey).toString(), QStringLiteral("high-contrast"));
    }

    void protocolFoldersReachTheLibrary()
    {
        QTemporaryDir folders;
        const QString site = folders.filePath(QStringLiteral("site"));
        const QString user = folders.filePath(QStringLiteral("mine"));
        QVERIFY(QDir().mkpath(site));
        app::ProtocolSettingsPage page;
        page.load(app::AppSettings());
        QVERIFY(page.siteFolderText().isEmpty() && page.userFolderText().isEmpty());
        const auto standard = hanging_protocols::ProtocolLibrary::standardFolders();
        QCOMPARE(hanging_protocols::ProtocolLibrary::defaultFolders().site, standard.site);
        page.setFolders(site, user);   // the user's folder may not exist yet
        app::AppSettings writer;
        QCOMPARE(page.save(writer), std::nullopt);
        writer.sync();
        QCOMPARE(stored(app::AppSettings::kSiteProtocolFolderKey).toString(), site);
        QCOMPARE(hanging_protocols::ProtocolLibrary::defaultFolders().site, site);
        QCOMPARE(hanging_protocols::ProtocolLibrary::defaultFolders().user, user);
        app::ProtocolSettingsPage again;
        again.load(app::AppSettings());
        QCOMPARE(again.siteFolderText(), QDir::toNativeSeparators(site));
        QCOMPARE(again.userFolderText(), QDir::toNativeSeparators(user));

        // A relative folder or a file is refused; nothing of the page is stored then.
        QFile file(folders.filePath(QStringLiteral("a-file.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        again.setFolders(file.fileName(), QString());
        std::optional<QString> error = again.save(writer);
        QVERIFY(error && error->contains(QLatin1String("not a folder")));
        again.setFolders(QString(), QStringLiteral("protocols"));
        error = again.save(writer);
        QVERIFY(error && error->contains(QLatin1String("full path")));
        writer.sync();
        QCOMPARE(stored(app::AppSettings::kUserProtocolFolderKey).toString(), user);
    }

    void cineBudgetLoadsAndSaves()
    {
        app::AppSettings settings;
        QCOMPARE(settings.cineCacheBudgetBytes(), std::size_t(256) << 20);
        QVERIFY(!settings.setCineCacheMiB(512));
        QVERIFY(settings.setCineCacheMiB(1));   // below the minimum: refused
        settings.sync();
        app::SettingsDialog dialog(nodesFile());
        QCOMPARE(dialog.cinePage()->budgetMiB(), 512);
        QSignalSpy changed(&dialog, &app::SettingsDialog::cineCacheBudgetChanged);
        dialog.cinePage()->setBudgetMiB(1024);
        QCOMPARE(dialog.applySettings(), std::nullopt);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().value<std::size_t>(), std::size_t(1024) << 20);
        QCOMPARE(stored(app::AppSettings::kCineCacheKey).toInt(), 1024);
        QCOMPARE(app::AppSettings().cineCacheBudgetBytes(), std::size_t(1024) << 20);
    }

    void everyControlIsReachedByKeyboardAndNamed()
    {
        app::SettingsDialog dialog(nodesFile());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTabWidget* pages = dialog.pages();
        for (int index = 1; index < pages->count(); ++index) {
            pages->setCurrentIndex(index);
            QWidget* page = pages->widget(index);
            pages->tabBar()->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(pages->tabBar()));
            std::set<QWidget*> reached;
            for (int step = 0; step < 60; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                // A spin box hands its focus to its line edit (its focus proxy): both count.
                for (QWidget* focused = QApplication::focusWidget(); focused; focused = focused->parentWidget()) {
                    if (focused == QApplication::focusWidget() || focused->focusProxy() == QApplication::focusWidget())
                        reached.insert(focused);
                }
            }
            QCOMPARE(pages->currentIndex(), index);   // Tab stays on the page
            for (QWidget* widget : page->findChildren<QWidget*>()) {
                if (!widget->isVisibleTo(&dialog) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
                    continue;
                if (widget->parentWidget() && qobject_cast<QLineEdit*>(widget->parentWidget()))
                    continue;   // the line edit's own clear button
                if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                    continue;   // a spin box's line edit: the spin box is checked
                auto* radio = qobject_cast<QRadioButton*>(widget);
                if (radio && !radio->isChecked())
                    continue;   // an exclusive group: Tab enters on the checked one, arrows move
                const QString where = QStringLiteral("%1 / %2 %3").arg(pages->tabText(index), QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
                QVERIFY2(reached.count(widget), qPrintable(QStringLiteral("not reached with Tab: ") + where));
                QVERIFY2(!accessibleName(widget).isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + where));
            }
        }
        // The theme group with the arrow keys: the choice follows (and applies).
        pages->setCurrentWidget(dialog.themePage());
        auto* system = dialog.themePage()->findChild<QRadioButton*>(QStringLiteral("theme-system"));
        system->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(system));
        QTest::keyClick(system, Qt::Key_Down);
        QCOMPARE(dialog.themePage()->chosenTheme(), app::Theme::DarkReadingRoom);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(QStringLiteral("#202124")));
        // Ctrl+Tab goes to the next page.
        const int before = pages->currentIndex();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), before + 1);
        dialog.reject();
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CONTINUUM_SETTINGS_SCREENSHOTS");
        app::SettingsDialog dialog(nodesFile());
        dialog.catalogPage()->setLocationText(QStringLiteral("postgresql://reader@db.example.org:99999/continuum"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (app::Theme theme : {app::Theme::System, app::Theme::DarkReadingRoom, app::Theme::HighContrast}) {
            dialog.themePage()->chooseTheme(theme);
            for (int index = 0; index < dialog.pages()->count(); ++index) {
                dialog.pages()->setCurrentIndex(index);
                QCoreApplication::processEvents();
                const QImage image = dialog.grab().toImage();
                QVERIFY(!image.isNull());
                if (theme != app::Theme::System) {
                    // The dialog's own background is the theme's window colour.
                    const QColor corner = image.pixelColor(image.width() / 2, image.height() - 2);
                    QCOMPARE(corner, QApplication::palette().color(QPalette::Window));
                }
                if (!folder.isEmpty())
                    QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("settings-%1-%2.png").arg(app::ThemeManager::key(theme)).arg(index)))); 
            }
        }
        dialog.reject();
    }

    void resetSettingsClearsTheStoredKeys()
    {
        app::AppSettings settings;
        QVERIFY(!settings.setLanguage(QStringLiteral("fr")));
        QVERIFY(!settings.setCineCacheMiB(2048));
        settings.setThemeKey(QStringLiteral("dark-reading-room"));
        settings.sync();
        QVERIFY(stored(app::AppSettings::kLanguageKey).isValid());
        QProcess process;
        process.start(QStringLiteral(CONTINUUM_BINARY), {QStringLiteral("--reset-settings")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        QCOMPARE(output.count(QLatin1Char('\n')), 1);
        QVERIFY2(output.contains(QLatin1String("settings reset")) && output.contains(settings.fileName()), qPrintable(output));
        QVERIFY(!stored(app::AppSettings::kLanguageKey).isValid());
        QVERIFY(!stored(app::AppSettings::kCineCacheKey).isValid());
        QVERIFY(!stored(app::AppSettings::kThemeKey).isValid());
        const QSettings file(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("continuum"), QStringLiteral("continuum"));
        QVERIFY2(file.allKeys().isEmpty(), qPrintable(file.allKeys().join(QLatin1Char(' '))));
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
    qunsetenv("CONTINUUM_SITE_PROTOCOLS");
    qunsetenv("CONTINUUM_USER_PROTOCOLS");
    qunsetenv("CONTINUUM_CATALOG");
    QApplication application(argc, argv);
    SettingsDialogTest test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "SettingsDialogTest.moc"
