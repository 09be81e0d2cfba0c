#include "CardiacCineGrouper.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace continuum::cine {
namespace {

struct PositionGroup {
    std::optional<dicom::Vector3> position;
    std::optional<double> sliceLocation;
    std::vector<const dicom::InstanceHeader*> images;
    double sortKey = 0.0;
};

bool samePosition(const PositionGroup& group, const dicom::InstanceHeader& h)
{
    const auto& position = h.geometry(0).position;
    if (group.position && position) {
        const dicom::Vector3 d = *group.position - *position;
        return std::sqrt(d.dot(d)) <= CardiacCineGrouper::kPositionToleranceMm;
    }
    if (!group.position && !position && group.sliceLocation && h.sliceLocation)
        return std::abs(*group.sliceLocation - *h.sliceLocation) <= CardiacCineGrouper::kPositionToleranceMm;
    return !group.position && !position && !group.sliceLocation && !h.sliceLocation;
}

} // namespace

std::vector<CineLoop> CardiacCineGrouper::group(const std::vector<dicom::InstanceHeader>& instances, double fallbackFramesPerSecond)
{
    std::vector<CineLoop> loops;
    std::vector<PositionGroup> groups;
    for (const dicom::InstanceHeader& h : instances) {
        if (!h.hasPixelData)
            continue;
        if (h.pixelFormat.numberOfFrames > 1) {
            loops.push_back(CineLoop::fromMultiFrame(h, fallbackFramesPerSecond));
            continue;
        }
        auto found = std::find_if(groups.begin(), groups.end(), [&h](const PositionGroup& g) { return samePosition(g, h); });
        if (found == groups.end()) {
            PositionGroup g;
            g.position = h.geometry(0).position;
            g.sliceLocation = h.sliceLocation;
            const auto normal = h.geometry(0).normal();
            g.sortKey = g.position && normal ? g.position->dot(*normal) : g.sliceLocation.value_or(static_cast<double>(groups.size()));
            groups.push_back(std::move(g));
            found = groups.end() - 1;
        }
        found->images.push_back(&h);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const PositionGroup& a, const PositionGroup& b) { return a.sortKey < b.sortKey; });

    for (PositionGroup& g : groups) {
        const bool triggered = std::all_of(g.images.begin(), g.images.end(), [](const dicom::InstanceHeader* h) { return h->triggerTimeMs.has_value(); });
        std::stable_sort(g.images.begin(), g.images.end(), [triggered](const dicom::InstanceHeader* a, const dicom::InstanceHeader* b) {
            if (triggered && *a->triggerTimeMs != *b->triggerTimeMs)
                return *a->triggerTimeMs < *b->triggerTimeMs;
            return a->instanceNumber < b->instanceNumber;
        });
        CineLoop loop;
        for (const dicom::InstanceHeader* h : g.images) {
            loop.frames.push_back(CineLoop::FrameRef{static_cast<int>(loop.instances.size()), 0});
            loop.instances.push_back(*h);
        }
        const dicom::InstanceHeader& first = loop.instances.front();
        if (triggered) {
            std::vector<double> triggers;
            for (const dicom::InstanceHeader& h : loop.instances)
                triggers.push_back(*h.triggerTimeMs);
            std::optional<double> rr = first.nominalIntervalMs;
            if ((!rr || *rr <= 0.0) && first.heartRate && *first.heartRate > 0)
                rr = 60000.0 / *first.heartRate;
            loop.timing = CineTiming::fromTriggerTimes(triggers, rr);
            // The first image is triggerTimes[0] after its R wave: the beat starts that much earlier.
            loop.rWaveTimesMs.push_back(-triggers.front());
        } else {
            const double duration = first.frameTimeMs && *first.frameTimeMs > 0.0 ? *first.frameTimeMs : 1000.0 / std::max(fallbackFramesPerSecond, 1.0);
            loop.timing = CineTiming::fromDurations(std::vector<double>(loop.instances.size(), duration),
                                                    first.frameTimeMs ? TimingSource::FrameTime : TimingSource::Fallback);
        }
        loop.label = CineLoop::seriesLabel(first.modality, first.seriesNumber, first.seriesDescription);
        if (groups.size() > 1)
            loop.label += QCoreApplication::translate("CardiacCineGrouper", ", position %1 mm").arg(g.sortKey, 0, 'f', 1);
        loops.push_back(std::move(loop));
    }
    return loops;
}

} // namespace continuum::cine
