#include "CardiologyWorkspace.h"

#include "CineGridView.h"

#include "catalog/Catalog.h"
#include "render/CineViewport.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::app {

CardiologyWorkspace::CardiologyWorkspace(catalog::Catalog* catalog, QWidget* parent)
    : QWidget(parent)
    , catalog_(catalog)
{
    setAccessibleName(tr("Cardiology workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(2, 2, 2, 2);
    auto* listLabel = new QLabel(tr("&Cine loops"), side);
    list_ = new QTreeWidget(side);
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Loop"), tr("Frames"), tr("Study date")});
    list_->setRootIsDecorated(false);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setAccessibleName(tr("Cine loops of the patient"));
    list_->setToolTip(tr("Select up to %1 loops, then press Enter or double-click to play them in step.")
                          .arg(CineGridView::kMaxLoops));
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list_->installEventFilter(this);
    listLabel->setBuddy(list_);
    sideLayout->addWidget(listLabel);
    sideLayout->addWidget(list_, 1);
    status_ = new QLabel(side);
    status_->setWordWrap(true);
    status_->setAccessibleName(tr("Workspace status"));
    sideLayout->addWidget(status_);

    grid_ = new CineGridView(splitter);
    splitter->addWidget(side);
    splitter->addWidget(grid_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 900});

    connect(list_, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
}

CardiologyWorkspace::~CardiologyWorkspace() = default;

void CardiologyWorkspace::setPatient(const QString& patientId, const QString& issuerOfPatientId)
{
    list_->clear();
    sources_.clear();
    if (catalog_ != nullptr && catalog_->isOpen())
        sources_ = cine::CineSourceLister(*catalog_).list(patientId, issuerOfPatientId);
    for (const cine::CineSource& source : sources_) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, source.label);
        item->setText(1, QString::number(source.frameCount));
        item->setText(2, QLocale().toString(source.studyDate, QLocale::ShortFormat));
        item->setToolTip(0, source.studyDescription.isEmpty() ? source.label : source.label + QLatin1Char('\n') + source.studyDescription);
    }
    if (list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    status_->setText(sources_.empty() ? tr("No cine loops for this patient.")
                                      : tr("%n cine loop(s).", nullptr, static_cast<int>(sources_.size())));
}

int CardiologyWorkspace::openSelected()
{
    std::vector<int> indices;
    for (QTreeWidgetItem* item : list_->selectedItems())
        indices.push_back(list_->indexOfTopLevelItem(item));
    if (indices.empty() && list_->currentItem())
        indices.push_back(list_->indexOfTopLevelItem(list_->currentItem()));
    std::sort(indices.begin(), indices.end());
    return openSources(indices);
}

int CardiologyWorkspace::openSources(const std::vector<int>& indices)
{
    std::vector<int> chosen;
    for (int index : indices)
        if (index >= 0 && index < static_cast<int>(sources_.size()))
            chosen.push_back(index);
    if (chosen.empty())
        return grid_->loopCount();
    QStringList messages;
    if (static_cast<int>(chosen.size()) > CineGridView::kMaxLoops) {
        messages << tr("Only the first %1 selected loops are shown.").arg(CineGridView::kMaxLoops);
        chosen.resize(CineGridView::kMaxLoops);
    }
    grid_->clearLoops();
    grid_->setArrangement(chosen.size() > 2 ? CineGridView::Arrangement::TwoByTwo : CineGridView::Arrangement::Row);
    for (int index : chosen) {
        auto loop = cine::CineSourceLister::open(sources_[static_cast<std::size_t>(index)]);
        if (!loop) {
            messages << tr("%1: %2").arg(sources_[static_cast<std::size_t>(index)].label, loop.error().message);
            continue;
        }
        grid_->addLoop(std::move(*loop));
    }
    status_->setText(messages.join(QLatin1Char('\n')));
    if (grid_->loopCount() > 0) {
        if (render::CineViewport* lead = grid_->viewport(grid_->leaderIndex()))
            lead->play();
    }
    emit loopsOpened(grid_->loopCount());
    return grid_->loopCount();
}

bool CardiologyWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    // Enter opens the selection (itemActivated alone depends on the style's activation key).
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace continuum::app
