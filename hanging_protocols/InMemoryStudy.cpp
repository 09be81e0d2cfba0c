#include "InMemoryStudy.h"

namespace continuum::hanging_protocols {
namespace {
const AttributeKey kModality = AttributeKey::fromTag(0x0008, 0x0060);
const AttributeKey kSeriesNumber = AttributeKey::fromTag(0x0020, 0x0011);
const AttributeKey kSeriesDescription = AttributeKey::fromTag(0x0008, 0x103e);
const AttributeKey kSeriesInstanceUid = AttributeKey::fromTag(0x0020, 0x000e);
} // namespace

InMemoryStudy::Series& InMemoryStudy::Series::set(const AttributeKey& key, const QString& value)
{
    m_values.insert(key.identity(), value);
    return *this;
}

std::optional<QString> InMemoryStudy::Series::value(const AttributeKey& key) const
{
    const auto it = m_values.constFind(key.identity());
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QString InMemoryStudy::Series::seriesInstanceUid() const { return m_values.value(kSeriesInstanceUid.identity()); }
int InMemoryStudy::Series::seriesNumber() const { return m_values.value(kSeriesNumber.identity()).toInt(); }
QString InMemoryStudy::Series::seriesDescription() const { return m_values.value(kSeriesDescription.identity()); }
QString InMemoryStudy::Series::modality() const { return m_values.value(kModality.identity()); }

InMemoryStudy::InMemoryStudy(QString studyInstanceUid, QString patientId, QDate studyDate, QString studyDescription)
    : m_studyInstanceUid(std::move(studyInstanceUid)), m_patientId(std::move(patientId)), m_studyDate(studyDate),
      m_studyDescription(std::move(studyDescription))
{
}

InMemoryStudy::Series& InMemoryStudy::addSeries(const QString& modality, int seriesNumber, const QString& description,
                                                const QString& seriesInstanceUid)
{
    auto series = std::make_unique<Series>();
    series->set(kModality, modality)
        .set(kSeriesNumber, QString::number(seriesNumber))
        .set(kSeriesDescription, description)
        .set(kSeriesInstanceUid, seriesInstanceUid)
        .set(AttributeKey::fromTag(0x0020, 0x000d), m_studyInstanceUid)
        .set(AttributeKey::fromTag(0x0010, 0x0020), m_patientId)
        .set(AttributeKey::fromTag(0x0008, 0x0020), m_studyDate.toString(QStringLiteral("yyyyMMdd")))
        .set(AttributeKey::fromTag(0x0008, 0x1030), m_studyDescription);
    m_series.push_back(std::move(series));
    return *m_series.back();
}

} // namespace continuum::hanging_protocols
