#pragma once
#include "MeasurementReport.h"
#include "StructuredReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Reads a TID 1500 Measurement Report back into a value: the measurement groups of its
// "Imaging Measurements" container (TID 1501), with tracking identifier/UID, finding, finding
// site, time point and TID 300 measurements with their image and region. Volumetric (TID 1411)
// groups are read the same way where they carry the same items.
class MeasurementReportReader {
    Q_DECLARE_TR_FUNCTIONS(MeasurementReportReader)
public:
    static std::optional<MeasurementReport> readFile(const QString& path, QString* error = nullptr);
    static std::optional<MeasurementReport> fromReport(const StructuredReport& report, QString* error = nullptr);
};

} // namespace continuum::documents
