#include "DicomFileWriter.h"

#include "UidFactory.h"

#include <QFile>

#include <gdcmDataSet.h>
#include <gdcmDicts.h>
#include <gdcmFile.h>
#include <gdcmGlobal.h>
#include <gdcmItem.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmTransferSyntax.h>
#include <gdcmWriter.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace continuum::generators {
namespace {

gdcm::Tag toGdcm(DicomTag tag) { return gdcm::Tag(tag.group, tag.element); }

gdcm::VR dictionaryVr(DicomTag tag)
{
    const gdcm::Dicts& dicts = gdcm::Global::GetInstance().GetDicts();
    return dicts.GetDictEntry(toGdcm(tag)).GetVR();
}

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) > 0x7F)
            return false;
    return true;
}

template <typename T>
std::vector<char> littleEndianBytes(std::initializer_list<T> values)
{
    // DICOM little endian; every supported host (x86-64, aarch64) is little endian too.
    std::vector<char> bytes(values.size() * sizeof(T));
    std::size_t offset = 0;
    for (const T value : values) {
        std::memcpy(bytes.data() + offset, &value, sizeof(T));
        offset += sizeof(T);
    }
    return bytes;
}

} // namespace

struct DicomFileWriter::Data {
    gdcm::DataSet dataSet;
    bool hasNonAsciiText = false;

    void put(DicomTag tag, gdcm::VR vr, const char* bytes, std::size_t length)
    {
        gdcm::DataElement element(toGdcm(tag));
        element.SetVR(vr);
        element.SetByteValue(bytes, static_cast<std::uint32_t>(length));
        dataSet.Replace(element);
    }
};

DicomFileWriter::DicomFileWriter() : d(std::make_unique<Data>()) {}
DicomFileWriter::~DicomFileWriter() = default;
DicomFileWriter::DicomFileWriter(const DicomFileWriter& other) : d(std::make_unique<Data>(*other.d)) {}
DicomFileWriter& DicomFileWriter::operator=(const DicomFileWriter& other)
{
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}
DicomFileWriter::DicomFileWriter(DicomFileWriter&&) noexcept = default;
DicomFileWriter& DicomFileWriter::operator=(DicomFileWriter&&) noexcept = default;

void DicomFileWriter::setString(DicomTag tag, const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (!isAscii(bytes))
        d->hasNonAsciiText = true;
    const gdcm::VR vr = dictionaryVr(tag);
    if (bytes.size() % 2 != 0)
        bytes.append(vr == gdcm::VR::UI ? '\0' : ' ');
    d->put(tag, vr, bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QString DicomFileWriter::formatDecimal(double value)
{
    if (value == 0.0 || std::abs(value) < 1e-12)
        return QStringLiteral("0");
    for (int precision = 12; precision > 1; --precision) {
        const QString text = QString::number(value, 'g', precision);
        if (text.size() <= 16)
            return text;
    }
    return QString::number(value, 'e', 6);
}

void DicomFileWriter::setDecimals(DicomTag tag, std::initializer_list<double> values)
{
    QStringList parts;
    for (const double value : values)
        parts << formatDecimal(value);
    setString(tag, parts.join(QLatin1Char('\\')));
}

void DicomFileWriter::setInteger(DicomTag tag, long long value) { setString(tag, QString::number(value)); }

void DicomFileWriter::setUInt16(DicomTag tag, std::initializer_list<std::uint16_t> values)
{
    const auto bytes = littleEndianBytes(values);
    d->put(tag, gdcm::VR::US, bytes.data(), bytes.size());
}

void DicomFileWriter::setUInt32(DicomTag tag, std::initializer_list<std::uint32_t> values)
{
    const auto bytes = littleEndianBytes(values);
    d->put(tag, gdcm::VR::UL, bytes.data(), bytes.size());
}

void DicomFileWriter::setInt32(DicomTag tag, std::initializer_list<std::int32_t> values)
{
    const auto bytes = littleEndianBytes(values);
    d->put(tag, gdcm::VR::SL, bytes.data(), bytes.size());
}

void DicomFileWriter::setFloat64(DicomTag tag, std::initializer_list<double> values)
{
    const auto bytes = littleEndianBytes(values);
    d->put(tag, gdcm::VR::FD, bytes.data(), bytes.size());
}

void DicomFileWriter::setAttributeTag(DicomTag tag, DicomTag value)
{
    const auto bytes = littleEndianBytes<std::uint16_t>({value.group, value.element});
    d->put(tag, gdcm::VR::AT, bytes.data(), bytes.size());
}

void DicomFileWriter::addSequenceItem(DicomTag tag, const DicomFileWriter& item)
{
    const gdcm::Tag gdcmTag = toGdcm(tag);
    gdcm::SmartPointer<gdcm::SequenceOfItems> sequence;
    if (d->dataSet.FindDataElement(gdcmTag))
        sequence = d->dataSet.GetDataElement(gdcmTag).GetValueAsSQ();
    if (!sequence) {
        sequence = new gdcm::SequenceOfItems;
        sequence->SetLengthToUndefined();
    }
    gdcm::Item gdcmItem;
    gdcmItem.SetVLToUndefined();
    gdcmItem.SetNestedDataSet(item.d->dataSet);
    sequence->AddItem(gdcmItem);

    gdcm::DataElement element(gdcmTag);
    element.SetVR(gdcm::VR::SQ);
    element.SetValue(*sequence);
    element.SetVLToUndefined();
    d->dataSet.Replace(element);
    d->hasNonAsciiText = d->hasNonAsciiText || item.d->hasNonAsciiText;
}

void DicomFileWriter::setPixelData(std::span<const std::uint8_t> bytes, std::uint16_t bitsAllocated)
{
    d->put(DicomTag{0x7FE0, 0x0010}, bitsAllocated > 8 ? gdcm::VR::OW : gdcm::VR::OB,
           reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

void DicomFileWriter::remove(DicomTag tag) { d->dataSet.Remove(toGdcm(tag)); }

bool DicomFileWriter::contains(DicomTag tag) const { return d->dataSet.FindDataElement(toGdcm(tag)); }

void DicomFileWriter::setPatient(const PatientModule& patient)
{
    setString({0x0010, 0x0010}, patient.name);
    setString({0x0010, 0x0020}, patient.id);
    setString({0x0010, 0x0030}, patient.birthDate);
    setString({0x0010, 0x0040}, patient.sex);
}

void DicomFileWriter::setStudy(const StudyModule& study)
{
    setString({0x0020, 0x000D}, QString::fromStdString(study.studyInstanceUid));
    setString({0x0008, 0x0020}, study.date);
    setString({0x0008, 0x0030}, study.time);
    setString({0x0008, 0x0090}, study.referringPhysician);
    setString({0x0020, 0x0010}, study.studyId);
    setString({0x0008, 0x0050}, study.accessionNumber);
    if (!study.description.isEmpty())
        setString({0x0008, 0x1030}, study.description);
}

void DicomFileWriter::setSeries(const SeriesModule& series)
{
    setString({0x0008, 0x0060}, series.modality);
    setString({0x0020, 0x000E}, QString::fromStdString(series.seriesInstanceUid));
    setInteger({0x0020, 0x0011}, series.seriesNumber);
    if (!series.description.isEmpty())
        setString({0x0008, 0x103E}, series.description);
    if (!series.date.isEmpty())
        setString({0x0008, 0x0021}, series.date);
    if (!series.time.isEmpty())
        setString({0x0008, 0x0031}, series.time);
    if (!series.bodyPartExamined.isEmpty())
        setString({0x0018, 0x0015}, series.bodyPartExamined);
    if (!series.patientPosition.isEmpty())
        setString({0x0018, 0x5100}, series.patientPosition);
}

void DicomFileWriter::setEquipment(const EquipmentModule& equipment)
{
    setString({0x0008, 0x0070}, equipment.manufacturer);
    if (!equipment.institutionName.isEmpty())
        setString({0x0008, 0x0080}, equipment.institutionName);
    if (!equipment.stationName.isEmpty())
        setString({0x0008, 0x1010}, equipment.stationName);
    if (!equipment.modelName.isEmpty())
        setString({0x0008, 0x1090}, equipment.modelName);
    if (!equipment.softwareVersions.isEmpty())
        setString({0x0018, 0x1020}, equipment.softwareVersions);
}

void DicomFileWriter::setFrameOfReference(const std::string& frameOfReferenceUid)
{
    setString({0x0020, 0x0052}, QString::fromStdString(frameOfReferenceUid));
    setString({0x0020, 0x1040}, QString()); // PositionReferenceIndicator, type 2
}

void DicomFileWriter::setImagePlane(const ImagePlaneModule& plane)
{
    const auto& o = plane.imageOrientation;
    const auto& p = plane.imagePosition;
    setDecimals({0x0028, 0x0030}, {plane.rowSpacingMm, plane.columnSpacingMm});
    setDecimals({0x0020, 0x0037}, {o[0], o[1], o[2], o[3], o[4], o[5]});
    setDecimals({0x0020, 0x0032}, {p.x, p.y, p.z});
    setDecimals({0x0018, 0x0050}, {plane.sliceThicknessMm});
    if (plane.writeSliceLocation) {
        const dicom::Vector3 normal = dicom::Vector3{o[0], o[1], o[2]}.cross(dicom::Vector3{o[3], o[4], o[5]});
        setDecimals({0x0020, 0x1041}, {p.dot(normal)});
    }
}

void DicomFileWriter::setImagePixel(const ImagePixelModule& pixel)
{
    setUInt16({0x0028, 0x0002}, {pixel.samplesPerPixel});
    setString({0x0028, 0x0004}, pixel.photometricInterpretation);
    if (pixel.samplesPerPixel > 1)
        setUInt16({0x0028, 0x0006}, {0}); // PlanarConfiguration: colour-by-pixel
    setUInt16({0x0028, 0x0010}, {pixel.rows});
    setUInt16({0x0028, 0x0011}, {pixel.columns});
    setUInt16({0x0028, 0x0100}, {pixel.bitsAllocated});
    setUInt16({0x0028, 0x0101}, {pixel.bitsStored});
    setUInt16({0x0028, 0x0102}, {static_cast<std::uint16_t>(pixel.bitsStored - 1)});
    setUInt16({0x0028, 0x0103}, {static_cast<std::uint16_t>(pixel.isSigned ? 1 : 0)});
}

void DicomFileWriter::setSopCommon(const SopCommonModule& sop)
{
    setString({0x0008, 0x0016}, QString::fromStdString(sop.sopClassUid));
    setString({0x0008, 0x0018}, QString::fromStdString(sop.sopInstanceUid));
    setInteger({0x0020, 0x0013}, sop.instanceNumber);
}

void DicomFileWriter::setDemoMarker()
{
    setString({0x0012, 0x0062}, QStringLiteral("YES"));
    setString({0x0012, 0x0063}, QStringLiteral("CONTINUUM SYNTHETIC DEMO DATA"));
    setString({0x0008, 0x0080}, QStringLiteral("DEMO"));
}

bool DicomFileWriter::write(const QString& path, QString* errorMessage) const
{
    UidFactory::applyFileMetaIdentity();
    gdcm::SmartPointer<gdcm::File> file = new gdcm::File;
    gdcm::DataSet dataSet = d->dataSet;
    if (d->hasNonAsciiText && !dataSet.FindDataElement(gdcm::Tag(0x0008, 0x0005))) {
        gdcm::DataElement charset(gdcm::Tag(0x0008, 0x0005));
        charset.SetVR(gdcm::VR::CS);
        charset.SetByteValue("ISO_IR 192", 10);
        dataSet.Insert(charset);
    }
    file->SetDataSet(dataSet);
    file->GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);

    gdcm::Writer writer;
    writer.SetFileName(QFile::encodeName(path).constData());
    writer.SetFile(*file);
    if (!writer.Write()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot write DICOM file %1").arg(path);
        return false;
    }
    return true;
}

} // namespace continuum::generators
