#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

namespace continuum::app {

QStringList TranslationLoader::searchFolders()
{
    QStringList folders;
    if (const QString fromEnvironment = qEnvironmentVariable("CONTINUUM_TRANSLATIONS"); !fromEnvironment.isEmpty())
        folders << fromEnvironment;
    const QDir executable(QCoreApplication::applicationDirPath());
    folders << executable.filePath(QStringLiteral("translations"))
            << QDir::cleanPath(executable.filePath(QStringLiteral("../share/continuum/translations")));
    for (const QString& data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir(data).filePath(QStringLiteral("continuum/translations"));
    folders << QStringLiteral(":/i18n");
    folders.removeDuplicates();
    return folders;
}

QStringList TranslationLoader::install(QCoreApplication& application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    QStringList loaded;
    auto load = [&](const QString& name, const QStringList& folders) {
        for (const QString& folder : folders) {
            auto translator = std::make_unique<QTranslator>(&application);
            // QTranslator tries name_fr_FR, name_fr, ... for the locale's UI languages.
            if (translator->load(locale, name, QStringLiteral("_"), folder)) {
                loaded << translator->filePath();
                QCoreApplication::installTranslator(translator.release());   // owned by the application
                return;
            }
        }
    };
    load(QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    load(QStringLiteral("continuum"), searchFolders());
    return loaded;
}

} // namespace continuum::app
