#include "LvFunctionAssessment.h"

#include <QCoreApplication>

namespace continuum::cardiac {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::cardiac::LvFunctionAssessment", text);
}

constexpr LvFunctionAssessment::View kViews[] = {LvFunctionAssessment::View::ApicalFourChamber,
                                                 LvFunctionAssessment::View::ApicalTwoChamber};
constexpr LvFunctionAssessment::Phase kPhases[] = {LvFunctionAssessment::Phase::EndDiastole,
                                                   LvFunctionAssessment::Phase::EndSystole};

} // namespace

void LvFunctionAssessment::setLoop(View view, const QString& label)
{
    slot(view).label = label;
}

void LvFunctionAssessment::setMarks(View view, const EdEsMarks& marks)
{
    slot(view).marks = marks;
}

void LvFunctionAssessment::setContour(View view, Phase phase, std::optional<TracedContour> contour)
{
    (phase == Phase::EndDiastole ? slot(view).endDiastole : slot(view).endSystole) = std::move(contour);
}

const std::optional<LvFunctionAssessment::TracedContour>& LvFunctionAssessment::contour(View view, Phase phase) const
{
    return phase == Phase::EndDiastole ? slot(view).endDiastole : slot(view).endSystole;
}

LvFunctionAssessment::PhaseVolume LvFunctionAssessment::volume(Phase phase) const
{
    PhaseVolume result;
    const auto& four = contour(View::ApicalFourChamber, phase);
    const auto& two = contour(View::ApicalTwoChamber, phase);
    if (four && two) {
        result.ml = LvVolume::biplaneSimpsonMl(four->contour, two->contour);
        result.method = LvVolume::Method::BiplaneSimpson;
    } else if (four || two) {
        result.ml = LvVolume::areaLengthMl((four ? four : two)->contour);
        result.method = LvVolume::Method::AreaLength;
        result.singlePlaneView = four ? View::ApicalFourChamber : View::ApicalTwoChamber;
    }
    return result;
}

LvFunctionAssessment::Summary LvFunctionAssessment::summary() const
{
    Summary s;
    s.endDiastole = volume(Phase::EndDiastole);
    s.endSystole = volume(Phase::EndSystole);
    for (const View view : kViews) {
        const Slot& v = slot(view);
        if (v.label.isEmpty()) {
            s.missing << tr("no %1 loop").arg(viewName(view));
            continue;
        }
        if (v.marks.endDiastoleFrames.empty())
            s.missing << tr("no end-diastolic frame marked in the %1 loop").arg(viewName(view));
        if (v.marks.endSystoleFrames.empty())
            s.missing << tr("no end-systolic frame marked in the %1 loop").arg(viewName(view));
        for (const Phase phase : kPhases)
            if (!contour(view, phase))
                s.missing << tr("%1 contour not traced in the %2 view").arg(phaseName(phase), viewName(view));
    }
    const bool sameMethod = s.endDiastole.method && s.endDiastole.method == s.endSystole.method
                         && s.endDiastole.singlePlaneView == s.endSystole.singlePlaneView;
    if (sameMethod)
        s.ejectionFractionPercent = LvVolume::ejectionFractionPercent(*s.endDiastole.ml, *s.endSystole.ml);
    if (!s.ejectionFractionPercent)
        s.missing << tr("ejection fraction needs end-diastolic and end-systolic volumes by the same method");
    return s;
}

QString LvFunctionAssessment::viewName(View view)
{
    return view == View::ApicalFourChamber ? tr("apical 4-chamber") : tr("apical 2-chamber");
}

QString LvFunctionAssessment::phaseName(Phase phase)
{
    return phase == Phase::EndDiastole ? tr("end-diastolic") : tr("end-systolic");
}

} // namespace continuum::cardiac
