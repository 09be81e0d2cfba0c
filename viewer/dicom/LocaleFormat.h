#pragma once
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QTime>

namespace continuum::dicom {

// Dates, times and numbers as the user's locale writes them (issue 10): every place that shows
// one to a person goes through here, so that a French reader sees 22/11/2026 and 1,5 mm. Text a
// program reads back (command-line output, file names, DICOM attributes, JSON) stays ISO / C.
// The default locale is QLocale(), which TranslationLoader sets from the language setting.
class LocaleFormat {
public:
    // The locale's short date with a four-digit year ("22/11/2026" in fr_FR, "22.11.2026" in
    // de_DE, "11/22/2026" in en_US): a birth date must tell 1926 from 2026. Empty when invalid.
    static QString date(const QDate& date, const QLocale& locale = QLocale());
    // A DICOM DA value (YYYYMMDD, also the retired YYYY.MM.DD); the text itself when it is
    // not a valid date, so that nothing the file says is hidden.
    static QString dicomDate(QStringView da, const QLocale& locale = QLocale());
    // Short time (hours and minutes); empty for an invalid time.
    static QString time(const QTime& time, const QLocale& locale = QLocale());
    // Short date and time, in local time; empty when invalid.
    static QString dateTime(const QDateTime& dateTime, const QLocale& locale = QLocale());
    // A measurement with a fixed number of decimals and the locale's decimal separator.
    static QString number(double value, int decimals, const QLocale& locale = QLocale());
    // A measurement with at most `digits` significant digits ("0,488" or "2,5" in fr_FR).
    static QString significant(double value, int digits, const QLocale& locale = QLocale());
};

} // namespace continuum::dicom
