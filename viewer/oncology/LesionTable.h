#pragma once
#include "LesionTracker.h"
#include "RecistTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace continuum::oncology {

// The lesion table as text (lesions x timepoints, then sums, changes and responses), shared by
// the table widget and the tumor-board report so both say the same thing.
class LesionTable {
public:
    enum class RowKind { Lesion, Sum, ChangeFromBaseline, ChangeFromNadir, TargetResponse, NonTargetResponse, NewLesions, OverallResponse };

    struct Cell {
        QString text;
        QString toolTip;   // the reason behind a response, the basis of a diameter
        std::optional<Response> response;   // set on response rows
    };

    struct Row {
        RowKind kind = RowKind::Lesion;
        QString lesionId;   // Lesion rows
        QString title;      // lesion label (or id), or the summary's name
        QString category;
        QString organ;
        QString node;       // "yes" / "no" for lesions
        std::vector<Cell> cells;   // one per timepoint
    };

    LesionTable(const LesionTracker& tracker, const RecistEvaluation& evaluation);

    // "Lesion", "Category", "Organ", "Node": the columns before the timepoints.
    static QStringList fixedColumnHeaders();
    static constexpr int kFixedColumns = 4;
    // One per timepoint, oldest first: "2010-06-30" and "baseline" on a second line.
    QStringList timepointHeaders() const { return m_timepointHeaders; }
    const std::vector<Row>& rows() const { return m_rows; }

    // "23.4 mm", "23.4 x 15.2 mm", "absent", "NE"... for one lesion at one timepoint.
    static Cell lesionCell(const Lesion& lesion, const LesionObservation* observation);

private:
    QStringList m_timepointHeaders;
    std::vector<Row> m_rows;
};

} // namespace continuum::oncology
