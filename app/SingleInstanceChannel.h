#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace continuum::app {

// One viewer window per user and catalog: a later `continuum open ...` hands its request to the
// running window through a local socket instead of starting a second one (two windows on one
// catalog would fight over it, and the EHR expects the viewer it already has to follow).
// Messages are one line; the server answers "accepted" once it has the message.
class SingleInstanceChannel : public QObject {
    Q_OBJECT
public:
    // The socket name for this OS user and catalog file (an absolute path).
    static QString serverNameFor(const QString& catalogPath);

    explicit SingleInstanceChannel(QString serverName, QObject* parent = nullptr);
    ~SingleInstanceChannel() override;

    // Client side: gives `message` to a running instance. False (with the reason) when none
    // answers within the timeout.
    static bool deliver(const QString& serverName, const QByteArray& message, int timeoutMs, QString* error = nullptr);

    // Server side: starts listening; a socket left behind by a crashed instance (nobody answers
    // on it) is replaced. False with the reason when another instance is listening.
    bool listen(QString* error = nullptr);
    bool isListening() const;

Q_SIGNALS:
    void messageReceived(const QByteArray& message);

private:
    void onNewConnection();

    QString m_serverName;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace continuum::app
