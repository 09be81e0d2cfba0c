#pragma once
#include "oncology/LesionTracker.h"
#include "oncology/RecistTypes.h"

#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLineSeries;

namespace continuum::app {

// Lesion sizes over time (Qt Charts): one line per measured lesion (the diameter RECIST counts:
// short axis for nodes, long axis otherwise) and a bold line for the sum of target diameters;
// dates on the x axis, mm on the y axis; each follow-up's overall response is marked on the sum
// line with its code in the response's colour.
class RecistChartView : public QWidget {
    Q_OBJECT
public:
    explicit RecistChartView(QWidget* parent = nullptr);

    void setData(const oncology::LesionTracker& tracker, const oncology::RecistEvaluation& evaluation);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    // The lines shown: one per lesion, then the sum (named after what they show).
    std::vector<QLineSeries*> lines() const;
    // The response labels drawn on the sum line ("PD"...), oldest first.
    QStringList responseLabels() const;

private:
    void placeResponseLabels();

    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    struct ResponseMark {
        QGraphicsSimpleTextItem* item = nullptr;
        QPointF value;   // (ms since epoch, mm)
    };
    std::vector<ResponseMark> m_marks;
};

} // namespace continuum::app
