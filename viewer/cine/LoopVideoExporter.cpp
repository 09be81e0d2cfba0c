#include "LoopVideoExporter.h"

#include "CineFrameRenderer.h"
#include "FrameDecoder.h"

#include <QCoreApplication>
#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

namespace continuum::cine {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LoopVideoExporter", text);
}

QString avError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromLocal8Bit(buffer);
}

struct CodecContextDeleter {
    void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct FrameDeleter {
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
struct PacketDeleter {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct SwsDeleter {
    void operator()(SwsContext* context) const { sws_freeContext(context); }
};
// Output container: closes the file it opened, then frees the context.
struct OutputDeleter {
    void operator()(AVFormatContext* context) const
    {
        if (context->pb && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;
using OutputPtr = std::unique_ptr<AVFormatContext, OutputDeleter>;

constexpr AVRational kMicroseconds{1, 1000000};

int evenUp(int value)
{
    return value + (value & 1);
}

// The frame's RGB in a frame of even size (4:2:0 needs it), the extra column/row repeating the edge.
void fillRgbFrame(const dicom::DisplayImage& image, AVFrame& frame)
{
    for (int y = 0; y < frame.height; ++y) {
        const int sourceY = std::min(y, image.height - 1);
        std::uint8_t* row = frame.data[0] + static_cast<std::ptrdiff_t>(y) * frame.linesize[0];
        std::memcpy(row, image.pixel(0, sourceY), static_cast<std::size_t>(image.width) * 3);
        if (frame.width > image.width)
            std::memcpy(row + static_cast<std::ptrdiff_t>(image.width) * 3, image.pixel(image.width - 1, sourceY), 3);
    }
}

// Encodes and muxes one video; all libav state lives here and is released on every path.
class Mp4Writer {
public:
    QString open(const std::string& path, const dicom::DisplayImage& first, double meanFramesPerSecond)
    {
        m_sourceWidth = first.width;
        m_sourceHeight = first.height;
        AVFormatContext* raw = nullptr;
        int rc = avformat_alloc_output_context2(&raw, nullptr, "mp4", path.c_str());
        if (rc < 0 || !raw)
            return tr("Cannot create an MP4 container: %1").arg(avError(rc));
        m_output.reset(raw);

        // Debian's libavcodec carries libx264; any other H.264 encoder will do.
        const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
        if (!codec)
            codec = avcodec_find_encoder(AV_CODEC_ID_H264);
        if (!codec)
            return tr("This libavcodec has no H.264 encoder.");
        m_codec.reset(avcodec_alloc_context3(codec));
        m_codec->width = evenUp(first.width);
        m_codec->height = evenUp(first.height);
        m_codec->pix_fmt = AV_PIX_FMT_YUV420P;
        // Full range BT.601: the 0..255 grey levels of the screen survive the YUV round trip.
        m_codec->color_range = AVCOL_RANGE_JPEG;
        m_codec->colorspace = AVCOL_SPC_BT470BG;
        m_codec->color_primaries = AVCOL_PRI_BT470BG;
        m_codec->color_trc = AVCOL_TRC_IEC61966_2_1;
        m_codec->time_base = kMicroseconds;   // variable frame times to the microsecond
        m_codec->framerate = av_d2q(meanFramesPerSecond, 100000);
        m_codec->gop_size = 30;
        m_codec->max_b_frames = 0;   // presentation order = decode order: no edit list, exact times
        if (first.pixelWidth > 0.0 && first.pixelHeight > 0.0 && std::abs(first.pixelWidth / first.pixelHeight - 1.0) > 1e-6)
            m_codec->sample_aspect_ratio = av_d2q(first.pixelWidth / first.pixelHeight, 1000);
        if (m_output->oformat->flags & AVFMT_GLOBALHEADER)
            m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* options = nullptr;
        if (std::strcmp(codec->name, "libx264") == 0) {
            av_dict_set(&options, "preset", "veryfast", 0);
            av_dict_set(&options, "crf", "12", 0);   // near-lossless for measurements on the video
        }
        rc = avcodec_open2(m_codec.get(), codec, &options);
        av_dict_free(&options);
        if (rc < 0)
            return tr("Cannot open the H.264 encoder: %1").arg(avError(rc));

        m_stream = avformat_new_stream(m_output.get(), nullptr);
        if (!m_stream)
            return tr("Cannot add a video stream.");
        m_stream->time_base = kMicroseconds;
        m_stream->sample_aspect_ratio = m_codec->sample_aspect_ratio;
        rc = avcodec_parameters_from_context(m_stream->codecpar, m_codec.get());
        if (rc < 0)
            return tr("Cannot set the stream parameters: %1").arg(avError(rc));

        rc = avio_open(&m_output->pb, path.c_str(), AVIO_FLAG_WRITE);
        if (rc < 0)
            return tr("Cannot write %1: %2").arg(QString::fromStdString(path), avError(rc));
        rc = avformat_write_header(m_output.get(), nullptr);
        if (rc < 0)
            return tr("Cannot write the MP4 header: %1").arg(avError(rc));

        m_rgb.reset(av_frame_alloc());
        m_rgb->format = AV_PIX_FMT_RGB24;
        m_rgb->width = m_codec->width;
        m_rgb->height = m_codec->height;
        m_yuv.reset(av_frame_alloc());
        m_yuv->format = m_codec->pix_fmt;
        m_yuv->width = m_codec->width;
        m_yuv->height = m_codec->height;
        m_yuv->color_range = AVCOL_RANGE_JPEG;
        if (av_frame_get_buffer(m_rgb.get(), 0) < 0 || av_frame_get_buffer(m_yuv.get(), 0) < 0)
            return tr("Out of memory for the video frames.");
        m_scaler.reset(sws_getContext(m_codec->width, m_codec->height, AV_PIX_FMT_RGB24, m_codec->width, m_codec->height,
                                      m_codec->pix_fmt, SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr,
                                      nullptr, nullptr));
        if (!m_scaler)
            return tr("Cannot convert RGB to YUV.");
        const int* coefficients = sws_getCoefficients(SWS_CS_ITU601);
        sws_setColorspaceDetails(m_scaler.get(), coefficients, 1, coefficients, 1, 0, 1 << 16, 1 << 16);
        m_packet.reset(av_packet_alloc());
        m_opened = true;
        return {};
    }

    QString write(const dicom::DisplayImage& image, std::int64_t presentationUs, std::int64_t durationUs)
    {
        if (image.width != m_sourceWidth || image.height != m_sourceHeight)
            return tr("Frame size changed within the loop (%1 x %2, first %3 x %4).")
                .arg(image.width).arg(image.height).arg(m_sourceWidth).arg(m_sourceHeight);
        if (av_frame_make_writable(m_rgb.get()) < 0 || av_frame_make_writable(m_yuv.get()) < 0)
            return tr("Out of memory for the video frames.");
        fillRgbFrame(image, *m_rgb);
        sws_scale(m_scaler.get(), m_rgb->data, m_rgb->linesize, 0, m_rgb->height, m_yuv->data, m_yuv->linesize);
        m_yuv->pts = presentationUs;
        m_durations[presentationUs] = durationUs;
        const int rc = avcodec_send_frame(m_codec.get(), m_yuv.get());
        if (rc < 0)
            return tr("The encoder rejected a frame: %1").arg(avError(rc));
        return drain();
    }

    QString finish()
    {
        const int rc = avcodec_send_frame(m_codec.get(), nullptr);
        if (rc < 0)
            return tr("Cannot flush the encoder: %1").arg(avError(rc));
        if (QString error = drain(); !error.isEmpty())
            return error;
        const int trailer = av_write_trailer(m_output.get());
        if (trailer < 0)
            return tr("Cannot finish the MP4 file: %1").arg(avError(trailer));
        return {};
    }

    bool isOpen() const { return m_opened; }

private:
    QString drain()
    {
        for (;;) {
            int rc = avcodec_receive_packet(m_codec.get(), m_packet.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return {};
            if (rc < 0)
                return tr("Encoding failed: %1").arg(avError(rc));
            // The encoder does not know how long the last frame lasts: the packet carries it, so the
            // video lasts exactly one pass of the loop.
            if (const auto it = m_durations.find(m_packet->pts); it != m_durations.end())
                m_packet->duration = it->second;
            av_packet_rescale_ts(m_packet.get(), m_codec->time_base, m_stream->time_base);
            m_packet->stream_index = m_stream->index;
            rc = av_interleaved_write_frame(m_output.get(), m_packet.get());
            if (rc < 0)
                return tr("Cannot write to the MP4 file: %1").arg(avError(rc));
        }
    }

    OutputPtr m_output;
    CodecContextPtr m_codec;
    AVStream* m_stream = nullptr;   // owned by m_output
    FramePtr m_rgb;
    FramePtr m_yuv;
    SwsPtr m_scaler;
    PacketPtr m_packet;
    std::map<std::int64_t, std::int64_t> m_durations;
    int m_sourceWidth = 0;
    int m_sourceHeight = 0;
    bool m_opened = false;
};

} // namespace

LoopVideoExporter::LoopVideoExporter(const CineLoop& loop)
    : m_loop(loop)
    , m_schedule(schedule(loop.timing))
{
}

std::vector<LoopVideoExporter::ScheduledFrame> LoopVideoExporter::schedule(const CineTiming& timing)
{
    std::vector<int> order;
    const int first = timing.firstPlayedFrame();
    const int last = timing.lastPlayedFrame();
    for (int f = first; f <= last; ++f)
        order.push_back(f);
    if (timing.mode() == PlaybackMode::Sweep)
        for (int f = last - 1; f > first; --f)
            order.push_back(f);
    // Accumulate in ms and round each boundary once, so rounding never adds up along the loop.
    std::vector<ScheduledFrame> frames;
    double startMs = 0.0;
    for (int f : order) {
        const double endMs = startMs + timing.frameDurationMs(f);
        const auto startUs = static_cast<std::int64_t>(std::llround(startMs * 1000.0));
        const auto endUs = static_cast<std::int64_t>(std::llround(endMs * 1000.0));
        frames.push_back({f, startUs, std::max<std::int64_t>(endUs - startUs, 1)});
        startMs = endMs;
    }
    return frames;
}

LoopVideoExporter::Outcome LoopVideoExporter::writeMp4(const std::string& path, bool inverted, const Progress& progress) const
{
    // One decoder per instance, one renderer for the loop (its one window, as on screen).
    std::vector<std::unique_ptr<FrameDecoder>> decoders;
    for (const dicom::InstanceHeader& header : m_loop.instances)
        decoders.push_back(std::make_unique<FrameDecoder>(header));
    auto renderer = std::make_shared<CineFrameRenderer>(m_loop);
    const FrameSource source = [&](int frame) -> dicom::Result<dicom::DisplayImage> {
        const CineLoop::FrameRef& ref = m_loop.frames.at(static_cast<std::size_t>(frame));
        auto decoded = decoders.at(static_cast<std::size_t>(ref.instance))->decode(ref.frameInInstance);
        if (!decoded)
            return decoded.error();
        dicom::DisplayImage image = renderer->render(frame, *decoded);
        if (inverted)
            invert(image);
        return image;
    };
    return writeMp4(path, source, progress);
}

LoopVideoExporter::Outcome LoopVideoExporter::writeMp4(const std::string& path, const FrameSource& source, const Progress& progress) const
{
    Outcome outcome;
    if (m_schedule.empty()) {
        outcome.error = tr("The loop has no frames to export.");
        return outcome;
    }
    const double lengthMs = static_cast<double>(m_schedule.back().presentationUs + m_schedule.back().durationUs) / 1000.0;
    const double meanFramesPerSecond = static_cast<double>(m_schedule.size()) * 1000.0 / lengthMs;
    const int total = static_cast<int>(m_schedule.size());
    // libx264 reports its statistics at the info level on stderr: keep a user's terminal quiet
    // unless someone asked for more.
    if (av_log_get_level() == AV_LOG_INFO)
        av_log_set_level(AV_LOG_ERROR);
    QString error;
    bool cancelled = false;
    {
        Mp4Writer writer;
        for (const ScheduledFrame& scheduled : m_schedule) {
            auto image = source(scheduled.frame);
            if (!image) {
                error = tr("Frame %1: %2").arg(scheduled.frame + 1).arg(image.error().message);
                break;
            }
            if (!writer.isOpen()) {
                error = writer.open(path, *image, meanFramesPerSecond);
                if (!error.isEmpty())
                    break;
            }
            error = writer.write(*image, scheduled.presentationUs, scheduled.durationUs);
            if (!error.isEmpty())
                break;
            ++outcome.framesWritten;
            if (progress && !progress(outcome.framesWritten, total)) {
                cancelled = true;
                break;
            }
        }
        if (error.isEmpty() && !cancelled)
            error = writer.finish();
    }   // the writer closes the file here
    if (!error.isEmpty() || cancelled) {
        QFile::remove(QString::fromStdString(path));
        outcome.error = error;
        outcome.cancelled = cancelled;
        return outcome;
    }
    outcome.ok = true;
    outcome.durationMs = lengthMs;
    return outcome;
}

QString LoopVideoExporter::writePng(const dicom::DisplayImage& image, const std::string& path)
{
    if (image.width <= 0 || image.height <= 0 || image.rgb.size() != static_cast<std::size_t>(image.width) * image.height * 3)
        return tr("There is no frame on screen to save.");
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_PNG);
    if (!codec)
        return tr("This libavcodec has no PNG encoder.");
    CodecContextPtr context(avcodec_alloc_context3(codec));
    context->width = image.width;
    context->height = image.height;
    context->pix_fmt = AV_PIX_FMT_RGB24;
    context->time_base = {1, 1};
    int rc = avcodec_open2(context.get(), codec, nullptr);
    if (rc < 0)
        return tr("Cannot open the PNG encoder: %1").arg(avError(rc));
    FramePtr frame(av_frame_alloc());
    frame->format = AV_PIX_FMT_RGB24;
    frame->width = image.width;
    frame->height = image.height;
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return tr("Out of memory for the frame.");
    for (int y = 0; y < image.height; ++y)
        std::memcpy(frame->data[0] + static_cast<std::ptrdiff_t>(y) * frame->linesize[0], image.pixel(0, y),
                    static_cast<std::size_t>(image.width) * 3);
    frame->pts = 0;
    rc = avcodec_send_frame(context.get(), frame.get());
    if (rc >= 0)
        rc = avcodec_send_frame(context.get(), nullptr);
    PacketPtr packet(av_packet_alloc());
    if (rc < 0 || avcodec_receive_packet(context.get(), packet.get()) < 0)
        return tr("PNG encoding failed: %1").arg(avError(rc));
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    if (file.write(reinterpret_cast<const char*>(packet->data), packet->size) != packet->size) {
        const QString message = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        file.close();
        file.remove();
        return message;
    }
    return {};
}

void LoopVideoExporter::invert(dicom::DisplayImage& image)
{
    for (std::uint8_t& value : image.rgb)
        value = static_cast<std::uint8_t>(255 - value);
}

} // namespace continuum::cine
