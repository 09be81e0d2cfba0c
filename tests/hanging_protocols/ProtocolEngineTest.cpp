// The hanging-protocol engine without DICOM files: the JSON format and its schema, the library of
// bundled/site/user protocols, scoring, ties, priors, explanations and navigation, on in-memory
// studies.
#include "hanging_protocols/InMemoryStudy.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "hanging_protocols/ProtocolMatcher.h"
#include "hanging_protocols/ProtocolNavigator.h"
#include "hanging_protocols/ProtocolReader.h"
#include "hanging_protocols/ProtocolWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum::hanging_protocols;

namespace {

const AttributeKey kModality = AttributeKey::fromTag(0x0008, 0x0060);

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A small valid protocol; `rules` and `extra` are spliced in as JSON text.
QByteArray protocolJson(const QString& id, const QString& name, int priority, const QString& rules, const QString& extra = {})
{
    return QStringLiteral(R"({
  "id": "%1",
  "name": "%2",
  "department": "radiology",
  "priority": %3,
  "rules": [%4],%5
  "stages": [ { "layout": { "rows": 1, "columns": 1 }, "viewports": [ { "displaySet": {} } ] } ]
}
)")
        .arg(id, name)
        .arg(priority)
        .arg(rules, extra)
        .toUtf8();
}

Protocol parse(const QByteArray& json)
{
    ProtocolProblem problem;
    const std::optional<Protocol> protocol = ProtocolReader::read(json, QStringLiteral("inline.json"), &problem);
    if (!protocol)
        qFatal("test protocol does not parse: %s", qPrintable(problem.text()));
    return *protocol;
}

StudySet ctStudy(const QString& description = QStringLiteral("CT CHEST"))
{
    auto study = std::make_unique<InMemoryStudy>(QStringLiteral("1.1"), QStringLiteral("P1"), QDate(2024, 5, 1), description);
    study->addSeries(QStringLiteral("CT"), 1, QStringLiteral("Scout"), QStringLiteral("1.1.1"));
    study->addSeries(QStringLiteral("CT"), 2, QStringLiteral("Lung 1mm"), QStringLiteral("1.1.2"))
        .set(AttributeKey::fromDerived(DerivedAttribute::Orientation), QStringLiteral("axial"));
    study->addSeries(QStringLiteral("CT"), 3, QStringLiteral("Soft tissue 3mm"), QStringLiteral("1.1.3"));
    return StudySet(std::move(study), {});
}

} // namespace

class ProtocolEngineTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void attributeKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("keyword") << "Modality" << true << "Modality";
        QTest::newRow("tag with parentheses") << "(0008,103E)" << true << "SeriesDescription";
        QTest::newRow("tag without") << "0018,0015" << true << "BodyPartExamined";
        QTest::newRow("eight hex digits") << "00280008" << true << "NumberOfFrames";
        QTest::newRow("private tag") << "(0029,1010)" << true << "(0029,1010)";
        QTest::newRow("derived") << "daysBeforeCurrent" << true << "daysBeforeCurrent";
        QTest::newRow("misspelt keyword") << "Modallity" << false << "";
        QTest::newRow("wrong case") << "modality" << false << "";
    }
    void attributeKeys()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        QString error;
        const std::optional<AttributeKey> key = AttributeKey::parse(text, &error);
        QCOMPARE(key.has_value(), valid);
        if (valid)
            QCOMPARE(key->name(), canonical);
        else
            QVERIFY(error.contains(text));
    }

    void bundledProtocolsLoadWithoutError()
    {
        const ProtocolLibrary library({QStringLiteral(CONTINUUM_PROTOCOLS_DIR), {}, {}});
        for (const ProtocolProblem& problem : library.problems())
            qWarning("%s", qPrintable(problem.text()));
        QVERIFY(library.problems().empty());
        const QStringList files = QDir(QStringLiteral(CONTINUUM_PROTOCOLS_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(static_cast<qsizetype>(library.protocols().size()), files.size());
        const std::pair<const char*, Department> required[] = {
            {"ct-chest", Department::Radiology},          {"ct-chest-comparison", Department::Radiology},
            {"mr-brain", Department::Radiology},          {"cr-dx-prior", Department::Radiology},
            {"pet-ct", Department::Oncology},             {"echo-multiview", Department::Cardiology},
            {"xa-cine", Department::Cardiology},          {"cardiac-mr-cine", Department::Cardiology},
            {"oncology-two-timepoint", Department::Oncology}, {"oncology-three-timepoint", Department::Oncology},
        };
        for (const auto& [id, department] : required) {
            const LoadedProtocol* loaded = library.find(QLatin1String(id));
            QVERIFY2(loaded, id);
            QCOMPARE(loaded->protocol.department, department);
            QCOMPARE(loaded->level, ProtocolLevel::Bundled);
        }
        // The CT protocol shows lung and soft-tissue windows; cine protocols play.
        const Protocol& ct = library.find(QStringLiteral("ct-chest"))->protocol;
        QCOMPARE(ct.stages.front().viewports[0].window->preset, QStringLiteral("Lung"));
        QCOMPARE(ct.stages.front().viewports[1].window->preset, QStringLiteral("Soft tissue"));
        QVERIFY(library.find(QStringLiteral("xa-cine"))->protocol.stages.front().viewports[0].cine->autoplay);
        QCOMPARE(library.find(QStringLiteral("oncology-three-timepoint"))->protocol.priors.minimum, 2);
    }

    // The schema is valid JSON and names exactly the values the reader accepts.
    void schemaAgreesWithReader()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(QStringLiteral(CONTINUUM_PROTOCOL_SCHEMA)), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject schema = document.object();
        QCOMPARE(schema.value(QStringLiteral("$schema")).toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
        auto enumAt = [&](const QJsonObject& object, const QString& property) {
            QStringList values;
            for (const QJsonValue& v : object.value(QStringLiteral("properties")).toObject().value(property).toObject().value(QStringLiteral("enum")).toArray())
                values << v.toString();
            return values;
        };
        QCOMPARE(enumAt(schema, QStringLiteral("department")), enumNames<Department>());
        QStringList constraints;
        for (Constraint c : {Constraint::Equals, Constraint::Contains, Constraint::StartsWith, Constraint::Regex, Constraint::Range, Constraint::Exists, Constraint::NotExists})
            constraints << MatchRule::constraintName(c);
        QCOMPARE(enumAt(defs.value(QStringLiteral("rule")).toObject(), QStringLiteral("constraint")), constraints);
        QCOMPARE(enumAt(defs.value(QStringLiteral("priors")).toObject(), QStringLiteral("selection")), enumNames<PriorSelection>());
        QCOMPARE(enumAt(defs.value(QStringLiteral("displaySet")).toObject(), QStringLiteral("fallback")), enumNames<Fallback>());
        QCOMPARE(enumAt(defs.value(QStringLiteral("displaySet")).toObject(), QStringLiteral("reconstruction")), enumNames<Reconstruction>());
        QCOMPARE(enumAt(defs.value(QStringLiteral("viewport")).toObject(), QStringLiteral("scaling")), enumNames<Scaling>());
        QCOMPARE(enumAt(defs.value(QStringLiteral("syncGroup")).toObject(), QStringLiteral("kind")), enumNames<SyncKind>());
        // Every derived attribute the schema lists parses as one.
        const QJsonArray anyOf = defs.value(QStringLiteral("attribute")).toObject().value(QStringLiteral("anyOf")).toArray();
        const QJsonArray derived = anyOf.at(2).toObject().value(QStringLiteral("enum")).toArray();
        QCOMPARE(derived.size(), 8);
        for (const QJsonValue& name : derived) {
            const std::optional<AttributeKey> key = AttributeKey::parse(name.toString());
            QVERIFY2(key && key->kind() == AttributeKey::Kind::Derived, qPrintable(name.toString()));
        }
    }

    // Every window preset a bundled protocol names exists in resources/window-presets.json.
    void bundledPresetsExist()
    {
        const QJsonObject presets = QJsonDocument::fromJson(readAll(QStringLiteral(CONTINUUM_WINDOW_PRESETS))).object().value(QStringLiteral("presets")).toObject();
        QSet<QString> names;
        for (const QJsonValue& modality : presets) {
            for (const QJsonValue& preset : modality.toArray())
                names.insert(preset.toObject().value(QStringLiteral("name")).toString());
        }
        QVERIFY(names.contains(QStringLiteral("Lung")));
        const ProtocolLibrary library({QStringLiteral(CONTINUUM_PROTOCOLS_DIR), {}, {}});
        int named = 0;
        for (const LoadedProtocol& loaded : library.protocols()) {
            for (const Stage& stage : loaded.protocol.stages) {
                for (const Viewport& viewport : stage.viewports) {
                    if (viewport.window && !viewport.window->preset.isEmpty()) {
                        ++named;
                        QVERIFY2(names.contains(viewport.window->preset), qPrintable(loaded.file + QStringLiteral(": ") + viewport.window->preset));
                    }
                }
            }
        }
        QVERIFY(named >= 6);
    }

    // What the editor will save reads back as the same protocol.
    void writerRoundTrip()
    {
        const ProtocolLibrary library({QStringLiteral(CONTINUUM_PROTOCOLS_DIR), {}, {}});
        QVERIFY(!library.protocols().empty());
        for (const LoadedProtocol& loaded : library.protocols()) {
            const QByteArray written = ProtocolWriter::toJson(loaded.protocol);
            ProtocolProblem problem;
            const std::optional<Protocol> again = ProtocolReader::read(written, loaded.file, &problem);
            QVERIFY2(again, qPrintable(problem.text()));
            QCOMPARE(ProtocolWriter::toJson(*again), written);
            QCOMPARE(again->specificity(), loaded.protocol.specificity());
            QCOMPARE(again->stages.size(), loaded.protocol.stages.size());
        }
    }

    void invalidFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray valid = protocolJson(QStringLiteral("x"), QStringLiteral("X"), 0,
                                              QStringLiteral(R"({ "attribute": "Modality", "constraint": "equals", "value": "CT" })"));
        QByteArray missingComma = valid;
        missingComma.replace("\"name\": \"X\",", "\"name\": \"X\"");
        QTest::newRow("missing comma") << missingComma << 4 << "not valid JSON";
        QByteArray constraint = valid;
        constraint.replace("\"equals\"", "\"is\"");
        QTest::newRow("unknown constraint") << constraint << 6 << "unknown constraint \"is\"";
        QByteArray attribute = valid;
        attribute.replace("\"Modality\"", "\"Modalty\"");
        QTest::newRow("unknown attribute") << attribute << 6 << "unknown attribute \"Modalty\"";
        QTest::newRow("bad regex")
            << protocolJson(QStringLiteral("x"), QStringLiteral("X"), 0, QStringLiteral("\n    { \"attribute\": \"SeriesDescription\", \"constraint\": \"regex\", \"value\": \"t1(\" }"))
            << 7 << "invalid regular expression";
        QTest::newRow("misspelt key")
            << protocolJson(QStringLiteral("x"), QStringLiteral("X"), 0, QStringLiteral(R"({ "attribute": "Modality", "constraint": "exists", "wieght": 2 })"))
            << 6 << "unknown key \"wieght\"";
        QByteArray grid = valid;
        grid.replace("\"columns\": 1", "\"columns\": 2");
        QTest::newRow("viewports do not fill the grid") << grid << 7 << "2 places but 1 viewports";
        QTest::newRow("prior beyond count")
            << protocolJson(QStringLiteral("x"), QStringLiteral("X"), 0, {}, QStringLiteral("\n  \"priors\": { \"count\": 1 },")).replace("\"displaySet\": {}", "\"displaySet\": { \"study\": \"prior 2\" }")
            << 8 << "needs priors.count of at least 2";
        QByteArray sync = valid;
        sync.replace("} ] } ]", "} ],\n    \"sync\": [ { \"kind\": \"scroll\", \"viewports\": [0, 3] } ] } ]");
        QTest::newRow("sync names a missing viewport") << sync << 8 << "viewport 3 does not exist";
        QByteArray department = valid;
        department.replace("radiology", "dermatology");
        QTest::newRow("unknown department") << department << 4 << "radiology, cardiology, oncology, other";
    }
    void invalidFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, reason);
        ProtocolProblem problem;
        QVERIFY(!ProtocolReader::read(json, QStringLiteral("broken.json"), &problem));
        QVERIFY2(problem.reason.contains(reason), qPrintable(problem.text()));
        QCOMPARE(problem.line, line);
        QVERIFY(problem.text().startsWith(QStringLiteral("broken.json:%1: ").arg(line)));
    }

    void invalidFileIsReportedAndOthersLoad()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")), protocolJson(QStringLiteral("a"), QStringLiteral("A"), 0, {})));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.json")), "{\n  \"id\": \"b\",\n  \"name\": \"B\"\n  \"department\": \"other\"\n}\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.json")), protocolJson(QStringLiteral("c"), QStringLiteral("C"), 0, {})));
        const ProtocolLibrary library({dir.path(), {}, {}});
        QCOMPARE(library.protocols().size(), std::size_t{2});
        QVERIFY(library.find(QStringLiteral("a")) && library.find(QStringLiteral("c")));
        QCOMPARE(library.problems().size(), std::size_t{1});
        QCOMPARE(library.problems().front().file, dir.filePath(QStringLiteral("b.json")));
        QCOMPARE(library.problems().front().line, 4);
    }

    void userOverridesSiteOverridesBundled()
    {
        QTemporaryDir bundled, site, user;
        QVERIFY(writeFile(bundled.filePath(QStringLiteral("ct.json")), protocolJson(QStringLiteral("ct"), QStringLiteral("Bundled CT"), 0, {})));
        QVERIFY(writeFile(bundled.filePath(QStringLiteral("mr.json")), protocolJson(QStringLiteral("mr"), QStringLiteral("Bundled MR"), 0, {})));
        QVERIFY(writeFile(site.filePath(QStringLiteral("site-ct.json")), protocolJson(QStringLiteral("ct"), QStringLiteral("Site CT"), 0, {})));
        QVERIFY(writeFile(site.filePath(QStringLiteral("site-mr.json")), protocolJson(QStringLiteral("mr"), QStringLiteral("Site MR"), 0, {})));
        QVERIFY(writeFile(user.filePath(QStringLiteral("my-ct.json")), protocolJson(QStringLiteral("ct"), QStringLiteral("My CT"), 0, {})));
        ProtocolLibrary library({bundled.path(), site.path(), user.path()});
        QCOMPARE(library.protocols().size(), std::size_t{2});
        QCOMPARE(library.find(QStringLiteral("ct"))->protocol.name, QStringLiteral("My CT"));
        QCOMPARE(library.find(QStringLiteral("ct"))->level, ProtocolLevel::User);
        QCOMPARE(library.find(QStringLiteral("ct"))->overriddenFiles,
                 QStringList({bundled.filePath(QStringLiteral("ct.json")), site.filePath(QStringLiteral("site-ct.json"))}));
        QCOMPARE(library.find(QStringLiteral("mr"))->protocol.name, QStringLiteral("Site MR"));

        // Reload without restart: removing the user file brings the site protocol back.
        QVERIFY(QFile::remove(user.filePath(QStringLiteral("my-ct.json"))));
        library.reload();
        QCOMPARE(library.find(QStringLiteral("ct"))->protocol.name, QStringLiteral("Site CT"));

        // With watching on, an edited file is picked up by itself.
        library.setWatching(true);
        QSignalSpy reloaded(&library, &ProtocolLibrary::reloaded);
        QVERIFY(writeFile(user.filePath(QStringLiteral("my-mr.json")), protocolJson(QStringLiteral("mr"), QStringLiteral("My MR"), 0, {})));
        QTRY_VERIFY_WITH_TIMEOUT(library.find(QStringLiteral("mr"))->protocol.name == QStringLiteral("My MR"), 20000);
        QVERIFY(reloaded.count() >= 1);
    }

    void requiredRuleDisqualifies()
    {
        std::vector<Protocol> protocols;
        // Heavier, but its required MR rule fails on a CT study.
        protocols.push_back(parse(protocolJson(QStringLiteral("heavy-mr"), QStringLiteral("Heavy"), 0,
                                               QStringLiteral(R"({ "attribute": "Modality", "constraint": "equals", "value": "MR", "required": true, "weight": 1 },
                                                                 { "attribute": "StudyDescription", "constraint": "contains", "value": "chest", "weight": 100 })"))));
        protocols.push_back(parse(protocolJson(QStringLiteral("light-ct"), QStringLiteral("Light"), 0,
                                               QStringLiteral(R"({ "attribute": "Modality", "constraint": "equals", "value": "ct", "weight": 2 })"))));
        const ProtocolMatcher matcher(std::move(protocols));
        const StudySet studies = ctStudy();
        const MatchResult result = matcher.match(studies);
        QVERIFY(result.matched());
        QCOMPARE(result.best()->protocolId, QStringLiteral("light-ct"));   // "ct" matches "CT": text ignores case
        QCOMPARE(result.best()->score, 2.0);
        QCOMPARE(result.qualifiedCount(), 1);
        const CandidateScore& loser = result.candidates.back();
        QCOMPARE(loser.protocolId, QStringLiteral("heavy-mr"));
        QVERIFY(!loser.qualified);
        QVERIFY2(loser.disqualification.contains(QStringLiteral("Modality equals MR")), qPrintable(loser.disqualification));
        QVERIFY(result.explanation().contains(QStringLiteral("not matched: heavy-mr")));
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("passes");
        QTest::newRow("equals, other case") << R"("attribute": "StudyDescription", "constraint": "equals", "value": "ct chest")" << true;
        QTest::newRow("equals, one of") << R"("attribute": "Modality", "constraint": "equals", "value": ["MR", "CT"])" << true;
        QTest::newRow("equals fails") << R"("attribute": "Modality", "constraint": "equals", "value": "MR")" << false;
        QTest::newRow("contains") << R"("attribute": "SeriesDescription", "constraint": "contains", "value": "LUNG")" << true;
        QTest::newRow("startsWith") << R"("attribute": "SeriesDescription", "constraint": "startsWith", "value": "soft")" << true;
        QTest::newRow("startsWith fails") << R"("attribute": "SeriesDescription", "constraint": "startsWith", "value": "tissue")" << false;
        QTest::newRow("regex") << R"("attribute": "SeriesDescription", "constraint": "regex", "value": "^lung \\d+mm$")" << true;
        QTest::newRow("range inside") << R"("attribute": "numberOfSeries", "constraint": "range", "min": 2, "max": 3)" << true;
        QTest::newRow("range outside") << R"("attribute": "numberOfSeries", "constraint": "range", "min": 4)" << false;
        QTest::newRow("exists") << R"("attribute": "StudyDescription", "constraint": "exists")" << true;
        QTest::newRow("exists, absent") << R"("attribute": "BodyPartExamined", "constraint": "exists")" << false;
        QTest::newRow("notExists") << R"("attribute": "BodyPartExamined", "constraint": "notExists")" << true;
        QTest::newRow("modalitiesInStudy") << R"("attribute": "modalitiesInStudy", "constraint": "equals", "value": "CT")" << true;
        QTest::newRow("daysBeforeCurrent of current") << R"("attribute": "daysBeforeCurrent", "constraint": "range", "max": 0)" << true;
    }
    void constraints()
    {
        QFETCH(QString, rule);
        const QString rules = QStringLiteral("{ %1, \"required\": true, \"weight\": 3 }").arg(rule);
        std::vector<Protocol> protocols{parse(protocolJson(QStringLiteral("p"), QStringLiteral("P"), 0, rules))};
        for (ProtocolMatcher::Strategy strategy : {ProtocolMatcher::Strategy::Compiled, ProtocolMatcher::Strategy::Naive}) {
            const ProtocolMatcher matcher(protocols, strategy);
            const StudySet studies = ctStudy();
            const MatchResult result = matcher.match(studies);
            QTEST(result.matched(), "passes");
            QCOMPARE(result.candidates.front().score, result.matched() ? 3.0 : 0.0);
        }
    }

    void tiesBreak_data()
    {
        QTest::addColumn<int>("priorityA");
        QTest::addColumn<int>("priorityB");
        QTest::addColumn<int>("extraRulesB");
        QTest::addColumn<QString>("expected");
        QTest::newRow("higher priority wins") << 5 << 1 << 2 << "a";
        QTest::newRow("higher priority wins, other way") << 1 << 5 << 0 << "b";
        QTest::newRow("equal priority: more rules wins") << 3 << 3 << 2 << "b";
        QTest::newRow("all equal: id order") << 3 << 3 << 0 << "a";
    }
    void tiesBreak()
    {
        QFETCH(int, priorityA);
        QFETCH(int, priorityB);
        QFETCH(int, extraRulesB);
        const QString scoring = QStringLiteral(R"({ "attribute": "Modality", "constraint": "equals", "value": "CT", "weight": 10 })");
        QString rulesB = scoring;
        // Extra rules that add no weight: the score stays equal, the protocol is more specific.
        for (int i = 0; i < extraRulesB; ++i)
            rulesB += QStringLiteral(R"(, { "attribute": "SeriesDescription", "constraint": "exists", "weight": 0 })");
        std::vector<Protocol> protocols{parse(protocolJson(QStringLiteral("b"), QStringLiteral("B"), priorityB, rulesB)),
                                        parse(protocolJson(QStringLiteral("a"), QStringLiteral("A"), priorityA, scoring))};
        const ProtocolMatcher matcher(std::move(protocols));
        const StudySet studies = ctStudy();
        const MatchResult result = matcher.match(studies);
        QCOMPARE(result.candidates[0].score, result.candidates[1].score);
        QTEST(result.best()->protocolId, "expected");
    }

    // The explanation names the rule that put a series in a viewport.
    void explanationNamesTheFillingRule()
    {
        const QByteArray json = R"({
  "id": "lung", "name": "Lung", "department": "radiology",
  "rules": [ { "attribute": "Modality", "constraint": "equals", "value": "CT", "weight": 10 } ],
  "stages": [ { "layout": { "rows": 1, "columns": 2 }, "viewports": [
    { "displaySet": { "rules": [ { "attribute": "SeriesDescription", "constraint": "contains", "value": "lung", "weight": 5 } ] }, "window": { "preset": "Lung" } },
    { "displaySet": { "rules": [ { "attribute": "SeriesDescription", "constraint": "contains", "value": "mediastinum", "weight": 5 } ], "fallback": "anyUnused" } }
  ] } ]
})";
        const ProtocolMatcher matcher({parse(json)});
        const StudySet studies = ctStudy();
        const MatchResult result = matcher.match(studies);
        QVERIFY(result.matched());
        QCOMPARE(result.stages.size(), std::size_t{1});
        const ViewportAssignment& lung = result.stages[0][0];
        QCOMPARE(lung.source, ViewportAssignment::Source::Rules);
        QCOMPARE(lung.seriesNumber, 2);
        QCOMPARE(lung.seriesInstanceUid, QStringLiteral("1.1.2"));
        QVERIFY2(lung.reason.contains(QStringLiteral("SeriesDescription contains lung")), qPrintable(lung.reason));
        QCOMPARE(lung.rules.size(), std::size_t{1});
        QVERIFY(lung.rules[0].passed);
        QCOMPARE(lung.rules[0].actual, QStringLiteral("Lung 1mm"));
        // No mediastinum series: the fallback takes the first series not shown yet, and says so.
        const ViewportAssignment& other = result.stages[0][1];
        QCOMPARE(other.source, ViewportAssignment::Source::Fallback);
        QCOMPARE(other.seriesNumber, 1);
        QVERIFY2(other.reason.contains(QStringLiteral("fallback anyUnused")), qPrintable(other.reason));
        QVERIFY(result.explanation().contains(QStringLiteral("current study: Modality equals CT -> CT: pass (+10)")));
    }

    void priorsAreChosenBySelection()
    {
        auto current = std::make_unique<InMemoryStudy>(QStringLiteral("c"), QStringLiteral("P"), QDate(2024, 1, 10), QStringLiteral("CT"));
        current->addSeries(QStringLiteral("CT"), 1, QStringLiteral("axial"), QStringLiteral("c.1"));
        std::vector<std::unique_ptr<StudyAttributes>> priors;
        auto mr = std::make_unique<InMemoryStudy>(QStringLiteral("mr"), QStringLiteral("P"), QDate(2023, 12, 1));
        mr->addSeries(QStringLiteral("MR"), 1, QStringLiteral("t1"), QStringLiteral("mr.1"));
        auto oldCt = std::make_unique<InMemoryStudy>(QStringLiteral("ct-2020"), QStringLiteral("P"), QDate(2020, 1, 10));
        oldCt->addSeries(QStringLiteral("CT"), 1, QStringLiteral("axial"), QStringLiteral("ct2020.1"));
        auto ct = std::make_unique<InMemoryStudy>(QStringLiteral("ct-2023"), QStringLiteral("P"), QDate(2023, 1, 10));
        ct->addSeries(QStringLiteral("CT"), 1, QStringLiteral("axial"), QStringLiteral("ct2023.1"));
        priors.push_back(std::move(oldCt));
        priors.push_back(std::move(mr));
        priors.push_back(std::move(ct));
        const StudySet studies(std::move(current), std::move(priors));
        QCOMPARE(studies.prior(0).studyInstanceUid(), QStringLiteral("mr"));   // most recent first
        QCOMPARE(studies.daysBeforeCurrent(2), 365);

        const QString extra = QStringLiteral(R"(
  "priors": { "count": 1, "minimum": 1, "selection": "sameModality",
              "rules": [ { "attribute": "daysBeforeCurrent", "constraint": "range", "max": 400, "weight": 4 } ] },)");
        QByteArray json = protocolJson(QStringLiteral("cmp"), QStringLiteral("Compare"), 0, {}, extra);
        json.replace("\"displaySet\": {}", "\"displaySet\": { \"study\": \"prior 1\" }");
        const ProtocolMatcher matcher({parse(json)});
        const MatchResult result = matcher.match(studies);
        QVERIFY(result.matched());
        QCOMPARE(result.best()->priorStudies, std::vector<int>{2});   // the 2023 CT, not the newer MR
        QCOMPARE(result.best()->score, 4.0);
        QCOMPARE(result.stages[0][0].seriesInstanceUid, QStringLiteral("ct2023.1"));

        // Asking for a prior within 30 days finds none: disqualified, and the reason says so.
        QByteArray strict = json;
        strict.replace("\"max\": 400", "\"max\": 30, \"required\": true");
        const ProtocolMatcher strictMatcher({parse(strict)});
        const MatchResult none = strictMatcher.match(studies);
        QVERIFY(!none.matched());
        QVERIFY2(none.candidates.front().disqualification.contains(QStringLiteral("needs 1 prior")), qPrintable(none.candidates.front().disqualification));
    }

    void navigation()
    {
        std::vector<CandidateScore> candidates(3);
        const std::tuple<const char*, int, bool> rows[] = {{"best", 2, true}, {"second", 1, true}, {"out", 3, false}};
        for (int i = 0; i < 3; ++i) {
            candidates[static_cast<std::size_t>(i)].protocolIndex = i;
            candidates[static_cast<std::size_t>(i)].protocolId = QLatin1String(std::get<0>(rows[i]));
            candidates[static_cast<std::size_t>(i)].stageCount = std::get<1>(rows[i]);
            candidates[static_cast<std::size_t>(i)].qualified = std::get<2>(rows[i]);
        }
        ProtocolNavigator navigator(candidates);
        QCOMPARE(navigator.protocolCount(), 2);   // disqualified protocols are not offered
        QCOMPARE(navigator.currentProtocol()->protocolId, QStringLiteral("best"));
        QVERIFY(!navigator.previousStage());
        QVERIFY(navigator.nextStage());
        QCOMPARE(navigator.stage(), 1);
        QVERIFY(!navigator.nextStage());
        QVERIFY(navigator.nextProtocol());
        QCOMPARE(navigator.currentProtocol()->protocolId, QStringLiteral("second"));
        QCOMPARE(navigator.stage(), 0);
        QVERIFY(!navigator.nextProtocol());
        QVERIFY(navigator.previousProtocol());
        QCOMPARE(navigator.protocolPosition(), 0);
        QCOMPARE(navigator.stageCount(), 2);
    }
};

QTEST_GUILESS_MAIN(ProtocolEngineTest)
#include "ProtocolEngineTest.moc"
