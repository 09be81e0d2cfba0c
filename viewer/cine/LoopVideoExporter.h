#pragma once
#include "CineLoop.h"

#include "dicom/DisplayImage.h"
#include "dicom/Result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace continuum::cine {

// Writes what the cine viewport shows to files: a loop as an H.264 MP4 at the loop's true rate,
// and a single frame as PNG. Encoding goes through Debian's libavcodec / libavformat / libswscale
// (kept private to the .cpp). No widgets: the caller says how a frame looks on screen.
//
// Times: every frame's presentation time is its start in the loop's file time
// (CineTiming::frameStartMs, so FrameTimeVector, FrameTime, CineRate... exactly as playback uses
// them, variable intervals included), taken from the first played frame (StartTrim/StopTrim
// honoured); the last frame keeps its own duration, so the video lasts one pass of the loop. A
// sweeping loop (PreferredPlaybackSequencing 1) is written as one sweep, first to last and back
// to first + 1, as the screen shows it. The user's rate override and speed are not applied: the
// file keeps the acquisition's timing.
class LoopVideoExporter {
public:
    // One frame of the video: the loop frame it shows, and when (microseconds).
    struct ScheduledFrame {
        int frame = 0;
        std::int64_t presentationUs = 0;
        std::int64_t durationUs = 0;
    };
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error;            // one sentence, translated; empty when ok or cancelled
        int framesWritten = 0;
        double durationMs = 0.0;  // of the video written
    };
    // The displayed image of a loop frame (8-bit RGB as on screen), or why there is none.
    using FrameSource = std::function<dicom::Result<dicom::DisplayImage>(int frame)>;
    // Called after each frame with (written, total); returning false cancels (the file is removed).
    using Progress = std::function<bool(int written, int total)>;

    explicit LoopVideoExporter(const CineLoop& loop);

    // The frames of one pass of the played range with their presentation times.
    static std::vector<ScheduledFrame> schedule(const CineTiming& timing);
    const std::vector<ScheduledFrame>& schedule() const { return m_schedule; }

    // Renders each frame from the file (FrameDecoder, then CineFrameRenderer: the colours and the
    // loop's one grey-level window the viewport uses), optionally inverted as the viewport may be.
    Outcome writeMp4(const std::string& path, bool inverted = false, const Progress& progress = {}) const;
    // Frames from the caller (e.g. a different window); every frame must have the same size.
    Outcome writeMp4(const std::string& path, const FrameSource& source, const Progress& progress = {}) const;

    // The image exactly as given (8-bit RGB) as a PNG file; the error sentence, or empty when written.
    static QString writePng(const dicom::DisplayImage& image, const std::string& path);
    // Inverts an 8-bit image in place (what the viewport's invert shows).
    static void invert(dicom::DisplayImage& image);

private:
    const CineLoop& m_loop;
    std::vector<ScheduledFrame> m_schedule;
};

} // namespace continuum::cine
