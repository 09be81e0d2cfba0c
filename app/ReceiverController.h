#pragma once
#include "remote/RemoteNode.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <set>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class IncomingStudiesReceiver;

// Keeps the always-on DICOM receiver in step with our own AE in the nodes file ("local":
// "receive": true): starts it, restarts it when the AE title, port, callers or TLS change,
// stops it when receiving is switched off, and says in words what it is doing.
class ReceiverController : public QObject {
    Q_OBJECT
public:
    explicit ReceiverController(std::shared_ptr<catalog::Catalog> catalog, QObject* parent = nullptr);
    ~ReceiverController() override;   // stops the receiver

    // Reads the nodes file again; a file that does not load leaves the receiver stopped (the
    // PACS panel says what is wrong with it).
    void configure(const QString& nodesFile);
    void configure(const remote::LocalNode& local);
    void stop();

    bool isReceiving() const;
    // "Receiving as AE on port N", a reason it is not, or empty when receiving is off.
    QString statusText() const { return m_status; }
    bool hasProblem() const { return m_problem; }

    // How long a push must have been quiet before its series count as complete (tests).
    void setQuietPeriod(std::chrono::milliseconds period) { m_quietPeriod = period; }

Q_SIGNALS:
    void statusChanged(const QString& text, bool problem);
    // A study gained series (GUI thread): lists showing the catalog refresh.
    void studyArrived(qint64 studyId);
    // A push went quiet: the studies it brought, by Study Instance UID (for the audit trail).
    void pushSettled(const QStringList& studyInstanceUids);

private:
    void setStatus(const QString& text, bool problem);
    void onSettled();

    std::shared_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<IncomingStudiesReceiver> m_receiver;
    remote::LocalNode m_local;
    std::chrono::milliseconds m_quietPeriod{5000};
    std::set<qint64> m_studiesOfPush;   // since the last quiet period
    QString m_status;
    bool m_problem = false;
};

} // namespace continuum::app
