#include "ReceiverController.h"

#include "IncomingStudiesReceiver.h"

#include "catalog/Catalog.h"
#include "remote/NodeDirectory.h"

#include <QFileInfo>

namespace continuum::app {

ReceiverController::ReceiverController(std::shared_ptr<catalog::Catalog> catalog, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog))
{
}

ReceiverController::~ReceiverController()
{
    m_receiver.reset();
}

bool ReceiverController::isReceiving() const
{
    return m_receiver && m_receiver->isRunning();
}

void ReceiverController::configure(const QString& nodesFile)
{
    remote::NodeDirectory directory;
    if (!QFileInfo::exists(nodesFile) || directory.load(nodesFile)) {
        stop();
        return;
    }
    configure(directory.local());
}

void ReceiverController::configure(const remote::LocalNode& local)
{
    if (!local.receivePushes) {
        stop();
        return;
    }
    if (isReceiving() && local == m_local)
        return;
    stop();
    m_local = local;
    if (m_catalog->isReadOnly()) {
        setStatus(tr("Not receiving studies sent to %1: the catalog is read-only.").arg(local.aeTitle), true);
        return;
    }
    m_receiver = std::make_unique<IncomingStudiesReceiver>(m_catalog, local);
    m_receiver->setQuietPeriod(m_quietPeriod);
    // The receiver signals from its importer thread: queued to this (GUI) thread.
    connect(m_receiver.get(), &IncomingStudiesReceiver::studyReceived, this, [this](qint64 studyId) {
        m_studiesOfPush.insert(studyId);
        Q_EMIT studyArrived(studyId);
    }, Qt::QueuedConnection);
    connect(m_receiver.get(), &IncomingStudiesReceiver::receptionSettled, this, &ReceiverController::onSettled, Qt::QueuedConnection);
    const remote::RemoteStatus started = m_receiver->start();
    if (!started.ok()) {
        m_receiver.reset();
        setStatus(tr("Not receiving studies sent to %1 on port %2: %3").arg(local.aeTitle).arg(local.port).arg(started.message), true);
        return;
    }
    setStatus(local.tls.enabled ? tr("Receiving as %1 on port %2 (DICOM TLS)").arg(local.aeTitle).arg(local.port)
                                : tr("Receiving as %1 on port %2").arg(local.aeTitle).arg(local.port),
              false);
}

void ReceiverController::stop()
{
    if (m_receiver) {
        m_receiver->stop();   // catalogues what has arrived
        m_receiver.reset();
    }
    onSettled();   // what arrived is audited even when the sender had not finished
    setStatus({}, false);
}

void ReceiverController::setStatus(const QString& text, bool problem)
{
    if (text == m_status && problem == m_problem)
        return;
    m_status = text;
    m_problem = problem;
    Q_EMIT statusChanged(text, problem);
}

void ReceiverController::onSettled()
{
    QStringList uids;
    for (const qint64 studyId : m_studiesOfPush)
        if (const std::optional<catalog::StudyRow> study = m_catalog->study(studyId))
            uids << study->studyInstanceUid;
    m_studiesOfPush.clear();
    if (!uids.isEmpty())
        Q_EMIT pushSettled(uids);
}

} // namespace continuum::app
