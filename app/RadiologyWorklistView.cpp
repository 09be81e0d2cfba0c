#include "RadiologyWorklistView.h"

#include "SwitchUserDialog.h"
#include "UserSession.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace continuum::app {

using worklist::ItemOrigin;
using worklist::WorklistFilter;
using catalog::ReadingStatus;
using catalog::StudyPriority;

namespace {

// Combo entries carry the list of enum values they stand for (empty = any).
template <typename T>
QVariantList valuesOf(const std::vector<T>& list)
{
    QVariantList values;
    for (const T& value : list)
        values << static_cast<int>(value);
    std::sort(values.begin(), values.end(), [](const QVariant& a, const QVariant& b) { return a.toInt() < b.toInt(); });
    return values;
}

template <typename T>
std::vector<T> enumsOf(const QVariant& data)
{
    std::vector<T> list;
    for (const QVariant& value : data.toList())
        list.push_back(static_cast<T>(value.toInt()));
    return list;
}

// Selects the entry standing for `values`, adding one (texts joined) when no entry does: a preset
// may combine values the fixed entries do not offer.
void selectValues(QComboBox* combo, const QVariantList& values, const QString& joinedText)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toList() == values) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    combo->addItem(joinedText, values);
    combo->setCurrentIndex(combo->count() - 1);
}

constexpr int kAnyDate = -1;
constexpr int kCustomDates = -2;

} // namespace

RadiologyWorklistView::RadiologyWorklistView(QWidget* parent)
    : QWidget(parent)
    , m_userPresetPath(worklist::WorklistPresets::defaultUserPath())
{
    m_model = new worklist::WorklistTableModel(this);
    buildUi();
    loadPresets();
    setUserName(worklist::WorklistModel::defaultUserName());
    applyFilter(WorklistFilter{});
}

RadiologyWorklistView::~RadiologyWorklistView() = default;

void RadiologyWorklistView::buildUi()
{
    setAccessibleName(tr("Radiology worklist"));
    auto* layout = new QVBoxLayout(this);

    auto* filterBar = new QHBoxLayout;
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Worklist preset"));
    m_preset->setToolTip(tr("Saved filters: the bundled ones and yours"));
    m_preset->setMinimumContentsLength(18);
    m_savePreset = new QPushButton(tr("Save preset…"), this);
    m_savePreset->setAccessibleName(tr("Save the current filter as a preset"));
    m_deletePreset = new QPushButton(tr("Delete preset"), this);
    m_deletePreset->setAccessibleName(tr("Delete the selected preset"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Patient, ID, accession, description"));
    m_search->setAccessibleName(tr("Search the worklist"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Reading status filter"));
    m_status->addItem(tr("Any status"), QVariantList{});
    m_status->addItem(tr("Unread"), QVariantList{int(ReadingStatus::Unread)});
    m_status->addItem(tr("In progress"), QVariantList{int(ReadingStatus::InProgress)});
    m_status->addItem(tr("Read"), QVariantList{int(ReadingStatus::Read)});
    m_priority = new QComboBox(this);
    m_priority->setAccessibleName(tr("Priority filter"));
    m_priority->addItem(tr("Any priority"), QVariantList{});
    m_priority->addItem(tr("STAT"), QVariantList{int(StudyPriority::Stat)});
    m_priority->addItem(tr("Urgent"), QVariantList{int(StudyPriority::Urgent)});
    m_priority->addItem(tr("Routine"), QVariantList{int(StudyPriority::Routine)});
    m_modality = new QLineEdit(this);
    m_modality->setPlaceholderText(tr("Modality (CT, MR…)"));
    m_modality->setAccessibleName(tr("Modality filter"));
    m_modality->setMaximumWidth(120);
    m_dates = new QComboBox(this);
    m_dates->setAccessibleName(tr("Date range filter"));
    m_dates->addItem(tr("Any date"), kAnyDate);
    m_dates->addItem(tr("Today"), 0);
    m_dates->addItem(tr("Since yesterday"), 1);
    m_dates->addItem(tr("Last 7 days"), 6);
    m_dates->addItem(tr("Last 30 days"), 29);
    m_dates->addItem(tr("Dates…"), kCustomDates);
    m_from = new QDateEdit(this);
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(this);
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_origin = new QComboBox(this);
    m_origin->setAccessibleName(tr("Location filter"));
    m_origin->addItem(tr("Anywhere"), QVariantList{});
    m_origin->addItem(tr("Local"), QVariantList{int(ItemOrigin::Local)});
    m_origin->addItem(tr("On PACS only"), QVariantList{int(ItemOrigin::Remote)});
    m_origin->addItem(tr("Expected"), QVariantList{int(ItemOrigin::Expected)});
    filterBar->addWidget(m_preset);
    filterBar->addWidget(m_savePreset);
    filterBar->addWidget(m_deletePreset);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_priority);
    filterBar->addWidget(m_modality);
    filterBar->addWidget(m_dates);
    filterBar->addWidget(m_from);
    filterBar->addWidget(m_to);
    filterBar->addWidget(m_origin);
    layout->addLayout(filterBar);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Studies to read"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(worklist::WorklistModel::Column::Priority), Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* actionBar = new QHBoxLayout;
    m_markUnread = new QPushButton(tr("Mark unread"), this);
    m_markInProgress = new QPushButton(tr("Mark in progress"), this);
    m_markRead = new QPushButton(tr("Mark read"), this);
    m_markUnread->setAccessibleName(tr("Mark the selected study unread"));
    m_markInProgress->setAccessibleName(tr("Mark the selected study in progress"));
    m_markRead->setAccessibleName(tr("Mark the selected study read"));
    m_setPriority = new QComboBox(this);
    m_setPriority->setAccessibleName(tr("Priority of the selected study"));
    m_setPriority->addItem(tr("STAT"), int(StudyPriority::Stat));
    m_setPriority->addItem(tr("Urgent"), int(StudyPriority::Urgent));
    m_setPriority->addItem(tr("Routine"), int(StudyPriority::Routine));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setAccessibleName(tr("Reload the worklist"));
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Studies shown"));
    m_user = new QLabel(this);
    m_user->setAccessibleName(tr("Reading user"));
    m_switchUser = new QPushButton(tr("Switch user…"), this);
    m_switchUser->setAccessibleName(tr("Switch the reading user"));
    actionBar->addWidget(m_markUnread);
    actionBar->addWidget(m_markInProgress);
    actionBar->addWidget(m_markRead);
    actionBar->addWidget(new QLabel(tr("Priority:"), this));
    actionBar->addWidget(m_setPriority);
    actionBar->addWidget(m_refresh);
    actionBar->addStretch(1);
    actionBar->addWidget(m_count);
    actionBar->addSpacing(12);
    actionBar->addWidget(m_user);
    actionBar->addWidget(m_switchUser);
    layout->addLayout(actionBar);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Worklist messages"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_preset, &QComboBox::activated, this, [this](int index) { applyPreset(m_preset->itemText(index)); });
    connect(m_savePreset, &QPushButton::clicked, this, &RadiologyWorklistView::promptSavePreset);
    connect(m_deletePreset, &QPushButton::clicked, this, &RadiologyWorklistView::deleteSelectedPreset);
    connect(m_search, &QLineEdit::textChanged, this, &RadiologyWorklistView::filterFromControls);
    connect(m_modality, &QLineEdit::editingFinished, this, &RadiologyWorklistView::filterFromControls);
    for (QComboBox* combo : {m_status, m_priority, m_dates, m_origin})
        connect(combo, &QComboBox::currentIndexChanged, this, &RadiologyWorklistView::filterFromControls);
    connect(m_from, &QDateEdit::dateChanged, this, &RadiologyWorklistView::filterFromControls);
    connect(m_to, &QDateEdit::dateChanged, this, &RadiologyWorklistView::filterFromControls);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RadiologyWorklistView::updateActions);
    connect(m_markUnread, &QPushButton::clicked, this, [this] { setCurrentStatus(ReadingStatus::Unread); });
    connect(m_markInProgress, &QPushButton::clicked, this, [this] { setCurrentStatus(ReadingStatus::InProgress); });
    connect(m_markRead, &QPushButton::clicked, this, [this] { setCurrentStatus(ReadingStatus::Read); });
    connect(m_setPriority, &QComboBox::activated, this,
            [this](int index) { setCurrentPriority(static_cast<StudyPriority>(m_setPriority->itemData(index).toInt())); });
    connect(m_refresh, &QPushButton::clicked, this, &RadiologyWorklistView::refresh);
    connect(m_switchUser, &QPushButton::clicked, this, &RadiologyWorklistView::switchUser);
}

void RadiologyWorklistView::loadPresets()
{
    if (auto problem = m_presets.load(m_userPresetPath))
        showMessage(tr("Some worklist presets could not be read: %1").arg(*problem));
    fillPresetCombo(m_preset->currentText());
}

void RadiologyWorklistView::fillPresetCombo(const QString& select)
{
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    for (const worklist::WorklistPreset& preset : m_presets.presets()) {
        // Bundled names are translatable; the user's are shown as typed.
        const QString shown = preset.bundled ? QCoreApplication::translate("continuum::worklist::presets", preset.name.toUtf8().constData())
                                             : preset.name;
        m_preset->addItem(shown, preset.name);
    }
    const int index = m_preset->findData(select);
    m_preset->setCurrentIndex(std::max(0, index));
    const worklist::WorklistPreset* current = m_presets.find(m_preset->currentData().toString());
    m_deletePreset->setEnabled(current && !current->bundled);
}

void RadiologyWorklistView::setUserPresetPath(const QString& path)
{
    m_userPresetPath = path;
    loadPresets();
}

void RadiologyWorklistView::setReferenceDate(const QDate& date)
{
    updateWorklist([&](worklist::WorklistModel& model) { model.setToday(date); });
    reloadLocal();
}

QString RadiologyWorklistView::userName() const
{
    return m_model->worklist().user();
}

void RadiologyWorklistView::setUserName(const QString& userName)
{
    const QString name = userName.trimmed();
    if (name.isEmpty() || name == m_model->worklist().user()) {
        m_user->setText(tr("User: %1").arg(m_model->worklist().user()));
        return;
    }
    updateWorklist([&](worklist::WorklistModel& model) { model.setUser(name); });
    m_user->setText(tr("User: %1").arg(name));
    Q_EMIT userNameChanged(name);
}

void RadiologyWorklistView::setUserSession(UserSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    setUserName(session->userName());
    connect(session, &UserSession::userChanged, this, [this](const QString&, const QString& current) { setUserName(current); });
}

void RadiologyWorklistView::switchUser()
{
    SwitchUserDialog dialog(userName(), UserSession::operatingSystemUser(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session)
        m_session->switchUser(dialog.userName());   // the session tells this view through userChanged
    else
        setUserName(dialog.userName());
}

void RadiologyWorklistView::setCatalog(catalog::Catalog* catalog)
{
    m_catalog = catalog;
    reloadLocal();
}

void RadiologyWorklistView::addStudySource(std::shared_ptr<worklist::StudySource> source)
{
    if (source)
        m_studySources.push_back(std::move(source));
}

void RadiologyWorklistView::addScheduledSource(std::shared_ptr<worklist::ScheduledProcedureSource> source)
{
    if (source)
        m_scheduledSources.push_back(std::move(source));
}

worklist::SourceQuery RadiologyWorklistView::sourceQuery(bool forRemote) const
{
    const QDate today = m_model->worklist().today();
    auto [from, to] = m_filter.dates.resolve(today);
    // A PACS or RIS may hold years of studies: without a date range, remote nodes are asked for
    // the last week and worklist servers for today.
    if (forRemote && !from.isValid() && !to.isValid()) {
        from = today.addDays(-6);
        to = today;
    }
    worklist::SourceQuery query{from, to, {}};
    if (m_filter.modalities.size() == 1)
        query.modality = m_filter.modalities.front();
    return query;
}

void RadiologyWorklistView::reloadLocal()
{
    if (!m_catalog) {
        updateWorklist([](worklist::WorklistModel&) {});
        return;
    }
    std::optional<QString> problem;
    updateWorklist([&](worklist::WorklistModel& model) { problem = model.loadLocal(*m_catalog, sourceQuery(false)); });
    if (problem)
        showMessage(*problem);
}

void RadiologyWorklistView::refresh()
{
    reloadLocal();
    askSources();
}

void RadiologyWorklistView::askSources()
{
    m_lastSourceQuery = sourceQuery(true);
    const worklist::SourceQuery query = m_lastSourceQuery;
    if (m_studySources.empty() && m_scheduledSources.empty()) {
        Q_EMIT sourcesFinished();
        return;
    }
    auto finishedOne = [this] {
        if (--m_running == 0) {
            m_refresh->setEnabled(true);
            Q_EMIT sourcesFinished();
        }
    };
    m_refresh->setEnabled(false);
    for (const auto& source : m_studySources) {
        ++m_running;
        auto* watcher = new QFutureWatcher<worklist::RemoteStudiesResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source, finishedOne] {
            worklist::RemoteStudiesResult result = watcher->result();
            watcher->deleteLater();
            updateWorklist([&](worklist::WorklistModel& model) { model.mergeRemote(source->name(), std::move(result.studies)); });
            if (result.error)
                showMessage(tr("%1: %2").arg(source->name(), *result.error));
            finishedOne();
        });
        watcher->setFuture(QtConcurrent::run([source, query] { return source->studies(query); }));
    }
    worklist::SourceQuery scheduledQuery = sourceQuery(false);
    if (!scheduledQuery.from.isValid() && !scheduledQuery.to.isValid())
        scheduledQuery.from = scheduledQuery.to = m_model->worklist().today();
    for (const auto& source : m_scheduledSources) {
        ++m_running;
        auto* watcher = new QFutureWatcher<worklist::ScheduledResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source, finishedOne] {
            worklist::ScheduledResult result = watcher->result();
            watcher->deleteLater();
            updateWorklist([&](worklist::WorklistModel& model) {
                model.mergeScheduled(source->name(), std::move(result.procedures));
                if (m_catalog)
                    model.applyScheduledPriorities(*m_catalog, source->name());
            });
            if (result.error)
                showMessage(tr("%1: %2").arg(source->name(), *result.error));
            finishedOne();
        });
        watcher->setFuture(QtConcurrent::run([source, scheduledQuery] { return source->scheduledProcedures(scheduledQuery); }));
    }
}

void RadiologyWorklistView::updateWorklist(const std::function<void(worklist::WorklistModel&)>& change)
{
    const QString current = currentStudyUid();
    m_model->update(change);
    if (!current.isEmpty())
        selectStudy(current);
    m_count->setText(tr("%1 of %2 studies").arg(m_model->worklist().items().size()).arg(m_model->worklist().allItems().size()));
    updateActions();
}

void RadiologyWorklistView::updateActions()
{
    const worklist::WorklistItem* item = m_model->worklist().item(currentStudyUid());
    const bool local = item && item->isLocal() && m_catalog;
    // Only catalogued studies carry a status and a priority of their own.
    for (QWidget* control : std::initializer_list<QWidget*>{m_markUnread, m_markInProgress, m_markRead, m_setPriority})
        control->setEnabled(local);
    if (item) {
        const QSignalBlocker blocker(m_setPriority);
        m_setPriority->setCurrentIndex(m_setPriority->findData(static_cast<int>(item->priority)));
    }
}

void RadiologyWorklistView::showMessage(const QString& text)
{
    m_message->setText(text);
}

QString RadiologyWorklistView::message() const
{
    return m_message->text();
}

QString RadiologyWorklistView::currentStudyUid() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(worklist::WorklistTableModel::kStudyUidRole).toString() : QString();
}

bool RadiologyWorklistView::selectStudy(const QString& studyInstanceUid)
{
    const int row = m_model->worklist().rowOf(studyInstanceUid);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool RadiologyWorklistView::open(const QString& studyInstanceUid)
{
    const worklist::WorklistItem* item = m_model->worklist().item(studyInstanceUid);
    if (!item)
        return false;
    if (item->origin == ItemOrigin::Expected) {
        showMessage(tr("The study is scheduled but has no images yet."));
        return false;
    }
    const bool local = item->isLocal();
    // Opening claims an unread study for this user, so the others see it is being read.
    if (local && item->status == ReadingStatus::Unread && m_catalog) {
        selectStudy(studyInstanceUid);
        setCurrentStatus(ReadingStatus::InProgress);
    }
    selectStudy(studyInstanceUid);
    Q_EMIT openStudyRequested(studyInstanceUid, local);
    return true;
}

bool RadiologyWorklistView::openCurrent()
{
    const QString uid = currentStudyUid();
    return !uid.isEmpty() && open(uid);
}

bool RadiologyWorklistView::openNextUnread()
{
    const auto next = m_model->worklist().nextUnread(currentStudyUid());
    if (!next) {
        showMessage(tr("No unread study left in this list."));
        return false;
    }
    return open(*next);
}

bool RadiologyWorklistView::setCurrentStatus(ReadingStatus status)
{
    const QString uid = currentStudyUid();
    if (uid.isEmpty() || !m_catalog)
        return false;
    catalog::ReadingStateChange change;
    updateWorklist([&](worklist::WorklistModel& model) { change = model.setStatus(*m_catalog, uid, status); });
    if (!change.applied()) {
        showMessage(change.message);
        return false;
    }
    showMessage({});
    return true;
}

bool RadiologyWorklistView::setCurrentPriority(StudyPriority priority)
{
    const QString uid = currentStudyUid();
    if (uid.isEmpty() || !m_catalog)
        return false;
    catalog::ReadingStateChange change;
    updateWorklist([&](worklist::WorklistModel& model) { change = model.setPriority(*m_catalog, uid, priority); });
    if (!change.applied()) {
        showMessage(change.message);
        return false;
    }
    showMessage({});
    return true;
}

bool RadiologyWorklistView::applyPreset(const QString& name)
{
    const worklist::WorklistPreset* preset = m_presets.find(name);
    if (!preset)
        return false;
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(name)));
    }
    m_deletePreset->setEnabled(!preset->bundled);
    applyFilter(preset->filter);
    return true;
}

bool RadiologyWorklistView::saveCurrentFilterAsPreset(const QString& name)
{
    if (auto problem = m_presets.saveUserPreset(name, m_filter)) {
        showMessage(*problem);
        return false;
    }
    fillPresetCombo(name.trimmed());
    showMessage(tr("Preset \"%1\" saved in %2.").arg(name.trimmed(), m_presets.userPath()));
    return true;
}

void RadiologyWorklistView::promptSavePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the preset:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveCurrentFilterAsPreset(name);
}

void RadiologyWorklistView::deleteSelectedPreset()
{
    const QString name = m_preset->currentData().toString();
    if (auto problem = m_presets.removeUserPreset(name)) {
        showMessage(*problem);
        return;
    }
    fillPresetCombo({});
    showMessage(tr("Preset \"%1\" deleted.").arg(name));
}

void RadiologyWorklistView::applyFilter(const WorklistFilter& filter)
{
    const worklist::SourceQuery before = sourceQuery(true);
    const worklist::SourceQuery localBefore = sourceQuery(false);
    m_filter = filter;
    showFilterInControls();
    updateWorklist([&](worklist::WorklistModel& model) { model.setFilter(m_filter); });
    // The date range and modality decide what is fetched; the rest filters what is loaded.
    const worklist::SourceQuery localAfter = sourceQuery(false);
    if (localAfter.from != localBefore.from || localAfter.to != localBefore.to || localAfter.modality != localBefore.modality)
        reloadLocal();
    const worklist::SourceQuery after = sourceQuery(true);
    if ((after.from != before.from || after.to != before.to || after.modality != before.modality) && m_running == 0
        && (!m_studySources.empty() || !m_scheduledSources.empty()))
        askSources();
}

void RadiologyWorklistView::showFilterInControls()
{
    m_updatingControls = true;
    if (m_search->text() != m_filter.text)
        m_search->setText(m_filter.text);
    selectValues(m_status, valuesOf(m_filter.statuses), [&] {
        QStringList names;
        for (ReadingStatus status : m_filter.statuses) {
            worklist::WorklistItem item;
            item.status = status;
            names << worklist::WorklistTableModel::statusText(item);
        }
        return names.join(tr(" or "));
    }());
    selectValues(m_priority, valuesOf(m_filter.priorities), [&] {
        QStringList names;
        for (StudyPriority priority : m_filter.priorities)
            names << worklist::WorklistTableModel::priorityText(priority);
        return names.join(tr(" or "));
    }());
    selectValues(m_origin, valuesOf(m_filter.origins), [&] {
        QStringList names;
        for (ItemOrigin origin : m_filter.origins) {
            worklist::WorklistItem item;
            item.origin = origin;
            names << worklist::WorklistTableModel::originText(item);
        }
        return names.join(tr(" or "));
    }());
    m_modality->setText(m_filter.modalities.join(QStringLiteral(", ")));
    const worklist::DateRange& dates = m_filter.dates;
    int dateIndex = 0;
    if (dates.kind == worklist::DateRange::Kind::Any) {
        dateIndex = m_dates->findData(kAnyDate);
    } else if (dates.kind == worklist::DateRange::Kind::RelativeDays && dates.daysBackTo == 0 && m_dates->findData(dates.daysBackFrom) >= 0) {
        dateIndex = m_dates->findData(dates.daysBackFrom);
    } else {
        dateIndex = m_dates->findData(kCustomDates);
        const auto [from, to] = dates.resolve(m_model->worklist().today());
        m_from->setDate(from.isValid() ? from : QDate(1900, 1, 1));
        m_to->setDate(to.isValid() ? to : m_model->worklist().today());
    }
    m_dates->setCurrentIndex(dateIndex);
    const bool custom = m_dates->currentData().toInt() == kCustomDates;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_updatingControls = false;
}

void RadiologyWorklistView::filterFromControls()
{
    if (m_updatingControls)
        return;
    WorklistFilter filter;
    filter.text = m_search->text().trimmed();
    filter.statuses = enumsOf<ReadingStatus>(m_status->currentData());
    filter.priorities = enumsOf<StudyPriority>(m_priority->currentData());
    filter.origins = enumsOf<ItemOrigin>(m_origin->currentData());
    for (const QString& modality : m_modality->text().split(QRegularExpression(QStringLiteral("[,;/\\s\\\\]+")), Qt::SkipEmptyParts))
        filter.modalities << modality.toUpper();
    const int days = m_dates->currentData().toInt();
    if (days == kCustomDates)
        filter.dates = worklist::DateRange::fixed(m_from->date(), m_to->date());
    else if (days >= 0)
        filter.dates = worklist::DateRange::relative(days, 0);
    applyFilter(filter);
}

bool RadiologyWorklistView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
        if (plain && key->key() == Qt::Key_N) {
            openNextUnread();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace continuum::app
