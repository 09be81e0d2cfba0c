#pragma once
#include "SettingsPage.h"

class QSpinBox;

namespace continuum::app {

// The memory each cine viewport may fill with decoded frames ahead of the play position
// (cine::FrameCache's budget, set through render::CineViewport::setCacheBudgetBytes). More
// memory lets longer loops play without decoding again. Used from the next loop opened.
class CineSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit CineSettingsPage(QWidget* parent = nullptr);

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    int budgetMiB() const;
    void setBudgetMiB(int mebibytes);

private:
    QSpinBox* m_budget = nullptr;
};

} // namespace continuum::app
