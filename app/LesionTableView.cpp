#include "LesionTableView.h"

#include "oncology/LesionTable.h"
#include "oncology/RecistEvaluator.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace continuum::app {

using namespace oncology;

LesionTableView::LesionTableView(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_issues(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issues);
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_issues->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemChanged, this, &LesionTableView::onItemChanged);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LesionTableView::onCellDoubleClicked);
    rebuild();
}

QColor LesionTableView::responseColour(Response response)
{
    switch (response) {
    case Response::CompleteResponse: return QColor(0x2e, 0x7d, 0x32);
    case Response::PartialResponse: return QColor(0x7c, 0xb3, 0x42);
    case Response::StableDisease: return QColor(0xf9, 0xa8, 0x25);
    case Response::ProgressiveDisease: return QColor(0xc6, 0x28, 0x28);
    case Response::NonCrNonPd: return QColor(0x15, 0x65, 0xc0);
    case Response::NotEvaluable:
    case Response::NotApplicable: return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

void LesionTableView::setTracker(LesionTracker tracker)
{
    m_tracker = std::move(tracker);
    rebuild();
}

int LesionTableView::rowOfLesion(const QString& lesionId) const
{
    for (std::size_t row = 0; row < m_rowLesionIds.size(); ++row)
        if (m_rowLesionIds[row] == lesionId)
            return static_cast<int>(row);
    return -1;
}

void LesionTableView::applyEdit(const std::function<bool(LesionTracker&)>& edit)
{
    if (!edit(m_tracker))
        return;
    // Rebuilding destroys the editor widget whose signal got us here: do it afterwards.
    QTimer::singleShot(0, this, [this] {
        rebuild();
        emit trackerEdited();
    });
}

void LesionTableView::onItemChanged(QTableWidgetItem* item)
{
    if (m_rebuilding || item->row() >= static_cast<int>(m_rowLesionIds.size()))
        return;
    const QString id = m_rowLesionIds[static_cast<std::size_t>(item->row())];
    if (id.isEmpty())
        return;
    if (item->column() == kOrganColumn) {
        const QString organ = item->text().trimmed();
        applyEdit([&id, organ](LesionTracker& tracker) { return tracker.lesion(id)->organ != organ && tracker.setOrgan(id, organ); });
    } else if (item->column() == kNodeColumn) {
        const bool node = item->checkState() == Qt::Checked;
        applyEdit([&id, node](LesionTracker& tracker) { return tracker.lesion(id)->lymphNode != node && tracker.setLymphNode(id, node); });
    }
}

void LesionTableView::onCellDoubleClicked(int row, int column)
{
    if (row >= static_cast<int>(m_rowLesionIds.size()) || column < LesionTable::kFixedColumns)
        return;
    const QString id = m_rowLesionIds[static_cast<std::size_t>(row)];
    const auto timepointIndex = static_cast<std::size_t>(column - LesionTable::kFixedColumns);
    if (!id.isEmpty() && timepointIndex < m_tracker.timepoints().size())
        emit lesionActivated(id, m_tracker.timepoints()[timepointIndex].studyInstanceUid);
}

void LesionTableView::rebuild()
{
    m_rebuilding = true;
    m_evaluation = RecistEvaluator::evaluate(m_tracker);
    const LesionTable table(m_tracker, m_evaluation);
    QStringList headers = LesionTable::fixedColumnHeaders();
    headers << table.timepointHeaders();
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(table.rows().size()));
    m_rowLesionIds.clear();

    int row = 0;
    for (const LesionTable::Row& line : table.rows()) {
        m_rowLesionIds.push_back(line.lesionId);
        const bool lesionRow = line.kind == LesionTable::RowKind::Lesion;
        auto* title = new QTableWidgetItem(line.title);
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (!lesionRow) {
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
        }
        m_table->setItem(row, 0, title);
        if (lesionRow) {
            const Lesion* lesion = m_tracker.lesion(line.lesionId);
            auto* category = new QComboBox(m_table);
            for (LesionCategory value : {LesionCategory::Target, LesionCategory::NonTarget, LesionCategory::New})
                category->addItem(categoryText(value), static_cast<int>(value));
            category->setCurrentIndex(category->findData(static_cast<int>(lesion->category)));
            const QString id = line.lesionId;
            connect(category, &QComboBox::activated, this, [this, category, id](int index) {
                const auto value = static_cast<LesionCategory>(category->itemData(index).toInt());
                applyEdit([&id, value](LesionTracker& tracker) { return tracker.lesion(id)->category != value && tracker.setCategory(id, value); });
            });
            m_table->setCellWidget(row, kCategoryColumn, category);
            auto* organ = new QTableWidgetItem(line.organ);
            organ->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            organ->setToolTip(tr("Organ (at most 2 target lesions per organ)"));
            m_table->setItem(row, kOrganColumn, organ);
            auto* node = new QTableWidgetItem();
            node->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            node->setCheckState(lesion->lymphNode ? Qt::Checked : Qt::Unchecked);
            node->setToolTip(tr("Lymph node: measured on its short axis"));
            m_table->setItem(row, kNodeColumn, node);
        } else {
            for (int column = 1; column < LesionTable::kFixedColumns; ++column) {
                auto* empty = new QTableWidgetItem();
                empty->setFlags(Qt::ItemIsEnabled);
                m_table->setItem(row, column, empty);
            }
        }
        int column = LesionTable::kFixedColumns;
        for (const LesionTable::Cell& cell : line.cells) {
            auto* item = new QTableWidgetItem(cell.text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(cell.toolTip);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (cell.response) {
                item->setTextAlignment(Qt::AlignCenter);
                item->setBackground(responseColour(*cell.response));
                item->setForeground(Qt::white);
                QFont bold = item->font();
                bold.setBold(line.kind == LesionTable::RowKind::OverallResponse);
                item->setFont(bold);
            }
            m_table->setItem(row, column++, item);
        }
        ++row;
    }
    m_table->resizeRowsToContents();

    QStringList issues;
    for (const ValidationIssue& issue : m_evaluation.issues)
        issues << issue.text;
    m_issues->setText(issues.isEmpty() ? QString() : tr("Not RECIST 1.1 conformant: %1").arg(issues.join(QStringLiteral("; "))));
    m_issues->setVisible(!issues.isEmpty());
    m_rebuilding = false;
}

} // namespace continuum::app
