#include "AuditLogDialog.h"

#include "AuditLogModel.h"
#include "catalog/Catalog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace continuum::app {

namespace {

// The earliest date the date filters offer; shown as "any" (no bound).
const QDate kOpenDate(2000, 1, 1);

constexpr int kLimit = 1000;

} // namespace

AuditLogDialog::AuditLogDialog(const catalog::Catalog& catalog, QWidget* parent) : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Audit log"));
    auto* layout = new QVBoxLayout(this);

    // Two rows of filters: dates, user and action; then the study/patient field, the widest.
    auto* firstRow = new QHBoxLayout;
    auto* secondRow = new QHBoxLayout;
    auto addFilter = [this](QHBoxLayout* row, const QString& text, QWidget* field, int stretch) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
        row->addSpacing(fontMetrics().averageCharWidth() * 2);
    };
    auto makeDate = [&](const QString& name, const QString& accessible) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kOpenDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kOpenDate);
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogDialog::scheduleReload);
        return edit;
    };
    m_from = makeDate(QStringLiteral("auditFrom"), tr("Events from this day on (any: no bound)"));
    m_to = makeDate(QStringLiteral("auditTo"), tr("Events up to this day (any: no bound)"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setAccessibleName(tr("User (exact name, empty: any)"));
    m_user->setPlaceholderText(tr("any"));
    m_user->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"));
    for (int value = int(catalog::AuditAction::StudyOpened); value <= int(catalog::AuditAction::ApplicationStopped); ++value)
        m_action->addItem(AuditLogModel::actionText(catalog::AuditAction(value)), value);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("auditSubject"));
    m_subject->setAccessibleName(tr("Study instance UID or patient ID (exact, empty: any)"));
    m_subject->setPlaceholderText(tr("Study UID or patient ID"));
    m_subject->setClearButtonEnabled(true);
    m_user->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    addFilter(firstRow, tr("&From:"), m_from, 0);
    addFilter(firstRow, tr("&To:"), m_to, 0);
    addFilter(firstRow, tr("&User:"), m_user, 1);
    addFilter(firstRow, tr("&Action:"), m_action, 0);
    addFilter(secondRow, tr("&Study or patient:"), m_subject, 1);
    secondRow->addStretch(1);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    connect(m_user, &QLineEdit::textChanged, this, &AuditLogDialog::scheduleReload);
    connect(m_subject, &QLineEdit::textChanged, this, &AuditLogDialog::scheduleReload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::scheduleReload);

    m_model = new AuditLogModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("auditCopy"));
    m_copy->setAccessibleName(tr("Copy the selected events, or all shown when none is selected"));
    m_copy->setAutoDefault(false);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setAccessibleName(tr("Export the events shown to a CSV file"));
    m_export->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the audit log"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &AuditLogDialog::copyRows);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    layout->addWidget(buttons);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_subject->setFocus(Qt::ShortcutFocusReason);
        m_subject->selectAll();
    });
    auto* copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &AuditLogDialog::copyRows);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);   // typing a name does not query at every key
    connect(&m_reloadTimer, &QTimer::timeout, this, &AuditLogDialog::reload);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_user);
    setTabOrder(m_user, m_action);
    setTabOrder(m_action, m_subject);
    setTabOrder(m_subject, m_table);

    reload();
    const QFontMetrics metrics = fontMetrics();
    resize(QSize(metrics.averageCharWidth() * 170, metrics.lineSpacing() * 36));
    m_table->resizeColumnsToContents();
    // A UID or a long detail should not push the other columns off the screen.
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), metrics.averageCharWidth() * 40));
}

catalog::AuditFilter AuditLogDialog::filter() const
{
    catalog::AuditFilter result;
    if (m_from->date() != kOpenDate)
        result.from = m_from->date().startOfDay().toUTC();
    if (m_to->date() != kOpenDate)
        result.to = m_to->date().addDays(1).startOfDay().addMSecs(-1).toUTC();
    result.user = m_user->text().trimmed();
    if (m_action->currentIndex() > 0)
        result.action = catalog::AuditAction(m_action->currentData().toInt());
    result.limit = kLimit;
    return result;
}

void AuditLogDialog::scheduleReload()
{
    m_reloadTimer.start();
}

void AuditLogDialog::reload()
{
    m_reloadTimer.stop();
    const catalog::AuditFilter base = filter();
    std::vector<catalog::AuditEvent> events;
    const QString subject = m_subject->text().trimmed();
    if (subject.isEmpty()) {
        events = m_catalog.auditEvents(base);
    } else {
        // One field for both: a patient ID may look like a UID (digits and dots), so ask for each.
        catalog::AuditFilter byStudy = base;
        byStudy.studyUid = subject;
        catalog::AuditFilter byPatient = base;
        byPatient.patientId = subject;
        events = m_catalog.auditEvents(byStudy);
        std::set<qint64> seen;
        for (const catalog::AuditEvent& entry : events)
            seen.insert(entry.id);
        for (catalog::AuditEvent& entry : m_catalog.auditEvents(byPatient)) {
            if (seen.insert(entry.id).second)
                events.push_back(std::move(entry));
        }
    }
    const bool limited = int(events.size()) >= kLimit;
    m_model->setEvents(std::move(events));
    if (int(m_model->events().size()) > kLimit) {
        std::vector<catalog::AuditEvent> newest(m_model->events().begin(), m_model->events().begin() + kLimit);
        m_model->setEvents(std::move(newest));
    }
    const int count = m_model->rowCount();
    m_summary->setText(limited ? tr("The newest %n event(s) shown; narrow the filter to see older ones.", nullptr, count)
                               : tr("%n event(s).", nullptr, count));
    m_copy->setEnabled(count > 0);
    m_export->setEnabled(count > 0);
}

QString AuditLogDialog::summaryText() const
{
    return m_summary->text();
}

void AuditLogDialog::copyRows()
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_model->tabSeparated(rows));
    m_summary->setText(tr("%n event(s) copied.", nullptr, rows.empty() ? m_model->rowCount() : int(rows.size())));
}

std::optional<QString> AuditLogDialog::exportCsv(const QString& path) const
{
    // Written beside and renamed into place: a failed export leaves no half file. Nothing of
    // the content goes to the log.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);   // it names patients
    if (!AuditLogModel::writeCsv(m_model->events(), file) || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

void AuditLogDialog::chooseExportFile()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const std::optional<QString> error = exportCsv(path))
        m_summary->setText(*error);
    else
        m_summary->setText(tr("%n event(s) written to %1.", nullptr, m_model->rowCount()).arg(path));
}

} // namespace continuum::app
