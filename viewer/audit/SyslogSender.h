#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace continuum::audit {

// Where audit messages go (setting audit/syslogTarget).
struct SyslogTarget {
    enum class Kind { Off, Local, Udp, Tcp };
    Kind kind = Kind::Off;
    QString socketPath = QStringLiteral("/dev/log");   // Local
    QString host;                                       // Udp, Tcp
    quint16 port = 514;

    // "" off; "local" (/dev/log) or "local:/path/of/socket"; "udp://host:port" (RFC 5426);
    // "tcp://host:port" (RFC 6587 octet counting). The port defaults to 514.
    static std::optional<SyslogTarget> parse(const QString& text, QString* error = nullptr);
    QString toString() const;
};

// One RFC 5424 syslog message carrying a DICOM audit message (PS3.15 A.6/A.7, IHE ATNA), sent
// over a unix datagram socket, UDP or TCP. Blocking calls bounded by `timeout`: run it off the
// GUI thread (AuditTrail does). Not thread-safe; one sender per thread.
class SyslogSender {
public:
    // Facility 10 (security/authorization, "authpriv"); severity 5 (notice) for successful
    // events, 4 (warning) for failures, as PS3.15 A.7 recommends.
    static constexpr int kFacilityAuthPriv = 10;
    static constexpr int kSeverityWarning = 4;
    static constexpr int kSeverityNotice = 5;
    // The MSGID IHE ATNA (ITI-20) gives messages in the DICOM audit format.
    static constexpr const char* kMessageId = "IHE+RFC-3881";

    explicit SyslogSender(SyslogTarget target, std::chrono::milliseconds timeout = std::chrono::milliseconds(2000));
    ~SyslogSender();
    SyslogSender(const SyslogSender&) = delete;
    SyslogSender& operator=(const SyslogSender&) = delete;

    const SyslogTarget& target() const { return m_target; }
    // Sends one SYSLOG-MSG (as frame() builds it); TCP adds the octet count. Returns the error
    // message on failure; a TCP connection that failed is opened again on the next send.
    std::optional<QString> send(const QByteArray& syslogMessage);

    // <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID - BOM MSG (RFC 5424, no structured data).
    static QByteArray frame(const QByteArray& utf8Message, int severity, const QDateTime& at, const QString& hostName,
                            const QString& appName, const QString& processId, const QString& messageId = QString::fromLatin1(kMessageId));

private:
    std::optional<QString> connectSocket();
    void closeSocket();

    SyslogTarget m_target;
    std::chrono::milliseconds m_timeout;
    int m_fd = -1;
};

} // namespace continuum::audit
