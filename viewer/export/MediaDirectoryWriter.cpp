#include "MediaDirectoryWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>

namespace continuum::exporting {

bool MediaDirectoryWriter::isValidFileId(const QString& fileId)
{
    static const QRegularExpression component(QStringLiteral("^[A-Z0-9_]{1,8}$"));
    const QStringList parts = fileId.split(QLatin1Char('/'));
    if (parts.isEmpty() || parts.size() > 8)
        return false;
    for (const QString& part : parts)
        if (!component.match(part).hasMatch())
            return false;
    return true;
}

bool MediaDirectoryWriter::write(const QString& root, const QStringList& fileIds, bool anyEncapsulated, QStringList* notes, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    for (const QString& fileId : fileIds)
        if (!isValidFileId(fileId))
            return fail(tr("\"%1\" is not a valid DICOM file ID").arg(fileId));

    DicomDirInterface directory;
    // Type 1 keys the de-identification emptied (Study Date, Study ID...) get placeholder values in
    // the directory records, as DCMTK's dcmgpdir --invent does.
    directory.enableInventMode(OFTrue);
    if (anyEncapsulated) {
        directory.disableTransferSyntaxCheck(OFFalse);   // OFFalse switches the check off
        if (notes)
            *notes << tr("Compressed images keep their transfer syntax; the General Purpose CD-R profile (STD-GEN-CD) expects "
                         "uncompressed Explicit VR Little Endian, so some older media readers may not open them.");
    }
    const QString dicomdirPath = QDir(root).filePath(QStringLiteral("DICOMDIR"));
    OFCondition status = directory.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose, OFFilename(QFile::encodeName(dicomdirPath).constData()),
                                                     OFString(fileSetId().toLatin1().constData()));
    if (status.bad())
        return fail(tr("Cannot create the DICOMDIR: %1").arg(QString::fromLatin1(status.text())));
    const OFFilename directoryName(QFile::encodeName(root).constData());
    for (const QString& fileId : fileIds) {
        // DCMTK takes the file ID with the platform's separator.
        status = directory.addDicomFile(OFFilename(QFile::encodeName(QDir::toNativeSeparators(fileId)).constData()), directoryName);
        if (status.bad())
            return fail(tr("Cannot add %1 to the DICOMDIR: %2").arg(fileId, QString::fromLatin1(status.text())));
    }
    status = directory.writeDicomDir();
    if (status.bad())
        return fail(tr("Cannot write the DICOMDIR: %1").arg(QString::fromLatin1(status.text())));
    return true;
}

} // namespace continuum::exporting
