#pragma once
#include "LaunchContext.h"

#include "timeline/TimelineTypes.h"

#include <QString>

#include <vector>

namespace continuum::catalog {
struct StudyRow;
}

namespace continuum::timeline {
class TimelineModel;
}

namespace continuum::app {

// Where a launch in context leads: which patient (ID + issuer) and which of their studies, local
// or on a PACS node, or why there is none. GUI-free so the rules are tested without a window.
struct LaunchTarget {
    enum class Kind {
        Local,         // open catalogStudyId
        Remote,        // retrieve studyInstanceUid from nodeName first
        AskArchives,   // nothing local answers the request: ask the PACS, then resolve again
        NotFound,      // message says what was looked for and where
        Ambiguous,     // the ID exists under several issuers and none was given
    };
    Kind kind = Kind::NotFound;
    timeline::PatientIdentity patient;
    qint64 catalogStudyId = 0;
    QString studyInstanceUid;
    QString nodeName;
    QString message;
};

class LaunchTargetResolver {
public:
    // Step 1: who the patient is, from the request and the patient's catalogued studies (rows of
    // any issuer for that ID). Kind is AskArchives (go on with resolveStudy) or Ambiguous.
    static LaunchTarget resolvePatient(const LaunchContext& context, const std::vector<catalog::StudyRow>& studiesWithThatId);
    // Step 2: the study on the patient's timeline: the one with that UID or accession number
    // (a local copy before a remote one), or without either the newest local study, which opens
    // at once, else the newest on a PACS. `archivesAsked`: the model already holds what
    // the PACS nodes answered (so a study that is nowhere is NotFound rather than AskArchives).
    static LaunchTarget resolveStudy(const LaunchContext& context, const timeline::TimelineModel& model, bool archivesAsked);
};

} // namespace continuum::app
