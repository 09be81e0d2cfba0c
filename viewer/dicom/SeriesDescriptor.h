#pragma once
#include "InstanceHeader.h"

#include <QString>

#include <string>
#include <vector>

namespace continuum::dicom {

// The instances of one series that can be shown together (same matrix and sample layout).
struct SeriesDescriptor {
    std::string seriesInstanceUid;
    int part = 0;                           // >0 when a series had to be split by image size
    std::vector<InstanceHeader> instances;  // by InstanceNumber, then file name

    const InstanceHeader& first() const { return instances.front(); }
    int frameCount() const
    {
        int frames = 0;
        for (const InstanceHeader& h : instances)
            frames += h.pixelFormat.numberOfFrames;
        return frames;
    }
    // "CT 3: Chest 5mm" for lists; part numbers when split.
    QString label() const
    {
        const InstanceHeader& h = first();
        QString text = QStringLiteral("%1 %2: %3").arg(h.modality).arg(h.seriesNumber).arg(h.seriesDescription);
        if (part > 0)
            text += QStringLiteral(" (part %1)").arg(part);
        return text;
    }
};

} // namespace continuum::dicom
