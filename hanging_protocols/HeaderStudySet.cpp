#include "HeaderStudySet.h"

#include "PlaneOrientation.h"

#include "dicom/CharsetDecoder.h"
#include "dicom/SeriesGrouper.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <gdcmDataElement.h>
#include <gdcmDict.h>
#include <gdcmDicts.h>
#include <gdcmGlobal.h>
#include <gdcmReader.h>
#include <gdcmStringFilter.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace continuum::hanging_protocols {
namespace {

constexpr std::uint32_t tagOf(std::uint16_t group, std::uint16_t element) { return (std::uint32_t{group} << 16) | element; }

QString dicomDate(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString(); }

QString decimal(double value) { return QString::number(value, 'g', 10); }

bool isTextVr(gdcm::VR vr)
{
    return vr == gdcm::VR::LO || vr == gdcm::VR::SH || vr == gdcm::VR::PN || vr == gdcm::VR::LT || vr == gdcm::VR::ST
        || vr == gdcm::VR::UT || vr == gdcm::VR::UC;
}

// Reads attributes the InstanceHeader does not carry from one file, header only. The file was
// already parsed once by HeaderReader, so it is known to be readable DICOM.
class FirstFileAttributes {
public:
    explicit FirstFileAttributes(std::string path, std::string charset) : m_path(std::move(path)), m_charset(std::move(charset)) {}

    std::optional<QString> value(std::uint32_t tag)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_cache.find(tag); it != m_cache.end())
            return it->second;
        std::optional<QString> result = read(tag);
        m_cache.emplace(tag, result);
        return result;
    }

private:
    std::optional<QString> read(std::uint32_t tagValue)
    {
        if (!m_reader) {
            m_reader = std::make_unique<gdcm::Reader>();
            m_reader->SetFileName(m_path.c_str());
            const std::set<gdcm::Tag> skip{gdcm::Tag(0x7fe0, 0x0010)};
            m_readable = m_reader->ReadUpToTag(gdcm::Tag(0x7fe0, 0x0010), skip);
        }
        if (!m_readable)
            return std::nullopt;
        const gdcm::Tag tag(static_cast<std::uint16_t>(tagValue >> 16), static_cast<std::uint16_t>(tagValue & 0xffff));
        const gdcm::DataSet& dataSet = tag.GetGroup() == 0x0002 ? m_reader->GetFile().GetHeader() : m_reader->GetFile().GetDataSet();
        if (!dataSet.FindDataElement(tag))
            return std::nullopt;
        const gdcm::DataElement& element = dataSet.GetDataElement(tag);
        gdcm::VR vr = element.GetVR();
        if (vr == gdcm::VR::INVALID || vr == gdcm::VR::UN)
            vr = gdcm::Global::GetInstance().GetDicts().GetDictEntry(tag).GetVR();
        if (vr == gdcm::VR::SQ)
            return QString();   // present; sequences have no text value
        if (isTextVr(vr)) {
            const gdcm::ByteValue* bytes = element.GetByteValue();
            if (!bytes || !bytes->GetPointer())
                return QString();
            std::string_view raw(bytes->GetPointer(), bytes->GetLength());
            while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\0'))
                raw.remove_suffix(1);
            if (!m_decoder)
                m_decoder = std::make_unique<dicom::CharsetDecoder>(m_charset);
            const dicom::TextKind kind = vr == gdcm::VR::PN ? dicom::TextKind::PersonName
                                       : (vr == gdcm::VR::LT || vr == gdcm::VR::ST || vr == gdcm::VR::UT) ? dicom::TextKind::Text
                                                                                                          : dicom::TextKind::Other;
            return m_decoder->decode(raw, kind);
        }
        gdcm::StringFilter filter;
        filter.SetFile(m_reader->GetFile());
        QString text = QString::fromStdString(filter.ToString(tag));
        while (!text.isEmpty() && (text.back() == QLatin1Char(' ') || text.back() == QChar(0)))
            text.chop(1);
        QStringList parts = text.split(QLatin1Char('\\'));
        for (QString& part : parts)
            part = part.trimmed();
        return parts.join(QLatin1Char('\\'));
    }

    std::string m_path;
    std::string m_charset;
    std::mutex m_mutex;
    std::unique_ptr<gdcm::Reader> m_reader;
    bool m_readable = false;
    std::unique_ptr<dicom::CharsetDecoder> m_decoder;
    std::map<std::uint32_t, std::optional<QString>> m_cache;
};

class HeaderSeries final : public SeriesAttributes {
public:
    explicit HeaderSeries(dicom::SeriesDescriptor series)
        : m_series(std::move(series)), m_file(m_series.first().filePath, m_series.first().specificCharacterSet)
    {
    }

    const dicom::InstanceHeader& first() const { return m_series.first(); }

    std::optional<QString> value(const AttributeKey& key) const override
    {
        if (key.kind() == AttributeKey::Kind::Derived)
            return derived(key.derived());
        if (std::optional<QString> known = fromHeader(key.tag()))
            return known;
        return m_file.value(key.tag());
    }
    QString seriesInstanceUid() const override { return QString::fromStdString(m_series.seriesInstanceUid); }
    int seriesNumber() const override { return first().seriesNumber; }
    QString seriesDescription() const override
    {
        return m_series.part > 0 ? QStringLiteral("%1 (part %2)").arg(first().seriesDescription).arg(m_series.part) : first().seriesDescription;
    }
    QString modality() const override { return first().modality; }

private:
    std::optional<QString> derived(DerivedAttribute attribute) const
    {
        switch (attribute) {
        case DerivedAttribute::NumberOfFrames:
            return QString::number(m_series.frameCount());
        case DerivedAttribute::MultiFrame:
            return std::any_of(m_series.instances.begin(), m_series.instances.end(),
                               [](const dicom::InstanceHeader& h) { return h.pixelFormat.numberOfFrames > 1; })
                     ? QStringLiteral("true")
                     : QStringLiteral("false");
        case DerivedAttribute::NumberOfInstances:
            return QString::number(m_series.instances.size());
        case DerivedAttribute::BodyPart:
            for (const dicom::InstanceHeader& h : m_series.instances) {
                if (!h.bodyPartExamined.isEmpty())
                    return h.bodyPartExamined.toUpper();
            }
            return std::nullopt;
        case DerivedAttribute::Orientation: {
            if (first().frames.empty())
                return std::nullopt;
            const dicom::FrameGeometry& g = first().frames.front();
            if (!g.rowDirection || !g.columnDirection)
                return std::nullopt;
            return PlaneOrientation::name(PlaneOrientation::classify({g.rowDirection->x, g.rowDirection->y, g.rowDirection->z},
                                                                     {g.columnDirection->x, g.columnDirection->y, g.columnDirection->z}));
        }
        case DerivedAttribute::ModalitiesInStudy:
            return first().modality;
        case DerivedAttribute::NumberOfSeries:
            return QStringLiteral("1");
        case DerivedAttribute::DaysBeforeCurrent:
            return std::nullopt;
        }
        return std::nullopt;
    }

    // The attributes HeaderReader already decoded (no second read of the file).
    std::optional<QString> fromHeader(std::uint32_t tag) const
    {
        const dicom::InstanceHeader& h = first();
        auto text = [](const QString& s) -> std::optional<QString> { return s; };
        auto uid = [](const std::string& s) -> std::optional<QString> {
            if (s.empty())
                return std::nullopt;
            return QString::fromStdString(s);
        };
        switch (tag) {
        case tagOf(0x0008, 0x0016): return uid(h.sopClassUid);
        case tagOf(0x0008, 0x0018): return uid(h.sopInstanceUid);
        case tagOf(0x0008, 0x0020): return h.studyDate.isValid() ? std::optional<QString>(dicomDate(h.studyDate)) : std::nullopt;
        case tagOf(0x0008, 0x0050): return text(h.accessionNumber);
        case tagOf(0x0008, 0x0060): return text(h.modality);
        case tagOf(0x0008, 0x1030): return text(h.studyDescription);
        case tagOf(0x0008, 0x103e): return text(h.seriesDescription);
        case tagOf(0x0010, 0x0010): return text(h.patient.name);
        case tagOf(0x0010, 0x0020): return text(h.patient.id);
        case tagOf(0x0010, 0x0040): return text(h.patient.sex);
        case tagOf(0x0020, 0x000d): return uid(h.studyInstanceUid);
        case tagOf(0x0020, 0x000e): return uid(h.seriesInstanceUid);
        case tagOf(0x0020, 0x0052): return uid(h.frameOfReferenceUid);
        case tagOf(0x0020, 0x0011): return QString::number(h.seriesNumber);
        case tagOf(0x0028, 0x0008): return QString::number(h.pixelFormat.numberOfFrames);
        case tagOf(0x0028, 0x0010): return QString::number(h.pixelFormat.rows);
        case tagOf(0x0028, 0x0011): return QString::number(h.pixelFormat.columns);
        case tagOf(0x0018, 0x1063): return h.frameTimeMs ? std::optional<QString>(decimal(*h.frameTimeMs)) : std::nullopt;
        case tagOf(0x0018, 0x0040): return h.cineRate ? std::optional<QString>(decimal(*h.cineRate)) : std::nullopt;
        default: return std::nullopt;   // not decoded by HeaderReader: read from the file
        }
    }

    dicom::SeriesDescriptor m_series;
    mutable FirstFileAttributes m_file;
};

class HeaderStudy final : public StudyAttributes {
public:
    explicit HeaderStudy(std::vector<dicom::SeriesDescriptor> series)
    {
        // Series in SeriesNumber order (then UID), as a reader lists them.
        std::stable_sort(series.begin(), series.end(), [](const dicom::SeriesDescriptor& a, const dicom::SeriesDescriptor& b) {
            if (a.first().seriesNumber != b.first().seriesNumber)
                return a.first().seriesNumber < b.first().seriesNumber;
            if (a.seriesInstanceUid != b.seriesInstanceUid)
                return a.seriesInstanceUid < b.seriesInstanceUid;
            return a.part < b.part;
        });
        for (dicom::SeriesDescriptor& s : series)
            m_series.push_back(std::make_unique<HeaderSeries>(std::move(s)));
    }

    int seriesCount() const override { return static_cast<int>(m_series.size()); }
    const SeriesAttributes& series(int index) const override { return *m_series[static_cast<std::size_t>(index)]; }
    QString studyInstanceUid() const override { return QString::fromStdString(first().studyInstanceUid); }
    QString patientId() const override { return first().patient.id; }
    QDate studyDate() const override { return first().studyDate; }
    QString studyDescription() const override { return first().studyDescription; }

private:
    const dicom::InstanceHeader& first() const { return m_series.front()->first(); }
    std::vector<std::unique_ptr<HeaderSeries>> m_series;
};

} // namespace

std::vector<std::unique_ptr<StudyAttributes>> HeaderStudySet::studiesFromHeaders(std::vector<dicom::InstanceHeader> images)
{
    std::vector<dicom::SeriesDescriptor> allSeries = dicom::SeriesGrouper::group(std::move(images));
    // Studies in order of first appearance; a series belongs to the study of its first instance.
    std::vector<std::string> order;
    std::map<std::string, std::vector<dicom::SeriesDescriptor>> byStudy;
    for (dicom::SeriesDescriptor& series : allSeries) {
        const std::string& study = series.first().studyInstanceUid;
        if (!byStudy.count(study))
            order.push_back(study);
        byStudy[study].push_back(std::move(series));
    }
    std::vector<std::unique_ptr<StudyAttributes>> studies;
    for (const std::string& uid : order)
        studies.push_back(std::make_unique<HeaderStudy>(std::move(byStudy[uid])));
    return studies;
}

StudySet HeaderStudySet::fromHeaders(std::vector<dicom::InstanceHeader> images, std::vector<std::unique_ptr<StudyAttributes>>* otherPatients)
{
    return StudySet::fromStudies(studiesFromHeaders(std::move(images)), otherPatients);
}

} // namespace continuum::hanging_protocols
