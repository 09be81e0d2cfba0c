#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

namespace continuum::testing {

namespace {

constexpr const char* kServerUser = "continuum-pgtest";

// A port nobody listens on right now (the kernel's choice for an ephemeral bind).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// Runs `program arguments` to completion; output merged.
bool runProgram(const QString& program, const QStringList& arguments, QString* output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

QString PostgresServer::binDirectory()
{
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

PostgresServer::PostgresServer()
    : PostgresServer(Options{})
{
}

PostgresServer::PostgresServer(Options options)
    : m_options(options)
    , m_root(QDir::tempPath() + QStringLiteral("/continuum-pg-XXXXXX"))
{
    if (!m_root.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (!QFile::exists(binDirectory() + QStringLiteral("/initdb"))) {
        m_error = QStringLiteral("%1/initdb is missing (Debian package postgresql-15)").arg(binDirectory());
        return;
    }
    m_dataDir = m_root.filePath(QStringLiteral("data"));
    m_logFile = m_root.filePath(QStringLiteral("server.log"));
    m_password = QUuid::createUuid().toString(QUuid::Id128);
    if (::geteuid() == 0) {
        // PostgreSQL refuses to run as root: run it as an unprivileged user of its own.
        if (!::getpwnam(kServerUser)) {
            QString output;
            if (!runProgram(QStringLiteral("useradd"),
                            {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                             QStringLiteral("/usr/sbin/nologin"), QString::fromLatin1(kServerUser)},
                            &output, 30000)
                && !::getpwnam(kServerUser)) {
                m_error = QStringLiteral("cannot create the user %1: %2").arg(QString::fromLatin1(kServerUser), output);
                return;
            }
        }
        const passwd* account = ::getpwnam(kServerUser);
        if (!account) {
            m_error = QStringLiteral("the user %1 does not exist").arg(QString::fromLatin1(kServerUser));
            return;
        }
        m_runAs = QString::fromLatin1(kServerUser);
        if (::chown(QFile::encodeName(m_root.path()).constData(), account->pw_uid, account->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to %2").arg(m_root.path(), m_runAs);
            return;
        }
    }
    const QString passwordFile = m_root.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1").arg(passwordFile);
            return;
        }
        file.write(m_password.toLatin1() + '\n');
    }
    ::chmod(QFile::encodeName(passwordFile).constData(), 0644);   // initdb (as the server user) reads it
    QString output;
    if (!run({binDirectory() + QStringLiteral("/initdb"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), user(),
              QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--encoding=UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-instructions")},
             &output)) {
        m_error = QStringLiteral("initdb failed: %1").arg(output);
        return;
    }
    QFile::remove(passwordFile);
    m_port = freeLoopbackPort();
    if (!start())
        return;
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop();
}

bool PostgresServer::run(const QStringList& arguments, QString* output, int timeoutMs)
{
    if (m_runAs.isEmpty())
        return runProgram(arguments.front(), arguments.mid(1), output, timeoutMs);
    return runProgram(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--")} + arguments, output,
                      timeoutMs);
}

QString PostgresServer::logTail() const
{
    QFile log(m_logFile);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromLocal8Bit(all.right(2000));
}

bool PostgresServer::start()
{
    QStringList settings{QStringLiteral("-p %1").arg(m_port), QStringLiteral("-c listen_addresses=127.0.0.1"),
                         QStringLiteral("-c unix_socket_directories=''"), QStringLiteral("-c max_connections=100")};
    if (!m_options.durable)
        settings << QStringLiteral("-c fsync=off") << QStringLiteral("-c synchronous_commit=off") << QStringLiteral("-c full_page_writes=off");
    QString output;
    if (!run({binDirectory() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_logFile,
              QStringLiteral("-o"), settings.join(QLatin1Char(' ')), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
              QStringLiteral("start")},
             &output)) {
        m_error = QStringLiteral("the server did not start: %1\n%2").arg(output, logTail());
        m_running = false;
        return false;
    }
    m_error.clear();
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    QString output;
    const bool stopped = run({binDirectory() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("stop")},
                             &output);
    if (stopped)
        m_running = false;
    else
        m_error = QStringLiteral("the server did not stop: %1").arg(output);
    return stopped;
}

QString PostgresServer::url(const QString& database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
}

std::optional<QString> PostgresServer::createDatabase(const QString& name, QString* error)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("continuum_pgtest_admin_%1").arg(counter.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(user());
        db.setPassword(m_password);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'").arg(name));
            if (!ok && error)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return std::nullopt;
    return url(name);
}

} // namespace continuum::testing
