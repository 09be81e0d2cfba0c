#include "LocaleFormat.h"

namespace continuum::dicom {

QString LocaleFormat::date(const QDate& date, const QLocale& locale)
{
    if (!date.isValid())
        return QString();
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString LocaleFormat::dicomDate(QStringView da, const QLocale& locale)
{
    const QString text = da.trimmed().toString();
    QDate parsed = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    if (!parsed.isValid())
        parsed = QDate::fromString(text.left(10), QStringLiteral("yyyy.MM.dd"));
    return parsed.isValid() ? date(parsed, locale) : text;
}

QString LocaleFormat::time(const QTime& time, const QLocale& locale)
{
    return time.isValid() ? locale.toString(time, QLocale::ShortFormat) : QString();
}

QString LocaleFormat::dateTime(const QDateTime& dateTime, const QLocale& locale)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    return date(local.date(), locale) + QLatin1Char(' ') + time(local.time(), locale);
}

QString LocaleFormat::number(double value, int decimals, const QLocale& locale)
{
    return locale.toString(value, 'f', decimals);
}

QString LocaleFormat::significant(double value, int digits, const QLocale& locale)
{
    return locale.toString(value, 'g', digits);
}

} // namespace continuum::dicom
