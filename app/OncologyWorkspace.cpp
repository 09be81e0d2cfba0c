#include "OncologyWorkspace.h"

#include "LesionTableView.h"
#include "RecistChartView.h"
#include "TumorBoardReport.h"

#include "catalog/Catalog.h"
#include "dicom/LocaleFormat.h"
#include "dicom/DicomScanner.h"
#include "dicom/FrameRenderer.h"
#include "dicom/HeaderReader.h"
#include "worklist/WorklistModel.h"
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
#include "registration/SpatialRegistrationReader.h"
#include "registration/SpatialRegistrationWriter.h"
#include "render/SliceViewport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

namespace continuum::app {

using oncology::LesionTracker;
using registration::RigidTransform;

namespace {

constexpr double kLinkToleranceMm = 20.0;
constexpr int kOverlayFontPixels = 13;
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

std::vector<oncology::CatalogStudy> patientStudies(catalog::Catalog& catalog, const catalog::PatientMatch& patient)
{
    std::vector<oncology::CatalogStudy> studies;
    for (const catalog::StudyRow& row : catalog.studies(patient.filter())) {
        if (patient.matches(row))
            studies.push_back({row, catalog.seriesOfStudy(row.id)});
    }
    return studies;
}

// A study the PACS reported, as the selector sees it: the PACS lists modalities, not series, so
// one series per modality stands in (body regions then come from the study description).
oncology::CatalogStudy pacsStudy(catalog::StudyRow row, const QString& patientId, const QString& issuer)
{
    if (row.patientId.isEmpty()) {
        row.patientId = patientId;
        row.issuerOfPatientId = issuer;
    }
    row.id = 0;
    oncology::CatalogStudy study{row, {}};
    const QStringList modalities = row.modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (const QString& modality : modalities) {
        catalog::SeriesRow series;
        series.modality = modality.trimmed();
        series.description = row.description;
        series.instanceCount = std::max(1, row.instanceCount / static_cast<int>(modalities.size()));
        study.series.push_back(series);
    }
    return study;
}

// The local studies plus the PACS's studies the catalog lacks (or holds without files here).
std::vector<oncology::CatalogStudy> withPacsStudies(std::vector<oncology::CatalogStudy> local,
                                                    const std::vector<catalog::StudyRow>& pacsStudies,
                                                    const QString& patientId, const QString& issuer, QStringList* pacsOnly)
{
    for (const oncology::CatalogStudy& study : local) {
        if (!study.study.filesOnThisWorkstation)
            *pacsOnly << study.study.studyInstanceUid;
    }
    for (const catalog::StudyRow& row : pacsStudies) {
        const bool known = std::any_of(local.begin(), local.end(), [&row](const oncology::CatalogStudy& s) {
            return s.study.studyInstanceUid == row.studyInstanceUid;
        });
        if (known || row.studyInstanceUid.isEmpty())
            continue;
        local.push_back(pacsStudy(row, patientId, issuer));
        *pacsOnly << row.studyInstanceUid;
    }
    return local;
}

QString displayDate(const std::string& dicomDate)
{
    const QDate date = QDate::fromString(QString::fromStdString(dicomDate).trimmed(), QStringLiteral("yyyyMMdd"));
    return date.isValid() ? dicom::LocaleFormat::date(date) : QCoreApplication::translate("OncologyWorkspace", "unknown date");
}

} // namespace

// One timepoint on screen: its study, the series shown and the viewport.
struct OncologyWorkspace::TimepointView {
    oncology::Timepoint timepoint;
    qint64 studyId = 0;
    std::shared_ptr<dicom::ImageSeries> series;
    memory::MemoryPin pin;    // on screen: the memory budget never evicts it
    QString seriesUid;
    std::string frameOfReferenceUid;
    std::string syncKey;      // frame of reference + study: a shared UID across studies is not trusted
    int syncStack = -1;
    int frame = 0;
    render::SliceViewport* viewport = nullptr;
    QLabel* title = nullptr;
    TimepointState state = TimepointState::Loading;
    SyncMode mode = SyncMode::SliceFraction;
    std::optional<RigidTransform> toCurrent;   // prior -> current, when aligned
    bool adjustedByHand = false;               // toCurrent was nudged by the user
    QString alignmentReason;
    bool flagged = false;
    std::shared_ptr<const measure::FrameMeasurer> measurer;
    QString loadProblem;
};

// What a worker needs to read one timepoint: files only (the catalog stays on the GUI thread).
struct OncologyWorkspace::LoadRequest {
    std::vector<std::string> imagePaths;          // the chosen series' files
    std::vector<std::string> registrationPaths;   // Spatial Registration objects of the study
    QString problem;                              // set when there is nothing to read
};

struct OncologyWorkspace::LoadResult {
    std::shared_ptr<dicom::ImageSeries> series;
    std::vector<registration::SpatialRegistrationObject> registrations;
    QString problem;
};

struct OncologyWorkspace::Sync {
    dicom::SliceSynchronizer synchronizer;
    std::optional<dicom::VoiWindow> window;   // shared window; nullopt = each frame's default
};

OncologyWorkspace::OncologyWorkspace(std::shared_ptr<catalog::Catalog> catalog, QWidget* parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_user(worklist::WorklistModel::defaultUserName()), m_sync(std::make_unique<Sync>()),
      m_registration(std::make_unique<registration::RigidRegistration>())
{
    auto* layout = new QVBoxLayout(this);

    // One line per note (no word wrap): wrapped labels above a splitter get too little height.
    m_notesLabel = new QLabel(this);
    layout->addWidget(m_notesLabel);
    m_alignmentLabel = new QLabel(this);
    m_alignmentLabel->setStyleSheet(QStringLiteral("color: #c05000;"));
    layout->addWidget(m_alignmentLabel);
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setVisible(false);
    layout->addWidget(m_loadingLabel);

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

    // Adjusting the chosen prior by hand (also Alt + arrows / Page Up / Page Down in its
    // viewport, with Shift to rotate), and saving the result as a DICOM object.
    auto* adjustRow = new QHBoxLayout;
    m_nudgeAxis = new QComboBox(this);
    m_nudgeAxis->addItem(tr("x (right to left)"));
    m_nudgeAxis->addItem(tr("y (anterior to posterior)"));
    m_nudgeAxis->addItem(tr("z (feet to head)"));
    m_nudgeMm = new QDoubleSpinBox(this);
    m_nudgeMm->setRange(0.1, 50.0);
    m_nudgeMm->setDecimals(1);
    m_nudgeMm->setValue(1.0);
    m_nudgeMm->setSuffix(tr(" mm"));
    m_nudgeDegrees = new QDoubleSpinBox(this);
    m_nudgeDegrees->setRange(0.1, 45.0);
    m_nudgeDegrees->setDecimals(1);
    m_nudgeDegrees->setValue(1.0);
    m_nudgeDegrees->setSuffix(tr(" deg"));
    auto* shiftMinus = new QPushButton(tr("Shift -"), this);
    auto* shiftPlus = new QPushButton(tr("Shift +"), this);
    auto* rotateMinus = new QPushButton(tr("Rotate -"), this);
    auto* rotatePlus = new QPushButton(tr("Rotate +"), this);
    auto* saveRegistration = new QPushButton(tr("Save registration as DICOM..."), this);
    adjustRow->addWidget(new QLabel(tr("Adjust prior by hand along/about"), this));
    adjustRow->addWidget(m_nudgeAxis);
    adjustRow->addWidget(m_nudgeMm);
    adjustRow->addWidget(shiftMinus);
    adjustRow->addWidget(shiftPlus);
    adjustRow->addWidget(m_nudgeDegrees);
    adjustRow->addWidget(rotateMinus);
    adjustRow->addWidget(rotatePlus);
    adjustRow->addStretch(1);
    adjustRow->addWidget(saveRegistration);
    layout->addLayout(adjustRow);
    const auto axisStep = [this](double sign) {
        dicom::Vector3 step;
        (m_nudgeAxis->currentIndex() == 0 ? step.x : m_nudgeAxis->currentIndex() == 1 ? step.y : step.z) = sign;
        return step;
    };
    connect(shiftMinus, &QPushButton::clicked, this, [this, axisStep] { nudgeSelected(axisStep(-1.0), {}); });
    connect(shiftPlus, &QPushButton::clicked, this, [this, axisStep] { nudgeSelected(axisStep(1.0), {}); });
    connect(rotateMinus, &QPushButton::clicked, this, [this, axisStep] { nudgeSelected({}, axisStep(-1.0)); });
    connect(rotatePlus, &QPushButton::clicked, this, [this, axisStep] { nudgeSelected({}, axisStep(1.0)); });
    connect(saveRegistration, &QPushButton::clicked, this, &OncologyWorkspace::chooseSaveRegistration);

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
    // Image readers still running report to watchers that go with this object; tell them to stop.
    if (m_loadCancelled)
        *m_loadCancelled = true;
    // The worker reports through queued calls to this object: stop it before anything goes.
    m_registration->cancel();
    m_registration->wait();
}

void OncologyWorkspace::setPatient(const catalog::PatientMatch& patient, const std::vector<catalog::StudyRow>& pacsStudies)
{
    QStringList pacsOnly;
    const auto studies = withPacsStudies(patientStudies(*m_catalog, patient), pacsStudies, patient.patientId,
                                         patient.issuerOfPatientId, &pacsOnly);
    const oncology::TimepointSelection selection = oncology::TimepointSelector().automatic(studies);
    QStringList notes = selection.notes;
    if (pacsStudies.empty())
        notes << tr("Only studies in the local catalog are offered: retrieve priors held on the PACS first.");
    loadTimepoints(selection.chronological(), notes, pacsOnly);
}

void OncologyWorkspace::setTimepoints(const QStringList& studyInstanceUids, const std::vector<catalog::StudyRow>& pacsStudies)
{
    if (studyInstanceUids.isEmpty()) {
        loadTimepoints({}, {}, {});
        return;
    }
    // The patient: from the first chosen study the catalog holds, else from the PACS's answer.
    std::optional<catalog::StudyRow> known;
    bool knownLocally = false;
    for (const QString& uid : studyInstanceUids) {
        catalog::StudyFilter filter;
        filter.studyInstanceUid = uid;
        if (const auto rows = m_catalog->studies(filter); !rows.empty()) {
            known = rows.front();
            knownLocally = true;
            break;
        }
    }
    for (const catalog::StudyRow& row : pacsStudies) {
        if (!known && studyInstanceUids.contains(row.studyInstanceUid) && !row.patientId.isEmpty())
            known = row;
    }
    const QString patientId = known ? known->patientId : QString();
    const QString issuer = known ? known->issuerOfPatientId : QString();
    QStringList pacsOnly;
    const catalog::PatientMatch patient{patientId, issuer, known ? known->patientName : QString(),
                                        known ? known->patientBirthDate : QDate()};
    const auto studies = withPacsStudies(knownLocally ? patientStudies(*m_catalog, patient)
                                                      : std::vector<oncology::CatalogStudy>{},
                                         pacsStudies, patientId, issuer, &pacsOnly);
    QStringList notes;
    for (const QString& uid : studyInstanceUids) {
        if (std::none_of(studies.begin(), studies.end(), [&uid](const oncology::CatalogStudy& s) { return s.study.studyInstanceUid == uid; }))
            notes << tr("Study %1 is neither in the local catalog nor among the PACS's studies: left out.").arg(uid);
    }
    const oncology::TimepointSelection selection = oncology::TimepointSelector().chosen(studies, studyInstanceUids);
    notes << selection.notes;
    loadTimepoints(selection.chronological(), notes, pacsOnly);
}

void OncologyWorkspace::setStudyRetriever(StudyRetriever retriever)
{
    m_retriever = std::move(retriever);
}

void OncologyWorkspace::clearViews()
{
    cancelRegistration();
    m_registration->wait();
    m_registeringIndex = -1;   // a result still queued belongs to the old comparison
    // Readers of the previous comparison: their results are dropped by the generation check.
    ++m_loadGeneration;
    if (m_loadCancelled)
        *m_loadCancelled = true;
    m_loadCancelled = std::make_shared<std::atomic<bool>>(false);
    m_registrationObjects.clear();
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

void OncologyWorkspace::loadTimepoints(const std::vector<oncology::Timepoint>& chronological, const QStringList& notes,
                                       const QStringList& pacsOnlyUids)
{
    clearViews();
    m_notes = notes.join(QLatin1Char('\n'));
    m_notesLabel->setText(m_notes);
    m_notesLabel->setVisible(!m_notes.isEmpty());

    auto* rowLayout = static_cast<QHBoxLayout*>(m_viewportRow->layout());
    m_modality = chronological.empty() ? QString() : chronological.back().modality;
    QStringList toRetrieve;
    for (std::size_t i = 0; i < chronological.size(); ++i) {
        auto view = std::make_unique<TimepointView>();
        view->timepoint = chronological[i];
        if (pacsOnlyUids.contains(view->timepoint.studyInstanceUid)) {
            view->state = m_retriever ? TimepointState::Retrieving : TimepointState::NotLocal;
            toRetrieve << view->timepoint.studyInstanceUid;
        } else {
            catalog::StudyFilter filter;
            filter.studyInstanceUid = view->timepoint.studyInstanceUid;
            if (const auto rows = m_catalog->studies(filter); !rows.empty())
                view->studyId = rows.front().id;
        }
        const bool current = i + 1 == chronological.size();
        QString role = i == 0 ? tr("baseline") : tr("follow-up %1").arg(i);
        if (current)
            role = chronological.size() == 1 ? tr("current") : tr("current (%1)").arg(role);
        view->title = new QLabel(tr("%1 %2").arg(dicom::LocaleFormat::date(view->timepoint.date), role), m_viewportRow);
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
        if (!current) {
            m_priorCombo->addItem(view->title->text(), static_cast<int>(i));
            view->viewport->installEventFilter(this);   // Alt + keys adjust the registration
        }

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
    for (int i = 0; i < timepointCount(); ++i) {
        if (m_views[static_cast<std::size_t>(i)]->state == TimepointState::Loading)
            startLoad(i);
    }

    decideAlignment();
    reloadLesions();
    renderAll();
    setMeasuring(m_measuring, m_axis);
    updateLoadingText();
    Q_EMIT timepointsChanged();
    // Last: a retriever may answer at once (studyArrived) and the views must be complete by then.
    if (m_retriever && !toRetrieve.isEmpty())
        m_retriever(toRetrieve);
}

void OncologyWorkspace::startLoad(int index)
{
    TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    view.state = TimepointState::Loading;
    view.loadProblem.clear();
    LoadRequest request;
    // The study's best series: most images of the current study's modality.
    std::optional<catalog::SeriesRow> best;
    for (const catalog::SeriesRow& series : m_catalog->seriesOfStudy(view.studyId)) {
        if (series.modality == m_modality && (!best || series.instanceCount > best->instanceCount))
            best = series;
        // Spatial Registration objects of the study relate its frames to others'.
        if (series.modality.compare(QLatin1String("REG"), Qt::CaseInsensitive) != 0)
            continue;
        for (const catalog::InstanceRow& instance : m_catalog->instancesOfSeries(series.id)) {
            if (instance.sopClassUid == QLatin1String(registration::SpatialRegistrationReader::sopClassUid) && !instance.paths.empty()
                && !instance.missing)
                request.registrationPaths.push_back(instance.paths.front().toStdString());
        }
    }
    if (best) {
        view.seriesUid = best->seriesInstanceUid;
        view.frameOfReferenceUid = best->frameOfReferenceUid.toStdString();
        for (const catalog::InstanceRow& instance : m_catalog->instancesOfSeries(best->id)) {
            if (!instance.paths.empty() && !instance.missing)
                request.imagePaths.push_back(instance.paths.front().toStdString());
        }
    } else {
        request.problem = tr("no %1 series").arg(m_modality);
    }
    const quint64 generation = m_loadGeneration;
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation, index] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return;   // read for a comparison that is no longer on screen
        finishLoad(index, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([request = std::move(request), cancelled = m_loadCancelled] {
        return readTimepoint(request, *cancelled);
    }));
    updateTimepointCorner(index);
}

// On a worker thread: headers, pixels and registration objects of one timepoint.
OncologyWorkspace::LoadResult OncologyWorkspace::readTimepoint(const LoadRequest& request, const std::atomic<bool>& cancelled)
{
    LoadResult result;
    for (const std::string& path : request.registrationPaths) {
        if (auto object = registration::SpatialRegistrationReader::read(path))
            result.registrations.push_back(std::move(*object));
    }
    if (!request.problem.isEmpty()) {
        result.problem = request.problem;
        return result;
    }
    const dicom::ScanResult scan = dicom::DicomScanner::scanFiles(request.imagePaths);
    std::vector<dicom::SeriesDescriptor> groups = dicom::SeriesGrouper::group(scan.images);
    auto largest = std::max_element(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        return a.frameCount() < b.frameCount();
    });
    if (largest == groups.end()) {
        result.problem = QCoreApplication::translate("OncologyWorkspace", "no readable images");
        return result;
    }
    auto created = dicom::ImageSeries::create(std::move(*largest));
    if (!created) {
        result.problem = created.error().message;
        return result;
    }
    if (cancelled)
        return result;   // nobody will look at it
    result.series = std::shared_ptr<dicom::ImageSeries>(std::move(created.value()));
    result.series->decodeAll(2, 0, {}, &cancelled);   // stops early when the comparison is replaced
    return result;
}

void OncologyWorkspace::finishLoad(int index, LoadResult result)
{
    TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    view.series = std::move(result.series);
    if (view.series)
        view.pin = view.series->pin();
    view.loadProblem = result.problem;
    view.state = view.series && view.series->frameCount() > 0 ? TimepointState::Shown : TimepointState::Failed;
    if (view.series)
        view.frame = view.series->frameCount() / 2;
    for (registration::SpatialRegistrationObject& object : result.registrations) {
        if (std::none_of(m_registrationObjects.begin(), m_registrationObjects.end(),
                         [&object](const auto& known) { return known.sopInstanceUid == object.sopInstanceUid; }))
            m_registrationObjects.push_back(std::move(object));
    }
    if (index + 1 == timepointCount())
        m_sync->window = currentDefaultWindow();   // every timepoint starts in the current study's window
    decideAlignment();
    renderAll();
    updateLoadingText();
    Q_EMIT timepointLoaded(index);
    if (std::none_of(m_views.begin(), m_views.end(), [](const auto& v) { return v->state == TimepointState::Loading; }))
        Q_EMIT timepointsLoaded();
}

bool OncologyWorkspace::isLoading() const
{
    return std::any_of(m_views.begin(), m_views.end(), [](const auto& view) {
        return view->state == TimepointState::Loading || view->state == TimepointState::Retrieving;
    });
}

OncologyWorkspace::TimepointState OncologyWorkspace::timepointState(int index) const
{
    return m_views.at(static_cast<std::size_t>(index))->state;
}

QString OncologyWorkspace::loadingText() const
{
    return m_loadingLabel->text();
}

void OncologyWorkspace::updateLoadingText()
{
    int loading = 0;
    int retrieving = 0;
    for (const auto& view : m_views) {
        loading += view->state == TimepointState::Loading ? 1 : 0;
        retrieving += view->state == TimepointState::Retrieving ? 1 : 0;
    }
    QStringList parts;
    if (loading > 0)
        parts << tr("Reading the images of %1 of %2 timepoints...").arg(loading).arg(timepointCount());
    if (retrieving > 0)
        parts << tr("Retrieving %n prior(s) from the PACS...", nullptr, retrieving);
    m_loadingLabel->setText(parts.join(QLatin1Char(' ')));
    m_loadingLabel->setVisible(!parts.isEmpty());
}

void OncologyWorkspace::studyRetrieveFinished(const QString& studyInstanceUid, bool ok)
{
    if (ok) {
        studyArrived(studyInstanceUid);
        return;
    }
    for (int i = 0; i < timepointCount(); ++i) {
        TimepointView& view = *m_views[static_cast<std::size_t>(i)];
        if (view.timepoint.studyInstanceUid == studyInstanceUid && view.state == TimepointState::Retrieving) {
            view.state = TimepointState::RetrieveFailed;
            view.loadProblem = tr("the retrieve from the PACS failed");
        }
    }
    updateAlignmentLabel();
    updateLoadingText();
}

void OncologyWorkspace::studyArrived(const QString& studyInstanceUid)
{
    for (int i = 0; i < timepointCount(); ++i) {
        TimepointView& view = *m_views[static_cast<std::size_t>(i)];
        if (view.timepoint.studyInstanceUid != studyInstanceUid
            || (view.state != TimepointState::Retrieving && view.state != TimepointState::RetrieveFailed && view.state != TimepointState::NotLocal))
            continue;
        catalog::StudyFilter filter;
        filter.studyInstanceUid = studyInstanceUid;
        const auto rows = m_catalog->studies(filter);
        if (rows.empty() || !rows.front().filesOnThisWorkstation) {
            view.state = TimepointState::RetrieveFailed;
            view.loadProblem = tr("retrieved, but the study is not in the local catalog");
            continue;
        }
        view.studyId = rows.front().id;
        startLoad(i);
        if (i + 1 == timepointCount())
            reloadLesions();   // the lesions are kept on the current study
    }
    updateAlignmentLabel();
    updateLoadingText();
}

void OncologyWorkspace::updateTimepointCorner(int index)
{
    TimepointView& view = *m_views.at(static_cast<std::size_t>(index));
    QStringList corner{view.title->text()};
    switch (view.state) {
    case TimepointState::Loading:
        corner << tr("reading images...");
        break;
    case TimepointState::Retrieving:
        corner << tr("retrieving from the PACS...");
        break;
    case TimepointState::RetrieveFailed:
        corner << tr("not retrieved: %1").arg(view.loadProblem);
        break;
    case TimepointState::NotLocal:
        corner << tr("only on the PACS (no retrieve available here)");
        break;
    case TimepointState::Failed:
        corner << tr("not shown: %1").arg(view.loadProblem);
        break;
    case TimepointState::Shown:
        if (view.flagged)
            corner << tr("same frame of reference UID, other study:") << tr("treated as unregistered (slice index fraction)");
        else if (view.mode == SyncMode::SliceFraction)
            corner << tr("unregistered: synchronized by slice index fraction");
        else if (view.mode == SyncMode::PatientPosition)
            corner << view.alignmentReason;
        break;
    }
    view.viewport->setCornerText(Qt::TopLeftCorner, corner);
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
        prior.toCurrent.reset();
        prior.adjustedByHand = false;
        prior.flagged = false;
        prior.alignmentReason.clear();
        prior.mode = SyncMode::SliceFraction;
        if (prior.seriesUid.isEmpty() || current.seriesUid.isEmpty())
            continue;   // not in the catalog yet
        const registration::SeriesFrame moving{prior.timepoint.studyInstanceUid.toStdString(), prior.seriesUid.toStdString(),
                                               prior.frameOfReferenceUid};
        // Registration objects of the timepoints' studies come before anything computed here.
        const registration::Alignment alignment = registration::AlignmentPolicy::decide(fixed, moving, m_registrationObjects);
        prior.toCurrent = alignment.movingToFixed;
        prior.flagged = alignment.flagged;
        prior.alignmentReason = alignment.reason;
        if (alignment.kind == registration::AlignmentKind::SpatialRegistration) {
            const auto object = std::find_if(m_registrationObjects.begin(), m_registrationObjects.end(), [&alignment](const auto& o) {
                return o.sopInstanceUid == alignment.registrationSopInstanceUid;
            });
            prior.alignmentReason = tr("registered by a Spatial Registration object of %1")
                                        .arg(displayDate(object != m_registrationObjects.end() ? object->contentDate : std::string()));
        }
        // A registration cached for this pair (computed here or adjusted by hand) is the latest
        // word on it: it beats an object and the policy's "unregistered", not a shared frame.
        if (alignment.kind != registration::AlignmentKind::SharedFrameOfReference && prior.studyId != 0) {
            for (const catalog::Annotation& cached : m_catalog->annotations(prior.studyId, QString::fromLatin1(kRegistrationKind))) {
                const QJsonObject json = QJsonDocument::fromJson(cached.payload.toUtf8()).object();
                if (json.value(QStringLiteral("format")).toString() != QLatin1String(kRegistrationFormat)
                    || json.value(QStringLiteral("fixedSeriesInstanceUid")).toString() != current.seriesUid
                    || json.value(QStringLiteral("movingSeriesInstanceUid")).toString() != prior.seriesUid)
                    continue;
                if (auto transform = RigidTransform::fromJson(json.value(QStringLiteral("transform")).toObject())) {
                    prior.toCurrent = *transform;
                    prior.flagged = false;
                    prior.adjustedByHand = json.value(QStringLiteral("adjustedByHand")).toBool();
                    prior.alignmentReason = (prior.adjustedByHand ? tr("aligned by hand (saved %1 by %2)")
                                                                  : tr("registered to the current study (cached %1 by %2)"))
                                                .arg(dicom::LocaleFormat::dateTime(cached.modifiedAt), cached.author);
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
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        const TimepointView& view = *m_views[i];
        const QString title = view.title->text();
        switch (view.state) {
        case TimepointState::Retrieving:
            lines << tr("%1: retrieving from the PACS...").arg(title);
            continue;
        case TimepointState::RetrieveFailed:
            lines << tr("%1: not retrieved: %2").arg(title, view.loadProblem);
            continue;
        case TimepointState::NotLocal:
            lines << tr("%1: only on the PACS; retrieve it to compare").arg(title);
            continue;
        case TimepointState::Failed:
            lines << tr("%1: not shown: %2").arg(title, view.loadProblem);
            continue;
        case TimepointState::Loading:
        case TimepointState::Shown:
            break;
        }
        if (i + 1 == m_views.size())
            continue;
        const QString how = view.mode == SyncMode::PatientPosition ? tr("scrolling follows patient position")
                                                                   : tr("scrolling follows the slice index fraction");
        QString reason = view.alignmentReason;
        if (reason.isEmpty())
            reason = tr("unregistered");
        lines << tr("%1: %2; %3").arg(title, reason, how);
    }
    m_alignmentLabel->setText(lines.join(QLatin1Char('\n')));
    m_alignmentLabel->setVisible(!lines.isEmpty());
    // Each timepoint shows its state and flag over its own images too.
    for (int i = 0; i < timepointCount(); ++i)
        updateTimepointCorner(i);
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
    if (!source.series || source.series->frameCount() == 0)
        return;   // still loading (or nothing to show): the others stay where they are
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
    // A frame the memory budget dropped before the series was pinned is decoded again here.
    if (view.series && !view.series->isDecoded(view.frame))
        (void)view.series->decodeFrame(view.frame);
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
    annotation.author = m_user;
    annotation.revision = m_lesionsRevision;
    const catalog::AnnotationChange change = m_catalog->saveAnnotation(annotation);
    if (change.kept()) {
        m_lesionsUid = change.annotation.uid;
        m_lesionsRevision = change.annotation.revision;
        return true;
    }
    if (change.outcome == catalog::ChangeOutcome::Conflict)
        setStatus(tr("Not saved: %1 (changed by %2 at %3). Reopen the comparison to see their lesions; yours stay on screen until then.")
                      .arg(change.message, change.annotation.author, dicom::LocaleFormat::dateTime(change.annotation.modifiedAt)));
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
    // Registered on a grid of about 128 pixels across: seconds rather than minutes.
    fixed = fixed->forRegistration();
    moving = moving->forRegistration();
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
    return storeRegistration(index, priorToCurrent, false);
}

bool OncologyWorkspace::storeRegistration(int index, const RigidTransform& priorToCurrent, bool adjustedByHand)
{
    if (index < 0 || index + 1 >= timepointCount())
        return false;
    TimepointView& prior = *m_views[static_cast<std::size_t>(index)];
    const TimepointView& current = *m_views.back();
    if (prior.seriesUid.isEmpty() || current.seriesUid.isEmpty())
        return false;   // not in the catalog (yet): nothing to key the cache by
    QJsonObject json;
    json.insert(QStringLiteral("format"), QString::fromLatin1(kRegistrationFormat));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("fixedStudyInstanceUid"), current.timepoint.studyInstanceUid);
    json.insert(QStringLiteral("fixedSeriesInstanceUid"), current.seriesUid);
    json.insert(QStringLiteral("movingStudyInstanceUid"), prior.timepoint.studyInstanceUid);
    json.insert(QStringLiteral("movingSeriesInstanceUid"), prior.seriesUid);
    json.insert(QStringLiteral("transform"), priorToCurrent.toJson());   // moving (prior) -> fixed (current)
    json.insert(QStringLiteral("adjustedByHand"), adjustedByHand);
    catalog::Annotation annotation;
    annotation.studyId = prior.studyId;
    annotation.kind = QString::fromLatin1(kRegistrationKind);
    annotation.author = m_user;
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
    if (!change.kept())
        setStatus(tr("The registration is used but not cached: %1").arg(change.message));
    prior.toCurrent = priorToCurrent;
    prior.adjustedByHand = adjustedByHand;
    prior.flagged = false;
    prior.mode = SyncMode::PatientPosition;
    prior.alignmentReason = adjustedByHand ? tr("aligned by hand") : tr("registered to the current study");
    rebuildSynchronizer();
    updateAlignmentLabel();
    followFrom(timepointCount() - 1);
    return change.kept();
}

std::optional<RigidTransform> OncologyWorkspace::registrationOf(int index) const
{
    if (index < 0 || index + 1 >= timepointCount())
        return std::nullopt;
    return m_views[static_cast<std::size_t>(index)]->toCurrent;
}

bool OncologyWorkspace::nudgeRegistration(int index, const dicom::Vector3& shiftMm, const dicom::Vector3& rotationDegrees)
{
    if (index < 0 || index + 1 >= timepointCount())
        return false;
    const TimepointView& prior = *m_views[static_cast<std::size_t>(index)];
    const TimepointView& current = *m_views.back();
    if (!prior.series || !current.series) {
        setStatus(tr("Adjusting needs the images of both studies on screen."));
        return false;
    }
    // Rotations pivot on the middle of what the user looks at: the current study's shown image.
    dicom::Vector3 centre;
    const dicom::FrameGeometry& geometry = current.series->geometry(current.frame);
    if (geometry.position && geometry.rowDirection && geometry.columnDirection) {
        const dicom::InstanceHeader& header = current.series->header(current.frame);
        centre = *geometry.position + *geometry.rowDirection * (header.pixelFormat.columns * geometry.spacing.column / 2.0)
            + *geometry.columnDirection * (header.pixelFormat.rows * geometry.spacing.row / 2.0);
    }
    RigidTransform transform = prior.toCurrent.value_or(RigidTransform{});
    const std::array<dicom::Vector3, 3> axes{dicom::Vector3{1, 0, 0}, dicom::Vector3{0, 1, 0}, dicom::Vector3{0, 0, 1}};
    const std::array<double, 3> degrees{rotationDegrees.x, rotationDegrees.y, rotationDegrees.z};
    for (std::size_t a = 0; a < 3; ++a) {
        if (degrees[a] != 0.0)
            transform = transform.rotated(axes[a], degrees[a], centre);
    }
    transform = transform.translated(shiftMm);
    storeRegistration(index, transform, true);
    setStatus(tr("%1 adjusted by hand: now %2 degrees, (%3, %4, %5) mm")
                  .arg(prior.title->text())
                  .arg(transform.rotationAngleDegrees(), 0, 'f', 1)
                  .arg(transform.translation().x, 0, 'f', 1)
                  .arg(transform.translation().y, 0, 'f', 1)
                  .arg(transform.translation().z, 0, 'f', 1));
    return true;
}

void OncologyWorkspace::nudgeSelected(const dicom::Vector3& shiftSteps, const dicom::Vector3& rotationSteps)
{
    if (m_priorCombo->currentIndex() < 0)
        return;
    nudgeRegistration(m_priorCombo->currentData().toInt(), shiftSteps * m_nudgeMm->value(), rotationSteps * m_nudgeDegrees->value());
}

bool OncologyWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (!(key->modifiers() & Qt::AltModifier))
        return QWidget::eventFilter(watched, event);
    int index = -1;
    for (int i = 0; i + 1 < timepointCount(); ++i) {
        if (m_views[static_cast<std::size_t>(i)]->viewport == watched)
            index = i;
    }
    // Alt + Left/Right: x, Up/Down: y (up on an axial image is anterior, -y), Page Up/Down: z
    // (head, +z). With Shift the same keys rotate about that axis.
    dicom::Vector3 step;
    switch (key->key()) {
    case Qt::Key_Left: step.x = -1.0; break;
    case Qt::Key_Right: step.x = 1.0; break;
    case Qt::Key_Up: step.y = -1.0; break;
    case Qt::Key_Down: step.y = 1.0; break;
    case Qt::Key_PageUp: step.z = 1.0; break;
    case Qt::Key_PageDown: step.z = -1.0; break;
    default: return QWidget::eventFilter(watched, event);
    }
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    const bool rotate = key->modifiers() & Qt::ShiftModifier;
    nudgeRegistration(index, rotate ? dicom::Vector3{} : step * m_nudgeMm->value(), rotate ? step * m_nudgeDegrees->value() : dicom::Vector3{});
    return true;
}

std::optional<QString> OncologyWorkspace::saveRegistrationObject(int index, const QString& path)
{
    if (index < 0 || index + 1 >= timepointCount())
        return tr("Choose a prior: the current study is the reference.");
    const TimepointView& prior = *m_views[static_cast<std::size_t>(index)];
    const TimepointView& current = *m_views.back();
    if (!prior.toCurrent)
        return tr("%1 is not registered to the current study.").arg(prior.title->text());
    if (!prior.series || !current.series)
        return tr("Saving needs the images of both studies.");
    registration::SpatialRegistrationRequest request;
    request.fixedImage = current.series->header(current.frame);
    request.movingImage = prior.series->header(prior.frame);
    request.movingToFixed = *prior.toCurrent;
    request.adjustedByHand = prior.adjustedByHand;
    request.contentDescription = prior.adjustedByHand ? tr("Prior aligned by hand to the current study")
                                                      : tr("Prior registered to the current study");
    QString error;
    const auto written = registration::SpatialRegistrationWriter::write(path, request, &error);
    if (!written) {
        setStatus(tr("Spatial Registration object not written: %1").arg(error));
        return error;
    }
    if (const auto problem = catalogueWritten(path)) {
        setStatus(tr("Spatial Registration object written to %1, but not added to the catalog: %2").arg(path, *problem));
        return problem;
    }
    setStatus(tr("Spatial Registration object written and added to the catalog: %1").arg(path));
    return std::nullopt;
}

std::optional<QString> OncologyWorkspace::catalogueWritten(const QString& path)
{
    if (!m_catalog)
        return std::nullopt;   // written; there is no catalog to add it to
    const catalog::ImportResult result = m_catalog->importFiles({path});
    if (result.failure)
        return *result.failure;
    if (result.newInstances + result.alreadyPresent != 1)
        return result.problems.empty() ? tr("the catalog did not take the file") : result.problems.front().reason;
    // Work made here: the managed store never evicts its study until it has been sent.
    const auto header = dicom::HeaderReader::read(path.toStdString());
    if (!header)
        return tr("the written file cannot be read back");
    return m_catalog->recordCreatedObject(QString::fromStdString(header->sopInstanceUid));
}

void OncologyWorkspace::chooseSaveRegistration()
{
    if (m_priorCombo->currentIndex() < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("DICOM Spatial Registration"), QString(), tr("DICOM (*.dcm)"));
    if (!path.isEmpty())
        saveRegistrationObject(m_priorCombo->currentData().toInt(), path);
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
    if (!written) {
        setStatus(tr("DICOM SR not written: %1").arg(error));
        return error;
    }
    if (const auto problem = catalogueWritten(dicomPath)) {
        setStatus(tr("DICOM SR written to %1, but not added to the catalog: %2").arg(dicomPath, *problem));
        return problem;
    }
    setStatus(tr("DICOM SR written and added to the catalog: %1").arg(dicomPath));
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
