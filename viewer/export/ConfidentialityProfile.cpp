#include "ConfidentialityProfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace continuum::exporting {

namespace {
constexpr int columnCount = 5 + profileOptionCount;
}

QString ConfidentialityProfile::builtInTablePath()
{
    return QStringLiteral(":/continuum/export/ps3.15-table-e1-1.tsv");
}

std::optional<ProfileAction> ConfidentialityProfile::parseAction(const QString& code)
{
    static const std::pair<const char*, ProfileAction> codes[] = {
        {"K", ProfileAction::Keep},          {"X", ProfileAction::Remove},
        {"Z", ProfileAction::Zero},          {"D", ProfileAction::Dummy},
        {"C", ProfileAction::Clean},         {"U", ProfileAction::ReplaceUid},
        {"Z/D", ProfileAction::ZeroOrDummy}, {"X/Z", ProfileAction::RemoveOrZero},
        {"X/D", ProfileAction::RemoveOrDummy}, {"X/Z/D", ProfileAction::RemoveZeroOrDummy},
        {"X/Z/U*", ProfileAction::RemoveZeroOrReplaceUids},
    };
    for (const auto& [text, action] : codes)
        if (code == QLatin1String(text))
            return action;
    return std::nullopt;
}

QString ConfidentialityProfile::actionCode(ProfileAction action)
{
    switch (action) {
    case ProfileAction::Keep: return QStringLiteral("K");
    case ProfileAction::Remove: return QStringLiteral("X");
    case ProfileAction::Zero: return QStringLiteral("Z");
    case ProfileAction::Dummy: return QStringLiteral("D");
    case ProfileAction::Clean: return QStringLiteral("C");
    case ProfileAction::ReplaceUid: return QStringLiteral("U");
    case ProfileAction::ZeroOrDummy: return QStringLiteral("Z/D");
    case ProfileAction::RemoveOrZero: return QStringLiteral("X/Z");
    case ProfileAction::RemoveOrDummy: return QStringLiteral("X/D");
    case ProfileAction::RemoveZeroOrDummy: return QStringLiteral("X/Z/D");
    case ProfileAction::RemoveZeroOrReplaceUids: return QStringLiteral("X/Z/U*");
    }
    return {};
}

std::optional<ConfidentialityProfile> ConfidentialityProfile::load(const QString& path, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<ConfidentialityProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(tr("Cannot read the confidentiality profile table %1: %2").arg(path, file.errorString()));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);

    ConfidentialityProfile profile;
    static const QRegularExpression tagPattern(QStringLiteral("^\\(([0-9A-Fx]{4}),([0-9A-Fx]{4})\\)$"));
    bool headerSeen = false;
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.startsWith(QLatin1Char('#'))) {
            if (line.startsWith(QLatin1String("# edition:")))
                profile.m_edition = line.mid(10).trimmed();
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (!headerSeen) {
            if (cells.value(0) != QLatin1String("tag") || cells.size() != columnCount)
                return fail(tr("%1: the column header is missing or has %2 columns instead of %3").arg(path).arg(cells.size()).arg(columnCount));
            headerSeen = true;
            continue;
        }
        if (cells.size() != columnCount)
            return fail(tr("%1 line %2: %3 columns instead of %4").arg(path).arg(lineNumber).arg(cells.size()).arg(columnCount));
        ProfileRule rule;
        rule.tag = cells[0];
        rule.name = cells[1];
        rule.retired = cells[2] == QLatin1String("Y");
        rule.inStandardCompositeIod = cells[3] == QLatin1String("Y");
        const auto basic = parseAction(cells[4]);
        if (!basic)
            return fail(tr("%1 line %2: unknown action \"%3\"").arg(path).arg(lineNumber).arg(cells[4]));
        rule.basic = *basic;
        for (int option = 0; option < profileOptionCount; ++option) {
            const QString code = cells[5 + option];
            if (code.isEmpty())
                continue;
            const auto action = parseAction(code);
            if (!action)
                return fail(tr("%1 line %2: unknown option action \"%3\"").arg(path).arg(lineNumber).arg(code));
            rule.options[std::size_t(option)] = action;
        }
        if (rule.tag == QLatin1String("(gggg,eeee)")) {
            rule.privateAttributes = true;
            profile.m_private = profile.m_rules.size();
        } else {
            const QRegularExpressionMatch match = tagPattern.match(rule.tag);
            if (!match.hasMatch())
                return fail(tr("%1 line %2: \"%3\" is not a tag").arg(path).arg(lineNumber).arg(rule.tag));
            const QString digits = match.captured(1) + match.captured(2);
            QString valueDigits = digits, maskDigits = digits;
            for (int i = 0; i < digits.size(); ++i) {
                const bool wildcard = digits[i] == QLatin1Char('x');
                valueDigits[i] = wildcard ? QLatin1Char('0') : digits[i];
                maskDigits[i] = wildcard ? QLatin1Char('0') : QLatin1Char('F');
            }
            rule.value = valueDigits.toUInt(nullptr, 16);
            rule.mask = maskDigits.toUInt(nullptr, 16);
            if (rule.mask == 0xFFFFFFFFu) {
                if (profile.m_exact.contains(rule.value))
                    return fail(tr("%1 line %2: %3 is listed twice").arg(path).arg(lineNumber).arg(rule.tag));
                profile.m_exact.emplace(rule.value, profile.m_rules.size());
            } else {
                profile.m_patterns.push_back(profile.m_rules.size());
            }
        }
        profile.m_rules.push_back(std::move(rule));
    }
    if (profile.m_rules.empty())
        return fail(tr("%1 holds no rows").arg(path));
    if (profile.m_edition.isEmpty())
        return fail(tr("%1 does not say which edition of PS3.15 it came from (\"# edition:\" line)").arg(path));
    return profile;
}

const ProfileRule* ConfidentialityProfile::ruleFor(std::uint16_t group, std::uint16_t element) const
{
    if (group % 2 == 1)
        return m_private ? &m_rules[*m_private] : nullptr;
    const std::uint32_t tag = (std::uint32_t(group) << 16) | element;
    if (const auto it = m_exact.find(tag); it != m_exact.end())
        return &m_rules[it->second];
    for (const std::size_t index : m_patterns) {
        const ProfileRule& rule = m_rules[index];
        if ((tag & rule.mask) == rule.value)
            return &rule;
    }
    return nullptr;
}

ProfileAction ConfidentialityProfile::actionFor(const ProfileRule& rule, const std::vector<ProfileOption>& options)
{
    for (const ProfileOption option : options)
        if (const auto& action = rule.options[std::size_t(option)])
            return *action;
    return rule.basic;
}

} // namespace continuum::exporting
