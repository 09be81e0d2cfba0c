#include "WorklistTypes.h"

namespace continuum::worklist {

QString ScheduledProcedure::mergeKey() const
{
    if (!studyInstanceUid.isEmpty())
        return studyInstanceUid;
    return QStringLiteral("accession:") + (accessionNumber.isEmpty() ? requestedProcedureId : accessionNumber);
}

StudyPriority priorityFromRequestedProcedurePriority(const QString& value)
{
    const QString term = value.trimmed().toUpper();
    if (term == QLatin1String("STAT"))
        return StudyPriority::Stat;
    if (term == QLatin1String("HIGH"))
        return StudyPriority::Urgent;
    return StudyPriority::Routine;
}

QString WorklistItem::ageText() const
{
    if (!patientBirthDate.isValid())
        return {};
    const QDate at = date.isValid() ? date : QDate::currentDate();
    if (at < patientBirthDate)
        return {};
    int years = at.year() - patientBirthDate.year();
    if (at.month() < patientBirthDate.month() || (at.month() == patientBirthDate.month() && at.day() < patientBirthDate.day()))
        --years;
    if (years >= 2)
        return QStringLiteral("%1Y").arg(years);
    int months = (at.year() - patientBirthDate.year()) * 12 + at.month() - patientBirthDate.month();
    if (at.day() < patientBirthDate.day())
        --months;
    if (months >= 1)
        return QStringLiteral("%1M").arg(months);
    return QStringLiteral("%1D").arg(patientBirthDate.daysTo(at));
}

QDateTime WorklistItem::dateTime() const
{
    if (!date.isValid())
        return {};
    return QDateTime(date, time.isValid() ? time : QTime(0, 0));
}

} // namespace continuum::worklist
