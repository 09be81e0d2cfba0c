#include "SingleInstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace continuum::app {
namespace {
constexpr qint64 kMaxMessageBytes = 64 * 1024;
const QByteArray kAccepted = QByteArrayLiteral("accepted\n");
} // namespace

QString SingleInstanceChannel::serverNameFor(const QString& catalogPath)
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(catalogPath).toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("continuum-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

SingleInstanceChannel::SingleInstanceChannel(QString serverName, QObject* parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
}

SingleInstanceChannel::~SingleInstanceChannel() = default;

bool SingleInstanceChannel::deliver(const QString& serverName, const QByteArray& message, int timeoutMs, QString* error)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        if (error)
            *error = socket.errorString();
        return false;
    }
    QByteArray line = message;
    line.replace('\n', ' ');
    socket.write(line + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        if (error)
            *error = socket.errorString();
        return false;
    }
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            if (error)
                *error = QStringLiteral("the running viewer did not answer");
            return false;
        }
        reply += socket.readAll();
    }
    if (reply != kAccepted) {
        if (error)
            *error = QString::fromUtf8(reply.trimmed());
        return false;
    }
    return true;
}

bool SingleInstanceChannel::listen(QString* error)
{
    // Ask first: with access options set, Qt binds in a private folder and renames the socket
    // into place, which would silently take the name from a running instance.
    {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(500)) {
            if (error)
                *error = QStringLiteral("another viewer is already running on this catalog");
            return false;
        }
    }
    // Nobody answers: whatever socket file is there was left by a crashed instance.
    QLocalServer::removeServer(m_serverName);
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        if (error)
            *error = m_server->errorString();
        m_server.reset();
        return false;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstanceChannel::onNewConnection);
    return true;
}

bool SingleInstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstanceChannel::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->abort();   // not one of ours
                return;
            }
            const QByteArray message = socket->readLine(kMaxMessageBytes).trimmed();
            socket->write(kAccepted);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace continuum::app
