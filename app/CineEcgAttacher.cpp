#include "CineEcgAttacher.h"

#include "CineGridView.h"
#include "EcgTraceWidget.h"

#include "cardiac/EcgTimeMapping.h"
#include "cardiac/RWaveDetector.h"
#include "cardiac/WaveformReader.h"
#include "render/CineViewport.h"

namespace continuum::app {

int CineEcgAttacher::attach(CineGridView& grid)
{
    int attached = 0;
    for (int index = 0; index < grid.loopCount(); ++index) {
        render::CineViewport* viewport = grid.viewport(index);
        if (!viewport || !viewport->hasLoop() || viewport->loop().instances.size() != 1)
            continue;   // single-frame MR cine: no waveform in the images
        const cine::CineLoop& loop = viewport->loop();
        const auto groups = cardiac::WaveformReader::read(loop.instances.front().filePath);
        if (!groups)
            continue;
        const cardiac::EcgWaveform* rhythm = cardiac::WaveformReader::rhythmGroup(*groups);
        if (!rhythm || rhythm->channels.empty())
            continue;
        const int channel = rhythm->rhythmChannel();
        auto* trace = new EcgTraceWidget(&grid);
        trace->setAccessibleName(QObject::tr("ECG of %1").arg(loop.label));
        trace->setWaveform(*rhythm, channel);
        trace->setTimeMapping(cardiac::EcgTimeMapping(loop.timing, 0.0));
        trace->setRWaveTimesMs(cardiac::RWaveDetector::detectTimesMs(*rhythm, channel));
        grid.setTraceWidget(index, trace);
        QObject::connect(&grid, &CineGridView::loopTimeChanged, trace, [trace, index](int loopIndex, double fileTimeMs) {
            if (loopIndex == index)
                trace->setCursorTimeMs(fileTimeMs);
        });
        ++attached;
    }
    return attached;
}

} // namespace continuum::app
