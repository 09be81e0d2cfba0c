#pragma once
#include <QString>

#include <optional>
#include <string>

namespace continuum::dicom {
struct InstanceHeader;
}

namespace continuum::measure {

// What a pixel value means, so the screen never claims HU it cannot know:
//   Hounsfield  CT (Modality CT) with a rescale whose type is HU, or with no Rescale Type on a
//               CT Image Storage object (the CT Image Module makes HU its default)
//   Rescaled    a rescale or Modality LUT to other units: PET Units (Bq/ml...), the Rescale
//               Type (OD...), or "rescaled value" when unspecified (e.g. HU cannot be assumed
//               on a Secondary Capture)
//   Stored      no Modality LUT at all: the stored value
//   Colour      RGB, YBR and palette images have no single value
class ValueUnits {
public:
    enum class Kind { Hounsfield, Rescaled, Stored, Colour };

    static ValueUnits forHeader(const dicom::InstanceHeader& header, int frameInInstance);

    Kind kind() const { return m_kind; }
    // "HU", "Bq/ml", "OD"...; empty when the values have no unit we know.
    const QString& unit() const { return m_unit; }
    // A value with its unit: "40 HU", "5230 Bq/ml", "812 (rescaled value)", "812 (stored value)".
    QString format(double value, int decimals = 1) const;
    // The unit or, without one, the description in brackets: for column headers and statistics.
    QString label() const;

private:
    Kind m_kind = Kind::Stored;
    QString m_unit;
};

} // namespace continuum::measure
