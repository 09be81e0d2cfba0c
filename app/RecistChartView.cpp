#include "RecistChartView.h"

#include "LesionTableView.h"

#include "oncology/RecistEvaluator.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <cmath>

namespace continuum::app {

using namespace oncology;

namespace {

qreal axisTime(QDate date)
{
    return static_cast<qreal>(date.startOfDay(Qt::UTC).addSecs(12 * 3600).toMSecsSinceEpoch());
}

// The diameter a lesion shows on the chart at one timepoint, when it has one.
std::optional<double> chartDiameter(const Lesion& lesion, const LesionObservation* observation)
{
    if (!observation)
        return std::nullopt;
    if (lesion.category == LesionCategory::Target)
        return RecistEvaluator::targetDiameter(lesion, observation).diameterMm;
    if (observation->assessment == LesionAssessment::Absent)
        return 0.0;
    if (lesion.lymphNode && observation->shortAxis)
        return observation->shortAxis->lengthMm;
    if (observation->longAxis)
        return observation->longAxis->lengthMm;
    return std::nullopt;
}

} // namespace

RecistChartView::RecistChartView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setChart(m_chart);   // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setTitle(tr("Lesion diameters and sum over time"));
    connect(m_chart, &QChart::plotAreaChanged, this, &RecistChartView::placeResponseLabels);
}

void RecistChartView::setData(const LesionTracker& tracker, const RecistEvaluation& evaluation)
{
    for (ResponseMark& mark : m_marks)
        delete mark.item;
    m_marks.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    xAxis->setTitleText(tr("Study date"));
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Diameter (mm)"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    const auto& timepoints = tracker.timepoints();
    double maximum = 10.0;
    auto attach = [&](QAbstractSeries* series) {
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };
    for (const Lesion& lesion : tracker.lesions()) {
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("%1 %2").arg(lesion.id, lesion.label.isEmpty() ? lesion.organ : lesion.label).trimmed());
        line->setPointsVisible(true);
        for (const Timepoint& timepoint : timepoints) {
            if (!timepoint.date.isValid())
                continue;
            if (const auto diameter = chartDiameter(lesion, lesion.observation(timepoint.studyInstanceUid))) {
                line->append(axisTime(timepoint.date), *diameter);
                maximum = std::max(maximum, *diameter);
            }
        }
        if (line->count() == 0) {
            delete line;   // non-targets assessed only in words have nothing to draw
            continue;
        }
        if (lesion.category != LesionCategory::Target) {
            QPen pen = line->pen();
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        }
        attach(line);
    }

    auto* sum = new QLineSeries;
    sum->setName(tr("Sum of target diameters"));
    QPen sumPen(QColor(0x21, 0x21, 0x21));
    sumPen.setWidthF(3.0);
    sum->setPen(sumPen);
    sum->setPointsVisible(true);
    for (const TimepointAssessment& assessment : evaluation.timepoints) {
        if (!assessment.timepoint.date.isValid() || assessment.targets.empty())
            continue;
        sum->append(axisTime(assessment.timepoint.date), assessment.sumMm);
        maximum = std::max(maximum, assessment.sumMm);
    }
    attach(sum);

    // Response markers: one scatter series per response so the legend explains the colours.
    std::map<Response, QScatterSeries*> markers;
    for (const TimepointAssessment& assessment : evaluation.timepoints) {
        if (assessment.baseline || !assessment.timepoint.date.isValid())
            continue;
        const Response response = assessment.overall.response;
        QScatterSeries*& marker = markers[response];
        if (!marker) {
            marker = new QScatterSeries;
            marker->setName(tr("Overall %1").arg(responseCode(response)));
            marker->setColor(LesionTableView::responseColour(response));
            marker->setBorderColor(Qt::white);
            marker->setMarkerSize(16.0);
            attach(marker);
        }
        const QPointF value(axisTime(assessment.timepoint.date), assessment.targets.empty() ? 0.0 : assessment.sumMm);
        marker->append(value);
        auto* label = new QGraphicsSimpleTextItem(responseCode(response), m_chart);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        label->setFont(font);
        label->setBrush(LesionTableView::responseColour(response));
        label->setZValue(10);
        m_marks.push_back({label, value});
    }

    if (!timepoints.empty()) {
        QDate first = timepoints.front().date, last = timepoints.back().date;
        if (first.isValid() && last.isValid()) {
            // A margin on both sides so the first and last points are not on the frame.
            const qint64 span = std::max<qint64>(first.daysTo(last), 30);
            xAxis->setRange(first.addDays(-span / 10).startOfDay(Qt::UTC), last.addDays(span / 10 + 1).startOfDay(Qt::UTC));
            xAxis->setTickCount(std::clamp(static_cast<int>(timepoints.size()) + 1, 3, 8));
        }
    }
    yAxis->setRange(0.0, std::ceil(maximum * 1.15 / 10.0) * 10.0);
    yAxis->applyNiceNumbers();
    placeResponseLabels();
}

std::vector<QLineSeries*> RecistChartView::lines() const
{
    std::vector<QLineSeries*> result;
    for (QAbstractSeries* series : m_chart->series())
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            result.push_back(static_cast<QLineSeries*>(series));
    return result;
}

QStringList RecistChartView::responseLabels() const
{
    QStringList result;
    for (const ResponseMark& mark : m_marks)
        result << mark.item->text();
    return result;
}

void RecistChartView::placeResponseLabels()
{
    for (ResponseMark& mark : m_marks) {
        const QPointF position = m_chart->mapToPosition(mark.value);
        const QRectF box = mark.item->boundingRect();
        mark.item->setPos(position.x() - box.width() / 2.0, position.y() - box.height() - 12.0);
    }
}

} // namespace continuum::app
