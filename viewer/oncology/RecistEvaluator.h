#pragma once
#include "LesionTracker.h"
#include "RecistTypes.h"

namespace continuum::oncology {

// RECIST 1.1 (Eisenhauer et al., Eur J Cancer 2009;45:228-247) on a lesion tracker's
// timepoints: the first timepoint is the baseline. Every response carries its reason in words.
class RecistEvaluator {
public:
    // Baseline rules: at most 5 targets and 2 per organ (all lymph nodes count as one organ);
    // a nodal target needs a short axis >= 15 mm at baseline, a non-nodal target a long axis
    // >= 10 mm; non-targets are recorded at baseline; new lesions are not.
    static std::vector<ValidationIssue> validate(const LesionTracker& tracker);
    // Sums, changes from baseline and nadir, target / non-target / overall response per
    // timepoint (Table 1; Table 2 when there are no target lesions). Validation issues are
    // reported with the evaluation; they do not stop it.
    static RecistEvaluation evaluate(const LesionTracker& tracker);

    // The diameter a target contributes: short axis for nodes, long axis otherwise; 0 when
    // absent, 5 mm when too small to measure; nullopt when not evaluable (basis says why).
    static TargetDiameter targetDiameter(const Lesion& lesion, const LesionObservation* observation);
};

} // namespace continuum::oncology
