#include "HangingProtocolDicomSupport.h"

#include "HangingProtocolIodMapping.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcvrat.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <utility>

namespace continuum::hanging_protocols {
namespace {

// Selector XX Value elements by the VR they hold (PS3.3 Table 10-x "Hanging Protocol Selector
// Attribute Value Macro"). Binary VRs without a text form (OB, OW, UN...) are left out.
const std::array<std::pair<const char*, DcmTagKey>, 24> valueTags{{
    {"AE", DCM_SelectorAEValue}, {"AS", DCM_SelectorASValue}, {"AT", DCM_SelectorATValue}, {"CS", DCM_SelectorCSValue},
    {"DA", DCM_SelectorDAValue}, {"DS", DCM_SelectorDSValue}, {"DT", DCM_SelectorDTValue}, {"FD", DCM_SelectorFDValue},
    {"FL", DCM_SelectorFLValue}, {"IS", DCM_SelectorISValue}, {"LO", DCM_SelectorLOValue}, {"LT", DCM_SelectorLTValue},
    {"PN", DCM_SelectorPNValue}, {"SH", DCM_SelectorSHValue}, {"SL", DCM_SelectorSLValue}, {"SS", DCM_SelectorSSValue},
    {"ST", DCM_SelectorSTValue}, {"TM", DCM_SelectorTMValue}, {"UC", DCM_SelectorUCValue}, {"UI", DCM_SelectorUIValue},
    {"UL", DCM_SelectorULValue}, {"US", DCM_SelectorUSValue}, {"UT", DCM_SelectorUTValue}, {"UR", DCM_SelectorURValue},
}};

std::optional<DcmTagKey> valueTagForVr(const QString& vr)
{
    for (const auto& [name, tag] : valueTags) {
        if (vr == QLatin1String(name))
            return tag;
    }
    return std::nullopt;
}

bool isNumericVr(const QString& vr)
{
    static const QStringList numeric{QStringLiteral("US"), QStringLiteral("SS"), QStringLiteral("UL"), QStringLiteral("SL"),
                                     QStringLiteral("FD"), QStringLiteral("FL"), QStringLiteral("DS"), QStringLiteral("IS")};
    return numeric.contains(vr);
}

// Whether the values fit the VR (length, multiplicity, characters), as dciodvfy checks them.
bool fits(const QString& vr, const QStringList& values)
{
    static const QList<std::pair<QString, int>> maxLength{{QStringLiteral("AE"), 16}, {QStringLiteral("AS"), 4}, {QStringLiteral("CS"), 16},
                                                          {QStringLiteral("DA"), 8}, {QStringLiteral("DS"), 16}, {QStringLiteral("DT"), 26},
                                                          {QStringLiteral("IS"), 12}, {QStringLiteral("LO"), 64}, {QStringLiteral("PN"), 64},
                                                          {QStringLiteral("SH"), 16}, {QStringLiteral("TM"), 14}, {QStringLiteral("UI"), 64},
                                                          {QStringLiteral("LT"), 10240}, {QStringLiteral("ST"), 1024}};
    if (values.isEmpty())
        return false;
    const bool singleValued = vr == QLatin1String("LT") || vr == QLatin1String("ST") || vr == QLatin1String("UT") || vr == QLatin1String("UR");
    if (singleValued && values.size() > 1)
        return false;
    for (const QString& value : values) {
        if (value.isEmpty() || value.contains(QLatin1Char('\\')))
            return false;
        for (const auto& [name, length] : maxLength) {
            if (name == vr && value.size() > length)
                return false;
        }
        if (vr == QLatin1String("CS")) {
            for (QChar c : value) {
                if (!(c.isUpper() || c.isDigit() || c == QLatin1Char(' ') || c == QLatin1Char('_')) || c.unicode() > 127)
                    return false;
            }
        }
        if (isNumericVr(vr)) {
            bool ok = false;
            value.toDouble(&ok);
            if (!ok)
                return false;
        }
    }
    return true;
}

// Text works for every VR here: DCMTK parses backslash-separated numbers for US, FD...
void putValues(DcmItem& item, const DcmTagKey& tag, const QString& vr, const QStringList& values)
{
    (void)vr;
    item.putAndInsertString(tag, values.join(QLatin1Char('\\')).toUtf8().constData());
}

// `valueNumber`: Image Set Selector items need Selector Value Number (0: any value of a
// multi-valued attribute); Filter Operations items may not have it (dciodvfy).
void putSelectorContext(DcmItem& item, const HangingProtocolDicomSupport::Selector& selector, bool valueNumber)
{
    item.putAndInsertTagKey(DCM_SelectorAttribute, selector.attribute);
    item.putAndInsertString(DCM_SelectorAttributeVR, selector.vr.toLatin1().constData());
    if (valueNumber)
        item.putAndInsertUint16(DCM_SelectorValueNumber, 0);
    putValues(item, selector.valueTag, selector.vr, selector.values);
}

} // namespace

std::optional<HangingProtocolDicomSupport::Selector> HangingProtocolDicomSupport::selectorFor(const MatchRule& rule)
{
    const auto tag = HangingProtocolIodMapping::instance().selectorTag(rule.attribute);
    if (!tag)
        return std::nullopt;
    const DcmTagKey key(static_cast<Uint16>(*tag >> 16), static_cast<Uint16>(*tag & 0xffff));
    if (key.isPrivate() || key.getGroup() == 0x0002)
        return std::nullopt;
    const DcmTag dictionaryTag(key);
    const DcmVR dictionaryVr(dictionaryTag.getEVR());
    QString vr = QString::fromLatin1(dictionaryVr.getVRName());
    // Elements whose VR depends on context (US or SS...) cannot be selected without it.
    if (dictionaryTag.getEVR() == EVR_UNKNOWN || dictionaryTag.getEVR() == EVR_SQ || vr.size() != 2 || vr == QLatin1String("ox") || vr == QLatin1String("xs"))
        return std::nullopt;
    const auto valueTag = valueTagForVr(vr);
    if (!valueTag)
        return std::nullopt;
    QStringList values;
    if (rule.constraint == Constraint::Range) {
        if (!isNumericVr(vr))
            return std::nullopt;
        if (rule.minimum)
            values << QString::number(*rule.minimum, 'g', 15);
        if (rule.maximum)
            values << QString::number(*rule.maximum, 'g', 15);
        // Integer VRs cannot hold fractional bounds.
        if ((vr == QLatin1String("US") || vr == QLatin1String("SS") || vr == QLatin1String("UL") || vr == QLatin1String("SL") || vr == QLatin1String("IS"))
            && ((rule.minimum && *rule.minimum != std::floor(*rule.minimum)) || (rule.maximum && *rule.maximum != std::floor(*rule.maximum))))
            return std::nullopt;
    } else {
        values = rule.values;
        if (vr == QLatin1String("CS")) {
            for (QString& v : values)
                v = v.trimmed().toUpper();
        }
    }
    if (!fits(vr, values))
        return std::nullopt;
    return Selector{key, vr, *valueTag, values};
}

bool HangingProtocolDicomSupport::putImageSetSelector(DcmItem& imageSet, const MatchRule& rule, bool match)
{
    if (rule.constraint != Constraint::Equals)
        return false;
    const auto selector = selectorFor(rule);
    if (!selector)
        return false;
    DcmItem* item = nullptr;
    if (imageSet.findOrCreateSequenceItem(DCM_ImageSetSelectorSequence, item, -2).bad() || !item)
        return false;
    item->putAndInsertString(DCM_ImageSetSelectorUsageFlag, match ? "MATCH" : "NO_MATCH");
    putSelectorContext(*item, *selector, true);
    return true;
}

bool HangingProtocolDicomSupport::putFilter(DcmItem& displaySet, const MatchRule& rule)
{
    const char* presence = rule.constraint == Constraint::Exists ? "PRESENT" : rule.constraint == Constraint::NotExists ? "NOT_PRESENT" : nullptr;
    std::optional<Selector> selector;
    const char* op = nullptr;
    if (presence) {
        MatchRule probe = rule;
        probe.constraint = Constraint::Equals;
        probe.values = QStringList{QStringLiteral("1")};
        const auto tag = HangingProtocolIodMapping::instance().selectorTag(rule.attribute);
        if (!tag)
            return false;
        const DcmTagKey key(static_cast<Uint16>(*tag >> 16), static_cast<Uint16>(*tag & 0xffff));
        const DcmVR vr(DcmTag(key).getEVR());
        if (key.isPrivate() || DcmTag(key).getEVR() == EVR_UNKNOWN)
            return false;
        selector = Selector{key, QString::fromLatin1(vr.getVRName()), {}, {}};
    } else if (rule.constraint == Constraint::Equals) {
        selector = selectorFor(rule);
        op = rule.values.size() == 1 ? "EQUAL" : "MEMBER_OF";
    } else if (rule.constraint == Constraint::Range) {
        selector = selectorFor(rule);
        op = rule.minimum && rule.maximum ? "RANGE_INCL" : rule.minimum ? "GREATER_OR_EQUAL" : "LESS_OR_EQUAL";
    }
    if (!selector)
        return false;
    DcmItem* item = nullptr;
    if (displaySet.findOrCreateSequenceItem(DCM_FilterOperationsSequence, item, -2).bad() || !item)
        return false;
    if (presence) {
        item->putAndInsertTagKey(DCM_SelectorAttribute, selector->attribute);
        item->putAndInsertString(DCM_SelectorAttributeVR, selector->vr.toLatin1().constData());
        item->putAndInsertString(DCM_FilterByAttributePresence, presence);
    } else {
        putSelectorContext(*item, *selector, false);
        item->putAndInsertString(DCM_FilterByOperator, op);
    }
    return true;
}

void HangingProtocolDicomSupport::putImagePlaneFilter(DcmItem& displaySet, PlaneOrientation::Plane plane)
{
    DcmItem* item = nullptr;
    if (displaySet.findOrCreateSequenceItem(DCM_FilterOperationsSequence, item, -2).bad() || !item)
        return;
    item->putAndInsertString(DCM_FilterByCategory, "IMAGE_PLANE");
    item->putAndInsertString(DCM_SelectorAttributeVR, "CS");
    item->putAndInsertString(DCM_SelectorCSValue, PlaneOrientation::name(plane).toUpper().toLatin1().constData());
    item->putAndInsertString(DCM_FilterByOperator, "MEMBER_OF");
}

void HangingProtocolDicomSupport::putCode(DcmItem& item, const DcmTagKey& sequence, const QString& code, const QString& scheme, const QString& meaning)
{
    DcmItem* codeItem = nullptr;
    if (item.findOrCreateSequenceItem(sequence, codeItem, -2).bad() || !codeItem)
        return;
    codeItem->putAndInsertString(DCM_CodeValue, code.toLatin1().constData());
    codeItem->putAndInsertString(DCM_CodingSchemeDesignator, scheme.toLatin1().constData());
    codeItem->putAndInsertString(DCM_CodeMeaning, meaning.toUtf8().constData());
}

void HangingProtocolDicomSupport::putRectangle(DcmItem& item, const NormalizedRect& rect)
{
    putNumbers(item, DCM_DisplayEnvironmentSpatialPosition, {rect.x, 1.0 - rect.y, rect.x + rect.width, 1.0 - (rect.y + rect.height)});
}

OFCondition HangingProtocolDicomSupport::putNumbers(DcmItem& item, const DcmTag& tag, const std::vector<double>& values)
{
    QStringList text;
    for (double v : values)
        text << QString::number(std::abs(v) < 1e-12 ? 0.0 : v, 'g', 15);
    return item.putAndInsertString(tag, text.join(QLatin1Char('\\')).toLatin1().constData());
}

std::optional<NormalizedRect> HangingProtocolDicomSupport::rectangle(DcmItem& item)
{
    std::array<Float64, 4> v{};
    for (unsigned long i = 0; i < 4; ++i) {
        if (item.findAndGetFloat64(DCM_DisplayEnvironmentSpatialPosition, v[i], i).bad())
            return std::nullopt;
    }
    const NormalizedRect rect{v[0], 1.0 - v[1], v[2] - v[0], v[1] - v[3]};
    if (rect.width <= 0.0 || rect.height <= 0.0)
        return std::nullopt;
    return rect;
}

QString HangingProtocolDicomSupport::string(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

QStringList HangingProtocolDicomSupport::strings(DcmItem& item, const DcmTagKey& tag)
{
    const QString all = string(item, tag);
    if (all.isEmpty())
        return {};
    QStringList values = all.split(QLatin1Char('\\'));
    for (QString& v : values)
        v = v.trimmed();
    return values;
}

std::optional<long> HangingProtocolDicomSupport::integer(DcmItem& item, const DcmTagKey& tag, unsigned long position)
{
    DcmElement* element = nullptr;
    if (item.findAndGetElement(tag, element).bad() || !element)
        return std::nullopt;
    OFString text;
    if (element->getOFString(text, position).bad())
        return std::nullopt;
    bool ok = false;
    const long value = QString::fromLatin1(text.c_str()).trimmed().toLong(&ok);
    return ok ? std::optional<long>(value) : std::nullopt;
}

std::optional<HangingProtocolDicomSupport::Selector> HangingProtocolDicomSupport::selector(DcmItem& item)
{
    Selector selector;
    DcmTagKey attribute;
    DcmElement* attributeElement = nullptr;
    bool hasAttribute = false;
    if (item.findAndGetElement(DCM_SelectorAttribute, attributeElement).good() && attributeElement && attributeElement->ident() == EVR_AT)
        hasAttribute = static_cast<DcmAttributeTag*>(attributeElement)->getTagVal(attribute, 0).good();
    selector.attribute = attribute;
    selector.vr = string(item, DCM_SelectorAttributeVR);
    for (const auto& [name, tag] : valueTags) {
        if (item.tagExistsWithValue(tag)) {
            selector.valueTag = tag;
            if (selector.vr.isEmpty())
                selector.vr = QString::fromLatin1(name);
            selector.values = strings(item, tag);
            break;
        }
    }
    if (!hasAttribute && selector.values.isEmpty())
        return std::nullopt;
    return selector;
}

QString HangingProtocolDicomSupport::tagText(const DcmTagKey& tag)
{
    const auto key = attributeKey(tag);
    return key ? key->name() : QString::fromLatin1(tag.toString().c_str());
}

std::optional<AttributeKey> HangingProtocolDicomSupport::attributeKey(const DcmTagKey& tag)
{
    return AttributeKey::fromTag(tag.getGroup(), tag.getElement());
}

} // namespace continuum::hanging_protocols
