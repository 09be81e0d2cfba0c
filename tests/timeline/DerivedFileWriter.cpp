#include "DerivedFileWriter.h"

#include <gdcmDataElement.h>
#include <gdcmDataSet.h>
#include <gdcmDict.h>
#include <gdcmDicts.h>
#include <gdcmGlobal.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <QFile>

namespace continuum::testing {
namespace {

gdcm::DataElement textElement(const gdcm::Tag& tag, gdcm::VR vr, const QString& value)
{
    std::string bytes = value.toStdString();
    if (bytes.size() % 2 != 0)
        bytes.push_back(vr == gdcm::VR::UI ? '\0' : ' ');   // DICOM values have even length
    gdcm::DataElement element(tag);
    element.SetVR(vr);
    element.SetByteValue(bytes.data(), gdcm::VL(static_cast<std::uint32_t>(bytes.size())));
    return element;
}

} // namespace

bool DerivedFileWriter::write(const QString& source, const QString& destination, const std::vector<Change>& changes,
                              QString* error)
{
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(source).constData());
    if (!reader.Read()) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(source);
        return false;
    }
    gdcm::File& file = reader.GetFile();
    gdcm::DataSet& dataSet = file.GetDataSet();
    const gdcm::Dicts& dicts = gdcm::Global::GetInstance().GetDicts();
    for (const Change& change : changes) {
        const gdcm::Tag tag(change.group, change.element);
        const gdcm::VR vr = dicts.GetDictEntry(tag).GetVR();
        dataSet.Replace(textElement(tag, vr, change.value));
        // Keep the file meta in step with the data set's SOP identity.
        if (tag == gdcm::Tag(0x0008, 0x0016))
            file.GetHeader().Replace(textElement(gdcm::Tag(0x0002, 0x0002), gdcm::VR::UI, change.value));
        if (tag == gdcm::Tag(0x0008, 0x0018))
            file.GetHeader().Replace(textElement(gdcm::Tag(0x0002, 0x0003), gdcm::VR::UI, change.value));
    }
    gdcm::Writer writer;
    writer.SetFile(file);
    writer.SetFileName(QFile::encodeName(destination).constData());
    if (!writer.Write()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(destination);
        return false;
    }
    return true;
}

} // namespace continuum::testing
