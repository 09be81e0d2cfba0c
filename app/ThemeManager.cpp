#include "ThemeManager.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

// The theme files are compiled into continuum_app_core, a static library: register them
// explicitly or the linker drops the resource initialiser.
static void registerThemeResources()
{
    Q_INIT_RESOURCE(continuum_resources);
}

namespace continuum::app {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("continuum::app::ThemeManager", text);
}

// What the application looked like before any theme: "System" goes back to it.
struct StartupLook {
    QPalette palette;
    QString styleName;
    QString styleSheet;
};

StartupLook& startupLook()
{
    static StartupLook look{QApplication::palette(), QApplication::style() ? QApplication::style()->name() : QString(), qApp->styleSheet()};
    return look;
}

Theme g_current = Theme::System;

std::optional<QString> readResource(const QString& path, QByteArray* data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return translate("Cannot read the theme file %1: %2").arg(path, file.errorString());
    *data = file.readAll();
    return std::nullopt;
}

// Palette roles by name ("Window": "#202124"), for one colour group or all of them.
std::optional<QString> setRoles(QPalette& palette, const QJsonObject& roles, std::optional<QPalette::ColorGroup> group, const QString& file)
{
    const QMetaEnum roleEnum = QMetaEnum::fromType<QPalette::ColorRole>();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        bool ok = false;
        const int role = roleEnum.keyToValue(it.key().toLatin1().constData(), &ok);
        const QColor colour = QColor::fromString(it.value().toString());
        if (!ok || !colour.isValid())
            return translate("%1: \"%2\": \"%3\" is not a palette role and colour").arg(file, it.key(), it.value().toString());
        if (group)
            palette.setColor(*group, QPalette::ColorRole(role), colour);
        else
            palette.setColor(QPalette::ColorRole(role), colour);
    }
    return std::nullopt;
}

} // namespace

std::vector<Theme> ThemeManager::themes()
{
    return {Theme::System, Theme::DarkReadingRoom, Theme::HighContrast};
}

QString ThemeManager::key(Theme theme)
{
    switch (theme) {
    case Theme::DarkReadingRoom: return QStringLiteral("dark-reading-room");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> ThemeManager::fromKey(const QString& text)
{
    for (Theme theme : themes())
        if (key(theme) == text)
            return theme;
    return std::nullopt;
}

QString ThemeManager::displayName(Theme theme)
{
    switch (theme) {
    case Theme::DarkReadingRoom: return translate("Dark reading room");
    case Theme::HighContrast: return translate("High contrast");
    case Theme::System: break;
    }
    return translate("System");
}

QString ThemeManager::description(Theme theme)
{
    switch (theme) {
    case Theme::DarkReadingRoom: return translate("Dim grey panels that do not glare beside the images in a darkened reading room.");
    case Theme::HighContrast: return translate("Black and white with yellow selection and thick focus frames, for low vision.");
    case Theme::System: break;
    }
    return translate("The colours and style of the desktop.");
}

std::optional<QString> ThemeManager::apply(Theme theme)
{
    StartupLook& look = startupLook();   // captured before the first change
    if (theme == Theme::System) {
        if (!look.styleName.isEmpty() && QApplication::style()->name() != look.styleName)
            QApplication::setStyle(QStyleFactory::create(look.styleName));
        QApplication::setPalette(look.palette);
        qApp->setStyleSheet(look.styleSheet);
        g_current = theme;
        return std::nullopt;
    }
    registerThemeResources();
    const QString base = QStringLiteral(":/continuum/themes/") + key(theme);
    QByteArray json;
    QByteArray styleSheet;
    if (auto error = readResource(base + QStringLiteral(".json"), &json))
        return error;
    if (auto error = readResource(base + QStringLiteral(".qss"), &styleSheet))
        return error;
    QJsonParseError parseError;
    const QJsonObject definition = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return translate("%1.json: %2").arg(base, parseError.errorString());
    // A palette over the style's own: the platform style may ignore palette colours, Fusion does not.
    const QString styleName = definition.value(QStringLiteral("style")).toString();
    QStyle* style = styleName.isEmpty() ? nullptr : QStyleFactory::create(styleName);
    if (!styleName.isEmpty() && !style)
        return translate("%1.json: the style \"%2\" is not available").arg(base, styleName);
    QPalette palette = style ? style->standardPalette() : look.palette;
    if (auto error = setRoles(palette, definition.value(QStringLiteral("palette")).toObject(), std::nullopt, base + QStringLiteral(".json")))
        return error;
    if (auto error = setRoles(palette, definition.value(QStringLiteral("disabled")).toObject(), QPalette::Disabled, base + QStringLiteral(".json")))
        return error;
    if (style && QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);   // the application takes ownership
    else
        delete style;
    QApplication::setPalette(palette);
    qApp->setStyleSheet(QString::fromUtf8(styleSheet));
    g_current = theme;
    return std::nullopt;
}

Theme ThemeManager::current()
{
    return g_current;
}

} // namespace continuum::app
