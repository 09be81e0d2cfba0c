#pragma once
#include <QString>

#include <optional>

class QWidget;

namespace continuum::catalog {
class CatalogLocation;
}

namespace continuum::app {

// The password of a shared (PostgreSQL) catalog: kept in the desktop keyring (or this process's
// memory without one) under the catalog's URL without password; asked for when the server
// refuses. Never in settings or logs. Use from the GUI thread (the keyring answers over D-Bus).
class CatalogCredentials {
public:
    static std::optional<QString> stored(const catalog::CatalogLocation& location);
    // Asks the user; the answer is stored. nullopt when the user cancels.
    static std::optional<QString> ask(QWidget* parent, const catalog::CatalogLocation& location, const QString& serverMessage);
    // libpq's words for "a password is needed or was wrong".
    static bool isPasswordProblem(const QString& error);
};

} // namespace continuum::app
