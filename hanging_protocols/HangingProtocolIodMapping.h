#pragma once
#include "AttributeKey.h"
#include "Protocol.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace continuum::hanging_protocols {

// The tables the DICOM Hanging Protocol import/export needs (dicom/hanging-protocol-iod.json,
// compiled in as a resource): window presets <-> VOI Type, BodyPartExamined <-> Anatomic Region
// codes, derived attributes <-> the element an image selector can use. Also the private block
// that keeps what the IOD cannot say (docs/hanging-protocols.md, "DICOM Hanging Protocol
// instances"). Read once per process.
class HangingProtocolIodMapping {
public:
    struct AnatomicRegion {
        QString code;
        QString scheme;
        QString meaning;
        QStringList bodyParts;   // the first is what an imported code becomes
    };

    static const HangingProtocolIodMapping& instance();

    std::optional<QString> voiTypeForPreset(const QString& preset) const;   // case-insensitive
    std::optional<QString> presetForVoiType(const QString& voiType) const;
    const AnatomicRegion* regionForBodyPart(const QString& bodyPart) const;  // case-insensitive
    const AnatomicRegion* regionForCode(const QString& scheme, const QString& code) const;
    // The DICOM element a rule on `key` becomes in a selector or filter: the tag itself, or the
    // element a derived attribute stands for (modalitiesInStudy -> Modality); nullopt otherwise.
    std::optional<std::uint32_t> selectorTag(const AttributeKey& key) const;
    // What a protocol without modality or body-part rules is written for (see the data file).
    QStringList unrestrictedModalities(Department department) const;
    // The weight of a rule made from a foreign instance: "modality", "anatomicRegion", ...
    double importWeight(const QString& what) const;
    // Reformatting Thickness / Interval written for an MPR display set (mm).
    double reformattingThickness() const { return m_reformatting.value(QStringLiteral("thicknessMm")).toDouble(1.0); }
    double reformattingInterval() const { return m_reformatting.value(QStringLiteral("intervalMm")).toDouble(1.0); }

    // The private block: group 0x0071, creator at (0071,0010), elements (0071,10xx).
    static constexpr std::uint16_t privateGroup = 0x0071;
    static constexpr const char* privateCreator = "CONTINUUM HANGING PROTOCOL 1";
    enum PrivateElement : std::uint16_t {
        // top level
        ProtocolId = 0x01,          // LO
        ProtocolName = 0x02,        // UT (the Hanging Protocol Name is SH: 16 characters)
        ProtocolDescription = 0x03, // UT
        DepartmentName = 0x04,      // CS
        Priority = 0x05,            // SL
        StudyRules = 0x06,          // UT: JSON array of rules
        Priors = 0x07,              // UT: JSON "priors" object
        Stages = 0x08,              // SQ: one item per stage (presentation group)
        // stage items
        StageNumber = 0x10,         // US: the Display Set Presentation Group
        StageGrid = 0x11,           // US 2: rows \ columns (absent: free rectangles)
        StageSync = 0x12,           // UT: JSON "sync" array
        StageName = 0x13,           // UT
        // display set items
        ViewportJson = 0x20,        // UT: JSON viewport object (displaySet, window, scaling, zoom, cine)
    };

private:
    HangingProtocolIodMapping();

    std::vector<std::pair<QString, QString>> m_voiTypes;   // VOI Type, preset
    std::vector<AnatomicRegion> m_regions;
    std::vector<std::pair<DerivedAttribute, std::uint32_t>> m_derived;
    QJsonObject m_unrestricted;
    QJsonObject m_importWeights;
    QJsonObject m_reformatting;
};

} // namespace continuum::hanging_protocols
