#include "ImportDialog.h"

#include "CatalogImportJob.h"

#include "catalog/Catalog.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace continuum::app {

namespace {

const QString kModeKey = QStringLiteral("import/mode");
const QString kCopyValue = QStringLiteral("copy");
const QString kReferenceValue = QStringLiteral("reference");
// Smaller transactions than the catalog's default, so a large import reports progress often
// enough for the bar to move smoothly (each batch is one report).
constexpr int kInstancesPerTransaction = 200;

enum ReportColumn { KindColumn, FileColumn, ReasonColumn };

} // namespace

ImportDialog::ImportDialog(std::shared_ptr<catalog::Catalog> catalog, const QStringList& paths, QWidget* parent)
    : QDialog(parent), m_catalog(std::move(catalog))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import into the Study Catalog"));
    m_job = std::make_unique<CatalogImportJob>(m_catalog);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createChoicePage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReportPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_job.get(), &CatalogImportJob::finished, this, &ImportDialog::showReport);
    addPaths(paths);
    setMode(rememberedMode());
    resize(720, 460);
}

ImportDialog::~ImportDialog() = default;

QWidget* ImportDialog::createChoicePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Files and folders to import (folders are searched recursively):"), page));
    m_sources = new QListWidget(page);
    m_sources->setObjectName(QStringLiteral("importSources"));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_sources, 1);
    auto* sourceButtons = new QHBoxLayout;
    auto* addFiles = new QPushButton(tr("Add &Files..."), page);
    auto* addFolder = new QPushButton(tr("Add F&older..."), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    sourceButtons->addWidget(addFiles);
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(remove);
    sourceButtons->addStretch(1);
    layout->addLayout(sourceButtons);
    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFilesDialog);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolderDialog);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_sources->selectedItems());
        m_importButton->setEnabled(m_sources->count() > 0);
    });

    auto* modeBox = new QGroupBox(tr("How to import"), page);
    auto* modeLayout = new QVBoxLayout(modeBox);
    m_reference = new QRadioButton(tr("Reference the files where they are (fast; they must stay there)"), modeBox);
    m_reference->setObjectName(QStringLiteral("referenceInPlace"));
    const QString store = m_catalog ? m_catalog->defaultStoreFolder() : QString();
    m_copy = new QRadioButton(tr("Copy into the managed store (CDs, USB sticks, network shares): %1").arg(QDir::toNativeSeparators(store)), modeBox);
    m_copy->setObjectName(QStringLiteral("copyToStore"));
    auto* group = new QButtonGroup(modeBox);
    group->addButton(m_reference);
    group->addButton(m_copy);
    modeLayout->addWidget(m_reference);
    modeLayout->addWidget(m_copy);
    layout->addWidget(modeBox);

    auto* buttons = new QDialogButtonBox(page);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("startImport"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
    return page;
}

QWidget* ImportDialog::createProgressPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_progressTitle = new QLabel(page);
    m_progressTitle->setWordWrap(true);
    layout->addWidget(m_progressTitle);
    m_progressBar = new QProgressBar(page);
    layout->addWidget(m_progressBar);
    m_progressText = new QLabel(page);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    layout->addWidget(m_progressText);
    layout->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancelButton = new QPushButton(tr("&Cancel Import"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        updateProgress();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportDialog::updateProgress);
    return page;
}

QWidget* ImportDialog::createReportPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_conflictNote = new QLabel(page);
    m_conflictNote->setWordWrap(true);
    m_conflictNote->setStyleSheet(QStringLiteral("QLabel { color: #a00000; font-weight: bold; }"));
    layout->addWidget(m_conflictNote);
    m_problems = new QTreeWidget(page);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("What"), tr("File"), tr("Reason")});
    m_problems->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_problems->header()->resizeSection(FileColumn, 320);
    m_problems->setWordWrap(false);
    layout->addWidget(m_problems, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
    return page;
}

catalog::ImportMode ImportDialog::rememberedMode()
{
    return QSettings().value(kModeKey, kReferenceValue).toString() == kCopyValue ? catalog::ImportMode::CopyToStore
                                                                                 : catalog::ImportMode::ReferenceInPlace;
}

void ImportDialog::addPaths(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString shown = QDir::toNativeSeparators(QDir::cleanPath(path));
        if (m_sources->findItems(shown, Qt::MatchExactly).isEmpty())
            m_sources->addItem(shown);
    }
    m_importButton->setEnabled(m_sources->count() > 0);
}

QStringList ImportDialog::paths() const
{
    QStringList result;
    for (int i = 0; i < m_sources->count(); ++i)
        result << QDir::fromNativeSeparators(m_sources->item(i)->text());
    return result;
}

catalog::ImportMode ImportDialog::mode() const
{
    return m_copy->isChecked() ? catalog::ImportMode::CopyToStore : catalog::ImportMode::ReferenceInPlace;
}

void ImportDialog::setMode(catalog::ImportMode mode)
{
    (mode == catalog::ImportMode::CopyToStore ? m_copy : m_reference)->setChecked(true);
}

void ImportDialog::addFilesDialog()
{
    addPaths(QFileDialog::getOpenFileNames(this, tr("Import DICOM files")));
}

void ImportDialog::addFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of DICOM files"));
    if (!folder.isEmpty())
        addPaths({folder});
}

bool ImportDialog::isImporting() const
{
    return m_job->isRunning();
}

void ImportDialog::startImport()
{
    const QStringList sources = paths();
    if (sources.isEmpty() || m_job->isRunning())
        return;
    QSettings().setValue(kModeKey, mode() == catalog::ImportMode::CopyToStore ? kCopyValue : kReferenceValue);
    catalog::ImportOptions options;
    options.mode = mode();
    options.instancesPerTransaction = kInstancesPerTransaction;
    m_progressTitle->setText(mode() == catalog::ImportMode::CopyToStore
                                 ? tr("Copying into the managed store and indexing: %1").arg(sources.join(QStringLiteral(", ")))
                                 : tr("Indexing: %1").arg(sources.join(QStringLiteral(", "))));
    m_pages->setCurrentIndex(1);
    m_cancelButton->setEnabled(true);
    // Each written batch shows at once; the timer keeps rate and time left moving in between.
    connect(m_job.get(), &CatalogImportJob::progressed, this, &ImportDialog::updateProgress, Qt::QueuedConnection);
    m_job->start(sources, options);
    updateProgress();
    m_progressTimer->start();
}

namespace {
QString durationText(double seconds)
{
    const int s = static_cast<int>(std::ceil(seconds));
    const int shownSeconds = std::max(1, s);   // a plain variable: lupdate cannot parse calls in tr()'s arguments
    if (s < 60)
        return QCoreApplication::translate("ImportDialog", "%n s", nullptr, shownSeconds);
    if (s < 3600)
        return QCoreApplication::translate("ImportDialog", "%1 min %2 s").arg(s / 60).arg(s % 60);
    return QCoreApplication::translate("ImportDialog", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}
} // namespace

void ImportDialog::updateProgress()
{
    const int done = m_job->done();
    const int total = m_job->total();
    if (total <= 0) {
        // Before the first batch is written: listing the folders and reading the first headers.
        m_progressBar->setRange(0, 0);
        m_progressText->setText(m_job->isCancelRequested() ? tr("Cancelling...") : tr("Looking for files..."));
        return;
    }
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    QString text = tr("%1 of %2 files, %3 files/s").arg(done).arg(total).arg(m_job->filesPerSecond(), 0, 'f', 0);
    if (const auto left = m_job->secondsLeft(); left && done < total)
        text += tr(", about %1 left").arg(durationText(*left));
    if (m_job->isCancelRequested())
        text += tr(" (cancelling after the files in flight)");
    m_progressText->setText(text);
}

QString ImportDialog::summaryText() const
{
    const catalog::ImportResult& r = m_job->result();
    QStringList parts;
    parts << tr("%n new image(s)", nullptr, r.newInstances);
    if (r.alreadyPresent > 0)
        parts << tr("%n already in the catalog", nullptr, r.alreadyPresent);
    if (r.conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, r.conflicts);
    if (r.refused > 0)
        parts << tr("%n refused", nullptr, r.refused);
    if (r.skipped > 0)
        parts << tr("%n skipped", nullptr, r.skipped);
    QString text = tr("%n file(s) handled: %1.", nullptr, r.filesSeen).arg(parts.join(QStringLiteral(", ")));
    const int studies = static_cast<int>(m_job->changedStudyIds().size());
    if (studies > 0)
        text += QLatin1Char(' ') + tr("%n study(ies) added to or updated; they are selected in the study list.", nullptr, studies);
    if (r.cancelled)
        text = tr("Import cancelled after %1 of %2 files; what was written so far stays in the catalog, and importing the same files again completes it.")
                   .arg(m_job->done())
                   .arg(m_job->total())
            + QLatin1Char(' ') + text;
    if (r.failure)
        text = tr("The catalog failed during the import: %1").arg(*r.failure) + QLatin1Char(' ') + text;
    return text;
}

void ImportDialog::showReport()
{
    m_progressTimer->stop();
    updateProgress();   // the bar ends where the import ended
    const catalog::ImportResult& r = m_job->result();
    m_summary->setText(summaryText());
    m_conflictNote->setVisible(r.conflicts > 0);
    m_conflictNote->setText(tr("%n file(s) carry the SOP Instance UID of an instance already in the catalog but different content. "
                               "Nothing was overwritten: the catalog keeps the first; check where the others come from.",
                               nullptr, r.conflicts));
    m_problems->clear();
    std::vector<const catalog::ImportProblem*> ordered;
    for (const catalog::ImportProblem& problem : r.problems)
        ordered.push_back(&problem);
    // Conflicts first (they need a decision), then refused DICOM, then what is not DICOM at all.
    auto rank = [](catalog::ImportProblem::Kind kind) {
        return kind == catalog::ImportProblem::Kind::Conflict ? 0 : kind == catalog::ImportProblem::Kind::Refused ? 1 : 2;
    };
    std::stable_sort(ordered.begin(), ordered.end(), [&rank](auto* a, auto* b) { return rank(a->kind) < rank(b->kind); });
    for (const catalog::ImportProblem* problem : ordered) {
        QString kind;
        switch (problem->kind) {
        case catalog::ImportProblem::Kind::Conflict: kind = tr("Conflict"); break;
        case catalog::ImportProblem::Kind::Refused: kind = tr("Refused"); break;
        case catalog::ImportProblem::Kind::Skipped: kind = tr("Skipped"); break;
        }
        auto* item = new QTreeWidgetItem(m_problems, {kind, QDir::toNativeSeparators(problem->path), problem->reason});
        item->setToolTip(FileColumn, item->text(FileColumn));
        item->setToolTip(ReasonColumn, problem->reason);
        if (problem->kind == catalog::ImportProblem::Kind::Conflict) {
            item->setToolTip(KindColumn, tr("SOP Instance UID %1: same UID as a catalogued instance, different content").arg(problem->sopInstanceUid));
            QFont bold = item->font(KindColumn);
            bold.setBold(true);
            for (int column = KindColumn; column <= ReasonColumn; ++column) {
                item->setFont(column, bold);
                item->setBackground(column, QColor(255, 214, 214));
                item->setForeground(column, QColor(120, 0, 0));
            }
        }
    }
    m_problems->setVisible(!r.problems.empty());
    m_pages->setCurrentIndex(2);
    Q_EMIT importFinished();
}

void ImportDialog::reject()
{
    // Closing while importing asks the import to stop; the report follows.
    if (m_job->isRunning()) {
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        updateProgress();
        return;
    }
    QDialog::reject();
}

} // namespace continuum::app
