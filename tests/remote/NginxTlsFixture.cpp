#include "NginxTlsFixture.h"

#include "OrthancFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace continuum::testing {

NginxTlsFixture::NginxTlsFixture() = default;

NginxTlsFixture::~NginxTlsFixture()
{
    stop();
}

QString NginxTlsFixture::url(const QString& host) const
{
    return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
}

QString NginxTlsFixture::caCertificatePath() const
{
    return m_directory ? m_directory->filePath(QStringLiteral("ca.crt")) : QString();
}

qint64 NginxTlsFixture::processId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

QString NginxTlsFixture::errorLog() const
{
    if (!m_directory)
        return {};
    QFile log(m_directory->filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(3000)) : QString();
}

QString NginxTlsFixture::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString NginxTlsFixture::start(quint16 upstreamHttpPort)
{
    stop();
    m_directory = std::make_unique<QTemporaryDir>();
    if (!m_directory->isValid())
        return QStringLiteral("cannot create a temporary folder");
    const QDir dir(m_directory->path());
    for (const char* sub : {"tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"})
        dir.mkpath(QString::fromLatin1(sub));

    // Test CA, then a server certificate it signs, valid for "localhost" only (EC keys: fast).
    QFile extensions(dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(extensions.fileName());
    extensions.write("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    const QStringList steps[] = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
         QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Continuum Test CA"), QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
         QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
    };
    for (const QStringList& step : steps)
        if (QString error = run(QStringLiteral("openssl"), step); !error.isEmpty())
            return error;

    m_port = OrthancFixture::freePort();
    QString userLine;
    if (geteuid() == 0) {
        // As root nginx would hand its workers to "nobody", who cannot read this folder.
        const passwd* user = getpwuid(geteuid());
        const group* grp = getgrgid(getegid());
        userLine = QStringLiteral("user %1 %2;\n").arg(QString::fromLocal8Bit(user ? user->pw_name : "root"), QString::fromLocal8Bit(grp ? grp->gr_name : "root"));
    }
    const QString prefix = m_directory->path();
    const QString config = userLine + QStringLiteral(R"(worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    client_max_body_size 0;
    server {
        listen 127.0.0.1:%2 ssl;
        server_name localhost;
        ssl_certificate %1/server.crt;
        ssl_certificate_key %1/server.key;
        location / {
            proxy_pass http://127.0.0.1:%3;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
            proxy_request_buffering off;
            proxy_read_timeout 300s;
        }
    }
}
)")
                               .arg(prefix)
                               .arg(m_port)
                               .arg(upstreamHttpPort);
    QFile configFile(dir.filePath(QStringLiteral("nginx.conf")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config.toUtf8()) < 0)
        return QStringLiteral("cannot write %1").arg(configFile.fileName());
    configFile.close();

    QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (nginx.isEmpty())
        nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (nginx.isEmpty())
        return QStringLiteral("nginx not found (Debian package nginx)");
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir.filePath(QStringLiteral("nginx.out")));
    m_process->start(nginx, {QStringLiteral("-p"), prefix, QStringLiteral("-c"), configFile.fileName(), QStringLiteral("-e"),
                             dir.filePath(QStringLiteral("error.log")), QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("cannot start nginx: %1").arg(m_process->errorString());
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (probe.waitForConnected(1000))
            return {};
        QThread::msleep(50);
    }
    QString log = errorLog();
    QFile out(dir.filePath(QStringLiteral("nginx.out")));
    if (out.open(QIODevice::ReadOnly))
        log += QString::fromLocal8Bit(out.readAll().right(2000));
    stop();
    return QStringLiteral("nginx did not listen on port %1: %2").arg(m_port).arg(log);
}

void NginxTlsFixture::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();   // SIGTERM to its PID: fast shutdown, workers included
            if (!m_process->waitForFinished(20000)) {
                m_process->kill();
                m_process->waitForFinished(10000);
            }
        }
        m_process.reset();
    }
    m_directory.reset();
}

} // namespace continuum::testing
