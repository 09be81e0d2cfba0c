#pragma once
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace continuum::testing {

// A throwaway PostgreSQL server for tests and benchmarks: Debian's initdb/postgres
// (/usr/lib/postgresql/15/bin) with its own data directory in a temporary folder, listening on
// 127.0.0.1 only, on a free port, with password (SCRAM) authentication. PostgreSQL refuses to
// run as root: when the test runs as root (CI), the server runs as the unprivileged user
// `continuum-pgtest`, created with useradd when missing. The destructor stops the server and
// removes its data.
class PostgresServer {
public:
    struct Options {
        // Tests: no fsync (a crashed test server is thrown away anyway). Benchmarks keep the
        // default durability so the figures compare with SQLite's synchronous=NORMAL.
        bool durable = false;
    };

    PostgresServer();
    explicit PostgresServer(Options options);
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Empty when the server runs; otherwise what failed (with the server log's tail).
    QString error() const { return m_error; }
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("continuum"); }
    QString password() const { return m_password; }

    // Creates an empty UTF-8 database (C collation) and returns its postgresql:// URL (without
    // the password). nullopt and `error` on failure.
    std::optional<QString> createDatabase(const QString& name, QString* error = nullptr);
    QString url(const QString& database) const;

    // Stops (fast shutdown: connections are cut, as when a server goes away) and starts again
    // on the same port with the same data.
    bool stop();
    bool start();

    static QString binDirectory();

private:
    bool run(const QStringList& arguments, QString* output = nullptr, int timeoutMs = 120000);
    QString logTail() const;

    Options m_options;
    QTemporaryDir m_root;
    QString m_dataDir;
    QString m_logFile;
    QString m_password;
    QString m_runAs;   // the OS user running the server; empty = this process's user
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace continuum::testing
