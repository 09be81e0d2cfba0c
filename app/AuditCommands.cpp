#include "AuditCommands.h"
#include "CommandLineOutput.h"

#include "CatalogCommands.h"

#include "catalog/Catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace continuum::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::AuditCommands", text);
}


// An ISO 8601 date or date and time; a time without zone is local time.
std::optional<QDateTime> instant(const QString& text, bool endOfDay)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        at = endOfDay ? date.endOfDay() : date.startOfDay();
    }
    return at.toUTC();
}

QString outcomeName(catalog::AuditOutcome outcome)
{
    switch (outcome) {
    case catalog::AuditOutcome::Success: return QStringLiteral("ok");
    case catalog::AuditOutcome::MinorFailure: return QStringLiteral("minor failure");
    case catalog::AuditOutcome::SeriousFailure: return QStringLiteral("serious failure");
    case catalog::AuditOutcome::MajorFailure: return QStringLiteral("major failure");
    }
    return {};
}

} // namespace

bool AuditCommands::isAuditCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == QLatin1String("audit");
}

int AuditCommands::run(const QStringList& arguments)
{
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The audit trail: who opened, exported, sent, retrieved or deleted which study, and when."));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), tr("Catalog database file or postgresql:// URL."), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("From this date or time (ISO 8601, local time unless a zone is given)."),
                                  QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Up to this date (whole day) or time."), QStringLiteral("ISO"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Events of this user only."), QStringLiteral("U"));
    const QCommandLineOption study(QStringLiteral("study"), tr("Events of this Study Instance UID only."), QStringLiteral("UID"));
    const QCommandLineOption action(QStringLiteral("action"), tr("Events of this action only (StudyOpened, StudySent...)."), QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N events, newest first (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    parser.addHelpOption();
    parser.addOptions({catalogOption, from, to, user, study, action, limit});
    parser.addPositionalArgument(QStringLiteral("list"), tr("List the events."));
    if (const auto exitCode = CommandLineOutput::parseOrExit(parser, rest))
        return *exitCode;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return CommandLineOutput::fail(tr("usage: continuum audit list [--from ISO --to ISO --user U --study UID --action NAME --limit N] [--catalog FILE]"), 2);

    catalog::AuditFilter filter;
    if (parser.isSet(from)) {
        const auto at = instant(parser.value(from), false);
        if (!at)
            return CommandLineOutput::fail(tr("--from needs an ISO 8601 date or time, such as 2026-03-01 or 2026-03-01T08:00"), 2);
        filter.from = *at;
    }
    if (parser.isSet(to)) {
        const auto at = instant(parser.value(to), true);
        if (!at)
            return CommandLineOutput::fail(tr("--to needs an ISO 8601 date or time, such as 2026-03-31"), 2);
        filter.to = *at;
    }
    filter.user = parser.value(user);
    filter.studyUid = parser.value(study);
    if (parser.isSet(action)) {
        filter.action = catalog::auditActionFromName(parser.value(action));
        if (!filter.action)
            return CommandLineOutput::fail(tr("unknown action %1").arg(parser.value(action)), 2);
    }
    bool ok = false;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit <= 0)
        return CommandLineOutput::fail(tr("--limit needs a positive number"), 2);

    catalog::Catalog catalog;
    const QString path = CatalogCommands::catalogPath(parser.value(catalogOption));
    if (const auto error = catalog.open(path))
        return CommandLineOutput::fail(tr("cannot open the catalog %1: %2").arg(path, *error));
    const auto events = catalog.auditEvents(filter);
    // Patient identity stays out of terminal output (it may end in logs): the study UID names it.
    auto column = [](const QString& text, int width) { return text.leftJustified(width, QLatin1Char(' '), true); };
    std::printf("%s\n", qPrintable(column(tr("time"), 19) + QStringLiteral("  ") + column(tr("user"), 12) + QStringLiteral("  ")
                                   + column(tr("action"), 18) + QStringLiteral("  ") + column(tr("outcome"), 13) + QStringLiteral("  ")
                                   + column(tr("study"), 40) + QStringLiteral("  ") + tr("node / detail")));
    for (const catalog::AuditEvent& event : events) {
        QString where = event.remoteNode;
        if (!event.detail.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral("  ")) + event.detail;
        const QString line = column(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), 19) + QStringLiteral("  ")
                           + column(event.user, 12) + QStringLiteral("  ") + column(catalog::auditActionName(event.action), 18)
                           + QStringLiteral("  ") + column(outcomeName(event.outcome), 13) + QStringLiteral("  ")
                           + column(event.studyUid.isEmpty() ? QStringLiteral("-") : event.studyUid, 40) + QStringLiteral("  ") + where;
        std::printf("%s\n", line.toUtf8().constData());
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate("continuum::app::AuditCommands", "%n event(s)", nullptr, int(events.size()))));
    return 0;
}

} // namespace continuum::app
