#include "TimelineFixtures.h"

#include "DerivedFileWriter.h"
#include "TestData.h"
#include "generators/UidFactory.h"

#include <QDir>

#include <map>

namespace continuum::testing {
namespace {
const QString kCtImage = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");
const QString kUsImage = QStringLiteral("1.2.840.10008.5.1.4.1.1.6.1");
const QString kXaImage = QStringLiteral("1.2.840.10008.5.1.4.1.1.12.1");
const QString kPetImage = QStringLiteral("1.2.840.10008.5.1.4.1.1.128");
const QString kSecondaryCapture = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
const QString kCrImage = QStringLiteral("1.2.840.10008.5.1.4.1.1.1");
const QString kDxImage = QStringLiteral("1.2.840.10008.5.1.4.1.1.1.1");
const QString kBasicTextSr = QStringLiteral("1.2.840.10008.5.1.4.1.1.88.11");
const QString kSrSource = QStringLiteral("nonimage/sr/basic_text_sr.dcm");
} // namespace

std::vector<FixtureStudy> TimelineFixtures::multiDepartmentPatient()
{
    std::vector<FixtureStudy> studies;
    const auto add = [&studies](QString key, QString description, QString date, QString modality, QString sopClass,
                                int instances) -> FixtureStudy& {
        FixtureStudy study;
        study.key = std::move(key);
        study.description = std::move(description);
        study.date = std::move(date);
        study.modality = std::move(modality);
        study.sopClassUid = std::move(sopClass);
        study.instances = instances;
        studies.push_back(study);
        return studies.back();
    };
    add(QStringLiteral("chest"), QStringLiteral("CT chest with contrast"), QStringLiteral("20190301"), QStringLiteral("CT"), kCtImage, 3);
    add(QStringLiteral("chest"), QStringLiteral("CT chest with contrast"), QStringLiteral("20190301"), QStringLiteral("SR"), kBasicTextSr, 1)
        .source = kSrSource;
    add(QStringLiteral("echo"), QStringLiteral("Echocardiogram TTE"), QStringLiteral("20200510"), QStringLiteral("US"), kUsImage, 2);
    add(QStringLiteral("angio"), QStringLiteral("Coronary angiography"), QStringLiteral("20200601"), QStringLiteral("XA"), kXaImage, 1);
    add(QStringLiteral("petct"), QStringLiteral("PET-CT whole body"), QStringLiteral("20210115"), QStringLiteral("PT"), kPetImage, 2);
    add(QStringLiteral("petct"), QStringLiteral("PET-CT whole body"), QStringLiteral("20210115"), QStringLiteral("CT"), kCtImage, 1);
    add(QStringLiteral("photo"), QStringLiteral("Clinical photograph"), QStringLiteral("20180101"), QStringLiteral("OT"), kSecondaryCapture, 1);
    add(QStringLiteral("abdomenUs"), QStringLiteral("Abdomen ultrasound"), QStringLiteral("20220303"), QStringLiteral("US"), kUsImage, 1);
    add(QStringLiteral("report"), QStringLiteral("Outside report"), QStringLiteral("20220404"), QStringLiteral("SR"), kBasicTextSr, 1)
        .source = kSrSource;
    add(QStringLiteral("wrongName"), QStringLiteral("CT head"), QStringLiteral("20230101"), QStringLiteral("CT"), kCtImage, 1)
        .patientName = QStringLiteral("Timeline^Generatd");
    add(QStringLiteral("wrongBirth"), QStringLiteral("Chest X-ray"), QStringLiteral("20230202"), QStringLiteral("CR"), kCrImage, 1)
        .birthDate = QStringLiteral("19610101");
    add(QStringLiteral("caseOnly"), QStringLiteral("Hand X-ray"), QStringLiteral("20230303"), QStringLiteral("DX"), kDxImage, 1)
        .patientName = QStringLiteral("TIMELINE^GENERATED^^");
    add(QStringLiteral("otherIssuer"), QStringLiteral("CT other hospital"), QStringLiteral("20230404"), QStringLiteral("CT"), kCtImage, 1)
        .issuer = QStringLiteral("HOSP-B");
    return studies;
}

bool TimelineFixtures::write(const QString& folder, std::vector<FixtureStudy>& studies, QString* error)
{
    using generators::UidFactory;
    std::map<QString, QString> studyUids;
    for (FixtureStudy& study : studies) {
        auto [it, inserted] = studyUids.try_emplace(study.key, QString());
        if (inserted)
            it->second = QString::fromStdString(UidFactory::newUid());
        study.studyUid = it->second;
        const QString seriesUid = QString::fromStdString(UidFactory::newUid());
        const QString dir = QDir(folder).filePath(study.key);
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(dir);
            return false;
        }
        for (int i = 1; i <= study.instances; ++i) {
            const std::vector<DerivedFileWriter::Change> changes{
                {0x0008, 0x0016, study.sopClassUid},
                {0x0008, 0x0018, QString::fromStdString(UidFactory::newUid())},
                {0x0008, 0x0020, study.date},
                {0x0008, 0x0030, QStringLiteral("093000")},
                {0x0008, 0x0050, QStringLiteral("ACC-") + study.key},
                {0x0008, 0x0060, study.modality},
                {0x0008, 0x1030, study.description},
                {0x0010, 0x0010, study.patientName},
                {0x0010, 0x0020, study.patientId},
                {0x0010, 0x0021, study.issuer},
                {0x0010, 0x0030, study.birthDate},
                {0x0020, 0x000D, study.studyUid},
                {0x0020, 0x000E, seriesUid},
                {0x0020, 0x0013, QString::number(i)},
            };
            const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.dcm").arg(study.modality).arg(i));
            if (!DerivedFileWriter::write(sharedDicomPath(study.source), path, changes, error))
                return false;
        }
    }
    return true;
}

QString TimelineFixtures::studyUid(const std::vector<FixtureStudy>& studies, const QString& key)
{
    for (const FixtureStudy& study : studies) {
        if (study.key == key)
            return study.studyUid;
    }
    return {};
}

} // namespace continuum::testing
