#pragma once
#include "LaunchContext.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <set>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::timeline {
struct PatientIdentity;
}

namespace continuum::app {

class StudyRetrieveQueue;
class TimelineWidget;

// The patient on screen across workspaces: their timeline (catalog studies at once, the
// archives' answer merged when it comes), a launch in context resolved against both, and the
// studies retrieved for them one after the other. Opening a study is the window's business:
// the controller asks through the StudyOpener and reports in words through its signals.
class PatientContextController : public QObject {
    Q_OBJECT
public:
    // Opens a catalogued study in its department's place; false when nothing could be opened.
    using StudyOpener = std::function<bool(qint64 catalogStudyId, const QString& studyInstanceUid)>;

    PatientContextController(TimelineWidget* timeline, QString nodesFile, StudyOpener opener, QObject* parent = nullptr);
    ~PatientContextController() override;

    void setCatalog(std::shared_ptr<catalog::Catalog> catalog);

    // Something else is being opened: answers still on their way belong to the previous patient.
    void invalidatePendingAnswers();
    // Shows this patient's studies on the timeline and asks the configured archives for theirs.
    void showPatient(const timeline::PatientIdentity& patient, const QString& currentStudyUid);
    // Nothing is open: an empty timeline, unless a launch is still resolving.
    void clearPatient();

    // Launch in context with the catalog open (the window has cleared the previous patient).
    // Ends with launchHandled().
    void launch(const LaunchContext& context);
    bool isLaunching() const { return m_launchInProgress.has_value(); }
    // Opens a timeline study: a local one at once, a remote one once its first series arrived.
    void openTimelineStudy(const QString& studyInstanceUid);
    // Retrieves a study from `nodeName` and opens it as soon as its first series arrived.
    void retrieveAndOpen(const QString& studyInstanceUid, const QString& nodeName);
    // Retrieves these timeline studies, one after the other (the timeline shows their state).
    void retrieveStudies(const QStringList& studyInstanceUids);

Q_SIGNALS:
    // The timeline now shows this patient (workspaces follow).
    void patientShown(const timeline::PatientIdentity& patient);
    void statusMessage(const QString& message);
    void problemReported(const QString& message);
    // Progress of the running retrieve in words; empty when none runs.
    void retrieveProgressText(const QString& text);
    void launchHandled(bool opened, const QString& message);
    void studyRetrieveFinished(const QString& studyInstanceUid, bool ok);

private:
    void continueLaunch(bool archivesAsked);
    void reportLaunch(bool opened, const QString& message);
    void ensureRetrieveQueue();
    void showRetrieveState(const QString& studyInstanceUid);
    void reloadLocalStudies();

    TimelineWidget* m_timeline;
    QString m_nodesFile;
    StudyOpener m_openStudy;
    std::shared_ptr<catalog::Catalog> m_catalog;
    quint64 m_generation = 0;                            // bumped by every new open; late answers are dropped
    std::optional<LaunchContext> m_launchInProgress;     // waiting for the PACS answer or a retrieve
    QString m_openWhenRetrieved;                         // study shown as soon as its first series arrives
    bool m_retrievedStudyOpened = false;
    std::unique_ptr<StudyRetrieveQueue> m_retrieveQueue;
    std::set<QString> m_retrievingStudies;
    std::set<QString> m_interruptedStudies;
};

} // namespace continuum::app
