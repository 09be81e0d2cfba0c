#include "ProtocolCommands.h"
#include "CommandLineOutput.h"

#include "hanging_protocols/HangingProtocolDicomReader.h"
#include "hanging_protocols/HangingProtocolDicomWriter.h"
#include "hanging_protocols/HeaderStudySet.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "hanging_protocols/ProtocolMatcher.h"
#include "hanging_protocols/ProtocolWriter.h"

#include "dicom/DicomScanner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace continuum::app {

namespace hp = continuum::hanging_protocols;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::ProtocolCommands", text);
}


QString studyLine(const hp::StudyAttributes& study)
{
    return QStringLiteral("%1  %2  %3  (%4 series)  %5")
        .arg(study.studyDate().isValid() ? study.studyDate().toString(Qt::ISODate) : QStringLiteral("----------"), study.patientId(),
             study.studyDescription())
        .arg(study.seriesCount())
        .arg(study.studyInstanceUid());
}

QJsonArray rulesJson(const std::vector<hp::RuleOutcome>& outcomes)
{
    QJsonArray array;
    for (const hp::RuleOutcome& o : outcomes) {
        array.append(QJsonObject{{QStringLiteral("scope"), o.scope},
                                 {QStringLiteral("rule"), o.rule.describe()},
                                 {QStringLiteral("value"), o.actual},
                                 {QStringLiteral("passed"), o.passed},
                                 {QStringLiteral("weight"), o.rule.weight},
                                 {QStringLiteral("required"), o.rule.required},
                                 {QStringLiteral("contributed"), o.contributed}});
    }
    return array;
}

QString windowText(const hp::Viewport& viewport)
{
    if (!viewport.window)
        return {};
    if (!viewport.window->preset.isEmpty())
        return viewport.window->preset;
    return QStringLiteral("C %1 W %2").arg(*viewport.window->center).arg(*viewport.window->width);
}

QString stageLayout(const hp::Stage& stage)
{
    return stage.rectangles.empty() ? QStringLiteral("%1x%2").arg(stage.rows).arg(stage.columns)
                                    : QStringLiteral("%1 rectangles").arg(stage.rectangles.size());
}

int runMatch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Choose the hanging protocol for the studies under PATH."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption explain(QStringLiteral("explain"), tr("Also print why: every rule with its result and weight, and the other protocols."));
    const QCommandLineOption protocols(QStringLiteral("protocols"),
                                       tr("Read protocols only from DIR (repeatable) instead of the bundled, site and user folders."),
                                       QStringLiteral("DIR"));
    parser.addOptions({json, explain, protocols});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("DICOM files or folders (searched recursively)."), QStringLiteral("PATH..."));
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.front() != QLatin1String("match"))
        return CommandLineOutput::fail(tr("usage: continuum protocol match PATH... [--json] [--explain] [--protocols DIR]"), 2);

    // Protocols: the given folders (later ones override earlier ones by id), else the defaults.
    std::vector<hp::Protocol> list;
    std::vector<hp::ProtocolProblem> problems;
    std::vector<std::pair<QString, QString>> sources;   // id -> file
    auto collect = [&](const hp::ProtocolLibrary& library) {
        for (const hp::LoadedProtocol& loaded : library.protocols()) {
            auto it = std::find_if(list.begin(), list.end(), [&](const hp::Protocol& p) { return p.id == loaded.protocol.id; });
            if (it != list.end()) {
                *it = loaded.protocol;
                std::find_if(sources.begin(), sources.end(), [&](const auto& s) { return s.first == loaded.protocol.id; })->second = loaded.file;
            } else {
                list.push_back(loaded.protocol);
                sources.emplace_back(loaded.protocol.id, loaded.file);
            }
        }
        problems.insert(problems.end(), library.problems().begin(), library.problems().end());
    };
    if (parser.isSet(protocols)) {
        for (const QString& folder : parser.values(protocols)) {
            if (!QFileInfo(folder).isDir())
                return CommandLineOutput::fail(tr("no protocol folder %1").arg(folder), 2);
            collect(hp::ProtocolLibrary(hp::ProtocolLibrary::Folders{folder, {}, {}}));
        }
    } else {
        collect(hp::ProtocolLibrary(hp::ProtocolLibrary::defaultFolders()));
    }
    for (const hp::ProtocolProblem& problem : problems)
        std::fprintf(stderr, "continuum: warning: protocol not loaded: %s\n", qPrintable(problem.text()));
    if (list.empty())
        return CommandLineOutput::fail(tr("no hanging protocol could be loaded"));

    std::vector<std::string> paths;
    for (qsizetype i = 1; i < positional.size(); ++i)
        paths.push_back(positional[i].toStdString());
    dicom::ScanResult scan = dicom::DicomScanner::scan(paths);
    if (scan.images.empty())
        return CommandLineOutput::fail(tr("no DICOM images found under %1").arg(positional.mid(1).join(QStringLiteral(", "))));
    std::vector<std::unique_ptr<hp::StudyAttributes>> otherPatients;
    const hp::StudySet studies = hp::HeaderStudySet::fromHeaders(std::move(scan.images), &otherPatients);
    for (const auto& other : otherPatients)
        std::fprintf(stderr, "continuum: note: study %s is of another patient (%s) and is not used as a prior\n",
                     qPrintable(other->studyInstanceUid()), qPrintable(other->patientId()));

    const hp::ProtocolMatcher matcher(std::move(list));
    const hp::MatchResult result = matcher.match(studies);
    const hp::CandidateScore* best = result.best();

    if (parser.isSet(json)) {
        QJsonObject root;
        QJsonArray studyArray;
        for (int i = 0; i < studies.studyCount(); ++i) {
            const hp::StudyAttributes& s = studies.study(i);
            studyArray.append(QJsonObject{{QStringLiteral("role"), i == 0 ? QStringLiteral("current") : QStringLiteral("prior")},
                                          {QStringLiteral("studyInstanceUid"), s.studyInstanceUid()},
                                          {QStringLiteral("patientId"), s.patientId()},
                                          {QStringLiteral("studyDate"), s.studyDate().isValid() ? s.studyDate().toString(Qt::ISODate) : QString()},
                                          {QStringLiteral("description"), s.studyDescription()},
                                          {QStringLiteral("series"), s.seriesCount()}});
        }
        root.insert(QStringLiteral("studies"), studyArray);
        root.insert(QStringLiteral("matched"), best != nullptr);
        if (best) {
            const hp::Protocol& protocol = matcher.protocols()[static_cast<std::size_t>(best->protocolIndex)];
            root.insert(QStringLiteral("protocol"), QJsonObject{
                {QStringLiteral("id"), best->protocolId},
                {QStringLiteral("name"), best->protocolName},
                {QStringLiteral("department"), hp::enumName(best->department)},
                {QStringLiteral("score"), best->score},
                {QStringLiteral("priority"), best->priority},
                {QStringLiteral("specificity"), best->specificity},
                {QStringLiteral("file"), std::find_if(sources.begin(), sources.end(), [&](const auto& s) { return s.first == best->protocolId; })->second},
                {QStringLiteral("rules"), rulesJson(best->rules)}});
            QJsonArray stageArray;
            for (std::size_t s = 0; s < result.stages.size(); ++s) {
                const hp::Stage& stage = protocol.stages[s];
                QJsonArray viewports;
                for (const hp::ViewportAssignment& v : result.stages[s]) {
                    const hp::Viewport& definition = stage.viewports[static_cast<std::size_t>(v.viewport)];
                    QJsonObject o{{QStringLiteral("viewport"), v.viewport + 1},
                                  {QStringLiteral("source"), v.source == hp::ViewportAssignment::Source::Rules      ? QStringLiteral("rules")
                                                             : v.source == hp::ViewportAssignment::Source::Fallback ? QStringLiteral("fallback")
                                                                                                                     : QStringLiteral("empty")},
                                  {QStringLiteral("reason"), v.reason},
                                  {QStringLiteral("rules"), rulesJson(v.rules)}};
                    if (!v.isEmpty()) {
                        o.insert(QStringLiteral("study"), v.studyIndex == 0 ? QStringLiteral("current") : QStringLiteral("prior"));
                        o.insert(QStringLiteral("studyInstanceUid"), v.studyInstanceUid);
                        o.insert(QStringLiteral("seriesNumber"), v.seriesNumber);
                        o.insert(QStringLiteral("seriesDescription"), v.seriesDescription);
                        o.insert(QStringLiteral("seriesInstanceUid"), v.seriesInstanceUid);
                        o.insert(QStringLiteral("modality"), v.modality);
                    }
                    if (const QString window = windowText(definition); !window.isEmpty())
                        o.insert(QStringLiteral("window"), window);
                    if (definition.cine)
                        o.insert(QStringLiteral("cineAutoplay"), definition.cine->autoplay);
                    viewports.append(o);
                }
                stageArray.append(QJsonObject{{QStringLiteral("name"), stage.name}, {QStringLiteral("layout"), stageLayout(stage)}, {QStringLiteral("viewports"), viewports}});
            }
            root.insert(QStringLiteral("stages"), stageArray);
        }
        QJsonArray candidates;
        for (const hp::CandidateScore& c : result.candidates) {
            QJsonObject o{{QStringLiteral("id"), c.protocolId}, {QStringLiteral("qualified"), c.qualified}, {QStringLiteral("score"), c.score},
                          {QStringLiteral("priority"), c.priority}};
            if (!c.qualified)
                o.insert(QStringLiteral("disqualification"), c.disqualification);
            candidates.append(o);
        }
        root.insert(QStringLiteral("candidates"), candidates);
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
        if (!best)
            return CommandLineOutput::fail(tr("no hanging protocol matches these studies"));
        return 0;
    }

    std::printf("%s\n", qPrintable(tr("Current study: %1").arg(studyLine(studies.current()))));
    for (int i = 0; i < studies.priorCount(); ++i)
        std::printf("%s\n", qPrintable(tr("Prior study:   %1").arg(studyLine(studies.prior(i)))));
    if (!best) {
        if (parser.isSet(explain))
            std::fputs(result.explanation().toUtf8().constData(), stdout);
        return CommandLineOutput::fail(tr("no hanging protocol matches these studies (%1 protocols tried)").arg(result.candidates.size()));
    }
    const hp::Protocol& protocol = matcher.protocols()[static_cast<std::size_t>(best->protocolIndex)];
    std::printf("%s\n", qPrintable(tr("Protocol:      %1 (%2)").arg(best->protocolId, best->protocolName)));
    std::printf("%s\n", qPrintable(tr("Department:    %1").arg(hp::enumName(best->department))));
    std::printf("%s\n", qPrintable(tr("Score:         %1 (priority %2, %3 rules)").arg(best->score).arg(best->priority).arg(best->specificity)));
    for (std::size_t s = 0; s < result.stages.size(); ++s) {
        const hp::Stage& stage = protocol.stages[s];
        std::printf("%s\n", qPrintable(tr("Stage %1: %2 (%3)").arg(s + 1).arg(stage.name, stageLayout(stage))));
        for (const hp::ViewportAssignment& v : result.stages[s]) {
            const QString window = windowText(stage.viewports[static_cast<std::size_t>(v.viewport)]);
            QString line = v.isEmpty() ? tr("  viewport %1: (empty)").arg(v.viewport + 1)
                                       : tr("  viewport %1: %2 series %3 \"%4\" %5")
                                             .arg(v.viewport + 1)
                                             .arg(v.studyIndex == 0 ? tr("current") : tr("prior"))
                                             .arg(v.seriesNumber)
                                             .arg(v.seriesDescription, v.seriesInstanceUid);
            if (!window.isEmpty())
                line += tr("  [window %1]").arg(window);
            std::printf("%s\n", line.toUtf8().constData());
        }
    }
    if (parser.isSet(explain))
        std::fputs(result.explanation().toUtf8().constData(), stdout);
    return 0;
}

// `continuum protocol export ID OUT.dcm`: a protocol in effect (bundled, site or user) as a DICOM
// Hanging Protocol instance.
int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a hanging protocol as a DICOM Hanging Protocol instance (PS3.3 A.38)."));
    const QCommandLineOption noPrivate(QStringLiteral("no-private"),
                                       tr("Leave out Continuum's private block (what the standard cannot say is then lost)."));
    parser.addOption(noPrivate);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The protocol's id (see `continuum protocol match --explain`)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The DICOM file to write."));
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.front() != QLatin1String("export"))
        return CommandLineOutput::fail(tr("usage: continuum protocol export ID OUT.dcm [--no-private]"), 2);
    const hp::ProtocolLibrary library(hp::ProtocolLibrary::defaultFolders());
    const hp::LoadedProtocol* loaded = library.find(positional[1]);
    if (!loaded)
        return CommandLineOutput::fail(tr("no hanging protocol with the id \"%1\"").arg(positional[1]));
    hp::HangingProtocolExportOptions options;
    options.privateBlock = !parser.isSet(noPrivate);
    options.level = loaded->level == hp::ProtocolLevel::Bundled ? hp::HangingProtocolLevel::Manufacturer
                    : loaded->level == hp::ProtocolLevel::Site  ? hp::HangingProtocolLevel::Site
                                                                : hp::HangingProtocolLevel::SingleUser;
    QString error;
    QStringList privateOnly;
    if (!hp::HangingProtocolDicomWriter::writeFile(loaded->protocol, positional[2], options, &error, &privateOnly))
        return CommandLineOutput::fail(error);
    std::printf("%s\n", qPrintable(tr("Wrote %1 (%2, level %3) to %4").arg(loaded->protocol.id, loaded->file,
                                                                          hp::HangingProtocolDicomWriter::levelName(options.level), positional[2])));
    if (!privateOnly.isEmpty()) {
        std::printf("%s\n", qPrintable(options.privateBlock ? tr("Not in the standard attributes (kept in Continuum's private block):")
                                                            : tr("Not in the standard attributes (lost without the private block):")));
        for (const QString& line : privateOnly)
            std::printf("  %s\n", qPrintable(line));
    }
    return 0;
}

// `continuum protocol import FILE.dcm`: a DICOM Hanging Protocol instance as a user protocol.
int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read a DICOM Hanging Protocol instance and save it as a user protocol."));
    const QCommandLineOption id(QStringLiteral("id"), tr("Save under this id instead of the instance's own."), QStringLiteral("ID"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace a user protocol with the same id."));
    parser.addOptions({id, force});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The DICOM Hanging Protocol instance."));
    if (!parser.parse(arguments))
        return CommandLineOutput::fail(parser.errorText(), 2);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.front() != QLatin1String("import"))
        return CommandLineOutput::fail(tr("usage: continuum protocol import FILE.dcm [--id ID] [--force]"), 2);
    QString error;
    std::optional<hp::HangingProtocolImport> imported = hp::HangingProtocolDicomReader::readFile(positional[1], &error);
    if (!imported)
        return CommandLineOutput::fail(error);
    hp::Protocol protocol = std::move(imported->protocol);
    if (parser.isSet(id))
        protocol.id = parser.value(id);
    const QByteArray json = hp::ProtocolWriter::toJson(protocol);
    hp::ProtocolProblem problem;
    if (!hp::ProtocolReader::read(json, protocol.id + QStringLiteral(".json"), &problem))
        return CommandLineOutput::fail(problem.text());

    const hp::ProtocolLibrary::Folders folders = hp::ProtocolLibrary::defaultFolders();
    if (folders.user.isEmpty() || !QDir().mkpath(folders.user))
        return CommandLineOutput::fail(tr("cannot create the user protocol folder %1").arg(folders.user));
    const QString path = QDir(folders.user).filePath(protocol.id + QStringLiteral(".json"));
    if (QFileInfo::exists(path) && !parser.isSet(force))
        return CommandLineOutput::fail(tr("%1 already exists (use --force to replace it, or --id to choose another id)").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return CommandLineOutput::fail(tr("cannot write %1: %2").arg(path, file.errorString()));

    // The library must now load it from the user folder.
    const hp::ProtocolLibrary library(folders);
    const hp::LoadedProtocol* loaded = library.find(protocol.id);
    if (!loaded || loaded->file != path)
        return CommandLineOutput::fail(tr("%1 was written but is not the protocol in effect for \"%2\"").arg(path, protocol.id));
    std::printf("%s\n", qPrintable(tr("Imported \"%1\" as user protocol %2: %3").arg(protocol.name, protocol.id, path)));
    if (!loaded->overriddenFiles.isEmpty())
        std::printf("%s\n", qPrintable(tr("It overrides %1").arg(loaded->overriddenFiles.join(QStringLiteral(", ")))));
    if (imported->fromPrivateBlock)
        std::printf("%s\n", qPrintable(tr("Continuum's private block restored what the standard attributes cannot say.")));
    for (const QString& line : imported->notRepresented)
        std::printf("%s\n", qPrintable(tr("not represented: %1").arg(line)));
    return 0;
}

} // namespace

bool ProtocolCommands::isProtocolCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == QLatin1String("protocol");
}

int ProtocolCommands::run(const QStringList& arguments)
{
    // "continuum protocol match ..." is parsed as program "continuum" with "match ..." positional.
    QStringList rest = arguments;
    rest.removeAt(1);
    const QString verb = rest.size() > 1 ? rest[1] : QString();
    if (verb == QLatin1String("export"))
        return runExport(rest);
    if (verb == QLatin1String("import"))
        return runImport(rest);
    if (verb == QLatin1String("match"))
        return runMatch(rest);
    return CommandLineOutput::fail(tr("usage: continuum protocol match|export|import ..."), 2);
}

} // namespace continuum::app
