#include "CatalogTypes.h"

#include <array>
#include <utility>

namespace continuum::catalog {

namespace {

// The names the CLI prints and accepts; the same spelling as the enumerators.
constexpr std::array<std::pair<AuditAction, const char*>, 11> kActionNames{{
    {AuditAction::StudyOpened, "StudyOpened"},
    {AuditAction::StudyExported, "StudyExported"},
    {AuditAction::StudySent, "StudySent"},
    {AuditAction::StudyRetrieved, "StudyRetrieved"},
    {AuditAction::StudyImported, "StudyImported"},
    {AuditAction::StudyDeleted, "StudyDeleted"},
    {AuditAction::UserSwitched, "UserSwitched"},
    {AuditAction::SessionLocked, "SessionLocked"},
    {AuditAction::SessionUnlocked, "SessionUnlocked"},
    {AuditAction::ApplicationStarted, "ApplicationStarted"},
    {AuditAction::ApplicationStopped, "ApplicationStopped"},
}};

} // namespace

QString auditActionName(AuditAction action)
{
    for (const auto& [value, name] : kActionNames)
        if (value == action)
            return QString::fromLatin1(name);
    return QString::number(static_cast<int>(action));
}

std::optional<AuditAction> auditActionFromName(const QString& name)
{
    for (const auto& [value, known] : kActionNames)
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

} // namespace continuum::catalog
