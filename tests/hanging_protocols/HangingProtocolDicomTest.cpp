// DICOM Hanging Protocol instances (PS3.3 A.38): every bundled protocol is exported, checked with
// dciodvfy (dicom3tools; any "Error" line fails) and imported again. With Continuum's private
// block the protocol comes back unchanged; without it (as another viewer's file would be) the
// stages, layouts, image sets, filters, reformatting, VOI types, cine and scroll sync the IOD
// carries come back, and what it cannot carry is listed.
#include "TestData.h"

#include "hanging_protocols/HangingProtocolDicomReader.h"
#include "hanging_protocols/HangingProtocolDicomWriter.h"
#include "hanging_protocols/ProtocolReader.h"
#include "hanging_protocols/ProtocolWriter.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum::hanging_protocols;

namespace {

struct Validation {
    QStringList errors;
    QStringList warnings;
    bool ran = false;
};

// dciodvfy prints "Error - ..." / "Warning - ..." lines on stderr.
Validation dciodvfy(const QString& path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dciodvfy"), {path});
    Validation v;
    if (!process.waitForFinished(120000))
        return v;
    v.ran = process.exitStatus() == QProcess::NormalExit;
    for (const QString& line : QString::fromLocal8Bit(process.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Error")))
            v.errors << line;
        else if (line.startsWith(QLatin1String("Warning")))
            v.warnings << line;
    }
    return v;
}

QStringList bundledFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(CONTINUUM_PROTOCOLS_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

Protocol load(const QString& path)
{
    ProtocolProblem problem;
    auto protocol = ProtocolReader::readFile(path, &problem);
    if (!protocol)
        qFatal("%s", qPrintable(problem.text()));
    return *protocol;
}

QJsonObject json(const Protocol& protocol)
{
    return ProtocolWriter::toJsonObject(protocol);
}

// The series rules the IOD carries (as image set selectors): required equals rules on a DICOM
// element, or on bodyPart / modalitiesInStudy, which stand for BodyPartExamined / Modality.
QStringList selectableRules(const std::vector<MatchRule>& rules)
{
    QStringList out;
    for (const MatchRule& r : rules) {
        if (!r.required || r.constraint != Constraint::Equals)
            continue;
        QString name = r.attribute.name();
        if (name == QLatin1String("bodyPart"))
            name = QStringLiteral("BodyPartExamined");
        else if (name == QLatin1String("modalitiesInStudy"))
            name = QStringLiteral("Modality");
        else if (!r.attribute.isTag())
            continue;
        QStringList values = r.values;
        for (QString& v : values)
            v = v.toUpper();
        out << name + QLatin1Char(' ') + values.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

QString syncText(const Stage& stage, bool scrollOnly)
{
    QStringList groups;
    for (const SyncGroup& g : stage.syncGroups) {
        if (scrollOnly && g.kind != SyncKind::Scroll)
            continue;
        QStringList members;
        for (int v : g.viewports)
            members << QString::number(v);
        groups << enumName(g.kind) + QLatin1Char(':') + members.join(QLatin1Char(','));
    }
    return groups.join(QLatin1Char(' '));
}

DcmItem* firstItem(DcmItem& parent, const DcmTagKey& sequence, unsigned long index = 0)
{
    DcmSequenceOfItems* seq = nullptr;
    if (parent.findAndGetSequence(sequence, seq).bad() || !seq || seq->card() <= index)
        return nullptr;
    return seq->getItem(index);
}

QString text(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str());
}

} // namespace

class HangingProtocolDicomTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(bundledFiles().size() >= 13, "the bundled protocols were not found");
    }

    void bundledProtocolRoundTripsExactly_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : bundledFiles())
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
    }

    // Export with the private block, validate, import: the same protocol.
    void bundledProtocolRoundTripsExactly()
    {
        QFETCH(QString, file);
        const Protocol original = load(file);
        const QString out = m_dir.filePath(original.id + QStringLiteral(".dcm"));
        QString error;
        QStringList privateOnly;
        QVERIFY2(HangingProtocolDicomWriter::writeFile(original, out, {}, &error, &privateOnly), qPrintable(error));

        const Validation validation = dciodvfy(out);
        QVERIFY2(validation.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(validation.errors.isEmpty(), qPrintable(validation.errors.join(QLatin1Char('\n'))));
        for (const QString& warning : validation.warnings)
            qInfo("%s: %s", qPrintable(original.id), qPrintable(warning));

        const auto imported = HangingProtocolDicomReader::readFile(out, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported->fromPrivateBlock);
        QCOMPARE(imported->level, std::optional<HangingProtocolLevel>(HangingProtocolLevel::Manufacturer));
        QCOMPARE(imported->creator, QStringLiteral("Continuum"));
        QVERIFY(imported->creationDateTime.isValid());
        QCOMPARE(QJsonDocument(json(imported->protocol)).toJson(), QJsonDocument(json(original)).toJson());
    }

    void bundledProtocolWithoutPrivateBlock_data() { bundledProtocolRoundTripsExactly_data(); }

    // Export without the private block: what another viewer sees, read back through the IOD only.
    void bundledProtocolWithoutPrivateBlock()
    {
        QFETCH(QString, file);
        const Protocol original = load(file);
        const QString out = m_dir.filePath(original.id + QStringLiteral("-iod.dcm"));
        HangingProtocolExportOptions options;
        options.privateBlock = false;
        options.level = HangingProtocolLevel::Site;
        QString error;
        QStringList privateOnly;
        QVERIFY2(HangingProtocolDicomWriter::writeFile(original, out, options, &error, &privateOnly), qPrintable(error));
        const Validation validation = dciodvfy(out);
        QVERIFY2(validation.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(validation.errors.isEmpty(), qPrintable(validation.errors.join(QLatin1Char('\n'))));

        const auto imported = HangingProtocolDicomReader::readFile(out, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(!imported->fromPrivateBlock);
        QCOMPARE(imported->level, std::optional<HangingProtocolLevel>(HangingProtocolLevel::Site));
        // Our own standard attributes never need a "not represented" note.
        QVERIFY2(imported->notRepresented.isEmpty(), qPrintable(imported->notRepresented.join(QLatin1Char('\n'))));
        const Protocol& back = imported->protocol;

        QCOMPARE(back.name, original.name.simplified().left(16).trimmed());
        QCOMPARE(back.priors.count, original.priors.count);
        QCOMPARE(back.stages.size(), original.stages.size());
        for (std::size_t s = 0; s < original.stages.size(); ++s) {
            const Stage& a = original.stages[s];
            const Stage& b = back.stages[s];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.rows, a.rows);
            QCOMPARE(b.columns, a.columns);
            QCOMPARE(b.viewports.size(), a.viewports.size());
            const auto ra = a.viewportRects();
            const auto rb = b.viewportRects();
            for (std::size_t v = 0; v < ra.size(); ++v) {
                QVERIFY(qAbs(ra[v].x - rb[v].x) < 1e-9 && qAbs(ra[v].y - rb[v].y) < 1e-9);
                QVERIFY(qAbs(ra[v].width - rb[v].width) < 1e-9 && qAbs(ra[v].height - rb[v].height) < 1e-9);
            }
            QCOMPARE(syncText(b, true), syncText(a, true));
            for (std::size_t v = 0; v < a.viewports.size(); ++v) {
                const Viewport& va = a.viewports[v];
                const Viewport& vb = b.viewports[v];
                const QString where = QStringLiteral("stage %1 viewport %2").arg(s + 1).arg(v + 1);
                QVERIFY2(vb.displaySet.study == va.displaySet.study, qPrintable(where));
                QVERIFY2(vb.displaySet.reconstruction == va.displaySet.reconstruction, qPrintable(where));
                if (va.displaySet.reconstruction == Reconstruction::Mpr)
                    QVERIFY2(vb.displaySet.preferredOrientation == va.displaySet.preferredOrientation.value_or(PlaneOrientation::Plane::Axial), qPrintable(where));
                else if (!privateOnly.contains(QStringLiteral("%1: preferred orientation %2").arg(where, va.displaySet.preferredOrientation ? PlaneOrientation::name(*va.displaySet.preferredOrientation) : QString())))
                    QVERIFY2(vb.displaySet.preferredOrientation == va.displaySet.preferredOrientation, qPrintable(where));
                QVERIFY2(selectableRules(vb.displaySet.rules) == selectableRules(va.displaySet.rules),
                         qPrintable(where + QLatin1Char(' ') + selectableRules(vb.displaySet.rules).join(QLatin1Char(';')) + QStringLiteral(" vs ")
                                    + selectableRules(va.displaySet.rules).join(QLatin1Char(';'))));
                QCOMPARE(vb.cine.has_value() && vb.cine->autoplay, va.cine.has_value() && va.cine->autoplay);
                if (va.cine && va.cine->autoplay)
                    QCOMPARE(vb.cine->framesPerSecond, va.cine->framesPerSecond);
                QCOMPARE(vb.scaling == Scaling::ActualSize, va.scaling == Scaling::ActualSize);
                if (va.window && !va.window->preset.isEmpty())
                    QCOMPARE(vb.window ? vb.window->preset : QString(), va.window->preset);
            }
        }
        // Study rules: the modality rules come back as the definition sequence's Modality.
        QStringList modalitiesA;
        for (const MatchRule& r : original.rules) {
            if (r.constraint == Constraint::Equals && (r.attribute.name() == QLatin1String("Modality") || r.attribute.name() == QLatin1String("modalitiesInStudy")))
                modalitiesA << r.values;
        }
        QStringList modalitiesB;
        for (const MatchRule& r : back.rules) {
            if (r.constraint == Constraint::Equals && r.attribute.name() == QLatin1String("Modality"))
                modalitiesB << r.values;
        }
        modalitiesA.removeDuplicates();
        QCOMPARE(modalitiesB, modalitiesA);
        // Regular expressions and weights exist only in our JSON: the writer says so.
        const bool hasRegex = std::any_of(original.stages.front().viewports.begin(), original.stages.front().viewports.end(), [](const Viewport& v) {
            return std::any_of(v.displaySet.rules.begin(), v.displaySet.rules.end(), [](const MatchRule& r) { return r.constraint == Constraint::Regex; });
        });
        if (hasRegex)
            QVERIFY2(privateOnly.join(QLatin1Char('\n')).contains(QLatin1String(" regex ")), qPrintable(privateOnly.join(QLatin1Char('\n'))));
    }

    // What a PACS or another viewer reads: the standard attributes of ct-chest-comparison.
    void standardAttributesOfChestComparison()
    {
        const Protocol protocol = load(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/ct-chest-comparison.json"));
        const QString out = m_dir.filePath(QStringLiteral("chest.dcm"));
        HangingProtocolExportOptions options;
        options.creationDateTime = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 0));
        QVERIFY(HangingProtocolDicomWriter::writeFile(protocol, out, options));
        DcmFileFormat file;
        QVERIFY(file.loadFile(out.toLocal8Bit().constData()).good());
        DcmDataset& ds = *file.getDataset();
        QCOMPARE(text(ds, DCM_SOPClassUID), QStringLiteral("1.2.840.10008.5.1.4.38.1"));
        QCOMPARE(text(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID), QStringLiteral("1.2.840.10008.5.1.4.38.1"));
        QCOMPARE(text(ds, DCM_HangingProtocolName), QStringLiteral("CT chest/abdomen"));
        QCOMPARE(text(ds, DCM_HangingProtocolLevel), QStringLiteral("MANUFACTURER"));
        QCOMPARE(text(ds, DCM_HangingProtocolCreationDateTime), QStringLiteral("20240301123000"));
        QCOMPARE(text(ds, DCM_NumberOfPriorsReferenced), QStringLiteral("1"));
        // Definition: CT, with the chest/abdomen regions as SNOMED codes.
        DcmItem* definition = firstItem(ds, DCM_HangingProtocolDefinitionSequence);
        QVERIFY(definition);
        QCOMPARE(text(*definition, DCM_Modality), QStringLiteral("CT"));
        DcmItem* regionItem = firstItem(ds, DCM_HangingProtocolDefinitionSequence, 1);
        QVERIFY(regionItem);
        QVERIFY(!regionItem->tagExists(DCM_Modality));
        DcmItem* region = firstItem(*regionItem, DCM_AnatomicRegionSequence);
        QVERIFY(region);
        QCOMPARE(text(*region, DCM_CodeValue), QStringLiteral("43799004"));
        QCOMPARE(text(*region, DCM_CodingSchemeDesignator), QStringLiteral("SCT"));
        // Image sets: the prior CT (display sets 1 and 3) is number 1, within 1..3650 days; the
        // current CT is number 2. Their selector is the viewports' required rule Modality = CT.
        DcmItem* prior = firstItem(ds, DCM_ImageSetsSequence, 0);
        DcmItem* current = firstItem(ds, DCM_ImageSetsSequence, 1);
        QVERIFY(current && prior);
        QVERIFY(!firstItem(ds, DCM_ImageSetsSequence, 2));
        DcmItem* selector = firstItem(*current, DCM_ImageSetSelectorSequence);
        QVERIFY(selector);
        QCOMPARE(text(*selector, DCM_ImageSetSelectorUsageFlag), QStringLiteral("MATCH"));
        QCOMPARE(text(*selector, DCM_SelectorAttribute), QStringLiteral("(0008,0060)"));
        QCOMPARE(text(*selector, DCM_SelectorCSValue), QStringLiteral("CT"));
        DcmItem* currentTime = firstItem(*current, DCM_TimeBasedImageSetsSequence);
        QVERIFY(currentTime);
        QCOMPARE(text(*currentTime, DCM_RelativeTime), QStringLiteral("0\\0"));
        DcmItem* priorTime = firstItem(*prior, DCM_TimeBasedImageSetsSequence);
        QVERIFY(priorTime);
        QCOMPARE(text(*priorTime, DCM_ImageSetNumber), QStringLiteral("1"));
        QCOMPARE(text(*priorTime, DCM_ImageSetSelectorCategory), QStringLiteral("RELATIVE_TIME"));
        QCOMPARE(text(*priorTime, DCM_RelativeTime), QStringLiteral("1\\3650"));
        QCOMPARE(text(*priorTime, DCM_RelativeTimeUnits), QStringLiteral("DAYS"));
        // Display set 1: the prior, left half, lung window, axial plane, scrolling with display set 2.
        DcmItem* first = firstItem(ds, DCM_DisplaySetsSequence, 0);
        QVERIFY(first);
        QCOMPARE(text(*first, DCM_ImageSetNumber), QStringLiteral("1"));
        QCOMPARE(text(*first, DCM_DisplaySetPresentationGroup), QStringLiteral("1"));
        QCOMPARE(text(*first, DCM_DisplaySetPresentationGroupDescription), QStringLiteral("Current and prior, lung window"));
        QCOMPARE(text(*first, DCM_VOIType), QStringLiteral("LUNG"));
        DcmItem* box = firstItem(*first, DCM_ImageBoxesSequence);
        QVERIFY(box);
        QCOMPARE(text(*box, DCM_DisplayEnvironmentSpatialPosition), QStringLiteral("0\\1\\0.5\\0"));
        QCOMPARE(text(*box, DCM_ImageBoxLayoutType), QStringLiteral("STACK"));
        DcmItem* filter = firstItem(*first, DCM_FilterOperationsSequence);
        QVERIFY(filter);
        QCOMPARE(text(*filter, DCM_FilterByCategory), QStringLiteral("IMAGE_PLANE"));
        QCOMPARE(text(*filter, DCM_SelectorCSValue), QStringLiteral("AXIAL"));
        QCOMPARE(text(*firstItem(ds, DCM_DisplaySetsSequence, 1), DCM_ImageSetNumber), QStringLiteral("2"));
        DcmItem* scrolling = firstItem(ds, DCM_SynchronizedScrollingSequence);
        QVERIFY(scrolling);
        QCOMPARE(text(*scrolling, DCM_DisplaySetScrollingGroup), QStringLiteral("1\\2"));
        DcmItem* third = firstItem(ds, DCM_DisplaySetsSequence, 2);
        QVERIFY(third);
        QCOMPARE(text(*third, DCM_DisplaySetPresentationGroup), QStringLiteral("2"));
        QCOMPARE(text(*third, DCM_VOIType), QStringLiteral("SOFT_TISSUE"));
    }

    // Cine and reformatting: echo clips play as CINE boxes; pet-ct has a coronal MIP.
    void cineAndReformatting()
    {
        const QString echo = m_dir.filePath(QStringLiteral("echo.dcm"));
        QVERIFY(HangingProtocolDicomWriter::writeFile(load(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/echo-multiview.json")), echo));
        DcmFileFormat file;
        QVERIFY(file.loadFile(echo.toLocal8Bit().constData()).good());
        DcmItem* box = firstItem(*firstItem(*file.getDataset(), DCM_DisplaySetsSequence, 3), DCM_ImageBoxesSequence);
        QVERIFY(box);
        QCOMPARE(text(*box, DCM_ImageBoxLayoutType), QStringLiteral("CINE"));
        QCOMPARE(text(*box, DCM_CineRelativeToRealTime), QStringLiteral("1"));
        QCOMPARE(text(*box, DCM_DisplayEnvironmentSpatialPosition), QStringLiteral("0.5\\0.5\\1\\0"));

        const Protocol pet = load(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/pet-ct.json"));
        const QString petFile = m_dir.filePath(QStringLiteral("petct.dcm"));
        QVERIFY(HangingProtocolDicomWriter::writeFile(pet, petFile));
        DcmFileFormat petDicom;
        QVERIFY(petDicom.loadFile(petFile.toLocal8Bit().constData()).good());
        int mip = 0;
        for (unsigned long i = 0; DcmItem* item = firstItem(*petDicom.getDataset(), DCM_DisplaySetsSequence, i); ++i) {
            if (text(*item, DCM_ThreeDRenderingType) == QLatin1String("MIP")) {
                ++mip;
                QCOMPARE(text(*item, DCM_ReformattingOperationType), QStringLiteral("3D_RENDERING"));
            }
        }
        int expected = 0;
        for (const Stage& stage : pet.stages) {
            for (const Viewport& v : stage.viewports)
                expected += v.displaySet.reconstruction == Reconstruction::Mip ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QCOMPARE(mip, expected);
    }

    // A file edited by another tool (no private block, a tiled box, a navigation indicator, a
    // NOT_MEMBER_OF filter): imported, with what did not fit listed.
    void foreignInstanceListsWhatIsLost()
    {
        const QString out = m_dir.filePath(QStringLiteral("foreign.dcm"));
        HangingProtocolExportOptions options;
        options.privateBlock = false;
        QVERIFY(HangingProtocolDicomWriter::writeFile(load(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/ct-chest.json")), out, options));
        {
            DcmFileFormat file;
            QVERIFY(file.loadFile(out.toLocal8Bit().constData()).good());
            DcmDataset& ds = *file.getDataset();
            DcmItem* displaySet = firstItem(ds, DCM_DisplaySetsSequence, 0);
            QVERIFY(displaySet);
            DcmItem* box = firstItem(*displaySet, DCM_ImageBoxesSequence);
            QVERIFY(box->putAndInsertString(DCM_ImageBoxLayoutType, "TILED").good());
            DcmItem* filter = nullptr;
            QVERIFY(displaySet->findOrCreateSequenceItem(DCM_FilterOperationsSequence, filter, -2).good());
            filter->putAndInsertTagKey(DCM_SelectorAttribute, DCM_ImageType);
            filter->putAndInsertString(DCM_SelectorAttributeVR, "CS");
            filter->putAndInsertUint16(DCM_SelectorValueNumber, 0);
            filter->putAndInsertString(DCM_SelectorCSValue, "LOCALIZER");
            filter->putAndInsertString(DCM_FilterByOperator, "NOT_MEMBER_OF");
            DcmItem* navigation = nullptr;
            QVERIFY(ds.findOrCreateSequenceItem(DCM_NavigationIndicatorSequence, navigation, -2).good());
            navigation->putAndInsertUint16(DCM_NavigationDisplaySet, 1);
            navigation->putAndInsertUint16(DCM_ReferenceDisplaySets, 2);
            QVERIFY(file.saveFile(out.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
        }
        QString error;
        const auto imported = HangingProtocolDicomReader::readFile(out, &error);
        QVERIFY2(imported, qPrintable(error));
        const QString notes = imported->notRepresented.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("display set 1: Image Box Layout Type TILED: shown as a stack")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("Navigation Indicator Sequence: not shown")), qPrintable(notes));
        // NOT_MEMBER_OF has no constraint of its own: a negated regular expression.
        const auto& rules = imported->protocol.stages.front().viewports.front().displaySet.rules;
        const auto negated = std::find_if(rules.begin(), rules.end(), [](const MatchRule& r) { return r.attribute.name() == QLatin1String("ImageType"); });
        QVERIFY(negated != rules.end());
        QCOMPARE(negated->constraint, Constraint::Regex);
        QVERIFY(negated->required);
        const QRegularExpression pattern(negated->values.front(), QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!pattern.match(QStringLiteral("localizer")).hasMatch());
        QVERIFY(pattern.match(QStringLiteral("AXIAL")).hasMatch());
    }

    void imageIsNotAHangingProtocol()
    {
        CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
        QString error;
        QVERIFY(!HangingProtocolDicomReader::readFile(continuum::testing::sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")), &error));
        QVERIFY2(error.contains(QLatin1String("not a Hanging Protocol instance (SOP Class UID 1.2.840.10008.5.1.4.1.1.2)")), qPrintable(error));
        QVERIFY(!HangingProtocolDicomReader::readFile(m_dir.filePath(QStringLiteral("missing.dcm")), &error));
        QVERIFY2(error.contains(QLatin1String("not a readable DICOM file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(HangingProtocolDicomTest)
#include "HangingProtocolDicomTest.moc"
