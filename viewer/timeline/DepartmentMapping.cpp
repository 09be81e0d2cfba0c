#include "DepartmentMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

// The mapping file is compiled into continuum_timeline, a static library: register it explicitly
// or the linker drops the resource initialiser.
static void registerTimelineResources()
{
    Q_INIT_RESOURCE(continuum_timeline);
}

namespace continuum::timeline {
namespace {

const QString kFormat = QStringLiteral("continuum-department-mapping");
const QString kImages = QStringLiteral("images");

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::timeline::DepartmentMapping", text);
}

int lineAtOffset(const QByteArray& json, qsizetype offset)
{
    return static_cast<int>(json.left(offset).count('\n')) + 1;
}

// QJsonDocument keeps no positions, so find the line where each object of the top-level "rules"
// array starts with a small scan of the text (strings and escapes skipped), for error messages.
std::vector<int> ruleStartLines(const QByteArray& json)
{
    std::vector<int> lines;
    int line = 1;
    int depth = 0;
    int rulesDepth = -1;
    QByteArray lastString;
    QByteArray current;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                lastString = current;
            } else
                current.append(c);
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
        case '{':
            if (depth == rulesDepth)
                lines.push_back(line);
            ++depth;
            break;
        case '[':
            ++depth;
            if (depth == 2 && rulesDepth < 0 && lastString == "rules")
                rulesDepth = depth;
            break;
        case '}':
        case ']':
            if (depth == rulesDepth && c == ']')
                rulesDepth = -2;   // the rules array is closed; later arrays are not rules
            --depth;
            break;
        default:
            break;
        }
    }
    return lines;
}

std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (value.isString())
        return QStringList{value.toString().trimmed()};
    if (!value.isArray())
        return std::nullopt;
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return std::nullopt;
        result.append(item.toString().trimmed());
    }
    return result;
}

} // namespace

std::optional<DepartmentMapping> DepartmentMapping::fromJson(const QByteArray& json, const QString& sourceName,
                                                             QString* error)
{
    const auto fail = [&](int line, const QString& what) -> std::optional<DepartmentMapping> {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(sourceName).arg(line).arg(what);
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAtOffset(json, parseError.offset), parseError.errorString());
    if (!document.isObject())
        return fail(1, tr("the mapping must be a JSON object"));

    const QJsonObject root = document.object();
    static const QSet<QString> rootKeys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("comment"),
                                        QStringLiteral("fallback"), QStringLiteral("rules")};
    for (const QString& key : root.keys()) {
        if (!rootKeys.contains(key))
            return fail(1, tr("unknown key \"%1\" (expected format, version, comment, fallback, rules)").arg(key));
    }
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(1, tr("\"format\" must be \"%1\"").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        return fail(1, tr("unsupported \"version\" (this Continuum reads version 1)"));

    DepartmentMapping mapping;
    mapping.m_sourceName = sourceName;
    if (root.contains(QStringLiteral("fallback"))) {
        const auto fallback = departmentFromKey(root.value(QStringLiteral("fallback")).toString());
        if (!fallback)
            return fail(1, tr("\"fallback\" must be radiology, cardiology, oncology or other"));
        mapping.m_fallback = *fallback;
    }

    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray())
        return fail(1, tr("\"rules\" must be an array of rule objects"));
    const QJsonArray rules = rulesValue.toArray();
    const std::vector<int> lines = ruleStartLines(json);
    static const QSet<QString> ruleKeys{QStringLiteral("comment"), QStringLiteral("modalities"), QStringLiteral("sopClasses"),
                                        QStringLiteral("studyDescription"), QStringLiteral("department")};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const int line = i < static_cast<qsizetype>(lines.size()) ? lines[static_cast<std::size_t>(i)] : 1;
        const auto ruleFail = [&](const QString& what) { return fail(line, tr("rule %1: %2").arg(i + 1).arg(what)); };
        if (!rules[i].isObject())
            return ruleFail(tr("a rule must be an object"));
        const QJsonObject object = rules[i].toObject();
        for (const QString& key : object.keys()) {
            if (!ruleKeys.contains(key))
                return ruleFail(tr("unknown key \"%1\" (expected modalities, sopClasses, studyDescription, department, comment)").arg(key));
        }
        Rule rule;
        if (object.contains(QStringLiteral("modalities"))) {
            const auto list = stringList(object.value(QStringLiteral("modalities")));
            if (!list || list->isEmpty())
                return ruleFail(tr("\"modalities\" must be a non-empty list of modality codes"));
            for (const QString& modality : *list)
                rule.modalities.append(modality.toUpper());
        }
        if (object.contains(QStringLiteral("sopClasses"))) {
            const auto list = stringList(object.value(QStringLiteral("sopClasses")));
            if (!list || list->isEmpty())
                return ruleFail(tr("\"sopClasses\" must be a non-empty list of SOP Class UIDs"));
            rule.sopClasses = *list;
        }
        if (object.contains(QStringLiteral("studyDescription"))) {
            const QJsonValue pattern = object.value(QStringLiteral("studyDescription"));
            if (!pattern.isString() || pattern.toString().isEmpty())
                return ruleFail(tr("\"studyDescription\" must be a regular expression"));
            QRegularExpression expression(pattern.toString(), QRegularExpression::CaseInsensitiveOption);
            if (!expression.isValid())
                return ruleFail(tr("invalid regular expression \"%1\": %2").arg(pattern.toString(), expression.errorString()));
            rule.studyDescription = expression;
        }
        if (rule.modalities.isEmpty() && rule.sopClasses.isEmpty() && !rule.studyDescription)
            return ruleFail(tr("a rule needs at least one of modalities, sopClasses, studyDescription"));
        const QString department = object.value(QStringLiteral("department")).toString();
        if (department != kImages) {
            rule.department = departmentFromKey(department);
            if (!rule.department)
                return ruleFail(tr("unknown department \"%1\" (expected radiology, cardiology, oncology, other or images)")
                                    .arg(department));
        }
        mapping.m_rules.push_back(std::move(rule));
    }
    return mapping;
}

std::optional<DepartmentMapping> DepartmentMapping::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

QString DepartmentMapping::bundledPath()
{
    registerTimelineResources();
    return QStringLiteral(":/continuum/timeline/department-mapping.json");
}

const DepartmentMapping& DepartmentMapping::bundled()
{
    static const DepartmentMapping mapping = [] {
        QString error;
        auto loaded = fromFile(bundledPath(), &error);
        // The bundled file is tested; should it ever be broken, say so and place studies in "other".
        if (!loaded)
            qWarning("continuum: bundled department mapping unusable: %s", qPrintable(error));
        return loaded.value_or(DepartmentMapping{});
    }();
    return mapping;
}

bool DepartmentMapping::matches(const Rule& rule, const QString& studyDescription, const SeriesProcedure& series) const
{
    if (!rule.modalities.isEmpty() && !rule.modalities.contains(series.modality.trimmed().toUpper()))
        return false;
    if (!rule.sopClasses.isEmpty() && !rule.sopClasses.contains(series.sopClassUid.trimmed()))
        return false;
    if (rule.studyDescription && !rule.studyDescription->match(studyDescription).hasMatch())
        return false;
    return true;
}

Department DepartmentMapping::departmentOf(const StudyProcedure& study) const
{
    std::vector<SeriesProcedure> series = study.series;
    if (series.empty())
        series.push_back(SeriesProcedure{});   // description-only rules still apply
    std::optional<std::size_t> best;
    for (const SeriesProcedure& one : series) {
        for (std::size_t i = 0; i < m_rules.size() && (!best || i < *best); ++i) {
            if (!matches(m_rules[i], study.studyDescription, one))
                continue;
            if (m_rules[i].department)
                best = i;
            break;   // first matching rule wins for this series, "images" included
        }
    }
    return best ? *m_rules[*best].department : m_fallback;
}

bool DepartmentMapping::usesSopClasses() const
{
    return std::any_of(m_rules.begin(), m_rules.end(), [](const Rule& rule) { return !rule.sopClasses.isEmpty(); });
}

} // namespace continuum::timeline
