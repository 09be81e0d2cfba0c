#include "HangingProtocolDicomReader.h"

#include "HangingProtocolDicomSupport.h"
#include "HangingProtocolIodMapping.h"
#include "ProtocolReader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace continuum::hanging_protocols {
namespace {

using Mapping = HangingProtocolIodMapping;
using Support = HangingProtocolDicomSupport;

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::hanging_protocols::HangingProtocolDicomReader", text);
}

QJsonObject rule(const QString& attribute, const QString& constraint, const QStringList& values, double weight, bool required)
{
    QJsonObject o{{QStringLiteral("attribute"), attribute}, {QStringLiteral("constraint"), constraint}, {QStringLiteral("weight"), weight}};
    if (!values.isEmpty())
        o.insert(QStringLiteral("value"), values.size() == 1 ? QJsonValue(values.front()) : QJsonValue(QJsonArray::fromStringList(values)));
    if (required)
        o.insert(QStringLiteral("required"), true);
    return o;
}

QJsonObject rangeRule(const QString& attribute, std::optional<double> minimum, std::optional<double> maximum, double weight, bool required)
{
    QJsonObject o = rule(attribute, QStringLiteral("range"), {}, weight, required);
    if (minimum)
        o.insert(QStringLiteral("min"), *minimum);
    if (maximum)
        o.insert(QStringLiteral("max"), *maximum);
    return o;
}

// "none of these values": the IOD's NO_MATCH / NOT_MEMBER_OF, which our constraints lack.
QJsonObject negatedRule(const QString& attribute, const QStringList& values, double weight)
{
    QStringList escaped;
    for (const QString& v : values)
        escaped << QRegularExpression::escape(v);
    return rule(attribute, QStringLiteral("regex"), {QStringLiteral("^(?!(?:%1)$)").arg(escaped.join(QLatin1Char('|')))}, weight, true);
}

std::optional<QJsonValue> parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The private block of one dataset or item: its (0071,xx10..) elements under our creator.
class PrivateBlock {
public:
    explicit PrivateBlock(DcmItem& item) : m_item(item)
    {
        for (Uint16 element = 0x10; element <= 0xff; ++element) {
            if (Support::string(item, DcmTagKey(Mapping::privateGroup, element)) == QLatin1String(Mapping::privateCreator)) {
                m_block = element;
                return;
            }
        }
    }
    bool present() const { return m_block != 0; }
    DcmTagKey tag(std::uint16_t element) const { return DcmTagKey(Mapping::privateGroup, static_cast<Uint16>((m_block << 8) | element)); }
    QString text(std::uint16_t element) const { return present() ? Support::string(m_item, tag(element)) : QString(); }
    std::optional<long> integer(std::uint16_t element, unsigned long position = 0) const
    {
        return present() ? Support::integer(m_item, tag(element), position) : std::nullopt;
    }
    std::optional<QJsonValue> json(std::uint16_t element) const
    {
        const QString value = text(element);
        return value.isEmpty() ? std::nullopt : parseJson(value);
    }

private:
    DcmItem& m_item;
    Uint16 m_block = 0;
};

std::vector<DcmItem*> items(DcmItem& parent, const DcmTagKey& sequence)
{
    std::vector<DcmItem*> list;
    DcmSequenceOfItems* seq = nullptr;
    if (parent.findAndGetSequence(sequence, seq).good() && seq) {
        for (unsigned long i = 0; i < seq->card(); ++i)
            list.push_back(seq->getItem(i));
    }
    return list;
}

QString slug(const QString& text)
{
    QString id;
    for (QChar c : text.toLower()) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('_'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

struct DisplaySetInfo {
    int number = 0;
    int group = 0;
    QString groupDescription;
    NormalizedRect rect;
    QJsonObject viewport;     // from the standard attributes
    QStringList notes;        // what they held that the viewport cannot
    std::optional<QJsonObject> privateViewport;
};

class Reader {
public:
    Reader(DcmDataset& ds, HangingProtocolImport& result) : m_ds(ds), m_result(result), m_top(ds) {}

    QJsonObject protocol()
    {
        QJsonObject root;
        const QString name = Support::string(m_ds, DCM_HangingProtocolName);
        const QString description = Support::string(m_ds, DCM_HangingProtocolDescription);
        QString id = slug(name);
        if (id.isEmpty() || !id.front().isLetterOrNumber())
            id = QStringLiteral("dicom-") + QString(m_result.sopInstanceUid).replace(QLatin1Char('.'), QLatin1Char('-')).right(24);
        root.insert(QStringLiteral("id"), id);
        root.insert(QStringLiteral("name"), name.isEmpty() ? id : name);
        if (!description.isEmpty() && description != name)
            root.insert(QStringLiteral("description"), description);
        m_department = QStringLiteral("other");

        definition();
        imageSets();
        root.insert(QStringLiteral("rules"), m_studyRules);
        const int priorCount = std::max<int>(static_cast<int>(Support::integer(m_ds, DCM_NumberOfPriorsReferenced).value_or(0)), m_highestPrior);
        if (priorCount > 0 || !m_priorRules.isEmpty()) {
            root.insert(QStringLiteral("priors"), QJsonObject{{QStringLiteral("count"), priorCount},
                                                              {QStringLiteral("minimum"), priorCount},
                                                              {QStringLiteral("selection"), m_priorSelection},
                                                              {QStringLiteral("rules"), m_priorRules}});
        }
        root.insert(QStringLiteral("department"), m_department);
        root.insert(QStringLiteral("stages"), stages());
        if (Support::integer(m_ds, DCM_NumberOfScreens).value_or(1) > 1)
            note(tr("%1 screens: laid out on one").arg(*Support::integer(m_ds, DCM_NumberOfScreens)));
        if (!items(m_ds, DCM_NavigationIndicatorSequence).empty())
            note(tr("Navigation Indicator Sequence: not shown"));
        if (!items(m_ds, DCM_SourceHangingProtocolSequence).empty())
            note(tr("Source Hanging Protocol Sequence: not kept"));

        if (m_top.present()) {
            // Continuum's private block: what the IOD could not say, exactly as written.
            m_result.fromPrivateBlock = true;
            if (const QString value = m_top.text(Mapping::ProtocolId); !value.isEmpty())
                root.insert(QStringLiteral("id"), value);
            if (const QString value = m_top.text(Mapping::ProtocolName); !value.isEmpty())
                root.insert(QStringLiteral("name"), value);
            if (const QString value = m_top.text(Mapping::ProtocolDescription); !value.isEmpty())
                root.insert(QStringLiteral("description"), value);
            else
                root.remove(QStringLiteral("description"));
            if (const QString value = m_top.text(Mapping::DepartmentName); !value.isEmpty())
                root.insert(QStringLiteral("department"), value.toLower());
            if (const auto value = m_top.integer(Mapping::Priority))
                root.insert(QStringLiteral("priority"), static_cast<int>(*value));
            if (const auto value = m_top.json(Mapping::StudyRules); value && value->isArray())
                root.insert(QStringLiteral("rules"), value->toArray());
            if (const auto value = m_top.json(Mapping::Priors); value && value->isObject())
                root.insert(QStringLiteral("priors"), value->toObject());
            else
                root.remove(QStringLiteral("priors"));
        }
        return root;
    }

private:
    void note(const QString& text) { m_result.notRepresented << text; }

    void definition()
    {
        const Mapping& mapping = Mapping::instance();
        QStringList modalities;
        QStringList bodyParts;
        QStringList lateralities;
        for (DcmItem* item : items(m_ds, DCM_HangingProtocolDefinitionSequence)) {
            for (const QString& m : Support::strings(*item, DCM_Modality)) {
                if (!modalities.contains(m))
                    modalities << m;
            }
            for (DcmItem* code : items(*item, DCM_AnatomicRegionSequence)) {
                const QString value = Support::string(*code, DCM_CodeValue);
                const QString scheme = Support::string(*code, DCM_CodingSchemeDesignator);
                if (const Mapping::AnatomicRegion* region = mapping.regionForCode(scheme, value)) {
                    if (!bodyParts.contains(region->bodyParts.front()))
                        bodyParts << region->bodyParts.front();
                } else {
                    note(tr("anatomic region (%1, %2, \"%3\"): no body part for this code").arg(value, scheme, Support::string(*code, DCM_CodeMeaning)));
                }
            }
            if (!items(*item, DCM_AnatomicRegionModifierSequence).empty())
                note(tr("Anatomic Region Modifier Sequence: not kept"));
            if (const QString laterality = Support::string(*item, DCM_Laterality); !laterality.isEmpty() && !lateralities.contains(laterality))
                lateralities << laterality;
            if (!items(*item, DCM_ProcedureCodeSequence).empty())
                note(tr("Procedure Code Sequence: not kept"));
            if (!items(*item, DCM_ReasonForRequestedProcedureCodeSequence).empty())
                note(tr("Reason for Requested Procedure Code Sequence: not kept"));
        }
        // A protocol written for every modality of a department (it had no modality rule).
        for (const Department department : {Department::Radiology, Department::Cardiology, Department::Oncology, Department::Other}) {
            QStringList unrestricted = mapping.unrestrictedModalities(department);
            QStringList seen = modalities;
            unrestricted.sort();
            seen.sort();
            if (!seen.isEmpty() && seen == unrestricted && bodyParts.isEmpty()) {
                m_department = enumName(department);
                modalities.clear();
                break;
            }
        }
        if (!modalities.isEmpty())
            m_studyRules.append(rule(QStringLiteral("Modality"), QStringLiteral("equals"), modalities, mapping.importWeight(QStringLiteral("modality")), true));
        if (!bodyParts.isEmpty())
            m_studyRules.append(rule(QStringLiteral("bodyPart"), QStringLiteral("equals"), bodyParts, mapping.importWeight(QStringLiteral("anatomicRegion")), false));
        if (!lateralities.isEmpty())
            m_studyRules.append(rule(QStringLiteral("Laterality"), QStringLiteral("equals"), lateralities, mapping.importWeight(QStringLiteral("laterality")), false));
    }

    static bool isUnrestricted(QStringList values)
    {
        values.sort();
        for (const Department department : {Department::Radiology, Department::Cardiology, Department::Oncology, Department::Other}) {
            QStringList unrestricted = Mapping::instance().unrestrictedModalities(department);
            unrestricted.sort();
            if (values == unrestricted)
                return true;
        }
        return false;
    }

    // Image Set Selector items -> rules; `hasModality` tells whether one tested Modality.
    QJsonArray selectorRules(DcmItem& imageSet, bool* hasModality)
    {
        QJsonArray rules;
        const double weight = Mapping::instance().importWeight(QStringLiteral("imageSetSelector"));
        const std::size_t selectorCount = items(imageSet, DCM_ImageSetSelectorSequence).size();
        for (DcmItem* item : items(imageSet, DCM_ImageSetSelectorSequence)) {
            const auto selector = Support::selector(*item);
            const QString flag = Support::string(*item, DCM_ImageSetSelectorUsageFlag);
            if (!selector || selector->values.isEmpty()) {
                note(tr("image set selector without a value: ignored"));
                continue;
            }
            if (item->tagExists(DCM_SelectorSequencePointer) || item->tagExists(DCM_FunctionalGroupPointer)) {
                note(tr("image set selector on %1 inside a sequence: ignored").arg(Support::tagText(selector->attribute)));
                continue;
            }
            if (selector->attribute.isPrivate()) {
                note(tr("image set selector on the private element %1: ignored").arg(Support::tagText(selector->attribute)));
                continue;
            }
            const QString attribute = Support::tagText(selector->attribute);
            // A department's modalities alone: what Continuum writes for "any image".
            if (selector->attribute == DCM_Modality && flag != QLatin1String("NO_MATCH") && selectorCount == 1 && isUnrestricted(selector->values))
                continue;
            if (selector->attribute == DCM_Modality && hasModality)
                *hasModality = true;
            if (flag == QLatin1String("NO_MATCH")) {
                rules.append(negatedRule(attribute, selector->values, weight));
                note(tr("image set selector %1 NO_MATCH %2: a negated regular expression (images without the attribute no longer match)")
                         .arg(attribute, selector->values.join(QLatin1Char('\\'))));
            } else {
                rules.append(rule(attribute, QStringLiteral("equals"), selector->values, weight, true));
            }
        }
        return rules;
    }

    void imageSets()
    {
        const double daysWeight = Mapping::instance().importWeight(QStringLiteral("relativeTime"));
        int nextPrior = 1;
        for (DcmItem* imageSet : items(m_ds, DCM_ImageSetsSequence)) {
            std::vector<std::pair<int, int>> sets;   // image set number, study index
            std::optional<QJsonObject> daysRule;
            for (DcmItem* time : items(*imageSet, DCM_TimeBasedImageSetsSequence)) {
                const int number = static_cast<int>(Support::integer(*time, DCM_ImageSetNumber).value_or(0));
                const QString category = Support::string(*time, DCM_ImageSetSelectorCategory);
                int study = -1;
                if (category == QLatin1String("ABSTRACT_PRIOR")) {
                    const long first = Support::integer(*time, DCM_AbstractPriorValue, 0).value_or(0);
                    const long last = Support::integer(*time, DCM_AbstractPriorValue, 1).value_or(first);
                    if (first == 0 && last == 0) {
                        study = 0;
                    } else if (first > 0) {
                        study = static_cast<int>(first);
                        if (last != first)
                            note(tr("image set %1: priors %2 to %3 shown as prior %2").arg(number).arg(first).arg(last));
                    } else {
                        study = std::max(1, static_cast<int>(Support::integer(m_ds, DCM_NumberOfPriorsReferenced).value_or(1)));
                        note(tr("image set %1: the oldest prior is shown as prior %2").arg(number).arg(study));
                    }
                    if (!items(*time, DCM_AbstractPriorCodeSequence).empty())
                        note(tr("image set %1: Abstract Prior Code Sequence not kept").arg(number));
                } else {
                    const long from = Support::integer(*time, DCM_RelativeTime, 0).value_or(0);
                    const long to = Support::integer(*time, DCM_RelativeTime, 1).value_or(from);
                    const QString units = Support::string(*time, DCM_RelativeTimeUnits);
                    if (from == 0 && to == 0) {
                        study = 0;
                    } else {
                        study = nextPrior;
                        const double days = units == QLatin1String("SECONDS") ? 1.0 / 86400 : units == QLatin1String("MINUTES") ? 1.0 / 1440
                                            : units == QLatin1String("HOURS") ? 1.0 / 24 : units == QLatin1String("WEEKS") ? 7.0
                                            : units == QLatin1String("MONTHS") ? 30.4375 : units == QLatin1String("YEARS") ? 365.25 : 1.0;
                        if (units != QLatin1String("DAYS"))
                            note(tr("image set %1: relative time in %2 converted to days").arg(number).arg(units.toLower()));
                        daysRule = rangeRule(QStringLiteral("daysBeforeCurrent"), std::floor(from * days), std::ceil(to * days), daysWeight, true);
                    }
                }
                if (study < 0)
                    continue;
                if (study > 0)
                    nextPrior = std::max(nextPrior, study + 1);
                m_highestPrior = std::max(m_highestPrior, study);
                m_studyOfImageSet[number] = study;
                sets.emplace_back(number, study);
            }
            const bool prior = std::any_of(sets.begin(), sets.end(), [](const auto& s) { return s.second > 0; });
            bool hasModality = false;
            const QJsonArray rules = selectorRules(*imageSet, &hasModality);
            // The selectors pick the images of the display sets that use this image set.
            for (const auto& [number, study] : sets)
                m_rulesOfImageSet[number] = rules;
            if (prior) {
                if (daysRule && !m_priorDone)
                    m_priorRules.append(*daysRule);
                if (hasModality)
                    m_priorSelection = QStringLiteral("sameModality");
                m_priorDone = m_priorDone || daysRule.has_value();
            }
        }
    }

    DisplaySetInfo displaySet(DcmItem& item)
    {
        const Mapping& mapping = Mapping::instance();
        DisplaySetInfo info;
        info.number = static_cast<int>(Support::integer(item, DCM_DisplaySetNumber).value_or(0));
        info.group = static_cast<int>(Support::integer(item, DCM_DisplaySetPresentationGroup).value_or(1));
        info.groupDescription = Support::string(item, DCM_DisplaySetPresentationGroupDescription);
        const QString where = tr("display set %1").arg(info.number);
        auto addNote = [&](const QString& text) { info.notes << where + QStringLiteral(": ") + text; };

        QJsonObject displaySet;
        const int imageSet = static_cast<int>(Support::integer(item, DCM_ImageSetNumber).value_or(1));
        const auto study = m_studyOfImageSet.find(imageSet);
        if (study == m_studyOfImageSet.end())
           addNote(tr("image set %1 is not defined; the current study is shown").arg(imageSet));
        const int studyIndex = study == m_studyOfImageSet.end() ? 0 : study->second;
        displaySet.insert(QStringLiteral("study"), studyIndex == 0 ? QStringLiteral("current") : QStringLiteral("prior %1").arg(studyIndex));
        QJsonArray rules = m_rulesOfImageSet[imageSet];

        QJsonObject viewport;
        const std::vector<DcmItem*> boxes = items(item, DCM_ImageBoxesSequence);
        if (boxes.size() > 1)
           addNote(tr("%1 image boxes: only the first is used").arg(boxes.size()));
        if (!boxes.empty()) {
            DcmItem& box = *boxes.front();
            if (const auto rect = Support::rectangle(box))
                info.rect = *rect;
            else
               addNote(tr("no valid Display Environment Spatial Position: the whole stage"));
            const QString layout = Support::string(box, DCM_ImageBoxLayoutType);
            if (layout == QLatin1String("CINE")) {
                QJsonObject cine{{QStringLiteral("autoplay"), true}};
                bool ok = false;
                const double rate = Support::string(box, DCM_RecommendedDisplayFrameRate).toDouble(&ok);
                if (ok && rate > 0)
                    cine.insert(QStringLiteral("framesPerSecond"), rate);
                Float64 relative = 1.0;
                if (box.findAndGetFloat64(DCM_CineRelativeToRealTime, relative).good() && relative != 1.0)
                   addNote(tr("cine at %1 x real time: played at the file's own rate").arg(relative));
                if (Support::integer(box, DCM_PreferredPlaybackSequencing).value_or(0) == 1)
                   addNote(tr("sweeping playback: played as a loop"));
                viewport.insert(QStringLiteral("cine"), cine);
            } else if (layout != QLatin1String("STACK") && layout != QLatin1String("SINGLE")) {
               addNote(tr("Image Box Layout Type %1: shown as a stack").arg(layout));
            }
        } else {
           addNote(tr("no image box: the whole stage"));
        }

        const double weight = mapping.importWeight(QStringLiteral("filter"));
        for (DcmItem* filter : items(item, DCM_FilterOperationsSequence)) {
            const QString category = Support::string(*filter, DCM_FilterByCategory);
            const QString presence = Support::string(*filter, DCM_FilterByAttributePresence);
            const QString op = Support::string(*filter, DCM_FilterByOperator);
            const auto selector = Support::selector(*filter);
            if (!category.isEmpty()) {
                const auto plane = selector && selector->values.size() == 1 ? PlaneOrientation::fromName(selector->values.front().toLower()) : std::nullopt;
                if (category == QLatin1String("IMAGE_PLANE") && plane && (op.isEmpty() || op == QLatin1String("MEMBER_OF") || op == QLatin1String("EQUAL")))
                    displaySet.insert(QStringLiteral("preferredOrientation"), PlaneOrientation::name(*plane));
                else
                   addNote(tr("filter by category %1 %2: not kept").arg(category, op));
                continue;
            }
            if (!selector || selector->attribute.isPrivate() || filter->tagExists(DCM_SelectorSequencePointer)) {
               addNote(tr("filter on a private or nested element: not kept"));
                continue;
            }
            const QString attribute = Support::tagText(selector->attribute);
            if (presence == QLatin1String("PRESENT") || presence == QLatin1String("NOT_PRESENT")) {
                rules.append(rule(attribute, presence == QLatin1String("PRESENT") ? QStringLiteral("exists") : QStringLiteral("notExists"), {}, weight, true));
                continue;
            }
            const QStringList& values = selector->values;
            auto number = [&](int i) {
                bool ok = false;
                const double v = i < values.size() ? values[i].toDouble(&ok) : 0.0;
                return ok ? std::optional<double>(v) : std::nullopt;
            };
            if ((op == QLatin1String("EQUAL") || op == QLatin1String("MEMBER_OF")) && !values.isEmpty()) {
                rules.append(rule(attribute, QStringLiteral("equals"), values, weight, true));
            } else if ((op == QLatin1String("NOT_EQUAL") || op == QLatin1String("NOT_MEMBER_OF")) && !values.isEmpty()) {
                rules.append(negatedRule(attribute, values, weight));
            } else if (op == QLatin1String("RANGE_INCL") && number(0) && number(1)) {
                rules.append(rangeRule(attribute, number(0), number(1), weight, true));
            } else if ((op == QLatin1String("GREATER_OR_EQUAL") || op == QLatin1String("GREATER_THAN")) && number(0)) {
                rules.append(rangeRule(attribute, number(0), std::nullopt, weight, true));
                if (op == QLatin1String("GREATER_THAN"))
                   addNote(tr("filter %1 GREATER_THAN %2: kept as inclusive").arg(attribute, values.front()));
            } else if ((op == QLatin1String("LESS_OR_EQUAL") || op == QLatin1String("LESS_THAN")) && number(0)) {
                rules.append(rangeRule(attribute, std::nullopt, number(0), weight, true));
                if (op == QLatin1String("LESS_THAN"))
                   addNote(tr("filter %1 LESS_THAN %2: kept as inclusive").arg(attribute, values.front()));
            } else {
               addNote(tr("filter %1 %2 %3: not kept").arg(attribute, op, values.join(QLatin1Char('\\'))));
            }
        }
        if (!rules.isEmpty())
            displaySet.insert(QStringLiteral("rules"), rules);
        if (!items(item, DCM_SortingOperationsSequence).empty())
           addNote(tr("sorting operations: series are shown in their own order"));
        if (item.tagExistsWithValue(DCM_BlendingOperationType))
           addNote(tr("blending %1: not kept").arg(Support::string(item, DCM_BlendingOperationType)));

        const QString reformat = Support::string(item, DCM_ReformattingOperationType);
        const auto direction = PlaneOrientation::fromName(Support::string(item, DCM_ReformattingOperationInitialViewDirection).toLower());
        if (reformat == QLatin1String("MPR")) {
            displaySet.insert(QStringLiteral("reconstruction"), QStringLiteral("mpr"));
        } else if (reformat == QLatin1String("3D_RENDERING")) {
            const QString type = Support::string(item, DCM_ThreeDRenderingType);
            displaySet.insert(QStringLiteral("reconstruction"), type.startsWith(QLatin1String("MIP")) ? QStringLiteral("mip") : QStringLiteral("volumeRendering"));
            if (type != QLatin1String("MIP") && type != QLatin1String("VOLUME"))
               addNote(tr("3D rendering type %1: volume rendering").arg(type));
        } else if (!reformat.isEmpty()) {
           addNote(tr("reformatting %1: not kept").arg(reformat));
        }
        if (!reformat.isEmpty() && direction && *direction != PlaneOrientation::Plane::Oblique)
            displaySet.insert(QStringLiteral("preferredOrientation"), PlaneOrientation::name(*direction));

        if (const QString voi = Support::string(item, DCM_VOIType); !voi.isEmpty()) {
            if (const auto preset = mapping.presetForVoiType(voi))
                viewport.insert(QStringLiteral("window"), QJsonObject{{QStringLiteral("preset"), *preset}});
            else
               addNote(tr("VOI Type %1: no window preset of that name").arg(voi));
        }
        if (Support::string(item, DCM_ShowImageTrueSizeFlag) == QLatin1String("Y"))
            viewport.insert(QStringLiteral("scaling"), QStringLiteral("actualSize"));
        for (const auto& [tag, what] : {std::pair{DCM_PseudoColorType, "pseudo-colour"}, std::pair{DCM_DisplaySetPatientOrientation, "patient orientation"},
                                        std::pair{DCM_DisplaySetHorizontalJustification, "horizontal justification"},
                                        std::pair{DCM_DisplaySetVerticalJustification, "vertical justification"}}) {
            if (item.tagExistsWithValue(tag))
               addNote(tr("%1 %2: not kept").arg(QLatin1String(what), Support::string(item, tag)));
        }
        if (Support::string(item, DCM_ShowGrayscaleInverted) == QLatin1String("Y"))
           addNote(tr("inverted grey scale: not kept"));

        viewport.insert(QStringLiteral("displaySet"), displaySet);
        info.viewport = viewport;

        const PrivateBlock block(item);
        if (const auto json = block.json(Mapping::ViewportJson); json && json->isObject())
            info.privateViewport = json->toObject();
        return info;
    }

    QJsonArray stages()
    {
        std::map<int, std::vector<DisplaySetInfo>> groups;
        for (DcmItem* item : items(m_ds, DCM_DisplaySetsSequence)) {
            DisplaySetInfo info = displaySet(*item);
            groups[info.group].push_back(std::move(info));
        }
        // Private stage items: grid, sync kinds beyond scrolling, full names.
        std::map<int, DcmItem*> privateStages;
        if (m_top.present()) {
            for (DcmItem* item : items(m_ds, m_top.tag(Mapping::Stages))) {
                const PrivateBlock block(*item);
                if (const auto number = block.integer(Mapping::StageNumber))
                    privateStages[static_cast<int>(*number)] = item;
            }
        }
        std::map<int, std::pair<int, int>> whereIs;   // display set number -> stage, viewport
        QJsonArray stageArray;
        for (auto& [group, sets] : groups) {
            std::sort(sets.begin(), sets.end(), [](const DisplaySetInfo& a, const DisplaySetInfo& b) { return a.number < b.number; });
            QJsonObject stage;
            const auto named = std::find_if(sets.begin(), sets.end(), [](const DisplaySetInfo& s) { return !s.groupDescription.isEmpty(); });
            if (named != sets.end())
                stage.insert(QStringLiteral("name"), named->groupDescription);
            QJsonArray viewports;
            std::vector<NormalizedRect> rects;
            for (std::size_t v = 0; v < sets.size(); ++v) {
                whereIs[sets[v].number] = {static_cast<int>(stageArray.size()), static_cast<int>(v)};
                rects.push_back(sets[v].rect);
                if (sets[v].privateViewport) {
                    viewports.append(*sets[v].privateViewport);
                } else {
                    viewports.append(sets[v].viewport);
                    m_result.notRepresented << sets[v].notes;
                }
            }
            stage.insert(QStringLiteral("layout"), layout(rects));
            stage.insert(QStringLiteral("viewports"), viewports);
            if (const auto privateStage = privateStages.find(static_cast<int>(stageArray.size()) + 1); privateStage != privateStages.end()) {
                const PrivateBlock block(*privateStage->second);
                const auto rows = block.integer(Mapping::StageGrid, 0);
                const auto columns = block.integer(Mapping::StageGrid, 1);
                if (rows && columns && *rows * *columns == static_cast<long>(sets.size()))
                    stage.insert(QStringLiteral("layout"), QJsonObject{{QStringLiteral("rows"), static_cast<int>(*rows)}, {QStringLiteral("columns"), static_cast<int>(*columns)}});
                if (const QString name = block.text(Mapping::StageName); !name.isEmpty())
                    stage.insert(QStringLiteral("name"), name);
                if (const auto sync = block.json(Mapping::StageSync); sync && sync->isArray())
                    stage.insert(QStringLiteral("sync"), sync->toArray());
                m_privateSync.insert(static_cast<int>(stageArray.size()));
            }
            stageArray.append(stage);
        }
        // Synchronized scrolling: display sets of one stage scroll together.
        for (DcmItem* item : items(m_ds, DCM_SynchronizedScrollingSequence)) {
            std::set<int> stagesSeen;
            QJsonArray members;
            QStringList numbers;
            for (unsigned long i = 0;; ++i) {
                const auto number = Support::integer(*item, DCM_DisplaySetScrollingGroup, i);
                if (!number)
                    break;
                numbers << QString::number(*number);
                const auto where = whereIs.find(static_cast<int>(*number));
                if (where == whereIs.end())
                    continue;
                stagesSeen.insert(where->second.first);
                members.append(where->second.second);
            }
            if (stagesSeen.size() != 1 || members.size() < 2) {
                note(tr("synchronized scrolling of display sets %1 across presentation groups: not kept").arg(numbers.join(QStringLiteral(", "))));
                continue;
            }
            const int stageIndex = *stagesSeen.begin();
            if (m_privateSync.contains(stageIndex))
                continue;   // the private block has the stage's full sync list
            QJsonObject stage = stageArray[stageIndex].toObject();
            QJsonArray sync = stage.value(QStringLiteral("sync")).toArray();
            sync.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("scroll")}, {QStringLiteral("viewports"), members}});
            stage.insert(QStringLiteral("sync"), sync);
            stageArray[stageIndex] = stage;
        }
        return stageArray;
    }

    // rows x columns when the rectangles are that grid, in order; else free rectangles.
    static QJsonObject layout(const std::vector<NormalizedRect>& rects)
    {
        std::set<long> xs;
        std::set<long> ys;
        for (const NormalizedRect& r : rects) {
            xs.insert(std::lround(r.x * 10000));
            ys.insert(std::lround(r.y * 10000));
        }
        const int rows = static_cast<int>(ys.size());
        const int columns = static_cast<int>(xs.size());
        if (rows > 0 && columns > 0 && static_cast<std::size_t>(rows * columns) == rects.size()) {
            Stage grid;
            grid.rows = rows;
            grid.columns = columns;
            const std::vector<NormalizedRect> expected = grid.viewportRects();
            bool same = true;
            for (std::size_t i = 0; i < rects.size() && same; ++i) {
                same = std::abs(rects[i].x - expected[i].x) < 1e-4 && std::abs(rects[i].y - expected[i].y) < 1e-4
                       && std::abs(rects[i].width - expected[i].width) < 1e-4 && std::abs(rects[i].height - expected[i].height) < 1e-4;
            }
            if (same)
                return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("columns"), columns}};
        }
        QJsonArray array;
        for (const NormalizedRect& r : rects)
            array.append(QJsonObject{{QStringLiteral("x"), r.x}, {QStringLiteral("y"), r.y}, {QStringLiteral("width"), r.width}, {QStringLiteral("height"), r.height}});
        return QJsonObject{{QStringLiteral("rectangles"), array}};
    }

    DcmDataset& m_ds;
    HangingProtocolImport& m_result;
    PrivateBlock m_top;
    QString m_department;
    QJsonArray m_studyRules;
    QJsonArray m_priorRules;
    QString m_priorSelection = QStringLiteral("mostRecent");
    std::map<int, int> m_studyOfImageSet;
    int m_highestPrior = 0;
    bool m_priorDone = false;
    std::map<int, QJsonArray> m_rulesOfImageSet;
    std::set<int> m_privateSync;
};

std::optional<HangingProtocolLevel> levelFromName(const QString& name)
{
    for (const auto level : {HangingProtocolLevel::Manufacturer, HangingProtocolLevel::Site, HangingProtocolLevel::UserGroup, HangingProtocolLevel::SingleUser}) {
        if (HangingProtocolDicomWriter::levelName(level) == name)
            return level;
    }
    return std::nullopt;
}

} // namespace

std::optional<HangingProtocolImport> HangingProtocolDicomReader::readFile(const QString& path, QString* error)
{
    auto failWith = [&](const QString& reason) -> std::optional<HangingProtocolImport> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    DcmFileFormat file;
    const OFCondition status = file.loadFile(QFile::encodeName(path).constData());
    if (status.bad())
        return failWith(tr("%1: not a readable DICOM file (%2)").arg(path, QString::fromLocal8Bit(status.text())));
    DcmDataset& ds = *file.getDataset();
    const QString sopClass = Support::string(ds, DCM_SOPClassUID);
    if (sopClass != QLatin1String(HangingProtocolDicomWriter::sopClassUid))
        return failWith(tr("%1: not a Hanging Protocol instance (SOP Class UID %2)").arg(path, sopClass.isEmpty() ? tr("missing") : sopClass));
    if (items(ds, DCM_DisplaySetsSequence).empty())
        return failWith(tr("%1: the Hanging Protocol has no display sets").arg(path));

    HangingProtocolImport result;
    result.sopInstanceUid = Support::string(ds, DCM_SOPInstanceUID);
    result.level = levelFromName(Support::string(ds, DCM_HangingProtocolLevel));
    result.creator = Support::string(ds, DCM_HangingProtocolCreator);
    result.creationDateTime = QDateTime::fromString(Support::string(ds, DCM_HangingProtocolCreationDateTime).left(14), QStringLiteral("yyyyMMddHHmmss"));
    Reader reader(ds, result);
    const QJsonObject json = reader.protocol();
    ProtocolProblem problem;
    auto protocol = ProtocolReader::read(QJsonDocument(json).toJson(QJsonDocument::Indented), path, &problem);
    if (!protocol)
        return failWith(tr("%1: cannot be represented as a protocol: %2").arg(path, problem.reason));
    result.protocol = std::move(*protocol);
    return result;
}

} // namespace continuum::hanging_protocols
