#pragma once
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace continuum::hanging_protocols {

// Attributes the engine computes instead of reading them from one DICOM element. Their names
// start with a lower-case letter ("modalitiesInStudy"), DICOM keywords with an upper-case one.
enum class DerivedAttribute {
    ModalitiesInStudy,   // study: distinct Modality values of its series
    NumberOfSeries,      // study: series count
    NumberOfInstances,   // study: all instances; series: instances of the series
    NumberOfFrames,      // series: frames over all instances (study: per series)
    MultiFrame,          // series: "true" when an instance holds more than one frame
    BodyPart,            // BodyPartExamined, upper case, from any series that has it
    DaysBeforeCurrent,   // study: days between this study and the current one (0 for current)
    Orientation,         // series: axial, coronal, sagittal or oblique (ImageOrientationPatient)
};

// What a rule looks at: a DICOM element (by keyword or "(gggg,eeee)", resolved once) or a derived
// attribute. Cheap to copy and compare; the text it was parsed from is kept for explanations and
// for writing the protocol back.
class AttributeKey {
public:
    enum class Kind { Tag, Derived };

    static AttributeKey fromTag(std::uint16_t group, std::uint16_t element);
    static AttributeKey fromDerived(DerivedAttribute attribute);
    // "Modality", "(0008,0060)", "0008,0060", "00080060" or a derived name. nullopt (and
    // `error`) when the text names nothing known.
    static std::optional<AttributeKey> parse(const QString& text, QString* error = nullptr);

    Kind kind() const { return m_kind; }
    bool isTag() const { return m_kind == Kind::Tag; }
    std::uint32_t tag() const { return m_tag; }                  // (group << 16) | element
    std::uint16_t group() const { return static_cast<std::uint16_t>(m_tag >> 16); }
    std::uint16_t element() const { return static_cast<std::uint16_t>(m_tag & 0xffff); }
    DerivedAttribute derived() const { return m_derived; }
    // Derived attributes that describe a study as a whole (the others describe series).
    bool isStudyLevelDerived() const;

    // The keyword for a known tag ("Modality"), else "(gggg,eeee)"; the derived name otherwise.
    QString name() const;
    static QString derivedName(DerivedAttribute attribute);

    friend bool operator==(const AttributeKey& a, const AttributeKey& b)
    {
        return a.m_kind == b.m_kind && (a.m_kind == Kind::Tag ? a.m_tag == b.m_tag : a.m_derived == b.m_derived);
    }
    // A single number that identifies the key (for hashing and ordering).
    std::uint64_t identity() const
    {
        return m_kind == Kind::Tag ? m_tag : (std::uint64_t{1} << 32) | static_cast<std::uint32_t>(m_derived);
    }

private:
    Kind m_kind = Kind::Tag;
    std::uint32_t m_tag = 0;
    DerivedAttribute m_derived = DerivedAttribute::ModalitiesInStudy;
};

} // namespace continuum::hanging_protocols

template <>
struct std::hash<continuum::hanging_protocols::AttributeKey> {
    std::size_t operator()(const continuum::hanging_protocols::AttributeKey& key) const noexcept
    {
        return std::hash<std::uint64_t>{}(key.identity());
    }
};
