#include "AuditTrail.h"

#include "AtnaMessageBuilder.h"
#include "SyslogSender.h"

#include "catalog/Catalog.h"

#include <QtGlobal>

namespace continuum::audit {

AuditTrail::AuditTrail(catalog::Catalog& catalog)
    : m_catalog(catalog)
    , m_builder(std::make_unique<AtnaMessageBuilder>(AuditSource::local(catalog.workstationId())))
    , m_thread([this](std::stop_token stop) { run(stop); })
{
}

AuditTrail::~AuditTrail()
{
    flush(std::chrono::milliseconds(3 * m_timeout.count()));
    m_thread.request_stop();
    m_wake.notify_all();
}

void AuditTrail::setSyslogTarget(const QString& target)
{
    QString error;
    const auto parsed = SyslogTarget::parse(target, &error);
    const std::lock_guard lock(m_mutex);
    m_target = parsed ? parsed->toString() : QString();
    m_errorReported = false;
    m_error = parsed ? std::nullopt : std::optional<QString>(error);
    if (m_error) {
        qWarning("continuum: audit syslog off: %s", qPrintable(*m_error));
        m_errorReported = true;
    }
}

QString AuditTrail::syslogTarget() const
{
    const std::lock_guard lock(m_mutex);
    return m_target;
}

void AuditTrail::setSendTimeout(std::chrono::milliseconds timeout)
{
    const std::lock_guard lock(m_mutex);
    m_timeout = timeout;
}

std::optional<QString> AuditTrail::record(catalog::AuditEvent event)
{
    event = m_catalog.completeAuditEvent(std::move(event));
    auto failure = m_catalog.recordAudit(event);
    const std::lock_guard lock(m_mutex);
    if (m_target.isEmpty())
        return failure;
    // The repository hears of the event even when the catalog failed to keep it.
    const int severity = event.outcome == catalog::AuditOutcome::Success ? SyslogSender::kSeverityNotice : SyslogSender::kSeverityWarning;
    const AuditSource& source = m_builder->source();
    Message message{SyslogSender::frame(m_builder->build(event), severity, event.at, source.hostName, source.applicationName, source.processId),
                    m_target};
    if (m_queue.size() >= kQueueLimit) {
        m_queue.pop_front();
        ++m_dropped;
    }
    m_queue.push_back(std::move(message));
    m_wake.notify_all();
    return failure;
}

void AuditTrail::run(std::stop_token stop)
{
    std::unique_ptr<SyslogSender> sender;
    for (;;) {
        Message message;
        std::chrono::milliseconds timeout;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, stop, [this] { return !m_queue.empty(); });
            if (m_queue.empty())
                return;   // stop requested with nothing left
            message = std::move(m_queue.front());
            m_queue.pop_front();
            m_sending = true;
            timeout = m_timeout;
        }
        if (!sender || sender->target().toString() != message.target) {
            const auto target = SyslogTarget::parse(message.target);
            sender = target ? std::make_unique<SyslogSender>(*target, timeout) : nullptr;
        }
        const auto problem = sender ? sender->send(message.frame) : std::optional<QString>(QStringLiteral("no syslog target"));
        const std::lock_guard lock(m_mutex);
        m_sending = false;
        if (problem) {
            ++m_dropped;
            if (!m_errorReported) {
                // Once per outage: a desk without its repository must not flood its own log.
                qWarning("continuum: audit messages cannot reach %s: %s", qPrintable(message.target), qPrintable(*problem));
                m_error = *problem;
                m_errorReported = true;
            }
        } else {
            ++m_sent;
            m_error.reset();
            m_errorReported = false;
        }
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

std::optional<QString> AuditTrail::syslogError() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

int AuditTrail::sentCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_sent;
}

int AuditTrail::droppedCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

bool AuditTrail::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return m_queue.empty() && !m_sending; });
}

} // namespace continuum::audit
