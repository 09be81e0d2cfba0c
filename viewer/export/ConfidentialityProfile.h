#pragma once
#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace continuum::exporting {

// Action codes of PS3.15 E.1.1, the combined ones kept as written in the table.
enum class ProfileAction {
    Keep,                      // K
    Remove,                    // X
    Zero,                      // Z
    Dummy,                     // D
    Clean,                     // C
    ReplaceUid,                // U
    ZeroOrDummy,               // Z/D
    RemoveOrZero,              // X/Z
    RemoveOrDummy,             // X/D
    RemoveZeroOrDummy,         // X/Z/D
    RemoveZeroOrReplaceUids,   // X/Z/U*
};

// The option columns of Table E.1-1, in the table's order.
enum class ProfileOption {
    RetainSafePrivate,
    RetainUids,
    RetainDeviceIdentity,
    RetainInstitutionIdentity,
    RetainPatientCharacteristics,
    RetainLongitudinalFullDates,
    RetainLongitudinalModifiedDates,
    CleanDescriptors,
    CleanStructuredContent,
    CleanGraphics,
};
inline constexpr int profileOptionCount = 10;

// One row of Table E.1-1.
struct ProfileRule {
    QString tag;            // as in the table: "(0010,0010)", "(60xx,3000)", "(gggg,eeee)"
    QString name;
    bool retired = false;
    bool inStandardCompositeIod = false;
    ProfileAction basic = ProfileAction::Keep;
    std::array<std::optional<ProfileAction>, profileOptionCount> options;   // empty = option does not apply
    bool privateAttributes = false;   // the (gggg,eeee) odd-group row
    std::uint32_t value = 0;          // tag value with the "x" digits zero
    std::uint32_t mask = 0xFFFFFFFF;  // the "x" digits cleared
};

// PS3.15 Table E.1-1 as loaded from its data file (viewer/export/data/ps3.15-table-e1-1.tsv,
// compiled in as a resource): which action the Basic Profile, and each option, takes on which
// attribute. Rows are matched by exact tag first, then by repeating-group pattern; odd groups
// match the private-attributes row.
class ConfidentialityProfile {
    Q_DECLARE_TR_FUNCTIONS(ConfidentialityProfile)
public:
    static QString builtInTablePath();   // the Qt resource path
    static std::optional<ConfidentialityProfile> load(const QString& path, QString* error = nullptr);
    static std::optional<ConfidentialityProfile> loadBuiltIn(QString* error = nullptr) { return load(builtInTablePath(), error); }

    QString edition() const { return m_edition; }
    const std::vector<ProfileRule>& rules() const { return m_rules; }
    const ProfileRule* ruleFor(std::uint16_t group, std::uint16_t element) const;
    // The action for a rule with `options` on (an enabled option with an entry overrides the
    // basic action; PS3.15 E.1.1: "A requirement for an Option ... overrides").
    static ProfileAction actionFor(const ProfileRule& rule, const std::vector<ProfileOption>& options);
    static std::optional<ProfileAction> parseAction(const QString& code);
    static QString actionCode(ProfileAction action);

private:
    QString m_edition;
    std::vector<ProfileRule> m_rules;
    std::unordered_map<std::uint32_t, std::size_t> m_exact;
    std::vector<std::size_t> m_patterns;
    std::optional<std::size_t> m_private;
};

} // namespace continuum::exporting
