#include "HangingProtocolDicomWriter.h"

#include "HangingProtocolDicomSupport.h"
#include "HangingProtocolIodMapping.h"
#include "ProtocolWriter.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace continuum::hanging_protocols {
namespace {

using Mapping = HangingProtocolIodMapping;
using Support = HangingProtocolDicomSupport;

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::hanging_protocols::HangingProtocolDicomWriter", text);
}

QString compactJson(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

bool isModalityRule(const MatchRule& rule)
{
    return rule.attribute.isTag() ? rule.attribute.tag() == 0x00080060u : rule.attribute.derived() == DerivedAttribute::ModalitiesInStudy;
}

bool isBodyPartRule(const MatchRule& rule)
{
    return rule.attribute.isTag() ? rule.attribute.tag() == 0x00180015u : rule.attribute.derived() == DerivedAttribute::BodyPart;
}

QStringList upperCased(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values)
        out << v.trimmed().toUpper();
    return out;
}

void appendUnique(QStringList& list, const QStringList& values)
{
    for (const QString& v : values) {
        if (!list.contains(v))
            list << v;
    }
}

class Writer {
public:
    Writer(const Protocol& protocol, const HangingProtocolExportOptions& options, QStringList& privateOnly)
        : m_protocol(protocol), m_options(options), m_privateOnly(privateOnly), m_json(ProtocolWriter::toJsonObject(protocol))
    {
    }

    OFCondition build(DcmDataset& ds)
    {
        m_ds = &ds;
        sopCommon();
        definitionModule();
        environmentModule();
        displayModule();
        if (m_options.privateBlock)
            privateTopLevel();
        if (m_nonAscii)
            ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        return m_status;
    }

private:
    void check(const OFCondition& condition)
    {
        if (condition.bad() && m_status.good())
            m_status = condition;
    }

    // Text for a VR with a maximum length: cut to fit (the full text goes to the private block).
    void putText(DcmItem& item, const DcmTagKey& tag, QString text, int maxLength)
    {
        text = text.simplified();
        if (text.size() > maxLength)
            text = text.left(maxLength).trimmed();
        putUtf8(item, DcmTag(tag), text);
    }

    void putUtf8(DcmItem& item, const DcmTag& tag, const QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        if (bytes.size() != text.size())
            m_nonAscii = true;
        check(item.putAndInsertString(tag, bytes.constData()));
    }

    void putCreator(DcmItem& item)
    {
        check(item.putAndInsertString(DcmTag(Mapping::privateGroup, 0x0010, EVR_LO), Mapping::privateCreator));
    }

    static DcmTag privateTag(std::uint16_t element, DcmEVR vr)
    {
        DcmTag tag(Mapping::privateGroup, static_cast<Uint16>(0x1000 | element), vr);
        tag.setPrivateCreator(Mapping::privateCreator);
        return tag;
    }

    void sopCommon()
    {
        char uid[100];
        const QByteArray instance = m_options.sopInstanceUid.isEmpty() ? QByteArray(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT))
                                                                       : m_options.sopInstanceUid.toLatin1();
        check(m_ds->putAndInsertString(DCM_SOPClassUID, HangingProtocolDicomWriter::sopClassUid));
        check(m_ds->putAndInsertString(DCM_SOPInstanceUID, instance.constData()));
        const QDateTime when = m_options.creationDateTime.isValid() ? m_options.creationDateTime : QDateTime::currentDateTime();
        check(m_ds->putAndInsertString(DCM_InstanceCreationDate, when.toString(QStringLiteral("yyyyMMdd")).toLatin1().constData()));
        check(m_ds->putAndInsertString(DCM_InstanceCreationTime, when.toString(QStringLiteral("HHmmss")).toLatin1().constData()));
        m_creation = when;
    }

    void definitionModule()
    {
        const Mapping& mapping = Mapping::instance();
        putText(*m_ds, DCM_HangingProtocolName, m_protocol.name, 16);
        putText(*m_ds, DCM_HangingProtocolDescription, m_protocol.description.isEmpty() ? m_protocol.name : m_protocol.description, 64);
        if (m_protocol.name.simplified().size() > 16)
            m_privateOnly << tr("name: the Hanging Protocol Name holds 16 characters (\"%1\")").arg(m_protocol.name.simplified().left(16).trimmed());
        if (m_protocol.description.simplified().size() > 64)
            m_privateOnly << tr("description: the Hanging Protocol Description holds 64 characters");
        check(m_ds->putAndInsertString(DCM_HangingProtocolLevel, HangingProtocolDicomWriter::levelName(m_options.level).toLatin1().constData()));
        putText(*m_ds, DCM_HangingProtocolCreator, m_options.creator.isEmpty() ? QStringLiteral("Continuum") : m_options.creator, 64);
        check(m_ds->putAndInsertString(DCM_HangingProtocolCreationDateTime, m_creation.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1().constData()));
        check(m_ds->insertEmptyElement(DCM_HangingProtocolUserIdentificationCodeSequence));
        if (m_options.level == HangingProtocolLevel::UserGroup)
            putText(*m_ds, DCM_HangingProtocolUserGroupName, m_options.userGroupName.isEmpty() ? QStringLiteral("Continuum users") : m_options.userGroupName, 64);

        // Hanging Protocol Definition Sequence: the modalities and anatomic regions of the study rules.
        QStringList modalities;
        QStringList regionCodes;
        std::vector<const Mapping::AnatomicRegion*> regions;
        for (const MatchRule& rule : m_protocol.rules) {
            if (rule.constraint != Constraint::Equals)
                continue;
            if (isModalityRule(rule)) {
                appendUnique(modalities, upperCased(rule.values));
            } else if (isBodyPartRule(rule)) {
                for (const QString& part : rule.values) {
                    const Mapping::AnatomicRegion* region = mapping.regionForBodyPart(part);
                    if (!region) {
                        m_privateOnly << tr("study rule %1: body part %2 has no anatomic region code").arg(rule.describe(), part);
                    } else if (!regionCodes.contains(region->code)) {
                        regionCodes << region->code;
                        regions.push_back(region);
                    }
                }
            }
        }
        if (modalities.isEmpty() && regions.empty())
            modalities = mapping.unrestrictedModalities(m_protocol.department);
        // An item names a modality or an anatomic region, never both (PS3.3 C.23.1): one item each.
        for (const QString& modality : modalities) {
            DcmItem* item = nullptr;
            check(m_ds->findOrCreateSequenceItem(DCM_HangingProtocolDefinitionSequence, item, -2));
            if (!item)
                return;
            check(item->putAndInsertString(DCM_Modality, modality.toLatin1().constData()));
            check(item->insertEmptyElement(DCM_ProcedureCodeSequence));
            check(item->insertEmptyElement(DCM_ReasonForRequestedProcedureCodeSequence));
        }
        for (const Mapping::AnatomicRegion* region : regions) {
            DcmItem* item = nullptr;
            check(m_ds->findOrCreateSequenceItem(DCM_HangingProtocolDefinitionSequence, item, -2));
            if (!item)
                return;
            Support::putCode(*item, DCM_AnatomicRegionSequence, region->code, region->scheme, region->meaning);
            check(item->insertEmptyElement(DCM_Laterality));
            check(item->insertEmptyElement(DCM_ProcedureCodeSequence));
            check(item->insertEmptyElement(DCM_ReasonForRequestedProcedureCodeSequence));
        }
        for (const MatchRule& rule : m_protocol.rules) {
            const bool carried = rule.constraint == Constraint::Equals
                                 && ((isModalityRule(rule) && rule.required && rule.weight == mapping.importWeight(QStringLiteral("modality")))
                                     || (isBodyPartRule(rule) && !rule.required && rule.weight == mapping.importWeight(QStringLiteral("anatomicRegion"))));
            if (!carried)
                m_privateOnly << tr("study rule %1 (weight %2%3)").arg(rule.describe()).arg(rule.weight).arg(rule.required ? tr(", required") : QString());
        }

        check(m_ds->putAndInsertUint16(DCM_NumberOfPriorsReferenced, static_cast<Uint16>(m_protocol.priors.count)));
        imageSets();
    }

    // The series rules of a viewport an image selector can test: required equals rules on a
    // DICOM element. (Filter Operations would be the natural place, but the dciodvfy of Debian
    // 12 rejects every value filter, so series selection goes into the viewport's image set.)
    static std::vector<MatchRule> selectableRules(const std::vector<MatchRule>& rules)
    {
        std::vector<MatchRule> out;
        for (const MatchRule& rule : rules) {
            if (rule.required && rule.constraint == Constraint::Equals && Support::selectorFor(rule))
                out.push_back(rule);
        }
        return out;
    }

    static QString selectorKey(bool prior, const std::vector<MatchRule>& rules)
    {
        QStringList parts{prior ? QStringLiteral("prior") : QStringLiteral("current")};
        for (const MatchRule& rule : rules)
            parts << rule.describe();
        return parts.join(QLatin1Char('|'));
    }

    // One image set per distinct (current or prior, series selectors) among the viewports: the
    // current one has one time-based set (relative time 0), a prior one has one per prior.
    void imageSets()
    {
        struct Group {
            bool prior = false;
            std::vector<MatchRule> rules;
        };
        std::vector<Group> groups;
        std::vector<QString> keys;
        auto groupOf = [&](bool prior, const std::vector<MatchRule>& rules) {
            const QString key = selectorKey(prior, rules);
            const auto it = std::find(keys.begin(), keys.end(), key);
            if (it != keys.end())
                return static_cast<int>(it - keys.begin());
            keys.push_back(key);
            groups.push_back({prior, rules});
            return static_cast<int>(groups.size()) - 1;
        };
        std::vector<std::vector<int>> viewportGroup;
        for (const Stage& stage : m_protocol.stages) {
            std::vector<int> row;
            for (const Viewport& viewport : stage.viewports)
                row.push_back(groupOf(viewport.displaySet.study > 0, selectableRules(viewport.displaySet.rules)));
            viewportGroup.push_back(row);
        }
        const PriorRequirement& priors = m_protocol.priors;
        if (priors.count > 0 && std::none_of(groups.begin(), groups.end(), [](const Group& g) { return g.prior; }))
            groupOf(true, {});

        const auto days = std::find_if(priors.rules.begin(), priors.rules.end(), [](const MatchRule& r) {
            return !r.attribute.isTag() && r.attribute.derived() == DerivedAttribute::DaysBeforeCurrent && r.constraint == Constraint::Range;
        });
        int nextNumber = 1;
        std::vector<std::vector<int>> numbers(groups.size());   // per group: image set number per study index
        for (std::size_t g = 0; g < groups.size(); ++g) {
            DcmItem* imageSet = nullptr;
            check(m_ds->findOrCreateSequenceItem(DCM_ImageSetsSequence, imageSet, -2));
            if (!imageSet)
                return;
            int written = 0;
            for (const MatchRule& rule : groups[g].rules)
                written += Support::putImageSetSelector(*imageSet, rule, true) ? 1 : 0;
            if (written == 0) {
                // The sequence needs an item: the department's modalities (read back as "any").
                MatchRule any;
                any.attribute = AttributeKey::fromTag(0x0008, 0x0060);
                any.values = Mapping::instance().unrestrictedModalities(m_protocol.department);
                Support::putImageSetSelector(*imageSet, any, true);
            }
            numbers[g].assign(static_cast<std::size_t>(std::max(priors.count, 0) + 1), 0);
            const int first = groups[g].prior ? 1 : 0;
            const int last = groups[g].prior ? priors.count : 0;
            for (int study = first; study <= last; ++study) {
                DcmItem* time = nullptr;
                check(imageSet->findOrCreateSequenceItem(DCM_TimeBasedImageSetsSequence, time, -2));
                if (!time)
                    return;
                numbers[g][static_cast<std::size_t>(study)] = nextNumber;
                check(time->putAndInsertUint16(DCM_ImageSetNumber, static_cast<Uint16>(nextNumber++)));
                if (study == 0) {
                    check(time->putAndInsertString(DCM_ImageSetSelectorCategory, "RELATIVE_TIME"));
                    check(Support::putNumbers(*time, DCM_RelativeTime, {0, 0}));
                    check(time->putAndInsertString(DCM_RelativeTimeUnits, "DAYS"));
                    check(time->putAndInsertString(DCM_ImageSetLabel, "Current"));
                    continue;
                }
                // A days-before-current range on a single prior is a relative time; otherwise
                // the N-th most recent prior is an abstract prior.
                if (days != priors.rules.end() && priors.count == 1) {
                    check(time->putAndInsertString(DCM_ImageSetSelectorCategory, "RELATIVE_TIME"));
                    check(Support::putNumbers(*time, DCM_RelativeTime, {std::round(std::clamp(days->minimum.value_or(0.0), 0.0, 65535.0)),
                                                                        std::round(std::clamp(days->maximum.value_or(65535.0), 0.0, 65535.0))}));
                    check(time->putAndInsertString(DCM_RelativeTimeUnits, "DAYS"));
                } else {
                    check(time->putAndInsertString(DCM_ImageSetSelectorCategory, "ABSTRACT_PRIOR"));
                    check(Support::putNumbers(*time, DCM_AbstractPriorValue, {double(study), double(study)}));
                }
                check(time->putAndInsertString(DCM_ImageSetLabel, QStringLiteral("Prior %1").arg(study).toLatin1().constData()));
            }
        }
        for (std::size_t s = 0; s < viewportGroup.size(); ++s) {
            std::vector<int> row;
            for (std::size_t v = 0; v < viewportGroup[s].size(); ++v) {
                const int study = m_protocol.stages[s].viewports[v].displaySet.study;
                row.push_back(numbers[static_cast<std::size_t>(viewportGroup[s][v])][static_cast<std::size_t>(std::clamp(study, 0, std::max(priors.count, 0)))]);
            }
            m_imageSetNumbers.push_back(row);
        }

        if (priors.count > 0)
            m_privateOnly << tr("priors: at least %1 of %2, chosen by %3").arg(priors.minimum).arg(priors.count).arg(enumName(priors.selection));
        for (const MatchRule& rule : priors.rules) {
            const bool carried = days != priors.rules.end() && &rule == &*days && priors.count == 1 && rule.required;
            if (!carried)
                m_privateOnly << tr("prior rule %1 (weight %2%3)").arg(rule.describe()).arg(rule.weight).arg(rule.required ? tr(", required") : QString());
        }
    }

    void environmentModule()
    {
        // The model is resolution independent: one nominal screen, the whole stage.
        check(m_ds->putAndInsertUint16(DCM_NumberOfScreens, 1));
        DcmItem* screen = nullptr;
        check(m_ds->findOrCreateSequenceItem(DCM_NominalScreenDefinitionSequence, screen, -2));
        check(screen->putAndInsertUint16(DCM_NumberOfVerticalPixels, 1080));
        check(screen->putAndInsertUint16(DCM_NumberOfHorizontalPixels, 1920));
        Support::putRectangle(*screen, NormalizedRect{});
        check(screen->putAndInsertUint16(DCM_ScreenMinimumGrayscaleBitDepth, 8));
    }

    void displayModule()
    {
        const QJsonArray stagesJson = m_json.value(QStringLiteral("stages")).toArray();
        int displaySetNumber = 0;
        for (std::size_t s = 0; s < m_protocol.stages.size(); ++s) {
            const Stage& stage = m_protocol.stages[s];
            const int firstNumber = displaySetNumber + 1;
            const std::vector<NormalizedRect> rects = stage.viewportRects();
            const QJsonArray viewportsJson = stagesJson[static_cast<qsizetype>(s)].toObject().value(QStringLiteral("viewports")).toArray();
            for (std::size_t v = 0; v < stage.viewports.size(); ++v) {
                ++displaySetNumber;
                DcmItem* item = nullptr;
                check(m_ds->findOrCreateSequenceItem(DCM_DisplaySetsSequence, item, -2));
                if (!item)
                    return;
                displaySet(*item, stage, static_cast<int>(s), static_cast<int>(v), displaySetNumber, rects[v]);
                if (m_options.privateBlock) {
                    putCreator(*item);
                    putUtf8(*item, privateTag(Mapping::ViewportJson, EVR_UT), compactJson(viewportsJson[static_cast<qsizetype>(v)]));
                }
            }
            for (const SyncGroup& group : stage.syncGroups) {
                if (group.kind != SyncKind::Scroll || group.viewports.size() < 2) {
                    m_privateOnly << tr("stage %1: %2 synchronisation of viewports %3").arg(s + 1).arg(enumName(group.kind), viewportList(group.viewports));
                    continue;
                }
                DcmItem* sync = nullptr;
                check(m_ds->findOrCreateSequenceItem(DCM_SynchronizedScrollingSequence, sync, -2));
                std::vector<double> numbers;
                for (int index : group.viewports)
                    numbers.push_back(firstNumber + index);
                check(Support::putNumbers(*sync, DCM_DisplaySetScrollingGroup, numbers));
            }
        }
        check(m_ds->putAndInsertString(DCM_PartialDataDisplayHandling, "MAINTAIN_LAYOUT"));
    }

    static QString viewportList(const std::vector<int>& indices)
    {
        QStringList text;
        for (int i : indices)
            text << QString::number(i + 1);
        return text.join(QStringLiteral(", "));
    }

    void displaySet(DcmItem& item, const Stage& stage, int stageIndex, int viewportIndex, int number, const NormalizedRect& rect)
    {
        const Viewport& viewport = stage.viewports[static_cast<std::size_t>(viewportIndex)];
        const DisplaySetSelector& selector = viewport.displaySet;
        const QString where = tr("stage %1 viewport %2").arg(stageIndex + 1).arg(viewportIndex + 1);
        check(item.putAndInsertUint16(DCM_DisplaySetNumber, static_cast<Uint16>(number)));
        putText(item, DCM_DisplaySetLabel, tr("Viewport %1").arg(viewportIndex + 1), 64);
        check(item.putAndInsertUint16(DCM_DisplaySetPresentationGroup, static_cast<Uint16>(stageIndex + 1)));
        if (!stage.name.isEmpty())
            putText(item, DCM_DisplaySetPresentationGroupDescription, stage.name, 64);
        check(item.putAndInsertUint16(DCM_ImageSetNumber, static_cast<Uint16>(m_imageSetNumbers[static_cast<std::size_t>(stageIndex)][static_cast<std::size_t>(viewportIndex)])));

        DcmItem* box = nullptr;
        check(item.findOrCreateSequenceItem(DCM_ImageBoxesSequence, box, -2));
        check(box->putAndInsertUint16(DCM_ImageBoxNumber, 1));
        Support::putRectangle(*box, rect);
        const bool cine = viewport.cine && viewport.cine->autoplay;
        check(box->putAndInsertString(DCM_ImageBoxLayoutType, cine ? "CINE" : "STACK"));
        if (cine) {
            check(box->putAndInsertUint16(DCM_PreferredPlaybackSequencing, 0));   // looping
            if (viewport.cine->framesPerSecond)
                check(box->putAndInsertString(DCM_RecommendedDisplayFrameRate, QByteArray::number(qRound(*viewport.cine->framesPerSecond)).constData()));
            else
                check(box->putAndInsertFloat64(DCM_CineRelativeToRealTime, 1.0));
            if (viewport.cine->framesPerSecond && *viewport.cine->framesPerSecond != qRound(*viewport.cine->framesPerSecond))
                m_privateOnly << tr("%1: %2 frames per second (the IOD holds whole numbers)").arg(where).arg(*viewport.cine->framesPerSecond);
            if (!viewport.cine->loop)
                m_privateOnly << tr("%1: cine plays once (the IOD loops or sweeps)").arg(where);
        } else if (viewport.cine) {
            m_privateOnly << tr("%1: cine settings without autoplay").arg(where);
        }

        // Series rules travel in the image set (above); the rest only in the private block.
        check(item.insertEmptyElement(DCM_FilterOperationsSequence));
        for (const MatchRule& rule : selector.rules) {
            if (rule.required && rule.constraint == Constraint::Equals && Support::selectorFor(rule))
                continue;
            m_privateOnly << tr("%1: series rule %2 (weight %3%4)").arg(where, rule.describe()).arg(rule.weight).arg(rule.required ? tr(", required") : QString());
        }
        if (selector.preferredOrientation && selector.reconstruction == Reconstruction::None)
            Support::putImagePlaneFilter(item, *selector.preferredOrientation);
        check(item.insertEmptyElement(DCM_SortingOperationsSequence));

        switch (selector.reconstruction) {
        case Reconstruction::None:
            break;
        case Reconstruction::Mpr:
            check(item.putAndInsertString(DCM_ReformattingOperationType, "MPR"));
            check(item.putAndInsertFloat64(DCM_ReformattingThickness, Mapping::instance().reformattingThickness()));
            check(item.putAndInsertFloat64(DCM_ReformattingInterval, Mapping::instance().reformattingInterval()));
            check(item.putAndInsertString(DCM_ReformattingOperationInitialViewDirection,
                                          PlaneOrientation::name(selector.preferredOrientation.value_or(PlaneOrientation::Plane::Axial)).toUpper().toLatin1().constData()));
            break;
        case Reconstruction::Mip:
        case Reconstruction::VolumeRendering:
            check(item.putAndInsertString(DCM_ReformattingOperationType, "3D_RENDERING"));
            check(item.putAndInsertString(DCM_ThreeDRenderingType, selector.reconstruction == Reconstruction::Mip ? "MIP" : "VOLUME"));
            if (selector.preferredOrientation)
                check(item.putAndInsertString(DCM_ReformattingOperationInitialViewDirection,
                                              PlaneOrientation::name(*selector.preferredOrientation).toUpper().toLatin1().constData()));
            break;
        }
        if (selector.distinct)
            m_privateOnly << tr("%1: distinct series").arg(where);
        if (selector.fallback != Fallback::AnyUnused)
            m_privateOnly << tr("%1: fallback %2").arg(where, enumName(selector.fallback));

        if (viewport.window) {
            const auto voi = viewport.window->preset.isEmpty() ? std::nullopt : Mapping::instance().voiTypeForPreset(viewport.window->preset);
            if (voi)
                check(item.putAndInsertString(DCM_VOIType, voi->toLatin1().constData()));
            else if (!viewport.window->preset.isEmpty())
                m_privateOnly << tr("%1: window preset \"%2\" has no VOI Type").arg(where, viewport.window->preset);
            else
                m_privateOnly << tr("%1: window center %2 width %3").arg(where).arg(viewport.window->center.value_or(0)).arg(viewport.window->width.value_or(0));
        }
        if (viewport.scaling == Scaling::ActualSize)
            check(item.putAndInsertString(DCM_ShowImageTrueSizeFlag, "Y"));
        else if (viewport.scaling == Scaling::Fill)
            m_privateOnly << tr("%1: fill scaling").arg(where);
        if (viewport.zoom != 1.0)
            m_privateOnly << tr("%1: zoom %2").arg(where).arg(viewport.zoom);
    }

    void privateTopLevel()
    {
        putCreator(*m_ds);
        putUtf8(*m_ds, privateTag(Mapping::ProtocolId, EVR_LO), m_protocol.id);
        putUtf8(*m_ds, privateTag(Mapping::ProtocolName, EVR_UT), m_protocol.name);
        if (!m_protocol.description.isEmpty())
            putUtf8(*m_ds, privateTag(Mapping::ProtocolDescription, EVR_UT), m_protocol.description);
        putUtf8(*m_ds, privateTag(Mapping::DepartmentName, EVR_CS), enumName(m_protocol.department).toUpper());
        check(m_ds->putAndInsertSint32(privateTag(Mapping::Priority, EVR_SL), m_protocol.priority));
        putUtf8(*m_ds, privateTag(Mapping::StudyRules, EVR_UT), compactJson(m_json.value(QStringLiteral("rules"))));
        if (m_json.contains(QStringLiteral("priors")))
            putUtf8(*m_ds, privateTag(Mapping::Priors, EVR_UT), compactJson(m_json.value(QStringLiteral("priors"))));
        const QJsonArray stagesJson = m_json.value(QStringLiteral("stages")).toArray();
        for (std::size_t s = 0; s < m_protocol.stages.size(); ++s) {
            const Stage& stage = m_protocol.stages[s];
            DcmItem* item = nullptr;
            check(m_ds->findOrCreateSequenceItem(privateTag(Mapping::Stages, EVR_SQ), item, -2));
            if (!item)
                return;
            putCreator(*item);
            check(item->putAndInsertUint16(privateTag(Mapping::StageNumber, EVR_US), static_cast<Uint16>(s + 1)));
            if (stage.rectangles.empty()) {
                check(Support::putNumbers(*item, privateTag(Mapping::StageGrid, EVR_US), {double(stage.rows), double(stage.columns)}));
            }
            const QJsonObject stageJson = stagesJson[static_cast<qsizetype>(s)].toObject();
            if (stageJson.contains(QStringLiteral("sync")))
                putUtf8(*item, privateTag(Mapping::StageSync, EVR_UT), compactJson(stageJson.value(QStringLiteral("sync"))));
            if (!stage.name.isEmpty())
                putUtf8(*item, privateTag(Mapping::StageName, EVR_UT), stage.name);
        }
    }

    const Protocol& m_protocol;
    const HangingProtocolExportOptions& m_options;
    QStringList& m_privateOnly;
    const QJsonObject m_json;
    DcmDataset* m_ds = nullptr;
    OFCondition m_status = EC_Normal;
    QDateTime m_creation;
    bool m_nonAscii = false;
    std::vector<std::vector<int>> m_imageSetNumbers;   // per stage, per viewport
};

} // namespace

QString HangingProtocolDicomWriter::levelName(HangingProtocolLevel level)
{
    switch (level) {
    case HangingProtocolLevel::Manufacturer: return QStringLiteral("MANUFACTURER");
    case HangingProtocolLevel::Site: return QStringLiteral("SITE");
    case HangingProtocolLevel::UserGroup: return QStringLiteral("USER_GROUP");
    case HangingProtocolLevel::SingleUser: return QStringLiteral("SINGLE_USER");
    }
    return {};
}

bool HangingProtocolDicomWriter::writeFile(const Protocol& protocol, const QString& path, const HangingProtocolExportOptions& options, QString* error,
                                           QStringList* privateOnly)
{
    QStringList lost;
    DcmFileFormat file;
    Writer writer(protocol, options, lost);
    OFCondition status = writer.build(*file.getDataset());
    if (status.good())
        status = file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    if (status.bad()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(status.text()));
        return false;
    }
    if (privateOnly)
        *privateOnly = lost;
    return true;
}

} // namespace continuum::hanging_protocols
