#pragma once
#include "CatalogTypes.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>

#include <QTimer>

class QThread;

#include <chrono>
#include <memory>
#include <vector>

namespace continuum::catalog {

class Catalog;
class CatalogDatabase;
class CatalogServerProbe;

// Tells the thread that created it (the GUI thread: it needs an event loop) what other
// workstations change in a shared catalog, and when the server goes away and comes back.
// Create it with Catalog::createChangeListener(); destroy it before the Catalog.
//
// PostgreSQL: its own connection LISTENs on the catalog's channel; every reading-status,
// priority and annotation change NOTIFYs in its own transaction, so it arrives once committed
// (this workstation's own changes included). A health check every few seconds notices a lost
// server, then tries to reconnect and replays the offline queue. The checks and reconnect
// attempts run on a worker thread (CatalogServerProbe): a server that does not answer costs
// that thread the connect timeout, never the window; only once the server has answered does
// this thread reconnect, resubscribe and replay.
// SQLite: told of the changes made through the same Catalog object.
class CatalogChangeListener : public QObject {
    Q_OBJECT

public:
    ~CatalogChangeListener() override;

    // PostgreSQL: subscribed on its own connection right now.
    bool isListening() const;
    // How often the server is checked. Default 3 s.
    void setHealthCheckInterval(std::chrono::milliseconds interval);
    // Starts a health check now (asynchronous; none when one is already running). Its result
    // may switch Online/Offline, reconnect and replay, and emits the signals below.
    void checkNow();

Q_SIGNALS:
    // kind: "status", "priority" or "annotation"; byUser: who made the change.
    void studyChanged(const QString& studyInstanceUid, const QString& kind, const QString& byUser);
    // The shared catalog's server was lost (online false, message in words) or is back.
    void connectionStateChanged(bool online, const QString& message);
    // Changes made while offline were replayed: each Applied, or Conflict naming who won.
    void queuedChangesReplayed(const std::vector<continuum::catalog::ReplayedChange>& changes);
    // Notifications may have been missed (the server was away): reload what is shown.
    void resynchronizationNeeded();

private:
    friend class Catalog;
    explicit CatalogChangeListener(Catalog& catalog);
    bool subscribe();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void onProbed(bool reachable, const QString& error);
    void reportState();

    Catalog& m_catalog;
    std::unique_ptr<CatalogDatabase> m_connection;
    QTimer m_healthTimer;
    bool m_online = true;
    // The worker thread and its probe (deleted on that thread when it finishes).
    std::unique_ptr<QThread> m_probeThread;
    CatalogServerProbe* m_probe = nullptr;
    bool m_probeRunning = false;
};

} // namespace continuum::catalog
