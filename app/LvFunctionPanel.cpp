#include "LvFunctionPanel.h"

#include <QFont>
#include <QLabel>
#include <QVBoxLayout>

namespace continuum::app {
namespace {

QLabel* addLabel(QVBoxLayout* layout, const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

QString frameList(const std::vector<int>& frames)
{
    QStringList numbers;
    for (const int f : frames)
        numbers << QString::number(f + 1);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

LvFunctionPanel::LvFunctionPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("LV function"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_fourChamber = addLabel(layout, "fourChamberMarks");
    m_twoChamber = addLabel(layout, "twoChamberMarks");
    m_endDiastolic = addLabel(layout, "endDiastolicVolume");
    m_endSystolic = addLabel(layout, "endSystolicVolume");
    m_ejectionFraction = addLabel(layout, "ejectionFraction");
    m_ejectionFraction->setFont(bold);
    m_missing = addLabel(layout, "missing");
    layout->addStretch(1);
    refresh();
}

void LvFunctionPanel::setAssessment(const cardiac::LvFunctionAssessment& assessment)
{
    m_assessment = assessment;
    refresh();
}

QString LvFunctionPanel::marksText(cardiac::LvFunctionAssessment::View view) const
{
    const QString name = cardiac::LvFunctionAssessment::viewName(view);
    const QString loop = m_assessment.loopLabel(view);
    if (loop.isEmpty())
        return tr("%1: no loop").arg(name);
    const cardiac::EdEsMarks& marks = m_assessment.marks(view);
    const QString ed = marks.endDiastoleFrames.empty() ? tr("none marked") : frameList(marks.endDiastoleFrames);
    const QString es = marks.endSystoleFrames.empty() ? tr("none marked") : frameList(marks.endSystoleFrames);
    return tr("%1 (%2): ED frame %3; ES frame %4").arg(name, loop, ed, es);
}

QString LvFunctionPanel::volumeText(const QString& name, const cardiac::LvFunctionAssessment::PhaseVolume& volume) const
{
    if (!volume.ml || !volume.method)
        return tr("%1: -").arg(name);
    QString method = cardiac::LvVolume::methodName(*volume.method);
    if (volume.singlePlaneView)
        method = tr("%1, %2").arg(method, cardiac::LvFunctionAssessment::viewName(*volume.singlePlaneView));
    return tr("%1: %2 mL (%3)").arg(name).arg(*volume.ml, 0, 'f', 1).arg(method);
}

void LvFunctionPanel::refresh()
{
    using View = cardiac::LvFunctionAssessment::View;
    const auto summary = m_assessment.summary();
    m_fourChamber->setText(marksText(View::ApicalFourChamber));
    m_twoChamber->setText(marksText(View::ApicalTwoChamber));
    m_endDiastolic->setText(volumeText(tr("EDV"), summary.endDiastole));
    m_endSystolic->setText(volumeText(tr("ESV"), summary.endSystole));
    m_ejectionFraction->setText(summary.ejectionFractionPercent
                                    ? tr("EF %1 %").arg(*summary.ejectionFractionPercent, 0, 'f', 0)
                                    : tr("EF: -"));
    if (summary.missing.isEmpty()) {
        m_missing->clear();
        m_missing->hide();
    } else {
        m_missing->setText(tr("Missing:") + QStringLiteral("\n- ") + summary.missing.join(QStringLiteral("\n- ")));
        m_missing->show();
    }
}

} // namespace continuum::app
