#include "SyslogSender.h"

#include <QFile>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace continuum::audit {

namespace {

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// RFC 5424 header fields are printable US-ASCII without spaces, at most `limit` characters;
// "-" stands for an empty one.
QByteArray headerField(const QString& value, int limit)
{
    QByteArray field;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u > 32 && u < 127)
            field += static_cast<char>(u);
        if (field.size() >= limit)
            break;
    }
    return field.isEmpty() ? QByteArray("-") : field;
}

// Waits until `fd` is ready for `events` or the timeout passes.
bool waitFor(int fd, short events, std::chrono::milliseconds timeout)
{
    pollfd entry{fd, events, 0};
    int ready = 0;
    do {
        ready = ::poll(&entry, 1, static_cast<int>(timeout.count()));
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
}

} // namespace

std::optional<SyslogTarget> SyslogTarget::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SyslogTarget target;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return target;
    if (trimmed == QLatin1String("local")) {
        target.kind = Kind::Local;
        return target;
    }
    if (trimmed.startsWith(QLatin1String("local:"))) {
        target.kind = Kind::Local;
        target.socketPath = trimmed.mid(6);
        if (target.socketPath.isEmpty())
            return fail(QStringLiteral("local: needs the path of a socket"));
        return target;
    }
    const QUrl url(trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("%1 is not a syslog target (local, udp://host:port or tcp://host:port)").arg(trimmed));
    if (url.scheme() == QLatin1String("udp"))
        target.kind = Kind::Udp;
    else if (url.scheme() == QLatin1String("tcp"))
        target.kind = Kind::Tcp;
    else
        return fail(QStringLiteral("%1: the syslog transport must be udp or tcp").arg(trimmed));
    target.host = url.host();
    target.port = static_cast<quint16>(url.port(514));
    return target;
}

QString SyslogTarget::toString() const
{
    switch (kind) {
    case Kind::Off: return {};
    case Kind::Local: return socketPath == QLatin1String("/dev/log") ? QStringLiteral("local") : QStringLiteral("local:") + socketPath;
    case Kind::Udp: return QStringLiteral("udp://%1:%2").arg(host).arg(port);
    case Kind::Tcp: return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
    }
    return {};
}

SyslogSender::SyslogSender(SyslogTarget target, std::chrono::milliseconds timeout)
    : m_target(std::move(target))
    , m_timeout(timeout)
{
}

SyslogSender::~SyslogSender()
{
    closeSocket();
}

void SyslogSender::closeSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

QByteArray SyslogSender::frame(const QByteArray& utf8Message, int severity, const QDateTime& at, const QString& hostName,
                               const QString& appName, const QString& processId, const QString& messageId)
{
    QByteArray out;
    out += '<' + QByteArray::number(kFacilityAuthPriv * 8 + severity) + ">1 ";
    out += at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1() + ' ';
    out += headerField(hostName, 255) + ' ';
    out += headerField(appName, 48) + ' ';
    out += headerField(processId, 128) + ' ';
    out += headerField(messageId, 32) + ' ';
    out += "- ";   // no STRUCTURED-DATA
    out += "\xEF\xBB\xBF";   // the BOM says MSG is UTF-8 (RFC 5424 6.4)
    out += utf8Message;
    return out;
}

std::optional<QString> SyslogSender::connectSocket()
{
    if (m_fd >= 0)
        return std::nullopt;
    if (m_target.kind == SyslogTarget::Kind::Local) {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (m_fd < 0)
            return QStringLiteral("cannot create a unix socket: %1").arg(errorText(errno));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(m_target.socketPath);
        if (path.size() >= static_cast<int>(sizeof(address.sun_path))) {
            closeSocket();
            return QStringLiteral("the socket path %1 is too long").arg(m_target.socketPath);
        }
        std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
            const int error = errno;
            closeSocket();
            return QStringLiteral("cannot reach the local syslog %1: %2").arg(m_target.socketPath, errorText(error));
        }
        return std::nullopt;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = m_target.kind == SyslogTarget::Kind::Udp ? SOCK_DGRAM : SOCK_STREAM;
    addrinfo* found = nullptr;
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    if (const int status = ::getaddrinfo(host.constData(), port.constData(), &hints, &found); status != 0)
        return QStringLiteral("cannot resolve the syslog host %1: %2").arg(m_target.host, QString::fromLocal8Bit(::gai_strerror(status)));
    QString lastError;
    for (addrinfo* candidate = found; candidate; candidate = candidate->ai_next) {
        const int fd = ::socket(candidate->ai_family, candidate->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, candidate->ai_protocol);
        if (fd < 0) {
            lastError = errorText(errno);
            continue;
        }
        // UDP: connect() fixes the peer so send() works and ICMP errors reach us.
        int result = ::connect(fd, candidate->ai_addr, candidate->ai_addrlen);
        if (result != 0 && errno == EINPROGRESS) {
            int error = ETIMEDOUT;
            if (waitFor(fd, POLLOUT, m_timeout)) {
                socklen_t length = sizeof(error);
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            }
            result = error == 0 ? 0 : -1;
            errno = error;
        }
        if (result == 0) {
            m_fd = fd;
            break;
        }
        lastError = errorText(errno);
        ::close(fd);
    }
    ::freeaddrinfo(found);
    if (m_fd < 0)
        return QStringLiteral("cannot connect to the syslog server %1: %2").arg(m_target.toString(), lastError);
    return std::nullopt;
}

std::optional<QString> SyslogSender::send(const QByteArray& syslogMessage)
{
    if (m_target.kind == SyslogTarget::Kind::Off)
        return std::nullopt;
    QByteArray data = syslogMessage;
    if (m_target.kind == SyslogTarget::Kind::Tcp)
        data.prepend(QByteArray::number(syslogMessage.size()) + ' ');   // RFC 6587 octet counting
    // One retry: a TCP server may have closed an idle connection since the last message.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto problem = connectSocket())
            return problem;
        qint64 sent = 0;
        int error = 0;
        while (sent < data.size()) {
            const ssize_t put = ::send(m_fd, data.constData() + sent, static_cast<std::size_t>(data.size() - sent), MSG_NOSIGNAL);
            if (put >= 0) {
                sent += put;
                continue;
            }
            if (errno == EINTR)
                continue;
            if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(m_fd, POLLOUT, m_timeout))
                continue;
            error = errno == EAGAIN || errno == EWOULDBLOCK ? ETIMEDOUT : errno;
            break;
        }
        if (error == 0)
            return std::nullopt;
        closeSocket();
        if (m_target.kind != SyslogTarget::Kind::Tcp || sent > 0 || attempt == 1)
            return QStringLiteral("cannot send to the syslog %1: %2").arg(m_target.toString(), errorText(error));
    }
    return std::nullopt;
}

} // namespace continuum::audit
