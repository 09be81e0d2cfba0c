#pragma once
#include "MeasurementReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Writes a TID 1500 Measurement Report (Enhanced SR) with DCMTK's cmr: language, observer (the
// person, or this application as device), procedure reported, image library (TID 1600), one
// TID 1501 measurement group per MeasurementGroup with tracking identifier and UID, finding,
// finding site, and TID 300 measurements in UCUM units with their image region (SCOORD, selected
// from the image). DCMTK checks the template and the IOD before anything is written.
class MeasurementReportWriter {
    Q_DECLARE_TR_FUNCTIONS(MeasurementReportWriter)
public:
    // Groups without a tracking UID get a new one; the report as written (with those UIDs) is
    // returned through `written` when given.
    static std::optional<WrittenDocument> writeFile(const MeasurementReport& report, const StudyContext& study,
                                                    const DocumentIdentity& identity, const QString& path, QString* error = nullptr,
                                                    MeasurementReport* written = nullptr);
};

} // namespace continuum::documents
