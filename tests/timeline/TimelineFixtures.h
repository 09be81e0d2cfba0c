#pragma once
#include <QString>

#include <vector>

namespace continuum::testing {

// One generated study of the timeline tests: `instances` copies of a real file of the shared set
// with the study's attributes (derived at test time, never committed).
struct FixtureStudy {
    QString key;                 // folder name and handle in the tests
    QString description;
    QString date;                // DA yyyyMMdd
    QString modality;
    QString sopClassUid;
    int instances = 1;
    QString patientName = QStringLiteral("Timeline^Generated");
    QString birthDate = QStringLiteral("19600101");
    QString patientId = QStringLiteral("TL-GEN-1");
    QString issuer = QStringLiteral("HOSP-A");
    QString source = QStringLiteral("syntaxes/photometric/ct_signed_16bit_small.dcm");
    QString studyUid;            // filled by write(); studies sharing `key` share it
};

// A patient with studies in every department, plus studies that disagree on the patient's name
// or birth date and one of the same PatientID from another issuer.
class TimelineFixtures {
public:
    static QString patientId() { return QStringLiteral("TL-GEN-1"); }
    static QString issuer() { return QStringLiteral("HOSP-A"); }
    static QString patientName() { return QStringLiteral("Timeline^Generated"); }

    // Sources: the small signed CT of syntaxes/photometric (images of every modality) and
    // nonimage/sr/basic_text_sr.dcm (reports). Entries sharing a key are series of one study.
    static std::vector<FixtureStudy> multiDepartmentPatient();

    // Writes every study under `folder` (<key>/<modality>-<n>.dcm), giving each key one fresh
    // StudyInstanceUID (stored back into `studies`) and each series fresh series/SOP UIDs.
    static bool write(const QString& folder, std::vector<FixtureStudy>& studies, QString* error);
    static QString studyUid(const std::vector<FixtureStudy>& studies, const QString& key);
};

} // namespace continuum::testing
