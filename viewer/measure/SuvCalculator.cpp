#include "SuvCalculator.h"

#include "dicom/InstanceHeader.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace continuum::measure {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::measure::SuvCalculator", text);
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::optional<std::int64_t> julianDay(std::string_view date)
{
    if (date.size() != 8 || !allDigits(date))
        return std::nullopt;
    const QDate d(std::stoi(std::string(date.substr(0, 4))), std::stoi(std::string(date.substr(4, 2))),
                  std::stoi(std::string(date.substr(6, 2))));
    if (!d.isValid())
        return std::nullopt;
    return d.toJulianDay();
}

SuvScale refuse(const QString& reason)
{
    SuvScale s;
    s.refusal = reason;
    return s;
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

std::optional<double> SuvCalculator::secondsOfTime(const std::string& time)
{
    std::string t = time;
    std::erase(t, ':');   // ACR-NEMA "HH:MM:SS"
    const std::size_t dot = t.find('.');
    const std::string whole = t.substr(0, dot);
    if (whole.size() < 2 || whole.size() > 6 || whole.size() % 2 != 0 || !allDigits(whole))
        return std::nullopt;
    const int hh = std::stoi(whole.substr(0, 2));
    const int mm = whole.size() >= 4 ? std::stoi(whole.substr(2, 2)) : 0;
    const int ss = whole.size() >= 6 ? std::stoi(whole.substr(4, 2)) : 0;
    if (hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    double fraction = 0.0;
    if (dot != std::string::npos) {
        const std::string digits = t.substr(dot + 1);
        if (!digits.empty()) {
            if (!allDigits(digits) || whole.size() != 6)
                return std::nullopt;
            fraction = std::stod("0." + digits);
        }
    }
    return hh * 3600.0 + mm * 60.0 + ss + fraction;
}

std::optional<SuvCalculator::Instant> SuvCalculator::instantOf(const std::string& date, const std::string& time)
{
    const auto day = julianDay(date);
    const auto seconds = secondsOfTime(time);
    if (!day || !seconds)
        return std::nullopt;
    return Instant{*day, *seconds};
}

std::optional<SuvCalculator::Instant> SuvCalculator::instantOfDateTime(const std::string& dateTime)
{
    std::string dt = dateTime;
    if (const std::size_t offset = dt.find_first_of("+-"); offset != std::string::npos)
        dt.resize(offset);
    if (dt.size() < 8)
        return std::nullopt;
    const std::string time = dt.substr(8);
    if (time.empty()) {
        const auto day = julianDay(dt.substr(0, 8));
        return day ? std::optional<Instant>(Instant{*day, 0.0}) : std::nullopt;
    }
    return instantOf(dt.substr(0, 8), time);
}

SuvScale SuvCalculator::bodyWeight(const dicom::PetAttributes& pet, const std::string& earliestAcquisition)
{
    const auto& corrected = pet.correctedImage;
    auto corrects = [&corrected](const char* what) { return std::find(corrected.begin(), corrected.end(), what) != corrected.end(); };
    if (!corrects("ATTN"))
        return refuse(tr("Corrected Image (0028,0051) does not include ATTN: not attenuation corrected"));
    if (!corrects("DECY"))
        return refuse(tr("Corrected Image (0028,0051) does not include DECY: not decay corrected"));
    if (pet.decayCorrection.empty())
        return refuse(tr("Decay Correction (0054,1102) is missing"));
    if (pet.decayCorrection != "START")
        return refuse(tr("Decay Correction is %1, not START").arg(text(pet.decayCorrection)));
    if (pet.units.empty())
        return refuse(tr("Units (0054,1001) are missing"));
    if (pet.units != "BQML")
        return refuse(tr("Units are %1, not BQML").arg(text(pet.units)));

    const auto series = instantOf(pet.seriesDate, pet.seriesTime);
    if (!series)
        return refuse(tr("Series Date/Time is missing or unreadable"));
    const auto acquisition = earliestAcquisition.empty() ? instantOf(pet.acquisitionDate, pet.acquisitionTime)
                                                         : instantOfDateTime(earliestAcquisition);
    if (!acquisition)
        return refuse(tr("Acquisition Date/Time is missing or unreadable"));

    SuvScale scale;
    Instant scan = *series;
    if (series->secondsAfter(*acquisition) > 0.0) {
        // The series was made after the acquisition (post-processed): Series Time is not when
        // the scan started. Only GE records the original scan time (privately).
        const auto ge = pet.gePrivateScanDateTime.empty() ? std::nullopt : instantOfDateTime(pet.gePrivateScanDateTime);
        if (!ge)
            return refuse(tr("Series Time is after the Acquisition Time (a post-processed series?) and there is no GE "
                             "private scan time: the scan start is unknown"));
        scan = *ge;
        scale.scanTimeFromGePrivate = true;
    }

    std::optional<Instant> injection;
    if (!pet.radiopharmaceuticalStartDateTime.empty()) {
        injection = instantOfDateTime(pet.radiopharmaceuticalStartDateTime);
        if (!injection)
            return refuse(tr("Radiopharmaceutical Start DateTime is unreadable"));
    } else {
        if (pet.radiopharmaceuticalStartTime.empty())
            return refuse(tr("Radiopharmaceutical Start Time is missing"));
        injection = instantOf(pet.seriesDate, pet.radiopharmaceuticalStartTime);
        if (!injection)
            return refuse(tr("Radiopharmaceutical Start Time is unreadable"));
        // Only a time is given: taken on the series date, unless that is after the scan, when
        // the injection was before midnight.
        if (injection->secondsAfter(scan) > 0.0)
            --injection->julianDay;
    }
    const double decayTime = scan.secondsAfter(*injection);
    if (decayTime < 0.0)
        return refuse(tr("The injection time is after the scan start"));

    if (!pet.radionuclideHalfLife || !(*pet.radionuclideHalfLife > 0.0))
        return refuse(tr("Radionuclide Half Life is missing or not positive"));
    if (!pet.radionuclideTotalDose || !(*pet.radionuclideTotalDose > 0.0))
        return refuse(tr("Radionuclide Total Dose is missing or not positive"));
    if (!pet.patientWeight || !(*pet.patientWeight > 0.0))
        return refuse(tr("Patient's Weight is missing or not positive"));

    scale.decayTimeSeconds = decayTime;
    scale.decayedDoseBq = *pet.radionuclideTotalDose * std::pow(2.0, -decayTime / *pet.radionuclideHalfLife);
    scale.factor = *pet.patientWeight * 1000.0 / scale.decayedDoseBq;
    return scale;
}

} // namespace continuum::measure
