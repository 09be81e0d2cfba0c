#include "ThemeSettingsPage.h"

#include "AppSettings.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace continuum::app {

ThemeSettingsPage::ThemeSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* box = new QGroupBox(tr("Theme"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_themes = new QButtonGroup(this);
    for (Theme theme : ThemeManager::themes()) {
        auto* button = new QRadioButton(ThemeManager::displayName(theme), box);
        button->setObjectName(QStringLiteral("theme-") + ThemeManager::key(theme));
        button->setAccessibleName(tr("%1 theme").arg(ThemeManager::displayName(theme)));
        button->setAccessibleDescription(ThemeManager::description(theme));
        m_themes->addButton(button, int(theme));
        boxLayout->addWidget(button);
        auto* description = new QLabel(ThemeManager::description(theme), box);
        description->setWordWrap(true);
        description->setIndent(description->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
        boxLayout->addWidget(description);
    }
    m_themes->button(int(Theme::System))->setChecked(true);
    layout->addWidget(box);
    auto* notes = new QLabel(tr("The theme applies to every window at once."), this);
    notes->setWordWrap(true);
    layout->addWidget(notes);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_themes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            applyChosen();
    });
}

void ThemeSettingsPage::load(const AppSettings& settings)
{
    chooseTheme(ThemeManager::fromKey(settings.themeKey()).value_or(Theme::System));
}

std::optional<QString> ThemeSettingsPage::save(AppSettings& settings)
{
    settings.setThemeKey(chosenTheme() == Theme::System ? QString() : ThemeManager::key(chosenTheme()));
    return std::nullopt;
}

Theme ThemeSettingsPage::chosenTheme() const
{
    const int id = m_themes->checkedId();
    return id < 0 ? Theme::System : Theme(id);
}

void ThemeSettingsPage::chooseTheme(Theme theme)
{
    m_themes->button(int(theme))->setChecked(true);
    applyChosen();   // also when it was checked already: the application may show another
}

void ThemeSettingsPage::applyChosen()
{
    const std::optional<QString> error = ThemeManager::current() == chosenTheme() ? std::nullopt : ThemeManager::apply(chosenTheme());
    m_problem->setText(error.value_or(QString()));
    m_problem->setVisible(error.has_value());
}

} // namespace continuum::app
