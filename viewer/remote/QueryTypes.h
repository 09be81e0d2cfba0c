#pragma once
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace continuum::remote {

enum class QueryLevel { Patient, Study, Series, Image };

// C-FIND keys. Empty fields do not restrict. Text keys may use the DICOM wildcards * and ?.
struct QueryRequest {
    QueryLevel level = QueryLevel::Study;
    QString patientName;
    QString patientId;
    QString accessionNumber;
    QString studyInstanceUid;   // required at series and image level (study root)
    QString seriesInstanceUid;  // required at image level
    QString modality;           // ModalitiesInStudy at study level, Modality at series level
    QDate dateFrom;             // study date range, either end may be open
    QDate dateTo;
};

// One C-FIND match, text decoded with the response's Specific Character Set. Fields that the
// level does not return stay empty; counts are -1 when the server did not send them.
struct QueryRow {
    QueryLevel level = QueryLevel::Study;
    QString patientName;        // DICOM form, components separated by '^'
    QString patientId;
    QDate patientBirthDate;
    QString patientSex;
    int patientStudies = -1;

    QString studyInstanceUid;
    QDate studyDate;
    QString studyTime;
    QString accessionNumber;
    QString studyDescription;
    QString modalitiesInStudy;  // backslash-separated as sent
    int studySeries = -1;
    int studyInstances = -1;

    QString seriesInstanceUid;
    QString modality;
    int seriesNumber = -1;
    QString seriesDescription;
    int seriesInstances = -1;

    // Image level: what a retrieve needs to know (which instances, how big) before it starts.
    QString sopInstanceUid;
    QString sopClassUid;
    int instanceNumber = -1;
    int rows = -1;
    int columns = -1;
    int bitsAllocated = -1;
    int samplesPerPixel = -1;
    int numberOfFrames = -1;
};

struct RetrieveProgress {
    int completed = 0;   // sub-operations done (from the server's responses or files received)
    int remaining = -1;  // -1 when the server does not say
    int failed = 0;
    int warning = 0;
};

} // namespace continuum::remote
