#include "ReadingController.h"

#include "PresentationStateOverlay.h"
#include "ReadingSession.h"
#include "SeriesViewController.h"

#include "dicom/ImageSeries.h"
#include "measure/FrameMeasurer.h"
#include "measure/MeasurementGraphics.h"
#include "render/SliceViewport.h"

#include <QDir>

#include <algorithm>
#include <map>
#include <set>

namespace continuum::app {

namespace {
std::set<QString> sopInstancesOf(const dicom::ImageSeries& series)
{
    std::set<QString> sops;
    for (const dicom::InstanceHeader& h : series.descriptor().instances)
        sops.insert(QString::fromStdString(h.sopInstanceUid));
    return sops;
}
} // namespace

ReadingController::ReadingController(SeriesViewController* controller, render::SliceViewport* viewport, const QString& user, QObject* parent)
    : QObject(parent),
      m_controller(controller),
      m_viewport(viewport),
      m_session(std::make_unique<ReadingSession>(user)),
      m_overlay(new PresentationStateOverlay(viewport))
{
    connect(m_session.get(), &ReadingSession::problemOccurred, this, &ReadingController::problemReported);
    connect(m_controller, &SeriesViewController::measurementsChanged, this, &ReadingController::saveMeasurements);
    connect(m_controller, &SeriesViewController::frameChanged, this, &ReadingController::applyPresentationState);
}

ReadingController::~ReadingController() = default;

void ReadingController::clear()
{
    m_session->clear();
    m_overlay->setState(nullptr);
    m_appliedStateUid.clear();
    m_series.reset();
}

void ReadingController::saveMeasurements()
{
    const dicom::ImageSeries* series = m_controller->series();
    if (m_restoringMeasurements || !series)
        return;   // restored from the catalog, or the series was closed (nothing was deleted)
    m_session->replaceMeasurements(sopInstancesOf(*series), m_controller->measurements());
}

void ReadingController::seriesShown(std::shared_ptr<dicom::ImageSeries> series)
{
    m_series = std::move(series);
    m_appliedStateUid.clear();
    if (m_series) {
        m_restoringMeasurements = true;
        m_controller->setMeasurements(m_session->measurementsOn(sopInstancesOf(*m_series)));
        m_restoringMeasurements = false;
    }
    applyPresentationState();
}

void ReadingController::applyPresentationState()
{
    const dicom::ImageSeries* series = m_controller->series();
    const documents::PresentationState* state = nullptr;
    QString sop;
    int frame = 1;
    if (series && m_statesApplied) {
        const int f = m_controller->currentFrame();
        sop = QString::fromStdString(series->header(f).sopInstanceUid);
        frame = series->frameInInstance(f) + 1;
        state = m_session->presentationStateFor(sop, frame);
    }
    if (!state) {
        m_overlay->setState(nullptr);
        m_appliedStateUid.clear();
        return;
    }
    m_overlay->setState(state, sop, frame);
    // Window and turn are set when the state becomes active, so the reader can still change
    // them while scrolling through the frames it covers.
    if (state->sopInstanceUid == m_appliedStateUid)
        return;
    m_appliedStateUid = state->sopInstanceUid;
    if (const documents::SoftcopyVoi* voi = state->voiFor(sop, frame); voi && !voi->windows.empty())
        m_controller->setWindow(std::max(voi->windows.front().width, 1.0), voi->windows.front().center);
    measure::DisplayTransform turn;
    turn.setRotationDegrees(state->rotationDegrees);
    turn.setHorizontalFlip(state->horizontalFlip);
    m_viewport->setDisplayTransform(turn);
    Q_EMIT statusMessage(tr("Presentation state applied: %1").arg(m_overlay->caption()));
}

void ReadingController::setStatesApplied(bool applied)
{
    if (applied == m_statesApplied)
        return;
    m_statesApplied = applied;
    m_appliedStateUid.clear();
    if (applied) {
        applyPresentationState();
        return;
    }
    m_overlay->setState(nullptr);
    m_controller->resetWindow();
    m_viewport->setDisplayTransform({});
    Q_EMIT statusMessage(tr("Presentation states are not applied."));
}

bool ReadingController::toggleKeyImage()
{
    const dicom::ImageSeries* series = m_controller->series();
    if (!series) {
        Q_EMIT statusMessage(tr("Open an image first: key images are flagged on the frame shown."));
        return false;
    }
    const int f = m_controller->currentFrame();
    const measure::FrameReference frame{QString::fromStdString(series->header(f).sopInstanceUid), series->frameInInstance(f) + 1};
    const bool key = m_session->toggleKeyImage(frame);
    const int count = static_cast<int>(m_session->keyImages().size());
    Q_EMIT statusMessage(key ? tr("Key image flagged (%n key image(s) in this study).", nullptr, count)
                             : tr("Key image unflagged (%n key image(s) in this study).", nullptr, count));
    return key;
}

QString ReadingController::exportKeyImages(const QString& folder)
{
    QString error;
    const auto written = m_session->exportKeyObjectSelection(folder, &error);
    if (!written) {
        Q_EMIT problemReported(tr("Key images not exported: %1").arg(error));
        return {};
    }
    Q_EMIT documentsChanged();
    Q_EMIT statusMessage(tr("Key Object Selection written to %1").arg(QDir::toNativeSeparators(written->path)));
    return written->path;
}

QString ReadingController::exportPresentationState(const QString& folder)
{
    const dicom::ImageSeries* series = m_controller->series();
    if (!series || !m_series) {
        Q_EMIT problemReported(tr("Presentation state not exported: no series is shown."));
        return {};
    }
    ReadingSession::DisplayedSeries shown;
    for (const dicom::InstanceHeader& h : series->descriptor().instances)
        shown.sopInstanceUids.push_back(QString::fromStdString(h.sopInstanceUid));
    if (!m_controller->usesVoiLut()) {
        const dicom::VoiWindow window = m_controller->effectiveWindow();
        shown.window = std::make_pair(window.width, window.center);
    }
    shown.transform = m_viewport->displayTransform();
    // Each measurement labelled by the values of its own frame, as on screen.
    std::map<QString, int> frameOf;
    for (int f = 0; f < series->frameCount(); ++f)
        frameOf[QString::fromStdString(series->header(f).sopInstanceUid) + QLatin1Char('#') + QString::number(series->frameInInstance(f) + 1)] = f;
    for (const measure::Measurement& m : m_controller->measurements()) {
        const auto found = frameOf.find(m.frame.sopInstanceUid + QLatin1Char('#') + QString::number(m.frame.frameNumber));
        if (found == frameOf.end())
            continue;
        auto measurer = measure::FrameMeasurer::forSeriesFrame(m_series, found->second);
        shown.graphics.push_back(measure::MeasurementGraphics::of(m, *measurer));
    }
    QString error;
    const auto written = m_session->exportPresentationState(shown, folder, &error);
    if (!written) {
        Q_EMIT problemReported(tr("Presentation state not exported: %1").arg(error));
        return {};
    }
    Q_EMIT documentsChanged();
    Q_EMIT statusMessage(tr("Presentation state written to %1").arg(QDir::toNativeSeparators(written->path)));
    return written->path;
}

bool ReadingController::markStudyRead()
{
    const catalog::ReadingStateChange change = m_session->markRead();
    if (change.applied()) {
        Q_EMIT statusMessage(tr("Study marked read by %1.").arg(m_session->user()));
        Q_EMIT studyMarkedRead();
    } else if (change.outcome == catalog::ChangeOutcome::NotFound) {
        Q_EMIT statusMessage(change.message);
    }
    return change.applied();
}

} // namespace continuum::app
