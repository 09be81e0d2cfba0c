#include "MultiFrameSplitter.h"

#include "DicomFileWriter.h"
#include "UidFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <gdcmAttribute.h>
#include <gdcmDataElement.h>
#include <gdcmFileExplicitFilter.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
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

std::string decimals(std::initializer_list<double> values)
{
    QStringList parts;
    for (double v : values)
        parts << DicomFileWriter::formatDecimal(v);
    return parts.join(QLatin1Char('\\')).toStdString();
}

std::vector<double> readDecimals(const gdcm::DataSet& dataSet, const gdcm::Tag& tag)
{
    std::vector<double> values;
    if (!dataSet.FindDataElement(tag))
        return values;
    const gdcm::ByteValue* bv = dataSet.GetDataElement(tag).GetByteValue();
    if (!bv)
        return values;
    const QString text = QString::fromLatin1(bv->GetPointer(), static_cast<int>(bv->GetLength()));
    for (const QString& part : text.split(QLatin1Char('\\'))) {
        bool ok = false;
        const double v = part.trimmed().remove(QChar(0)).toDouble(&ok);
        if (ok)
            values.push_back(v);
    }
    return values;
}

} // namespace

bool MultiFrameSplitter::split(const QString& source, const Options& options, std::vector<QString>* written, QString* errorMessage)
{
    UidFactory::applyFileMetaIdentity();
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(source).constData());
    if (!reader.Read())
        return fail(errorMessage, QStringLiteral("not a readable DICOM image: %1").arg(source));
    const gdcm::Image& image = reader.GetImage();
    const int frames = image.GetNumberOfDimensions() == 3 ? static_cast<int>(image.GetDimension(2)) : 1;
    std::vector<char> pixels(image.GetBufferLength());
    if (!image.GetBuffer(pixels.data()))
        return fail(errorMessage, QStringLiteral("cannot decode the pixels of %1").arg(source));
    const std::size_t frameBytes = pixels.size() / static_cast<std::size_t>(frames);

    gdcm::File& file = reader.GetFile();
    if (!file.GetHeader().GetDataSetTransferSyntax().IsExplicit()) {
        gdcm::FileExplicitFilter filter;
        filter.SetFile(file);
        filter.SetChangePrivateTags(false);
        if (!filter.Change())
            return fail(errorMessage, QStringLiteral("cannot assign explicit VRs to %1").arg(source));
    }
    const gdcm::DataSet& sourceSet = file.GetDataSet();

    // Trigger times from the source's timing.
    std::vector<double> triggers(static_cast<std::size_t>(frames), 0.0);
    const std::vector<double> vector = readDecimals(sourceSet, gdcm::Tag(0x0018, 0x1065));
    const std::vector<double> frameTime = readDecimals(sourceSet, gdcm::Tag(0x0018, 0x1063));
    if (static_cast<int>(vector.size()) == frames) {
        for (int i = 1; i < frames; ++i)
            triggers[static_cast<std::size_t>(i)] = triggers[static_cast<std::size_t>(i) - 1] + vector[static_cast<std::size_t>(i)];
    } else if (!frameTime.empty() && frameTime.front() > 0.0) {
        for (int i = 0; i < frames; ++i)
            triggers[static_cast<std::size_t>(i)] = frameTime.front() * i;
    } else {
        return fail(errorMessage, QStringLiteral("%1 has neither Frame Time nor Frame Time Vector").arg(source));
    }

    if (!QDir().mkpath(options.outputDirectory))
        return fail(errorMessage, QStringLiteral("cannot create %1").arg(options.outputDirectory));
    const std::string seriesUid = options.seriesInstanceUid.isEmpty() ? UidFactory::newUid() : options.seriesInstanceUid.toStdString();
    const auto& position = options.imagePositionPatient;
    const auto& orientation = options.imageOrientationPatient;
    const std::string sourceName = QFileInfo(source).fileName().toStdString();

    for (int i = 0; i < frames; ++i) {
        gdcm::DataSet dataSet = sourceSet;
        // Group lengths would be stale; multi-frame and cine-module attributes do not apply.
        std::vector<gdcm::Tag> drop;
        for (const gdcm::DataElement& element : dataSet.GetDES())
            if (element.GetTag().GetElement() == 0x0000)
                drop.push_back(element.GetTag());
        for (const gdcm::Tag& tag : {gdcm::Tag(0x0028, 0x0008), gdcm::Tag(0x0028, 0x0009), gdcm::Tag(0x0018, 0x1063),
                                     gdcm::Tag(0x0018, 0x1065), gdcm::Tag(0x0018, 0x0040), gdcm::Tag(0x0008, 0x2142),
                                     gdcm::Tag(0x0008, 0x2143), gdcm::Tag(0x0008, 0x2144), gdcm::Tag(0x5200, 0x9229),
                                     gdcm::Tag(0x5200, 0x9230)})
            drop.push_back(tag);
        for (const gdcm::Tag& tag : drop)
            dataSet.Remove(tag);

        const std::string sopUid = UidFactory::newUid();
        const int instanceNumber = options.firstInstanceNumber + (options.reverseInstanceNumbers ? frames - 1 - i : i);
        dataSet.Replace(textElement(gdcm::Tag(0x0008, 0x0018), gdcm::VR::UI, sopUid));
        dataSet.Replace(textElement(gdcm::Tag(0x0020, 0x000e), gdcm::VR::UI, seriesUid));
        dataSet.Replace(textElement(gdcm::Tag(0x0020, 0x0013), gdcm::VR::IS, std::to_string(instanceNumber)));
        dataSet.Replace(textElement(gdcm::Tag(0x0018, 0x1060), gdcm::VR::DS, decimals({triggers[static_cast<std::size_t>(i)]})));
        dataSet.Replace(textElement(gdcm::Tag(0x0020, 0x0032), gdcm::VR::DS, decimals({position[0], position[1], position[2]})));
        dataSet.Replace(textElement(gdcm::Tag(0x0020, 0x0037), gdcm::VR::DS,
                                    decimals({orientation[0], orientation[1], orientation[2], orientation[3], orientation[4], orientation[5]})));
        if (options.sliceLocation)
            dataSet.Replace(textElement(gdcm::Tag(0x0020, 0x1041), gdcm::VR::DS, decimals({*options.sliceLocation})));
        if (options.nominalIntervalMs)
            dataSet.Replace(textElement(gdcm::Tag(0x0018, 0x1062), gdcm::VR::DS, decimals({*options.nominalIntervalMs})));
        dataSet.Replace(textElement(gdcm::Tag(0x0008, 0x2111), gdcm::VR::ST,
                                    "Frame " + std::to_string(i + 1) + " of multi-frame " + sourceName + " (continuum test fixture)"));
        dataSet.Replace(textElement(gdcm::Tag(0x0028, 0x0004), gdcm::VR::CS,
                                    gdcm::PhotometricInterpretation::GetPIString(image.GetPhotometricInterpretation())));
        if (image.GetPixelFormat().GetSamplesPerPixel() == 3) {
            gdcm::Attribute<0x0028, 0x0006> planar{static_cast<unsigned short>(image.GetPlanarConfiguration())};
            dataSet.Replace(planar.GetAsDataElement());
        }
        gdcm::DataElement pixelData(gdcm::Tag(0x7fe0, 0x0010));
        pixelData.SetVR(image.GetPixelFormat().GetBitsAllocated() > 8 ? gdcm::VR::OW : gdcm::VR::OB);
        pixelData.SetByteValue(pixels.data() + frameBytes * static_cast<std::size_t>(i), static_cast<uint32_t>(frameBytes));
        dataSet.Replace(pixelData);

        gdcm::Writer writer;
        gdcm::File& out = writer.GetFile();
        out.SetDataSet(dataSet);
        out.GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
        const QString path = QDir(options.outputDirectory).filePath(QStringLiteral("%1_%2.dcm").arg(options.fileNamePrefix).arg(i + 1, 3, 10, QLatin1Char('0')));
        writer.SetFileName(QFile::encodeName(path).constData());
        if (!writer.Write())
            return fail(errorMessage, QStringLiteral("cannot write %1").arg(path));
        if (written)
            written->push_back(path);
    }
    return true;
}

} // namespace continuum::generators
