#pragma once
#include "oncology/LesionTracker.h"
#include "oncology/RecistTypes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace continuum::app {

// The lesion table of a comparison: one row per lesion (targets, non-targets, new), one column
// per timepoint with the sizes, then the sum, its change from baseline and from nadir, and the
// RECIST 1.1 responses (colour-coded; the reason is the tooltip). Category, organ and the node
// flag are edited in place; every edit re-evaluates RECIST and emits trackerEdited().
class LesionTableView : public QWidget {
    Q_OBJECT
public:
    explicit LesionTableView(QWidget* parent = nullptr);

    void setTracker(oncology::LesionTracker tracker);
    const oncology::LesionTracker& tracker() const { return m_tracker; }
    const oncology::RecistEvaluation& evaluation() const { return m_evaluation; }

    QTableWidget* table() const { return m_table; }
    // Row of a lesion in the table, -1 when it has none.
    int rowOfLesion(const QString& lesionId) const;
    static constexpr int kCategoryColumn = 1;
    static constexpr int kOrganColumn = 2;
    static constexpr int kNodeColumn = 3;

    // The colour a response is shown in (shared with the chart and the report).
    static QColor responseColour(oncology::Response response);

signals:
    // The user changed a lesion's category, organ or node flag; tracker() holds the change.
    void trackerEdited();
    // Double-click on a lesion's cell: show that lesion at that timepoint.
    void lesionActivated(const QString& lesionId, const QString& studyInstanceUid);

private:
    void rebuild();
    void onItemChanged(QTableWidgetItem* item);
    void onCellDoubleClicked(int row, int column);
    void applyEdit(const std::function<bool(oncology::LesionTracker&)>& edit);

    QTableWidget* m_table = nullptr;
    QLabel* m_issues = nullptr;
    oncology::LesionTracker m_tracker;
    oncology::RecistEvaluation m_evaluation;
    std::vector<QString> m_rowLesionIds;   // per table row; empty for summary rows
    bool m_rebuilding = false;
};

} // namespace continuum::app
