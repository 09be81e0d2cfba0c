#pragma once
#include "documents/StructuredReport.h"

#include <QWidget>

class QPlainTextEdit;
class QStandardItem;
class QStandardItemModel;
class QTabWidget;
class QTreeView;
class QModelIndex;

namespace continuum::app {

// Shows a DICOM SR document as a tree (concept, value) and as readable text. Items that point
// at an image (IMAGE items and SCOORD regions) are shown as links; clicking one emits
// referenceActivated so the host can jump to that image and frame.
class StructuredReportView : public QWidget {
    Q_OBJECT
public:
    explicit StructuredReportView(QWidget* parent = nullptr);

    // Reads the file with documents::StructuredReportReader; false (with the reason) if it fails.
    bool loadFile(const QString& path, QString* error = nullptr);
    void setReport(const documents::StructuredReport& report);
    const documents::StructuredReport& report() const { return m_report; }

    QTreeView* treeView() const { return m_tree; }
    QPlainTextEdit* textView() const { return m_text; }
    // The tree index (column 0) of the item at an SR position such as "1.5.2".
    QModelIndex indexForPosition(const QString& position) const;

Q_SIGNALS:
    // frame is 1-based; 1 when the reference names no frame.
    void referenceActivated(const QString& sopInstanceUid, int frame);

private:
    void addItem(QStandardItem* parent, const documents::SrContentItem& item);
    void activate(const QModelIndex& index);

    documents::StructuredReport m_report;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_tree = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace continuum::app
