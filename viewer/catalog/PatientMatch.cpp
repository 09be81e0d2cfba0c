#include "PatientMatch.h"

namespace continuum::catalog {

StudyFilter PatientMatch::filter() const
{
    StudyFilter filter;
    filter.patientId = patientId;
    filter.patientIdExact = true;
    filter.issuerOfPatientId = issuerOfPatientId;
    return filter;
}

bool PatientMatch::matches(const StudyRow& study) const
{
    if (study.patientId != patientId || study.issuerOfPatientId != issuerOfPatientId)
        return false;
    if (!patientId.isEmpty())
        return true;
    return study.patientName == name && study.patientBirthDate == birthDate;
}

} // namespace continuum::catalog
