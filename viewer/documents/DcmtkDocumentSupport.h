#pragma once
// Private to continuum_documents: helpers shared by the readers and writers. Only forward
// declarations of DCMTK types here; the toolkit headers stay in the .cpp files.
#include "DocumentTypes.h"

#include <QString>

#include <optional>
#include <vector>

class DcmItem;
class DcmFileFormat;
class DcmTagKey;

namespace continuum::documents::detail {

// Collects the first failure of a sequence of DCMTK calls, so writers can stay linear.
class WriteStatus {
public:
    void fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = what;
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
};

// Reading (values are UTF-8 after loadDataset converted the data set).
QString text(DcmItem& item, const DcmTagKey& tag);                 // all values, '\'-separated
QString value(DcmItem& item, const DcmTagKey& tag, unsigned long pos);
std::vector<double> numbers(DcmItem& item, const DcmTagKey& tag);   // any numeric or DS/IS VR
std::optional<double> number(DcmItem& item, const DcmTagKey& tag);
std::vector<DcmItem*> items(DcmItem& parent, const DcmTagKey& sequence);
DcmItem* firstItem(DcmItem& parent, const DcmTagKey& sequence);
CodedConcept code(DcmItem& codeItem);
std::optional<CodedConcept> codeIn(DcmItem& parent, const DcmTagKey& sequence);
// One item of ReferencedImageSequence / ReferencedSOPSequence.
ImageReference sopReference(DcmItem& item);
std::vector<ImageReference> referencedImages(DcmItem& parent, const DcmTagKey& sequence, const QString& seriesUid = {});
StudyContext studyContext(DcmItem& dataset);

QDate parseDate(const QString& da);
QTime parseTime(const QString& tm);
QDateTime parseDateTime(const QString& dt);

// Loads a Part 10 file (or bare data set) and converts its text to UTF-8.
bool loadDataset(const QString& path, DcmFileFormat& file, QString* error, bool stopBeforePixelData = false);

// Writing.
void put(DcmItem& item, const DcmTagKey& tag, const QString& value, WriteStatus& status);
void putCode(DcmItem& parent, const DcmTagKey& sequence, const CodedConcept& conceptName, WriteStatus& status);
void putStudyContext(DcmItem& dataset, const StudyContext& study, WriteStatus& status);
// ReferencedSeriesSequence grouped by series, each with its ReferencedImageSequence.
void putReferencedSeries(DcmItem& dataset, const std::vector<ImageReference>& images, WriteStatus& status);
void putReferencedImages(DcmItem& parent, const DcmTagKey& sequence, const std::vector<ImageReference>& images, WriteStatus& status);
bool saveFile(DcmFileFormat& file, const QString& path, QString* error);

QString newUid();
QString dicomDate(const QDate& date);
QString dicomTime(const QTime& time);
QString decimalString(double value);   // DS text, at most 16 characters

} // namespace continuum::documents::detail
