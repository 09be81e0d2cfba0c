#include "CatalogServerProbe.h"

#include "Catalog.h"
#include "CatalogDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace continuum::catalog {

CatalogServerProbe::CatalogServerProbe(const Catalog& catalog)
    : m_catalog(catalog)
{
}

CatalogServerProbe::~CatalogServerProbe() = default;

void CatalogServerProbe::probe()
{
    QString error;
    if (!m_connection)
        m_connection = m_catalog.openConnection(&error);
    if (m_connection) {
        QSqlQuery ping(m_connection->connection());
        if (ping.exec(QStringLiteral("SELECT 1"))) {
            Q_EMIT probed(true, QString());
            return;
        }
        error = ping.lastError().text();
        m_connection.reset();   // a connection to a server that went away
    }
    Q_EMIT probed(false, error.trimmed());
}

void CatalogServerProbe::closeConnection()
{
    m_connection.reset();
}

} // namespace continuum::catalog
