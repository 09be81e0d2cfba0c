#include "dicom/CharsetDecoder.h"

#include "TestData.h"

#include <gdcmDataSet.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <QTest>

#include <string>
#include <string_view>

using continuum::dicom::CharsetDecoder;
using continuum::dicom::TextKind;

namespace {

std::string rawValue(const gdcm::DataSet& dataSet, const gdcm::Tag& tag)
{
    if (!dataSet.FindDataElement(tag))
        return {};
    const gdcm::ByteValue* value = dataSet.GetDataElement(tag).GetByteValue();
    return value ? std::string(value->GetPointer(), value->GetLength()) : std::string{};
}

const gdcm::Tag kSpecificCharacterSet(0x0008, 0x0005);
const gdcm::Tag kPatientName(0x0010, 0x0010);

// Every (0008,0104) CodeMeaning in the data set and its sequences, decoded with `decoder`.
void collectCodeMeanings(const gdcm::DataSet& dataSet, const CharsetDecoder& decoder, QStringList& out)
{
    for (const gdcm::DataElement& element : dataSet.GetDES()) {
        if (element.GetTag() == gdcm::Tag(0x0008, 0x0104)) {
            if (const gdcm::ByteValue* value = element.GetByteValue())
                out.append(decoder.decode(std::string_view(value->GetPointer(), value->GetLength()), TextKind::Other));
            continue;
        }
        const gdcm::SmartPointer<gdcm::SequenceOfItems> sequence = element.GetValueAsSQ();
        if (!sequence)
            continue;
        for (gdcm::SequenceOfItems::SizeType i = 1; i <= sequence->GetNumberOfItems(); ++i)
            collectCodeMeanings(sequence->GetItem(i).GetNestedDataSet(), decoder, out);
    }
}

} // namespace

class CharsetDecoderTest : public QObject {
    Q_OBJECT

private slots:
    void patientNamesFromFiles_data();
    void patientNamesFromFiles();
    void otherPatientNamesMultiValued();
    void nameInsideSequence_data();
    void nameInsideSequence();
    void latin2CodeMeanings();

    void singleByteDefinedTerms_data();
    void singleByteDefinedTerms();
    void escapeSequencesSwitchSets();
    void personNameResetsAtCaretAndEquals();
    void textResetsOnlyAtControlCharacters();
    void otherResetsAtBackslash();
    void twoByteSetKeepsDelimiterBytes();
    void jisX0212AndGb2312AndKatakana();
    void gbkTrailByteIsNotADelimiter();
    void unknownTermFallsBackToLatin1WithWarning();
    void misspeltTermsAreAcceptedWithWarning();
    void invalidBytesBecomeReplacementCharacter();
    void paddingIsRemoved();
    void defaultRepertoireReadsHighBytesAsLatin1();
    void commonSetsOpenNoConverterAndOthersReuseOne();
    void randomBytesGiveValidText();
};

void CharsetDecoderTest::patientNamesFromFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Arabic ISO_IR 127") << "chrArab.dcm" << QString::fromUtf8("قباني^لنزار");
    QTest::newRow("French ISO_IR 100") << "chrFren.dcm" << QString::fromUtf8("Buc^Jérôme");
    QTest::newRow("French multi-valued") << "chrFrenMulti.dcm" << QString::fromUtf8("Buc^Jérôme");
    QTest::newRow("German ISO_IR 100") << "chrGerm.dcm" << QString::fromUtf8("Äneas^Rüdiger");
    QTest::newRow("Greek ISO_IR 126") << "chrGreek.dcm" << QString::fromUtf8("Διονυσιος");
    QTest::newRow("Japanese ISO 2022 IR 87") << "chrH31.dcm" << QString::fromUtf8("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QTest::newRow("Hebrew ISO_IR 138") << "chrHbrw.dcm" << QString::fromUtf8("שרון^דבורה");
    QTest::newRow("Korean ISO 2022 IR 149") << "chrI2.dcm" << QString::fromUtf8("Hong^Gildong=洪^吉洞=홍^길동");
    QTest::newRow("Cyrillic ISO_IR 144") << "chrRuss.dcm" << QString::fromUtf8("Люкceмбypг");
    // The files end the value with an empty phonetic group ("=") and it is kept as stored.
    QTest::newRow("Chinese UTF-8") << "chrX1.dcm" << QString::fromUtf8("Wang^XiaoDong=王^小東=");
    QTest::newRow("Chinese GB18030") << "chrX2.dcm" << QString::fromUtf8("Wang^XiaoDong=王^小东=");
    QTest::newRow("Polish ISO_IR 101 SR") << "MarekLatin2_sr.dcm" << QStringLiteral("Testowy^Teste");
}

void CharsetDecoderTest::patientNamesFromFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString relative = QStringLiteral("charsets/") + file;
    CONTINUUM_REQUIRE_SHARED(relative);
    gdcm::Reader reader;
    reader.SetFileName(continuum::testing::sharedDicomPath(relative).toLocal8Bit().constData());
    QVERIFY(reader.Read());
    const gdcm::DataSet& dataSet = reader.GetFile().GetDataSet();
    const CharsetDecoder decoder(rawValue(dataSet, kSpecificCharacterSet));
    QVERIFY2(decoder.warnings().empty(), qPrintable(decoder.warnings().empty() ? QString() : decoder.warnings().front()));
    QCOMPARE(decoder.decode(rawValue(dataSet, kPatientName), TextKind::PersonName), expected);
}

void CharsetDecoderTest::otherPatientNamesMultiValued()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("charsets/chrFrenMulti.dcm"));
    gdcm::Reader reader;
    reader.SetFileName(continuum::testing::sharedDicomPath(QStringLiteral("charsets/chrFrenMulti.dcm")).toLocal8Bit().constData());
    QVERIFY(reader.Read());
    const gdcm::DataSet& dataSet = reader.GetFile().GetDataSet();
    const CharsetDecoder decoder(rawValue(dataSet, kSpecificCharacterSet));
    const QString decoded = decoder.decode(rawValue(dataSet, gdcm::Tag(0x0010, 0x1001)), TextKind::PersonName);
    QCOMPARE(decoded.split(u'\\'), QStringList({QString::fromUtf8("Buc^Jérôme"), QString::fromUtf8("Buc^Jérôme")}));
}

void CharsetDecoderTest::nameInsideSequence_data()
{
    QTest::addColumn<QString>("file");
    // Half-width katakana (JIS X 0201, IR 13 in G1), then kanji and hiragana (IR 87 in G0).
    const QString expected = QString::fromUtf8("\uFF94\uFF8F\uFF80\uFF9E^\uFF80\uFF9B\uFF73=山田^太郎=やまだ^たろう");
    QTest::addColumn<QString>("expected");
    // Item has its own (0008,0005) that replaces the data set's ISO_IR 192.
    QTest::newRow("item charset") << "chrSQEncoding.dcm" << expected;
    // Item inherits the data set's ISO 2022 IR 13\ISO 2022 IR 87.
    QTest::newRow("inherited charset") << "chrSQEncoding1.dcm" << expected;
}

void CharsetDecoderTest::nameInsideSequence()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString relative = QStringLiteral("charsets/") + file;
    CONTINUUM_REQUIRE_SHARED(relative);
    gdcm::Reader reader;
    reader.SetFileName(continuum::testing::sharedDicomPath(relative).toLocal8Bit().constData());
    QVERIFY(reader.Read());
    const gdcm::DataSet& dataSet = reader.GetFile().GetDataSet();
    const gdcm::Tag requestedProcedureCodeSequence(0x0032, 0x1064);
    QVERIFY(dataSet.FindDataElement(requestedProcedureCodeSequence));
    const gdcm::SmartPointer<gdcm::SequenceOfItems> sequence = dataSet.GetDataElement(requestedProcedureCodeSequence).GetValueAsSQ();
    QVERIFY(sequence && sequence->GetNumberOfItems() == 1);
    const gdcm::DataSet& item = sequence->GetItem(1).GetNestedDataSet();
    const std::string charset = item.FindDataElement(kSpecificCharacterSet) ? rawValue(item, kSpecificCharacterSet)
                                                                            : rawValue(dataSet, kSpecificCharacterSet);
    const CharsetDecoder decoder(charset);
    QVERIFY(decoder.warnings().empty());
    QCOMPARE(decoder.decode(rawValue(item, kPatientName), TextKind::PersonName), expected);

    // The outer name is plain ASCII whatever the set.
    const CharsetDecoder outer(rawValue(dataSet, kSpecificCharacterSet));
    QCOMPARE(outer.decode(rawValue(dataSet, gdcm::Tag(0x0032, 0x1032)), TextKind::PersonName), QStringLiteral("Doctor^Who^^MD"));
}

void CharsetDecoderTest::latin2CodeMeanings()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("charsets/MarekLatin2_sr.dcm"));
    gdcm::Reader reader;
    reader.SetFileName(continuum::testing::sharedDicomPath(QStringLiteral("charsets/MarekLatin2_sr.dcm")).toLocal8Bit().constData());
    QVERIFY(reader.Read());
    const gdcm::DataSet& dataSet = reader.GetFile().GetDataSet();
    const CharsetDecoder decoder(rawValue(dataSet, kSpecificCharacterSet));
    QStringList meanings;
    collectCodeMeanings(dataSet, decoder, meanings);
    QVERIFY2(meanings.contains(QString::fromUtf8("Imię i Nazwisko osoby opisującej")), qPrintable(meanings.join(u'|')));
    QVERIFY(meanings.contains(QString::fromUtf8("Oddział")));
    QVERIFY(meanings.contains(QString::fromUtf8("Język treści")));
}

void CharsetDecoderTest::singleByteDefinedTerms_data()
{
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IR 100") << "ISO_IR 100" << QByteArray("\xE9") << QString::fromUtf8("é");
    QTest::newRow("IR 101") << "ISO_IR 101" << QByteArray("\xB1") << QString::fromUtf8("ą");
    QTest::newRow("IR 109") << "ISO_IR 109" << QByteArray("\xA1") << QString::fromUtf8("Ħ");
    QTest::newRow("IR 110") << "ISO_IR 110" << QByteArray("\xA1") << QString::fromUtf8("Ą");
    QTest::newRow("IR 144") << "ISO_IR 144" << QByteArray("\xB8") << QString::fromUtf8("И");
    QTest::newRow("IR 127") << "ISO_IR 127" << QByteArray("\xC7") << QString::fromUtf8("ا");
    QTest::newRow("IR 126") << "ISO_IR 126" << QByteArray("\xC4") << QString::fromUtf8("Δ");
    QTest::newRow("IR 138") << "ISO_IR 138" << QByteArray("\xF9") << QString::fromUtf8("ש");
    QTest::newRow("IR 148") << "ISO_IR 148" << QByteArray("\xF0") << QString::fromUtf8("ğ");
    QTest::newRow("IR 203") << "ISO_IR 203" << QByteArray("\xA4") << QString::fromUtf8("€");
    QTest::newRow("IR 166") << "ISO_IR 166" << QByteArray("\xA1") << QString::fromUtf8("ก");
    QTest::newRow("IR 13") << "ISO_IR 13" << QByteArray("A\xD4\xCF") << QString::fromUtf8("A\uFF94\uFF8F");
    QTest::newRow("IR 192") << "ISO_IR 192" << QByteArray("\xC3\xA9") << QString::fromUtf8("é");
    QTest::newRow("GB18030") << "GB18030" << QByteArray("\xCD\xF5") << QString::fromUtf8("王");
    QTest::newRow("GBK") << "GBK" << QByteArray("\xCD\xF5") << QString::fromUtf8("王");
    QTest::newRow("IR 6 explicit") << "ISO 2022 IR 6" << QByteArray("Smith") << QStringLiteral("Smith");
}

void CharsetDecoderTest::singleByteDefinedTerms()
{
    QFETCH(QString, charset);
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    const CharsetDecoder decoder(charset.toStdString());
    QVERIFY(decoder.warnings().empty());
    QCOMPARE(decoder.decode(std::string_view(raw.constData(), static_cast<std::size_t>(raw.size())), TextKind::Other), expected);
}

void CharsetDecoderTest::escapeSequencesSwitchSets()
{
    const CharsetDecoder decoder("ISO 2022 IR 100\\ISO 2022 IR 144\\ISO 2022 IR 126");
    QVERIFY(decoder.warnings().empty());
    // Latin-1 initially, then Cyrillic, then Greek, then Latin-1 again by escape.
    QCOMPARE(decoder.decode("\xE9 \x1B-L\xB8\xD2\xD0\xDD \x1B-F\xC4 \x1B-A\xE9", TextKind::Text),
             QString::fromUtf8("é Иван Δ é"));
    // ESC ( B back to ASCII from a two-byte set.
    const CharsetDecoder japanese("\\ISO 2022 IR 87");
    QCOMPARE(japanese.decode("a\x1B$B;3ED\x1B(Bb", TextKind::Other), QString::fromUtf8("a山田b"));
}

void CharsetDecoderTest::personNameResetsAtCaretAndEquals()
{
    const CharsetDecoder decoder("ISO 2022 IR 100\\ISO 2022 IR 144");
    // After '^' and '=' the G1 set is Latin-1 again, so 0xE9 is 'é', not Cyrillic 'щ'.
    QCOMPARE(decoder.decode("\x1B-L\xB8\xD2\xD0\xDD^\xE9", TextKind::PersonName), QString::fromUtf8("Иван^é"));
    QCOMPARE(decoder.decode("\x1B-L\xB8=\xE9", TextKind::PersonName), QString::fromUtf8("И=é"));
    QCOMPARE(decoder.decode("\x1B-L\xB8\\\xE9", TextKind::PersonName), QString::fromUtf8("И\\é"));
    QCOMPARE(decoder.decode("\x1B-L\xB8\xE9", TextKind::PersonName), QString::fromUtf8("Ищ"));
}

void CharsetDecoderTest::textResetsOnlyAtControlCharacters()
{
    const CharsetDecoder decoder("ISO 2022 IR 100\\ISO 2022 IR 144");
    QCOMPARE(decoder.decode("\x1B-L\xB8^\xE9\\\xE9", TextKind::Text), QString::fromUtf8("И^щ\\щ"));
    QCOMPARE(decoder.decode("\x1B-L\xB8\r\n\xE9", TextKind::Text), QString::fromUtf8("И\r\né"));
    QCOMPARE(decoder.decode("\x1B-L\xB8\t\xE9", TextKind::Text), QString::fromUtf8("И\té"));
    QCOMPARE(decoder.decode("\x1B-L\xB8\f\xE9", TextKind::Text), QString::fromUtf8("И\fé"));
}

void CharsetDecoderTest::otherResetsAtBackslash()
{
    const CharsetDecoder decoder("ISO 2022 IR 100\\ISO 2022 IR 144");
    QCOMPARE(decoder.decode("\x1B-L\xB8\\\xE9", TextKind::Other), QString::fromUtf8("И\\é"));
    QCOMPARE(decoder.decode("\x1B-L\xB8^\xE9", TextKind::Other), QString::fromUtf8("И^щ"));
}

void CharsetDecoderTest::twoByteSetKeepsDelimiterBytes()
{
    // "ま" is 0x24 0x5E in JIS X 0208: the '^' byte inside a two-byte character is no delimiter.
    const CharsetDecoder decoder("\\ISO 2022 IR 87");
    QCOMPARE(decoder.decode("\x1B$B$^\x1B(B", TextKind::PersonName), QString::fromUtf8("ま"));
    // The value delimiter after ESC ( B resets; a second name needs its own escape.
    QCOMPARE(decoder.decode("\x1B$B;3\x1B(B\\\x1B$B;3\x1B(B", TextKind::Other), QString::fromUtf8("山\\山"));
    // A CR inside two-byte text returns to the initial set: the next bytes are ASCII.
    QCOMPARE(decoder.decode("\x1B$B;3\r\n;3", TextKind::Text), QString::fromUtf8("山\r\n;3"));
}

void CharsetDecoderTest::jisX0212AndGb2312AndKatakana()
{
    const CharsetDecoder jis("\\ISO 2022 IR 87\\ISO 2022 IR 159");
    QCOMPARE(jis.decode("\x1B$(D0!\x1B(B", TextKind::Other), QString::fromUtf8("丂"));
    const CharsetDecoder chinese("\\ISO 2022 IR 58");
    QCOMPARE(chinese.decode("Wang=\x1B$)A\xCD\xF5", TextKind::PersonName), QString::fromUtf8("Wang=王"));
    const CharsetDecoder katakana("ISO 2022 IR 13\\ISO 2022 IR 87");
    QCOMPARE(katakana.decode("\xD4\xCF=\x1B$B;3\x1B(J", TextKind::PersonName), QString::fromUtf8("\uFF94\uFF8F=山"));
}

void CharsetDecoderTest::gbkTrailByteIsNotADelimiter()
{
    // 0x81 0x5C is one GBK character ("乗"); its trail byte is the backslash code.
    const CharsetDecoder decoder("GBK");
    QCOMPARE(decoder.decode("\x81\x5C\\A", TextKind::Other), QString::fromUtf8("乗\\A"));
}

void CharsetDecoderTest::unknownTermFallsBackToLatin1WithWarning()
{
    const CharsetDecoder decoder("ISO_IR 999");
    QCOMPARE(decoder.warnings().size(), std::size_t{1});
    QVERIFY(decoder.warnings().front().contains(QStringLiteral("ISO_IR 999")));
    QCOMPARE(decoder.decode("Ren\xE9", TextKind::PersonName), QString::fromUtf8("René"));
}

void CharsetDecoderTest::misspeltTermsAreAcceptedWithWarning()
{
    for (const char* spelling : {"ISO-IR 100", "ISO_IR100", "iso_ir 100", "ISO IR 100"}) {
        const CharsetDecoder decoder(spelling);
        QCOMPARE(decoder.warnings().size(), std::size_t{1});
        QCOMPARE(decoder.decode("\xE9", TextKind::Other), QString::fromUtf8("é"));
    }
    const CharsetDecoder cyrillic("ISO-IR 144");
    QCOMPARE(cyrillic.decode("\xB8", TextKind::Other), QString::fromUtf8("И"));
    const CharsetDecoder standard("ISO_IR 144");
    QVERIFY(standard.warnings().empty());
}

void CharsetDecoderTest::invalidBytesBecomeReplacementCharacter()
{
    const QChar replacement(0xFFFD);
    QCOMPARE(CharsetDecoder("ISO_IR 192").decode("a\xFF" "b", TextKind::Other), QString::fromUtf16(u"a\uFFFDb"));
    QCOMPARE(CharsetDecoder("ISO_IR 138").decode("\xA1", TextKind::Other), QString(replacement));
    QCOMPARE(CharsetDecoder("GB18030").decode("A\x81", TextKind::Other), QString::fromUtf16(u"A\uFFFD"));
    // Truncated two-byte character and an unknown escape sequence.
    const QString truncated = CharsetDecoder("\\ISO 2022 IR 87").decode("\x1B$B;3E", TextKind::Other);
    QCOMPARE(truncated, QString::fromUtf16(u"山\uFFFD"));
    const QString unknownEscape = CharsetDecoder("\\ISO 2022 IR 87").decode("A\x1B%GB", TextKind::Other);
    QCOMPARE(unknownEscape, QString::fromUtf16(u"A\uFFFD%GB"));
    // A lone ESC at the end.
    QCOMPARE(CharsetDecoder("ISO 2022 IR 100").decode("A\x1B", TextKind::Other), QString::fromUtf16(u"A\uFFFD"));
    // Katakana G1 with a byte outside the set.
    QCOMPARE(CharsetDecoder("ISO_IR 13").decode("\xE0", TextKind::Other), QString(replacement));
}

void CharsetDecoderTest::paddingIsRemoved()
{
    const CharsetDecoder decoder("ISO_IR 100");
    QCOMPARE(decoder.decode(std::string_view("Smith^John \0", 12), TextKind::PersonName), QStringLiteral("Smith^John"));
    QCOMPARE(decoder.decode("  indented text  ", TextKind::Text), QStringLiteral("  indented text"));
    QCOMPARE(decoder.decode("    ", TextKind::Other), QString());
    QCOMPARE(CharsetDecoder("\\ISO 2022 IR 87").decode("\x1B$B;3\x1B(B ", TextKind::PersonName), QString::fromUtf8("山"));
}

void CharsetDecoderTest::defaultRepertoireReadsHighBytesAsLatin1()
{
    const CharsetDecoder decoder("");
    QVERIFY(decoder.warnings().empty());
    QCOMPARE(decoder.decode("M\xFCller", TextKind::PersonName), QString::fromUtf8("Müller"));
}

void CharsetDecoderTest::commonSetsOpenNoConverterAndOthersReuseOne()
{
    for (const char* charset : {"", "ISO_IR 6", "ISO_IR 100", "ISO 2022 IR 100", "ISO_IR 192"}) {
        const CharsetDecoder decoder(charset);
        QCOMPARE(decoder.decode("M\xC3\xBCller^J\xE9r\xF4me", TextKind::PersonName).isEmpty(), false);
        QCOMPARE(decoder.decode("Smith^John", TextKind::PersonName), QStringLiteral("Smith^John"));
        QCOMPARE(decoder.openConverterCount(), std::size_t{0});
    }
    const CharsetDecoder greek("ISO_IR 126");
    QCOMPARE(greek.openConverterCount(), std::size_t{0}); // opened on first use only
    for (int i = 0; i < 100; ++i)
        QCOMPARE(greek.decode("\xC4\xE9\xEF", TextKind::PersonName), QString::fromUtf8("Διο"));
    QCOMPARE(greek.openConverterCount(), std::size_t{1});
}

void CharsetDecoderTest::randomBytesGiveValidText()
{
    // Arbitrary bytes, rich in escapes and delimiters, must always give well-formed UTF-16.
    const char* charsets[] = {"", "ISO_IR 100", "ISO_IR 138", "ISO_IR 13", "ISO_IR 192", "GB18030", "GBK",
                              "\\ISO 2022 IR 87\\ISO 2022 IR 159", "\\ISO 2022 IR 149", "ISO 2022 IR 13\\ISO 2022 IR 87",
                              "ISO 2022 IR 100\\ISO 2022 IR 58\\ISO 2022 IR 166"};
    const char interesting[] = {'\x1B', '$', '(', ')', '-', 'B', 'D', 'A', 'C', 'J', 'I', '^', '=', '\\', '\r', '\n', ' ', '\0'};
    std::uint32_t state = 12345;
    const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
    for (const char* charset : charsets) {
        const CharsetDecoder decoder(charset);
        for (int round = 0; round < 2000; ++round) {
            std::string raw(next() % 40, '\0');
            for (char& c : raw)
                c = next() % 3 == 0 ? interesting[next() % sizeof(interesting)] : static_cast<char>(next() & 0xFF);
            for (const TextKind kind : {TextKind::PersonName, TextKind::Text, TextKind::Other}) {
                const QString decoded = decoder.decode(raw, kind);
                QVERIFY(decoded.isValidUtf16());
            }
        }
    }
}

QTEST_GUILESS_MAIN(CharsetDecoderTest)
#include "CharsetDecoderTest.moc"
