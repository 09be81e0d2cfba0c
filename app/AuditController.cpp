#include "AuditController.h"

#include "audit/AuditTrail.h"
#include "catalog/Catalog.h"
#include "catalog/StoreJanitor.h"
#include "worklist/WorklistModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QThread>

#include <thread>

namespace continuum::app {

AuditController::AuditController(QObject* parent)
    : QObject(parent)
    , m_user(worklist::WorklistModel::defaultUserName())
{
}

AuditController::~AuditController() = default;

void AuditController::setCatalog(std::shared_ptr<catalog::Catalog> catalog)
{
    if (catalog == m_catalog)
        return;
    m_trail.reset();   // hands over what the previous catalog's trail still had queued
    m_catalog = std::move(catalog);
    if (!m_catalog)
        return;
    m_trail = std::make_unique<audit::AuditTrail>(*m_catalog);
    m_trail->setSyslogTarget(m_syslogTarget);
    if (!m_started) {
        m_started = true;
        recordSession(catalog::AuditAction::ApplicationStarted);
    }
}

void AuditController::setSyslogTarget(const QString& target)
{
    m_syslogTarget = target;
    if (m_trail)
        m_trail->setSyslogTarget(target);
}

void AuditController::recordStudy(catalog::AuditAction action, const QString& studyInstanceUid, bool succeeded,
                                  const QString& remoteNode, const QString& detail)
{
    if (!m_catalog)
        return;
    catalog::AuditEvent event;
    event.action = action;
    event.outcome = succeeded ? catalog::AuditOutcome::Success : catalog::AuditOutcome::MinorFailure;
    event.studyUid = studyInstanceUid;
    event.remoteNode = remoteNode;
    event.detail = detail;
    catalog::StudyFilter filter;
    filter.studyInstanceUid = studyInstanceUid;
    if (const auto rows = m_catalog->studies(filter); !rows.empty()) {
        event.patientId = rows.front().patientId;
        event.patientName = rows.front().patientName;
    }
    record(std::move(event));
}

void AuditController::recordSession(catalog::AuditAction action, const QString& detail)
{
    catalog::AuditEvent event;
    event.action = action;
    event.detail = detail;
    record(std::move(event));
}

void AuditController::record(catalog::AuditEvent event)
{
    if (!m_trail)
        return;
    if (event.user.isEmpty())
        event.user = m_user;
    if (const auto error = m_trail->record(std::move(event)))
        Q_EMIT problem(tr("The audit trail could not record an event: %1").arg(*error));
}

void AuditController::applicationStopping()
{
    if (!m_trail)
        return;
    recordSession(catalog::AuditAction::ApplicationStopped);
    m_trail->flush(std::chrono::milliseconds(3000));
}

void AuditController::pruneStore(const catalog::StoreLimits& limits, const QSet<QString>& openStudyUids)
{
    if (!m_catalog || m_pruning || (limits.maxBytes <= 0 && limits.maxAgeDays <= 0))
        return;
    m_pruning = true;
    // The janitor deletes files and walks the catalog: a worker thread, with its own catalog
    // connection; each eviction is audited through the trail (thread-safe record()).
    std::shared_ptr<catalog::Catalog> catalog = m_catalog;
    audit::AuditTrail* trail = m_trail.get();
    const QString user = m_user;
    QPointer<AuditController> self(this);
    QThread* worker = QThread::create([catalog, trail, user, limits, openStudyUids, self] {
        catalog::StoreJanitor janitor(*catalog);
        janitor.setUser(user);
        if (trail)
            janitor.setAuditRecorder([trail](catalog::AuditEvent event) { return trail->record(std::move(event)); });
        const catalog::StoreJanitor::Report report = janitor.prune(limits, openStudyUids, false);
        const QLocale locale;
        QString summary = report.evicted.empty()
            ? tr("Managed store within its limits (%1).").arg(locale.formattedDataSize(report.bytesAfter))
            : tr("Managed store: %n stud(ies) not used recently removed from this computer (%1 freed); they can be retrieved again.",
                 nullptr, static_cast<int>(report.evicted.size()))
                  .arg(locale.formattedDataSize(report.bytesFreed));
        if (report.stillOverSizeLimit)
            summary += QLatin1Char(' ') + tr("The store is still over its size limit: what remains is unsent work, open, or copied from media.");
        for (const QString& error : report.errors)
            summary += QLatin1Char(' ') + error;
        QMetaObject::invokeMethod(qApp, [self, summary] {
            if (!self)
                return;
            self->m_pruning = false;
            Q_EMIT self->storePruned(summary);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

} // namespace continuum::app
