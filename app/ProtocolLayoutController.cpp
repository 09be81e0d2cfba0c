#include "ProtocolLayoutController.h"

#include "hanging_protocols/HeaderStudySet.h"
#include "hanging_protocols/ProtocolLibrary.h"

#include <QLocale>

#include <algorithm>

namespace continuum::app {

namespace hp = continuum::hanging_protocols;

ProtocolLayoutController::ProtocolLayoutController(std::vector<hp::Protocol> protocols, QObject* parent)
    : QObject(parent), m_matcher(std::move(protocols))
{
}

ProtocolLayoutController::~ProtocolLayoutController() = default;

std::vector<hp::Protocol> ProtocolLayoutController::loadProtocols(QStringList* problems)
{
    const hp::ProtocolLibrary library(hp::ProtocolLibrary::defaultFolders());
    if (problems) {
        for (const hp::ProtocolProblem& problem : library.problems())
            problems->append(problem.text());
    }
    return library.protocolList();
}

QString ProtocolLayoutController::localDate(const QDate& date)
{
    if (!date.isValid())
        return tr("date unknown");
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

bool ProtocolLayoutController::setProtocols(std::vector<hp::Protocol> protocols)
{
    m_matcher = hp::ProtocolMatcher(std::move(protocols));
    std::vector<dicom::SeriesDescriptor> series = m_series;
    if (series.empty())
        return false;
    return setSeries(std::move(series));
}

void ProtocolLayoutController::clear()
{
    m_series.clear();
    m_studies = hp::StudySet();
    m_ranked.clear();
    m_navigator.reset({});
    m_shown = hp::MatchResult();
    m_stage.reset();
    m_otherPatientStudies = 0;
    Q_EMIT layoutChanged();
}

bool ProtocolLayoutController::setSeries(std::vector<dicom::SeriesDescriptor> series)
{
    clear();
    if (series.empty())
        return false;
    m_series = std::move(series);
    std::vector<dicom::InstanceHeader> headers;
    for (const dicom::SeriesDescriptor& s : m_series)
        headers.insert(headers.end(), s.instances.begin(), s.instances.end());
    std::vector<std::unique_ptr<hp::StudyAttributes>> others;
    m_studies = hp::HeaderStudySet::fromHeaders(std::move(headers), &others);
    m_otherPatientStudies = static_cast<int>(others.size());
    if (m_studies.isEmpty())
        return false;
    m_ranked = m_matcher.rank(m_studies);
    m_navigator.reset(m_ranked);
    if (m_navigator.isEmpty())
        return false;
    showNavigatorPosition();
    return true;
}

const hp::Protocol* ProtocolLayoutController::shownProtocol() const
{
    const hp::CandidateScore* candidate = m_navigator.currentProtocol();
    if (!candidate)
        return nullptr;
    return &m_matcher.protocols()[static_cast<std::size_t>(candidate->protocolIndex)];
}

const dicom::SeriesDescriptor* ProtocolLayoutController::descriptorFor(const hp::ViewportAssignment& assignment) const
{
    if (assignment.isEmpty())
        return nullptr;
    // A series split by image size shares its UID with its other parts: the engine names the
    // part in the description, as SeriesDescriptor::label() does.
    for (const dicom::SeriesDescriptor& s : m_series) {
        if (QString::fromStdString(s.seriesInstanceUid) != assignment.seriesInstanceUid
            || QString::fromStdString(s.first().studyInstanceUid) != assignment.studyInstanceUid)
            continue;
        const QString description =
            s.part > 0 ? QStringLiteral("%1 (part %2)").arg(s.first().seriesDescription).arg(s.part) : s.first().seriesDescription;
        if (description == assignment.seriesDescription)
            return &s;
    }
    return nullptr;
}

void ProtocolLayoutController::showNavigatorPosition()
{
    const hp::CandidateScore* candidate = m_navigator.currentProtocol();
    const hp::Protocol* protocol = shownProtocol();
    if (!candidate || !protocol)
        return;
    // The shown protocol first, so that MatchResult explains it; the others keep rank order.
    m_shown = hp::MatchResult();
    m_shown.candidates.push_back(*candidate);
    for (const hp::CandidateScore& other : m_ranked) {
        if (other.protocolIndex != candidate->protocolIndex)
            m_shown.candidates.push_back(other);
    }
    m_shown.stages = m_matcher.fill(*candidate, m_studies);

    const int stageIndex = m_navigator.stage();
    const hp::Stage& stage = protocol->stages[static_cast<std::size_t>(stageIndex)];
    LayoutStage layout;
    layout.protocolId = candidate->protocolId;
    layout.protocolName = candidate->protocolName;
    layout.score = candidate->score;
    layout.protocolPosition = m_navigator.protocolPosition();
    layout.protocolCount = m_navigator.protocolCount();
    layout.stage = stageIndex;
    layout.stageCount = m_navigator.stageCount();
    layout.stageName = stage.name;
    layout.syncGroups = stage.syncGroups;
    const std::vector<hp::NormalizedRect> rects = stage.viewportRects();
    const std::vector<hp::ViewportAssignment>& assignments = m_shown.stages[static_cast<std::size_t>(stageIndex)];
    for (std::size_t i = 0; i < stage.viewports.size(); ++i) {
        LayoutViewport viewport;
        viewport.index = static_cast<int>(i);
        viewport.rect = i < rects.size() ? rects[i] : hp::NormalizedRect{};
        viewport.definition = stage.viewports[i];
        const auto assigned = std::find_if(assignments.begin(), assignments.end(),
                                           [&](const hp::ViewportAssignment& a) { return a.viewport == static_cast<int>(i); });
        if (assigned != assignments.end())
            viewport.assignment = *assigned;
        viewport.series = descriptorFor(viewport.assignment);

        // Which study: the one the series came from, else the one the selector asked for.
        int studyIndex = -1;
        if (!viewport.assignment.isEmpty()) {
            studyIndex = viewport.assignment.studyIndex;
            const auto prior = std::find(candidate->priorStudies.begin(), candidate->priorStudies.end(), studyIndex);
            viewport.priorNumber = studyIndex == 0 || prior == candidate->priorStudies.end()
                                       ? 0
                                       : static_cast<int>(prior - candidate->priorStudies.begin()) + 1;
        } else {
            viewport.priorNumber = viewport.definition.displaySet.study;
            if (viewport.priorNumber == 0)
                studyIndex = 0;
            else if (viewport.priorNumber <= static_cast<int>(candidate->priorStudies.size()))
                studyIndex = candidate->priorStudies[static_cast<std::size_t>(viewport.priorNumber - 1)];
        }
        const QString date = studyIndex >= 0 && studyIndex < m_studies.studyCount() ? localDate(m_studies.study(studyIndex).studyDate())
                                                                                     : QString();
        const QString role = viewport.priorNumber == 0 ? tr("Current") : tr("Prior %1").arg(viewport.priorNumber);
        viewport.studyLabel = date.isEmpty() ? role : tr("%1 — %2").arg(role, date);
        if (viewport.series)
            viewport.seriesLabel = viewport.series->label();
        layout.viewports.push_back(std::move(viewport));
    }
    m_stage = std::move(layout);
    Q_EMIT layoutChanged();
}

QString ProtocolLayoutController::statusText() const
{
    if (!m_stage)
        return m_series.empty() ? QString() : tr("No hanging protocol matches these studies.");
    const LayoutStage& s = *m_stage;
    QStringList why;
    if (const hp::CandidateScore* candidate = m_navigator.currentProtocol()) {
        for (const hp::RuleOutcome& outcome : candidate->rules) {
            if (outcome.passed && outcome.contributed > 0)
                why << tr("%1: %2 (+%3)").arg(outcome.scope, outcome.rule.describe()).arg(outcome.contributed);
        }
    }
    QString text = tr("%1 (%2), score %3; stage %4/%5 \"%6\"; protocol %7 of %8")
                       .arg(s.protocolName, s.protocolId)
                       .arg(s.score)
                       .arg(s.stage + 1)
                       .arg(s.stageCount)
                       .arg(s.stageName)
                       .arg(s.protocolPosition + 1)
                       .arg(s.protocolCount);
    text += QLatin1String(". ") + (why.isEmpty() ? tr("Matched: no weighted rule, lowest-priority fallback.") : tr("Matched: %1.").arg(why.join(QStringLiteral("; "))));
    return text;
}

bool ProtocolLayoutController::nextStage()
{
    if (!m_navigator.nextStage())
        return false;
    showNavigatorPosition();
    return true;
}

bool ProtocolLayoutController::previousStage()
{
    if (!m_navigator.previousStage())
        return false;
    showNavigatorPosition();
    return true;
}

bool ProtocolLayoutController::nextProtocol()
{
    if (!m_navigator.nextProtocol())
        return false;
    showNavigatorPosition();
    return true;
}

bool ProtocolLayoutController::previousProtocol()
{
    if (!m_navigator.previousProtocol())
        return false;
    showNavigatorPosition();
    return true;
}

} // namespace continuum::app
