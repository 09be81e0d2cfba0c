#include "UserSession.h"

#include <pwd.h>
#include <unistd.h>

namespace continuum::app {

UserSession::UserSession(QObject* parent) : UserSession(operatingSystemUser(), parent)
{
}

UserSession::UserSession(const QString& userName, QObject* parent) : QObject(parent), m_userName(userName.trimmed())
{
    Q_ASSERT(!nameProblem(m_userName));
}

QString UserSession::operatingSystemUser()
{
    // The account, not $USER: a shell or a launcher may have changed the variable.
    if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER").trimmed();
    return fromEnvironment.isEmpty() || nameProblem(fromEnvironment) ? QStringLiteral("uid %1").arg(::getuid()) : fromEnvironment;
}

std::optional<QString> UserSession::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the name of the user.");
    if (trimmed.size() > kMaximumNameLength)
        return tr("A user name has at most %1 characters.").arg(kMaximumNameLength);
    for (const QChar character : trimmed) {
        // Control characters would break the audit log's lines and the syslog message.
        if (character.category() == QChar::Other_Control || character.category() == QChar::Other_Format
            || character == QChar::LineSeparator || character == QChar::ParagraphSeparator)
            return tr("A user name cannot hold control characters or line breaks.");
    }
    return std::nullopt;
}

std::optional<QString> UserSession::switchUser(const QString& name)
{
    if (auto problem = nameProblem(name))
        return problem;
    const QString trimmed = name.trimmed();
    if (trimmed == m_userName)
        return std::nullopt;
    const QString previous = m_userName;
    m_userName = trimmed;
    // Announced first: whoever stamps events with "the current user" knows the new one before
    // the UserSwitched event reaches the sink.
    Q_EMIT userChanged(previous, trimmed);
    catalog::AuditEvent event;
    event.action = catalog::AuditAction::UserSwitched;
    event.user = trimmed;
    event.detail = QStringLiteral("previous user: %1").arg(previous);
    record(std::move(event));
    return std::nullopt;
}

void UserSession::setAuditSink(AuditSink sink)
{
    m_sink = std::move(sink);
}

void UserSession::record(catalog::AuditEvent event) const
{
    if (!m_sink)
        return;
    if (event.user.isEmpty())
        event.user = m_userName;
    m_sink(std::move(event));
}

} // namespace continuum::app
