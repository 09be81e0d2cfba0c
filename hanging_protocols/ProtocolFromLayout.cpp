#include "ProtocolFromLayout.h"

#include <algorithm>

namespace continuum::hanging_protocols {
namespace {

// Weights of the rules a saved layout gets: the modality decides, the body part and the
// series description rank. (Same scale as the bundled protocols.)
constexpr double modalityWeight = 10.0;
constexpr double bodyPartWeight = 5.0;
constexpr double descriptionWeight = 5.0;

MatchRule equalsRule(const AttributeKey& key, const QStringList& values, double weight, bool required)
{
    MatchRule rule;
    rule.attribute = key;
    rule.constraint = Constraint::Equals;
    rule.values = values;
    rule.weight = weight;
    rule.required = required;
    return rule;
}

QStringList distinctUpper(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        const QString u = v.trimmed().toUpper();
        if (!u.isEmpty() && !out.contains(u))
            out << u;
    }
    return out;
}

} // namespace

Protocol protocolFromLayout(const ScreenLayout& layout)
{
    const AttributeKey modality = AttributeKey::fromTag(0x0008, 0x0060);
    const AttributeKey description = AttributeKey::fromTag(0x0008, 0x103E);

    Protocol protocol;
    protocol.id = layout.id;
    protocol.name = layout.name.isEmpty() ? layout.id : layout.name;
    protocol.department = layout.department;
    protocol.priority = 0;

    const QStringList modalities = distinctUpper(layout.studyModalities);
    if (!modalities.isEmpty())
        protocol.rules.push_back(equalsRule(AttributeKey::fromDerived(DerivedAttribute::ModalitiesInStudy), modalities, modalityWeight, true));
    if (!layout.bodyPart.trimmed().isEmpty())
        protocol.rules.push_back(equalsRule(AttributeKey::fromDerived(DerivedAttribute::BodyPart), {layout.bodyPart.trimmed().toUpper()}, bodyPartWeight, false));

    int priorsUsed = 0;
    for (const ScreenViewport& v : layout.viewports)
        priorsUsed = std::max(priorsUsed, v.empty ? 0 : v.study);
    if (priorsUsed > 0) {
        protocol.priors.count = priorsUsed;
        protocol.priors.minimum = priorsUsed;
        const QStringList priorModalities = distinctUpper(layout.priorModalities.isEmpty() ? layout.studyModalities : layout.priorModalities);
        protocol.priors.selection = PriorSelection::SameModality;
        if (!priorModalities.isEmpty())
            protocol.priors.rules.push_back(equalsRule(AttributeKey::fromDerived(DerivedAttribute::ModalitiesInStudy), priorModalities, modalityWeight, true));
    }

    Stage stage;
    stage.name = protocol.name;
    stage.rows = std::max(layout.rows, 1);
    stage.columns = std::max(layout.columns, 1);
    const std::size_t count = static_cast<std::size_t>(stage.rows * stage.columns);
    for (std::size_t i = 0; i < count; ++i) {
        Viewport viewport;
        const ScreenViewport* shown = i < layout.viewports.size() ? &layout.viewports[i] : nullptr;
        if (!shown || shown->empty) {
            // Nothing was shown: a rule no series passes (every series has a UID), then no fallback.
            MatchRule none;
            none.attribute = AttributeKey::fromTag(0x0020, 0x000E);
            none.constraint = Constraint::NotExists;
            none.required = true;
            viewport.displaySet.rules.push_back(none);
            viewport.displaySet.fallback = Fallback::Empty;
            stage.viewports.push_back(viewport);
            continue;
        }
        DisplaySetSelector& selector = viewport.displaySet;
        selector.study = shown->study;
        selector.distinct = true;   // the same series twice only when the screen showed it twice
        if (!shown->modality.trimmed().isEmpty())
            selector.rules.push_back(equalsRule(modality, {shown->modality.trimmed().toUpper()}, 1.0, true));
        if (!shown->seriesDescription.trimmed().isEmpty())
            selector.rules.push_back(equalsRule(description, {shown->seriesDescription.trimmed()}, descriptionWeight, false));
        selector.reconstruction = shown->reconstruction;
        selector.preferredOrientation = shown->reconstruction != Reconstruction::None && shown->reformattedTo ? shown->reformattedTo : shown->orientation;
        if (selector.preferredOrientation == PlaneOrientation::Plane::Oblique)
            selector.preferredOrientation.reset();
        viewport.window = shown->window;
        viewport.scaling = shown->scaling;
        viewport.zoom = shown->zoom > 0.0 ? shown->zoom : 1.0;
        viewport.cine = shown->cine;
        stage.viewports.push_back(viewport);
    }
    // A series shown twice (e.g. lung and soft-tissue windows of one CT) is not distinct.
    for (std::size_t i = 0; i < count && i < layout.viewports.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            const ScreenViewport& a = layout.viewports[i];
            const ScreenViewport& b = layout.viewports[j];
            if (!a.empty && !b.empty && a.study == b.study && a.modality == b.modality && a.seriesDescription == b.seriesDescription)
                stage.viewports[i].displaySet.distinct = false;
        }
    }
    for (const SyncGroup& group : layout.syncGroups) {
        SyncGroup kept{group.kind, {}};
        for (int index : group.viewports) {
            if (index >= 0 && static_cast<std::size_t>(index) < count)
                kept.viewports.push_back(index);
        }
        if (kept.viewports.size() >= 2)
            stage.syncGroups.push_back(kept);
    }
    protocol.stages.push_back(std::move(stage));
    return protocol;
}

} // namespace continuum::hanging_protocols
