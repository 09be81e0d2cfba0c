#include "ProtocolReader.h"

#include "JsonLocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace continuum::hanging_protocols {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::hanging_protocols::ProtocolReader", text);
}

// The first problem found, with the JSON path of the value it concerns.
struct Failure {
    QStringList path;
    QString reason;
};

class Parser {
public:
    Protocol protocol(const QJsonObject& root)
    {
        allowOnly(root, {"$schema", "comment", "id", "name", "description", "department", "priority", "rules", "priors", "stages"});
        Protocol p;
        p.id = requiredString(root, "id");
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!idPattern.match(p.id).hasMatch())
            fail({"id"}, tr("the id \"%1\" may only hold letters, digits, '.', '_' and '-'").arg(p.id));
        p.name = requiredString(root, "name");
        p.description = optionalString(root, "description");
        p.department = enumValue<Department>(root, "department", true).value_or(Department::Other);
        p.priority = integer(root, "priority", 0, -1000, 1000);
        p.rules = rules(root, "rules");
        if (root.contains(QLatin1String("priors")))
            p.priors = priors(object(root, "priors"));
        m_priorCount = p.priors.count;
        const QJsonArray stages = array(root, "stages");
        if (stages.isEmpty())
            fail({"stages"}, tr("a protocol needs at least one stage"));
        for (int i = 0; i < stages.size(); ++i) {
            const Scope scope(*this, QString::number(i), "stages");
            p.stages.push_back(stage(asObject(stages[i])));
        }
        return p;
    }

private:
    // Pushes path segments for the lifetime of a block.
    class Scope {
    public:
        Scope(Parser& parser, const QString& segment, const char* parent = nullptr) : m_parser(parser), m_count(parent ? 2 : 1)
        {
            if (parent)
                m_parser.m_path << QLatin1String(parent);
            m_parser.m_path << segment;
        }
        ~Scope()
        {
            for (int i = 0; i < m_count; ++i)
                m_parser.m_path.removeLast();
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Parser& m_parser;
        int m_count;
    };

    [[noreturn]] void fail(std::initializer_list<const char*> tail, const QString& reason) const
    {
        QStringList path = m_path;
        for (const char* segment : tail)
            path << QLatin1String(segment);
        throw Failure{path, reason};
    }
    QString where(const char* key) const
    {
        QStringList path = m_path;
        path << QLatin1String(key);
        return path.join(QLatin1Char('.'));
    }

    void allowOnly(const QJsonObject& object, std::initializer_list<const char*> keys) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : keys)
                known = known || it.key() == QLatin1String(key);
            if (!known) {
                QStringList path = m_path;
                path << it.key();
                QStringList allowed;
                for (const char* key : keys)
                    allowed << QLatin1String(key);
                throw Failure{path, tr("unknown key \"%1\" (allowed here: %2)").arg(it.key(), allowed.join(QStringLiteral(", ")))};
            }
        }
    }

    QJsonObject asObject(const QJsonValue& value) const
    {
        if (!value.isObject())
            throw Failure{m_path, tr("%1 must be an object").arg(m_path.join(QLatin1Char('.')))};
        return value.toObject();
    }
    QJsonObject object(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (!value.isObject())
            fail({key}, tr("%1 must be an object").arg(where(key)));
        return value.toObject();
    }
    QJsonArray array(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail({key}, tr("%1 must be an array").arg(where(key)));
        return value.toArray();
    }
    QString requiredString(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            fail({}, tr("missing \"%1\"").arg(where(key)));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail({key}, tr("%1 must be a non-empty string").arg(where(key)));
        return value.toString();
    }
    QString optionalString(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isString())
            fail({key}, tr("%1 must be a string").arg(where(key)));
        return value.toString();
    }
    int integer(const QJsonObject& parent, const char* key, int defaultValue, int minimum, int maximum) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return defaultValue;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum)
            fail({key}, tr("%1 must be a whole number from %2 to %3").arg(where(key)).arg(minimum).arg(maximum));
        return static_cast<int>(number);
    }
    std::optional<double> number(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble())
            fail({key}, tr("%1 must be a number").arg(where(key)));
        return value.toDouble();
    }
    bool boolean(const QJsonObject& parent, const char* key, bool defaultValue) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return defaultValue;
        if (!value.isBool())
            fail({key}, tr("%1 must be true or false").arg(where(key)));
        return value.toBool();
    }
    template <typename Enum>
    std::optional<Enum> enumValue(const QJsonObject& parent, const char* key, bool required) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail({}, tr("missing \"%1\"").arg(where(key)));
            return std::nullopt;
        }
        const std::optional<Enum> result = enumFromName<Enum>(value.toString());
        if (!value.isString() || !result)
            fail({key}, tr("%1 must be one of: %2").arg(where(key), enumNames<Enum>().join(QStringLiteral(", "))));
        return result;
    }

    std::vector<MatchRule> rules(const QJsonObject& parent, const char* key)
    {
        std::vector<MatchRule> result;
        const QJsonArray list = array(parent, key);
        for (int i = 0; i < list.size(); ++i) {
            const Scope scope(*this, QString::number(i), key);
            result.push_back(rule(asObject(list[i])));
        }
        return result;
    }

    MatchRule rule(const QJsonObject& o)
    {
        allowOnly(o, {"comment", "attribute", "constraint", "value", "min", "max", "weight", "required"});
        MatchRule r;
        QString error;
        const std::optional<AttributeKey> key = AttributeKey::parse(requiredString(o, "attribute"), &error);
        if (!key)
            fail({"attribute"}, error);
        r.attribute = *key;
        const QString constraintText = requiredString(o, "constraint");
        const std::optional<Constraint> constraint = MatchRule::constraintFromName(constraintText);
        if (!constraint)
            fail({"constraint"}, tr("unknown constraint \"%1\" (equals, contains, startsWith, regex, range, exists, notExists)").arg(constraintText));
        r.constraint = *constraint;
        r.weight = number(o, "weight").value_or(1.0);
        if (r.weight < 0)
            fail({"weight"}, tr("a weight cannot be negative"));
        r.required = boolean(o, "required", false);

        const QJsonValue value = o.value(QLatin1String("value"));
        switch (r.constraint) {
        case Constraint::Exists:
        case Constraint::NotExists:
            if (!value.isUndefined() || o.contains(QLatin1String("min")) || o.contains(QLatin1String("max")))
                fail({}, tr("%1 takes no value").arg(constraintText));
            break;
        case Constraint::Range:
            if (!value.isUndefined())
                fail({"value"}, tr("range takes \"min\" and/or \"max\", not \"value\""));
            r.minimum = number(o, "min");
            r.maximum = number(o, "max");
            if (!r.minimum && !r.maximum)
                fail({}, tr("range needs \"min\", \"max\" or both"));
            if (r.minimum && r.maximum && *r.minimum > *r.maximum)
                fail({"min"}, tr("range minimum %1 is above its maximum %2").arg(*r.minimum).arg(*r.maximum));
            break;
        case Constraint::Equals:
        case Constraint::Contains:
        case Constraint::StartsWith:
        case Constraint::Regex: {
            if (o.contains(QLatin1String("min")) || o.contains(QLatin1String("max")))
                fail({}, tr("only range takes \"min\" and \"max\""));
            if (value.isUndefined())
                fail({}, tr("%1 needs a \"value\"").arg(constraintText));
            auto text = [&](const QJsonValue& v) -> QString {
                if (v.isString())
                    return v.toString();
                if (v.isDouble())
                    return QString::number(v.toDouble(), 'g', 15);
                fail({"value"}, tr("a value must be a string or a number"));
            };
            if (value.isArray()) {
                if (r.constraint == Constraint::Regex)
                    fail({"value"}, tr("regex takes one pattern (use | for alternatives)"));
                for (const QJsonValue& v : value.toArray())
                    r.values << text(v);
                if (r.values.isEmpty())
                    fail({"value"}, tr("the list of values is empty"));
            } else {
                r.values << text(value);
            }
            if (r.constraint == Constraint::Regex) {
                const QRegularExpression expression(r.values.front());
                if (!expression.isValid()) {
                    fail({"value"}, tr("invalid regular expression \"%1\": %2 at offset %3")
                                        .arg(r.values.front(), expression.errorString())
                                        .arg(expression.patternErrorOffset()));
                }
            }
            break;
        }
        }
        return r;
    }

    PriorRequirement priors(const QJsonObject& o)
    {
        const Scope scope(*this, QStringLiteral("priors"));
        allowOnly(o, {"comment", "count", "minimum", "selection", "rules"});
        PriorRequirement p;
        p.count = integer(o, "count", 1, 0, 16);
        p.minimum = integer(o, "minimum", 0, 0, 16);
        if (p.minimum > p.count)
            fail({"minimum"}, tr("priors.minimum (%1) cannot exceed priors.count (%2)").arg(p.minimum).arg(p.count));
        p.selection = enumValue<PriorSelection>(o, "selection", false).value_or(PriorSelection::MostRecent);
        p.rules = rules(o, "rules");
        return p;
    }

    Stage stage(const QJsonObject& o)
    {
        allowOnly(o, {"comment", "name", "layout", "viewports", "sync"});
        Stage s;
        s.name = optionalString(o, "name");
        {
            const QJsonObject layout = object(o, "layout");
            const Scope scope(*this, QStringLiteral("layout"));
            allowOnly(layout, {"comment", "rows", "columns", "rectangles"});
            if (layout.contains(QLatin1String("rectangles"))) {
                if (layout.contains(QLatin1String("rows")) || layout.contains(QLatin1String("columns")))
                    fail({}, tr("a layout has rows and columns or rectangles, not both"));
                const QJsonArray rects = array(layout, "rectangles");
                for (int i = 0; i < rects.size(); ++i) {
                    const Scope rectScope(*this, QString::number(i), "rectangles");
                    s.rectangles.push_back(rectangle(asObject(rects[i])));
                }
                if (s.rectangles.empty())
                    fail({"rectangles"}, tr("a free layout needs at least one rectangle"));
            } else {
                s.rows = integer(layout, "rows", 1, 1, 8);
                s.columns = integer(layout, "columns", 1, 1, 8);
            }
        }
        const QJsonArray viewports = array(o, "viewports");
        const std::size_t expected = s.rectangles.empty() ? static_cast<std::size_t>(s.rows * s.columns) : s.rectangles.size();
        if (static_cast<std::size_t>(viewports.size()) != expected)
            fail({"viewports"}, tr("the layout has %1 places but %2 viewports are given").arg(expected).arg(viewports.size()));
        for (int i = 0; i < viewports.size(); ++i) {
            const Scope scope(*this, QString::number(i), "viewports");
            s.viewports.push_back(viewport(asObject(viewports[i])));
        }
        const QJsonArray sync = array(o, "sync");
        for (int i = 0; i < sync.size(); ++i) {
            const Scope scope(*this, QString::number(i), "sync");
            const QJsonObject g = asObject(sync[i]);
            allowOnly(g, {"comment", "kind", "viewports"});
            SyncGroup group;
            group.kind = *enumValue<SyncKind>(g, "kind", true);
            const QJsonArray members = array(g, "viewports");
            for (const QJsonValue& member : members) {
                const int index = member.toInt(-1);
                if (!member.isDouble() || index < 0 || index >= viewports.size())
                    fail({"viewports"}, tr("sync group viewport %1 does not exist (viewports are numbered from 0 to %2)")
                                            .arg(member.toVariant().toString()).arg(viewports.size() - 1));
                group.viewports.push_back(index);
            }
            if (group.viewports.size() < 2)
                fail({"viewports"}, tr("a sync group needs at least two viewports"));
            s.syncGroups.push_back(group);
        }
        return s;
    }

    NormalizedRect rectangle(const QJsonObject& o)
    {
        allowOnly(o, {"x", "y", "width", "height"});
        NormalizedRect r;
        auto coordinate = [&](const char* key) {
            const std::optional<double> v = number(o, key);
            if (!v || *v < 0.0 || *v > 1.0)
                fail({key}, tr("%1 must be a number from 0 to 1").arg(where(key)));
            return *v;
        };
        r.x = coordinate("x");
        r.y = coordinate("y");
        r.width = coordinate("width");
        r.height = coordinate("height");
        constexpr double kSlack = 1e-6;
        if (r.width <= 0.0 || r.height <= 0.0 || r.x + r.width > 1.0 + kSlack || r.y + r.height > 1.0 + kSlack)
            fail({}, tr("the rectangle must have a size and lie inside the stage (0..1)"));
        return r;
    }

    Viewport viewport(const QJsonObject& o)
    {
        allowOnly(o, {"comment", "displaySet", "window", "scaling", "zoom", "cine"});
        Viewport v;
        {
            const QJsonObject d = object(o, "displaySet");
            const Scope scope(*this, QStringLiteral("displaySet"));
            v.displaySet = displaySet(d);
        }
        if (o.contains(QLatin1String("window"))) {
            const QJsonObject w = object(o, "window");
            const Scope scope(*this, QStringLiteral("window"));
            allowOnly(w, {"preset", "center", "width"});
            WindowSetting window;
            window.preset = optionalString(w, "preset");
            window.center = number(w, "center");
            window.width = number(w, "width");
            if (!window.preset.isEmpty() && (window.center || window.width))
                fail({}, tr("a window is a preset or center and width, not both"));
            if (window.preset.isEmpty() && (!window.center || !window.width))
                fail({}, tr("a window needs a preset, or both center and width"));
            if (window.width && *window.width < 1.0)
                fail({"width"}, tr("the window width must be at least 1"));
            v.window = window;
        }
        v.scaling = enumValue<Scaling>(o, "scaling", false).value_or(Scaling::Fit);
        v.zoom = number(o, "zoom").value_or(1.0);
        if (v.zoom <= 0.0 || v.zoom > 64.0)
            fail({"zoom"}, tr("zoom must be above 0 and at most 64"));
        if (o.contains(QLatin1String("cine"))) {
            const QJsonObject c = object(o, "cine");
            const Scope scope(*this, QStringLiteral("cine"));
            allowOnly(c, {"autoplay", "framesPerSecond", "loop"});
            CineSetting cine;
            cine.autoplay = boolean(c, "autoplay", false);
            cine.framesPerSecond = number(c, "framesPerSecond");
            if (cine.framesPerSecond && (*cine.framesPerSecond <= 0.0 || *cine.framesPerSecond > 1000.0))
                fail({"framesPerSecond"}, tr("framesPerSecond must be above 0 and at most 1000"));
            cine.loop = boolean(c, "loop", true);
            v.cine = cine;
        }
        return v;
    }

    DisplaySetSelector displaySet(const QJsonObject& o)
    {
        allowOnly(o, {"comment", "study", "rules", "preferredOrientation", "reconstruction", "distinct", "fallback"});
        DisplaySetSelector d;
        const QString study = optionalString(o, "study");
        static const QRegularExpression priorPattern(QStringLiteral("^prior\\s+([1-9][0-9]*)$"));
        if (study.isEmpty() || study == QLatin1String("current")) {
            d.study = 0;
        } else if (const QRegularExpressionMatch match = priorPattern.match(study); match.hasMatch()) {
            d.study = match.captured(1).toInt();
            if (d.study > m_priorCount)
                fail({"study"}, tr("\"%1\" needs priors.count of at least %2 (it is %3)").arg(study).arg(d.study).arg(m_priorCount));
        } else {
            fail({"study"}, tr("study must be \"current\" or \"prior N\" (N from 1)"));
        }
        d.rules = rules(o, "rules");
        const QString orientation = optionalString(o, "preferredOrientation");
        if (!orientation.isEmpty()) {
            d.preferredOrientation = PlaneOrientation::fromName(orientation);
            if (!d.preferredOrientation || *d.preferredOrientation == PlaneOrientation::Plane::Oblique)
                fail({"preferredOrientation"}, tr("preferredOrientation must be axial, coronal or sagittal"));
        }
        d.reconstruction = enumValue<Reconstruction>(o, "reconstruction", false).value_or(Reconstruction::None);
        if (d.reconstruction == Reconstruction::Mpr && !d.preferredOrientation)
            fail({"reconstruction"}, tr("an mpr reconstruction needs a preferredOrientation to reformat to"));
        d.distinct = boolean(o, "distinct", false);
        d.fallback = enumValue<Fallback>(o, "fallback", false).value_or(Fallback::AnyUnused);
        return d;
    }

    QStringList m_path;
    int m_priorCount = 0;
};

} // namespace

std::optional<Protocol> ProtocolReader::read(const QByteArray& json, const QString& fileName, ProtocolProblem* problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (problem)
            *problem = {fileName, JsonLocator::lineAt(json, parseError.offset), tr("not valid JSON: %1").arg(parseError.errorString())};
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (problem)
            *problem = {fileName, 1, tr("a protocol file holds one JSON object")};
        return std::nullopt;
    }
    try {
        Parser parser;
        return parser.protocol(document.object());
    } catch (const Failure& failure) {
        if (problem)
            *problem = {fileName, JsonLocator::lineOf(json, failure.path), failure.reason};
        return std::nullopt;
    }
}

std::optional<Protocol> ProtocolReader::readFile(const QString& path, ProtocolProblem* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = {path, 0, tr("cannot read the file: %1").arg(file.errorString())};
        return std::nullopt;
    }
    return read(file.readAll(), path, problem);
}

} // namespace continuum::hanging_protocols
