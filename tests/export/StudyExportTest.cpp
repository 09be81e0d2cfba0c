// Anonymized export and export to media (continuum_export) on the real shared files:
// CT (ct-series/lung_dx_a0001_chest_ct_5mm), MR (mr-series/ge_signa_3d_t1_mprage_130sl,
// cine-mr/mr_heart_16fr_multiframe_8bit.dcm, syntaxes/enhanced/emr_siemens_xa10_6fr.dcm), US (cine-us),
// XA (cine-xa), PET (oncology), SR and GSPS (nonimage/sr, nonimage/pr), SEG with its CT
// (nonimage/seg), patient names in other character sets (charsets). A Key Object Selection and a
// presentation state referencing CT slices of the lung study are derived at test time with the
// project's document writers. Every output element is compared with the input per PS3.15 Table
// E.1-1; outputs are validated with dciodvfy (dicom3tools) and re-imported into a fresh catalog.
#include "ExportTestSupport.h"
#include "TestData.h"

#include "catalog/Catalog.h"
#include "documents/KeyObjectSelectionWriter.h"
#include "documents/PresentationStateWriter.h"
#include "documents/SourceImageReader.h"
#include "export/ConfidentialityProfile.h"
#include "export/Deidentifier.h"
#include "export/StudyExporter.h"
#include "generators/UidFactory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <atomic>
#include <map>

using namespace continuum;
using namespace continuum::exporting;
using namespace continuum::exporting::testing;

namespace {

const QString testName = QStringLiteral("EXPORT^TEST");
const QString testId = QStringLiteral("EXPORT-0001");

QStringList sharedFiles(const QString& relative, int limit = -1)
{
    const QString path = continuum::testing::sharedDicomPath(relative);
    if (QFileInfo(path).isFile())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (limit > 0 && files.size() > limit)
        files = files.mid(0, limit);
    return files;
}

std::vector<QString> toVector(const QStringList& list)
{
    return std::vector<QString>(list.cbegin(), list.cend());
}

bool isDummyDateValue(const QString& value)
{
    return value.isEmpty() || value.startsWith(Deidentifier::dummyDate());
}

// Values of the attributes the table says to replace by a UID (U), anywhere in the file.
QSet<QString> instanceUidValues(const LoadedFile& file, const ConfidentialityProfile& profile)
{
    QSet<QString> uids, otherUids;
    for (const FlatElement& e : file.elements) {
        if (e.vr != EVR_UI || e.value.isEmpty())
            continue;
        const ProfileRule* rule = profile.ruleFor(e.group, e.element);
        for (const QString& uid : e.value.split(QLatin1Char('\\')))
            (rule && rule->basic == ProfileAction::ReplaceUid ? uids : otherUids).insert(uid);
    }
    // A value also used where the table keeps UIDs (a SOP Class UID, say) is not an instance's.
    return uids - otherUids;
}

// dciodvfy quotes UID values in some messages: those change with the remapping, the error does not.
QString withoutUids(QString message)
{
    static const QRegularExpression uid(QStringLiteral("\\b\\d+(\\.\\d+)+\\b|(ReferencedSOPInstanceUID) \\S+"));
    return message.replace(uid, QStringLiteral("<uid>"));
}

QStringList newErrors(const ToolRun& before, const ToolRun& after)
{
    QStringList known, added;
    for (const QString& error : before.errors)
        known << withoutUids(error);
    for (const QString& error : after.errors)
        if (!known.contains(withoutUids(error)))
            added << error;
    return added;
}

int countFilesBelow(const QString& folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

bool leftoverWorkFolders(const QString& parent)
{
    return !QDir(parent).entryList({StudyExporter::temporaryPrefix() + QStringLiteral("*")}, QDir::AllEntries | QDir::Hidden).isEmpty();
}

} // namespace

class StudyExportTest : public QObject {
    Q_OBJECT

private:
    ConfidentialityProfile m_profile;
    QTemporaryDir m_documents;
    QString m_kosPath, m_gspsPath;
    QStringList m_kosSources;

    // Checks one anonymized output against its input, element by element.
    void verifyDeidentified(const QString& inputPath, const QString& outputPath, const DeidentificationOptions& options)
    {
        const LoadedFile input = loadFlat(inputPath);
        const LoadedFile output = loadFlat(outputPath);
        QVERIFY2(input.file && output.file, qPrintable(outputPath));
        std::vector<ProfileOption> enabled;
        if (options.retainUids)
            enabled.push_back(ProfileOption::RetainUids);
        if (options.retainLongitudinalFullDates)
            enabled.push_back(ProfileOption::RetainLongitudinalFullDates);
        QHash<quint32, QSet<QString>> inputValues;
        for (const FlatElement& e : input.elements)
            if (!e.value.isEmpty())
                inputValues[e.tag()].insert(e.value);
        const QSet<QString> originalUids = instanceUidValues(input, m_profile);

        for (const FlatElement& e : output.elements) {
            const QString where = QStringLiteral("%1: (%2,%3) depth %4 = \"%5\"")
                                      .arg(outputPath)
                                      .arg(e.group, 4, 16, QLatin1Char('0'))
                                      .arg(e.element, 4, 16, QLatin1Char('0'))
                                      .arg(e.depth)
                                      .arg(e.value.left(80));
            QVERIFY2(e.group % 2 == 0, qPrintable(QStringLiteral("private attribute survived: ") + where));
            QVERIFY2(!((e.group & 0xFF00) == 0x5000 || (e.group & 0xFF00) == 0x6000), qPrintable(QStringLiteral("curve/overlay survived: ") + where));
            if (e.vr == EVR_UI && !options.retainUids)
                for (const QString& uid : e.value.split(QLatin1Char('\\')))
                    QVERIFY2(!originalUids.contains(uid), qPrintable(QStringLiteral("original instance UID survived: ") + where));
            if (e.group == 0x0010 && e.element == 0x0010) {
                QCOMPARE(e.value, options.patientName);
                continue;
            }
            if (e.group == 0x0010 && e.element == 0x0020) {
                QCOMPARE(e.value, options.patientId);
                continue;
            }
            const ProfileRule* rule = m_profile.ruleFor(e.group, e.element);
            if (!rule) {
                if ((e.vr == EVR_DA || e.vr == EVR_DT) && !options.retainLongitudinalFullDates)
                    QVERIFY2(isDummyDateValue(e.value), qPrintable(QStringLiteral("date survived: ") + where));
                continue;
            }
            const ProfileAction action = ConfidentialityProfile::actionFor(*rule, enabled);
            const bool original = !e.value.isEmpty() && inputValues.value(e.tag()).contains(e.value);
            switch (action) {
            case ProfileAction::Remove:
            case ProfileAction::Clean:
                QFAIL(qPrintable(QStringLiteral("attribute to remove (X) survived: ") + where));
                break;
            case ProfileAction::Zero:
            case ProfileAction::RemoveOrZero:
                if (e.vr == EVR_SQ)
                    QVERIFY2(e.items == 0, qPrintable(QStringLiteral("sequence to empty has items: ") + where));
                else
                    QVERIFY2(e.value.isEmpty(), qPrintable(QStringLiteral("attribute to empty (Z) has a value: ") + where));
                break;
            case ProfileAction::Dummy:
            case ProfileAction::ZeroOrDummy:
            case ProfileAction::RemoveOrDummy:
            case ProfileAction::RemoveZeroOrDummy:
            case ProfileAction::ReplaceUid:
                if (e.vr != EVR_SQ)
                    QVERIFY2(!original, qPrintable(QStringLiteral("attribute to replace kept its original value: ") + where));
                break;
            case ProfileAction::Keep:
            case ProfileAction::RemoveZeroOrReplaceUids:
                break;
            }
        }
        QCOMPARE(output.top(DCM_PatientIdentityRemoved), QStringLiteral("YES"));
        QCOMPARE(output.top(DCM_LongitudinalTemporalInformationModified),
                 options.retainLongitudinalFullDates ? QStringLiteral("UNMODIFIED") : QStringLiteral("REMOVED"));
        QStringList codes;
        for (const FlatElement& e : output.elements)
            if (e.group == 0x0008 && e.element == 0x0100 && e.depth == 1)
                codes << e.value;
        QVERIFY2(codes.contains(QStringLiteral("113100")), qPrintable(codes.join(QLatin1Char(' '))));
        QCOMPARE(codes.contains(QStringLiteral("113106")), options.retainLongitudinalFullDates);
        QCOMPARE(codes.contains(QStringLiteral("113110")), options.retainUids);
        // The file meta header names this writer, not the source.
        OFString implementation;
        output.file->getMetaInfo()->findAndGetOFString(DCM_ImplementationClassUID, implementation);
        QCOMPARE(QString::fromLatin1(implementation.c_str()), QString::fromLatin1(generators::UidFactory::implementationClassUid()));
    }

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
        QString error;
        auto profile = ConfidentialityProfile::loadBuiltIn(&error);
        QVERIFY2(profile, qPrintable(error));
        m_profile = std::move(*profile);
        QVERIFY(m_documents.isValid());

        // A key object selection and a presentation state over slices of the lung CT (derived).
        m_kosSources = sharedFiles(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"), 6);
        std::vector<documents::SourceImage> images;
        for (const QString& path : m_kosSources) {
            auto image = documents::SourceImageReader::readFile(path, &error);
            QVERIFY2(image, qPrintable(error));
            images.push_back(*image);
        }
        documents::KeyObjectSelection selection;
        selection.description = QStringLiteral("Key slices");
        for (int i : {0, 2, 4})
            selection.images.push_back(images[std::size_t(i)].reference);
        documents::DocumentIdentity kosIdentity;
        kosIdentity.seriesNumber = 900;
        m_kosPath = m_documents.filePath(QStringLiteral("kos.dcm"));
        QVERIFY2(documents::KeyObjectSelectionWriter::writeFile(selection, images.front().study, kosIdentity, m_kosPath, &error), qPrintable(error));
        documents::PresentationState state = documents::PresentationStateWriter::initialStateFor({images[1], images[3]});
        state.contentLabel = QStringLiteral("EXPORT");
        documents::DocumentIdentity gspsIdentity;
        gspsIdentity.seriesNumber = 901;
        m_gspsPath = m_documents.filePath(QStringLiteral("gsps.dcm"));
        QVERIFY2(documents::PresentationStateWriter::writeFile(state, images.front().study, gspsIdentity, m_gspsPath, &error), qPrintable(error));
    }

    void profileTableLoads()
    {
        QVERIFY(!m_profile.edition().isEmpty());
        QVERIFY2(m_profile.rules().size() > 400, qPrintable(QString::number(m_profile.rules().size())));
        auto action = [this](quint16 g, quint16 e, std::vector<ProfileOption> options = {}) {
            const ProfileRule* rule = m_profile.ruleFor(g, e);
            return rule ? ConfidentialityProfile::actionCode(ConfidentialityProfile::actionFor(*rule, options)) : QStringLiteral("-");
        };
        QCOMPARE(action(0x0010, 0x0010), QStringLiteral("Z"));        // Patient's Name
        // The 2024b table (viewer/export/data/ps3.15-table-e1-1.tsv says where it was checked).
        QCOMPARE(m_profile.edition(), QStringLiteral("DICOM PS3.15 2024b"));
        QCOMPARE(int(m_profile.rules().size()), 621);   // every row of 2024b
        // X in 2024b, X/D here: Type 1 in every GSPS, so replaced by a dummy instead of removed.
        QCOMPARE(action(0x0070, 0x0082), QStringLiteral("X/D"));      // Presentation Creation Date
        QCOMPARE(action(0x0070, 0x0083), QStringLiteral("X/D"));      // Presentation Creation Time
        QCOMPARE(action(0x0010, 0x0020), QStringLiteral("Z/D"));      // Patient ID (Z before 2024b's table)
        QCOMPARE(action(0x0008, 0x0012), QStringLiteral("X/D"));      // Instance Creation Date, added from 2024b
        QCOMPARE(action(0x0008, 0x0055), QStringLiteral("X"));        // Station AE Title, added from 2024b
        QCOMPARE(action(0x0008, 0x0018), QStringLiteral("U"));        // SOP Instance UID
        QCOMPARE(action(0x0008, 0x0018, {ProfileOption::RetainUids}), QStringLiteral("K"));
        QCOMPARE(action(0x0008, 0x0020), QStringLiteral("Z"));        // Study Date
        QCOMPARE(action(0x0008, 0x0020, {ProfileOption::RetainLongitudinalFullDates}), QStringLiteral("K"));
        QCOMPARE(action(0x0008, 0x1140), QStringLiteral("X/Z/U*"));   // Referenced Image Sequence
        QCOMPARE(action(0x0008, 0x1120, {ProfileOption::RetainUids}), QStringLiteral("X"));   // Referenced Patient Sequence
        QCOMPARE(action(0x6002, 0x3000), QStringLiteral("X"));        // Overlay Data (60xx,3000)
        QCOMPARE(action(0x5010, 0x0123), QStringLiteral("X"));        // Curve Data (50xx,xxxx)
        QCOMPARE(action(0x0029, 0x1010), QStringLiteral("X"));        // private
        QCOMPARE(action(0x0028, 0x0010), QStringLiteral("-"));        // Rows: not in the table
    }

    void deidentifiesEveryModality_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("patientName");
        QTest::addColumn<bool>("expectBurnedInWarning");
        QTest::newRow("CT") << sharedFiles(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"), 8) << testName << false;
        QTest::newRow("MR") << sharedFiles(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl"), 6) << testName << false;
        QTest::newRow("MR multi-frame, enhanced")
            << (sharedFiles(QStringLiteral("cine-mr/mr_heart_16fr_multiframe_8bit.dcm")) + sharedFiles(QStringLiteral("syntaxes/enhanced/emr_siemens_xa10_6fr.dcm")))
            << testName << false;
        QTest::newRow("US") << sharedFiles(QStringLiteral("cine-us")) << testName << true;
        QTest::newRow("XA") << sharedFiles(QStringLiteral("cine-xa")) << testName << true;
        QTest::newRow("PET") << (sharedFiles(QStringLiteral("oncology/pet_acrin_flt_breast_029.dcm")) + sharedFiles(QStringLiteral("oncology/pet_acrin_flt_breast_028.dcm"))
                                 + sharedFiles(QStringLiteral("oncology/pet_qin_headneck_0024.dcm")))
                             << testName << false;
        QTest::newRow("SR, GSPS") << (sharedFiles(QStringLiteral("nonimage/sr")) + sharedFiles(QStringLiteral("nonimage/pr"))) << testName << false;
        QTest::newRow("SEG and its CT") << sharedFiles(QStringLiteral("nonimage/seg")) << testName << false;
        QTest::newRow("charsets, ISO 2022") << (sharedFiles(QStringLiteral("charsets/chrH31.dcm")) + sharedFiles(QStringLiteral("charsets/chrI2.dcm"))) << testName << false;
        QTest::newRow("charsets, non-ASCII replacement name")
            << (sharedFiles(QStringLiteral("charsets/chrX1.dcm")) + sharedFiles(QStringLiteral("charsets/chrFren.dcm")) + sharedFiles(QStringLiteral("charsets/chrRuss.dcm"))
                + sharedFiles(QStringLiteral("charsets/chrGreek.dcm")))
            << QStringLiteral("MÜLLER^Zoë") << false;
    }

    void deidentifiesEveryModality()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, patientName);
        QFETCH(bool, expectBurnedInWarning);
        for (const QString& file : files)
            QVERIFY2(QFileInfo::exists(file), qPrintable(QStringLiteral("shared DICOM test data missing: ") + file));
        QVERIFY(!files.isEmpty());
        QTemporaryDir out;
        ExportRequest request;
        request.files = toVector(files);
        request.targetFolder = out.filePath(QStringLiteral("export"));
        request.anonymize = true;
        request.deidentification.patientName = patientName;
        request.deidentification.patientId = testId;
        const ExportResult result = StudyExporter::run(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.instances.empty());
        QCOMPARE(result.patientName, patientName);
        QCOMPARE(result.patientId, testId);
        bool burnedInWarning = false;
        for (const QString& warning : result.warnings)
            burnedInWarning |= warning.contains(QLatin1String("burned"));
        QCOMPARE(burnedInWarning, expectBurnedInWarning);

        DeidentificationOptions options = request.deidentification;
        QSet<QString> newSops;
        for (const ExportedInstance& instance : result.instances) {
            const QString outputPath = QDir(result.targetFolder).filePath(instance.fileId);
            verifyDeidentified(instance.sourcePath, outputPath, options);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(instance.sopInstanceUid != instance.originalSopInstanceUid);
            QVERIFY(!newSops.contains(instance.sopInstanceUid));
            newSops.insert(instance.sopInstanceUid);
        }
        // No new IOD errors: each output against its input (the first three of every export).
        for (std::size_t i = 0; i < result.instances.size() && i < 3; ++i) {
            const ExportedInstance& instance = result.instances[i];
            const ToolRun before = dciodvfy(instance.sourcePath);
            const ToolRun after = dciodvfy(QDir(result.targetFolder).filePath(instance.fileId));
            QVERIFY2(before.ran && after.ran, "dciodvfy did not run (package dicom3tools)");
            const QStringList added = newErrors(before, after);
            QVERIFY2(added.isEmpty(), qPrintable(instance.sourcePath + QStringLiteral(":\n") + added.join(QLatin1Char('\n'))));
        }
    }

    void uidReferencesResolveWithinTheExportedStudy()
    {
        // Six CT slices, the KOS over three of them and the GSPS over two; plus the SEG with its CT.
        QStringList files = m_kosSources;
        files << m_kosPath << m_gspsPath;
        const QStringList seg = sharedFiles(QStringLiteral("nonimage/seg"));
        files << seg;
        QTemporaryDir out;
        ExportRequest request;
        request.files = toVector(files);
        request.targetFolder = out.filePath(QStringLiteral("export"));
        request.anonymize = true;
        const ExportResult result = StudyExporter::run(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(int(result.instances.size()), files.size());
        QVERIFY(result.patientId.startsWith(QLatin1String("ANON-")));
        QCOMPARE(result.patientName, DeidentificationOptions::defaultPatientName());

        auto referenceCounts = [](const std::vector<LoadedFile>& loaded, int* resolvedSops, int* resolvedSeries, int* resolvedFrames) {
            QSet<QString> sops, series, frames;
            for (const LoadedFile& f : loaded) {
                sops.insert(f.top(DCM_SOPInstanceUID));
                series.insert(f.top(DCM_SeriesInstanceUID));
                frames.insert(f.top(DCM_FrameOfReferenceUID));
            }
            *resolvedSops = *resolvedSeries = *resolvedFrames = 0;
            int dangling = 0;
            for (const LoadedFile& f : loaded)
                for (const FlatElement& e : f.elements) {
                    if (e.group == 0x0008 && e.element == 0x1155)
                        sops.contains(e.value) ? ++*resolvedSops : ++dangling;
                    if (e.group == 0x0020 && e.element == 0x000E && e.depth > 0)
                        series.contains(e.value) ? ++*resolvedSeries : ++dangling;
                    if (e.group == 0x0020 && e.element == 0x0052 && e.depth > 0)
                        frames.contains(e.value) ? ++*resolvedFrames : ++dangling;
                    if (e.group == 0x3006 && e.element == 0x0024)
                        frames.contains(e.value) ? ++*resolvedFrames : ++dangling;
                }
            return dangling;
        };
        std::vector<LoadedFile> inputs, outputs;
        QSet<QString> originalUids;
        for (const ExportedInstance& instance : result.instances) {
            inputs.push_back(loadFlat(instance.sourcePath));
            outputs.push_back(loadFlat(QDir(result.targetFolder).filePath(instance.fileId)));
            originalUids += instanceUidValues(inputs.back(), m_profile);
        }
        int inSops = 0, inSeries = 0, inFrames = 0, outSops = 0, outSeries = 0, outFrames = 0;
        const int inDangling = referenceCounts(inputs, &inSops, &inSeries, &inFrames);
        const int outDangling = referenceCounts(outputs, &outSops, &outSeries, &outFrames);
        // Every reference that resolved within the exported files still does, to the new UIDs.
        QVERIFY2(inSops >= 5, qPrintable(QString::number(inSops)));   // KOS 3 (+ evidence), GSPS 2, SEG sources
        QCOMPARE(outSops, inSops);
        QCOMPARE(outSeries, inSeries);
        QCOMPARE(outFrames, inFrames);
        // References to objects outside the export (localizers, procedure steps) stay dangling, with
        // new UIDs, or go with the sequences the profile empties (Referenced Study Sequence).
        QVERIFY2(outDangling <= inDangling, qPrintable(QStringLiteral("%1 > %2").arg(outDangling).arg(inDangling)));
        // One study in, one study out (the lung slices, KOS, GSPS); no UID equals an original.
        QSet<QString> lungStudies;
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (i < std::size_t(m_kosSources.size() + 2))
                lungStudies.insert(outputs[i].top(DCM_StudyInstanceUID));
            for (const FlatElement& e : outputs[i].elements)
                if (e.vr == EVR_UI)
                    QVERIFY2(!originalUids.contains(e.value), qPrintable(e.value));
        }
        QCOMPARE(lungStudies.size(), 1);
        // The SEG keeps its frame of reference shared with the CT it segments.
        const LoadedFile& segOut = outputs[std::size_t(files.indexOf(seg.last()))];
        const LoadedFile& segSourceOut = outputs[std::size_t(files.indexOf(seg.first()))];
        QCOMPARE(loadFlat(seg.last()).top(DCM_FrameOfReferenceUID) == loadFlat(seg.first()).top(DCM_FrameOfReferenceUID),
                 segOut.top(DCM_FrameOfReferenceUID) == segSourceOut.top(DCM_FrameOfReferenceUID));
    }

    void retainOptionsKeepUidsAndDates()
    {
        const QStringList files = sharedFiles(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"), 3);
        QTemporaryDir out;
        ExportRequest request;
        request.files = toVector(files);
        request.targetFolder = out.filePath(QStringLiteral("export"));
        request.anonymize = true;
        request.deidentification.retainUids = true;
        request.deidentification.retainLongitudinalFullDates = true;
        request.deidentification.patientName = testName;
        request.deidentification.patientId = testId;
        const ExportResult result = StudyExporter::run(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        for (const ExportedInstance& instance : result.instances) {
            QCOMPARE(instance.sopInstanceUid, instance.originalSopInstanceUid);
            const LoadedFile input = loadFlat(instance.sourcePath);
            const LoadedFile output = loadFlat(QDir(result.targetFolder).filePath(instance.fileId));
            QVERIFY(!input.top(DCM_StudyDate).isEmpty());
            QCOMPARE(output.top(DCM_StudyDate), input.top(DCM_StudyDate));
            QCOMPARE(output.top(DCM_StudyInstanceUID), input.top(DCM_StudyInstanceUID));
            QVERIFY(output.top(DCM_InstitutionName) != input.top(DCM_InstitutionName) || input.top(DCM_InstitutionName).isEmpty());
            verifyDeidentified(instance.sourcePath, QDir(result.targetFolder).filePath(instance.fileId), request.deidentification);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void failedExportWritesNothing()
    {
        QTemporaryDir out;
        const QString parent = out.path();
        const QStringList good = sharedFiles(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"), 5);

        // A broken file after good ones: the files already written are removed again.
        CONTINUUM_REQUIRE_SHARED("malformed/rtplan_truncated.dcm");
        ExportRequest request;
        request.files = toVector(good + QStringList{continuum::testing::sharedDicomPath(QStringLiteral("malformed/rtplan_truncated.dcm"))});
        request.targetFolder = QDir(parent).filePath(QStringLiteral("broken"));
        request.anonymize = true;
        request.writeDicomdir = true;
        ExportResult result = StudyExporter::run(request);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("rtplan_truncated")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(request.targetFolder));
        QVERIFY(!leftoverWorkFolders(parent));

        // Cancelled in the middle.
        std::atomic<bool> cancel{false};
        request.files = toVector(good);
        request.targetFolder = QDir(parent).filePath(QStringLiteral("cancelled"));
        int seen = 0;
        result = StudyExporter::run(request, [&](int done, int, const QString&) {
            seen = done;
            if (done == 3)
                cancel = true;
        }, &cancel);
        QVERIFY(!result.ok);
        QCOMPARE(seen, 3);
        QVERIFY(!QFileInfo::exists(request.targetFolder));
        QVERIFY(!leftoverWorkFolders(parent));

        // The target's parent is a file: nothing can be written.
        QFile blocker(QDir(parent).filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        request.targetFolder = QDir(blocker.fileName()).filePath(QStringLiteral("export"));
        result = StudyExporter::run(request);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());

        // A target that is not empty is never overwritten.
        const QString occupied = QDir(parent).filePath(QStringLiteral("occupied"));
        QVERIFY(QDir().mkpath(occupied));
        QFile keep(QDir(occupied).filePath(QStringLiteral("keep.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        request.targetFolder = occupied;
        result = StudyExporter::run(request);
        QVERIFY(!result.ok);
        QCOMPARE(countFilesBelow(occupied), 1);

        // An ISO image that exists already: refused before anything is written.
        QFile iso(QDir(parent).filePath(QStringLiteral("existing.iso")));
        QVERIFY(iso.open(QIODevice::WriteOnly));
        iso.write("x");
        iso.close();
        request.targetFolder = QDir(parent).filePath(QStringLiteral("with-iso"));
        request.isoImagePath = iso.fileName();
        result = StudyExporter::run(request);
        QVERIFY(!result.ok);
        QCOMPARE(iso.size(), qint64(1));
        QVERIFY(!QFileInfo::exists(request.targetFolder));
        QVERIFY(!leftoverWorkFolders(parent));
    }

    void mediaWithDicomdirIsValidAndReimportable_data()
    {
        QTest::addColumn<bool>("anonymize");
        QTest::newRow("anonymized") << true;
        QTest::newRow("as is") << false;
    }

    void mediaWithDicomdirIsValidAndReimportable()
    {
        QFETCH(bool, anonymize);
        // The whole lung CT series plus the KOS over it: one study, two series, 65 instances.
        QStringList files = sharedFiles(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
        QCOMPARE(files.size(), 64);
        files << m_kosPath;
        QTemporaryDir out;
        ExportRequest request;
        request.files = toVector(files);
        request.targetFolder = out.filePath(QStringLiteral("referral"));
        request.anonymize = anonymize;
        request.deidentification.patientName = testName;
        request.deidentification.patientId = testId;
        request.writeDicomdir = true;
        request.isoImagePath = out.filePath(QStringLiteral("referral.iso"));
        const ExportResult result = StudyExporter::run(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.seriesCount, 2);
        QCOMPARE(result.studyCount, 1);
        QVERIFY(QFileInfo(result.dicomdirPath).isFile());
        QVERIFY(QFileInfo(result.isoImagePath).size() > 30 * 1024 * 1024);

        // DCMTK parses it; dciodvfy finds no error in the Media Storage Directory.
        const ToolRun dump = runTool(QStringLiteral("dcmdump"), {QStringLiteral("-q"), result.dicomdirPath});
        QVERIFY2(dump.ran && dump.exitCode == 0, qPrintable(dump.output.left(2000)));
        const ToolRun validation = dciodvfy(result.dicomdirPath);
        QVERIFY2(validation.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(validation.errors.isEmpty(), qPrintable(validation.errors.join(QLatin1Char('\n'))));
        // Every file ID in the directory names a file of the set (8-character upper-case components).
        const LoadedFile dicomdir = loadFlat(result.dicomdirPath);
        QVERIFY(dicomdir.file);
        int referenced = 0;
        for (const FlatElement& e : dicomdir.elements) {
            if (e.group == 0x0004 && e.element == 0x1500) {
                ++referenced;
                const QStringList parts = e.value.split(QLatin1Char('\\'));
                for (const QString& part : parts)
                    QVERIFY2(part.size() <= 8 && part == part.toUpper(), qPrintable(e.value));
                QVERIFY2(QFileInfo::exists(QDir(result.targetFolder).filePath(parts.join(QLatin1Char('/')))), qPrintable(e.value));
            }
        }
        QCOMPARE(referenced, 65);

        // Re-import the folder, and the content of the ISO image, into fresh catalogs.
        auto importAndCheck = [&](const QString& folder) {
            QTemporaryDir catalogDir;
            catalog::Catalog catalog;
            QVERIFY(!catalog.open(catalogDir.filePath(QStringLiteral("catalog.sqlite"))));
            const catalog::ImportResult imported = catalog.importFiles({folder});
            QVERIFY(!imported.failure);
            QCOMPARE(imported.newInstances, 65);
            const std::vector<catalog::StudyRow> studies = catalog.studies();
            QCOMPARE(int(studies.size()), 1);
            QCOMPARE(studies.front().seriesCount, 2);
            QCOMPARE(studies.front().instanceCount, 65);
            const QString originalStudy = loadFlat(files.first()).top(DCM_StudyInstanceUID);
            if (anonymize) {
                QCOMPARE(studies.front().patientId, testId);
                QCOMPARE(studies.front().patientName, testName);
                QVERIFY(studies.front().studyInstanceUid != originalStudy);
            } else {
                QCOMPARE(studies.front().studyInstanceUid, originalStudy);
            }
            const auto again = StudyExporter::filesOfStudy(catalog, studies.front().studyInstanceUid);
            QVERIFY(again);
            QCOMPARE(int(again->size()), 65);
        };
        importAndCheck(result.targetFolder);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir extracted;
        const ToolRun osirrox = runTool(QStringLiteral("osirrox"), {QStringLiteral("-indev"), result.isoImagePath, QStringLiteral("-extract"),
                                                                    QStringLiteral("/"), extracted.filePath(QStringLiteral("iso"))});
        QVERIFY2(osirrox.ran && osirrox.exitCode == 0, qPrintable(osirrox.output.right(2000)));
        QVERIFY(QFileInfo::exists(extracted.filePath(QStringLiteral("iso/DICOMDIR"))));
        importAndCheck(extracted.filePath(QStringLiteral("iso")));
    }

    void dicomdirWithCompressedImages()
    {
        // JPEG US and XA cines keep their transfer syntax; the DICOMDIR still lists them all.
        const QStringList files = sharedFiles(QStringLiteral("cine-us")) + sharedFiles(QStringLiteral("cine-xa"));
        QTemporaryDir out;
        ExportRequest request;
        request.files = toVector(files);
        request.targetFolder = out.filePath(QStringLiteral("cines"));
        request.anonymize = true;
        request.writeDicomdir = true;
        const ExportResult result = StudyExporter::run(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.warnings.join(QLatin1Char(' ')).contains(QLatin1String("transfer syntax")));
        // The directory records copy the files' Specific Character Set; an invalid one in the source
        // (ISO-IR 100 for ISO_IR 100 in these cines) is the only kind of error allowed: no new ones.
        const ToolRun validation = dciodvfy(result.dicomdirPath);
        QVERIFY2(validation.ran, "dciodvfy did not run (package dicom3tools)");
        ToolRun sources;
        for (const QString& file : files)
            sources.errors += dciodvfy(file).errors;
        const QStringList added = newErrors(sources, validation);
        QVERIFY2(added.isEmpty(), qPrintable(added.join(QLatin1Char('\n'))));
        int jpeg = 0;
        for (const ExportedInstance& instance : result.instances) {
            const LoadedFile written = loadFlat(QDir(result.targetFolder).filePath(instance.fileId));
            OFString syntax;
            written.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, syntax);
            jpeg += QString::fromLatin1(syntax.c_str()).startsWith(QLatin1String("1.2.840.10008.1.2.4.")) ? 1 : 0;
        }
        QVERIFY(jpeg >= 2);
        QTemporaryDir catalogDir;
        catalog::Catalog catalog;
        QVERIFY(!catalog.open(catalogDir.filePath(QStringLiteral("catalog.sqlite"))));
        QCOMPARE(catalog.importFiles({result.targetFolder}).newInstances, int(result.instances.size()));
    }

    void catalogStudyLookup()
    {
        QTemporaryDir catalogDir;
        catalog::Catalog catalog;
        QVERIFY(!catalog.open(catalogDir.filePath(QStringLiteral("catalog.sqlite"))));
        const QString folder = continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
        QCOMPARE(catalog.importFiles({folder}).newInstances, 64);
        const QString uid = loadFlat(sharedFiles(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"), 1).first()).top(DCM_StudyInstanceUID);
        QString error;
        const auto files = StudyExporter::filesOfStudy(catalog, uid, &error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(int(files->size()), 64);
        QVERIFY(!StudyExporter::filesOfStudy(catalog, QStringLiteral("1.2.3.4.5.6.7"), &error));
        QVERIFY(error.contains(QLatin1String("1.2.3.4.5.6.7")));
    }
};

QTEST_GUILESS_MAIN(StudyExportTest)
#include "StudyExportTest.moc"
