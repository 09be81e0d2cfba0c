#pragma once
#include "catalog/CatalogTypes.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::audit {

class AtnaMessageBuilder;

// The audit trail: every event goes into the catalog (append-only audit_events) and, when a
// syslog target is configured, also to the audit repository as the DICOM audit message of
// PS3.15 A.5 in an RFC 5424 syslog message (IHE ATNA). Sending runs on the trail's own thread
// with a short timeout, so record() never waits for the network; a transport failure is
// reported once (syslogError(), a qWarning) until a message gets through again.
class AuditTrail {
public:
    explicit AuditTrail(catalog::Catalog& catalog);
    // Sends what is queued (each message bounded by the send timeout), then stops.
    ~AuditTrail();
    AuditTrail(const AuditTrail&) = delete;
    AuditTrail& operator=(const AuditTrail&) = delete;

    // "" off, "local" (/dev/log), "udp://host:port", "tcp://host:port" (see SyslogTarget::parse).
    // An unparsable target turns syslog off and is reported by syslogError().
    void setSyslogTarget(const QString& target);
    QString syslogTarget() const;
    // Records the event in the catalog (Catalog::recordAudit: stamped, append-only; a shared
    // catalog offline spools it locally) and queues its ATNA message. Returns the catalog's
    // error; the syslog's is reported apart (syslogError()).
    std::optional<QString> record(catalog::AuditEvent event);

    // The first syslog failure since messages last got through (English); nullopt when fine.
    std::optional<QString> syslogError() const;
    // Messages sent, and dropped (queue full or transport failure), since construction.
    int sentCount() const;
    int droppedCount() const;
    // Waits until the queue is empty or `timeout` passed; true when everything was handed over.
    bool flush(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
    // Per-message send timeout (default 2 s).
    void setSendTimeout(std::chrono::milliseconds timeout);

    // At most this many messages wait; beyond it the oldest is dropped (the catalog keeps them all).
    static constexpr std::size_t kQueueLimit = 1000;

private:
    struct Message {
        QByteArray frame;
        QString target;
    };
    void run(std::stop_token stop);

    catalog::Catalog& m_catalog;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::condition_variable m_idle;
    std::deque<Message> m_queue;
    bool m_sending = false;
    QString m_target;
    std::optional<QString> m_error;
    bool m_errorReported = false;
    int m_sent = 0;
    int m_dropped = 0;
    std::chrono::milliseconds m_timeout{2000};
    std::unique_ptr<AtnaMessageBuilder> m_builder;
    std::jthread m_thread;   // last: stopped and joined first
};

} // namespace continuum::audit
