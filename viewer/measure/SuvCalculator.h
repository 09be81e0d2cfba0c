#pragma once
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace continuum::dicom {
struct PetAttributes;
}

namespace continuum::measure {

// SUV body weight of one PET image: SUVbw = modality value (Bq/ml) x factor, factor in g/Bq.
// Either a factor, or the reason it was refused ("Units are CNTS, not BQML").
struct SuvScale {
    std::optional<double> factor;      // weight[g] / decayed dose[Bq]
    QString refusal;                   // set when factor is not
    double decayTimeSeconds = 0.0;     // scan time - injection time
    double decayedDoseBq = 0.0;
    bool scanTimeFromGePrivate = false;

    bool available() const { return factor.has_value(); }
};

// The QIBA vendor-neutral SUV pseudo-code (QIBA wiki, "Standardized Uptake Value (SUV)"),
// body weight only, Units BQML only:
//   Corrected Image contains ATTN and DECY; Decay Correction is START; Units are BQML.
//   scan date-time = Series Date/Time unless it is after the (earliest) Acquisition Date/Time,
//     in which case the series may be post-processed: GE's private scan date-time
//     (0009,xx0D "GEMS_PETD_01") if present, else refused.
//   injection = Radiopharmaceutical Start DateTime, else Series Date + Radiopharmaceutical
//     Start Time, taken on the day before when that would fall after the scan (midnight).
//   decayed dose = Radionuclide Total Dose x 2^(-(scan - injection) / half life)
//   factor = Patient's Weight [kg] x 1000 / decayed dose
// Everything missing, zero or negative is refused by name.
class SuvCalculator {
public:
    // `earliestAcquisition`: the earliest AcquisitionDate+Time (DICOM DA and TM text joined as
    // "YYYYMMDDHHMMSS.FFFFFF") over the series' instances; defaults to this instance's.
    static SuvScale bodyWeight(const dicom::PetAttributes& pet, const std::string& earliestAcquisition = {});

    // A DICOM date and time as a day number and seconds into that day (kept apart so that
    // sub-millisecond differences survive: seconds since an epoch lose them in a double).
    struct Instant {
        std::int64_t julianDay = 0;
        double secondOfDay = 0.0;
        double secondsAfter(const Instant& earlier) const
        {
            return static_cast<double>(julianDay - earlier.julianDay) * 86400.0 + (secondOfDay - earlier.secondOfDay);
        }
    };
    // DA + TM texts, or a DT text (its UTC offset ignored: series times are local too);
    // nullopt when unparsable.
    static std::optional<Instant> instantOf(const std::string& date, const std::string& time);
    static std::optional<Instant> instantOfDateTime(const std::string& dateTime);
    static std::optional<double> secondsOfTime(const std::string& time);   // since midnight
};

} // namespace continuum::measure
