#include "CatalogChangeListener.h"

#include "Catalog.h"
#include "CatalogDatabase.h"
#include "SqlDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace continuum::catalog {

CatalogChangeListener::CatalogChangeListener(Catalog& catalog)
    : m_catalog(catalog)
{
    m_catalog.registerListener(this);
    m_online = m_catalog.connectionState() == CatalogConnectionState::Online;
    if (m_catalog.isShared()) {
        if (m_online)
            subscribe();
        m_healthTimer.setInterval(3000);   // reconnect attempts are further apart (Catalog::minimumReconnectInterval)
        connect(&m_healthTimer, &QTimer::timeout, this, &CatalogChangeListener::checkNow);
        m_healthTimer.start();
        // Changes queued by an earlier session wait for the first check.
        if (m_catalog.queuedChangeCount() > 0)
            QTimer::singleShot(0, this, &CatalogChangeListener::checkNow);
    }
}

CatalogChangeListener::~CatalogChangeListener()
{
    m_catalog.unregisterListener(this);
    m_connection.reset();
}

bool CatalogChangeListener::isListening() const
{
    return m_connection != nullptr;
}

void CatalogChangeListener::setHealthCheckInterval(std::chrono::milliseconds interval)
{
    m_healthTimer.setInterval(static_cast<int>(interval.count()));
}

bool CatalogChangeListener::subscribe()
{
    m_connection.reset();
    QString error;
    auto connection = m_catalog.openConnection(&error);
    if (!connection)
        return false;
    QSqlDriver* driver = connection->connection().driver();
    if (!driver->subscribeToNotification(SqlDialect::notificationChannel()))
        return false;
    connect(driver, &QSqlDriver::notification, this, &CatalogChangeListener::onNotification);
    m_connection = std::move(connection);
    return true;
}

void CatalogChangeListener::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != SqlDialect::notificationChannel())
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString study = change.value(QLatin1String("study")).toString();
    if (study.isEmpty())
        return;
    Q_EMIT studyChanged(study, change.value(QLatin1String("kind")).toString(), change.value(QLatin1String("by")).toString());
}

void CatalogChangeListener::checkNow()
{
    if (!m_catalog.isShared())
        return;
    std::vector<ReplayedChange> replayed;
    if (m_catalog.connectionState() == CatalogConnectionState::Online) {
        bool alive = m_connection != nullptr;
        if (alive) {
            QSqlQuery ping(m_connection->connection());
            alive = ping.exec(QStringLiteral("SELECT 1"));
            if (!alive)
                m_catalog.goOffline(ping.lastError().text());
        } else {
            alive = subscribe();
            if (!alive)
                m_catalog.goOffline(tr("the change notifications could not be subscribed"));
        }
        if (alive && m_catalog.queuedChangeCount() > 0)
            m_catalog.reconnect(&replayed);
    } else if (m_catalog.reconnect(&replayed, false)) {
        subscribe();
    }
    if (m_catalog.connectionState() != CatalogConnectionState::Online)
        m_connection.reset();   // a connection to a server that went away

    const bool online = m_catalog.connectionState() == CatalogConnectionState::Online;
    if (online != m_online) {
        m_online = online;
        Q_EMIT connectionStateChanged(online, online ? tr("The shared catalog is reachable again.") : m_catalog.connectionMessage());
        if (online)
            Q_EMIT resynchronizationNeeded();
    }
    std::vector<ReplayedChange> unreported = m_catalog.takeUnreportedReplays();
    std::move(unreported.begin(), unreported.end(), std::back_inserter(replayed));
    if (!replayed.empty())
        Q_EMIT queuedChangesReplayed(replayed);
}

} // namespace continuum::catalog
