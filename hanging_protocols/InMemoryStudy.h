#pragma once
#include "StudyAttributes.h"

#include <QHash>

#include <memory>
#include <vector>

namespace continuum::hanging_protocols {

// A study whose attributes are plain values set by the caller: for studies described by another
// source (a catalog row, a query result), for the benchmark and for unit tests.
class InMemoryStudy final : public StudyAttributes {
public:
    class Series final : public SeriesAttributes {
    public:
        Series& set(const AttributeKey& key, const QString& value);
        std::optional<QString> value(const AttributeKey& key) const override;
        QString seriesInstanceUid() const override;
        int seriesNumber() const override;
        QString seriesDescription() const override;
        QString modality() const override;

    private:
        QHash<std::uint64_t, QString> m_values;
    };

    InMemoryStudy(QString studyInstanceUid, QString patientId, QDate studyDate, QString studyDescription = {});

    // Adds a series with Modality, SeriesNumber, SeriesDescription and SeriesInstanceUID set;
    // set more with the returned reference.
    Series& addSeries(const QString& modality, int seriesNumber, const QString& description, const QString& seriesInstanceUid);

    int seriesCount() const override { return static_cast<int>(m_series.size()); }
    const SeriesAttributes& series(int index) const override { return *m_series[static_cast<std::size_t>(index)]; }
    QString studyInstanceUid() const override { return m_studyInstanceUid; }
    QString patientId() const override { return m_patientId; }
    QDate studyDate() const override { return m_studyDate; }
    QString studyDescription() const override { return m_studyDescription; }

private:
    QString m_studyInstanceUid;
    QString m_patientId;
    QDate m_studyDate;
    QString m_studyDescription;
    std::vector<std::unique_ptr<Series>> m_series;
};

} // namespace continuum::hanging_protocols
