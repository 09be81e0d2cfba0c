#pragma once
#include "AttributeKey.h"
#include "SeriesAttributes.h"

#include <QDate>
#include <QString>

#include <optional>

namespace continuum::hanging_protocols {

// One study as the engine sees it: study-level values plus its series. The default value()
// answers a DICOM attribute with the distinct values of all series ("CT\PT" for Modality of a
// PET/CT), modalitiesInStudy, numberOfSeries and numberOfInstances from the series, and any other
// series-level derived attribute as the union over the series. daysBeforeCurrent depends on the
// other studies and is answered by the matcher, not here.
class StudyAttributes {
public:
    virtual ~StudyAttributes() = default;

    virtual int seriesCount() const = 0;
    virtual const SeriesAttributes& series(int index) const = 0;
    virtual QString studyInstanceUid() const = 0;
    virtual QString patientId() const = 0;
    virtual QDate studyDate() const = 0;
    virtual QString studyDescription() const = 0;

    virtual std::optional<QString> value(const AttributeKey& key) const;

    // The distinct values of `key` over all series, joined with '\' (nullopt when none has it).
    std::optional<QString> unionOverSeries(const AttributeKey& key) const;
};

} // namespace continuum::hanging_protocols
