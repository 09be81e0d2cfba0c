#include "DcmtkDocumentSupport.h"

#include "generators/UidFactory.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrda.h>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace continuum::documents::detail {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("continuum::documents", text); }
} // namespace

QString text(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

QString value(DcmItem& item, const DcmTagKey& tag, unsigned long pos)
{
    OFString v;
    if (item.findAndGetOFString(tag, v, pos).bad())
        return {};
    return QString::fromUtf8(v.c_str()).trimmed();
}

std::vector<double> numbers(DcmItem& item, const DcmTagKey& tag)
{
    std::vector<double> out;
    DcmElement* element = nullptr;
    if (item.findAndGetElement(tag, element).bad() || !element)
        return out;
    const unsigned long vm = element->getVM();
    for (unsigned long i = 0; i < vm; ++i) {
        OFCondition status = EC_IllegalCall;
        double v = 0.0;
        switch (element->ident()) {
        case EVR_FL: { Float32 f = 0; status = element->getFloat32(f, i); v = f; break; }
        case EVR_FD: case EVR_DS: { Float64 f = 0; status = element->getFloat64(f, i); v = f; break; }
        case EVR_IS: case EVR_SL: { Sint32 s = 0; status = element->getSint32(s, i); v = s; break; }
        case EVR_SS: { Sint16 s = 0; status = element->getSint16(s, i); v = s; break; }
        case EVR_US: { Uint16 u = 0; status = element->getUint16(u, i); v = u; break; }
        case EVR_UL: { Uint32 u = 0; status = element->getUint32(u, i); v = u; break; }
        default: break;
        }
        if (status.bad())
            break;
        out.push_back(v);
    }
    return out;
}

std::optional<double> number(DcmItem& item, const DcmTagKey& tag)
{
    const auto all = numbers(item, tag);
    if (all.empty())
        return std::nullopt;
    return all.front();
}

std::vector<DcmItem*> items(DcmItem& parent, const DcmTagKey& sequence)
{
    std::vector<DcmItem*> out;
    DcmSequenceOfItems* seq = nullptr;
    if (parent.findAndGetSequence(sequence, seq).bad() || !seq)
        return out;
    for (unsigned long i = 0; i < seq->card(); ++i)
        out.push_back(seq->getItem(i));
    return out;
}

DcmItem* firstItem(DcmItem& parent, const DcmTagKey& sequence)
{
    const auto all = items(parent, sequence);
    return all.empty() ? nullptr : all.front();
}

CodedConcept code(DcmItem& codeItem)
{
    CodedConcept c;
    c.value = text(codeItem, DCM_CodeValue);
    if (c.value.isEmpty())
        c.value = text(codeItem, DCM_LongCodeValue);
    if (c.value.isEmpty())
        c.value = text(codeItem, DCM_URNCodeValue);
    c.scheme = text(codeItem, DCM_CodingSchemeDesignator);
    c.meaning = text(codeItem, DCM_CodeMeaning);
    return c;
}

std::optional<CodedConcept> codeIn(DcmItem& parent, const DcmTagKey& sequence)
{
    DcmItem* item = firstItem(parent, sequence);
    if (!item)
        return std::nullopt;
    return code(*item);
}

ImageReference sopReference(DcmItem& item)
{
    ImageReference r;
    r.sopClassUid = text(item, DCM_ReferencedSOPClassUID);
    r.sopInstanceUid = text(item, DCM_ReferencedSOPInstanceUID);
    for (double f : numbers(item, DCM_ReferencedFrameNumber))
        r.frames.push_back(static_cast<int>(f));
    return r;
}

std::vector<ImageReference> referencedImages(DcmItem& parent, const DcmTagKey& sequence, const QString& seriesUid)
{
    std::vector<ImageReference> out;
    for (DcmItem* item : items(parent, sequence)) {
        ImageReference r = sopReference(*item);
        r.seriesInstanceUid = seriesUid;
        out.push_back(std::move(r));
    }
    return out;
}

StudyContext studyContext(DcmItem& ds)
{
    StudyContext s;
    s.patientName = text(ds, DCM_PatientName);
    s.patientId = text(ds, DCM_PatientID);
    s.issuerOfPatientId = text(ds, DCM_IssuerOfPatientID);
    s.patientBirthDate = parseDate(text(ds, DCM_PatientBirthDate));
    s.patientSex = text(ds, DCM_PatientSex);
    s.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    s.studyDate = parseDate(text(ds, DCM_StudyDate));
    s.studyTime = parseTime(text(ds, DCM_StudyTime));
    s.studyId = text(ds, DCM_StudyID);
    s.accessionNumber = text(ds, DCM_AccessionNumber);
    s.referringPhysicianName = text(ds, DCM_ReferringPhysicianName);
    s.studyDescription = text(ds, DCM_StudyDescription);
    return s;
}

QDate parseDate(const QString& da)
{
    QString digits = da.trimmed();
    digits.remove(QLatin1Char('.'));   // ACR-NEMA style yyyy.mm.dd
    return QDate::fromString(digits.left(8), QStringLiteral("yyyyMMdd"));
}

QTime parseTime(const QString& tm)
{
    const QString t = tm.trimmed();
    if (t.size() < 2)
        return {};
    const int hours = t.mid(0, 2).toInt();
    const int minutes = t.size() >= 4 ? t.mid(2, 2).toInt() : 0;
    const int seconds = t.size() >= 6 ? t.mid(4, 2).toInt() : 0;
    int ms = 0;
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        ms = static_cast<int>(std::lround(QStringLiteral("0.%1").arg(t.mid(dot + 1)).toDouble() * 1000.0));
    return QTime(hours, minutes, seconds, std::min(ms, 999));
}

QDateTime parseDateTime(const QString& dt)
{
    const QString t = dt.trimmed();
    const QDate date = parseDate(t.left(8));
    if (!date.isValid())
        return {};
    QString timePart = t.mid(8);
    const qsizetype zone = timePart.indexOf(QRegularExpression(QStringLiteral("[+-]")));
    if (zone >= 0)
        timePart = timePart.left(zone);
    const QTime time = timePart.isEmpty() ? QTime(0, 0) : parseTime(timePart);
    return QDateTime(date, time.isValid() ? time : QTime(0, 0));
}

bool loadDataset(const QString& path, DcmFileFormat& file, QString* error, bool stopBeforePixelData)
{
    const QByteArray name = QFile::encodeName(path);
    OFCondition status = stopBeforePixelData ? file.loadFileUntilTag(name.constData(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength,
                                                                     ERM_autoDetect, DCM_PixelData)
                                             : file.loadFile(name.constData());
    if (status.bad()) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(status.text()));
        return false;
    }
    // Text in other character sets becomes UTF-8. Real files name their set wrongly
    // ("ISO-IR 100") or carry 8-bit text without naming one: those are read as the named set
    // with the hyphen fixed, or as Latin-1, which accepts every byte.
    if (file.convertToUTF8().good())
        return true;
    DcmDataset& ds = *file.getDataset();
    OFString declared;
    ds.findAndGetOFStringArray(DCM_SpecificCharacterSet, declared);
    QString fixed = QString::fromLatin1(declared.c_str()).trimmed();
    fixed.replace(QLatin1String("ISO-IR"), QLatin1String("ISO_IR"));
    if (fixed == QLatin1String(declared.c_str()) || fixed.isEmpty())
        fixed = QStringLiteral("ISO_IR 100");
    ds.putAndInsertString(DCM_SpecificCharacterSet, fixed.toLatin1().constData());
    status = file.convertToUTF8();
    if (status.bad()) {
        if (error)
            *error = tr("cannot convert the text of %1 to UTF-8: %2").arg(path, QString::fromLocal8Bit(status.text()));
        return false;
    }
    return true;
}

void put(DcmItem& item, const DcmTagKey& tag, const QString& value, WriteStatus& status)
{
    const OFCondition c = item.putAndInsertString(DcmTag(tag), value.toUtf8().constData());
    if (c.bad())
        status.fail(tr("cannot set %1: %2").arg(QString::fromLatin1(DcmTag(tag).getTagName()), QString::fromLocal8Bit(c.text())));
}

void putCode(DcmItem& parent, const DcmTagKey& sequence, const CodedConcept& conceptName, WriteStatus& status)
{
    DcmItem* item = nullptr;
    if (parent.findOrCreateSequenceItem(DcmTag(sequence), item, -2).bad() || !item) {
        status.fail(tr("cannot create %1").arg(QString::fromLatin1(DcmTag(sequence).getTagName())));
        return;
    }
    put(*item, DCM_CodeValue, conceptName.value, status);
    put(*item, DCM_CodingSchemeDesignator, conceptName.scheme, status);
    put(*item, DCM_CodeMeaning, conceptName.meaning, status);
}

void putStudyContext(DcmItem& ds, const StudyContext& s, WriteStatus& status)
{
    put(ds, DCM_PatientName, s.patientName, status);
    put(ds, DCM_PatientID, s.patientId, status);
    if (!s.issuerOfPatientId.isEmpty())
        put(ds, DCM_IssuerOfPatientID, s.issuerOfPatientId, status);
    put(ds, DCM_PatientBirthDate, dicomDate(s.patientBirthDate), status);
    put(ds, DCM_PatientSex, s.patientSex, status);
    put(ds, DCM_StudyInstanceUID, s.studyInstanceUid, status);
    put(ds, DCM_StudyDate, dicomDate(s.studyDate), status);
    put(ds, DCM_StudyTime, dicomTime(s.studyTime), status);
    put(ds, DCM_StudyID, s.studyId, status);
    put(ds, DCM_AccessionNumber, s.accessionNumber, status);
    put(ds, DCM_ReferringPhysicianName, s.referringPhysicianName, status);
    if (!s.studyDescription.isEmpty())
        put(ds, DCM_StudyDescription, s.studyDescription, status);
}

void putReferencedImages(DcmItem& parent, const DcmTagKey& sequence, const std::vector<ImageReference>& images, WriteStatus& status)
{
    for (const ImageReference& image : images) {
        DcmItem* item = nullptr;
        if (parent.findOrCreateSequenceItem(DcmTag(sequence), item, -2).bad() || !item) {
            status.fail(tr("cannot create %1").arg(QString::fromLatin1(DcmTag(sequence).getTagName())));
            return;
        }
        put(*item, DCM_ReferencedSOPClassUID, image.sopClassUid, status);
        put(*item, DCM_ReferencedSOPInstanceUID, image.sopInstanceUid, status);
        if (!image.frames.empty()) {
            QStringList frames;
            for (int f : image.frames)
                frames << QString::number(f);
            put(*item, DCM_ReferencedFrameNumber, frames.join(QLatin1Char('\\')), status);
        }
    }
}

void putReferencedSeries(DcmItem& ds, const std::vector<ImageReference>& images, WriteStatus& status)
{
    // Keep the caller's order of series and images.
    std::vector<QString> order;
    std::map<QString, std::vector<ImageReference>> bySeries;
    for (const ImageReference& image : images) {
        if (!bySeries.count(image.seriesInstanceUid))
            order.push_back(image.seriesInstanceUid);
        bySeries[image.seriesInstanceUid].push_back(image);
    }
    for (const QString& series : order) {
        if (series.isEmpty()) {
            status.fail(tr("a referenced image has no Series Instance UID"));
            return;
        }
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, item, -2).bad() || !item) {
            status.fail(tr("cannot create ReferencedSeriesSequence"));
            return;
        }
        put(*item, DCM_SeriesInstanceUID, series, status);
        putReferencedImages(*item, DCM_ReferencedImageSequence, bySeries[series], status);
    }
}

bool saveFile(DcmFileFormat& file, const QString& path, QString* error)
{
    const OFCondition status = file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    if (status.bad()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(status.text()));
        return false;
    }
    return true;
}

QString newUid()
{
    // GDCM's generator keeps the UID within 64 characters under our 2.25 root.
    return QString::fromStdString(generators::UidFactory::newUid());
}

QString dicomDate(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString(); }
QString dicomTime(const QTime& time) { return time.isValid() ? time.toString(QStringLiteral("HHmmss")) : QString(); }

QString decimalString(double value)
{
    for (int precision = 10; precision > 0; --precision) {
        const QString s = QString::number(value, 'g', precision);
        if (s.size() <= 16)
            return s;
    }
    return QString::number(value, 'g', 1);
}

} // namespace continuum::documents::detail
