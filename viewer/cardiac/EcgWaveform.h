#pragma once
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace continuum::cardiac {

// One channel of a waveform multiplex group, values converted to physical units.
struct WaveformChannel {
    QString label;        // Channel Source CodeMeaning ("Lead II"), else Channel Label
    QString sourceCode;   // Channel Source CodeValue (e.g. SCPECG "5.6.3-9-2"), may be empty
    QString unit;         // "mV" for any voltage channel (converted), else the file's unit code
    bool isVoltage = false;
    double skewMs = 0.0;  // Channel Sample Skew: this channel's samples are late by this much
    // One value per sample; a sample equal to Waveform Padding Value is NaN (no data there).
    std::vector<double> samples;
};

// One multiplex group of a DICOM waveform (PS3.3 C.10.9): channels sampled together at one rate.
// An ECG object usually has a "RHYTHM" group (the whole recording) and may add a "MEDIAN BEAT".
struct EcgWaveform {
    QString groupLabel;                       // Multiplex Group Label (003A,0020)
    QString originality;                      // ORIGINAL / DERIVED
    double sampleRateHz = 0.0;                // Sampling Frequency (003A,001A)
    int sampleCount = 0;                      // Number of Waveform Samples (003A,0010)
    // Multiplex Group Time Offset (0018,1068): time of the first sample after the object's
    // reference time (Acquisition DateTime); empty when the file does not say.
    std::optional<double> startTimeMs;
    std::optional<double> triggerTimeOffsetMs;   // (0018,1069)
    std::optional<int> triggerSamplePosition;    // (0018,106E), 0-based here
    QString acquisitionDateTime;                 // (0008,002A) of the object, as written
    std::vector<WaveformChannel> channels;

    double durationMs() const { return sampleRateHz > 0.0 ? sampleCount * 1000.0 / sampleRateHz : 0.0; }
    // Time of sample `index` in the waveform's time base: startTimeMs (0 when unknown) + i / rate.
    double timeOfSampleMs(double index) const
    {
        return startTimeMs.value_or(0.0) + (sampleRateHz > 0.0 ? index * 1000.0 / sampleRateHz : 0.0);
    }
    double sampleAtTimeMs(double timeMs) const
    {
        return (timeMs - startTimeMs.value_or(0.0)) * sampleRateHz / 1000.0;
    }

    // Index of the channel for a lead name: "II", "Lead II", "aVR", "V5" (case-insensitive;
    // "Lead " and a parenthesised note such as "(Einthoven)" are ignored, so "I" never matches
    // "II"). -1 when there is none.
    int channelIndex(QStringView lead) const;
    // The lead R waves are looked for on and drawn under a loop: II, else the first; -1 without
    // channels.
    int rhythmChannel() const;
};

} // namespace continuum::cardiac
