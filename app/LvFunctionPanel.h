#pragma once
#include "cardiac/LvFunctionAssessment.h"

#include <QWidget>

class QLabel;

namespace continuum::app {

// Left-ventricular function at a glance: the ED/ES frames marked in each apical loop, the ED and
// ES volumes with the method that gave them, the ejection fraction, and what is still missing.
// Shows a cardiac::LvFunctionAssessment; frames are shown 1-based, as the frame counter does.
// Child labels are named (objectName) "fourChamberMarks", "twoChamberMarks", "endDiastolicVolume",
// "endSystolicVolume", "ejectionFraction", "missing".
class LvFunctionPanel : public QWidget {
    Q_OBJECT

public:
    explicit LvFunctionPanel(QWidget* parent = nullptr);

    void setAssessment(const cardiac::LvFunctionAssessment& assessment);
    const cardiac::LvFunctionAssessment& assessment() const { return m_assessment; }

private:
    QString marksText(cardiac::LvFunctionAssessment::View view) const;
    QString volumeText(const QString& name, const cardiac::LvFunctionAssessment::PhaseVolume& volume) const;
    void refresh();

    cardiac::LvFunctionAssessment m_assessment;
    QLabel* m_fourChamber = nullptr;
    QLabel* m_twoChamber = nullptr;
    QLabel* m_endDiastolic = nullptr;
    QLabel* m_endSystolic = nullptr;
    QLabel* m_ejectionFraction = nullptr;
    QLabel* m_missing = nullptr;
};

} // namespace continuum::app
