#pragma once
#include "EncapsulatedDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Reads the document out of an Encapsulated PDF/CDA/... instance. DICOM pads odd-length values
// to even length: the bytes are cut to Encapsulated Document Length when it is present, else a
// PDF's single trailing NUL pad byte (after %%EOF) is removed.
class EncapsulatedDocumentReader {
    Q_DECLARE_TR_FUNCTIONS(EncapsulatedDocumentReader)
public:
    static constexpr const char* pdfSopClassUid = "1.2.840.10008.5.1.4.1.1.104.1";
    static std::optional<EncapsulatedDocument> readFile(const QString& path, QString* error = nullptr);
};

} // namespace continuum::documents
