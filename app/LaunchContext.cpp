#include "LaunchContext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace continuum::app {
namespace {
const QString kFormat = QStringLiteral("continuum-launch-context");
}

QByteArray LaunchContext::toJson() const
{
    QJsonObject object;
    object[QStringLiteral("format")] = kFormat;
    object[QStringLiteral("patientId")] = patientId;
    if (issuerGiven)
        object[QStringLiteral("issuerOfPatientId")] = issuerOfPatientId;
    if (!accessionNumber.isEmpty())
        object[QStringLiteral("accessionNumber")] = accessionNumber;
    if (!studyInstanceUid.isEmpty())
        object[QStringLiteral("studyInstanceUid")] = studyInstanceUid;
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<LaunchContext> LaunchContext::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    if (document.isNull() || object.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error = QStringLiteral("not a launch context");
        return std::nullopt;
    }
    LaunchContext context;
    context.patientId = object.value(QStringLiteral("patientId")).toString();
    context.issuerGiven = object.contains(QStringLiteral("issuerOfPatientId"));
    context.issuerOfPatientId = object.value(QStringLiteral("issuerOfPatientId")).toString();
    context.accessionNumber = object.value(QStringLiteral("accessionNumber")).toString();
    context.studyInstanceUid = object.value(QStringLiteral("studyInstanceUid")).toString();
    if (context.patientId.isEmpty()) {
        if (error)
            *error = QStringLiteral("the launch context has no patient ID");
        return std::nullopt;
    }
    return context;
}

bool OpenCommandLine::isOpenCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == QLatin1String("open");
}

OpenCommandLine OpenCommandLine::parse(const QStringList& arguments)
{
    OpenCommandLine command;
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);   // the verb
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Open a patient in the viewer, the way an EHR launches it in context: the running window (or a new one) shows the "
                       "patient's timeline and the study, retrieving it from the PACS when it is not local."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption patientId(QStringLiteral("patient-id"), QStringLiteral("Patient ID (0010,0020). Required."), QStringLiteral("ID"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), QStringLiteral("Issuer of Patient ID (0010,0021); \"\" for none."), QStringLiteral("X"));
    const QCommandLineOption accession(QStringLiteral("accession"), QStringLiteral("Accession number of the study to show."), QStringLiteral("N"));
    const QCommandLineOption studyUid(QStringLiteral("study-uid"), QStringLiteral("Study Instance UID of the study to show."), QStringLiteral("UID"));
    const QCommandLineOption catalogFile(QStringLiteral("catalog"), QStringLiteral("Study catalog database file (default: $CONTINUUM_CATALOG or the user's data folder)."),
                                         QStringLiteral("FILE"));
    parser.addOptions({help, patientId, issuer, accession, studyUid, catalogFile});
    command.helpText = parser.helpText();
    if (!parser.parse(rest)) {
        command.error = parser.errorText();
        return command;
    }
    command.helpRequested = parser.isSet(help);
    if (command.helpRequested)
        return command;
    command.context.patientId = parser.value(patientId).trimmed();
    command.context.issuerGiven = parser.isSet(issuer);
    command.context.issuerOfPatientId = parser.value(issuer).trimmed();
    command.context.accessionNumber = parser.value(accession).trimmed();
    command.context.studyInstanceUid = parser.value(studyUid).trimmed();
    command.catalogFile = parser.value(catalogFile);
    if (command.context.patientId.isEmpty())
        command.error = QStringLiteral("open needs --patient-id ID");
    else if (!command.context.accessionNumber.isEmpty() && !command.context.studyInstanceUid.isEmpty())
        command.error = QStringLiteral("give --accession or --study-uid, not both");
    else if (!parser.positionalArguments().isEmpty())
        command.error = QStringLiteral("open takes no paths (got \"%1\")").arg(parser.positionalArguments().join(QLatin1Char(' ')));
    return command;
}

} // namespace continuum::app
