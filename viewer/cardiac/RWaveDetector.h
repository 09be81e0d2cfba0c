#pragma once
#include "EcgWaveform.h"

#include <vector>

namespace continuum::cine {
struct CineLoop;
}

namespace continuum::cardiac {

// R-wave times of one ECG lead, Pan-Tompkins style (Pan & Tompkins, IEEE TBME 32(3) 1985):
// band-pass 5-15 Hz (Butterworth, run forward and backward so it adds no delay), five-point
// derivative, squaring, moving-window integration (150 ms), adaptive signal/noise thresholds with
// search-back for a missed beat (RR > 1.66 x mean RR, half threshold), T-wave rejection by slope
// inside 360 ms, refractory period 200 ms. Each beat is then refined on the raw lead: the sample
// with the largest |value - local median| within +-120 ms of the integrated peak, so the time is
// the R (or, for a negative QRS, the S) peak of the lead itself and baseline wander moves nothing.
class RWaveDetector {
public:
    struct Options {
        double lowCutHz = 5.0;
        double highCutHz = 15.0;
        double integrationWindowMs = 150.0;
        double refractoryMs = 200.0;
        double refineWindowMs = 120.0;
    };

    // Sample indices of the R waves of `samples` (NaN samples are held at the last value).
    static std::vector<int> detectSamples(const std::vector<double>& samples, double sampleRateHz, const Options& options);
    static std::vector<int> detectSamples(const std::vector<double>& samples, double sampleRateHz)
    {
        return detectSamples(samples, sampleRateHz, Options{});
    }
    // R-wave times (ms) of channel `channel` in the waveform's time base (EcgWaveform::timeOfSampleMs,
    // channel skew added). Empty for an invalid channel.
    static std::vector<double> detectTimesMs(const EcgWaveform& waveform, int channel, const Options& options);
    static std::vector<double> detectTimesMs(const EcgWaveform& waveform, int channel)
    {
        return detectTimesMs(waveform, channel, Options{});
    }

    // R waves of a cine without a waveform, in loop file time (ms from frame 0): what CineLoop
    // read from the headers (TriggerTime with HeartRate / NominalInterval, per-frame trigger
    // delays), else the starts of the R Wave Pointer frames (0-based, WaveformReader::readRWaveFrames).
    static std::vector<double> fromCineLoop(const cine::CineLoop& loop, const std::vector<int>& rWaveFrames);

    // Mean heart rate (beats per minute) from successive R times; 0 with fewer than two.
    static double meanHeartRateBpm(const std::vector<double>& rWaveTimesMs);
};

} // namespace continuum::cardiac
