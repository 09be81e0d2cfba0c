#include "CineLoop.h"

#include <cmath>

namespace continuum::cine {

QString CineLoop::seriesLabel(const QString& modality, int seriesNumber, const QString& description)
{
    const QString series = QStringLiteral("%1 %2").arg(modality).arg(seriesNumber);
    return description.isEmpty() ? series : series + QStringLiteral(": ") + description;
}

CineLoop CineLoop::fromMultiFrame(const dicom::InstanceHeader& header, double fallbackFramesPerSecond)
{
    CineLoop loop;
    loop.instances.push_back(header);
    const int frames = std::max(header.pixelFormat.numberOfFrames, 1);
    for (int f = 0; f < frames; ++f)
        loop.frames.push_back(FrameRef{0, f});
    loop.timing = CineTiming::fromInstance(header, fallbackFramesPerSecond);
    loop.label = seriesLabel(header.modality, header.seriesNumber, header.seriesDescription);

    // R waves from the headers: per-frame trigger delays, or the TriggerTime of the first frame,
    // repeated every R-R interval (NominalInterval, else HeartRate) over the loop.
    const double loopLength = loop.timing.frameStartMs(frames - 1) + loop.timing.frameDurationMs(frames - 1);
    if (static_cast<int>(header.frameTriggerDelaysMs.size()) == frames) {
        for (int f = 0; f < frames; ++f) {
            const double delay = header.frameTriggerDelaysMs[static_cast<std::size_t>(f)];
            const bool newBeat = f == 0 || delay < header.frameTriggerDelaysMs[static_cast<std::size_t>(f) - 1];
            if (newBeat)
                loop.rWaveTimesMs.push_back(loop.timing.frameStartMs(f) - delay);
        }
    } else if (header.triggerTimeMs) {
        double rr = header.nominalIntervalMs.value_or(0.0);
        if (rr <= 0.0 && header.heartRate && *header.heartRate > 0)
            rr = 60000.0 / *header.heartRate;
        const double first = -*header.triggerTimeMs;
        loop.rWaveTimesMs.push_back(first);
        if (rr > 0.0)
            for (double t = first + rr; t < loopLength; t += rr)
                loop.rWaveTimesMs.push_back(t);
    }
    return loop;
}

} // namespace continuum::cine
