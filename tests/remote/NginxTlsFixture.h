#pragma once
// Test support: a real nginx (Debian package nginx) as a TLS terminator in front of a local
// HTTP server (Orthanc, whose own HTTPS crashes in Debian 12's build). At start() a test CA
// and a server certificate for the host name "localhost" only are made with the openssl
// command; nginx runs as the current user in the foreground (-g 'daemon off;') with its own
// prefix, configuration, logs and temporary folders, on a free loopback port, and is stopped
// by its PID.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace continuum::testing {

class NginxTlsFixture {
public:
    NginxTlsFixture();
    ~NginxTlsFixture();   // stops nginx and waits for it

    // Empty on success, else why not (with nginx's error log).
    QString start(quint16 upstreamHttpPort);
    void stop();

    quint16 port() const { return m_port; }
    // https://HOST:PORT; the certificate names "localhost" only, so 127.0.0.1 is a wrong name.
    QString url(const QString& host = QStringLiteral("localhost")) const;
    QString caCertificatePath() const;   // PEM of the test CA that signed the server certificate
    qint64 processId() const;
    QString errorLog() const;

private:
    QString run(const QString& program, const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace continuum::testing
