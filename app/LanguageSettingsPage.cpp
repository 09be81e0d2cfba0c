#include "LanguageSettingsPage.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace continuum::app {

LanguageSettingsPage::LanguageSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    const QLocale system = QLocale::system();
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    // Each language in its own words, as a user who does not read the current one looks for it.
    for (const QString& code : AppSettings::supportedLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    layout->addLayout(form);
    auto* notes = new QLabel(tr("The language of menus, messages, dates and numbers. It takes effect at the next start of the viewer.\n\n"
                                "Translations are being completed: text not yet translated appears in English."), this);
    notes->setWordWrap(true);
    layout->addWidget(notes);
    layout->addStretch(1);
}

void LanguageSettingsPage::load(const AppSettings& settings)
{
    chooseLanguage(settings.language());
}

std::optional<QString> LanguageSettingsPage::save(AppSettings& settings)
{
    if (auto error = settings.setLanguage(chosenLanguage()))
        return tr("Language: %1").arg(*error);
    return std::nullopt;
}

QString LanguageSettingsPage::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void LanguageSettingsPage::chooseLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace continuum::app
