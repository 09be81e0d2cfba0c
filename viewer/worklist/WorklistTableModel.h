#pragma once
#include "WorklistModel.h"

#include <QAbstractTableModel>

#include <functional>

namespace continuum::worklist {

// WorklistModel as a Qt item model for a table view: one row per visible item, the columns of
// WorklistModel::Column, header clicks sort through WorklistModel. Changes to the underlying model
// go through update(), which resets the view around them. Qt Core only (no widgets).
class WorklistTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kStudyUidRole = Qt::UserRole + 1;   // QString
    static constexpr int kIsLocalRole = Qt::UserRole + 2;    // bool
    static constexpr int kStatusRole = Qt::UserRole + 3;     // int (ReadingStatus)
    static constexpr int kPriorityRole = Qt::UserRole + 4;   // int (StudyPriority)
    static constexpr int kOriginRole = Qt::UserRole + 5;     // int (ItemOrigin)

    explicit WorklistTableModel(QObject* parent = nullptr);

    const WorklistModel& worklist() const { return m_worklist; }
    // Runs `change` on the worklist and refreshes the rows.
    void update(const std::function<void(WorklistModel&)>& change);
    const WorklistItem* itemAt(int row) const;

    // "In progress: alice" and the like.
    static QString statusText(const WorklistItem& item);
    static QString priorityText(StudyPriority priority);
    static QString originText(const WorklistItem& item);
    // "Family, Given Middle" from a DICOM PN (alphabetic group, else the first non-empty one).
    static QString displayName(const QString& dicomName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    WorklistModel m_worklist;
};

} // namespace continuum::worklist
