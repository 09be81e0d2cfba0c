#include "EncapsulatedDocumentReader.h"

#include "DcmtkDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace continuum::documents {

std::optional<EncapsulatedDocument> EncapsulatedDocumentReader::readFile(const QString& path, QString* error)
{
    using namespace detail;
    DcmFileFormat file;
    if (!loadDataset(path, file, error))
        return std::nullopt;
    DcmItem& ds = *file.getDataset();
    const Uint8* data = nullptr;
    unsigned long length = 0;
    if (ds.findAndGetUint8Array(DCM_EncapsulatedDocument, data, &length).bad() || (!data && length > 0)) {
        if (error)
            *error = tr("%1 has no Encapsulated Document (0042,0011)").arg(path);
        return std::nullopt;
    }
    EncapsulatedDocument doc;
    doc.sopClassUid = text(ds, DCM_SOPClassUID);
    doc.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    doc.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    doc.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    doc.mimeType = text(ds, DCM_MIMETypeOfEncapsulatedDocument);
    doc.title = text(ds, DCM_DocumentTitle);
    if (doc.title.isEmpty())
        if (auto name = codeIn(ds, DCM_ConceptNameCodeSequence))
            doc.title = name->meaning;
    doc.bytes = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    if (const auto declared = number(ds, DCM_EncapsulatedDocumentLength)) {
        doc.declaredLength = static_cast<qint64>(*declared);
        if (*doc.declaredLength > doc.bytes.size()) {
            if (error)
                *error = tr("%1: Encapsulated Document Length is %2 but the document holds %3 bytes")
                             .arg(path)
                             .arg(*doc.declaredLength)
                             .arg(doc.bytes.size());
            return std::nullopt;
        }
        doc.bytes.truncate(static_cast<qsizetype>(*doc.declaredLength));
    } else if (doc.mimeType == QLatin1String("application/pdf") && doc.bytes.endsWith('\0')
               && doc.bytes.left(doc.bytes.size() - 1).trimmed().endsWith("%%EOF")) {
        doc.bytes.chop(1);
    }
    return doc;
}

} // namespace continuum::documents
