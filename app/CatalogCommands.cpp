#include "CatalogCommands.h"
#include "CommandLineOutput.h"

#include "AppSettings.h"

#include "catalog/Catalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

namespace continuum::app {

namespace {


QString displayName(QString dicomName)
{
    return dicomName.replace(QLatin1Char('^'), QLatin1Char(' ')).trimmed();
}

QCommandLineOption catalogOption()
{
    return QCommandLineOption(QStringLiteral("catalog"), QStringLiteral("Catalog database file (default: $CONTINUUM_CATALOG or the user's data folder)."),
                              QStringLiteral("FILE"));
}

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Index DICOM files into the catalog (files stay where they are unless --copy)."));
    parser.addOption(catalogOption());
    const QCommandLineOption copy(QStringLiteral("copy"), QStringLiteral("Copy the files into the managed store (for media that will be removed)."));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Managed store folder for --copy (default: \"store\" beside the catalog)."),
                                   QStringLiteral("DIR"));
    parser.addOptions({copy, store});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders (searched recursively)."), QStringLiteral("PATH..."));
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    if (parser.positionalArguments().isEmpty())
        return CommandLineOutput::fail(QStringLiteral("import needs at least one PATH"), 2);

    catalog::Catalog catalog;
    const QString path = CatalogCommands::catalogPath(parser.value(QStringLiteral("catalog")));
    if (const auto error = catalog.open(path))
        return CommandLineOutput::fail(QStringLiteral("cannot open the catalog %1: %2").arg(path, *error));
    std::vector<QString> paths;
    for (const QString& p : parser.positionalArguments())
        paths.push_back(p);
    const bool interactive = isatty(fileno(stderr));
    catalog::ImportOptions options;
    if (parser.isSet(copy))
        options.mode = catalog::ImportMode::CopyToStore;
    else if (parser.isSet(store))
        return CommandLineOutput::fail(QStringLiteral("--store needs --copy"), 2);
    options.storeFolder = parser.value(store);
    const catalog::ImportResult result = catalog.importFiles(paths, options, [interactive](int done, int total) {
        if (interactive)
            std::fprintf(stderr, "\r%d/%d files", done, total);
    });
    if (interactive)
        std::fputc('\n', stderr);
    for (const catalog::ImportProblem& problem : result.problems) {
        const char* kind = problem.kind == catalog::ImportProblem::Kind::Conflict ? "conflict"
                         : problem.kind == catalog::ImportProblem::Kind::Skipped  ? "skipped"
                                                                                   : "refused";
        std::printf("%s %s: %s\n", kind, qPrintable(problem.path), qPrintable(problem.reason));
    }
    std::printf("%d files: %d new instances, %d already in the catalog, %d conflicts, %d refused, %d skipped (catalog %s)\n",
                result.filesSeen, result.newInstances, result.alreadyPresent, result.conflicts, result.refused, result.skipped,
                qPrintable(path));
    if (result.failure)
        return CommandLineOutput::fail(QStringLiteral("the catalog failed during the import: %1").arg(*result.failure));
    if (result.newInstances + result.alreadyPresent == 0)
        return CommandLineOutput::fail(QStringLiteral("nothing could be imported"));
    return 0;
}

int runStudies(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the studies in the catalog."));
    parser.addOption(catalogOption());
    const QCommandLineOption patient(QStringLiteral("patient"), QStringLiteral("Name (accents and case ignored), patient ID or accession."), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOptions({patient, json});
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    if (!parser.positionalArguments().isEmpty())
        return CommandLineOutput::fail(QStringLiteral("studies takes no PATH: did you mean `continuum import`?"), 2);

    catalog::Catalog catalog;
    const QString path = CatalogCommands::catalogPath(parser.value(QStringLiteral("catalog")));
    if (const auto error = catalog.open(path))
        return CommandLineOutput::fail(QStringLiteral("cannot open the catalog %1: %2").arg(path, *error));
    catalog::StudyFilter filter;
    filter.text = parser.value(patient);
    const std::vector<catalog::StudyRow> rows = catalog.studies(filter);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const catalog::StudyRow& row : rows) {
            array.append(QJsonObject{
                {QStringLiteral("studyInstanceUid"), row.studyInstanceUid},
                {QStringLiteral("patientName"), row.patientName},
                {QStringLiteral("patientId"), row.patientId},
                {QStringLiteral("patientBirthDate"), row.patientBirthDate.isValid() ? row.patientBirthDate.toString(Qt::ISODate) : QString()},
                {QStringLiteral("patientSex"), row.patientSex},
                {QStringLiteral("studyDate"), row.studyDate.isValid() ? row.studyDate.toString(Qt::ISODate) : QString()},
                {QStringLiteral("accessionNumber"), row.accessionNumber},
                {QStringLiteral("description"), row.description},
                {QStringLiteral("modalities"), row.modalities},
                {QStringLiteral("series"), row.seriesCount},
                {QStringLiteral("instances"), row.instanceCount},
                {QStringLiteral("incompleteSeries"), row.incompleteSeriesCount},
            });
        }
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    // Padding counts characters, not bytes: names come in every script.
    auto column = [](const QString& text, int width) { return text.leftJustified(width, QLatin1Char(' '), true); };
    for (const catalog::StudyRow& row : rows) {
        const QString line = column(row.studyDate.isValid() ? row.studyDate.toString(Qt::ISODate) : QStringLiteral("-"), 10)
                           + QStringLiteral("  ") + column(displayName(row.patientName), 30) + QStringLiteral("  ")
                           + column(row.patientId, 16) + QStringLiteral("  ") + column(row.accessionNumber, 12) + QStringLiteral("  ")
                           + column(row.modalities, 8)
                           + QStringLiteral("  %1 series  %2 images  ").arg(row.seriesCount, 3).arg(row.instanceCount, 5) + row.description
                           + (row.incompleteSeriesCount > 0 ? QStringLiteral("  [%1 series incomplete: import again]").arg(row.incompleteSeriesCount)
                                                            : QString());
        std::printf("%s\n", line.toUtf8().constData());
    }
    std::printf("%zu %s\n", rows.size(), rows.size() == 1 ? "study" : "studies");
    return 0;
}

int runVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check the catalog database and that its files are still on this workstation's disk."));
    parser.addOption(catalogOption());
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    catalog::Catalog catalog;
    const QString path = CatalogCommands::catalogPath(parser.value(QStringLiteral("catalog")));
    if (const auto error = catalog.open(path))
        return CommandLineOutput::fail(QStringLiteral("cannot open the catalog %1: %2").arg(path, *error));
    const QString integrity = catalog.integrityCheck();
    const catalog::FileCheckResult files = catalog.checkFiles();
    if (files.failure)
        return CommandLineOutput::fail(*files.failure);
    std::printf("database: %s\n%d files checked: %d missing, %d back since the last check (catalog %s)\n", qPrintable(integrity),
                files.checked, files.missing, files.reappeared, qPrintable(path));
    if (integrity != QLatin1String("ok"))
        return CommandLineOutput::fail(QStringLiteral("the catalog database is damaged"));
    return files.missing > 0 ? 1 : 0;
}

} // namespace

bool CatalogCommands::isCatalogCommand(const QStringList& arguments)
{
    return arguments.size() > 1
        && (arguments[1] == QLatin1String("import") || arguments[1] == QLatin1String("studies") || arguments[1] == QLatin1String("verify"));
}

int CatalogCommands::run(const QStringList& arguments)
{
    // The parser sees "continuum import ..." as program "continuum" with the rest after the verb.
    QStringList rest = arguments;
    const QString verb = rest.takeAt(1);
    if (verb == QLatin1String("import"))
        return runImport(rest);
    if (verb == QLatin1String("verify"))
        return runVerify(rest);
    return runStudies(rest);
}

QString CatalogCommands::catalogPath(const QString& fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QByteArray fromEnvironment = qgetenv("CONTINUUM_CATALOG");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    // The catalog chosen in the settings dialog (a file or a shared PostgreSQL catalog).
    if (const QString configured = AppSettings().catalogLocation(); !configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("continuum/catalog.sqlite"));
}

} // namespace continuum::app
