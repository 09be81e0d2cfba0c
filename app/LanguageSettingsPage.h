#pragma once
#include "SettingsPage.h"

class QComboBox;

namespace continuum::app {

// The language of the viewer: the system's, or one of AppSettings::supportedLanguages().
// main.cpp installs the matching translators at start (TranslationLoader), so a change takes
// effect at the next start.
class LanguageSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit LanguageSettingsPage(QWidget* parent = nullptr);

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    // "" for the system's language, else the ISO 639-1 code chosen.
    QString chosenLanguage() const;
    void chooseLanguage(const QString& code);

private:
    QComboBox* m_language = nullptr;
};

} // namespace continuum::app
