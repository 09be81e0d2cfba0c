#include "ValueUnits.h"

#include "dicom/InstanceHeader.h"

#include <QCoreApplication>

#include <array>

namespace continuum::measure {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::measure::ValueUnits", text);
}

// CT Image, Enhanced CT and Legacy Converted Enhanced CT Image Storage.
bool isCtStorage(const std::string& sopClassUid)
{
    static const std::array<const char*, 3> classes{"1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.2.1",
                                                    "1.2.840.10008.5.1.4.1.1.2.2"};
    for (const char* uid : classes)
        if (sopClassUid == uid)
            return true;
    return false;
}

// PET Units (0054,1001) code -> unit text (PS3.3 C.8.9.1.1.3).
QString petUnit(const std::string& code)
{
    if (code == "BQML") return QStringLiteral("Bq/ml");
    if (code == "CNTS") return tr("counts");
    if (code == "GML") return QStringLiteral("g/ml");
    if (code == "CM2ML") return QStringLiteral("cm²/ml");
    if (code == "PCNT") return QStringLiteral("%");
    if (code == "CPS") return tr("counts/s");
    if (code == "MGMINML") return QStringLiteral("mg/min/ml");
    if (code == "UMOLMINML") return QStringLiteral("µmol/min/ml");
    if (code == "MLMING") return QStringLiteral("ml/min/g");
    if (code == "MLG") return QStringLiteral("ml/g");
    if (code == "1CM") return QStringLiteral("1/cm");
    if (code == "UMOLML") return QStringLiteral("µmol/ml");
    if (code == "PROPCNTS") return tr("proportional to counts");
    if (code == "PROPCPS") return tr("proportional to counts/s");
    if (code == "MLMINML") return QStringLiteral("ml/min/ml");
    if (code == "MLML") return QStringLiteral("ml/ml");
    if (code == "GL") return QStringLiteral("g/l");
    if (code == "NONE") return {};
    return QString::fromStdString(code);
}

} // namespace

ValueUnits ValueUnits::forHeader(const dicom::InstanceHeader& header, int frameInInstance)
{
    ValueUnits units;
    if (!header.pixelFormat.isGreyscale()) {
        units.m_kind = Kind::Colour;
        return units;
    }
    if (!header.hasModalityTransform) {
        units.m_kind = Kind::Stored;
        return units;
    }
    units.m_kind = Kind::Rescaled;
    const std::string& type = header.modalityFor(frameInInstance).rescaleType;
    const bool ct = header.modality == QLatin1String("CT");
    if (ct && (type == "HU" || (type.empty() && isCtStorage(header.sopClassUid)))) {
        units.m_kind = Kind::Hounsfield;
        units.m_unit = QStringLiteral("HU");
    } else if (header.pet && !header.pet->units.empty()) {
        units.m_unit = petUnit(header.pet->units);
    } else if (!type.empty() && type != "US" && type != "HU") {   // "US": unspecified; HU only on CT
        units.m_unit = QString::fromStdString(type);
    }
    return units;
}

QString ValueUnits::format(double value, int decimals) const
{
    const QString number = QString::number(value, 'f', decimals);
    if (!m_unit.isEmpty())
        return number + QLatin1Char(' ') + m_unit;
    return QStringLiteral("%1 (%2)").arg(number, label());
}

QString ValueUnits::label() const
{
    if (!m_unit.isEmpty())
        return m_unit;
    switch (m_kind) {
    case Kind::Rescaled: return tr("rescaled value");
    case Kind::Stored: return tr("stored value");
    case Kind::Colour: return tr("colour");
    case Kind::Hounsfield: break;
    }
    return QStringLiteral("HU");
}

} // namespace continuum::measure
