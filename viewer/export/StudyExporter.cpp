#include "StudyExporter.h"

#include "ConfidentialityProfile.h"
#include "Deidentifier.h"
#include "IsoImageWriter.h"
#include "MediaDirectoryWriter.h"
#include "UidRemapper.h"

#include "catalog/Catalog.h"
#include "generators/UidFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/oflog/oflog.h>

#include <algorithm>
#include <map>
#include <set>

namespace continuum::exporting {

namespace {

QString stringOf(DcmItem& item, const DcmTagKey& key)
{
    OFString value;
    if (item.findAndGetOFStringArray(key, value).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

// The file meta information describes this writer, not the source (PS3.15 E.1.1 item 7). DCMTK
// would put its own implementation UID in, so the header is written complete here (group length
// included) and saved as it is.
void writeOwnMetaHeader(DcmMetaInfo& meta, const QString& sopClass, const QString& sopInstance, E_TransferSyntax xfer)
{
    meta.clear();
    const Uint8 version[2] = {0, 1};
    meta.putAndInsertUint8Array(DCM_FileMetaInformationVersion, version, 2);
    meta.putAndInsertString(DCM_MediaStorageSOPClassUID, sopClass.toLatin1().constData());
    meta.putAndInsertString(DCM_MediaStorageSOPInstanceUID, sopInstance.toLatin1().constData());
    meta.putAndInsertString(DCM_TransferSyntaxUID, DcmXfer(xfer).getXferID());
    meta.putAndInsertString(DCM_ImplementationClassUID, generators::UidFactory::implementationClassUid());
    meta.putAndInsertString(DCM_ImplementationVersionName, generators::UidFactory::implementationVersionName());
    Uint32 length = 0;
    for (unsigned long i = 0; i < meta.card(); ++i)
        length += meta.getElement(i)->calcElementLength(EXS_LittleEndianExplicit, EET_ExplicitLength);
    meta.putAndInsertUint32(DCM_FileMetaInformationGroupLength, length);
}

// DCMTK logs every file it adds to a DICOMDIR and that the meta header was kept as written: quiet
// it to warnings (errors for the meta header) while the export runs, then restore.
class ScopedDcmtkLogLevel {
public:
    explicit ScopedDcmtkLogLevel(OFLogger::LogLevel level) : m_logger(OFLog::getLogger("dcmtk.dcmdata"))
    {
        m_previous = m_logger.getLogLevel();
        m_logger.setLogLevel(std::max<int>(level, m_logger.getChainedLogLevel()));
    }
    ~ScopedDcmtkLogLevel() { m_logger.setLogLevel(m_previous); }
    ScopedDcmtkLogLevel(const ScopedDcmtkLogLevel&) = delete;
    ScopedDcmtkLogLevel& operator=(const ScopedDcmtkLogLevel&) = delete;

private:
    OFLogger m_logger;
    dcmtk::log4cplus::LogLevel m_previous;
};

struct SeriesSlot {
    int index = 0;
    int instances = 0;
    QString modality;
    int burnedInCandidates = 0;
};

} // namespace

std::optional<std::vector<QString>> StudyExporter::filesOfStudy(catalog::Catalog& catalog, const QString& studyInstanceUid, QString* error)
{
    catalog::StudyFilter filter;
    filter.studyInstanceUid = studyInstanceUid;
    const std::vector<catalog::StudyRow> studies = catalog.studies(filter);
    if (studies.empty()) {
        if (error)
            *error = tr("The catalog has no study with Study Instance UID %1").arg(studyInstanceUid);
        return std::nullopt;
    }
    std::vector<QString> files;
    int missing = 0, total = 0;
    for (const catalog::SeriesRow& series : catalog.seriesOfStudy(studies.front().id)) {
        for (const catalog::InstanceRow& instance : catalog.instancesOfSeries(series.id)) {
            ++total;
            const auto present = std::find_if(instance.paths.cbegin(), instance.paths.cend(), [](const QString& p) { return QFileInfo::exists(p); });
            if (present == instance.paths.cend())
                ++missing;
            else
                files.push_back(*present);
        }
    }
    if (missing > 0) {
        if (error)
            *error = tr("%1 of the %2 instances of study %3 have no file on this workstation").arg(missing).arg(total).arg(studyInstanceUid);
        return std::nullopt;
    }
    if (files.empty()) {
        if (error)
            *error = tr("Study %1 has no instances in the catalog").arg(studyInstanceUid);
        return std::nullopt;
    }
    return files;
}

ExportResult StudyExporter::run(const ExportRequest& request, const ExportProgress& progress, const std::atomic<bool>* cancel)
{
    ExportResult result;
    auto fail = [&result](const QString& message) {
        result.ok = false;
        result.error = message;
        result.instances.clear();
        return result;
    };

    // Everything that can be checked before writing is checked first.
    if (request.files.empty())
        return fail(tr("There are no files to export"));
    if (request.targetFolder.trimmed().isEmpty())
        return fail(tr("No target folder was given"));
    const QFileInfo target(QDir::cleanPath(QDir(request.targetFolder).absolutePath()));
    const QString targetPath = target.absoluteFilePath();
    if (target.exists() && !target.isDir())
        return fail(tr("%1 exists and is not a folder").arg(targetPath));
    if (target.isDir() && !QDir(targetPath).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(tr("%1 already exists and is not empty: choose a new folder").arg(targetPath));
    const QString parentPath = target.absolutePath();
    if (!QFileInfo(parentPath).isDir())
        return fail(tr("The folder %1 does not exist").arg(parentPath));
    const bool writeDicomdir = request.writeDicomdir || !request.isoImagePath.isEmpty();
    QString isoPath;
    if (!request.isoImagePath.isEmpty()) {
        const QFileInfo iso(request.isoImagePath);
        isoPath = iso.absoluteFilePath();
        if (iso.exists())
            return fail(tr("%1 already exists").arg(isoPath));
        if (!QFileInfo(iso.absolutePath()).isDir())
            return fail(tr("The folder %1 does not exist").arg(iso.absolutePath()));
        if (isoPath.startsWith(targetPath + QLatin1Char('/')))
            return fail(tr("The ISO image cannot be written inside the exported folder %1").arg(targetPath));
        if (IsoImageWriter::toolPath().isEmpty())
            return fail(tr("No ISO image tool is installed (install the xorriso or genisoimage package)"));
    }
    std::optional<ConfidentialityProfile> profile;
    if (request.anonymize) {
        QString error;
        profile = request.profileTablePath.isEmpty() ? ConfidentialityProfile::loadBuiltIn(&error) : ConfidentialityProfile::load(request.profileTablePath, &error);
        if (!profile)
            return fail(error);
    }

    // The work folder lives beside the target so that the final rename stays on one file system.
    QTemporaryDir work(QDir(parentPath).filePath(temporaryPrefix() + QStringLiteral("XXXXXX")));
    if (!work.isValid())
        return fail(tr("Cannot write in %1: %2").arg(parentPath, work.errorString()));
    const QDir workDir(work.path());

    UidRemapper uids;
    std::optional<Deidentifier> deidentifier;
    if (profile)
        deidentifier.emplace(*profile, request.deidentification, uids);
    generators::UidFactory::applyFileMetaIdentity();

    std::map<QString, SeriesSlot> seriesSlots;   // by original Series Instance UID
    std::set<QString> studies, writtenSops;
    QStringList fileIds;
    bool anyEncapsulated = false;
    const int total = int(request.files.size());
    int done = 0;
    for (const QString& source : request.files) {
        if (cancel && cancel->load())
            return fail(tr("The export was cancelled; nothing was written"));
        DcmFileFormat file;
        OFCondition status = file.loadFile(OFFilename(QFile::encodeName(source).constData()));
        if (status.good())
            status = file.loadAllDataIntoMemory();
        if (status.bad())
            return fail(tr("Cannot read %1: %2").arg(source, QString::fromLatin1(status.text())));
        DcmDataset& dataset = *file.getDataset();
        const QString sopClass = stringOf(dataset, DCM_SOPClassUID);
        const QString originalSop = stringOf(dataset, DCM_SOPInstanceUID);
        const QString originalSeries = stringOf(dataset, DCM_SeriesInstanceUID);
        const QString originalStudy = stringOf(dataset, DCM_StudyInstanceUID);
        if (sopClass.isEmpty() || originalSop.isEmpty())
            return fail(tr("%1 is not a DICOM instance (no SOP Class or SOP Instance UID)").arg(source));
        if (!writtenSops.insert(originalSop).second) {
            result.warnings << tr("%1 holds an instance already exported (%2): skipped").arg(source, originalSop);
            ++done;
            continue;
        }
        studies.insert(originalStudy);
        const QString modality = stringOf(dataset, DCM_Modality);
        const QString burnedIn = stringOf(dataset, DCM_BurnedInAnnotation).toUpper();

        if (deidentifier) {
            QString error;
            if (!deidentifier->apply(dataset, &error))
                return fail(tr("Cannot de-identify %1: %2").arg(source, error));
        }
        const QString newSop = stringOf(dataset, DCM_SOPInstanceUID);

        // Uncompressed data are written as Explicit VR Little Endian (the media profile's syntax);
        // compressed pixel data keep theirs (no re-compression, no loss).
        const DcmXfer originalXfer(dataset.getOriginalXfer());
        E_TransferSyntax outputXfer = EXS_LittleEndianExplicit;
        if (originalXfer.isEncapsulated()) {
            outputXfer = originalXfer.getXfer();
            anyEncapsulated = true;
        }
        writeOwnMetaHeader(*file.getMetaInfo(), sopClass, newSop, outputXfer);

        auto [slot, isNewSeries] = seriesSlots.try_emplace(originalSeries);
        if (isNewSeries) {
            slot->second.index = int(seriesSlots.size());
            slot->second.modality = modality;
        }
        const int instanceIndex = ++slot->second.instances;
        if (request.anonymize && (modality == QLatin1String("US") || modality == QLatin1String("XA")) && burnedIn != QLatin1String("NO"))
            ++slot->second.burnedInCandidates;
        const QString folderId = QStringLiteral("DICOM/ST%1/SE%2").arg(1, 6, 10, QLatin1Char('0')).arg(slot->second.index, 6, 10, QLatin1Char('0'));
        const QString fileId = folderId + QStringLiteral("/IM%1").arg(instanceIndex, 6, 10, QLatin1Char('0'));
        if (!workDir.mkpath(folderId))
            return fail(tr("Cannot create a folder in %1").arg(work.path()));
        const QString outputPath = workDir.filePath(fileId);
        {
            const ScopedDcmtkLogLevel quiet(OFLogger::ERROR_LOG_LEVEL);
            status = file.saveFile(OFFilename(QFile::encodeName(outputPath).constData()), outputXfer, EET_ExplicitLength, EGL_recalcGL,
                                   EPD_noChange, 0, 0, EWM_dontUpdateMeta);
        }
        if (status.bad())
            return fail(tr("Cannot write %1: %2").arg(outputPath, QString::fromLatin1(status.text())));
        fileIds << fileId;
        result.instances.push_back({source, fileId, newSop, originalSop, stringOf(dataset, DCM_SeriesInstanceUID), modality});
        ++done;
        if (progress)
            progress(done, total, QStringLiteral("file"));
    }
    if (cancel && cancel->load())
        return fail(tr("The export was cancelled; nothing was written"));

    for (const auto& [series, slot] : seriesSlots) {
        if (slot.burnedInCandidates > 0)
            result.warnings << tr("%1 %2 image(s) of series %3 may show identifying text burned into the pixels (Burned In Annotation "
                                  "is YES or absent): the pixels are not cleaned, check them before sharing")
                                   .arg(slot.burnedInCandidates)
                                   .arg(slot.modality)
                                   .arg(slot.index);
    }

    if (writeDicomdir) {
        if (progress)
            progress(done, total, QStringLiteral("dicomdir"));
        QString error;
        QStringList notes;
        const ScopedDcmtkLogLevel quiet(OFLogger::WARN_LOG_LEVEL);
        if (!MediaDirectoryWriter::write(work.path(), fileIds, anyEncapsulated, &notes, &error))
            return fail(error);
        result.warnings << notes;
    }

    std::optional<QTemporaryDir> isoWork;
    QString isoWorkFile;
    if (!isoPath.isEmpty()) {
        if (progress)
            progress(done, total, QStringLiteral("iso"));
        isoWork.emplace(QDir(QFileInfo(isoPath).absolutePath()).filePath(temporaryPrefix() + QStringLiteral("XXXXXX")));
        if (!isoWork->isValid())
            return fail(tr("Cannot write in %1: %2").arg(QFileInfo(isoPath).absolutePath(), isoWork->errorString()));
        isoWorkFile = QDir(isoWork->path()).filePath(QStringLiteral("image.iso"));
        QString error;
        if (!IsoImageWriter::write(work.path(), isoWorkFile, MediaDirectoryWriter::fileSetId(), &error))
            return fail(error);
    }
    if (cancel && cancel->load())
        return fail(tr("The export was cancelled; nothing was written"));

    // Commit: the image first (removed again if the folder cannot be moved), then the folder.
    if (!isoPath.isEmpty() && !QFile::rename(isoWorkFile, isoPath))
        return fail(tr("Cannot move the ISO image to %1").arg(isoPath));
    if (target.isDir() && !QDir().rmdir(targetPath)) {
        if (!isoPath.isEmpty())
            QFile::remove(isoPath);
        return fail(tr("Cannot replace the empty folder %1").arg(targetPath));
    }
    if (!QDir().rename(work.path(), targetPath)) {
        if (!isoPath.isEmpty())
            QFile::remove(isoPath);
        return fail(tr("Cannot move the exported files to %1").arg(targetPath));
    }
    work.setAutoRemove(false);

    result.ok = true;
    result.targetFolder = targetPath;
    result.dicomdirPath = writeDicomdir ? QDir(targetPath).filePath(QStringLiteral("DICOMDIR")) : QString();
    result.isoImagePath = isoPath;
    result.studyCount = int(studies.size());
    result.seriesCount = int(seriesSlots.size());
    if (deidentifier) {
        result.patientName = deidentifier->patientName();
        result.patientId = deidentifier->patientId();
    }
    return result;
}

} // namespace continuum::exporting
