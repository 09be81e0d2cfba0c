#pragma once
#include "dicom/SeriesDescriptor.h"

#include "hanging_protocols/MatchResult.h"
#include "hanging_protocols/Protocol.h"
#include "hanging_protocols/ProtocolMatcher.h"
#include "hanging_protocols/ProtocolNavigator.h"
#include "hanging_protocols/StudySet.h"

#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::app {

// One viewport of the stage on screen: what the protocol asks for and the series chosen for it.
struct LayoutViewport {
    int index = 0;                                  // in the stage, 0-based
    hanging_protocols::NormalizedRect rect;         // where it goes, 0..1 of the stage
    hanging_protocols::Viewport definition;         // window, scaling, zoom, cine, display-set selector
    hanging_protocols::ViewportAssignment assignment;
    const dicom::SeriesDescriptor* series = nullptr;   // nullptr: no series matched (empty viewport)
    int priorNumber = 0;                            // 0: the current study; N: the protocol's prior N
    QString studyLabel;                             // "Current — 01/01/2015", "Prior 1 — 30/06/2010"
    QString seriesLabel;                            // "CT 27: Thorax ...", empty when empty

    bool isEmpty() const { return series == nullptr; }
};

// The stage the user is looking at.
struct LayoutStage {
    QString protocolId;
    QString protocolName;
    double score = 0.0;
    int protocolPosition = 0;   // 0 = the best match
    int protocolCount = 0;      // qualified protocols
    int stage = 0;
    int stageCount = 0;
    QString stageName;
    std::vector<LayoutViewport> viewports;
    std::vector<hanging_protocols::SyncGroup> syncGroups;
};

// Binds hanging-protocol matching to what a layout of viewports shows: matches the protocols on
// opened series (the most recent study is current, the same patient's other studies its priors),
// keeps the navigation state (next/previous stage and protocol, ProtocolNavigator) and resolves
// each viewport's assignment to the series descriptor to load. No widgets: the view
// (ProtocolLayoutView) renders stage() and forwards the keys.
class ProtocolLayoutController : public QObject {
    Q_OBJECT
public:
    explicit ProtocolLayoutController(std::vector<hanging_protocols::Protocol> protocols, QObject* parent = nullptr);
    ~ProtocolLayoutController() override;

    // The protocols in effect (bundled, site, user folders); files that fail to load are
    // described in `problems` ("file:line: reason").
    static std::vector<hanging_protocols::Protocol> loadProtocols(QStringList* problems = nullptr);

    // Matches the protocols on these series and shows the first stage of the best. Returns false
    // (and shows nothing) when no protocol qualifies or there are no series.
    bool setSeries(std::vector<dicom::SeriesDescriptor> series);
    // Replaces the protocols (a user saved or edited one) and matches what is open again.
    bool setProtocols(std::vector<hanging_protocols::Protocol> protocols);
    void clear();

    bool hasLayout() const { return m_stage.has_value(); }
    const LayoutStage& stage() const { return *m_stage; }   // precondition: hasLayout()
    const hanging_protocols::StudySet& studies() const { return m_studies; }
    // The result for the protocol shown (its candidate first, then the others in rank order).
    const hanging_protocols::MatchResult& shownResult() const { return m_shown; }
    const hanging_protocols::Protocol* shownProtocol() const;
    // Studies of other patients among the series: not used as priors.
    int otherPatientStudies() const { return m_otherPatientStudies; }

    // One line for a status bar: protocol, score, stage n/m, and why it matched.
    QString statusText() const;
    // The matcher's full account for the protocol shown (every rule, every viewport).
    QString explanation() const { return m_shown.explanation(); }

    // Each returns false (and changes nothing) at the ends; stages and protocols do not wrap.
    bool nextStage();
    bool previousStage();
    bool nextProtocol();
    bool previousProtocol();

    // The date as the locale writes it, with a four-digit year (1923 is not 2023).
    static QString localDate(const QDate& date);

Q_SIGNALS:
    void layoutChanged();

private:
    void showNavigatorPosition();
    const dicom::SeriesDescriptor* descriptorFor(const hanging_protocols::ViewportAssignment& assignment) const;

    hanging_protocols::ProtocolMatcher m_matcher;
    std::vector<dicom::SeriesDescriptor> m_series;
    hanging_protocols::StudySet m_studies;
    std::vector<hanging_protocols::CandidateScore> m_ranked;
    hanging_protocols::ProtocolNavigator m_navigator;
    hanging_protocols::MatchResult m_shown;
    std::optional<LayoutStage> m_stage;
    int m_otherPatientStudies = 0;
};

} // namespace continuum::app
