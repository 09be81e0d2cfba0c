#include "SeriesGrouper.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace continuum::dicom {

std::vector<SeriesDescriptor> SeriesGrouper::group(std::vector<InstanceHeader> images)
{
    using Key = std::tuple<std::string, int, int, int, int>;
    std::map<std::string, std::map<Key, std::vector<InstanceHeader>>> bySeries;
    for (InstanceHeader& header : images) {
        // Files without a Series Instance UID still belong somewhere: one series per file.
        const std::string uid = header.seriesInstanceUid.empty() ? "file:" + header.filePath : header.seriesInstanceUid;
        const PixelFormat& f = header.pixelFormat;
        Key key{uid, f.rows, f.columns, f.samplesPerPixel, f.bitsAllocated};
        bySeries[uid][key].push_back(std::move(header));
    }
    std::vector<SeriesDescriptor> result;
    for (auto& [uid, parts] : bySeries) {
        int part = parts.size() > 1 ? 1 : 0;
        for (auto& [key, instances] : parts) {
            std::sort(instances.begin(), instances.end(), [](const InstanceHeader& a, const InstanceHeader& b) {
                return std::tie(a.instanceNumber, a.filePath) < std::tie(b.instanceNumber, b.filePath);
            });
            result.push_back(SeriesDescriptor{uid, part, std::move(instances)});
            if (part > 0)
                ++part;
        }
    }
    std::sort(result.begin(), result.end(), [](const SeriesDescriptor& a, const SeriesDescriptor& b) {
        const InstanceHeader& x = a.first();
        const InstanceHeader& y = b.first();
        return std::tie(x.patient.id, x.studyDate, x.studyInstanceUid, x.seriesNumber, a.seriesInstanceUid, a.part)
             < std::tie(y.patient.id, y.studyDate, y.studyInstanceUid, y.seriesNumber, b.seriesInstanceUid, b.part);
    });
    return result;
}

} // namespace continuum::dicom
