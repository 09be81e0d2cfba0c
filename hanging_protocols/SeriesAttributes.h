#pragma once
#include "AttributeKey.h"

#include <QString>

#include <optional>

namespace continuum::hanging_protocols {

// One series as the engine sees it. value() answers DICOM attributes (of the series' first
// instance) and the series-level derived attributes (numberOfFrames, multiFrame, orientation,
// numberOfInstances, bodyPart). Multiple values are joined with '\', as in DICOM.
class SeriesAttributes {
public:
    virtual ~SeriesAttributes() = default;
    virtual std::optional<QString> value(const AttributeKey& key) const = 0;

    virtual QString seriesInstanceUid() const = 0;
    virtual int seriesNumber() const = 0;
    virtual QString seriesDescription() const = 0;
    virtual QString modality() const = 0;
};

} // namespace continuum::hanging_protocols
