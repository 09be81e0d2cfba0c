#include "ProtocolWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace continuum::hanging_protocols {
namespace {

QJsonArray rulesJson(const std::vector<MatchRule>& rules)
{
    QJsonArray array;
    for (const MatchRule& r : rules) {
        QJsonObject o{{QStringLiteral("attribute"), r.attribute.name()}, {QStringLiteral("constraint"), MatchRule::constraintName(r.constraint)}};
        if (r.constraint == Constraint::Range) {
            if (r.minimum)
                o.insert(QStringLiteral("min"), *r.minimum);
            if (r.maximum)
                o.insert(QStringLiteral("max"), *r.maximum);
        } else if (r.constraint != Constraint::Exists && r.constraint != Constraint::NotExists) {
            if (r.values.size() == 1)
                o.insert(QStringLiteral("value"), r.values.front());
            else
                o.insert(QStringLiteral("value"), QJsonArray::fromStringList(r.values));
        }
        if (r.weight != 1.0)
            o.insert(QStringLiteral("weight"), r.weight);
        if (r.required)
            o.insert(QStringLiteral("required"), true);
        array.append(o);
    }
    return array;
}

QJsonObject viewportJson(const Viewport& v)
{
    const DisplaySetSelector& d = v.displaySet;
    QJsonObject displaySet;
    displaySet.insert(QStringLiteral("study"), d.study == 0 ? QStringLiteral("current") : QStringLiteral("prior %1").arg(d.study));
    if (!d.rules.empty())
        displaySet.insert(QStringLiteral("rules"), rulesJson(d.rules));
    if (d.preferredOrientation)
        displaySet.insert(QStringLiteral("preferredOrientation"), PlaneOrientation::name(*d.preferredOrientation));
    if (d.reconstruction != Reconstruction::None)
        displaySet.insert(QStringLiteral("reconstruction"), enumName(d.reconstruction));
    if (d.distinct)
        displaySet.insert(QStringLiteral("distinct"), true);
    if (d.fallback != Fallback::AnyUnused)
        displaySet.insert(QStringLiteral("fallback"), enumName(d.fallback));

    QJsonObject o{{QStringLiteral("displaySet"), displaySet}};
    if (v.window) {
        QJsonObject window;
        if (!v.window->preset.isEmpty())
            window.insert(QStringLiteral("preset"), v.window->preset);
        if (v.window->center)
            window.insert(QStringLiteral("center"), *v.window->center);
        if (v.window->width)
            window.insert(QStringLiteral("width"), *v.window->width);
        o.insert(QStringLiteral("window"), window);
    }
    if (v.scaling != Scaling::Fit)
        o.insert(QStringLiteral("scaling"), enumName(v.scaling));
    if (v.zoom != 1.0)
        o.insert(QStringLiteral("zoom"), v.zoom);
    if (v.cine) {
        QJsonObject cine{{QStringLiteral("autoplay"), v.cine->autoplay}};
        if (v.cine->framesPerSecond)
            cine.insert(QStringLiteral("framesPerSecond"), *v.cine->framesPerSecond);
        if (!v.cine->loop)
            cine.insert(QStringLiteral("loop"), false);
        o.insert(QStringLiteral("cine"), cine);
    }
    return o;
}

} // namespace

QJsonObject ProtocolWriter::toJsonObject(const Protocol& p)
{
    QJsonObject o{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("department"), enumName(p.department)}};
    if (!p.description.isEmpty())
        o.insert(QStringLiteral("description"), p.description);
    if (p.priority != 0)
        o.insert(QStringLiteral("priority"), p.priority);
    o.insert(QStringLiteral("rules"), rulesJson(p.rules));
    if (p.priors.count > 0 || p.priors.minimum > 0 || !p.priors.rules.empty()) {
        QJsonObject priors{{QStringLiteral("count"), p.priors.count}, {QStringLiteral("selection"), enumName(p.priors.selection)}};
        if (p.priors.minimum > 0)
            priors.insert(QStringLiteral("minimum"), p.priors.minimum);
        if (!p.priors.rules.empty())
            priors.insert(QStringLiteral("rules"), rulesJson(p.priors.rules));
        o.insert(QStringLiteral("priors"), priors);
    }
    QJsonArray stages;
    for (const Stage& s : p.stages) {
        QJsonObject stage;
        if (!s.name.isEmpty())
            stage.insert(QStringLiteral("name"), s.name);
        QJsonObject layout;
        if (s.rectangles.empty()) {
            layout.insert(QStringLiteral("rows"), s.rows);
            layout.insert(QStringLiteral("columns"), s.columns);
        } else {
            QJsonArray rects;
            for (const NormalizedRect& r : s.rectangles)
                rects.append(QJsonObject{{QStringLiteral("x"), r.x}, {QStringLiteral("y"), r.y}, {QStringLiteral("width"), r.width}, {QStringLiteral("height"), r.height}});
            layout.insert(QStringLiteral("rectangles"), rects);
        }
        stage.insert(QStringLiteral("layout"), layout);
        QJsonArray viewports;
        for (const Viewport& v : s.viewports)
            viewports.append(viewportJson(v));
        stage.insert(QStringLiteral("viewports"), viewports);
        if (!s.syncGroups.empty()) {
            QJsonArray sync;
            for (const SyncGroup& g : s.syncGroups) {
                QJsonArray members;
                for (int index : g.viewports)
                    members.append(index);
                sync.append(QJsonObject{{QStringLiteral("kind"), enumName(g.kind)}, {QStringLiteral("viewports"), members}});
            }
            stage.insert(QStringLiteral("sync"), sync);
        }
        stages.append(stage);
    }
    o.insert(QStringLiteral("stages"), stages);
    return o;
}

QByteArray ProtocolWriter::toJson(const Protocol& protocol)
{
    return QJsonDocument(toJsonObject(protocol)).toJson(QJsonDocument::Indented);
}

} // namespace continuum::hanging_protocols
