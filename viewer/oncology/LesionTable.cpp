#include "LesionTable.h"

#include "dicom/LocaleFormat.h"

#include "RecistEvaluator.h"

#include <QCoreApplication>

namespace continuum::oncology {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::oncology::LesionTable", text);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString signedChange(std::optional<double> mm, std::optional<double> percent)
{
    if (!mm)
        return QStringLiteral("\u2014");
    QString text = (*mm >= 0 ? QStringLiteral("+") : QString()) + number(*mm) + QStringLiteral(" mm");
    if (percent)
        text += QStringLiteral(" (") + (*percent >= 0 ? QStringLiteral("+") : QString()) + number(*percent) + QStringLiteral("%)");
    return text;
}

LesionTable::Cell responseCell(const ResponseWithReason& response)
{
    return {responseCode(response.response), response.reason, response.response};
}

} // namespace

QStringList LesionTable::fixedColumnHeaders()
{
    return {tr("Lesion"), tr("Category"), tr("Organ"), tr("Node")};
}

LesionTable::Cell LesionTable::lesionCell(const Lesion& lesion, const LesionObservation* observation)
{
    if (!observation)
        return {QStringLiteral("\u2014"), tr("not recorded at this timepoint"), std::nullopt};
    if (observation->assessment != LesionAssessment::Present || lesion.category == LesionCategory::NonTarget) {
        if (lesion.category == LesionCategory::NonTarget && observation->assessment == LesionAssessment::Present && lesion.lymphNode
            && observation->shortAxis)
            return {tr("present (%1 mm)").arg(number(observation->shortAxis->lengthMm)), assessmentText(observation->assessment), std::nullopt};
        if (lesion.category == LesionCategory::Target && observation->assessment == LesionAssessment::NotEvaluable)
            return {QStringLiteral("NE"), assessmentText(observation->assessment), std::nullopt};
        return {assessmentText(observation->assessment), {}, std::nullopt};
    }
    Cell cell;
    if (observation->longAxis && observation->shortAxis)
        cell.text = QStringLiteral("%1 \u00d7 %2 mm").arg(number(observation->longAxis->lengthMm), number(observation->shortAxis->lengthMm));
    else if (observation->longAxis)
        cell.text = number(observation->longAxis->lengthMm) + QStringLiteral(" mm");
    else if (observation->shortAxis)
        cell.text = number(observation->shortAxis->lengthMm) + QStringLiteral(" mm");
    else
        cell.text = assessmentText(observation->assessment);
    if (lesion.category == LesionCategory::Target) {
        const TargetDiameter diameter = RecistEvaluator::targetDiameter(lesion, observation);
        cell.toolTip = diameter.diameterMm ? tr("counts %1 mm (%2)").arg(number(*diameter.diameterMm), diameter.basis) : diameter.basis;
    }
    return cell;
}

LesionTable::LesionTable(const LesionTracker& tracker, const RecistEvaluation& evaluation)
{
    const auto& timepoints = tracker.timepoints();
    for (std::size_t index = 0; index < timepoints.size(); ++index) {
        QString header = timepoints[index].date.isValid() ? dicom::LocaleFormat::date(timepoints[index].date) : tr("undated");
        header += QLatin1Char('\n') + (index == 0 ? tr("baseline") : tr("follow-up %1").arg(index));
        m_timepointHeaders << header;
    }

    // Targets first, then non-targets, then new lesions, each in the tracker's order.
    for (LesionCategory category : {LesionCategory::Target, LesionCategory::NonTarget, LesionCategory::New}) {
        for (const Lesion& lesion : tracker.lesions()) {
            if (lesion.category != category)
                continue;
            Row row;
            row.kind = RowKind::Lesion;
            row.lesionId = lesion.id;
            row.title = lesion.label.isEmpty() ? lesion.id : QStringLiteral("%1 %2").arg(lesion.id, lesion.label);
            row.category = categoryText(lesion.category);
            row.organ = lesion.organ;
            row.node = lesion.lymphNode ? tr("yes") : tr("no");
            for (const Timepoint& timepoint : timepoints)
                row.cells.push_back(lesionCell(lesion, lesion.observation(timepoint.studyInstanceUid)));
            m_rows.push_back(std::move(row));
        }
    }

    auto summary = [this](RowKind kind, const QString& title) -> Row& {
        Row row;
        row.kind = kind;
        row.title = title;
        m_rows.push_back(std::move(row));
        return m_rows.back();
    };
    m_rows.reserve(m_rows.size() + 7);   // the references below must survive the appends
    Row& sum = summary(RowKind::Sum, tr("Sum of diameters"));
    Row& fromBaseline = summary(RowKind::ChangeFromBaseline, tr("Change from baseline"));
    Row& fromNadir = summary(RowKind::ChangeFromNadir, tr("Change from nadir"));
    Row& target = summary(RowKind::TargetResponse, tr("Target response"));
    Row& nonTarget = summary(RowKind::NonTargetResponse, tr("Non-target response"));
    Row& newLesions = summary(RowKind::NewLesions, tr("New lesions"));
    Row& overall = summary(RowKind::OverallResponse, tr("Overall response"));
    for (const Timepoint& timepoint : timepoints) {
        const TimepointAssessment* assessment = evaluation.timepoint(timepoint.studyInstanceUid);
        if (!assessment) {
            for (Row* row : {&sum, &fromBaseline, &fromNadir, &target, &nonTarget, &newLesions, &overall})
                row->cells.push_back({QStringLiteral("\u2014"), {}, std::nullopt});
            continue;
        }
        Cell sumCell{number(assessment->sumMm) + QStringLiteral(" mm"), {}, std::nullopt};
        if (!assessment->sumComplete) {
            sumCell.text += QStringLiteral(" *");
            sumCell.toolTip = tr("some targets are not evaluable: the sum is partial");
        }
        sum.cells.push_back(sumCell);
        fromBaseline.cells.push_back({signedChange(assessment->changeFromBaselineMm, assessment->changeFromBaselinePercent), {}, std::nullopt});
        Cell nadirCell{signedChange(assessment->changeFromNadirMm, assessment->changeFromNadirPercent), {}, std::nullopt};
        if (assessment->nadirMm)
            nadirCell.toolTip = tr("nadir %1 mm").arg(number(*assessment->nadirMm));
        fromNadir.cells.push_back(nadirCell);
        if (assessment->baseline) {
            const Cell baselineCell{tr("baseline"), assessment->overall.reason, std::nullopt};
            target.cells.push_back(baselineCell);
            nonTarget.cells.push_back(baselineCell);
            newLesions.cells.push_back({QStringLiteral("\u2014"), {}, std::nullopt});
            overall.cells.push_back(baselineCell);
            continue;
        }
        target.cells.push_back(responseCell(assessment->target));
        nonTarget.cells.push_back(responseCell(assessment->nonTarget));
        newLesions.cells.push_back({assessment->newLesionIds.isEmpty() ? tr("no") : tr("yes: %1").arg(assessment->newLesionIds.join(QStringLiteral(", "))),
                                    {}, std::nullopt});
        overall.cells.push_back(responseCell(assessment->overall));
    }
}

} // namespace continuum::oncology
