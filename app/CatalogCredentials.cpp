#include "CatalogCredentials.h"

#include "catalog/CatalogLocation.h"
#include "remote/CredentialStore.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace continuum::app {

std::optional<QString> CatalogCredentials::stored(const catalog::CatalogLocation& location)
{
    if (!location.isPostgreSQL())
        return std::nullopt;
    remote::CredentialStore store;
    return store.secret(location.credentialKey(), remote::SecretKind::Password);
}

std::optional<QString> CatalogCredentials::ask(QWidget* parent, const catalog::CatalogLocation& location, const QString& serverMessage)
{
    remote::CredentialStore store;
    bool accepted = false;
    const QString password = QInputDialog::getText(parent, QCoreApplication::translate("CatalogCredentials", "Shared study catalog"),
                                                   QCoreApplication::translate("CatalogCredentials", "%1\n\nPassword of %2 (kept in %3):")
                                                       .arg(serverMessage, location.toString(), store.storageDescription()),
                                                   QLineEdit::Password, {}, &accepted);
    if (!accepted || password.isEmpty())
        return std::nullopt;
    store.store(location.credentialKey(), remote::SecretKind::Password, password);
    return password;
}

bool CatalogCredentials::isPasswordProblem(const QString& error)
{
    return error.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace continuum::app
