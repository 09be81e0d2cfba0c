#pragma once
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace continuum::app {

// Installs the translators for the language chosen in the settings ("" follows the system
// locale): Qt's own (qtbase_<lang>.qm from Qt's translations folder) and the viewer's
// (continuum_<lang>.qm) from the first translations folder that has one:
// $CONTINUUM_TRANSLATIONS, <exe>/translations, <exe>/../share/continuum/translations, the
// installed data folder, then the :/i18n resource. A language with no file yet leaves English.
// With an explicit language, QLocale's default follows it too (dates and numbers).
class TranslationLoader {
public:
    // Returns the .qm files loaded (empty when none was found). Call once, after the
    // application object exists and before any window is built.
    static QStringList install(QCoreApplication& application, const QString& language);
    static QStringList searchFolders();
};

} // namespace continuum::app
