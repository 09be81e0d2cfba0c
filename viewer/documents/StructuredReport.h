#pragma once
#include "DocumentTypes.h"
#include "PresentationState.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace continuum::documents {

struct NumericValue {
    double value = 0.0;
    QString text;            // the Numeric Value as written (keeps its precision)
    CodedConcept unit;       // Measurement Units Code Sequence (UCUM code value, e.g. "mm")
    bool operator==(const NumericValue&) const = default;
};

// 2D spatial coordinates of an SCOORD item, in image pixel coordinates (column, row) with the
// PS3.3 C.18.6.1.1 origin (0,0) at the top left corner of the top left pixel.
struct SpatialCoordinates {
    GraphicType type = GraphicType::Polyline;
    std::vector<QPointF> points;
    bool operator==(const SpatialCoordinates&) const = default;
};

// One SR content item with its children (PS3.3 C.17.3).
struct SrContentItem {
    QString position;            // "1.2.3": the root is "1", its children "1.1", "1.2", ...
    QString relationship;        // "CONTAINS", "HAS OBS CONTEXT", ... (empty for the root)
    QString valueType;           // "CONTAINER", "TEXT", "NUM", "CODE", "IMAGE", "SCOORD", ...
    CodedConcept conceptName;
    QString valueText;           // the value as readable text ("3 cm", a code meaning, "2000-12-06")
    std::optional<CodedConcept> code;              // CODE
    std::optional<NumericValue> numeric;           // NUM
    std::optional<SpatialCoordinates> coordinates; // SCOORD
    // IMAGE / COMPOSITE / WAVEFORM: the object referenced; SCOORD: the image(s) it is selected
    // from (its SELECTED FROM child). Series UIDs come from the document's evidence sequences.
    std::vector<ImageReference> references;
    QString presentationStateUid;  // IMAGE with a referenced GSPS
    QString referencedPosition;    // by-reference relationship: the position of the target item
    QDateTime observationDateTime;
    std::vector<SrContentItem> children;

    // Concept name meaning, or the value type when the item has no conceptName name.
    QString label() const;
    bool operator==(const SrContentItem&) const = default;
};

// An image reference found anywhere in a report, with the item that carries it.
struct SrImageHit {
    QString itemPosition;
    QString conceptName;
    ImageReference image;
    std::optional<SpatialCoordinates> coordinates;
};

struct StructuredReport {
    QString sopClassUid;
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString studyInstanceUid;
    QString patientName;
    QString patientId;
    QString documentTitle;       // the root's conceptName name meaning
    QString completionFlag;      // COMPLETE / PARTIAL
    QString verificationFlag;    // VERIFIED / UNVERIFIED
    QDateTime contentDateTime;
    QString templateIdentifier;  // root Content Template Sequence, e.g. "1500"
    SrContentItem root;
    std::vector<ImageReference> evidence;   // Current Requested Procedure + Pertinent Other Evidence

    // An indented, readable rendering of the whole tree (one item per line, children indented
    // by two spaces; "Concept: value", containers as headings, references in brackets).
    QString toText() const;
    // Every reference, depth first, in document order.
    std::vector<SrImageHit> imageReferences() const;
    // The item at a position ("1.4.2"), or nullptr.
    const SrContentItem* itemAt(const QString& position) const;
    // Depth-first search by conceptName name meaning (case-sensitive), first match.
    const SrContentItem* findByConceptMeaning(const QString& meaning) const;
};

QString sopClassShortName(const QString& sopClassUid);   // "CT Image", ... or the UID
QString referenceText(const ImageReference& reference);  // "CT Image 1.2.3 frame 5,2"

} // namespace continuum::documents
