#pragma once
#include <QObject>
#include <QString>

#include <memory>

namespace continuum::catalog {

class Catalog;
class CatalogDatabase;

// Asks the shared catalog's server whether it answers, on the thread it lives on (a worker of
// CatalogChangeListener): a server that does not answer costs that thread the connect timeout,
// never the window. It keeps one connection while the server answers, so a health check is one
// `SELECT 1`, and opens a fresh one after a failure.
class CatalogServerProbe : public QObject {
    Q_OBJECT

public:
    explicit CatalogServerProbe(const Catalog& catalog);
    ~CatalogServerProbe() override;

    // Runs the check now, on the calling thread, and emits probed().
    void probe();
    // Closes the connection on the thread that opened it (QtSql connections belong to one thread).
    void closeConnection();

Q_SIGNALS:
    // reachable false: `error` says why, in the driver's words.
    void probed(bool reachable, const QString& error);

private:
    const Catalog& m_catalog;
    std::unique_ptr<CatalogDatabase> m_connection;
};

} // namespace continuum::catalog
