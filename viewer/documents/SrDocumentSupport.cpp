#include "SrDocumentSupport.h"

#include "DcmtkDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>

namespace continuum::documents::detail {
namespace {
OFString utf8(const QString& s) { return OFString(s.toUtf8().constData()); }
QString tr(const char* text) { return QCoreApplication::translate("continuum::documents::SrDocumentBuilder", text); }
} // namespace

DSRCodedEntryValue srCode(const CodedConcept& c)
{
    return DSRCodedEntryValue(utf8(c.value), utf8(c.scheme), utf8(c.meaning));
}

DSRImageReferenceValue srImageReference(const ImageReference& image)
{
    DSRImageReferenceValue value(utf8(image.sopClassUid), utf8(image.sopInstanceUid));
    for (int frame : image.frames)
        value.getFrameList().addItem(static_cast<Sint32>(frame));
    return value;
}

SrDocumentBuilder::SrDocumentBuilder(DSRDocument& document, const StudyContext& study, const DocumentIdentity& identity)
    : m_document(document), m_study(study), m_identity(identity)
{
    if (m_identity.sopInstanceUid.isEmpty())
        m_identity.sopInstanceUid = newUid();
    if (m_identity.seriesInstanceUid.isEmpty())
        m_identity.seriesInstanceUid = newUid();
    if (!m_identity.contentDateTime.isValid())
        m_identity.contentDateTime = QDateTime::currentDateTime();
    // The setters check values; a value DCMTK refuses shows up in the validity check at write.
    m_document.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    m_document.createNewSeriesInStudy(utf8(study.studyInstanceUid));
    m_document.setPatientName(utf8(study.patientName));
    m_document.setPatientID(utf8(study.patientId));
    if (!study.issuerOfPatientId.isEmpty())
        m_document.setIssuerOfPatientID(utf8(study.issuerOfPatientId));
    m_document.setPatientBirthDate(utf8(dicomDate(study.patientBirthDate)));
    m_document.setPatientSex(utf8(study.patientSex));
    m_document.setStudyDate(utf8(dicomDate(study.studyDate)));
    m_document.setStudyTime(utf8(dicomTime(study.studyTime)));
    m_document.setStudyID(utf8(study.studyId));
    m_document.setAccessionNumber(utf8(study.accessionNumber));
    m_document.setReferringPhysicianName(utf8(study.referringPhysicianName));
    if (!study.studyDescription.isEmpty())
        m_document.setStudyDescription(utf8(study.studyDescription));
    if (!m_identity.seriesDescription.isEmpty())
        m_document.setSeriesDescription(utf8(m_identity.seriesDescription));
    m_document.setManufacturer(utf8(m_identity.manufacturer));
    m_document.setSeriesNumber(utf8(QString::number(m_identity.seriesNumber)));
    m_document.setInstanceNumber(utf8(QString::number(m_identity.instanceNumber)));
    m_document.setContentDate(utf8(dicomDate(m_identity.contentDateTime.date())));
    m_document.setContentTime(utf8(dicomTime(m_identity.contentDateTime.time())));
}

bool SrDocumentBuilder::addEvidence(const ImageReference& image)
{
    const QString studyUid = image.studyInstanceUid.isEmpty() ? m_study.studyInstanceUid : image.studyInstanceUid;
    if (image.seriesInstanceUid.isEmpty() || studyUid.isEmpty())
        return false;
    return m_document.getCurrentRequestedProcedureEvidence()
        .addItem(utf8(studyUid), utf8(image.seriesInstanceUid), utf8(image.sopClassUid), utf8(image.sopInstanceUid))
        .good();
}

std::optional<WrittenDocument> SrDocumentBuilder::write(const QString& path, QString* error)
{
    if (!m_document.isValid()) {
        if (error)
            *error = tr("the document is not valid for its SR IOD (DCMTK's checks)");
        return std::nullopt;
    }
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    OFCondition status = m_document.write(ds);
    if (status.bad()) {
        if (error)
            *error = tr("cannot encode the document: %1").arg(QString::fromLocal8Bit(status.text()));
        return std::nullopt;
    }
    // DCMTK generates UIDs under its own root; the document gets ours (or the caller's).
    WriteStatus put;
    detail::put(ds, DCM_SeriesInstanceUID, m_identity.seriesInstanceUid, put);
    detail::put(ds, DCM_SOPInstanceUID, m_identity.sopInstanceUid, put);
    if (!put.ok()) {
        if (error)
            *error = put.error();
        return std::nullopt;
    }
    if (!saveFile(file, path, error))
        return std::nullopt;
    return WrittenDocument{path, text(ds, DCM_SOPClassUID), m_identity.sopInstanceUid, m_identity.seriesInstanceUid};
}

} // namespace continuum::documents::detail
