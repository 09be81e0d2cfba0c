#include "SpatialRegistrationWriter.h"

#include "SpatialRegistrationReader.h"
#include "generators/DicomFileWriter.h"
#include "generators/UidFactory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace continuum::registration {

using generators::DicomFileWriter;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::registration::SpatialRegistrationWriter", text);
}

// CID 7100 "RCS Registration Method".
struct RegistrationMethod {
    const char* codeValue;
    const char* meaning;
};
constexpr RegistrationMethod kIdentity{"125021", "Frame of Reference Identity"};
constexpr RegistrationMethod kImageContent{"125024", "Image Content-based Alignment"};
constexpr RegistrationMethod kVisual{"125025", "Visual Alignment"};

DicomFileWriter frameItem(const std::string& frameOfReferenceUid, const RigidTransform& toRegistered, const QString& comment,
                          RegistrationMethod method)
{
    QStringList values;
    for (double v : toRegistered.matrix())
        values << DicomFileWriter::formatDecimal(v);
    DicomFileWriter matrix;
    matrix.setString({0x3006, 0x00C6}, values.join(QLatin1Char('\\')));   // FrameOfReferenceTransformationMatrix
    matrix.setString({0x0070, 0x030C}, QStringLiteral("RIGID"));          // FrameOfReferenceTransformationMatrixType

    DicomFileWriter matrixRegistration;
    matrixRegistration.setString({0x3006, 0x00C8}, comment);              // FrameOfReferenceTransformationComment
    matrixRegistration.addSequenceItem({0x0070, 0x030A}, matrix);         // MatrixSequence
    DicomFileWriter code;
    code.setString({0x0008, 0x0100}, QString::fromLatin1(method.codeValue));
    code.setString({0x0008, 0x0102}, QStringLiteral("DCM"));
    code.setString({0x0008, 0x0104}, QString::fromLatin1(method.meaning));
    matrixRegistration.addSequenceItem({0x0070, 0x030D}, code);          // RegistrationTypeCodeSequence

    DicomFileWriter item;
    item.setString({0x0020, 0x0052}, QString::fromStdString(frameOfReferenceUid));
    item.addSequenceItem({0x0070, 0x0309}, matrixRegistration);           // MatrixRegistrationSequence
    return item;
}

} // namespace

std::optional<std::string> SpatialRegistrationWriter::write(const QString& path, const SpatialRegistrationRequest& request, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<std::string> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const dicom::InstanceHeader& fixed = request.fixedImage;
    const dicom::InstanceHeader& moving = request.movingImage;
    if (fixed.frameOfReferenceUid.empty() || moving.frameOfReferenceUid.empty())
        return fail(tr("Both series need a Frame of Reference UID to be registered in DICOM."));
    if (fixed.frameOfReferenceUid == moving.frameOfReferenceUid)
        return fail(tr("The two series share one Frame of Reference UID: a Spatial Registration object cannot tell them apart."));
    if (request.contentLabel.isEmpty() || request.contentLabel.size() > 16
        || request.contentLabel.contains(QRegularExpression(QStringLiteral("[^A-Z0-9_ ]"))))
        return fail(tr("The content label must be 1 to 16 characters of A-Z, 0-9, underscore and space."));
    if (fixed.studyInstanceUid.empty())
        return fail(tr("The fixed series has no Study Instance UID."));

    const std::string sopInstanceUid = request.sopInstanceUid.empty() ? generators::UidFactory::newUid() : request.sopInstanceUid;
    const std::string seriesUid = request.seriesInstanceUid.empty() ? generators::UidFactory::newUid() : request.seriesInstanceUid;
    const QDateTime when = request.contentDateTime.isValid() ? request.contentDateTime : QDateTime::currentDateTime();

    DicomFileWriter file;
    file.setPatient({fixed.patient.name, fixed.patient.id,
                     fixed.patient.birthDate.isValid() ? fixed.patient.birthDate.toString(QStringLiteral("yyyyMMdd")) : QString(),
                     fixed.patient.sex});
    if (!fixed.patient.issuerOfPatientId.isEmpty())
        file.setString({0x0010, 0x0021}, fixed.patient.issuerOfPatientId);
    generators::StudyModule study;
    study.studyInstanceUid = fixed.studyInstanceUid;
    study.date = fixed.studyDate.isValid() ? fixed.studyDate.toString(QStringLiteral("yyyyMMdd")) : QString();
    study.time = fixed.studyTime.isValid() ? fixed.studyTime.toString(QStringLiteral("HHmmss")) : QString();
    study.description = fixed.studyDescription;
    study.accessionNumber = fixed.accessionNumber;
    file.setStudy(study);
    generators::SeriesModule series;
    series.seriesInstanceUid = seriesUid;
    series.modality = QStringLiteral("REG");
    series.seriesNumber = request.seriesNumber;
    series.description = QStringLiteral("Rigid registration");
    file.setSeries(series);
    file.setString({0x0020, 0x0060}, QString());   // Laterality (type 2C): a registration has none
    file.setFrameOfReference(fixed.frameOfReferenceUid);
    generators::EquipmentModule equipment;
    equipment.manufacturer = QStringLiteral("Continuum");
    equipment.modelName = QStringLiteral("Continuum Viewer");
    equipment.softwareVersions = QStringLiteral(CONTINUUM_REGISTRATION_VERSION);
    file.setEquipment(equipment);
    // Enhanced General Equipment module (mandatory for this IOD).
    file.setString({0x0018, 0x1000}, QStringLiteral("0"));   // DeviceSerialNumber: software, no device

    // Spatial Registration module.
    file.setString({0x0008, 0x0023}, when.date().toString(QStringLiteral("yyyyMMdd")));
    file.setString({0x0008, 0x0033}, when.time().toString(QStringLiteral("HHmmss")));
    file.setInteger({0x0020, 0x0013}, 1);
    file.setString({0x0070, 0x0080}, request.contentLabel);
    file.setString({0x0070, 0x0081}, request.contentDescription);
    file.setString({0x0070, 0x0084}, request.contentCreatorName);
    file.addSequenceItem({0x0070, 0x0308}, frameItem(fixed.frameOfReferenceUid, RigidTransform{}, QStringLiteral("fixed (registered) frame"), kIdentity));
    file.addSequenceItem({0x0070, 0x0308}, frameItem(moving.frameOfReferenceUid, request.movingToFixed, QStringLiteral("moving frame to fixed frame"),
                                                        request.adjustedByHand ? kVisual : kImageContent));

    file.setSopCommon({SpatialRegistrationReader::sopClassUid, sopInstanceUid, 1});
    QString writeError;
    if (!file.write(path, &writeError))
        return fail(writeError);
    return sopInstanceUid;
}

} // namespace continuum::registration
