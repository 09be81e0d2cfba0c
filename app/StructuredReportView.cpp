#include "StructuredReportView.h"

#include "documents/StructuredReportReader.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace continuum::app {
namespace {
constexpr int PositionRole = Qt::UserRole + 1;
} // namespace

StructuredReportView::StructuredReportView(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_tree(new QTreeView(this)), m_model(new QStandardItemModel(this)),
      m_text(new QPlainTextEdit(this))
{
    m_model->setHorizontalHeaderLabels({tr("Concept"), tr("Value")});
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_text, tr("Text"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // A click (or Enter, which Qt reports as activated) on a reference jumps to its image.
    connect(m_tree, &QTreeView::clicked, this, &StructuredReportView::activate);
    connect(m_tree, &QTreeView::activated, this, &StructuredReportView::activate);
}

bool StructuredReportView::loadFile(const QString& path, QString* error)
{
    auto report = documents::StructuredReportReader::readFile(path, error);
    if (!report)
        return false;
    setReport(*report);
    return true;
}

void StructuredReportView::setReport(const documents::StructuredReport& report)
{
    m_report = report;
    m_model->removeRows(0, m_model->rowCount());
    addItem(m_model->invisibleRootItem(), m_report.root);
    m_tree->expandAll();
    m_text->setPlainText(m_report.toText());
}

void StructuredReportView::addItem(QStandardItem* parent, const documents::SrContentItem& item)
{
    auto* conceptName = new QStandardItem(item.referencedPosition.isEmpty() ? item.label()
                                                                        : tr("(%1 item %2)").arg(item.relationship.toLower(), item.referencedPosition));
    auto* value = new QStandardItem(item.valueText);
    conceptName->setData(item.position, PositionRole);
    const QString tip = item.relationship.isEmpty() ? item.valueType : item.relationship + QLatin1Char(' ') + item.valueType;
    conceptName->setToolTip(tip);
    value->setToolTip(item.valueText);
    if (!item.references.empty()) {
        // Shown as a link: these rows take the user to an image.
        QFont font = value->font();
        font.setUnderline(true);
        value->setFont(font);
        value->setForeground(palette().brush(QPalette::Link));
        value->setToolTip(tr("Click to show %1").arg(documents::referenceText(item.references.front())));
    }
    parent->appendRow({conceptName, value});
    for (const documents::SrContentItem& child : item.children)
        addItem(conceptName, child);
}

QModelIndex StructuredReportView::indexForPosition(const QString& position) const
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), PositionRole, position, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.front();
}

void StructuredReportView::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QModelIndex conceptIndex = index.siblingAtColumn(0);
    const documents::SrContentItem* item = m_report.itemAt(conceptIndex.data(PositionRole).toString());
    if (!item || item->references.empty())
        return;
    const documents::ImageReference& reference = item->references.front();
    Q_EMIT referenceActivated(reference.sopInstanceUid, reference.frames.empty() ? 1 : reference.frames.front());
}

} // namespace continuum::app
