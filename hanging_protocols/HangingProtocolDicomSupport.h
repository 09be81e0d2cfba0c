#pragma once
// Private to the DICOM Hanging Protocol reader and writer: DCMTK item helpers for the selector,
// filter, code and rectangle structures of the IOD. Not installed, not included by public headers.
#include "MatchRule.h"
#include "PlaneOrientation.h"
#include "Protocol.h"

#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dctagkey.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::hanging_protocols {

class HangingProtocolDicomSupport {
public:
    // One selector attribute with its values, as Image Set Selector and Filter Operations items
    // hold it (Selector Attribute, Selector Attribute VR, Selector XX Value).
    struct Selector {
        DcmTagKey attribute;
        QString vr;             // of the attribute, "CS", "LO"...
        DcmTagKey valueTag;     // Selector CS Value, Selector LO Value, ...
        QStringList values;
    };

    // The selector for an equals / range rule's values, when its attribute is a public element
    // (or a derived attribute standing for one) whose VR can hold them; nullopt otherwise.
    static std::optional<Selector> selectorFor(const MatchRule& rule);
    static bool putImageSetSelector(DcmItem& imageSet, const MatchRule& rule, bool match);
    // Filter Operations Sequence item of a display set for an equals, range, exists or notExists
    // rule; false when the IOD cannot express it.
    static bool putFilter(DcmItem& displaySet, const MatchRule& rule);
    static void putImagePlaneFilter(DcmItem& displaySet, PlaneOrientation::Plane plane);
    static void putCode(DcmItem& item, const DcmTagKey& sequence, const QString& code, const QString& scheme, const QString& meaning);
    // Display Environment Spatial Position: x1\y1\x2\y2 of the upper left and lower right corner,
    // origin at the lower left (PS3.3 C.23.2.1.1); ours has its origin at the top left.
    static void putRectangle(DcmItem& item, const NormalizedRect& rect);
    // A multi-valued numeric element (US, SS, FD...) from its values.
    static OFCondition putNumbers(DcmItem& item, const DcmTag& tag, const std::vector<double>& values);

    static std::optional<NormalizedRect> rectangle(DcmItem& item);
    // The selector of an Image Set Selector or Filter Operations item; nullopt without one.
    static std::optional<Selector> selector(DcmItem& item);
    static QString string(DcmItem& item, const DcmTagKey& tag);        // all values, '\'-joined, trimmed
    static QStringList strings(DcmItem& item, const DcmTagKey& tag);
    static std::optional<long> integer(DcmItem& item, const DcmTagKey& tag, unsigned long position = 0);
    static QString tagText(const DcmTagKey& tag);                       // "Modality" or "(gggg,eeee)"
    static std::optional<AttributeKey> attributeKey(const DcmTagKey& tag);
};

} // namespace continuum::hanging_protocols
