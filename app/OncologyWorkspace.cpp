#include "OncologyWorkspace.h"

#include "LesionTableView.h"
#include "RecistChartView.h"
#include "TumorBoardReport.h"

#include "catalog/Catalog.h"
#include "dicom/DicomScanner.h"
#include "dicom/FrameRenderer.h"
#include "dicom/ImageSeries.h"
#include "dicom/SeriesGrouper.h"
#include "dicom/SliceSynchronizer.h"
#include "documents/MeasurementReportWriter.h"
#include "documents/SourceImageReader.h"
#include "measure/FrameMeasurer.h"
#include "measure/Measurement.h"
#include "oncology/RecistEvaluator.h"
#include "oncology/TimepointSelector.h"
#include "registration/AlignmentPolicy.h"
#include "registration/PatientVolume.h"
#include "registration/RigidRegistration.h"
#include "registration/RigidTransform.h"
#include "render/SliceViewport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace continuum::app {

using oncology::LesionTracker;
using registration::RigidTransform;

namespace {

constexpr double kLinkToleranceMm = 20.0;
constexpr int kOverlayFontPixels = 13;
constexpr int kRegistrationGridPixels = 128;
constexpr auto kRegistrationFormat = "continuum-registration-cache";

QString axisSuffix(OncologyWorkspace::Axis axis)
{
    return axis == OncologyWorkspace::Axis::Long ? QStringLiteral(":long") : QStringLiteral(":short");
}

// A UID under 2.25 from a random UUID (PS3.5 B.2): the UUID's 128 bits in decimal.
QString newUuidUid()
{
    const QByteArray bytes = QUuid::createUuid().toRfc4122();
    std::vector<int> number(bytes.begin(), bytes.end());   // base 256, most significant first
    for (int& digit : number)
        digit &= 0xff;
    QString digits;
    // Long division by 10 until nothing is left.
    while (std::any_of(number.begin(), number.end(), [](int d) { return d != 0; })) {
        int remainder = 0;
        for (int& digit : number) {
            const int value = remainder * 256 + digit;
            digit = value / 10;
            remainder = value % 10;
        }
        digits.prepend(QChar(static_cast<char16_t>(u'0' + remainder)));
    }
    return QStringLiteral("2.25.") + (digits.isEmpty() ? QStringLiteral("0") : digits);
}

QImage toQImage(const dicom::DisplayImage& display)
{
    QImage image(display.width, display.height, QImage::Format_RGB888);
    for (int y = 0; y < display.height; ++y)
        std::memcpy(image.scanLine(y), display.pixel(0, y), static_cast<std::size_t>(display.width) * 3);
    return image;
}

std::vector<oncology::CatalogStudy> patientStudies(catalog::Catalog& catalog, const QString& patientId, const QString& issuer)
{
    catalog::StudyFilter filter;
    filter.patientId = patientId;
    filter.issuerOfPatientId = issuer;
    std::vector<oncology::CatalogStudy> studies;
    for (const catalog::StudyRow& row : catalog.studies(filter))
        studies.push_back({row, catalog.seriesOfStudy(row.id)});
    return studies;
}

} // namespace

// One timepoint on screen: its study, the series shown and the viewport.
struct OncologyWorkspace::TimepointView {
    oncology::Timepoint timepoint;
    qint64 studyId = 0;
    std::shared_ptr<dicom::ImageSeries> series;
    QString seriesUid;
    std::string frameOfReferenceUid;
    std::string syncKey;      // frame of reference + study: a shared UID across studies is not trusted
    int syncStack = -1;
    int frame = 0;
    render::SliceViewport* viewport = nullptr;
    QLabel* title = nullptr;
    SyncMode mode = SyncMode::SliceFraction;
    std::optional<RigidTransform> toCurrent;   // prior -> current, when aligned
    QString alignmentReason;
    bool flagged = false;
    std::shared_ptr<const measure::FrameMeasurer> measurer;
    QString loadProblem;
};

struct OncologyWorkspace::Sync {
    dicom::SliceSynchronizer synchronizer;
    std::optional<dicom::VoiWindow> window;   // shared window; nullopt = each frame's default
};

OncologyWorkspace::OncologyWorkspace(std::shared_ptr<catalog::Catalog> catalog, QWidget* parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_sync(std::make_unique<Sync>()),
      m_registration(std::make_unique<registration::RigidRegistration>())
{
    auto* layout = new QVBoxLayout(this);

    // One line per note (no word wrap): wrapped labels above a splitter get too little height.
    m_notesLabel = new QLabel(this);
    layout->addWidget(m_notesLabel);
    m_alignmentLabel = new QLabel(this);
    m_alignmentLabel->setStyleSheet(QStringLiteral("color: #c05000;"));
    layout->addWidget(m_alignmentLabel);

    // Registration controls.
    auto* registrationRow = new QHBoxLayout;
    m_priorCombo = new QComboBox(this);
    m_registerButton = new QPushButton(tr("Register to current"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    registrationRow->addWidget(new QLabel(tr("Prior:"), this));
    registrationRow->addWidget(m_priorCombo);
    registrationRow->addWidget(m_registerButton);
    registrationRow->addWidget(m_progress, 1);
    registrationRow->addWidget(m_cancelButton);
    layout->addLayout(registrationRow);
    connect(m_registerButton, &QPushButton::clicked, this, &OncologyWorkspace::onRegisterClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &OncologyWorkspace::cancelRegistration);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_viewportRow = new QWidget(splitter);
    m_viewportRow->setMinimumHeight(240);
    new QHBoxLayout(m_viewportRow);
    splitter->addWidget(m_viewportRow);

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    // Lesion controls: pick a lesion (or make one), the axis, then draw with the Length tool.
    auto* lesionRow = new QHBoxLayout;
    m_lesionCombo = new QComboBox(lower);
    m_lesionCombo->setMinimumContentsLength(14);
    m_categoryCombo = new QComboBox(lower);
    m_categoryCombo->addItem(oncology::categoryText(oncology::LesionCategory::Target), static_cast<int>(oncology::LesionCategory::Target));
    m_categoryCombo->addItem(oncology::categoryText(oncology::LesionCategory::NonTarget),
                             static_cast<int>(oncology::LesionCategory::NonTarget));
    m_categoryCombo->addItem(oncology::categoryText(oncology::LesionCategory::New), static_cast<int>(oncology::LesionCategory::New));
    m_organEdit = new QLineEdit(lower);
    m_organEdit->setPlaceholderText(tr("Organ"));
    m_nodeCheck = new QCheckBox(tr("Lymph node"), lower);
    auto* newButton = new QPushButton(tr("New lesion"), lower);
    m_axisCombo = new QComboBox(lower);
    m_axisCombo->addItem(tr("Long axis"));
    m_axisCombo->addItem(tr("Short axis"));
    m_measureButton = new QPushButton(tr("Measure"), lower);
    m_measureButton->setCheckable(true);
    m_linkButton = new QPushButton(tr("Link to suggestion"), lower);
    m_linkButton->setEnabled(false);
    auto* pdfButton = new QPushButton(tr("Tumor board PDF..."), lower);
    auto* srButton = new QPushButton(tr("DICOM SR (TID 1500)..."), lower);
    lesionRow->addWidget(new QLabel(tr("Lesion:"), lower));
    lesionRow->addWidget(m_lesionCombo);
    lesionRow->addWidget(m_categoryCombo);
    lesionRow->addWidget(m_organEdit);
    lesionRow->addWidget(m_nodeCheck);
    lesionRow->addWidget(newButton);
    lesionRow->addWidget(m_axisCombo);
    lesionRow->addWidget(m_measureButton);
    lesionRow->addWidget(m_linkButton);
    lesionRow->addStretch(1);
    lesionRow->addWidget(pdfButton);
    lesionRow->addWidget(srButton);
    lowerLayout->addLayout(lesionRow);
    connect(newButton, &QPushButton::clicked, this, &OncologyWorkspace::chooseNewLesion);
    connect(m_measureButton, &QPushButton::toggled, this, [this](bool on) {
        setMeasuring(on, m_axisCombo->currentIndex() == 1 ? Axis::Short : Axis::Long);
    });
    connect(m_axisCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_axis = index == 1 ? Axis::Short : Axis::Long;
    });
    connect(m_linkButton, &QPushButton::clicked, this, &OncologyWorkspace::acceptLinkSuggestion);
    connect(pdfButton, &QPushButton::clicked, this, &OncologyWorkspace::chooseExportPdf);
    connect(srButton, &QPushButton::clicked, this, &OncologyWorkspace::chooseExportSr);

    auto* results = new QHBoxLayout;
    m_table = new LesionTableView(lower);
    m_chart = new RecistChartView(lower);
    results->addWidget(m_table, 3);
    results->addWidget(m_chart, 2);
    lower->setMinimumHeight(220);
    lowerLayout->addLayout(results, 1);
    m_statusLabel = new QLabel(lower);
    m_statusLabel->setWordWrap(true);
    lowerLayout->addWidget(m_statusLabel);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});   // the images first; the table and chart below
    layout->addWidget(splitter, 1);

    // Edits in the table (category, organ, node) are lesion edits like any other.
    connect(m_table, &LesionTableView::trackerEdited, this, [this] {
        m_tracker = m_table->tracker();
        m_evaluation = m_table->evaluation();
        m_chart->setData(m_tracker, m_evaluation);
        refreshLesionList();
        saveLesions();
        Q_EMIT lesionsChanged();
    });
    connect(m_table, &LesionTableView::lesionActivated, this, [this](const QString& lesionId, const QString& studyUid) {
        selectLesion(lesionId);
        const oncology::Lesion* lesion = m_tracker.lesion(lesionId);
        const oncology::LesionObservation* observation = lesion ? lesion->observation(studyUid) : nullptr;
        for (int i = 0; i < timepointCount(); ++i) {
            const TimepointView& view = *m_views[static_cast<std::size_t>(i)];
            if (!observation || view.timepoint.studyInstanceUid != studyUid || !view.series)
                continue;
            for (int frame = 0; frame < view.series->frameCount(); ++frame) {
                const dicom::InstanceHeader& header = view.series->header(frame);
                if (QString::fromStdString(header.sopInstanceUid) == observation->image.sopInstanceUid
                    && view.series->frameInInstance(frame) == observation->image.frame) {
                    showFrame(i, frame);
                    break;
                }
            }
        }
    });
}

OncologyWorkspace::~OncologyWorkspace()
{
    // The worker reports through queued calls to this object: stop it before anything goes.
    m_registration->cancel();
    m_registration->wait();
}

void OncologyWorkspace::setPatient(const QString& patientId, const QString& issuerOfPatientId)
{
    const auto studies = patientStudies(*m_catalog, patientId, issuerOfPatientId);
    const oncology::TimepointSelection selection = oncology::TimepointSelector().automatic(studies);
    QStringList notes = selection.notes;
    notes << tr("Only studies in the local catalog are offered: retrieve priors held on the PACS first.");
    loadTimepoints(selection.chronological(), notes);
}

void OncologyWorkspace::setTimepoints(const QStringList& studyInstanceUids)
{
    if (studyInstanceUids.isEmpty()) {
        loadTimepoints({}, {});
        return;
    }
    catalog::StudyFilter filter;
    filter.studyInstanceUid = studyInstanceUids.front();
    const auto rows = m_catalog->studies(filter);
    if (rows.empty()) {
        loadTimepoints({}, {tr("Study %1 is not in the local catalog: retrieve it first.").arg(studyInstanceUids.front())});
        return;
    }
    const auto studies = patientStudies(*m_catalog, rows.front().patientId, rows.front().issuerOfPatientId);
    QStringList notes;
    for (const QString& uid : studyInstanceUids) {
        if (std::none_of(studies.begin(), studies.end(), [&uid](const oncology::CatalogStudy& s) { return s.study.studyInstanceUid == uid; }))
            notes << tr("Study %1 is not in the local catalog: retrieve it first.").arg(uid);
    }
    const oncology::TimepointSelection selection = oncology::TimepointSelector().chosen(studies, studyInstanceUids);
    notes << selection.notes;
    loadTimepoints(selection.chronological(), notes);
}

void OncologyWorkspace::clearViews()
{
    cancelRegistration();
    m_registration->wait();
    m_registeringIndex = -1;   // a result still queued belongs to the old comparison
    for (auto& view : m_views) {
        delete view->viewport;
        delete view->title;
    }
    m_views.clear();
    while (QLayoutItem* item = m_viewportRow->layout()->takeAt(0))
        delete item;   // the emptied column layouts
    m_sync->synchronizer.clear();
    m_sync->window.reset();
    m_priorCombo->clear();
}

void OncologyWorkspace::loadTimepoints(const std::vector<oncology::Timepoint>& chronological, const QStringList& notes)
{
    clearViews();
    m_notes = notes.join(QLatin1Char('\n'));
    m_notesLabel->setText(m_notes);
    m_notesLabel->setVisible(!m_notes.isEmpty());

    auto* rowLayout = static_cast<QHBoxLayout*>(m_viewportRow->layout());
    const QString modality = chronological.empty() ? QString() : chronological.back().modality;
    for (std::size_t i = 0; i < chronological.size(); ++i) {
        auto view = std::make_unique<TimepointView>();
        view->timepoint = chronological[i];
        catalog::StudyFilter filter;
        filter.studyInstanceUid = view->timepoint.studyInstanceUid;
        const auto rows = m_catalog->studies(filter);
        if (!rows.empty()) {
            view->studyId = rows.front().id;
            // The study's best series: most images of the current study's modality.
            std::optional<catalog::SeriesRow> best;
            for (const catalog::SeriesRow& series : m_catalog->seriesOfStudy(view->studyId)) {
                if (series.modality == modality && (!best || series.instanceCount > best->instanceCount))
                    best = series;
            }
            if (best) {
                std::vector<std::string> paths;
                for (const catalog::InstanceRow& instance : m_catalog->instancesOfSeries(best->id)) {
                    if (!instance.paths.empty() && !instance.missing)
                        paths.push_back(instance.paths.front().toStdString());
                }
                const dicom::ScanResult scan = dicom::DicomScanner::scanFiles(paths);
                std::vector<dicom::SeriesDescriptor> groups = dicom::SeriesGrouper::group(scan.images);
                auto largest = std::max_element(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
                    return a.frameCount() < b.frameCount();
                });
                if (largest != groups.end()) {
                    auto created = dicom::ImageSeries::create(std::move(*largest));
                    if (created) {
                        view->series = std::shared_ptr<dicom::ImageSeries>(std::move(created.value()));
                        view->series->decodeAll(2);
                        view->seriesUid = best->seriesInstanceUid;
                        view->frameOfReferenceUid = best->frameOfReferenceUid.toStdString();
                        view->frame = view->series->frameCount() / 2;
                    } else {
                        view->loadProblem = created.error().message;
                    }
                } else {
                    view->loadProblem = tr("no readable images");
                }
            } else {
                view->loadProblem = tr("no %1 series").arg(modality);
            }
        }
        const bool current = i + 1 == chronological.size();
        QString role = i == 0 ? tr("baseline") : tr("follow-up %1").arg(i);
        if (current)
            role = chronological.size() == 1 ? tr("current") : tr("current (%1)").arg(role);
        view->title = new QLabel(tr("%1 %2").arg(view->timepoint.date.toString(Qt::ISODate), role), m_viewportRow);
        view->viewport = new render::SliceViewport(m_viewportRow);
        view->viewport->setMinimumSize(200, 200);
        // The overlay is painted through OpenGL, which gives its font engine an OpenGL glyph
        // cache. Qt Charts keeps the last font it measured in a static text item destroyed after
        // the application (and OpenGL) is gone: sharing that engine crashes at exit. A pixel
        // size of its own keeps the overlay's engine apart from the chart's.
        QFont overlayFont = view->viewport->font();
        overlayFont.setPixelSize(kOverlayFontPixels);
        view->viewport->setFont(overlayFont);
        auto* column = new QVBoxLayout;
        column->addWidget(view->title);
        column->addWidget(view->viewport, 1);
        rowLayout->addLayout(column, 1);
        // Shown now rather than on the layout's queued show: callers look at them right away.
        view->title->show();
        view->viewport->show();
        if (!current)
            m_priorCombo->addItem(view->title->text(), static_cast<int>(i));

        const int index = static_cast<int>(i);
        render::SliceViewport* viewport = view->viewport;
        connect(viewport, &render::SliceViewport::sliceStepRequested, this, [this, index](int delta) {
            showFrame(index, shownFrame(index) + delta);
        });
        connect(viewport, &render::SliceViewport::windowLevelDragged, this,
                [this, index](int dx, int dy) { onWindowLevelDragged(index, dx, dy); });
        connect(viewport, &render::SliceViewport::resetRequested, this, [this] {
            m_sync->window = currentDefaultWindow();
            renderAll();
        });
        connect(viewport, &render::SliceViewport::zoomChanged, this, [this, index] { onZoomChanged(index); });
        connect(viewport, &render::SliceViewport::panChanged, this, [this, index] { onPanChanged(index); });
        connect(viewport, &render::SliceViewport::measurementAdded, this,
                [this, index](const measure::Measurement& m) { onMeasurementAdded(index, m); });
        connect(viewport, &render::SliceViewport::measurementRemoved, this,
                [this, index](const QString& id) { onMeasurementRemoved(index, id); });
        m_views.push_back(std::move(view));
    }

    decideAlignment();
    m_sync->window = currentDefaultWindow();
    reloadLesions();
    renderAll();
    setMeasuring(m_measuring, m_axis);
    Q_EMIT timepointsChanged();
}

void OncologyWorkspace::decideAlignment()
{
    if (m_views.empty())
        return;
    TimepointView& current = *m_views.back();
    current.mode = SyncMode::Current;
    current.toCurrent = RigidTransform{};
    current.alignmentReason.clear();
    current.flagged = false;
    const registration::SeriesFrame fixed{current.timepoint.studyInstanceUid.toStdString(), current.seriesUid.toStdString(),
                                          current.frameOfReferenceUid};
    for (std::size_t i = 0; i + 1 < m_views.size(); ++i) {
        TimepointView& prior = *m_views[i];
        const registration::SeriesFrame moving{prior.timepoint.studyInstanceUid.toStdString(), prior.seriesUid.toStdString(),
                                               prior.frameOfReferenceUid};
        const registration::Alignment alignment = registration::AlignmentPolicy::decide(fixed, moving);
        prior.toCurrent = alignment.movingToFixed;
        prior.flagged = alignment.flagged;
        prior.alignmentReason = alignment.reason;
        // A registration cached for this pair beats the policy's "unregistered".
        if (!prior.toCurrent && prior.studyId != 0) {
            for (const catalog::Annotation& cached : m_catalog->annotations(prior.studyId, QString::fromLatin1(kRegistrationKind))) {
                const QJsonObject json = QJsonDocument::fromJson(cached.payload.toUtf8()).object();
                if (json.value(QStringLiteral("format")).toString() != QLatin1String(kRegistrationFormat)
                    || json.value(QStringLiteral("fixedSeriesInstanceUid")).toString() != current.seriesUid
                    || json.value(QStringLiteral("movingSeriesInstanceUid")).toString() != prior.seriesUid)
                    continue;
                if (auto transform = RigidTransform::fromJson(json.value(QStringLiteral("transform")).toObject())) {
                    prior.toCurrent = *transform;
                    prior.flagged = false;
                    prior.alignmentReason = tr("registered to the current study (cached %1 by %2)")
                                                .arg(cached.modifiedAt.toString(Qt::ISODate), cached.author);
                }
            }
        }
        prior.mode = prior.toCurrent ? SyncMode::PatientPosition : SyncMode::SliceFraction;
    }
    rebuildSynchronizer();
    updateAlignmentLabel();
}

void OncologyWorkspace::rebuildSynchronizer()
{
    m_sync->synchronizer.clear();
    if (m_views.empty())
        return;
    for (auto& view : m_views) {
        view->syncStack = -1;
        if (!view->series)
            continue;
        dicom::SyncStack stack = dicom::SyncStack::fromSeries(*view->series);
        // Keyed by study as well: the synchronizer matches equal keys by coordinates, and a
        // frame of reference UID reused on another study proves nothing.
        view->syncKey = stack.frameOfReferenceUid.empty() ? std::string()
                                                          : stack.frameOfReferenceUid + "|" + view->timepoint.studyInstanceUid.toStdString();
        stack.frameOfReferenceUid = view->syncKey;
        view->syncStack = m_sync->synchronizer.addStack(std::move(stack));
    }
    const TimepointView& current = *m_views.back();
    for (std::size_t i = 0; i + 1 < m_views.size(); ++i) {
        const TimepointView& prior = *m_views[i];
        if (prior.toCurrent && !prior.syncKey.empty() && !current.syncKey.empty() && prior.syncKey != current.syncKey)
            m_sync->synchronizer.relate(prior.syncKey, current.syncKey, dicom::PatientTransform::fromMatrix4x4(prior.toCurrent->matrix()));
    }
}

void OncologyWorkspace::updateAlignmentLabel()
{
    QStringList lines;
    for (std::size_t i = 0; i + 1 < m_views.size(); ++i) {
        const TimepointView& prior = *m_views[i];
        const QString how = prior.mode == SyncMode::PatientPosition ? tr("scrolling follows patient position")
                                                                    : tr("scrolling follows the slice index fraction");
        QString reason = prior.alignmentReason;
        if (reason.isEmpty())
            reason = tr("unregistered");
        lines << tr("%1: %2; %3").arg(prior.title->text(), reason, how);
        if (!prior.loadProblem.isEmpty())
            lines << tr("%1: not shown: %2").arg(prior.title->text(), prior.loadProblem);
    }
    if (!m_views.empty() && !m_views.back()->loadProblem.isEmpty())
        lines << tr("%1: not shown: %2").arg(m_views.back()->title->text(), m_views.back()->loadProblem);
    m_alignmentLabel->setText(lines.join(QLatin1Char('\n')));
    m_alignmentLabel->setVisible(!lines.isEmpty());
    // Each flagged prior shows its flag over its own images too.
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        TimepointView& view = *m_views[i];
        QStringList corner{view.title->text()};
        if (view.flagged)
            corner << tr("same frame of reference UID, other study:") << tr("treated as unregistered (slice index fraction)");
        else if (view.mode == SyncMode::SliceFraction)
            corner << tr("unregistered: synchronized by slice index fraction");
        view.viewport->setCornerText(Qt::TopLeftCorner, corner);
    }
}

QStringList OncologyWorkspace::timepointStudyUids() const
{
    QStringList uids;
    for (const auto& view : m_views)
        uids << view->timepoint.studyInstanceUid;
    return uids;
}

QString OncologyWorkspace::timepointTitle(int index) const
{
    return m_views.at(static_cast<std::size_t>(index))->title->text();
}

render::SliceViewport* OncologyWorkspace::viewport(int index) const
{
    return m_views.at(static_cast<std::size_t>(index))->viewport;
}

int OncologyWorkspace::shownFrame(int index) const
{
    return m_views.at(static_cast<std::size_t>(index))->frame;
}

int OncologyWorkspace::frameCount(int index) const
{
    const auto& view = m_views.at(static_cast<std::size_t>(index));
    return view->series ? view->series->frameCount() : 0;
}

std::optional<std::array<double, 3>> OncologyWorkspace::shownSlicePosition(int index) const
{
    const auto& view = m_views.at(static_cast<std::size_t>(index));
    if (!view->series || view->series->frameCount() == 0)
        return std::nullopt;
    const auto& position = view->series->geometry(view->frame).position;
    if (!position)
        return std::nullopt;
    return std::array<double, 3>{position->x, position->y, position->z};
}

OncologyWorkspace::SyncMode OncologyWorkspace::syncMode(int index) const
{
    return m_views.at(static_cast<std::size_t>(index))->mode;
}

QString OncologyWorkspace::alignmentText() const
{
    return m_alignmentLabel->text();
}

QString OncologyWorkspace::selectionNotes() const
{
    return m_notes;
}

QString OncologyWorkspace::statusText() const
{
    return m_status;
}

void OncologyWorkspace::setStatus(const QString& text)
{
    m_status = text;
    m_statusLabel->setText(text);
}

void OncologyWorkspace::showFrame(int index, int frame)
{
    TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    if (!view.series || view.series->frameCount() == 0)
        return;
    view.frame = std::clamp(frame, 0, view.series->frameCount() - 1);
    renderTimepoint(index);
    followFrom(index);
}

void OncologyWorkspace::followFrom(int index)
{
    const TimepointView& source = *m_views.at(static_cast<std::size_t>(index));
    const TimepointView& current = *m_views.back();
    const bool sourceAligned = source.mode != SyncMode::SliceFraction && source.syncStack >= 0;
    const double fraction = source.series->frameCount() > 1 ? double(source.frame) / double(source.series->frameCount() - 1) : 0.0;
    for (int j = 0; j < timepointCount(); ++j) {
        if (j == index)
            continue;
        TimepointView& target = *m_views[static_cast<std::size_t>(j)];
        if (!target.series || target.series->frameCount() == 0)
            continue;
        int frame = target.frame;
        const bool targetAligned = target.mode != SyncMode::SliceFraction && target.syncStack >= 0;
        if (sourceAligned && targetAligned) {
            // Through the current study's patient coordinates (relations are not chained).
            const dicom::Vector3 point = m_sync->synchronizer.pointOf(source.syncStack, source.frame);
            std::optional<dicom::Vector3> inCurrent = source.syncKey == current.syncKey
                ? std::optional<dicom::Vector3>(point)
                : m_sync->synchronizer.mapPoint(point, source.syncKey, current.syncKey);
            std::optional<dicom::Vector3> inTarget;
            if (inCurrent)
                inTarget = target.syncKey == current.syncKey ? inCurrent
                                                             : m_sync->synchronizer.mapPoint(*inCurrent, current.syncKey, target.syncKey);
            if (inTarget) {
                if (const auto match = m_sync->synchronizer.nearestSlice(target.syncStack, *inTarget, target.syncKey))
                    frame = match->frame;
            }
        } else {
            frame = static_cast<int>(std::lround(fraction * (target.series->frameCount() - 1)));
        }
        if (frame != target.frame) {
            target.frame = frame;
            renderTimepoint(j);
        }
    }
}

void OncologyWorkspace::renderTimepoint(int index)
{
    TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    if (!view.series || !view.series->isDecoded(view.frame)) {
        view.viewport->clearImage();
        return;
    }
    const bool first = !view.viewport->hasImage();
    view.viewport->setImage(dicom::FrameRenderer::render(*view.series, view.frame, dicom::GreyLevelChoice{m_sync->window}));
    view.measurer = measure::FrameMeasurer::forSeriesFrame(view.series, view.frame);
    showLesionShapes(index);
    QStringList lines{tr("Image %1/%2").arg(view.frame + 1).arg(view.series->frameCount())};
    if (m_sync->window)
        lines << tr("W %1 L %2").arg(m_sync->window->width, 0, 'f', 0).arg(m_sync->window->center, 0, 'f', 0);
    view.viewport->setCornerText(Qt::BottomLeftCorner, lines);
    if (first)
        view.viewport->fitToWindow();
}

void OncologyWorkspace::renderAll()
{
    for (int i = 0; i < timepointCount(); ++i)
        renderTimepoint(i);
    updateAlignmentLabel();
}

std::optional<dicom::VoiWindow> OncologyWorkspace::currentDefaultWindow() const
{
    // Every timepoint starts in the current study's window, so they compare from the start.
    if (m_views.empty())
        return std::nullopt;
    const TimepointView& current = *m_views.back();
    if (!current.series || !current.series->isDecoded(current.frame) || !dicom::FrameRenderer::isGreyscale(*current.series, current.frame)
        || dicom::FrameRenderer::usesVoiLutByDefault(*current.series, current.frame))
        return std::nullopt;
    return dicom::FrameRenderer::defaultWindow(*current.series, current.frame);
}

void OncologyWorkspace::onWindowLevelDragged(int index, int dx, int dy)
{
    const TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    if (!view.series || !view.series->isDecoded(view.frame) || !dicom::FrameRenderer::isGreyscale(*view.series, view.frame))
        return;
    const dicom::VoiWindow now = m_sync->window ? *m_sync->window : dicom::FrameRenderer::defaultWindow(*view.series, view.frame);
    // Sensitivity follows the window: fine control on narrow windows, fast on wide ones.
    const double step = std::max(now.width / 256.0, 0.5);
    dicom::VoiWindow next;
    next.width = std::max(1.0, now.width + dx * step);
    next.center = now.center - dy * step;
    m_sync->window = next;
    for (int i = 0; i < timepointCount(); ++i)
        renderTimepoint(i);
}

void OncologyWorkspace::onZoomChanged(int index)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const double zoom = viewport(index)->zoom();
    for (int i = 0; i < timepointCount(); ++i) {
        if (i != index)
            viewport(i)->setZoom(zoom);
    }
    m_syncing = false;
}

void OncologyWorkspace::onPanChanged(int index)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QPointF pan = viewport(index)->pan();
    for (int i = 0; i < timepointCount(); ++i) {
        if (i != index)
            viewport(i)->setPan(pan);
    }
    m_syncing = false;
}

// ---- lesions ----------------------------------------------------------------------------

QString OncologyWorkspace::newLesion(oncology::LesionCategory category, const QString& organ, bool lymphNode, const QString& label)
{
    LesionTracker tracker = m_tracker;
    oncology::Lesion lesion;
    lesion.category = category;
    lesion.organ = organ;
    lesion.lymphNode = lymphNode;
    lesion.label = label;
    const QString id = tracker.addLesion(std::move(lesion));
    if (label.isEmpty())
        tracker.setLabel(id, tr("Lesion %1").arg(id));
    setTrackerAndRefresh(std::move(tracker));
    selectLesion(id);
    saveLesions();
    return id;
}

void OncologyWorkspace::chooseNewLesion()
{
    const auto category = static_cast<oncology::LesionCategory>(m_categoryCombo->currentData().toInt());
    newLesion(category, m_organEdit->text().trimmed(), m_nodeCheck->isChecked());
    if (m_nodeCheck->isChecked())
        m_axisCombo->setCurrentIndex(1);   // nodes are followed by their short axis
}

void OncologyWorkspace::selectLesion(const QString& lesionId)
{
    const int row = m_lesionCombo->findData(lesionId);
    if (row >= 0)
        m_lesionCombo->setCurrentIndex(row);
}

QString OncologyWorkspace::selectedLesion() const
{
    return m_lesionCombo->currentData().toString();
}

void OncologyWorkspace::refreshLesionList()
{
    const QString selected = selectedLesion();
    m_lesionCombo->clear();
    for (const oncology::Lesion& lesion : m_tracker.lesions()) {
        QString text = lesion.label.isEmpty() ? lesion.id : lesion.label;
        text += QStringLiteral(" (%1%2)").arg(oncology::categoryText(lesion.category),
                                               lesion.organ.isEmpty() ? QString() : QStringLiteral(", ") + lesion.organ);
        m_lesionCombo->addItem(text, lesion.id);
    }
    selectLesion(selected);
}

void OncologyWorkspace::setMeasuring(bool measuring, Axis axis)
{
    m_measuring = measuring;
    m_axis = axis;
    {
        const QSignalBlocker blocker(m_axisCombo);
        m_axisCombo->setCurrentIndex(axis == Axis::Short ? 1 : 0);
    }
    {
        const QSignalBlocker blocker(m_measureButton);
        m_measureButton->setChecked(measuring);
    }
    for (auto& view : m_views)
        view->viewport->setTool(measuring ? render::SliceViewport::Tool::Length : render::SliceViewport::Tool::WindowLevel);
}

void OncologyWorkspace::onMeasurementAdded(int index, const measure::Measurement& measurement)
{
    const auto* line = std::get_if<measure::LengthShape>(&measurement.shape);
    if (!m_measuring || !line)
        return;
    QString lesionId = selectedLesion();
    if (lesionId.isEmpty()) {
        const auto category = static_cast<oncology::LesionCategory>(m_categoryCombo->currentData().toInt());
        lesionId = newLesion(category, m_organEdit->text().trimmed(), m_nodeCheck->isChecked());
    }
    QString error;
    if (!recordAxis(index, lesionId, m_axis, line->start, line->end, &error)) {
        setStatus(error);
        showLesionShapes(index);   // drop the drawn line: it belongs to no lesion
    }
}

void OncologyWorkspace::onMeasurementRemoved(int index, const QString& measurementId)
{
    // Deleting a lesion's axis on screen (Delete key) removes it from that timepoint.
    for (Axis axis : {Axis::Long, Axis::Short}) {
        if (!measurementId.endsWith(axisSuffix(axis)))
            continue;
        const QString lesionId = measurementId.chopped(axisSuffix(axis).size());
        const QString studyUid = m_views.at(static_cast<std::size_t>(index))->timepoint.studyInstanceUid;
        const oncology::Lesion* lesion = m_tracker.lesion(lesionId);
        const oncology::LesionObservation* existing = lesion ? lesion->observation(studyUid) : nullptr;
        if (!existing)
            return;
        oncology::LesionObservation observation = *existing;
        (axis == Axis::Long ? observation.longAxis : observation.shortAxis).reset();
        LesionTracker tracker = m_tracker;
        if (observation.longAxis || observation.shortAxis)
            tracker.setObservation(lesionId, observation);
        else
            tracker.removeObservation(lesionId, studyUid);
        setTrackerAndRefresh(std::move(tracker));
        saveLesions();
        return;
    }
}

bool OncologyWorkspace::recordAxis(int index, const QString& lesionId, Axis axis, QPointF start, QPointF end, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (index < 0 || index >= timepointCount())
        return fail(tr("No such timepoint."));
    TimepointView& view = *m_views[static_cast<std::size_t>(index)];
    const oncology::Lesion* lesion = m_tracker.lesion(lesionId);
    if (!lesion)
        return fail(tr("No such lesion: %1").arg(lesionId));
    if (!view.series || !view.measurer)
        return fail(tr("No image shown on %1.").arg(view.title->text()));
    const measure::MeasurementResult result = view.measurer->evaluate(measure::Shape{measure::LengthShape{start, end}});
    if (!result.length || result.lengthUnit != QLatin1String("mm"))
        return fail(tr("RECIST needs lengths in mm in the patient; this image measures in %1.").arg(result.lengthUnit));

    oncology::LesionObservation observation;
    if (const oncology::LesionObservation* existing = lesion->observation(view.timepoint.studyInstanceUid))
        observation = *existing;
    observation.studyInstanceUid = view.timepoint.studyInstanceUid;
    observation.date = view.timepoint.date;
    observation.assessment = oncology::LesionAssessment::Present;
    const oncology::AxisMeasurement measured{*result.length, {start.x(), start.y()}, {end.x(), end.y()}};
    (axis == Axis::Long ? observation.longAxis : observation.shortAxis) = measured;
    const dicom::InstanceHeader& header = view.series->header(view.frame);
    const oncology::ImageReference reference{view.seriesUid, QString::fromStdString(header.sopInstanceUid),
                                             view.series->frameInInstance(view.frame)};
    if (observation.image != reference) {
        // Both axes are drawn on one image: an axis from another image no longer applies.
        (axis == Axis::Long ? observation.shortAxis : observation.longAxis).reset();
        observation.image = reference;
    }
    const dicom::FrameGeometry& geometry = view.series->geometry(view.frame);
    if (geometry.position && geometry.rowDirection && geometry.columnDirection) {
        const auto& shown = observation.longAxis ? *observation.longAxis : measured;
        // Pixel coordinates are continuous (0 = the first pixel's edge); positions name centres.
        const double x = (shown.start.x + shown.end.x) / 2.0 - 0.5;
        const double y = (shown.start.y + shown.end.y) / 2.0 - 0.5;
        observation.centre = *geometry.position + *geometry.rowDirection * (x * geometry.spacing.column)
            + *geometry.columnDirection * (y * geometry.spacing.row);
    }
    const QString lesionLabel = lesion->label.isEmpty() ? lesion->id : lesion->label;
    LesionTracker tracker = m_tracker;
    tracker.setObservation(lesionId, observation);

    // A lesion seen on one timepoint only may be one already followed elsewhere.
    m_suggestion.reset();
    m_suggestionFor.clear();
    const oncology::Lesion* updated = tracker.lesion(lesionId);
    if (updated && updated->observations.size() == 1 && observation.centre && view.toCurrent) {
        const RigidTransform toCurrent = *view.toCurrent;
        const QString currentUid = m_views.back()->timepoint.studyInstanceUid;
        // Lesion centres of other timepoints are compared in the current study's coordinates.
        std::map<QString, RigidTransform> toCurrentByStudy;
        for (const auto& other : m_views) {
            if (other->toCurrent)
                toCurrentByStudy[other->timepoint.studyInstanceUid] = *other->toCurrent;
        }
        LesionTracker others;
        others.setTimepoints(tracker.timepoints());
        for (oncology::Lesion candidate : tracker.lesions()) {
            if (candidate.id == lesionId)
                continue;
            std::vector<oncology::LesionObservation> mapped;
            for (oncology::LesionObservation o : candidate.observations) {
                const auto found = toCurrentByStudy.find(o.studyInstanceUid);
                if (found == toCurrentByStudy.end() || !o.centre)
                    continue;
                o.centre = found->second.apply(*o.centre);
                o.studyInstanceUid = currentUid;
                mapped.push_back(std::move(o));
            }
            candidate.observations = std::move(mapped);
            if (candidate.observations.empty())
                continue;
            candidate.observations.resize(1);
            others.addLesion(candidate);
        }
        m_suggestion = others.suggestLink(*observation.centre, toCurrent.pointMapper(), currentUid, kLinkToleranceMm,
                                          view.timepoint.studyInstanceUid);
        if (m_suggestion)
            m_suggestionFor = lesionId;
    }
    m_linkButton->setEnabled(m_suggestion.has_value());

    setTrackerAndRefresh(std::move(tracker));
    saveLesions();
    QString text = tr("%1 on %2: %3 %4 mm").arg(lesionLabel, view.title->text(),
                                                 axis == Axis::Long ? tr("long axis") : tr("short axis"))
                       .arg(measured.lengthMm, 0, 'f', 1);
    if (m_suggestion) {
        const oncology::Lesion* near = m_tracker.lesion(m_suggestion->lesionId);
        text += tr("; probably %1 (%2 mm away): use \"Link to suggestion\"")
                    .arg(near ? near->label : m_suggestion->lesionId)
                    .arg(m_suggestion->distanceMm, 0, 'f', 1);
    }
    if (m_status.startsWith(tr("Not saved")))
        text += QLatin1Char('\n') + m_status;
    setStatus(text);
    return true;
}

bool OncologyWorkspace::acceptLinkSuggestion()
{
    if (!m_suggestion)
        return false;
    LesionTracker tracker = m_tracker;
    const auto kept = tracker.link(m_suggestion->lesionId, m_suggestionFor);
    m_suggestion.reset();
    m_linkButton->setEnabled(false);
    if (!kept) {
        setStatus(tr("These lesions cannot be linked: both are measured on the same study."));
        return false;
    }
    setTrackerAndRefresh(std::move(tracker));
    selectLesion(*kept);
    return saveLesions();
}

void OncologyWorkspace::setTrackerAndRefresh(LesionTracker tracker)
{
    std::vector<oncology::Timepoint> timepoints;
    for (const auto& view : m_views)
        timepoints.push_back(view->timepoint);
    tracker.setTimepoints(std::move(timepoints));
    m_tracker = std::move(tracker);
    m_table->setTracker(m_tracker);
    m_evaluation = m_table->evaluation();
    m_chart->setData(m_tracker, m_evaluation);
    refreshLesionList();
    for (int i = 0; i < timepointCount(); ++i)
        showLesionShapes(i);
    Q_EMIT lesionsChanged();
}

void OncologyWorkspace::showLesionShapes(int index)
{
    TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    if (!view.series || !view.measurer)
        return;
    const QString sop = QString::fromStdString(view.series->header(view.frame).sopInstanceUid);
    const int frameInInstance = view.series->frameInInstance(view.frame);
    std::vector<measure::Measurement> shapes;
    for (const oncology::Lesion& lesion : m_tracker.lesions()) {
        const oncology::LesionObservation* observation = lesion.observation(view.timepoint.studyInstanceUid);
        if (!observation || observation->image.sopInstanceUid != sop || observation->image.frame != frameInInstance)
            continue;
        for (Axis axis : {Axis::Long, Axis::Short}) {
            const auto& measured = axis == Axis::Long ? observation->longAxis : observation->shortAxis;
            if (!measured)
                continue;
            measure::Measurement m;
            m.id = lesion.id + axisSuffix(axis);
            m.frame = measure::FrameReference{sop, frameInInstance + 1};
            m.shape = measure::LengthShape{QPointF(measured->start.x, measured->start.y), QPointF(measured->end.x, measured->end.y)};
            shapes.push_back(m);
        }
    }
    view.viewport->setMeasurementFrame(view.measurer, std::move(shapes));
}

bool OncologyWorkspace::saveLesions()
{
    if (m_views.empty() || m_views.back()->studyId == 0)
        return false;
    catalog::Annotation annotation;
    annotation.uid = m_lesionsUid;
    annotation.studyId = m_views.back()->studyId;
    annotation.kind = QString::fromLatin1(kLesionsKind);
    annotation.payload = QString::fromUtf8(QJsonDocument(m_tracker.toJson()).toJson(QJsonDocument::Compact));
    annotation.author = qEnvironmentVariable("USER");
    annotation.revision = m_lesionsRevision;
    const catalog::AnnotationChange change = m_catalog->saveAnnotation(annotation);
    if (change.applied()) {
        m_lesionsUid = change.annotation.uid;
        m_lesionsRevision = change.annotation.revision;
        return true;
    }
    if (change.outcome == catalog::ChangeOutcome::Conflict)
        setStatus(tr("Not saved: %1 (changed by %2 at %3). Reopen the comparison to see their lesions; yours stay on screen until then.")
                      .arg(change.message, change.annotation.author, change.annotation.modifiedAt.toLocalTime().toString(Qt::ISODate)));
    else
        setStatus(tr("Not saved: %1").arg(change.message));
    return false;
}

void OncologyWorkspace::reloadLesions()
{
    m_lesionsUid.clear();
    m_lesionsRevision = 0;
    m_suggestion.reset();
    m_linkButton->setEnabled(false);
    LesionTracker tracker;
    if (!m_views.empty() && m_views.back()->studyId != 0) {
        const auto stored = m_catalog->annotations(m_views.back()->studyId, QString::fromLatin1(kLesionsKind));
        if (!stored.empty()) {
            const catalog::Annotation& latest = stored.back();
            QString error;
            if (auto loaded = LesionTracker::fromJson(QJsonDocument::fromJson(latest.payload.toUtf8()).object(), &error)) {
                tracker = std::move(*loaded);
                m_lesionsUid = latest.uid;
                m_lesionsRevision = latest.revision;
            } else {
                setStatus(tr("The stored lesions cannot be read: %1").arg(error));
            }
        }
    }
    setTrackerAndRefresh(std::move(tracker));
}

// ---- registration -----------------------------------------------------------------------

void OncologyWorkspace::onRegisterClicked()
{
    if (m_priorCombo->currentIndex() >= 0)
        registerToCurrent(m_priorCombo->currentData().toInt());
}

bool OncologyWorkspace::isRegistering() const
{
    return m_registration->isRunning();
}

void OncologyWorkspace::registerToCurrent(int index)
{
    if (index < 0 || index + 1 >= timepointCount() || isRegistering())
        return;
    m_registration->wait();   // joins a finished worker before the next start
    TimepointView& prior = *m_views[static_cast<std::size_t>(index)];
    TimepointView& current = *m_views.back();
    if (!prior.series || !current.series) {
        setStatus(tr("Registration needs images on both studies."));
        return;
    }
    QString error;
    auto fixed = registration::PatientVolume::fromSeries(*current.series, &error);
    if (!fixed) {
        setStatus(tr("Cannot register: the current study's series is not a volume (%1).").arg(error));
        Q_EMIT registrationFinished(false, m_status);
        return;
    }
    auto moving = registration::PatientVolume::fromSeries(*prior.series, &error);
    if (!moving) {
        setStatus(tr("Cannot register: the prior's series is not a volume (%1).").arg(error));
        Q_EMIT registrationFinished(false, m_status);
        return;
    }
    // Registered on a grid of about 128 pixels across (2-3 mm for a CT): the same accuracy class
    // as the finest level needs, in seconds rather than minutes.
    auto coarse = [](const registration::PatientVolume& volume) {
        const int factor = std::max(1, std::max(volume.grid().size[0], volume.grid().size[1]) / kRegistrationGridPixels);
        return factor > 1 ? volume.downsampled(factor, 1) : volume;
    };
    fixed = coarse(*fixed);
    moving = coarse(*moving);
    m_registeringIndex = index;
    const registration::RegistrationSettings settings;
    m_progress->setRange(0, static_cast<int>(settings.shrinkFactors.size()) * settings.maximumIterationsPerLevel);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setEnabled(true);
    m_registerButton->setEnabled(false);
    setStatus(tr("Registering %1 to the current study...").arg(prior.title->text()));
    // The callbacks run on the worker thread: hand everything to the GUI thread.
    m_registration->start(
        std::move(*fixed), std::move(*moving), settings,
        [this, settings](const registration::RegistrationProgress& progress) {
            QMetaObject::invokeMethod(this, [this, progress, settings] {
                m_progress->setValue(progress.level * settings.maximumIterationsPerLevel + progress.iteration);
                m_progress->setFormat(tr("level %1/%2, iteration %3").arg(progress.level + 1).arg(progress.levelCount).arg(progress.iteration));
            }, Qt::QueuedConnection);
        },
        [this](const registration::RegistrationResult& result) {
            QMetaObject::invokeMethod(this, [this, result] {
                m_progress->setVisible(false);
                m_cancelButton->setEnabled(false);
                m_registerButton->setEnabled(true);
                const int index = m_registeringIndex;
                m_registeringIndex = -1;
                if (result.status == registration::RegistrationStatus::Succeeded && index >= 0 && index < timepointCount()) {
                    applyRegistration(index, result.movingToFixed);
                    setStatus(tr("Registered: %1 degrees, %2 mm").arg(result.movingToFixed.rotationAngleDegrees(), 0, 'f', 2)
                                  .arg(result.movingToFixed.translation().length(), 0, 'f', 1));
                    Q_EMIT registrationFinished(true, m_status);
                } else {
                    setStatus(result.status == registration::RegistrationStatus::Cancelled ? tr("Registration cancelled.")
                                                                                             : tr("Registration failed: %1").arg(result.message));
                    Q_EMIT registrationFinished(false, m_status);
                }
            }, Qt::QueuedConnection);
        });
}

void OncologyWorkspace::cancelRegistration()
{
    m_registration->cancel();
}

bool OncologyWorkspace::applyRegistration(int index, const RigidTransform& priorToCurrent)
{
    if (index < 0 || index + 1 >= timepointCount())
        return false;
    TimepointView& prior = *m_views[static_cast<std::size_t>(index)];
    const TimepointView& current = *m_views.back();
    QJsonObject json;
    json.insert(QStringLiteral("format"), QString::fromLatin1(kRegistrationFormat));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("fixedStudyInstanceUid"), current.timepoint.studyInstanceUid);
    json.insert(QStringLiteral("fixedSeriesInstanceUid"), current.seriesUid);
    json.insert(QStringLiteral("movingStudyInstanceUid"), prior.timepoint.studyInstanceUid);
    json.insert(QStringLiteral("movingSeriesInstanceUid"), prior.seriesUid);
    json.insert(QStringLiteral("transform"), priorToCurrent.toJson());   // moving (prior) -> fixed (current)
    catalog::Annotation annotation;
    annotation.studyId = prior.studyId;
    annotation.kind = QString::fromLatin1(kRegistrationKind);
    annotation.author = qEnvironmentVariable("USER");
    // One cached registration per pair: replace the one stored for this pair.
    for (const catalog::Annotation& cached : m_catalog->annotations(prior.studyId, annotation.kind)) {
        const QJsonObject old = QJsonDocument::fromJson(cached.payload.toUtf8()).object();
        if (old.value(QStringLiteral("fixedSeriesInstanceUid")).toString() == current.seriesUid
            && old.value(QStringLiteral("movingSeriesInstanceUid")).toString() == prior.seriesUid) {
            annotation.uid = cached.uid;
            annotation.revision = cached.revision;
        }
    }
    annotation.payload = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const catalog::AnnotationChange change = m_catalog->saveAnnotation(annotation);
    if (!change.applied())
        setStatus(tr("The registration is used but not cached: %1").arg(change.message));
    prior.toCurrent = priorToCurrent;
    prior.flagged = false;
    prior.mode = SyncMode::PatientPosition;
    prior.alignmentReason = tr("registered to the current study");
    rebuildSynchronizer();
    updateAlignmentLabel();
    followFrom(timepointCount() - 1);
    return change.applied();
}

// ---- exports ----------------------------------------------------------------------------

QImage OncologyWorkspace::keyImage(const QString& lesionId, const QString& studyUid) const
{
    const oncology::Lesion* lesion = m_tracker.lesion(lesionId);
    const oncology::LesionObservation* observation = lesion ? lesion->observation(studyUid) : nullptr;
    if (!observation)
        return {};
    for (const auto& view : m_views) {
        if (view->timepoint.studyInstanceUid != studyUid || !view->series)
            continue;
        for (int frame = 0; frame < view->series->frameCount(); ++frame) {
            if (QString::fromStdString(view->series->header(frame).sopInstanceUid) == observation->image.sopInstanceUid
                && view->series->frameInInstance(frame) == observation->image.frame && view->series->isDecoded(frame))
                return toQImage(dicom::FrameRenderer::render(*view->series, frame, dicom::GreyLevelChoice{m_sync->window}));
        }
    }
    return {};
}

std::optional<QString> OncologyWorkspace::exportTumorBoardPdf(const QString& pdfPath)
{
    if (m_views.empty() || !m_views.back()->series)
        return tr("No current study is shown.");
    TumorBoardReport report;
    report.setPatient(m_views.back()->series->header(0).patient);
    report.setTracker(m_tracker);
    for (const oncology::Lesion& lesion : m_tracker.lesions()) {
        for (const oncology::LesionObservation& observation : lesion.observations) {
            const QImage image = keyImage(lesion.id, observation.studyInstanceUid);
            if (!image.isNull())
                report.setKeyImage(lesion.id, observation.studyInstanceUid, image);
        }
    }
    const auto problem = report.write(pdfPath);
    setStatus(problem ? tr("Tumor board PDF not written: %1").arg(*problem) : tr("Tumor board PDF written: %1").arg(pdfPath));
    return problem;
}

std::optional<QString> OncologyWorkspace::exportMeasurementReport(const QString& dicomPath)
{
    if (m_views.empty() || !m_views.back()->series)
        return tr("No current study is shown.");
    QString error;
    const auto source = documents::SourceImageReader::readFile(QString::fromStdString(m_views.back()->series->header(0).filePath), &error);
    if (!source)
        return tr("The current study cannot be read: %1").arg(error);
    std::map<QString, const TimepointView*> viewOfStudy;
    for (const auto& view : m_views)
        viewOfStudy[view->timepoint.studyInstanceUid] = view.get();

    documents::MeasurementReport report;
    for (const oncology::Lesion& lesion : m_tracker.lesions()) {
        // One tracking UID per lesion: the same lesion across the timepoints.
        const QString trackingUid = newUuidUid();
        for (const oncology::LesionObservation& observation : lesion.observations) {
            const auto found = viewOfStudy.find(observation.studyInstanceUid);
            if (found == viewOfStudy.end() || !found->second->series)
                continue;
            const TimepointView& view = *found->second;
            documents::ImageReference image;
            image.sopInstanceUid = observation.image.sopInstanceUid;
            image.seriesInstanceUid = observation.image.seriesInstanceUid;
            image.studyInstanceUid = observation.studyInstanceUid;
            image.frames = {};
            for (int frame = 0; frame < view.series->frameCount(); ++frame) {
                const dicom::InstanceHeader& header = view.series->header(frame);
                if (QString::fromStdString(header.sopInstanceUid) == observation.image.sopInstanceUid) {
                    image.sopClassUid = QString::fromStdString(header.sopClassUid);
                    if (header.pixelFormat.numberOfFrames > 1)
                        image.frames = {observation.image.frame + 1};
                    break;
                }
            }
            documents::MeasurementGroup group;
            group.trackingIdentifier = lesion.label.isEmpty() ? lesion.id : lesion.label;
            group.trackingUid = trackingUid;
            group.finding = lesion.lymphNode
                ? documents::CodedConcept{QStringLiteral("59441001"), QStringLiteral("SCT"), QStringLiteral("Lymph node")}
                : documents::CodedConcept{QStringLiteral("108369006"), QStringLiteral("SCT"), QStringLiteral("Neoplasm")};
            group.timePoint = observation.date.toString(Qt::ISODate);
            for (Axis axis : {Axis::Long, Axis::Short}) {
                const auto& measured = axis == Axis::Long ? observation.longAxis : observation.shortAxis;
                if (!measured)
                    continue;
                documents::Measurement m;
                m.conceptName = axis == Axis::Long
                    ? documents::CodedConcept{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long Axis")}
                    : documents::CodedConcept{QStringLiteral("103340004"), QStringLiteral("SCT"), QStringLiteral("Short Axis")};
                m.value = measured->lengthMm;
                m.image = image;
                m.region = documents::SpatialCoordinates{documents::GraphicType::Polyline,
                                                         {QPointF(measured->start.x, measured->start.y), QPointF(measured->end.x, measured->end.y)}};
                group.measurements.push_back(m);
            }
            if (!group.measurements.empty())
                report.groups.push_back(group);
        }
    }
    if (report.groups.empty())
        return tr("No measured lesions to report.");
    documents::DocumentIdentity identity;
    identity.seriesDescription = tr("Tumor measurements");
    const auto written = documents::MeasurementReportWriter::writeFile(report, source->study, identity, dicomPath, &error);
    setStatus(written ? tr("DICOM SR written: %1").arg(dicomPath) : tr("DICOM SR not written: %1").arg(error));
    if (!written)
        return error;
    return std::nullopt;
}

void OncologyWorkspace::chooseExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Tumor board PDF"), QString(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportTumorBoardPdf(path);
}

void OncologyWorkspace::chooseExportSr()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("DICOM SR measurement report"), QString(), tr("DICOM (*.dcm)"));
    if (!path.isEmpty())
        exportMeasurementReport(path);
}

} // namespace continuum::app
