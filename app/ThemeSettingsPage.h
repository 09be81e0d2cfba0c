#pragma once
#include "SettingsPage.h"
#include "ThemeManager.h"

class QButtonGroup;
class QLabel;

namespace continuum::app {

// The look of the whole application: system, dark reading room or high contrast. A choice is
// applied at once (ThemeManager::apply) so the user sees it; the dialog goes back to the stored
// theme when cancelled.
class ThemeSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit ThemeSettingsPage(QWidget* parent = nullptr);

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    Theme chosenTheme() const;
    // Selects and applies the theme.
    void chooseTheme(Theme theme);

private:
    void applyChosen();

    QButtonGroup* m_themes = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace continuum::app
