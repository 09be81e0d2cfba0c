#include "CatalogBrowserPanel.h"

#include "dicom/LocaleFormat.h"

#include "SeriesThumbnailCache.h"
#include "StudyListModel.h"

#include "catalog/Catalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace continuum::app {

namespace {

constexpr int kThumbnailSize = 96;
// DICOM PS3.4 Encapsulated PDF Storage: shown as "PDF" whatever its Modality says.
constexpr const char* kEncapsulatedPdfClass = "1.2.840.10008.5.1.4.1.1.104.1";

// The strip's picture for one series: the thumbnail (or a placeholder saying why there is
// none), with a coloured band at the bottom when the series is incomplete or files are missing.
QPixmap seriesIcon(const SeriesThumbnailCache::Entry& entry, const QString& centreText, const QString& bandText, const QColor& bandColour)
{
    QPixmap pixmap(kThumbnailSize, kThumbnailSize);
    pixmap.fill(QColor(24, 24, 24));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (entry.state == SeriesThumbnailCache::State::Ready) {
        const QImage& image = entry.image;
        painter.drawImage(QPoint((kThumbnailSize - image.width()) / 2, (kThumbnailSize - image.height()) / 2), image);
    } else {
        painter.setPen(QColor(70, 70, 70));
        painter.drawRect(QRectF(0.5, 0.5, kThumbnailSize - 1, kThumbnailSize - 1));
        painter.setPen(QColor(200, 200, 200));
        QFont font = painter.font();
        font.setPixelSize(centreText.size() <= 4 ? 22 : 11);
        font.setBold(centreText.size() <= 4);
        painter.setFont(font);
        painter.drawText(QRect(4, 4, kThumbnailSize - 8, kThumbnailSize - 8), Qt::AlignCenter | Qt::TextWordWrap, centreText);
    }
    if (!bandText.isEmpty()) {
        const QRect band(0, kThumbnailSize - 18, kThumbnailSize, 18);
        painter.fillRect(band, bandColour);
        painter.setPen(Qt::black);
        QFont font = painter.font();
        font.setPixelSize(11);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(band, Qt::AlignCenter, bandText);
    }
    return pixmap;
}

} // namespace

CatalogBrowserPanel::CatalogBrowserPanel(QWidget* parent) : QWidget(parent)
{
    m_model = new StudyListModel(this);
    m_thumbnails = new SeriesThumbnailCache(kThumbnailSize, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("studySearch"));
    m_search->setPlaceholderText(tr("Search patient name, patient ID or accession"));
    m_search->setClearButtonEnabled(true);
    m_dateChoice = new QComboBox(this);
    m_dateChoice->addItem(tr("All dates"), static_cast<int>(DateChoice::All));
    m_dateChoice->addItem(tr("Today"), static_cast<int>(DateChoice::Today));
    m_dateChoice->addItem(tr("Last 7 days"), static_cast<int>(DateChoice::Last7Days));
    m_dateChoice->addItem(tr("From - to"), static_cast<int>(DateChoice::Range));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_modality = new QComboBox(this);
    m_modality->setObjectName(QStringLiteral("modalityFilter"));
    m_modality->addItem(tr("All modalities"), QString());
    m_importButton = new QPushButton(tr("&Import..."), this);
    m_count = new QLabel(this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_search, 3);
    controls->addWidget(m_dateChoice);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("-"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_modality);
    controls->addWidget(m_count, 1);
    controls->addWidget(m_importButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The indicator first: enabling sorting sorts by the header's current indicator at once.
    m_table->horizontalHeader()->setSortIndicator(StudyListModel::StudyDate, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {{StudyListModel::PatientName, 16}, {StudyListModel::PatientId, 9}, {StudyListModel::Sex, 3},
                                          {StudyListModel::Modalities, 7},   {StudyListModel::Description, 16}, {StudyListModel::Accession, 9},
                                          {StudyListModel::Series, 4},       {StudyListModel::Instances, 4},    {StudyListModel::Status, 10}};
    for (const auto& [column, ems] : widths)
        m_table->setColumnWidth(column, ems * em);
    // Dates as wide as the locale writes them, headers never cut.
    const int dateWidth = metrics.horizontalAdvance(dicom::LocaleFormat::date(QDate(2000, 12, 28))) + 2 * em;
    for (int column : {int(StudyListModel::BirthDate), int(StudyListModel::StudyDate)})
        m_table->setColumnWidth(column, dateWidth);
    for (int column = 0; column < StudyListModel::ColumnCount; ++column) {
        const int headerWidth = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 3 * em;
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), headerWidth));
    }
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_seriesTitle = new QLabel(this);
    m_seriesStrip = new QListWidget(this);
    m_seriesStrip->setObjectName(QStringLiteral("seriesStrip"));
    m_seriesStrip->setViewMode(QListView::IconMode);
    m_seriesStrip->setFlow(QListView::LeftToRight);
    m_seriesStrip->setWrapping(false);
    m_seriesStrip->setMovement(QListView::Static);
    m_seriesStrip->setResizeMode(QListView::Adjust);
    m_seriesStrip->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_seriesStrip->setGridSize(QSize(kThumbnailSize + 44, kThumbnailSize + 3 * m_seriesStrip->fontMetrics().height() + 10));
    m_seriesStrip->setWordWrap(true);
    m_seriesStrip->setTextElideMode(Qt::ElideRight);
    m_seriesStrip->setFixedHeight(m_seriesStrip->gridSize().height() + m_seriesStrip->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    m_seriesStrip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_seriesStrip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_seriesTitle);
    layout->addWidget(m_seriesStrip);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogBrowserPanel::applyCriteria);
    connect(m_searchDebounce, &QTimer::timeout, this, &CatalogBrowserPanel::applyCriteria);
    connect(m_dateChoice, &QComboBox::currentIndexChanged, this, &CatalogBrowserPanel::applyCriteria);
    connect(m_modality, &QComboBox::currentIndexChanged, this, &CatalogBrowserPanel::applyCriteria);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_applyingCriteria)
                return;
            if (m_dateChoice->currentData().toInt() != static_cast<int>(DateChoice::Range))
                setDateChoice(DateChoice::Range);   // applies
            else
                applyCriteria();
        });
    connect(m_importButton, &QPushButton::clicked, this, &CatalogBrowserPanel::importRequested);
    connect(m_model, &StudyListModel::refreshed, this, &CatalogBrowserPanel::updateCount);
    connect(m_model, &StudyListModel::rowsInserted, this, [this] { updateCount(m_model->totalCount()); });
    connect(m_model, &StudyListModel::modelReset, this, &CatalogBrowserPanel::syncSortIndicator);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogBrowserPanel::onCurrentStudyChanged);
    connect(m_model, &StudyListModel::modelReset, this, [this] {
        // Something is always selected when there is something to show, so the series strip
        // never sits empty beside a list of studies.
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        else
            onCurrentStudyChanged();
    });
    // activated: double-click or Enter (per platform style).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const catalog::StudyRow* row = m_model->studyAt(index.row()))
            Q_EMIT openRequested(row->id, 0);
    });
    connect(m_seriesStrip, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 studyId = currentStudyId();
        if (item && studyId)
            Q_EMIT openRequested(studyId, item->data(kSeriesIdRole).toLongLong());
    });
    connect(m_thumbnails, &SeriesThumbnailCache::thumbnailReady, this, &CatalogBrowserPanel::onThumbnailReady);

    setDateChoice(DateChoice::All);
    setCatalog(nullptr);
}

CatalogBrowserPanel::~CatalogBrowserPanel() = default;

void CatalogBrowserPanel::setCatalog(catalog::Catalog* catalog)
{
    m_catalog = catalog;
    m_thumbnails->clear();
    m_model->setCatalog(catalog);
    for (QWidget* w : std::initializer_list<QWidget*>{m_search, m_dateChoice, m_modality, m_importButton, m_table})
        w->setEnabled(catalog != nullptr);
    const bool range = m_dateChoice->currentData().toInt() == static_cast<int>(DateChoice::Range);
    m_from->setEnabled(catalog && range);
    m_to->setEnabled(catalog && range);
    syncSortIndicator();
}

void CatalogBrowserPanel::setMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #a00000; font-weight: bold; }") : QString());
    m_message->setVisible(!message.isEmpty());
}

void CatalogBrowserPanel::setModalities(const QStringList& modalities)
{
    const QString current = m_modality->currentData().toString();
    m_applyingCriteria = true;
    while (m_modality->count() > 1)
        m_modality->removeItem(1);
    for (const QString& modality : modalities)
        m_modality->addItem(modality, modality);
    const int index = m_modality->findData(current);
    m_modality->setCurrentIndex(index < 0 ? 0 : index);
    m_applyingCriteria = false;
    if (index < 0 && !current.isEmpty())
        applyCriteria();   // the chosen modality is gone from the catalog
}

void CatalogBrowserPanel::setDateChoice(DateChoice choice)
{
    m_applyingCriteria = true;
    m_dateChoice->setCurrentIndex(m_dateChoice->findData(static_cast<int>(choice)));
    m_applyingCriteria = false;
    applyCriteria();
}

void CatalogBrowserPanel::setDateRange(const QDate& from, const QDate& to)
{
    m_applyingCriteria = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applyingCriteria = false;
    setDateChoice(DateChoice::Range);
}

void CatalogBrowserPanel::setModality(const QString& modality)
{
    int index = m_modality->findData(modality.toUpper());
    if (index < 0 && !modality.isEmpty()) {
        m_modality->addItem(modality.toUpper(), modality.toUpper());
        index = m_modality->count() - 1;
    }
    m_modality->setCurrentIndex(index < 0 ? 0 : index);   // applies when it changes
    applyCriteria();
}

void CatalogBrowserPanel::clearCriteria()
{
    m_applyingCriteria = true;
    m_search->clear();
    m_modality->setCurrentIndex(0);
    m_applyingCriteria = false;
    setDateChoice(DateChoice::All);
}

void CatalogBrowserPanel::applyCriteria()
{
    if (m_applyingCriteria)
        return;
    m_searchDebounce->stop();
    const auto choice = static_cast<DateChoice>(m_dateChoice->currentData().toInt());
    const QDate today = QDate::currentDate();
    QDate from, to;
    switch (choice) {
    case DateChoice::All: break;
    case DateChoice::Today: from = to = today; break;
    case DateChoice::Last7Days: from = today.addDays(-6); to = today; break;
    case DateChoice::Range: from = m_from->date(); to = m_to->date(); break;
    }
    const bool range = choice == DateChoice::Range;
    m_from->setEnabled(m_catalog && range);
    m_to->setEnabled(m_catalog && range);
    const catalog::StudyFilter& now = m_model->filter();
    const QString text = m_search->text().trimmed();
    const QString modality = m_modality->currentData().toString();
    if (now.text == text && now.from == from && now.to == to && now.modality == modality)
        return;
    m_model->setCriteria(text, from, to, modality);
}

void CatalogBrowserPanel::refresh()
{
    const qint64 current = currentStudyId();
    m_model->refresh();
    if (current)
        selectStudies({current});
}

void CatalogBrowserPanel::updateCount(int total)
{
    if (!m_catalog) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("Studies: %1").arg(total));
}

void CatalogBrowserPanel::syncSortIndicator()
{
    // Only some columns sort; the header shows the order the catalog actually applied.
    const catalog::StudyFilter& filter = m_model->filter();
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(StudyListModel::columnOf(filter.sortKey), filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

int CatalogBrowserPanel::selectStudies(const std::vector<qint64>& studyIds)
{
    if (!m_catalog || studyIds.empty())
        return 0;
    if (m_model->rowOfStudy(studyIds.front()) < 0) {
        // The search or dates hide what the user is to see: show everything.
        clearCriteria();
    }
    QItemSelection selection;
    int firstRow = -1;
    for (qint64 id : studyIds) {
        const int row = m_model->rowOfStudy(id);
        if (row < 0)
            continue;
        if (firstRow < 0)
            firstRow = row;
        selection.select(m_model->index(row, 0), m_model->index(row, StudyListModel::ColumnCount - 1));
    }
    if (firstRow < 0)
        return 0;
    QItemSelectionModel* selectionModel = m_table->selectionModel();
    selectionModel->setCurrentIndex(m_model->index(firstRow, 0), QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(m_model->index(firstRow, 0));
    return static_cast<int>(selection.indexes().size() / StudyListModel::ColumnCount);
}

qint64 CatalogBrowserPanel::currentStudyId() const
{
    const catalog::StudyRow* row = m_model->studyAt(m_table->currentIndex().row());
    return row ? row->id : 0;
}

void CatalogBrowserPanel::onCurrentStudyChanged()
{
    m_thumbnails->cancelPending();
    m_series.clear();
    const qint64 studyId = currentStudyId();
    if (m_catalog && studyId) {
        for (catalog::SeriesRow& series : m_catalog->seriesOfStudy(studyId)) {
            StripEntry entry;
            entry.missingFiles = series.missingFileCount;
            const std::vector<catalog::InstanceRow> instances = m_catalog->instancesOfSeries(series.id);
            std::vector<const catalog::InstanceRow*> images;
            for (const catalog::InstanceRow& instance : instances)
                if (instance.numberOfFrames > 0)
                    images.push_back(&instance);
            if (images.empty() && !instances.empty()) {
                entry.nonImageLabel = instances.front().sopClassUid == QLatin1String(kEncapsulatedPdfClass) ? QStringLiteral("PDF") : series.modality;
            } else if (!images.empty()) {
                // The middle image, or the nearest one whose file is still there.
                const std::size_t middle = images.size() / 2;
                for (std::size_t step = 0; step <= images.size() && entry.representativePath.isEmpty(); ++step) {
                    for (const std::size_t i : {middle + step, middle - step}) {
                        if (i < images.size() && !images[i]->missing && !images[i]->paths.empty()) {
                            entry.representativePath = images[i]->paths.front();
                            break;
                        }
                    }
                }
            }
            entry.row = std::move(series);
            m_series.push_back(std::move(entry));
        }
    }
    rebuildSeriesStrip();
}

void CatalogBrowserPanel::rebuildSeriesStrip()
{
    m_seriesStrip->clear();
    const catalog::StudyRow* study = m_model->studyAt(m_table->currentIndex().row());
    if (!study) {
        m_seriesTitle->setText(m_catalog ? tr("Select a study to see its series.") : QString());
        return;
    }
    m_seriesTitle->setText(tr("%1: %n series (double-click a study to open it, a series to open only that series)", nullptr,
                              static_cast<int>(m_series.size()))
                               .arg(StudyListModel::displayName(study->patientName)));
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const StripEntry& entry = m_series[i];
        const catalog::SeriesRow& row = entry.row;
        QString label = row.description.isEmpty() ? tr("%1 %2").arg(row.modality).arg(row.seriesNumber)
                                                  : tr("%1 %2: %3").arg(row.modality).arg(row.seriesNumber).arg(row.description);
        label += QLatin1Char('\n') + tr("%n image(s)", nullptr, row.instanceCount);
        auto* item = new QListWidgetItem(label, m_seriesStrip);
        item->setData(kSeriesIdRole, row.id);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QStringList tip{label};
        if (!row.complete)
            tip << tr("Incomplete: the import of this series did not finish, more files may exist. Import the same files again to complete it.");
        if (entry.missingFiles > 0)
            tip << tr("%n file(s) of this series are missing on disk.", nullptr, entry.missingFiles);
        if (!entry.nonImageLabel.isEmpty())
            tip << tr("This series holds no image (%1).").arg(entry.nonImageLabel);
        item->setToolTip(tip.join(QLatin1Char('\n')));
        if (entry.nonImageLabel.isEmpty() && !entry.representativePath.isEmpty())
            m_thumbnails->request(row.id, entry.representativePath);
        updateSeriesIcon(item);
    }
}

void CatalogBrowserPanel::updateSeriesIcon(QListWidgetItem* item)
{
    const qint64 seriesId = item->data(kSeriesIdRole).toLongLong();
    const auto found = std::find_if(m_series.begin(), m_series.end(), [seriesId](const StripEntry& e) { return e.row.id == seriesId; });
    if (found == m_series.end())
        return;
    QString band;
    QColor bandColour;
    if (found->missingFiles > 0) {
        band = tr("%n missing", nullptr, found->missingFiles);
        bandColour = QColor(235, 80, 80);
    } else if (!found->row.complete) {
        band = tr("incomplete");
        bandColour = QColor(245, 170, 40);
    }
    SeriesThumbnailCache::Entry entry;
    QString centre;
    if (!found->nonImageLabel.isEmpty()) {
        centre = found->nonImageLabel;
        if (band.isEmpty()) {
            band = tr("no image");
            bandColour = QColor(150, 150, 150);
        }
    } else if (found->representativePath.isEmpty()) {
        centre = tr("files missing");
    } else {
        entry = m_thumbnails->entry(seriesId);
        switch (entry.state) {
        case SeriesThumbnailCache::State::Absent:
        case SeriesThumbnailCache::State::Pending: centre = tr("loading..."); break;
        case SeriesThumbnailCache::State::NoImage: centre = found->row.modality; break;
        case SeriesThumbnailCache::State::Failed:
            centre = tr("cannot show");
            item->setToolTip(item->toolTip() + QLatin1Char('\n') + entry.message);
            break;
        case SeriesThumbnailCache::State::Ready: break;
        }
    }
    item->setIcon(QIcon(seriesIcon(entry, centre, band, bandColour)));
}

void CatalogBrowserPanel::onThumbnailReady(qint64 seriesId)
{
    for (int i = 0; i < m_seriesStrip->count(); ++i)
        if (m_seriesStrip->item(i)->data(kSeriesIdRole).toLongLong() == seriesId)
            updateSeriesIcon(m_seriesStrip->item(i));
}

} // namespace continuum::app
