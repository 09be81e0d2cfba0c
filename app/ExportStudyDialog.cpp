#include "ExportStudyDialog.h"

#include "export/Deidentifier.h"
#include "export/StudyExporter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace continuum::app {

ExportStudyDialog::ExportStudyDialog(const QString& studyLabel, std::vector<QString> files, QWidget* parent)
    : QDialog(parent), m_files(std::move(files))
{
    setWindowTitle(tr("Export Study"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("%1 — %n instance(s)", nullptr, int(m_files.size())).arg(studyLabel), this);
    title->setObjectName(QStringLiteral("studyLabel"));
    title->setWordWrap(true);
    layout->addWidget(title);

    auto* destination = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("targetFolder"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    destination->addRow(tr("Folder:"), folderRow);
    layout->addLayout(destination);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });

    m_anonymize = new QGroupBox(tr("Anonymize (DICOM PS3.15 Basic Application Level Confidentiality Profile)"), this);
    m_anonymize->setObjectName(QStringLiteral("anonymize"));
    m_anonymize->setCheckable(true);
    m_anonymize->setChecked(false);
    auto* anonymizeLayout = new QFormLayout(m_anonymize);
    m_patientName = new QLineEdit(m_anonymize);
    m_patientName->setObjectName(QStringLiteral("patientName"));
    m_patientName->setPlaceholderText(exporting::DeidentificationOptions::defaultPatientName());
    m_patientId = new QLineEdit(m_anonymize);
    m_patientId->setObjectName(QStringLiteral("patientId"));
    m_patientId->setPlaceholderText(tr("a new ANON-… ID"));
    m_retainDates = new QCheckBox(tr("Keep dates and times (Retain Longitudinal Temporal Information, Full Dates)"), m_anonymize);
    m_retainDates->setObjectName(QStringLiteral("retainDates"));
    m_retainUids = new QCheckBox(tr("Keep UIDs (Retain UIDs)"), m_anonymize);
    m_retainUids->setObjectName(QStringLiteral("retainUids"));
    anonymizeLayout->addRow(tr("Patient name:"), m_patientName);
    anonymizeLayout->addRow(tr("Patient ID:"), m_patientId);
    anonymizeLayout->addRow(m_retainDates);
    anonymizeLayout->addRow(m_retainUids);
    layout->addWidget(m_anonymize);

    auto* media = new QGroupBox(tr("Media"), this);
    auto* mediaLayout = new QFormLayout(media);
    m_dicomdir = new QCheckBox(tr("Write a DICOMDIR (for CD, DVD or USB)"), media);
    m_dicomdir->setObjectName(QStringLiteral("dicomdir"));
    m_iso = new QCheckBox(tr("Also write an ISO image:"), media);
    m_iso->setObjectName(QStringLiteral("iso"));
    auto* isoRow = new QHBoxLayout;
    m_isoPath = new QLineEdit(media);
    m_isoPath->setObjectName(QStringLiteral("isoPath"));
    m_isoPath->setPlaceholderText(tr("study.iso"));
    m_isoBrowse = new QPushButton(tr("Browse…"), media);
    isoRow->addWidget(m_isoPath);
    isoRow->addWidget(m_isoBrowse);
    mediaLayout->addRow(m_dicomdir);
    mediaLayout->addRow(m_iso, isoRow);
    layout->addWidget(media);
    connect(m_iso, &QCheckBox::toggled, this, &ExportStudyDialog::updateEnabledState);
    connect(m_isoBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("ISO image"), m_isoPath->text(), tr("ISO images (*.iso)"));
        if (!file.isEmpty())
            m_isoPath->setText(QDir::toNativeSeparators(file));
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, std::max(1, int(m_files.size())));
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    m_report->setMaximumBlockCount(500);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportStudyDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportStudyDialog::cancelExport);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &ExportStudyDialog::reject);
    connect(&m_watcher, &QFutureWatcher<exporting::ExportResult>::finished, this, &ExportStudyDialog::finish);
    updateEnabledState();
    resize(620, 560);
}

ExportStudyDialog::~ExportStudyDialog()
{
    // The worker refers to this dialog's cancel flag and progress slot: stop it before they go.
    m_cancel = true;
    m_watcher.waitForFinished();
}

exporting::ExportRequest ExportStudyDialog::request(QString* problem) const
{
    auto complain = [problem](const QString& message) {
        if (problem)
            *problem = message;
    };
    exporting::ExportRequest request;
    request.files = m_files;
    request.targetFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.anonymize = m_anonymize->isChecked();
    request.writeDicomdir = m_dicomdir->isChecked();
    if (m_iso->isChecked())
        request.isoImagePath = QDir::fromNativeSeparators(m_isoPath->text().trimmed());
    if (request.anonymize) {
        request.deidentification.patientName = m_patientName->text().trimmed();
        request.deidentification.patientId = m_patientId->text().trimmed();
        request.deidentification.retainLongitudinalFullDates = m_retainDates->isChecked();
        request.deidentification.retainUids = m_retainUids->isChecked();
    }
    if (m_files.empty())
        complain(tr("The study has no files on this workstation."));
    else if (request.targetFolder.isEmpty())
        complain(tr("Choose the folder to export to."));
    else if (m_iso->isChecked() && request.isoImagePath.isEmpty())
        complain(tr("Choose where to write the ISO image."));
    else if (request.anonymize && !request.deidentification.patientName.isEmpty()
             && !exporting::Deidentifier::problemWithPatientName(request.deidentification.patientName).isEmpty())
        complain(tr("Patient name: %1").arg(exporting::Deidentifier::problemWithPatientName(request.deidentification.patientName)));
    else if (request.anonymize && !request.deidentification.patientId.isEmpty()
             && !exporting::Deidentifier::problemWithPatientId(request.deidentification.patientId).isEmpty())
        complain(tr("Patient ID: %1").arg(exporting::Deidentifier::problemWithPatientId(request.deidentification.patientId)));
    else
        complain(QString());
    return request;
}

bool ExportStudyDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportStudyDialog::startExport()
{
    if (isRunning())
        return;
    QString problem;
    const exporting::ExportRequest request = this->request(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_cancel = false;
    m_report->clear();
    m_progress->setRange(0, std::max(1, int(request.files.size())));
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    // Progress comes from the worker thread: hand it to the dialog's thread.
    m_watcher.setFuture(QtConcurrent::run([this, request] {
        return exporting::StudyExporter::run(request, [this](int done, int total, const QString& stage) {
            QMetaObject::invokeMethod(this, [this, done, total, stage] { showProgress(done, total, stage); }, Qt::QueuedConnection);
        }, &m_cancel);
    }));
    updateEnabledState();
}

void ExportStudyDialog::cancelExport()
{
    if (isRunning()) {
        m_cancel = true;
        m_status->setText(tr("Cancelling…"));
    } else {
        reject();
    }
}

void ExportStudyDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportStudyDialog::showProgress(int done, int total, const QString& stage)
{
    if (!isRunning())
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    if (stage == QLatin1String("dicomdir"))
        m_status->setText(tr("Writing the DICOMDIR…"));
    else if (stage == QLatin1String("iso"))
        m_status->setText(tr("Writing the ISO image…"));
    else
        m_status->setText(tr("%1 of %2 files").arg(done).arg(total));
}

void ExportStudyDialog::finish()
{
    m_result = m_watcher.result();
    QStringList lines;
    if (m_result.ok) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Exported %n instance(s).", nullptr, int(m_result.instances.size())));
        lines << tr("Folder: %1").arg(QDir::toNativeSeparators(m_result.targetFolder));
        if (!m_result.patientId.isEmpty())
            lines << tr("Anonymized as %1 (patient ID %2)").arg(m_result.patientName, m_result.patientId);
        if (!m_result.dicomdirPath.isEmpty())
            lines << tr("DICOMDIR: %1").arg(QDir::toNativeSeparators(m_result.dicomdirPath));
        if (!m_result.isoImagePath.isEmpty())
            lines << tr("ISO image: %1").arg(QDir::toNativeSeparators(m_result.isoImagePath));
    } else {
        m_progress->setValue(0);
        m_status->setText(tr("Nothing was exported."));
        lines << m_result.error;
    }
    for (const QString& warning : m_result.warnings)
        lines << tr("Warning: %1").arg(warning);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    updateEnabledState();
    emit exportFinished(m_result);
}

void ExportStudyDialog::updateEnabledState()
{
    const bool running = isRunning();
    m_exportButton->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_anonymize->setEnabled(!running);
    m_dicomdir->setEnabled(!running && !m_iso->isChecked());
    if (m_iso->isChecked())
        m_dicomdir->setChecked(true);   // an image for media always carries its DICOMDIR
    m_iso->setEnabled(!running);
    m_isoPath->setEnabled(!running && m_iso->isChecked());
    m_isoBrowse->setEnabled(!running && m_iso->isChecked());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

} // namespace continuum::app
