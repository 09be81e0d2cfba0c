#include "CatalogChangeListener.h"

#include "Catalog.h"
#include "CatalogDatabase.h"
#include "CatalogServerProbe.h"
#include "SqlDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace continuum::catalog {

CatalogChangeListener::CatalogChangeListener(Catalog& catalog)
    : m_catalog(catalog)
{
    m_catalog.registerListener(this);
    m_online = m_catalog.connectionState() == CatalogConnectionState::Online;
    if (m_catalog.isShared()) {
        if (m_online)
            subscribe();
        m_probeThread = std::make_unique<QThread>();
        m_probeThread->setObjectName(QStringLiteral("catalog-probe"));
        m_probe = new CatalogServerProbe(m_catalog);
        m_probe->moveToThread(m_probeThread.get());
        connect(m_probeThread.get(), &QThread::finished, m_probe, &QObject::deleteLater);
        connect(m_probe, &CatalogServerProbe::probed, this, &CatalogChangeListener::onProbed);
        m_probeThread->start();

        m_healthTimer.setInterval(3000);
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
    if (m_probeThread) {
        // The probe's connection is closed on its own thread; a check in flight finishes first
        // (at most the connect timeout, at exit only).
        QMetaObject::invokeMethod(m_probe, &CatalogServerProbe::closeConnection, Qt::QueuedConnection);
        m_probeThread->quit();
        m_probeThread->wait();
    }
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
    if (!m_catalog.isShared() || m_probeRunning)
        return;
    m_probeRunning = true;
    QMetaObject::invokeMethod(m_probe, &CatalogServerProbe::probe, Qt::QueuedConnection);
}

void CatalogChangeListener::onProbed(bool reachable, const QString& error)
{
    m_probeRunning = false;
    std::vector<ReplayedChange> replayed;
    if (!reachable) {
        // Queries made meanwhile on this thread may already have noticed; either way the
        // notifications connection is dead.
        m_catalog.goOffline(error);
        m_connection.reset();
    } else if (m_catalog.connectionState() == CatalogConnectionState::Online) {
        if (!m_connection && !subscribe())
            m_catalog.goOffline(tr("the change notifications could not be subscribed"));
        else if (m_catalog.queuedChangeCount() > 0)
            m_catalog.reconnect(&replayed);
    } else if (m_catalog.reconnect(&replayed)) {
        // The server answered the probe a moment ago, so this connect does not wait long.
        subscribe();
    }
    if (m_catalog.connectionState() != CatalogConnectionState::Online)
        m_connection.reset();

    reportState();
    std::vector<ReplayedChange> unreported = m_catalog.takeUnreportedReplays();
    std::move(unreported.begin(), unreported.end(), std::back_inserter(replayed));
    if (!replayed.empty())
        Q_EMIT queuedChangesReplayed(replayed);
}

void CatalogChangeListener::reportState()
{
    const bool online = m_catalog.connectionState() == CatalogConnectionState::Online;
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT connectionStateChanged(online, online ? tr("The shared catalog is reachable again.") : m_catalog.connectionMessage());
    if (online)
        Q_EMIT resynchronizationNeeded();
}

} // namespace continuum::catalog
