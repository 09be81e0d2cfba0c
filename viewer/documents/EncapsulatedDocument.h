#pragma once
#include "DocumentTypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace continuum::documents {

// An Encapsulated Document (PDF, CDA, STL, ...; PS3.3 A.45) as a value.
struct EncapsulatedDocument {
    QString sopClassUid;
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString studyInstanceUid;
    QString mimeType;                    // MIME Type of Encapsulated Document, e.g. "application/pdf"
    QString title;                       // Document Title (0042,0010); else the conceptName name's meaning
    QByteArray bytes;                    // the document exactly, without the DICOM pad byte
    std::optional<qint64> declaredLength;   // Encapsulated Document Length (0042,0015), if present
};

} // namespace continuum::documents
