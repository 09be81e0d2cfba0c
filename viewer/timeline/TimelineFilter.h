#pragma once
#include "Department.h"
#include "TimelineTypes.h"

#include <QString>
#include <QStringList>

#include <set>

namespace continuum::timeline {

// What the user chose to see on the timeline: departments switched off and, optionally, one
// modality. A view setting only: hidden studies stay in the model (and in "retrieve all priors").
struct TimelineFilter {
    std::set<Department> hiddenDepartments;
    QString modality;   // empty: every modality

    bool accepts(const TimelineItem& item) const;
    bool isActive() const { return !hiddenDepartments.empty() || !modality.isEmpty(); }
    bool operator==(const TimelineFilter& other) const = default;
};

} // namespace continuum::timeline
