#pragma once
// Private to continuum_documents: what the SR writers (KOS, TID 1500) share. DCMTK types are only
// forward-declared; the toolkit headers stay in the .cpp files.
#include "DocumentTypes.h"

#include <QString>

#include <optional>

class DSRDocument;
class DSRCodedEntryValue;
class DSRImageReferenceValue;

namespace continuum::documents::detail {

DSRCodedEntryValue srCode(const CodedConcept& code);
DSRImageReferenceValue srImageReference(const ImageReference& image);

// Fills a DSRDocument's patient, study, series and equipment from our values, collects the
// evidence, and writes the file with our own series and SOP instance UIDs.
class SrDocumentBuilder {
public:
    SrDocumentBuilder(DSRDocument& document, const StudyContext& study, const DocumentIdentity& identity);
    bool addEvidence(const ImageReference& image);
    std::optional<WrittenDocument> write(const QString& path, QString* error);

private:
    DSRDocument& m_document;
    StudyContext m_study;
    DocumentIdentity m_identity;
};

} // namespace continuum::documents::detail
