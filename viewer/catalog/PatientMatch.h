#pragma once
#include "CatalogTypes.h"

#include <QDate>
#include <QString>

#include <utility>

namespace continuum::catalog {

// Which catalog studies belong to one patient, for the department workspaces: the same Patient ID
// and issuer, exactly. Studies without a Patient ID cannot be grouped by it (anonymised or
// emergency studies of different people all have none), so there the patient's name and birth
// date must be the same as well.
struct PatientMatch {
    PatientMatch() = default;
    PatientMatch(QString id, QString issuer, QString patientName = {}, QDate patientBirthDate = {})
        : patientId(std::move(id))
        , issuerOfPatientId(std::move(issuer))
        , name(std::move(patientName))
        , birthDate(patientBirthDate)
    {
    }

    QString patientId;
    QString issuerOfPatientId;   // empty = none
    QString name;                // DICOM PN as the catalog stores it; used when patientId is empty
    QDate birthDate;             // invalid = unknown; used when patientId is empty

    // The catalog query for these studies (check each row with matches()).
    StudyFilter filter() const;
    bool matches(const StudyRow& study) const;
};

} // namespace continuum::catalog
