#include "RWaveDetector.h"

#include "cine/CineLoop.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace continuum::cardiac {
namespace {

constexpr double kButterworthQ = 1.0 / std::numbers::sqrt2;

// One second-order section (RBJ audio-EQ cookbook, Q = 1/sqrt(2): Butterworth).
struct Biquad {
    double b0, b1, b2, a1, a2;

    static Biquad lowPass(double cutoffHz, double rateHz)
    {
        const double w = 2.0 * std::numbers::pi * cutoffHz / rateHz;
        const double alpha = std::sin(w) / (2.0 * kButterworthQ);
        const double c = std::cos(w);
        const double a0 = 1.0 + alpha;
        return {(1.0 - c) / 2.0 / a0, (1.0 - c) / a0, (1.0 - c) / 2.0 / a0, -2.0 * c / a0, (1.0 - alpha) / a0};
    }
    static Biquad highPass(double cutoffHz, double rateHz)
    {
        const double w = 2.0 * std::numbers::pi * cutoffHz / rateHz;
        const double alpha = std::sin(w) / (2.0 * kButterworthQ);
        const double c = std::cos(w);
        const double a0 = 1.0 + alpha;
        return {(1.0 + c) / 2.0 / a0, -(1.0 + c) / a0, (1.0 + c) / 2.0 / a0, -2.0 * c / a0, (1.0 - alpha) / a0};
    }

    void apply(std::vector<double>& x) const
    {
        double x1 = x.empty() ? 0.0 : x.front(), x2 = x1, y1 = 0.0, y2 = 0.0;
        // Start from the steady state for a constant input equal to the first sample.
        const double dcGain = (b0 + b1 + b2) / (1.0 + a1 + a2);
        y1 = y2 = x1 * dcGain;
        for (double& v : x) {
            const double y = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = v;
            y2 = y1;
            y1 = y;
            v = y;
        }
    }
};

// Forward then backward: zero phase, so the integrated peak sits on the QRS, not after it.
void filtFilt(std::vector<double>& x, const Biquad& filter)
{
    filter.apply(x);
    std::reverse(x.begin(), x.end());
    filter.apply(x);
    std::reverse(x.begin(), x.end());
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

std::vector<int> RWaveDetector::detectSamples(const std::vector<double>& input, double rateHz, const Options& options)
{
    const int n = static_cast<int>(input.size());
    if (rateHz <= 0.0 || n < static_cast<int>(rateHz))   // under a second: no rhythm to find
        return {};
    const auto ms = [rateHz](double milliseconds) { return std::max(1, static_cast<int>(std::lround(milliseconds * rateHz / 1000.0))); };

    // Raw lead with gaps (NaN) held at the last value.
    std::vector<double> raw(input);
    double last = 0.0;
    for (double& v : raw) {
        if (std::isfinite(v))
            last = v;
        else
            v = last;
    }

    // 1. Band-pass. Reflect one second at each end so the filters settle before the data.
    const int pad = std::min(n - 1, ms(1000.0));
    std::vector<double> band;
    band.reserve(static_cast<std::size_t>(n + 2 * pad));
    for (int i = pad; i > 0; --i)
        band.push_back(2.0 * raw[0] - raw[static_cast<std::size_t>(i)]);
    band.insert(band.end(), raw.begin(), raw.end());
    for (int i = 1; i <= pad; ++i)
        band.push_back(2.0 * raw[static_cast<std::size_t>(n - 1)] - raw[static_cast<std::size_t>(n - 1 - i)]);
    const double highCut = std::min(options.highCutHz, 0.45 * rateHz);
    filtFilt(band, Biquad::highPass(options.lowCutHz, rateHz));
    filtFilt(band, Biquad::lowPass(highCut, rateHz));
    band.erase(band.begin(), band.begin() + pad);
    band.resize(static_cast<std::size_t>(n));

    // 2. Five-point derivative (centred), 3. squaring.
    std::vector<double> slope(static_cast<std::size_t>(n), 0.0);
    for (int i = 2; i + 2 < n; ++i) {
        const auto at = [&band](int k) { return band[static_cast<std::size_t>(k)]; };
        slope[static_cast<std::size_t>(i)] = (2.0 * at(i + 1) + at(i + 2) - at(i - 2) - 2.0 * at(i - 1)) * rateHz / 8.0;
    }
    std::vector<double> squared(slope.size());
    std::transform(slope.begin(), slope.end(), squared.begin(), [](double d) { return d * d; });

    // 4. Moving-window integration, centred.
    const int window = ms(options.integrationWindowMs);
    std::vector<double> prefix(static_cast<std::size_t>(n + 1), 0.0);
    for (int i = 0; i < n; ++i)
        prefix[static_cast<std::size_t>(i + 1)] = prefix[static_cast<std::size_t>(i)] + squared[static_cast<std::size_t>(i)];
    std::vector<double> integrated(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int from = std::max(0, i - window / 2);
        const int to = std::min(n, i - window / 2 + window);
        integrated[static_cast<std::size_t>(i)] = (prefix[static_cast<std::size_t>(to)] - prefix[static_cast<std::size_t>(from)]) / window;
    }

    // Candidates: local maxima of the integrated signal with no larger value within the
    // refractory period on either side.
    const int refractory = ms(options.refractoryMs);
    std::vector<int> candidates;
    for (int i = 1; i + 1 < n; ++i) {
        const double v = integrated[static_cast<std::size_t>(i)];
        if (v <= 0.0 || v < integrated[static_cast<std::size_t>(i - 1)] || v < integrated[static_cast<std::size_t>(i + 1)])
            continue;
        bool largest = true;
        for (int k = std::max(0, i - refractory); k <= std::min(n - 1, i + refractory) && largest; ++k)
            if (integrated[static_cast<std::size_t>(k)] > v || (integrated[static_cast<std::size_t>(k)] == v && k < i))
                largest = false;
        if (largest)
            candidates.push_back(i);
    }
    if (candidates.empty())
        return {};

    // 5. Adaptive thresholds, learnt over the first two seconds.
    const int learn = std::min(n, ms(2000.0));
    const double learnMax = *std::max_element(integrated.begin(), integrated.begin() + learn);
    const double learnMean = std::accumulate(integrated.begin(), integrated.begin() + learn, 0.0) / learn;
    double signalLevel = 0.25 * learnMax;
    double noiseLevel = 0.5 * learnMean;
    const auto threshold = [&] { return noiseLevel + 0.25 * (signalLevel - noiseLevel); };
    const auto maxSlopeNear = [&](int centre) {
        double best = 0.0;
        for (int k = std::max(0, centre - window / 2); k < std::min(n, centre + window / 2); ++k)
            best = std::max(best, std::abs(slope[static_cast<std::size_t>(k)]));
        return best;
    };

    std::vector<int> beats;
    std::vector<double> beatSlopes;
    std::vector<int> rejected;
    const int tWaveLimit = ms(360.0);
    const auto meanRr = [&] {
        const std::size_t count = std::min<std::size_t>(8, beats.size() - 1);
        return static_cast<double>(beats.back() - beats[beats.size() - 1 - count]) / static_cast<double>(count);
    };
    for (const int c : candidates) {
        const double v = integrated[static_cast<std::size_t>(c)];
        // Search back for a beat missed since the last one, at half the threshold.
        if (beats.size() >= 2 && c - beats.back() > 1.66 * meanRr()) {
            int best = -1;
            for (const int r : rejected)
                if (r > beats.back() + refractory && r < c - refractory && integrated[static_cast<std::size_t>(r)] > 0.5 * threshold()
                    && (best < 0 || integrated[static_cast<std::size_t>(r)] > integrated[static_cast<std::size_t>(best)]))
                    best = r;
            if (best >= 0) {
                beats.push_back(best);
                beatSlopes.push_back(maxSlopeNear(best));
                signalLevel = 0.25 * integrated[static_cast<std::size_t>(best)] + 0.75 * signalLevel;
            }
        }
        bool isBeat = v > threshold();
        if (isBeat && !beats.empty() && c - beats.back() < tWaveLimit && maxSlopeNear(c) < 0.5 * beatSlopes.back())
            isBeat = false;   // a T wave: as much energy as a beat, half the slope
        if (isBeat) {
            beats.push_back(c);
            beatSlopes.push_back(maxSlopeNear(c));
            signalLevel = 0.125 * v + 0.875 * signalLevel;
        } else {
            rejected.push_back(c);
            noiseLevel = 0.125 * v + 0.875 * noiseLevel;
        }
    }

    // 6. Refine on the raw lead: the largest deflection from the local baseline.
    const int refine = ms(options.refineWindowMs);
    std::vector<int> refined;
    for (const int b : beats) {
        const int from = std::max(0, b - refine);
        const int to = std::min(n - 1, b + refine);
        const double baseline = median(std::vector<double>(raw.begin() + from, raw.begin() + to + 1));
        int best = from;
        for (int k = from; k <= to; ++k)
            if (std::abs(raw[static_cast<std::size_t>(k)] - baseline) > std::abs(raw[static_cast<std::size_t>(best)] - baseline))
                best = k;
        const auto deflection = [&](int k) { return std::abs(raw[static_cast<std::size_t>(k)] - baseline); };
        if (!refined.empty() && best - refined.back() < refractory) {
            if (deflection(best) > deflection(refined.back()))
                refined.back() = best;
            continue;
        }
        refined.push_back(best);
    }
    return refined;
}

std::vector<double> RWaveDetector::detectTimesMs(const EcgWaveform& waveform, int channel, const Options& options)
{
    if (channel < 0 || channel >= static_cast<int>(waveform.channels.size()))
        return {};
    const WaveformChannel& lead = waveform.channels[static_cast<std::size_t>(channel)];
    std::vector<double> times;
    for (const int index : detectSamples(lead.samples, waveform.sampleRateHz, options))
        times.push_back(waveform.timeOfSampleMs(index) + lead.skewMs);
    return times;
}

std::vector<double> RWaveDetector::fromCineLoop(const cine::CineLoop& loop, const std::vector<int>& rWaveFrames)
{
    if (!loop.rWaveTimesMs.empty())
        return loop.rWaveTimesMs;
    std::vector<double> times;
    for (const int frame : rWaveFrames)
        if (frame >= 0 && frame < loop.timing.frameCount())
            times.push_back(loop.timing.frameStartMs(frame));
    std::sort(times.begin(), times.end());
    return times;
}

double RWaveDetector::meanHeartRateBpm(const std::vector<double>& rWaveTimesMs)
{
    if (rWaveTimesMs.size() < 2)
        return 0.0;
    const double span = rWaveTimesMs.back() - rWaveTimesMs.front();
    return span > 0.0 ? 60000.0 * static_cast<double>(rWaveTimesMs.size() - 1) / span : 0.0;
}

} // namespace continuum::cardiac
