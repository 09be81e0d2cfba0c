#pragma once
#include "StructuredReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Reads any DICOM SR document (Basic Text, Enhanced, Comprehensive, Comprehensive 3D, Key Object
// Selection, ...) into a tree of content items. The data set is walked directly, so documents
// that break a template's or IOD's constraints (common in the field) still read; only a missing
// content tree is an error.
class StructuredReportReader {
    Q_DECLARE_TR_FUNCTIONS(StructuredReportReader)
public:
    static std::optional<StructuredReport> readFile(const QString& path, QString* error = nullptr);
};

} // namespace continuum::documents
