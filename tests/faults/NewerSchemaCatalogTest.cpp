// A catalog written by a newer Continuum (its schema_version table names a version beyond the
// latest this build knows). Source data: the shared oncology/two_timepoints_TEST_1 pair, imported
// by reference before the version is raised. Opening it from the API, from the CLI verbs
// (`studies`, `import`, `verify`) and from the window's import path refuses in words naming
// both versions, and the file is byte for byte what it was (SHA-256 before and after), also
// when the newer program left it in rollback-journal mode rather than WAL. The program keeps
// working: a current catalog opens afterwards in the same process.
#include "FaultTestSupport.h"
#include "TestData.h"

#include "catalog/Catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum;
using continuum::testing::sharedDicomPath;
using continuum::testing::runContinuum;
using continuum::testing::sha256;
using continuum::testing::Run;

namespace {

const QString earlierFolder = QStringLiteral("oncology/two_timepoints_TEST_1");

// Runs SQL on the file the way a newer Continuum would have, outside the catalog API.
QString execOn(const QString& path, const QStringList& statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer_writer"));
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString& sql : statements)
                if (error.isEmpty() && !query.exec(sql))
                    error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer_writer"));
    return error;
}

} // namespace

class NewerSchemaCatalogTest : public QObject {
    Q_OBJECT

    int m_latest = 0;

    // A catalog holding the TEST_1 pair, then raised to latest + 1 by `statements`.
    QString makeNewerCatalog(const QString& path, const QStringList& statements)
    {
        {
            catalog::Catalog current;
            if (auto error = current.open(path))
                return *error;
            const auto result = current.importFiles({sharedDicomPath(earlierFolder)});
            if (result.newInstances != 2)
                return QStringLiteral("the TEST_1 pair did not import");
        }
        return execOn(path, statements);
    }

    // Everything a user can do with the file is refused with both versions named; the file and
    // the folder stay as they were.
    void verifyRefusedAndUntouched(const QString& path)
    {
        const QString newer = QString::number(m_latest + 1);
        const QString latest = QString::number(m_latest);
        const QByteArray before = sha256(path);
        QVERIFY(!before.isEmpty());
        const QStringList folderBefore = QFileInfo(path).dir().entryList(QDir::Files);

        catalog::Catalog catalog;
        const auto error = catalog.open(path);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QStringLiteral("newer version")) && error->contains(QStringLiteral("schema version ") + newer)
                     && error->contains(QStringLiteral("up to ") + latest),
                 qPrintable(*error));
        QVERIFY(!catalog.isOpen());
        // A catalog that failed to open refuses work instead of crashing.
        QVERIFY(catalog.studies().empty());
        QVERIFY(catalog.importFiles({sharedDicomPath(earlierFolder)}).failure.has_value());

        for (const QStringList& verb : {QStringList{QStringLiteral("studies")}, QStringList{QStringLiteral("verify")},
                                        QStringList{QStringLiteral("import"), sharedDicomPath(earlierFolder)}}) {
            const Run run = runContinuum(verb + QStringList{QStringLiteral("--catalog"), path});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("schema version ") + newer) && run.err.contains(QStringLiteral("up to ") + latest)
                         && run.err.contains(path),
                     qPrintable(run.err));
        }
        QCOMPARE(sha256(path), before);
        QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files), folderBefore);
    }

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(earlierFolder);
        QTemporaryDir dir;
        catalog::Catalog fresh;
        QCOMPARE(fresh.open(dir.filePath(QStringLiteral("fresh.sqlite"))), std::nullopt);
        m_latest = fresh.schemaVersion();
        QVERIFY(m_latest > 0);
    }

    void newerVersionInTheSchemaTableIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        const QString error = makeNewerCatalog(
            path, {QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 0)").arg(m_latest + 1)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        verifyRefusedAndUntouched(path);
    }

    // A newer program may also have chosen another journal mode: the check must come before
    // this program sets its own.
    void newerVersionInRollbackJournalModeIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        const QString error = makeNewerCatalog(path, {QStringLiteral("PRAGMA journal_mode=DELETE"),
                                                      QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 0)").arg(m_latest + 1)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        verifyRefusedAndUntouched(path);
    }

    void aCurrentCatalogStillOpensAfterwards()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        catalog::Catalog current;
        QCOMPARE(current.open(path), std::nullopt);
        QCOMPARE(current.importFiles({sharedDicomPath(earlierFolder)}).newInstances, 2);
        QCOMPARE(current.studies().size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(NewerSchemaCatalogTest)
#include "NewerSchemaCatalogTest.moc"
