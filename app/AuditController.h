#pragma once
#include "catalog/CatalogTypes.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace continuum::audit {
class AuditTrail;
}
namespace continuum::catalog {
class Catalog;
struct StoreLimits;
}

namespace continuum::app {

// The window's audit trail (issue 11): what the user does to studies (opened, exported, sent,
// retrieved, imported), who they are (switch user, lock and unlock) and the application's start
// and stop go into the catalog's append-only audit table and, when a syslog target is set, to
// the audit repository (audit::AuditTrail). It also keeps the managed store within its limits
// (catalog::StoreJanitor) on a worker thread, auditing each eviction.
class AuditController : public QObject {
    Q_OBJECT

public:
    explicit AuditController(QObject* parent = nullptr);
    ~AuditController() override;

    // The catalog of the window (nullptr: nothing is recorded). Records ApplicationStarted the
    // first time a catalog is set.
    void setCatalog(std::shared_ptr<catalog::Catalog> catalog);
    void setUser(const QString& user) { m_user = user; }
    const QString& user() const { return m_user; }
    void setSyslogTarget(const QString& target);

    // A study event: patient identity is looked up in the catalog. `remoteNode`: the AE title,
    // URL or folder involved; `detail`: a short English line (counts, the reason of a failure).
    void recordStudy(catalog::AuditAction action, const QString& studyInstanceUid, bool succeeded = true,
                     const QString& remoteNode = {}, const QString& detail = {});
    // User and session events (switch user, lock, unlock).
    void recordSession(catalog::AuditAction action, const QString& detail = {});
    // Records ApplicationStopped and hands the queued syslog messages over (bounded wait).
    void applicationStopping();

    // Evicts from the managed store what its limits require, on a worker thread; the studies in
    // `openStudyUids` are kept. The outcome arrives as storePruned.
    void pruneStore(const catalog::StoreLimits& limits, const QSet<QString>& openStudyUids);
    // Any event (UserSession's user and session events come this way); the user is filled in
    // when the event names none.
    void record(catalog::AuditEvent event);

Q_SIGNALS:
    // One translated line: what was evicted and freed, or why nothing could be; and problems.
    void storePruned(const QString& summary);
    // The audit event could not be kept (the catalog refused it): shown to the user.
    void problem(const QString& text);

private:
    std::shared_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<audit::AuditTrail> m_trail;
    QString m_user;
    QString m_syslogTarget;
    bool m_started = false;
    bool m_pruning = false;
};

} // namespace continuum::app
