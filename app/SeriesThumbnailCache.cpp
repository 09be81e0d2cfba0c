#include "SeriesThumbnailCache.h"

#include "dicom/FrameRenderer.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace continuum::app {

namespace {
// Thumbnails are small: a few thousand fit in a few tens of MB.
constexpr int kMaxEntries = 2000;
} // namespace

SeriesThumbnailCache::SeriesThumbnailCache(int size, QObject* parent) : QObject(parent), m_size(size), m_entries(kMaxEntries)
{
    m_pool.setMaxThreadCount(1);
}

SeriesThumbnailCache::~SeriesThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

SeriesThumbnailCache::Entry SeriesThumbnailCache::entry(qint64 seriesId) const
{
    const Entry* found = m_entries.object(seriesId);
    return found ? *found : Entry{};
}

void SeriesThumbnailCache::request(qint64 seriesId, const QString& path)
{
    if (const Entry* found = m_entries.object(seriesId); found && found->path == path)
        return;
    m_entries.insert(seriesId, new Entry{State::Pending, {}, {}, path});
    const int size = m_size;
    const quint64 generation = m_generation;
    // The destructor waits for the pool, so `this` outlives the task; a result posted just
    // before the destruction is dropped with the object's pending events.
    m_pool.start([this, seriesId, path, size, generation] {
        QMetaObject::invokeMethod(
            this, [this, seriesId, generation, result = render(path, size)]() mutable { store(seriesId, generation, std::move(result)); },
            Qt::QueuedConnection);
    });
}

void SeriesThumbnailCache::store(qint64 seriesId, quint64 generation, Entry entry)
{
    if (generation != m_generation)
        return;   // made for a catalog that is no longer shown
    m_entries.insert(seriesId, new Entry(std::move(entry)));
    Q_EMIT thumbnailReady(seriesId);
}

void SeriesThumbnailCache::cancelPending()
{
    m_pool.clear();
    // Whatever was queued is forgotten, so asking again later queues it again. A decode already
    // running still delivers its result.
    for (const qint64 key : m_entries.keys())
        if (const Entry* found = m_entries.object(key); found && found->state == State::Pending)
            m_entries.remove(key);
}

void SeriesThumbnailCache::clear()
{
    m_pool.clear();
    m_entries.clear();
    ++m_generation;
}

void SeriesThumbnailCache::waitForDone()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

SeriesThumbnailCache::Entry SeriesThumbnailCache::render(const QString& path, int size)
{
    Entry result;
    result.path = path;
    auto header = dicom::HeaderReader::read(QFile::encodeName(path).toStdString());
    if (!header) {
        result.state = State::Failed;
        result.message = header.error().message;
        return result;
    }
    if (!header->hasPixelData) {
        result.state = State::NoImage;
        result.message = QCoreApplication::translate("SeriesThumbnailCache", "No image in this object");
        return result;
    }
    dicom::SeriesDescriptor descriptor;
    descriptor.seriesInstanceUid = header->seriesInstanceUid;
    descriptor.instances.push_back(std::move(header.value()));
    auto created = dicom::ImageSeries::create(std::move(descriptor));
    if (!created) {
        result.state = State::Failed;
        result.message = created.error().message;
        return result;
    }
    const dicom::ImageSeries& series = *created.value();
    const int frame = series.frameCount() / 2;   // the middle of a cine or multi-frame object
    if (const auto error = created.value()->decodeFrame(frame)) {
        result.state = State::Failed;
        result.message = error->message;
        return result;
    }
    const dicom::DisplayImage display = dicom::FrameRenderer::render(series, frame, {}, false);
    if (display.width <= 0 || display.height <= 0) {
        result.state = State::Failed;
        result.message = QCoreApplication::translate("SeriesThumbnailCache", "The image is empty");
        return result;
    }
    const QImage full(display.rgb.data(), display.width, display.height, display.width * 3, QImage::Format_RGB888);
    // True aspect: a pixel is pixelWidth x pixelHeight, so the picture is that much wider or taller.
    const double aspect = (display.width * display.pixelWidth) / std::max(1e-9, display.height * display.pixelHeight);
    const QSize target = aspect >= 1.0 ? QSize(size, std::max(1, static_cast<int>(std::lround(size / aspect))))
                                       : QSize(std::max(1, static_cast<int>(std::lround(size * aspect))), size);
    result.image = full.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);   // scaled() copies the pixels
    result.state = State::Ready;
    return result;
}

} // namespace continuum::app
