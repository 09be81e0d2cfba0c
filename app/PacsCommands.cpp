#include "PacsCommands.h"
#include "CommandLineOutput.h"

#include "remote/CredentialStore.h"
#include "remote/DicomWebClient.h"
#include "remote/DimseClient.h"
#include "remote/NodeDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <variant>
#include <unistd.h>

namespace continuum::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::PacsCommands", text);
}


// Ctrl-C asks the running operation to cancel (an atomic store: safe in a signal handler).
std::atomic<remote::DimseClient*> g_activeClient{nullptr};
std::atomic<remote::DicomWebClient*> g_activeWebClient{nullptr};
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    if (remote::DimseClient* client = g_activeClient.load())
        client->cancel();
    // DicomWebClient::cancel() only sets a flag; the abort is queued to the calling thread.
    if (remote::DicomWebClient* client = g_activeWebClient.load())
        client->cancel();
}

class ActiveClient {
public:
    explicit ActiveClient(remote::DimseClient& client)
    {
        g_activeClient.store(&client);
        std::signal(SIGINT, onInterrupt);
    }
    explicit ActiveClient(remote::DicomWebClient& client)
    {
        g_activeWebClient.store(&client);
        std::signal(SIGINT, onInterrupt);
    }
    ~ActiveClient()
    {
        std::signal(SIGINT, SIG_DFL);
        g_activeClient.store(nullptr);
        g_activeWebClient.store(nullptr);
    }
};

int exitCodeFor(const remote::RemoteStatus& status)
{
    if (status.ok())
        return 0;
    if (status.kind == remote::RemoteErrorKind::Cancelled && g_interrupted.load())
        return 130;
    return 1;
}

struct Common {
    QCommandLineOption node{QStringLiteral("node"), tr("Name of the remote node (from the nodes file)."), QStringLiteral("NAME")};
    QCommandLineOption nodes{QStringLiteral("nodes"), tr("Nodes file (default: $CONTINUUM_NODES or ~/.config/continuum/nodes.json)."),
                             QStringLiteral("FILE")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     tr("DICOMweb basic authentication: read the password from the first line of standard input.")};
    QCommandLineOption tokenStdin{QStringLiteral("token-stdin"), tr("DICOMweb bearer authentication: read the token from the first line of standard input.")};
    QCommandLineOption remember{QStringLiteral("remember"), tr("Save the password or token given on standard input in the desktop keyring for this node.")};
};

// Parses, loads the nodes file and finds --node; on failure returns the exit code.
struct Prepared {
    remote::NodeDirectory directory;
    remote::RemoteNode node;
    QString secret;   // DICOMweb password or token; never printed
    QString keyPassword;        // DICOM TLS: the node's private key password, if any; never printed
    QString localKeyPassword;   // ... and our own (the C-MOVE receiver's)
};

// A TLS private key's password: $CONTINUUM_PACS_KEY_PASSWORD (the node's key), else the
// keyring or this session's memory; empty when none (an unencrypted key).
QString keyPasswordFor(const QString& credentialName, const char* environmentVariable)
{
    if (environmentVariable) {
        const QByteArray environment = qgetenv(environmentVariable);
        if (!environment.isEmpty())
            return QString::fromUtf8(environment);
    }
    return remote::CredentialStore().secret(credentialName, remote::SecretKind::PrivateKeyPassword).value_or(QString());
}

// The password or token of a DICOMweb node: standard input, else the environment, else the
// keyring. Returns an exit code when it is missing or the options do not fit the node.
std::variant<QString, int> secretFor(const QCommandLineParser& parser, const Common& common, const remote::RemoteNode& node)
{
    const std::optional<remote::SecretKind> kind = remote::CredentialStore::kindFor(node);
    const bool fromStdin = parser.isSet(common.passwordStdin) || parser.isSet(common.tokenStdin);
    if (!kind) {
        if (fromStdin || parser.isSet(common.remember))
            return CommandLineOutput::fail(tr("node \"%1\" uses no authentication: --password-stdin, --token-stdin and --remember do not apply").arg(node.name), 2);
        return QString();
    }
    const bool password = *kind == remote::SecretKind::Password;
    if (parser.isSet(password ? common.tokenStdin : common.passwordStdin))
        return CommandLineOutput::fail(password ? tr("node \"%1\" uses basic authentication: give its password with --password-stdin").arg(node.name)
                             : tr("node \"%1\" uses bearer authentication: give its token with --token-stdin").arg(node.name),
                    2);
    if (parser.isSet(common.remember) && !fromStdin)
        return CommandLineOutput::fail(tr("--remember saves what --password-stdin or --token-stdin reads"), 2);
    remote::CredentialStore store;
    if (fromStdin) {
        std::string line;
        std::getline(std::cin, line);
        while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
            line.pop_back();
        const QString secret = QString::fromStdString(line);
        if (secret.isEmpty())
            return CommandLineOutput::fail(password ? tr("no password on standard input") : tr("no token on standard input"), 2);
        if (parser.isSet(common.remember)) {
            if (store.persistent()) {
                const remote::RemoteStatus saved = store.store(node.name, *kind, secret);
                std::fprintf(stderr, "continuum: %s\n", saved.message.toUtf8().constData());
            } else {
                std::fprintf(stderr, "continuum: %s\n",
                             tr("not remembered: secrets can only be kept in %1").arg(store.storageDescription()).toUtf8().constData());
            }
        }
        return secret;
    }
    const QByteArray environment = qgetenv(password ? "CONTINUUM_PACS_PASSWORD" : "CONTINUUM_PACS_TOKEN");
    if (!environment.isEmpty())
        return QString::fromLocal8Bit(environment);
    if (std::optional<QString> saved = store.secret(node.name, *kind))
        return *saved;
    return CommandLineOutput::fail(password ? tr("node \"%1\" needs a password: pass it with --password-stdin or $CONTINUUM_PACS_PASSWORD "
                              "(add --remember to save it in the desktop keyring)")
                               .arg(node.name)
                         : tr("node \"%1\" needs a token: pass it with --token-stdin or $CONTINUUM_PACS_TOKEN "
                              "(add --remember to save it in the desktop keyring)")
                               .arg(node.name),
                2);
}

std::variant<Prepared, int> prepare(QCommandLineParser& parser, const Common& common, const QStringList& arguments, bool takesPaths)
{
    parser.addOptions({common.node, common.nodes, common.passwordStdin, common.tokenStdin, common.remember});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (!takesPaths && !parser.positionalArguments().isEmpty())
        return CommandLineOutput::fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), 2);
    if (!parser.isSet(common.node))
        return CommandLineOutput::fail(tr("--node NAME is required"), 2);
    Prepared prepared;
    const QString path = PacsCommands::nodesPath(parser.value(common.nodes));
    if (auto error = prepared.directory.load(path))
        return CommandLineOutput::fail(*error, 2);
    const QString name = parser.value(common.node);
    const remote::RemoteNode* node = prepared.directory.find(name);
    if (!node) {
        QStringList names;
        for (const remote::RemoteNode& known : prepared.directory.nodes())
            names << known.name;
        return CommandLineOutput::fail(tr("no node named \"%1\" in %2 (known: %3)").arg(name, path, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))), 2);
    }
    prepared.node = *node;
    if (node->kind == remote::NodeKind::DicomWeb) {
        auto secret = secretFor(parser, common, *node);
        if (const int* code = std::get_if<int>(&secret))
            return *code;
        prepared.secret = std::get<QString>(std::move(secret));
    } else if (parser.isSet(common.passwordStdin) || parser.isSet(common.tokenStdin) || parser.isSet(common.remember)) {
        return CommandLineOutput::fail(tr("node \"%1\" is a DIMSE node: --password-stdin, --token-stdin and --remember are for DICOMweb nodes").arg(name), 2);
    } else {
        if (node->tls.enabled && !node->tls.privateKeyFile.isEmpty())
            prepared.keyPassword = keyPasswordFor(node->name, "CONTINUUM_PACS_KEY_PASSWORD");
        if (prepared.directory.local().tls.enabled)
            prepared.localKeyPassword = keyPasswordFor(remote::LocalNode::credentialName(), "CONTINUUM_LOCAL_KEY_PASSWORD");
    }
    return prepared;
}

int runEcho(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Test the connection to a node (C-ECHO; a QIDO-RS search for DICOMweb nodes)."));
    Common common;
    auto prepared = prepare(parser, common, arguments, false);
    if (const int* code = std::get_if<int>(&prepared))
        return *code;
    Prepared& p = std::get<Prepared>(prepared);
    remote::RemoteStatus status;
    if (p.node.kind == remote::NodeKind::DicomWeb) {
        remote::DicomWebClient client(p.node, p.secret);
        status = client.ping();
    } else {
        remote::DimseClient client(p.node, p.directory.local());
        client.setPrivateKeyPasswords(p.keyPassword, p.localKeyPassword);
        status = client.echo();
    }
    if (!status.ok())
        return CommandLineOutput::fail(status.message, exitCodeFor(status));
    std::printf("%s\n", status.message.toUtf8().constData());
    return 0;
}

std::optional<QDate> parseDate(const QString& text)
{
    if (text.isEmpty())
        return QDate();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const remote::QueryRow& row)
{
    QJsonObject object{{QStringLiteral("patientName"), row.patientName},
                       {QStringLiteral("patientId"), row.patientId},
                       {QStringLiteral("patientBirthDate"), isoDate(row.patientBirthDate)},
                       {QStringLiteral("patientSex"), row.patientSex}};
    auto count = [&](const char* key, int value) {
        if (value >= 0)
            object.insert(QLatin1String(key), value);
    };
    if (row.level == remote::QueryLevel::Patient) {
        count("studies", row.patientStudies);
        return object;
    }
    object.insert(QStringLiteral("studyInstanceUid"), row.studyInstanceUid);
    object.insert(QStringLiteral("studyDate"), isoDate(row.studyDate));
    object.insert(QStringLiteral("accessionNumber"), row.accessionNumber);
    object.insert(QStringLiteral("studyDescription"), row.studyDescription);
    if (row.level == remote::QueryLevel::Study) {
        object.insert(QStringLiteral("modalities"), row.modalitiesInStudy);
        count("series", row.studySeries);
        count("instances", row.studyInstances);
        return object;
    }
    object.insert(QStringLiteral("seriesInstanceUid"), row.seriesInstanceUid);
    object.insert(QStringLiteral("modality"), row.modality);
    count("seriesNumber", row.seriesNumber);
    object.insert(QStringLiteral("seriesDescription"), row.seriesDescription);
    count("instances", row.seriesInstances);
    return object;
}

QString countText(int value)
{
    return value >= 0 ? QString::number(value) : QStringLiteral("?");
}

int runFind(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search a node (C-FIND or QIDO-RS). Text keys accept the wildcards * and ?."));
    Common common;
    const QCommandLineOption level(QStringLiteral("level"), tr("patient, study (default) or series."), QStringLiteral("LEVEL"), QStringLiteral("study"));
    const QCommandLineOption patientName(QStringLiteral("patient-name"), tr("Patient name, DICOM form (Doe^John*)."), QStringLiteral("TEXT"));
    const QCommandLineOption patientId(QStringLiteral("patient-id"), tr("Patient ID."), QStringLiteral("TEXT"));
    const QCommandLineOption studyUid(QStringLiteral("study-uid"), tr("Study Instance UID (required at series level)."), QStringLiteral("UID"));
    const QCommandLineOption accession(QStringLiteral("accession"), tr("Accession number."), QStringLiteral("TEXT"));
    const QCommandLineOption modality(QStringLiteral("modality"), tr("Modality (CT, MR...)."), QStringLiteral("CODE"));
    const QCommandLineOption dateFrom(QStringLiteral("date-from"), tr("First study date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption dateTo(QStringLiteral("date-to"), tr("Last study date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOptions({level, patientName, patientId, studyUid, accession, modality, dateFrom, dateTo, json});
    auto prepared = prepare(parser, common, arguments, false);
    if (const int* code = std::get_if<int>(&prepared))
        return *code;
    Prepared& p = std::get<Prepared>(prepared);

    remote::QueryRequest request;
    const QString levelText = parser.value(level);
    if (levelText == QLatin1String("patient"))
        request.level = remote::QueryLevel::Patient;
    else if (levelText == QLatin1String("study"))
        request.level = remote::QueryLevel::Study;
    else if (levelText == QLatin1String("series"))
        request.level = remote::QueryLevel::Series;
    else
        return CommandLineOutput::fail(tr("--level must be patient, study or series"), 2);
    request.patientName = parser.value(patientName);
    request.patientId = parser.value(patientId);
    request.studyInstanceUid = parser.value(studyUid);
    request.accessionNumber = parser.value(accession);
    request.modality = parser.value(modality);
    const std::optional<QDate> from = parseDate(parser.value(dateFrom));
    const std::optional<QDate> to = parseDate(parser.value(dateTo));
    if (!from || !to)
        return CommandLineOutput::fail(tr("dates are written YYYY-MM-DD"), 2);
    request.dateFrom = *from;
    request.dateTo = *to;
    if (request.level == remote::QueryLevel::Series && request.studyInstanceUid.isEmpty())
        return CommandLineOutput::fail(tr("--level series needs --study-uid"), 2);

    remote::FindResult result;
    if (p.node.kind == remote::NodeKind::DicomWeb) {
        remote::DicomWebClient client(p.node, p.secret);
        const ActiveClient active(client);
        result = client.find(request);
    } else {
        remote::DimseClient client(p.node, p.directory.local());
        client.setPrivateKeyPasswords(p.keyPassword, p.localKeyPassword);
        const ActiveClient active(client);
        result = client.find(request);
    }
    if (!result.status.ok())
        return CommandLineOutput::fail(result.status.message, exitCodeFor(result.status));
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const remote::QueryRow& row : result.rows)
            array.append(toJson(row));
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    auto column = [](const QString& text, int width) { return text.leftJustified(width, QLatin1Char(' '), true); };
    auto name = [](QString dicomName) { return dicomName.replace(QLatin1Char('^'), QLatin1Char(' ')).trimmed(); };
    for (const remote::QueryRow& row : result.rows) {
        QString line;
        switch (request.level) {
        case remote::QueryLevel::Patient:
            line = column(name(row.patientName), 30) + QStringLiteral("  ") + column(row.patientId, 16) + QStringLiteral("  ")
                 + column(isoDate(row.patientBirthDate), 10) + QStringLiteral("  ") + column(row.patientSex, 1)
                 + tr("  %1 studies").arg(countText(row.patientStudies));
            break;
        case remote::QueryLevel::Study:
            line = column(row.studyDate.isValid() ? isoDate(row.studyDate) : QStringLiteral("-"), 10) + QStringLiteral("  ")
                 + column(name(row.patientName), 30) + QStringLiteral("  ") + column(row.patientId, 16) + QStringLiteral("  ")
                 + column(row.modalitiesInStudy, 8)
                 + tr("  %1 series  %2 images  ").arg(countText(row.studySeries), 3).arg(countText(row.studyInstances), 5)
                 + row.studyInstanceUid + QStringLiteral("  ") + row.studyDescription;
            break;
        case remote::QueryLevel::Series:
            line = column(row.modality, 4) + QStringLiteral("  #") + column(countText(row.seriesNumber), 5)
                 + tr("  %1 images  ").arg(countText(row.seriesInstances), 5) + row.seriesInstanceUid + QStringLiteral("  ")
                 + row.seriesDescription;
            break;
        case remote::QueryLevel::Image:
            line = QStringLiteral("#") + column(countText(row.instanceNumber), 5) + QStringLiteral("  ") + row.sopInstanceUid;
            break;
        }
        std::printf("%s\n", line.toUtf8().constData());
    }
    std::printf("%s\n", (result.rows.size() == 1 ? tr("1 match") : tr("%1 matches").arg(result.rows.size())).toUtf8().constData());
    return 0;
}

int runRetrieve(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Retrieve a study or series into a folder (C-GET, or C-MOVE with --move or when the node's \"retrieve\" is \"move\"; WADO-RS for DICOMweb nodes)."));
    Common common;
    const QCommandLineOption studyUid(QStringLiteral("study-uid"), tr("Study Instance UID."), QStringLiteral("UID"));
    const QCommandLineOption seriesUid(QStringLiteral("series-uid"), tr("Only this series."), QStringLiteral("UID"));
    const QCommandLineOption move(QStringLiteral("move"), tr("C-MOVE to our AE title and port (the node must know them)."));
    const QCommandLineOption to(QStringLiteral("to"), tr("Destination folder."), QStringLiteral("DIR"));
    parser.addOptions({studyUid, seriesUid, move, to});
    auto prepared = prepare(parser, common, arguments, false);
    if (const int* code = std::get_if<int>(&prepared))
        return *code;
    Prepared& p = std::get<Prepared>(prepared);
    if (!parser.isSet(studyUid))
        return CommandLineOutput::fail(tr("--study-uid UID is required"), 2);
    if (!parser.isSet(to))
        return CommandLineOutput::fail(tr("--to DIR is required"), 2);

    remote::RetrieveRequest request;
    request.studyInstanceUid = parser.value(studyUid);
    request.seriesInstanceUid = parser.value(seriesUid);
    request.destination = parser.value(to);
    request.method = parser.isSet(move) || p.node.retrieveByMove ? remote::RetrieveMethod::Move : remote::RetrieveMethod::Get;
    const bool interactive = isatty(fileno(stderr));
    remote::RetrieveCallbacks callbacks;
    callbacks.onProgress = [interactive](const remote::RetrieveProgress& progress) {
        if (interactive)
            std::fprintf(stderr, "\r%d received, %s remaining, %d failed", progress.completed,
                         progress.remaining >= 0 ? qPrintable(QString::number(progress.remaining)) : "?", progress.failed);
    };
    remote::RetrieveResult result;
    if (p.node.kind == remote::NodeKind::DicomWeb) {
        if (parser.isSet(move))
            return CommandLineOutput::fail(tr("--move is for DIMSE nodes; a DICOMweb node is retrieved with WADO-RS"), 2);
        remote::DicomWebClient client(p.node, p.secret);
        const ActiveClient active(client);
        result = client.retrieve(request, callbacks);
    } else {
        remote::DimseClient client(p.node, p.directory.local());
        client.setPrivateKeyPasswords(p.keyPassword, p.localKeyPassword);
        const ActiveClient active(client);
        result = client.retrieve(request, callbacks);
    }
    if (interactive)
        std::fputc('\n', stderr);
    for (const QString& conflict : result.conflicts)
        std::printf("%s\n", tr("conflict %1: a different file had this instance's name; kept both").arg(conflict).toUtf8().constData());
    if (!result.status.ok())
        return CommandLineOutput::fail(result.status.message, exitCodeFor(result.status));
    std::printf("%s\n", result.status.message.toUtf8().constData());
    return 0;
}

int runSend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send DICOM files to a node (C-STORE, or STOW-RS for DICOMweb nodes)."));
    Common common;
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders (searched recursively)."), QStringLiteral("PATH..."));
    auto prepared = prepare(parser, common, arguments, true);
    if (const int* code = std::get_if<int>(&prepared))
        return *code;
    Prepared& p = std::get<Prepared>(prepared);
    if (parser.positionalArguments().isEmpty())
        return CommandLineOutput::fail(tr("send needs at least one PATH"), 2);
    std::vector<QString> files;
    for (const QString& path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            for (const QString& file : found)
                files.push_back(file);
        } else if (info.isFile()) {
            files.push_back(path);
        } else {
            return CommandLineOutput::fail(tr("%1: no such file or folder").arg(path), 2);
        }
    }
    const bool interactive = isatty(fileno(stderr));
    const auto onProgress = [interactive](int done, int total) {
        if (interactive)
            std::fprintf(stderr, "\r%d/%d files", done, total);
    };
    remote::SendResult result;
    if (p.node.kind == remote::NodeKind::DicomWeb) {
        remote::DicomWebClient client(p.node, p.secret);
        const ActiveClient active(client);
        result = client.send(files, onProgress);
    } else {
        remote::DimseClient client(p.node, p.directory.local());
        client.setPrivateKeyPasswords(p.keyPassword, p.localKeyPassword);
        const ActiveClient active(client);
        result = client.send(files, onProgress);
    }
    if (interactive)
        std::fputc('\n', stderr);
    for (const QString& problem : result.problems)
        std::printf("%s\n", tr("not sent %1").arg(problem).toUtf8().constData());
    if (!result.status.ok())
        return CommandLineOutput::fail(result.status.message, exitCodeFor(result.status));
    std::printf("%s\n", result.status.message.toUtf8().constData());
    return 0;
}

} // namespace

bool PacsCommands::isPacsCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == QLatin1String("pacs");
}

int PacsCommands::run(const QStringList& arguments)
{
    // "continuum pacs find --node X" is parsed as program "continuum" followed by the options.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (rest.size() < 2 || rest[1].startsWith(QLatin1Char('-')))
        return CommandLineOutput::fail(tr("usage: continuum pacs echo|find|retrieve|send --node NAME [--nodes FILE] ... (see --help of each)"), 2);
    const QString verb = rest.takeAt(1);
    if (verb == QLatin1String("echo"))
        return runEcho(rest);
    if (verb == QLatin1String("find"))
        return runFind(rest);
    if (verb == QLatin1String("retrieve"))
        return runRetrieve(rest);
    if (verb == QLatin1String("send"))
        return runSend(rest);
    return CommandLineOutput::fail(tr("unknown pacs command \"%1\": use echo, find, retrieve or send").arg(verb), 2);
}

QString PacsCommands::nodesPath(const QString& fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QByteArray fromEnvironment = qgetenv("CONTINUUM_NODES");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("continuum/nodes.json"));
}

} // namespace continuum::app
