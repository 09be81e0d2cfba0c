#pragma once
#include "DocumentTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Reads what documents need to know about an image they refer to (header only, pixel data is
// not read): patient/study, UIDs, matrix, pixel spacing, rescale and window.
class SourceImageReader {
    Q_DECLARE_TR_FUNCTIONS(SourceImageReader)
public:
    static std::optional<SourceImage> readFile(const QString& path, QString* error = nullptr);
};

} // namespace continuum::documents
