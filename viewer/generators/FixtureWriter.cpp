#include "FixtureWriter.h"

#include "UidFactory.h"

#include <QFile>

#include <gdcmFileExplicitFilter.h>
#include <gdcmImageChangeTransferSyntax.h>
#include <gdcmImageReader.h>
#include <gdcmImageWriter.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

namespace continuum::generators {
namespace {

gdcm::TransferSyntax toGdcm(FixtureTransferSyntax syntax)
{
    switch (syntax) {
    case FixtureTransferSyntax::ExplicitVRLittleEndian: return gdcm::TransferSyntax::ExplicitVRLittleEndian;
    case FixtureTransferSyntax::ImplicitVRLittleEndian: return gdcm::TransferSyntax::ImplicitVRLittleEndian;
    case FixtureTransferSyntax::JpegLossless: return gdcm::TransferSyntax::JPEGLosslessProcess14_1;
    case FixtureTransferSyntax::JpegLsLossless: return gdcm::TransferSyntax::JPEGLSLossless;
    case FixtureTransferSyntax::Jpeg2000Lossless: return gdcm::TransferSyntax::JPEG2000Lossless;
    case FixtureTransferSyntax::RleLossless: return gdcm::TransferSyntax::RLELossless;
    }
    return gdcm::TransferSyntax::ExplicitVRLittleEndian;
}

bool fail(QString* errorMessage, const QString& message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

// Gives every element of an implicit-VR file its dictionary VR, so an explicit-VR rewrite
// does not turn them into UN.
bool makeExplicit(gdcm::File& file)
{
    if (file.GetHeader().GetDataSetTransferSyntax().IsExplicit())
        return true;
    gdcm::FileExplicitFilter filter;
    filter.SetFile(file);
    filter.SetChangePrivateTags(false);
    return filter.Change();
}

} // namespace

const char* FixtureWriter::transferSyntaxUid(FixtureTransferSyntax syntax)
{
    return gdcm::TransferSyntax::GetTSString(toGdcm(syntax));
}

bool FixtureWriter::writeTruncatedCopy(const QString& src, const QString& dst, qint64 bytesToDrop, QString* errorMessage)
{
    QFile in(src);
    if (!in.open(QIODevice::ReadOnly))
        return fail(errorMessage, QStringLiteral("cannot read %1").arg(src));
    const QByteArray bytes = in.readAll();
    if (bytesToDrop < 0 || bytesToDrop >= bytes.size())
        return fail(errorMessage, QStringLiteral("cannot drop %1 of %2 bytes of %3").arg(bytesToDrop).arg(bytes.size()).arg(src));
    QFile out(dst);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(bytes.constData(), bytes.size() - bytesToDrop) != bytes.size() - bytesToDrop)
        return fail(errorMessage, QStringLiteral("cannot write %1").arg(dst));
    return true;
}

bool FixtureWriter::writeWithTransferSyntax(const QString& src, const QString& dst, FixtureTransferSyntax syntax,
                                            QString* errorMessage)
{
    UidFactory::applyFileMetaIdentity();
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(src).constData());
    if (!reader.Read())
        return fail(errorMessage, QStringLiteral("not a readable DICOM image: %1").arg(src));
    const gdcm::TransferSyntax target = toGdcm(syntax);
    if (target.IsExplicit() && !makeExplicit(reader.GetFile()))
        return fail(errorMessage, QStringLiteral("cannot assign explicit VRs to %1").arg(src));

    gdcm::ImageChangeTransferSyntax change;
    change.SetTransferSyntax(target);
    change.SetInput(reader.GetImage());
    if (!change.Change())
        return fail(errorMessage, QStringLiteral("cannot encode %1 as %2").arg(src, QString::fromLatin1(transferSyntaxUid(syntax))));

    gdcm::ImageWriter writer;
    writer.SetFileName(QFile::encodeName(dst).constData());
    writer.SetFile(reader.GetFile());
    writer.SetImage(change.GetOutput());
    if (!writer.Write())
        return fail(errorMessage, QStringLiteral("cannot write %1").arg(dst));
    return true;
}

bool FixtureWriter::writeWithoutElement(const QString& src, const QString& dst, std::uint16_t group, std::uint16_t element,
                                        QString* errorMessage)
{
    UidFactory::applyFileMetaIdentity();
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(src).constData());
    if (!reader.Read())
        return fail(errorMessage, QStringLiteral("not a readable DICOM file: %1").arg(src));
    gdcm::File& file = reader.GetFile();
    if (!file.GetHeader().GetDataSetTransferSyntax().IsEncapsulated()) {
        if (!makeExplicit(file))
            return fail(errorMessage, QStringLiteral("cannot assign explicit VRs to %1").arg(src));
        file.GetHeader().Remove(gdcm::Tag(0x0002, 0x0010)); // the writer refills it from the data set syntax
        file.GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
    }
    file.GetDataSet().Remove(gdcm::Tag(group, element));
    gdcm::Writer writer;
    writer.SetFileName(QFile::encodeName(dst).constData());
    writer.SetFile(file);
    if (!writer.Write())
        return fail(errorMessage, QStringLiteral("cannot write %1").arg(dst));
    return true;
}

} // namespace continuum::generators
