#include "CatalogTestBackend.h"

#include "catalog/CatalogLocation.h"

#include <QFile>
#include <QRegularExpression>

#include <sys/stat.h>

namespace continuum::testing {

CatalogTestBackend& CatalogTestBackend::instance()
{
    static CatalogTestBackend backend;
    return backend;
}

CatalogTestBackend::CatalogTestBackend()
{
    const QString wanted = qEnvironmentVariable("CONTINUUM_CATALOG_BACKEND");
    if (wanted.isEmpty() || wanted == QLatin1String("sqlite"))
        return;
    if (wanted != QLatin1String("postgresql")) {
        m_error = QStringLiteral("unknown CONTINUUM_CATALOG_BACKEND %1 (sqlite or postgresql)").arg(wanted);
        return;
    }
    m_server = std::make_unique<PostgresServer>();
    if (!m_server->isRunning()) {
        m_error = m_server->error();
        return;
    }
    const QString passFile = m_passFileDir.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(passFile);
        return;
    }
    file.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(m_server->port()).arg(m_server->user(), m_server->password()).toUtf8());
    file.close();
    ::chmod(QFile::encodeName(passFile).constData(), 0600);   // libpq ignores a pgpass others can read
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
}

QString CatalogTestBackend::error() const
{
    return m_error;
}

QString CatalogTestBackend::newLocation(const QTemporaryDir& dir, const QString& name)
{
    if (!m_server)
        return dir.filePath(name);
    QString database = name.toLower();
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_"));
    database = QStringLiteral("catalog_%1_%2").arg(++m_databases).arg(database);
    QString error;
    const auto url = m_server->createDatabase(database, &error);
    return url ? *url : QStringLiteral("postgresql://invalid/could-not-create-%1: %2").arg(database, error);
}

QSqlDatabase CatalogTestBackend::connect(const QString& location, const QString& connectionName) const
{
    const auto parsed = catalog::CatalogLocation::parse(location);
    if (!parsed || !parsed->isPostgreSQL()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed->host());
    db.setPort(parsed->port());
    db.setDatabaseName(parsed->database());
    db.setUserName(parsed->user());
    db.open();
    return db;
}

} // namespace continuum::testing
