#include "ExportCommands.h"
#include "CommandLineOutput.h"

#include "CatalogCommands.h"

#include "catalog/Catalog.h"
#include "export/Deidentifier.h"
#include "export/StudyExporter.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

namespace continuum::app {

namespace {

int failExport(const QString& reason, int code = CommandLineOutput::kFailed)
{
    return CommandLineOutput::fail(reason, code, "continuum export");
}


} // namespace

bool ExportCommands::isExportCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == QLatin1String("export");
}

bool ExportCommands::isDicomUid(const QString& uid)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+$"));
    return uid.size() <= 64 && pattern.match(uid).hasMatch();
}

int ExportCommands::run(const QStringList& arguments)
{
    QStringList rest = arguments;
    rest.removeAt(1);   // the parser sees "continuum export ..." as program "continuum" and options

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a catalogued study to a new folder, optionally anonymized (DICOM PS3.15 Basic "
                                        "Application Level Confidentiality Profile), with a DICOMDIR and an ISO image for CD/USB."));
    parser.addHelpOption();
    const QCommandLineOption studyUid(QStringLiteral("study-uid"), tr("Study Instance UID of the study to export."), QStringLiteral("UID"));
    const QCommandLineOption catalogFile(QStringLiteral("catalog"), tr("Catalog database file (default: $CONTINUUM_CATALOG or the user's data folder)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder to create (must not exist yet, or be empty)."), QStringLiteral("DIR"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"), tr("De-identify per PS3.15 Annex E (Table E.1-1): names, dates, UIDs, private tags..."));
    const QCommandLineOption patientName(QStringLiteral("patient-name"), tr("Patient's Name to write (DICOM form Family^Given; default %1).")
                                                                             .arg(exporting::DeidentificationOptions::defaultPatientName()),
                                         QStringLiteral("NAME"));
    const QCommandLineOption patientId(QStringLiteral("patient-id"), tr("Patient ID to write (default: a new ANON-XXXXXXXX)."), QStringLiteral("ID"));
    const QCommandLineOption retainDates(QStringLiteral("retain-dates"), tr("Retain Longitudinal Temporal Information with Full Dates Option."));
    const QCommandLineOption retainUids(QStringLiteral("retain-uids"), tr("Retain UIDs Option."));
    const QCommandLineOption dicomdir(QStringLiteral("dicomdir"), tr("Write a DICOMDIR (PS3.10/PS3.11 General Purpose profile)."));
    const QCommandLineOption iso(QStringLiteral("iso"), tr("Also write an ISO 9660 image of the folder for CD/DVD or USB (implies --dicomdir)."),
                                 QStringLiteral("FILE"));
    parser.addOptions({studyUid, catalogFile, out, anonymize, patientName, patientId, retainDates, retainUids, dicomdir, iso});
    if (const auto exitCode = CommandLineOutput::parseOrExit(parser, rest, "continuum export"))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return failExport(tr("unexpected argument \"%1\": export takes options only").arg(parser.positionalArguments().first()), 2);
    if (!parser.isSet(studyUid) || parser.value(studyUid).trimmed().isEmpty())
        return failExport(tr("export needs --study-uid UID (list them with `continuum studies --json`)"), 2);
    const QString uid = parser.value(studyUid).trimmed();
    if (!isDicomUid(uid))
        return failExport(tr("--study-uid: \"%1\" is not a DICOM UID (digits and dots, at most 64 characters)").arg(uid), 2);
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        return failExport(tr("export needs --out DIR (a new or empty folder)"), 2);
    for (const QCommandLineOption* option : {&patientName, &patientId, &retainDates, &retainUids})
        if (parser.isSet(*option) && !parser.isSet(anonymize))
            return failExport(tr("--%1 needs --anonymize").arg(option->names().first()), 2);
    if (parser.isSet(iso) && parser.value(iso).trimmed().isEmpty())
        return failExport(tr("--iso needs a FILE"), 2);

    exporting::ExportRequest request;
    request.targetFolder = parser.value(out);
    request.anonymize = parser.isSet(anonymize);
    request.writeDicomdir = parser.isSet(dicomdir);
    request.isoImagePath = parser.value(iso);
    if (request.anonymize) {
        request.deidentification.retainLongitudinalFullDates = parser.isSet(retainDates);
        request.deidentification.retainUids = parser.isSet(retainUids);
        if (parser.isSet(patientName)) {
            if (const QString problem = exporting::Deidentifier::problemWithPatientName(parser.value(patientName)); !problem.isEmpty())
                return failExport(QStringLiteral("--patient-name: ") + problem, 2);
            request.deidentification.patientName = parser.value(patientName);
        }
        if (parser.isSet(patientId)) {
            if (const QString problem = exporting::Deidentifier::problemWithPatientId(parser.value(patientId)); !problem.isEmpty())
                return failExport(QStringLiteral("--patient-id: ") + problem, 2);
            request.deidentification.patientId = parser.value(patientId);
        }
    }

    catalog::Catalog catalog;
    const QString path = CatalogCommands::catalogPath(parser.value(catalogFile));
    if (const auto error = catalog.open(path))
        return failExport(tr("cannot open the catalog %1: %2").arg(path, *error));
    QString error;
    const auto files = exporting::StudyExporter::filesOfStudy(catalog, uid, &error);
    if (!files)
        return failExport(error);
    request.files = *files;

    const bool interactive = isatty(fileno(stderr));
    const exporting::ExportResult result = exporting::StudyExporter::run(request, [interactive](int done, int total, const QString& stage) {
        if (!interactive)
            return;
        if (stage == QLatin1String("file"))
            std::fprintf(stderr, "\r%d/%d files", done, total);
        else
            std::fprintf(stderr, "\r%s...          ", stage == QLatin1String("iso") ? "ISO image" : "DICOMDIR");
    });
    if (interactive)
        std::fputc('\n', stderr);
    if (!result.ok)
        return failExport(result.error);
    std::printf("%s\n", qPrintable(tr("Exported %1 instances in %2 series to %3").arg(result.instances.size()).arg(result.seriesCount).arg(result.targetFolder)));
    if (request.anonymize)
        std::printf("%s\n", qPrintable(tr("Anonymized as %1 (patient ID %2)").arg(result.patientName, result.patientId)));
    if (!result.dicomdirPath.isEmpty())
        std::printf("%s\n", qPrintable(tr("DICOMDIR: %1").arg(result.dicomdirPath)));
    if (!result.isoImagePath.isEmpty())
        std::printf("%s\n", qPrintable(tr("ISO image: %1").arg(result.isoImagePath)));
    for (const QString& warning : result.warnings)
        std::printf("%s\n", qPrintable(tr("warning: %1").arg(warning)));
    return 0;
}

} // namespace continuum::app
