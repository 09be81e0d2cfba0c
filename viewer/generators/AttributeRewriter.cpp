#include "AttributeRewriter.h"

#include "UidFactory.h"

#include <QFile>

#include <gdcmDataElement.h>
#include <gdcmDict.h>
#include <gdcmDicts.h>
#include <gdcmFileExplicitFilter.h>
#include <gdcmGlobal.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <string>

namespace continuum::generators {
namespace {

bool fail(QString* errorMessage, const QString& message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool isTextVr(gdcm::VR vr)
{
    return vr & (gdcm::VR::AE | gdcm::VR::AS | gdcm::VR::CS | gdcm::VR::DA | gdcm::VR::DS | gdcm::VR::DT | gdcm::VR::IS | gdcm::VR::LO
                 | gdcm::VR::LT | gdcm::VR::PN | gdcm::VR::SH | gdcm::VR::ST | gdcm::VR::TM | gdcm::VR::UC | gdcm::VR::UI | gdcm::VR::UR
                 | gdcm::VR::UT);
}

// A text element with even length: UIDs are padded with NUL, other text with a space (PS3.5 6.2).
gdcm::DataElement textElement(const gdcm::Tag& tag, gdcm::VR vr, const std::string& value)
{
    std::string padded = value;
    if (padded.size() % 2 != 0)
        padded.push_back(vr == gdcm::VR::UI ? '\0' : ' ');
    gdcm::DataElement element(tag);
    element.SetVR(vr);
    element.SetByteValue(padded.data(), static_cast<uint32_t>(padded.size()));
    return element;
}

} // namespace

bool AttributeRewriter::writeCopy(const QString& src, const QString& dst, const std::vector<Change>& changes, QString* errorMessage)
{
    UidFactory::applyFileMetaIdentity();
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(src).constData());
    if (!reader.Read())
        return fail(errorMessage, QStringLiteral("not a readable DICOM file: %1").arg(src));
    gdcm::File& file = reader.GetFile();
    if (!file.GetHeader().GetDataSetTransferSyntax().IsEncapsulated()) {
        if (!file.GetHeader().GetDataSetTransferSyntax().IsExplicit()) {
            // Implicit VR input gets its dictionary VRs, or the explicit rewrite writes UN.
            gdcm::FileExplicitFilter filter;
            filter.SetFile(file);
            filter.SetChangePrivateTags(false);
            if (!filter.Change())
                return fail(errorMessage, QStringLiteral("cannot assign explicit VRs to %1").arg(src));
        }
        file.GetHeader().Remove(gdcm::Tag(0x0002, 0x0010));   // the writer refills it from the data set syntax
        file.GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
    }
    const gdcm::Dicts& dicts = gdcm::Global::GetInstance().GetDicts();
    gdcm::DataSet& dataSet = file.GetDataSet();
    for (const auto& [tag, value] : changes) {
        const gdcm::Tag gdcmTag(tag.group, tag.element);
        const gdcm::VR vr = dicts.GetDictEntry(gdcmTag).GetVR();
        if (!isTextVr(vr))
            return fail(errorMessage, QStringLiteral("(%1,%2) is not a text attribute").arg(tag.group, 4, 16, QLatin1Char('0')).arg(tag.element, 4, 16, QLatin1Char('0')));
        // Text in the file's own character set: fixtures change ASCII values only.
        const std::string bytes = value.toStdString();
        dataSet.Replace(textElement(gdcmTag, vr, bytes));
        if (tag.group == 0x0008 && tag.element == 0x0018)
            file.GetHeader().Replace(textElement(gdcm::Tag(0x0002, 0x0003), gdcm::VR::UI, bytes));
    }
    gdcm::Writer writer;
    writer.SetFileName(QFile::encodeName(dst).constData());
    writer.SetFile(file);
    if (!writer.Write())
        return fail(errorMessage, QStringLiteral("cannot write %1").arg(dst));
    return true;
}

} // namespace continuum::generators
