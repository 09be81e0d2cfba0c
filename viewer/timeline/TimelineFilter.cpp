#include "TimelineFilter.h"

namespace continuum::timeline {

bool TimelineFilter::accepts(const TimelineItem& item) const
{
    if (hiddenDepartments.count(item.department) > 0)
        return false;
    return modality.isEmpty() || item.modalities.contains(modality, Qt::CaseInsensitive);
}

} // namespace continuum::timeline
