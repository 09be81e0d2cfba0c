#include "PatientContextController.h"

#include "ArchiveStudySource.h"
#include "LaunchTargetResolver.h"
#include "RemoteArchive.h"
#include "StudyRetrieveQueue.h"
#include "TimelineWidget.h"

#include "catalog/Catalog.h"
#include "remote/NodeDirectory.h"
#include "timeline/DepartmentMapping.h"
#include "timeline/TimelineModel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <iterator>
#include <utility>

namespace continuum::app {

PatientContextController::PatientContextController(TimelineWidget* timeline, QString nodesFile, StudyOpener opener, QObject* parent)
    : QObject(parent), m_timeline(timeline), m_nodesFile(std::move(nodesFile)), m_openStudy(std::move(opener))
{
}

PatientContextController::~PatientContextController()
{
    if (m_retrieveQueue) {
        m_retrieveQueue->disconnect(this);
        m_retrieveQueue.reset();   // cancels and joins a running retrieve
    }
}

void PatientContextController::setCatalog(std::shared_ptr<catalog::Catalog> catalog)
{
    m_catalog = std::move(catalog);
}

void PatientContextController::invalidatePendingAnswers()
{
    ++m_generation;
}

void PatientContextController::clearPatient()
{
    if (!m_launchInProgress)
        m_timeline->setModel({});
}

void PatientContextController::showPatient(const timeline::PatientIdentity& patient, const QString& currentStudyUid)
{
    Q_EMIT patientShown(patient);
    timeline::TimelineModel model(patient, timeline::DepartmentMapping::bundled());
    if (m_catalog) {
        if (const auto error = model.loadLocal(*m_catalog))
            Q_EMIT statusMessage(tr("The timeline cannot read the catalog: %1").arg(*error));
    }
    // Retrieves outlive a rebuilt model: their state is kept here.
    for (const QString& uid : m_retrievingStudies)
        model.setRetrieving(uid, true);
    for (const QString& uid : m_interruptedStudies)
        model.setRetrieveInterrupted(uid, true);
    m_timeline->setModel(std::move(model));
    m_timeline->fitToStudies();
    if (!currentStudyUid.isEmpty())
        m_timeline->setSelectedStudies({currentStudyUid});

    // The same patient's studies on the configured archives, asked on a worker thread; merged
    // when they answer if the patient is still on screen.
    remote::NodeDirectory nodes;
    if (nodes.load(m_nodesFile) || nodes.nodes().empty()) {
        // No archives configured (the PACS tab says what is wrong with the file).
        if (m_launchInProgress)
            continueLaunch(true);
        return;
    }
    using Answer = std::pair<std::vector<timeline::RemoteStudySummary>, QStringList>;
    auto* watcher = new QFutureWatcher<Answer>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, generation, currentStudyUid] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const auto& [studies, errors] = watcher->result();
        timeline::TimelineModel merged = m_timeline->model();
        merged.mergeRemote(studies);
        m_timeline->setModel(std::move(merged));
        m_timeline->fitToStudies();
        if (!currentStudyUid.isEmpty())
            m_timeline->setSelectedStudies({currentStudyUid});
        for (const QString& error : errors)
            Q_EMIT problemReported(tr("Timeline: %1").arg(error));
        if (m_launchInProgress && m_openWhenRetrieved.isEmpty() && !m_retrievedStudyOpened)
            continueLaunch(true);
    });
    watcher->setFuture(QtConcurrent::run([nodes, patient]() -> Answer {
        Answer answer;
        for (const remote::RemoteNode& node : nodes.nodes()) {
            if (node.modalityWorklist)
                continue;   // a RIS's worklist holds scheduled procedures, not the patient's images
            QString error;
            auto archive = RemoteArchive::create(node, nodes.local(), &error);
            if (!archive) {
                answer.second << error;
                continue;
            }
            ArchiveStudySource source(std::move(archive));
            timeline::RemoteQueryResult result = source.studiesOfPatient(patient);
            if (result.error)
                answer.second << QStringLiteral("%1: %2").arg(node.name, *result.error);
            std::move(result.studies.begin(), result.studies.end(), std::back_inserter(answer.first));
        }
        return answer;
    }));
}

void PatientContextController::launch(const LaunchContext& context)
{
    m_retrievedStudyOpened = false;
    m_openWhenRetrieved.clear();
    m_launchInProgress.reset();
    m_timeline->setModel({});
    if (!m_catalog) {
        reportLaunch(false, tr("The patient cannot be opened: no study catalog is open."));
        return;
    }
    catalog::StudyFilter sameId;
    sameId.patientId = context.patientId;
    const LaunchTarget patient = LaunchTargetResolver::resolvePatient(context, m_catalog->studies(sameId));
    if (patient.kind == LaunchTarget::Kind::Ambiguous) {
        reportLaunch(false, patient.message);
        return;
    }
    m_launchInProgress = context;
    Q_EMIT statusMessage(tr("Opening patient %1...").arg(context.patientId));
    showPatient(patient.patient, {});
    if (m_launchInProgress && !m_retrievedStudyOpened && m_openWhenRetrieved.isEmpty())
        continueLaunch(false);
}

void PatientContextController::continueLaunch(bool archivesAsked)
{
    if (!m_launchInProgress)
        return;
    const LaunchContext context = *m_launchInProgress;
    const LaunchTarget target = LaunchTargetResolver::resolveStudy(context, m_timeline->model(), archivesAsked);
    switch (target.kind) {
    case LaunchTarget::Kind::AskArchives:
        Q_EMIT statusMessage(tr("Asking the PACS for patient %1...").arg(context.patientId));
        return;   // the timeline's PACS answer calls back
    case LaunchTarget::Kind::Local:
        m_launchInProgress.reset();
        if (m_openStudy(target.catalogStudyId, target.studyInstanceUid))
            reportLaunch(true, tr("Patient %1: study opened.").arg(context.patientId));
        else
            reportLaunch(false, tr("Patient %1: the study is catalogued but none of its files can be opened.").arg(context.patientId));
        return;
    case LaunchTarget::Kind::Remote:
        m_openWhenRetrieved = target.studyInstanceUid;
        m_timeline->setSelectedStudies({target.studyInstanceUid});
        retrieveStudies({target.studyInstanceUid});
        Q_EMIT statusMessage(tr("Patient %1: retrieving the study from %2...").arg(context.patientId, target.nodeName));
        return;
    case LaunchTarget::Kind::NotFound:
    case LaunchTarget::Kind::Ambiguous:
        m_launchInProgress.reset();
        reportLaunch(false, target.message);
        return;
    }
}

void PatientContextController::reportLaunch(bool opened, const QString& message)
{
    Q_EMIT launchHandled(opened, message);
}

void PatientContextController::openTimelineStudy(const QString& studyInstanceUid)
{
    const timeline::TimelineItem* item = m_timeline->model().item(studyInstanceUid);
    if (!item || !m_catalog)
        return;
    if (item->local) {
        m_openStudy(item->catalogStudyId, studyInstanceUid);
        return;
    }
    // Only the PACS has it: retrieve, and open it as soon as its first series has arrived.
    m_openWhenRetrieved = studyInstanceUid;
    m_retrievedStudyOpened = false;
    retrieveStudies({studyInstanceUid});
}

void PatientContextController::retrieveAndOpen(const QString& studyInstanceUid, const QString& nodeName)
{
    ensureRetrieveQueue();
    if (!m_retrieveQueue) {
        Q_EMIT statusMessage(tr("No study catalog is open: nothing can be retrieved."));
        return;
    }
    m_openWhenRetrieved = studyInstanceUid;
    m_retrievedStudyOpened = false;
    m_retrieveQueue->enqueue(studyInstanceUid, nodeName);
    Q_EMIT statusMessage(tr("Retrieving the study from %1...").arg(nodeName));
}

void PatientContextController::retrieveStudies(const QStringList& studyInstanceUids)
{
    ensureRetrieveQueue();
    if (!m_retrieveQueue) {
        Q_EMIT statusMessage(tr("No study catalog is open: nothing can be retrieved."));
        return;
    }
    for (const QString& uid : studyInstanceUids) {
        const timeline::TimelineItem* item = m_timeline->model().item(uid);
        if (!item || item->pacsNodes.isEmpty())
            continue;
        m_retrieveQueue->enqueue(uid, item->pacsNodes.front());
    }
}

void PatientContextController::showRetrieveState(const QString& studyInstanceUid)
{
    timeline::TimelineModel model = m_timeline->model();
    model.setRetrieving(studyInstanceUid, m_retrievingStudies.count(studyInstanceUid) > 0);
    if (m_interruptedStudies.count(studyInstanceUid) > 0)
        model.setRetrieveInterrupted(studyInstanceUid, true);
    m_timeline->setModel(std::move(model));
}

void PatientContextController::reloadLocalStudies()
{
    timeline::TimelineModel model = m_timeline->model();
    if (m_catalog)
        model.loadLocal(*m_catalog);
    m_timeline->setModel(std::move(model));
}

void PatientContextController::ensureRetrieveQueue()
{
    if (m_retrieveQueue || !m_catalog)
        return;
    m_retrieveQueue = std::make_unique<StudyRetrieveQueue>(m_catalog, m_nodesFile);
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::studyStarted, this, [this](const QString& uid) {
        m_retrievingStudies.insert(uid);
        m_interruptedStudies.erase(uid);
        showRetrieveState(uid);
    });
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::progressed, this, [this](const QString&, int completed, int remaining, int failed) {
        Q_EMIT retrieveProgressText(failed > 0 ? tr("Retrieving: %1 received, %2 to go, %3 failed").arg(completed).arg(remaining).arg(failed)
                                               : tr("Retrieving: %1 received, %2 to go").arg(completed).arg(remaining));
    });
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::seriesAvailable, this, [this](const QString& uid, qint64 studyId, qint64) {
        // The study asked for is shown as soon as its first series is here; the rest follows.
        if (uid == m_openWhenRetrieved && !m_retrievedStudyOpened) {
            m_retrievedStudyOpened = true;
            if (m_openStudy(studyId, uid))
                reportLaunch(true, tr("The study is shown while the rest of it arrives."));
        }
    });
    connect(m_retrieveQueue.get(), &StudyRetrieveQueue::studyFinished, this, [this](const QString& uid, bool ok, const QString& message, qint64 studyId) {
        m_retrievingStudies.erase(uid);
        if (!ok)
            m_interruptedStudies.insert(uid);
        Q_EMIT retrieveProgressText({});
        Q_EMIT statusMessage(ok ? tr("Study retrieved.") : tr("The retrieve stopped: %1").arg(message));
        if (!ok)
            Q_EMIT problemReported(tr("Retrieve: %1").arg(message));
        const bool askedToOpen = uid == m_openWhenRetrieved;
        if (askedToOpen) {
            m_openWhenRetrieved.clear();
            m_launchInProgress.reset();
        }
        if (askedToOpen && studyId != 0 && (ok || !m_retrievedStudyOpened)) {
            // Re-open with every series now here (or whatever did arrive).
            m_retrievedStudyOpened = true;
            m_openStudy(studyId, uid);
            if (!ok)
                reportLaunch(false, tr("The retrieve stopped: %1").arg(message));
        } else if (askedToOpen && studyId == 0) {
            reportLaunch(false, tr("The study could not be retrieved: %1").arg(message));
        } else {
            // A prior arrived: the timeline shows it as local.
            reloadLocalStudies();
            showRetrieveState(uid);
        }
        Q_EMIT studyRetrieveFinished(uid, ok);
    });
}

} // namespace continuum::app
