// Issue 10: every user-visible string is translated into each shipped language. (a) lupdate run
// over the sources finds no text the committed .ts files lack, and every entry there is finished
// with the same placeholders; (b) the built .qm files translate real menu and column titles;
// (c) DICOM dates come out in the locale's day/month order. It also checks that lupdate sees every
// literal passed to tr() / translate(), since its parser silently skips some calls.
#include "dicom/LocaleFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using continuum::dicom::LocaleFormat;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations;   // one per plural form for numerus messages
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QStringList listFile(const QString& name)
{
    QFile file(QDir(QStringLiteral(CONTINUUM_SOURCE_ROOT)).filePath(QStringLiteral("translations/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList entries;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString entry = QString::fromUtf8(line).trimmed();
        if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
            entries << entry;
    }
    return entries;
}

QString tsPath(const QString& language)
{
    return QDir(QStringLiteral(CONTINUUM_SOURCE_ROOT)).filePath(QStringLiteral("translations/continuum_%1.ts").arg(language));
}

// %1..%99 (also %L1) and %n (also %Ln): the set a translation must keep.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString describe(const Message& message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(90));
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = listFile(QStringLiteral("languages.txt"));
    QVERIFY2(!languages.isEmpty(), "translations/languages.txt lists no language");
    for (const QString& language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private:
    QList<Message> m_extracted;

private slots:
    void initTestCase()
    {
        // A fresh extraction of the sources, as translations/update makes it.
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString extracted = work.filePath(QStringLiteral("extracted.ts"));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
        const QStringList folders = listFile(QStringLiteral("sources.txt"));
        QVERIFY2(!folders.isEmpty(), "translations/sources.txt lists no folder");
        arguments << folders << QStringLiteral("-ts") << extracted;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CONTINUUM_SOURCE_ROOT));
        lupdate.start(QStringLiteral(CONTINUUM_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));
        QString error;
        m_extracted = readTs(extracted, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The sources hold about 2000 strings; a handful means lupdate scanned the wrong place.
        QVERIFY2(m_extracted.size() > 1000, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(m_extracted.size())));
    }

    void lupdateSeesEveryTrCall()
    {
        // lupdate's C++ parser skips some calls (e.g. a static_cast<int>(...) among tr()'s
        // arguments); such a string would never reach a translator. Every literal passed to
        // tr() or QCoreApplication::translate() must be among what lupdate found.
        QSet<QString> found;
        for (const Message& message : std::as_const(m_extracted))
            found.insert(message.source);
        static const QRegularExpression call(
            QStringLiteral("(?:\\btr\\(\\s*|\\btranslate\\(\\s*\"[^\"]*\"\\s*,\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[,)]"));
        QStringList skipped;
        const QDir root(QStringLiteral(CONTINUUM_SOURCE_ROOT));
        for (const QString& folder : listFile(QStringLiteral("sources.txt"))) {
            QDirIterator files(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto it = call.globalMatch(text); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    QString literal = match.captured(1);
                    literal.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\\""), QStringLiteral("\""));
                    if (literal.contains(QLatin1Char('\\')) || found.contains(literal))
                        continue;   // other escapes: left to lupdate
                    skipped << QStringLiteral("%1:%2: \"%3\"").arg(root.relativeFilePath(file.fileName()))
                                   .arg(text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1)
                                   .arg(literal.left(80));
                }
            }
        }
        QVERIFY2(skipped.isEmpty(), qPrintable(QStringLiteral("lupdate does not extract %1 tr() calls (simplify their arguments):\n  %2")
                                                   .arg(skipped.size()).arg(skipped.join(QStringLiteral("\n  ")))));
    }

    void sourcesAreInTheTsFile_data() { addLanguageRows(); }
    void sourcesAreInTheTsFile()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> committed = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> known;
        for (const Message& message : committed)
            known.insert(message.source + QChar(0) + message.comment);
        QStringList missing;
        for (const Message& message : std::as_const(m_extracted))
            if (!known.contains(message.source + QChar(0) + message.comment))
                missing << describe(message);
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings of the sources are missing from continuum_%2.ts "
                                                              "(run translations/update):\n  %3")
                                                   .arg(missing.size()).arg(language, missing.mid(0, 40).join(QStringLiteral("\n  ")))));
    }

    void translationsAreFinished_data() { addLanguageRows(); }
    void translationsAreFinished()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> committed = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!committed.isEmpty());
        QStringList unfinished;
        for (const Message& message : committed) {
            const bool empty = message.translations.isEmpty()
                               || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                              [](const QString& t) { return t.trimmed().isEmpty(); });
            if (!message.finished || empty)
                unfinished << describe(message);
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 of %2 entries of continuum_%3.ts are unfinished or empty:\n  %4")
                                                      .arg(unfinished.size()).arg(committed.size())
                                                      .arg(language, unfinished.mid(0, 40).join(QStringLiteral("\n  ")))));
    }

    void placeholdersMatch_data() { addLanguageRows(); }
    void placeholdersMatch()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> committed = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList mismatched;
        for (const Message& message : committed) {
            const QSet<QString> expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    continue;   // reported by translationsAreFinished
                if (placeholders(translation) != expected) {
                    mismatched << describe(message) + QStringLiteral(" -> \"%1\"").arg(translation.left(90));
                    break;
                }
            }
        }
        QVERIFY2(mismatched.isEmpty(), qPrintable(QStringLiteral("%1 translations in continuum_%2.ts change the placeholders:\n  %3")
                                                      .arg(mismatched.size()).arg(language, mismatched.mid(0, 40).join(QStringLiteral("\n  ")))));
    }

    void builtTranslationsShowInTheInterface_data() { addLanguageRows(); }
    void builtTranslationsShowInTheInterface()
    {
        QFETCH(QString, language);
        QTranslator translator;
        const QString qm = QDir(QStringLiteral(CONTINUUM_QM_DIR)).filePath(QStringLiteral("continuum_%1.qm").arg(language));
        QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("cannot load %1").arg(qm)));
        // What a user reads first: the File menu, the study browser and worklist columns, and a
        // message of a library that translates through a file-local tr() helper.
        const struct {
            const char* context;
            const char* source;
        } seen[] = {
            {"continuum::app::MainWindow", "&File"},
            {"continuum::app::StudyListModel", "Study date"},
            {"continuum::worklist::WorklistTableModel", "Date/Time"},
            {"continuum::remote::NodeDirectory", "\"port\" must be a whole number from 1 to 65535"},
            {"PixelDecoder", "File cannot be opened."},
        };
        for (const auto& string : seen) {
            const QString translated = translator.translate(string.context, string.source);
            QVERIFY2(!translated.isEmpty() && translated != QLatin1String(string.source),
                     qPrintable(QStringLiteral("%1: [%2] \"%3\" is not translated").arg(language, string.context, string.source)));
        }
        if (language == QLatin1String("fr")) {
            QCOMPARE(translator.translate("continuum::app::MainWindow", "&File"), QStringLiteral("&Fichier"));
            QCOMPARE(translator.translate("continuum::app::StudyListModel", "Study date"), QStringLiteral("Date de l’examen"));
        }
    }

    void dicomDatesFollowTheLocale()
    {
        // 2026-11-03: day 3, month 11, so the order is visible in every format.
        const QString da = QStringLiteral("20261103");
        const QString french = LocaleFormat::dicomDate(da, QLocale(QLocale::French, QLocale::France));
        const QString german = LocaleFormat::dicomDate(da, QLocale(QLocale::German, QLocale::Germany));
        const QString american = LocaleFormat::dicomDate(da, QLocale(QLocale::English, QLocale::UnitedStates));
        // Day before month in French and German, month first in American English, and always
        // a four-digit year (a birth date must tell 1926 from 2026).
        QCOMPARE(french, QStringLiteral("03/11/2026"));
        QCOMPARE(german, QStringLiteral("03.11.2026"));
        QCOMPARE(american, QStringLiteral("11/3/2026"));
        QCOMPARE(LocaleFormat::dicomDate(QStringLiteral("19260704"), QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("04.07.1926"));
        // Not a date: shown as written, never hidden.
        QCOMPARE(LocaleFormat::dicomDate(QStringLiteral("2026"), QLocale(QLocale::French)), QStringLiteral("2026"));
        QCOMPARE(LocaleFormat::number(1.5, 1, QLocale(QLocale::French, QLocale::France)), QStringLiteral("1,5"));
        QCOMPARE(LocaleFormat::number(1.5, 1, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("1.5"));
        QCOMPARE(LocaleFormat::significant(0.48828125, 4, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("0,4883"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
