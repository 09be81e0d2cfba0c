#pragma once
#include "EdEsMarks.h"
#include "LvContour.h"
#include "LvVolume.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace continuum::cardiac {

// What the LV function panel shows, without widgets: the ED/ES marks of the apical loops, the
// contours traced on those frames, the volumes with the method that made them, the ejection
// fraction, and in plain words what is still missing.
//
// Method per phase: biplane Simpson when both apical views have a contour of that phase, else
// single-plane area-length from the one view that has it (4-chamber first). The ejection fraction
// needs ED and ES volumes by the same method (and, single-plane, from the same view).
class LvFunctionAssessment {
public:
    enum class View { ApicalFourChamber, ApicalTwoChamber };
    using Phase = EdEsMarks::Phase;

    struct TracedContour {
        LvContour contour;
        int frame = -1;
    };
    struct PhaseVolume {
        std::optional<double> ml;
        std::optional<LvVolume::Method> method;
        std::optional<View> singlePlaneView;   // set for area-length
    };
    struct Summary {
        PhaseVolume endDiastole;
        PhaseVolume endSystole;
        std::optional<double> ejectionFractionPercent;
        QStringList missing;   // translated sentences, empty when everything is there
    };

    // The loop shown for a view ("US 3: A4C"); an empty label means no loop for that view.
    void setLoop(View view, const QString& label);
    QString loopLabel(View view) const { return slot(view).label; }
    void setMarks(View view, const EdEsMarks& marks);
    const EdEsMarks& marks(View view) const { return slot(view).marks; }
    void setContour(View view, Phase phase, std::optional<TracedContour> contour);
    const std::optional<TracedContour>& contour(View view, Phase phase) const;

    Summary summary() const;
    static QString viewName(View view);    // "apical 4-chamber" (translated)
    static QString phaseName(Phase phase); // "end diastole" (translated)

private:
    struct Slot {
        QString label;
        EdEsMarks marks;
        std::optional<TracedContour> endDiastole;
        std::optional<TracedContour> endSystole;
    };
    const Slot& slot(View view) const { return m_slots[static_cast<std::size_t>(view)]; }
    Slot& slot(View view) { return m_slots[static_cast<std::size_t>(view)]; }
    PhaseVolume volume(Phase phase) const;

    std::array<Slot, 2> m_slots;
};

} // namespace continuum::cardiac
