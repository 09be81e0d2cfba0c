#include "StoreCommands.h"
#include "CommandLineOutput.h"

#include "AppSettings.h"

#include "CatalogCommands.h"

#include "audit/AuditTrail.h"
#include "catalog/Catalog.h"
#include "catalog/StoreJanitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace continuum::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::StoreCommands", text);
}


QString size(qint64 bytes)
{
    if (bytes >= qint64(1) << 30)
        return QStringLiteral("%1 GiB").arg(static_cast<double>(bytes) / double(qint64(1) << 30), 0, 'f', 2);
    return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / double(1 << 20), 0, 'f', 1);
}

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}


} // namespace

bool StoreCommands::isStoreCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == QLatin1String("store");
}

int StoreCommands::run(const QStringList& arguments)
{
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The managed store: its size, and evicting studies that can be retrieved again."));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), tr("Catalog database file or postgresql:// URL."), QStringLiteral("FILE"));
    const QCommandLineOption maxSize(QStringLiteral("max-size-gib"), tr("Size limit in GiB (default: the setting store/maxSizeGiB; 0 = none)."),
                                     QStringLiteral("N"));
    const QCommandLineOption maxAge(QStringLiteral("max-age-days"), tr("Evict studies not used for N days (default: store/maxAgeDays; 0 = none)."),
                                    QStringLiteral("N"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Say what would be evicted; delete nothing."));
    const QCommandLineOption store(QStringLiteral("store"), tr("Managed store folder (default: the catalog's)."), QStringLiteral("DIR"));
    parser.addHelpOption();
    parser.addOptions({catalogOption, maxSize, maxAge, dryRun, store});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status or prune"));
    if (const auto exitCode = CommandLineOutput::parseOrExit(parser, rest))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != QLatin1String("status") && positional[0] != QLatin1String("prune")))
        return CommandLineOutput::fail(tr("usage: continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog FILE]"), 2);

    const AppSettings configured;
    bool ok = true;
    const double gib = parser.isSet(maxSize) ? parser.value(maxSize).toDouble(&ok) : configured.storeMaxSizeGiB();
    if (!ok || gib < 0)
        return CommandLineOutput::fail(tr("--max-size-gib needs a number of GiB (0 = no limit)"), 2);
    const int days = parser.isSet(maxAge) ? parser.value(maxAge).toInt(&ok) : configured.storeMaxAgeDays();
    if (!ok || days < 0)
        return CommandLineOutput::fail(tr("--max-age-days needs a whole number of days (0 = no limit)"), 2);
    catalog::StoreLimits limits;
    limits.maxBytes = static_cast<qint64>(gib * double(qint64(1) << 30));
    limits.maxAgeDays = days;

    catalog::Catalog catalog;
    const QString path = CatalogCommands::catalogPath(parser.value(catalogOption));
    if (const auto error = catalog.open(path))
        return CommandLineOutput::fail(tr("cannot open the catalog %1: %2").arg(path, *error));
    catalog::StoreJanitor janitor(catalog, parser.value(store));

    if (positional[0] == QLatin1String("status")) {
        QString error;
        const auto status = janitor.status(&error);
        if (!status)
            return CommandLineOutput::fail(error);
        for (const catalog::StoredStudy& study : status->studies) {
            QString state = tr("retrievable again");
            if (study.unsentCreated > 0)
                state = tr("%1 unsent object(s) created here").arg(study.unsentCreated);
            else if (study.notRefetchableFiles > 0)
                state = tr("copied from media, a folder or a push: kept");
            const QDateTime used = std::max(study.lastOpenedAt, study.lastArrivedAt);
            CommandLineOutput::printLine(QStringLiteral("%1  %2  %3 files  used %4  %5")
                          .arg(study.studyUid.leftJustified(40, QLatin1Char(' '), true))
                          .arg(size(study.managedBytes), 10)
                          .arg(study.managedFiles, 5)
                          .arg(when(used), state));
        }
        CommandLineOutput::printLine(tr("%1 in %2 files of %3 studies in %4; %5 can be evicted; limits: %6, %7")
                      .arg(size(status->bytes))
                      .arg(status->files)
                      .arg(status->studies.size())
                      .arg(status->storeRoot, size(status->refetchableBytes),
                           limits.maxBytes > 0 ? size(limits.maxBytes) : tr("no size limit"),
                           limits.maxAgeDays > 0 ? tr("%1 days").arg(limits.maxAgeDays) : tr("no age limit")));
        return 0;
    }

    if (limits.maxBytes == 0 && limits.maxAgeDays == 0)
        return CommandLineOutput::fail(tr("no limit is set: give --max-size-gib or --max-age-days, or set them in the settings"), 2);
    // The evictions go to syslog too when an audit repository is configured.
    audit::AuditTrail trail(catalog);
    trail.setSyslogTarget(configured.syslogTarget());
    janitor.setAuditRecorder([&trail](catalog::AuditEvent event) { return trail.record(std::move(event)); });
    // A study open in a running window is not known here: the command line prunes what is not
    // open in this process; the application passes its open studies.
    const catalog::StoreJanitor::Report report = janitor.prune(limits, {}, parser.isSet(dryRun));
    for (const auto& study : report.evicted)
        CommandLineOutput::printLine(QStringLiteral("%1 %2  %3  %4 files  used %5  (%6)")
                      .arg(report.dryRun ? tr("would evict") : tr("evicted"), study.studyUid)
                      .arg(size(study.bytes))
                      .arg(study.files)
                      .arg(when(study.lastUsed), catalog::StoreJanitor::reasonText(study.reason)));
    for (const auto& study : report.kept)
        if (study.reason != catalog::StoreJanitor::KeepReason::WithinLimits)
            CommandLineOutput::printLine(QStringLiteral("%1 %2  %3  (%4)").arg(tr("kept"), study.studyUid, size(study.bytes), study.detail));
    for (const QString& error : report.errors)
        std::fprintf(stderr, "continuum: %s\n", qPrintable(error));
    CommandLineOutput::printLine(tr("%1 %2 (%3 files); the store holds %4 of managed copies%5")
                  .arg(report.dryRun ? tr("would free") : tr("freed"), size(report.bytesFreed))
                  .arg(report.filesDeleted)
                  .arg(size(report.bytesAfter),
                       report.stillOverSizeLimit ? tr(", still over the size limit: the rest is unsent work, open, or copied from media")
                                                 : QString()));
    trail.flush();
    return report.errors.empty() ? 0 : 1;
}

} // namespace continuum::app
