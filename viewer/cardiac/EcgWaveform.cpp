#include "EcgWaveform.h"

namespace continuum::cardiac {
namespace {

// "Lead I (Einthoven)" -> "i", "Lead aVR" -> "avr", "II" -> "ii".
QString normalizedLead(QStringView text)
{
    QString s = text.toString().trimmed();
    const qsizetype paren = s.indexOf(QLatin1Char('('));
    if (paren >= 0)
        s.truncate(paren);
    s = s.trimmed();
    if (s.startsWith(QLatin1String("lead "), Qt::CaseInsensitive))
        s = s.mid(5).trimmed();
    return s.toLower();
}

} // namespace

int EcgWaveform::channelIndex(QStringView lead) const
{
    const QString wanted = normalizedLead(lead);
    if (wanted.isEmpty())
        return -1;
    for (std::size_t i = 0; i < channels.size(); ++i)
        if (normalizedLead(channels[i].label) == wanted)
            return static_cast<int>(i);
    return -1;
}

int EcgWaveform::rhythmChannel() const
{
    if (channels.empty())
        return -1;
    const int two = channelIndex(u"II");
    return two >= 0 ? two : 0;
}

} // namespace continuum::cardiac
