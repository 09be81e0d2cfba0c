#include "SeriesViewController.h"

#include "dicom/FrameRenderer.h"
#include "dicom/ImageSeries.h"
#include "dicom/LocaleFormat.h"
#include "dicom/OrientationLabels.h"
#include "WindowPresets.h"
#include "measure/FrameMeasurer.h"
#include "render/SliceViewport.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace continuum::app {

using dicom::FrameRenderer;

SeriesViewController::SeriesViewController(render::SliceViewport* viewport, QObject* parent)
    : QObject(parent), m_viewport(viewport)
{
    connect(m_viewport, &render::SliceViewport::sliceStepRequested, this, &SeriesViewController::stepFrame);
    connect(m_viewport, &render::SliceViewport::windowLevelDragged, this, &SeriesViewController::onWindowLevelDragged);
    connect(m_viewport, &render::SliceViewport::resetRequested, this, &SeriesViewController::resetWindow);
    connect(m_viewport, &render::SliceViewport::zoomChanged, this, &SeriesViewController::updateOverlayText);
    connect(m_viewport, &render::SliceViewport::displayChanged, this, &SeriesViewController::updateOverlayText);
    connect(m_viewport, &render::SliceViewport::measurementAdded, this, [this](const measure::Measurement& m) {
        m_measurements.push_back(m);
        Q_EMIT measurementsChanged();
    });
    connect(m_viewport, &render::SliceViewport::measurementRemoved, this, [this](const QString& id) {
        std::erase_if(m_measurements, [&id](const measure::Measurement& m) { return m.id == id; });
        Q_EMIT measurementsChanged();
    });
}

SeriesViewController::~SeriesViewController() { stopBackgroundDecoding(); }

void SeriesViewController::stopBackgroundDecoding()
{
    m_stopDecoding->store(true);
    if (m_decoder.joinable())
        m_decoder.join();
}

void SeriesViewController::clear()
{
    stopBackgroundDecoding();
    m_pin.reset();
    m_series.reset();
    m_window.reset();
    m_frame = 0;
    m_measuredFrame = -1;
    const bool hadMeasurements = !m_measurements.empty();
    m_measurements.clear();
    m_viewport->setMeasurementFrame(nullptr, {});
    // A new series starts upright and positive: a turn chosen for one series is not the next one's.
    m_viewport->setDisplayTransform({});
    m_viewport->setInverted(false);
    m_viewport->clearImage();
    if (hadMeasurements)
        Q_EMIT measurementsChanged();
    for (Qt::Corner corner : {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner})
        m_viewport->setCornerText(corner, {});
    m_viewport->setOrientationLabels({}, {}, {}, {});
}

void SeriesViewController::setSeries(std::shared_ptr<dicom::ImageSeries> series, int frame)
{
    clear();
    if (!series || series->frameCount() == 0)
        return;
    m_series = std::move(series);
    m_pin = m_series->pin();
    m_frame = frame >= 0 ? std::min(frame, m_series->frameCount() - 1) : (m_series->isVolume() ? m_series->frameCount() / 2 : 0);
    refresh();
    m_viewport->fitToWindow();
}

void SeriesViewController::setFrame(int frame)
{
    if (!m_series)
        return;
    frame = std::clamp(frame, 0, m_series->frameCount() - 1);
    if (frame == m_frame && m_viewport->hasImage())
        return;
    m_frame = frame;
    refresh();
}

void SeriesViewController::setWindow(double width, double center)
{
    if (!m_series || !FrameRenderer::isGreyscale(*m_series, m_frame))
        return;
    dicom::VoiWindow window = effectiveWindow();
    window.width = std::max(width, 1.0);
    window.center = center;
    window.explanation.clear();
    m_window = window;
    refresh();
}

void SeriesViewController::applyPreset(const WindowPreset& preset)
{
    if (!m_series || !FrameRenderer::isGreyscale(*m_series, m_frame))
        return;
    if (!preset.automatic) {
        setWindow(preset.width, preset.center);
        return;
    }
    if (!m_series->isDecoded(m_frame) && m_series->decodeFrame(m_frame))
        return;
    const auto measurer = measure::FrameMeasurer::forSeriesFrame(m_series, m_frame);
    if (const auto range = measurer->percentileRange(preset.automatic->lowPercentile, preset.automatic->highPercentile))
        setWindow(std::max(range->second - range->first, 1.0), (range->first + range->second) / 2.0);
}

bool SeriesViewController::applyPresetKey(int key)
{
    if (!m_series)
        return false;
    const auto preset = WindowPresets::bundled().forKey(m_series->header(m_frame).modality, key);
    if (!preset)
        return false;
    applyPreset(*preset);
    return true;
}

void SeriesViewController::setMeasurements(std::vector<measure::Measurement> measurements)
{
    m_measurements = std::move(measurements);
    m_measuredFrame = -1;
    updateMeasurementFrame();
    Q_EMIT measurementsChanged();
}

void SeriesViewController::updateMeasurementFrame()
{
    if (!m_series || !m_series->isDecoded(m_frame)) {
        m_viewport->setMeasurementFrame(nullptr, {});
        m_measuredFrame = -1;
        return;
    }
    if (m_measuredFrame == m_frame)
        return;
    m_measuredFrame = m_frame;
    auto measurer = measure::FrameMeasurer::forSeriesFrame(m_series, m_frame);
    std::vector<measure::Measurement> onFrame;
    for (const measure::Measurement& m : m_measurements)
        if (m.frame == measurer->frame())
            onFrame.push_back(m);
    m_viewport->setMeasurementFrame(std::move(measurer), std::move(onFrame));
}

void SeriesViewController::resetWindow()
{
    m_window.reset();
    refresh();
}

bool SeriesViewController::usesVoiLut() const
{
    return m_series && !m_window && m_series->isDecoded(m_frame) && FrameRenderer::usesVoiLutByDefault(*m_series, m_frame);
}

dicom::VoiWindow SeriesViewController::effectiveWindow() const
{
    if (m_window)
        return *m_window;
    if (!m_series || !m_series->isDecoded(m_frame))
        return {};
    return FrameRenderer::defaultWindow(*m_series, m_frame);
}

void SeriesViewController::onWindowLevelDragged(int dx, int dy)
{
    if (!m_series || !m_series->isDecoded(m_frame) || !FrameRenderer::isGreyscale(*m_series, m_frame))
        return;
    const dicom::VoiWindow current = effectiveWindow();
    // Sensitivity follows the window: fine control on narrow windows, fast on wide ones.
    const double step = std::max(current.width / 256.0, 0.5);
    setWindow(current.width + dx * step, current.center - dy * step);
}

void SeriesViewController::refresh()
{
    if (!m_series)
        return;
    if (!m_series->isDecoded(m_frame)) {
        if (auto problem = m_series->decodeFrame(m_frame)) {
            m_viewport->clearImage();
            updateMeasurementFrame();
            Q_EMIT decodeFailed(problem->message);
            updateOverlayText();
            Q_EMIT frameChanged(m_frame, m_series->frameCount());
            return;
        }
    }
    FrameRenderer::renderInto(*m_series, m_frame, dicom::GreyLevelChoice{m_window}, true, m_image);
    m_viewport->setImage(m_image);
    updateMeasurementFrame();
    updateOverlayText();
    Q_EMIT frameChanged(m_frame, m_series->frameCount());
}

void SeriesViewController::updateOverlayText()
{
    if (!m_series)
        return;
    const dicom::InstanceHeader& h = m_series->header(m_frame);
    // The reader's locale, always with a four-digit year (1923 vs 2023).
    auto date = [](const QDate& d) { return d.isValid() ? dicom::LocaleFormat::date(d) : QStringLiteral("-"); };

    // Patient identity is always visible: a viewer must never leave a reader guessing whose image this is.
    QString name = h.patient.name;
    name.replace(QLatin1Char('^'), QLatin1Char(' '));
    m_viewport->setCornerText(Qt::TopLeftCorner,
                              {name.trimmed(), tr("ID %1").arg(h.patient.id),
                               tr("Born %1  Sex %2").arg(date(h.patient.birthDate), h.patient.sex.isEmpty() ? QStringLiteral("-") : h.patient.sex)});
    m_viewport->setCornerText(Qt::TopRightCorner,
                              {tr("Study %1").arg(date(h.studyDate)), h.studyDescription,
                               QStringLiteral("%1 %2: %3").arg(h.modality).arg(h.seriesNumber).arg(h.seriesDescription)});

    QStringList bottomLeft;
    const bool cine = !m_series->isVolume() && m_series->frameCount() > 1 && h.pixelFormat.numberOfFrames > 1;
    bottomLeft << (cine ? tr("Frame %1/%2") : tr("Slice %1/%2")).arg(m_frame + 1).arg(m_series->frameCount());
    const dicom::FrameGeometry& g = m_series->geometry(m_frame);
    if (const auto position = m_series->slicePositionMm(m_frame))
        bottomLeft << tr("Position %1 mm").arg(dicom::LocaleFormat::number(*position, 2));
    if (g.sliceThickness)
        bottomLeft << tr("Thickness %1 mm").arg(dicom::LocaleFormat::significant(*g.sliceThickness, 4));
    switch (g.spacing.kind) {
    case dicom::SpacingKind::Patient: bottomLeft << tr("Pixel %1 x %2 mm").arg(dicom::LocaleFormat::significant(g.spacing.column, 4), dicom::LocaleFormat::significant(g.spacing.row, 4)); break;
    case dicom::SpacingKind::Detector: bottomLeft << tr("Pixel %1 x %2 mm at detector").arg(dicom::LocaleFormat::significant(g.spacing.column, 4), dicom::LocaleFormat::significant(g.spacing.row, 4)); break;
    case dicom::SpacingKind::Ultrasound: bottomLeft << tr("Pixel %1 x %2 mm (US region)").arg(dicom::LocaleFormat::significant(g.spacing.column, 4), dicom::LocaleFormat::significant(g.spacing.row, 4)); break;
    case dicom::SpacingKind::None: bottomLeft << tr("No calibration: pixels only"); break;
    }
    m_viewport->setCornerText(Qt::BottomLeftCorner, bottomLeft);

    QStringList bottomRight;
    if (m_series->isDecoded(m_frame) && FrameRenderer::isGreyscale(*m_series, m_frame)) {
        if (usesVoiLut()) {
            bottomRight << tr("VOI LUT");
        } else {
            const dicom::VoiWindow w = effectiveWindow();
            bottomRight << tr("W %1  L %2").arg(std::round(w.width)).arg(std::round(w.center));
        }
    }
    bottomRight << tr("Zoom %1%").arg(std::round(m_viewport->zoom() * 100.0));
    const measure::DisplayTransform& turn = m_viewport->displayTransform();
    if (turn.rotationDegrees() != 0)
        bottomRight << tr("Rotated %1°").arg(turn.rotationDegrees());
    if (turn.horizontalFlip())
        bottomRight << tr("Flipped");
    if (m_viewport->isInverted())
        bottomRight << tr("Inverted");
    if (h.lossyCompressed)
        bottomRight << tr("LOSSY");
    m_viewport->setCornerText(Qt::BottomRightCorner, bottomRight);

    std::optional<dicom::EdgeLabels> labels;
    if (g.rowDirection && g.columnDirection)
        labels = dicom::OrientationLabels::fromDirections(*g.rowDirection, *g.columnDirection);
    else
        labels = dicom::OrientationLabels::fromPatientOrientation(g.patientOrientation);
    if (labels)
        m_viewport->setOrientationLabels(labels->left, labels->right, labels->top, labels->bottom);
    else
        m_viewport->setOrientationLabels({}, {}, {}, {});
}

void SeriesViewController::startBackgroundDecoding(int threads)
{
    if (!m_series || m_decoder.joinable())
        return;
    std::shared_ptr<dicom::ImageSeries> series = m_series;
    QPointer<SeriesViewController> self(this);
    const int first = m_frame;
    // A fresh flag per run: the thread keeps its own reference, whatever happens to this object.
    m_stopDecoding = std::make_shared<std::atomic<bool>>(false);
    m_decoder = std::jthread([series, self, threads, first, stop = m_stopDecoding] {
        series->decodeAll(threads, first, [series, self](int frame) {
            QMetaObject::invokeMethod(self.data(), [self, series, frame] {
                if (!self || self->m_series != series)
                    return;
                Q_EMIT self->framesDecoded(series->decodedFrameCount(), series->failedFrameCount(), series->frameCount());
                (void)frame;
            }, Qt::QueuedConnection);
        }, stop.get());
    });
}

void SeriesViewController::waitForBackgroundDecoding()
{
    if (m_decoder.joinable())
        m_decoder.join();
}

} // namespace continuum::app
