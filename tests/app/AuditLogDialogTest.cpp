// The audit log dialog (offscreen) over a real temporary SQLite catalog: events recorded through
// Catalog::recordAudit show newest first with the user, the action in words, patient and study;
// the user, action, study/patient and date filters narrow the rows (typing filters as you go);
// Ctrl+F goes to the filter; Copy puts the rows on the clipboard; the CSV export holds every
// row shown, is private to the user and defuses spreadsheet formulas; nothing is editable.
#include "AuditLogDialog.h"
#include "AuditLogModel.h"
#include "catalog/Catalog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum;

namespace {

catalog::AuditEvent makeEvent(const QString& when, const QString& user, catalog::AuditAction action, const QString& studyUid = {},
                          const QString& patientId = {}, const QString& patientName = {})
{
    catalog::AuditEvent result;
    result.at = QDateTime::fromString(when, Qt::ISODate);
    result.user = user;
    result.action = action;
    result.studyUid = studyUid;
    result.patientId = patientId;
    result.patientName = patientName;
    return result;
}

QStringList column(const app::AuditLogModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column)).toString();
    return values;
}

} // namespace

class AuditLogDialogTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_folder;
    catalog::Catalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const std::optional<QString> error = m_catalog.open(m_folder.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        using catalog::AuditAction;
        // Noon UTC: the same calendar day in every time zone from -11 to +11 hours.
        const std::vector<catalog::AuditEvent> events = {
            makeEvent(QStringLiteral("2026-01-10T12:00:00Z"), QStringLiteral("alice"), AuditAction::StudyOpened, QStringLiteral("1.2.3"),
                  QStringLiteral("P1"), QStringLiteral("DOE^JANE")),
            makeEvent(QStringLiteral("2026-01-11T12:00:00Z"), QStringLiteral("bob"), AuditAction::StudyOpened, QStringLiteral("1.2.4"),
                  QStringLiteral("P2"), QStringLiteral("ROE^RICHARD")),
            makeEvent(QStringLiteral("2026-01-12T12:00:00Z"), QStringLiteral("alice"), AuditAction::StudyExported, QStringLiteral("1.2.3"),
                  QStringLiteral("P1"), QStringLiteral("DOE^JANE")),
            makeEvent(QStringLiteral("2026-01-12T12:30:00Z"), QStringLiteral("bob"), AuditAction::UserSwitched),
            makeEvent(QStringLiteral("2026-01-13T12:00:00Z"), QStringLiteral("bob"), AuditAction::SessionLocked),
        };
        for (catalog::AuditEvent entry : events) {
            if (entry.action == AuditAction::StudyExported) {
                entry.remoteNode = QStringLiteral("/media/usb");
                entry.detail = QStringLiteral("=HYPERLINK(\"http://evil\")");
            }
            const std::optional<QString> recordError = m_catalog.recordAudit(entry);
            QVERIFY2(!recordError, qPrintable(recordError.value_or(QString())));
        }
    }

    void showsEveryEventNewestFirst()
    {
        app::AuditLogDialog dialog(m_catalog);
        const app::AuditLogModel& model = *dialog.model();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(column(model, app::AuditLogModel::User),
                 (QStringList{QStringLiteral("bob"), QStringLiteral("bob"), QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("alice")}));
        QCOMPARE(column(model, app::AuditLogModel::Action),
                 (QStringList{QStringLiteral("Session locked"), QStringLiteral("User switched"), QStringLiteral("Study exported"),
                              QStringLiteral("Study opened"), QStringLiteral("Study opened")}));
        QCOMPARE(model.data(model.index(2, app::AuditLogModel::Patient)).toString(), QStringLiteral("DOE JANE (P1)"));
        QCOMPARE(model.data(model.index(2, app::AuditLogModel::Study)).toString(), QStringLiteral("1.2.3"));
        QCOMPARE(model.data(model.index(2, app::AuditLogModel::RemoteNode)).toString(), QStringLiteral("/media/usb"));
        QCOMPARE(model.data(model.index(2, app::AuditLogModel::Outcome)).toString(), QStringLiteral("Success"));
        QCOMPARE(model.data(model.index(2, app::AuditLogModel::Workstation)).toString(), m_catalog.workstationId());
        const QDateTime exported = QDateTime::fromString(QStringLiteral("2026-01-12T12:00:00Z"), Qt::ISODate);
        QCOMPARE(model.data(model.index(2, app::AuditLogModel::When)).toString(), app::AuditLogModel::whenText(exported));
        QVERIFY(model.data(model.index(2, app::AuditLogModel::When)).toString().contains(QLocale().toString(exported.toLocalTime().time(), QStringLiteral("mm:ss"))));
        // Read-only.
        for (int columnIndex = 0; columnIndex < model.columnCount(); ++columnIndex)
            QVERIFY(!(model.flags(model.index(0, columnIndex)) & Qt::ItemIsEditable));
        QCOMPARE(dialog.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("5")));
    }

    void filtersByUserActionSubjectAndDate()
    {
        app::AuditLogDialog dialog(m_catalog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const app::AuditLogModel& model = *dialog.model();
        // The list follows the filter once the pending reload ran.
        const auto rowsWhenSettled = [&dialog, &model] {
            const bool settled = QTest::qWaitFor([&dialog] { return !dialog.isReloadPending(); }, 20000);
            return settled ? model.rowCount() : -1;
        };

        QTest::keyClicks(dialog.userFilter(), QStringLiteral("alice"));
        QCOMPARE(rowsWhenSettled(), 2);
        QCOMPARE(column(model, app::AuditLogModel::User), (QStringList{QStringLiteral("alice"), QStringLiteral("alice")}));

        dialog.actionFilter()->setCurrentIndex(dialog.actionFilter()->findData(int(catalog::AuditAction::StudyOpened)));
        QCOMPARE(rowsWhenSettled(), 1);
        QCOMPARE(model.event(0).studyUid, QStringLiteral("1.2.3"));
        QCOMPARE(model.event(0).patientId, QStringLiteral("P1"));

        dialog.userFilter()->clear();
        QCOMPARE(rowsWhenSettled(), 2);   // both "opened"
        dialog.actionFilter()->setCurrentIndex(0);
        QCOMPARE(rowsWhenSettled(), 5);

        // One field for the study UID or the patient ID.
        QTest::keyClicks(dialog.subjectFilter(), QStringLiteral("P2"));
        QCOMPARE(rowsWhenSettled(), 1);
        QCOMPARE(model.event(0).user, QStringLiteral("bob"));
        dialog.subjectFilter()->setText(QStringLiteral("1.2.3"));
        QCOMPARE(rowsWhenSettled(), 2);
        QCOMPARE(column(model, app::AuditLogModel::Study), (QStringList{QStringLiteral("1.2.3"), QStringLiteral("1.2.3")}));
        dialog.subjectFilter()->clear();

        // The 12th (local day) only.
        dialog.fromFilter()->setDate(QDate(2026, 1, 12));
        dialog.toFilter()->setDate(QDate(2026, 1, 12));
        QCOMPARE(rowsWhenSettled(), 2);
        QCOMPARE(column(model, app::AuditLogModel::Action), (QStringList{QStringLiteral("User switched"), QStringLiteral("Study exported")}));
        dialog.fromFilter()->setDate(dialog.fromFilter()->minimumDate());
        QCOMPARE(rowsWhenSettled(), 4);
    }

    void ctrlFGoesToTheFilter()
    {
        app::AuditLogDialog dialog(m_catalog);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dialog.table()));
        QTest::keyClick(dialog.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dialog.subjectFilter()));
    }

    void copyAndExport()
    {
        app::AuditLogDialog dialog(m_catalog);
        dialog.userFilter()->setText(QStringLiteral("alice"));
        dialog.reload();
        QCOMPARE(dialog.model()->rowCount(), 2);
        dialog.table()->selectRow(1);
        dialog.copyRows();
        const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), 2);   // header and the selected row
        QVERIFY(copied[0].startsWith(QStringLiteral("When\tUser\t")));
        QVERIFY2(copied[1].contains(QStringLiteral("\talice\t")) && copied[1].contains(QStringLiteral("Study opened")), qPrintable(copied[1]));

        const QString path = m_folder.filePath(QStringLiteral("audit.csv"));
        const std::optional<QString> error = dialog.exportCsv(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("time_utc,user,workstation,action,outcome,patient_id,patient_name,study_uid,remote_node,detail"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("2026-01-12T12:00:00Z,alice,")), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QStringLiteral(",StudyExported,Success,P1,DOE^JANE,1.2.3,/media/usb,")), qPrintable(lines[1]));
        // The formula is quoted text, not a formula.
        QVERIFY2(lines[1].endsWith(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil\"\")\"")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral(",StudyOpened,")), qPrintable(lines[2]));
    }

    void screenshot()
    {
        // With CONTINUUM_AUDIT_SCREENSHOT=DIR the dialog is written there for a look.
        app::AuditLogDialog dialog(m_catalog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        // Every column's header is visible within the dialog's width, the last one included.
        const QHeaderView* header = dialog.table()->horizontalHeader();
        QVERIFY(header->sectionViewportPosition(app::AuditLogModel::Detail) < dialog.table()->viewport()->width());
        if (const QString folder = qEnvironmentVariable("CONTINUUM_AUDIT_SCREENSHOT"); !folder.isEmpty())
            QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("audit-log.png"))));
    }
};

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary folder");
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication application(argc, argv);
    AuditLogDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "AuditLogDialogTest.moc"
