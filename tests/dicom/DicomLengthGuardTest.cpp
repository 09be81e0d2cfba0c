// DicomLengthGuard (issue 11, fuzzing follow-up): every file of the shared set passes it and the
// walk ends where HeaderReader finds the pixel data; a length the file cannot hold, edited into
// real files of each encoding, is refused by the guard and by HeaderReader with the tag, the
// offset and the file size (import too), and reading it stays within a small memory bound.
#include "TestData.h"

#include "catalog/Catalog.h"
#include "dicom/DicomLengthGuard.h"
#include "dicom/HeaderReader.h"
#include "dicom/TransferSyntaxInfo.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <sys/resource.h>
#include <zlib.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace continuum;
using continuum::dicom::DicomLengthGuard;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void putU32(QByteArray& bytes, qsizetype at, std::uint32_t value, bool bigEndian = false)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = static_cast<char>(bigEndian ? value >> (24 - 8 * i) : value >> (8 * i));
}

// The first occurrence of a tag's bytes followed by `vr` (explicit) or by any length (vr empty),
// at or after `from`. Test files are chosen so the first hit is the element itself.
qsizetype findElement(const QByteArray& bytes, std::uint16_t group, std::uint16_t element, const char* vr,
                      bool bigEndian = false, qsizetype from = 132)
{
    QByteArray pattern(4, '\0');
    pattern[0] = static_cast<char>(bigEndian ? group >> 8 : group & 0xff);
    pattern[1] = static_cast<char>(bigEndian ? group & 0xff : group >> 8);
    pattern[2] = static_cast<char>(bigEndian ? element >> 8 : element & 0xff);
    pattern[3] = static_cast<char>(bigEndian ? element & 0xff : element >> 8);
    pattern += QByteArray(vr);
    return bytes.indexOf(pattern, from);
}

long residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * ::sysconf(_SC_PAGESIZE) / (1024 * 1024) : -1;
}

// HeaderReader::read in a child process; the parent learns the outcome and how far the child's
// peak resident memory rose above what it started with (GDCM zero-filled 0.6-4 GiB before the fix).
struct ChildRead {
    bool refused = false;
    long peakGrowthMiB = -1;
};
ChildRead readInChild(const QString& path)
{
    const long startMiB = residentMiB();
    const pid_t child = ::fork();
    if (child == 0) {
        const auto header = dicom::HeaderReader::read(path.toStdString());
        ::_exit(header ? 0 : 3);
    }
    int status = 0;
    struct rusage usage {};
    if (startMiB < 0 || child < 0 || ::wait4(child, &status, 0, &usage) != child || !WIFEXITED(status))
        return {};
    return ChildRead{WEXITSTATUS(status) == 3, std::max(0L, usage.ru_maxrss / 1024 - startMiB)};
}

} // namespace

class DicomLengthGuardTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySharedFilePasses()
    {
        const QString root = testing::sharedDicomRoot();
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("MANIFEST.md"));
        // Damaged files of the shared set whose declared lengths really are impossible (the guard
        // refuses them with its own message; GDCM refused them too, "could not be parsed").
        // no_meta.dcm starts one stray byte before its data set, so its first "length" is text.
        const QStringList impossibleLengths{QStringLiteral("malformed/rtplan_truncated.dcm"), QStringLiteral("malformed/no_meta.dcm")};
        int walked = 0;
        int pixelOffsetsCompared = 0;
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.endsWith(QLatin1String(".md")) || relative.endsWith(QLatin1String(".dump")))
                continue;   // the manifest and the worklist's text dumps
            const dicom::LengthGuardReport report = DicomLengthGuard::check(path.toStdString());
            const auto header = dicom::HeaderReader::read(path.toStdString());
            ++walked;
            if (impossibleLengths.contains(relative)) {
                QVERIFY2(report.violation, qPrintable(relative));
                QVERIFY(!header);
                QVERIFY2(header.error().message.contains(QStringLiteral("could not be parsed")), qPrintable(header.error().message));
                continue;
            }
            QVERIFY2(!report.violation, qPrintable(relative + QStringLiteral(": ") + report.violation->message()));
            QVERIFY2(report.elementsWalked > 0, qPrintable(relative));
            if (!header)
                continue;   // refused for another reason (MalformedFilesTest checks which)
            const dicom::TransferSyntaxInfo syntax = dicom::TransferSyntaxInfo::fromUid(header->transferSyntaxUid);
            if (syntax.deflated) {
                // Walked after inflating: complete, but its offsets are not file offsets.
                QVERIFY2(report.complete, qPrintable(relative));
                QVERIFY2(report.elementsWalked > 10, qPrintable(relative));
                continue;
            }
            QVERIFY2(report.complete, qPrintable(relative));
            if (header->hasPixelData && !header->pixelFormat.isFloat) {
                QVERIFY2(report.pixelDataOffset, qPrintable(relative));
                QCOMPARE(*report.pixelDataOffset, header->pixelDataElementOffset);
                ++pixelOffsetsCompared;
            }
        }
        qInfo("%d files walked, %d pixel data offsets equal HeaderReader's", walked, pixelOffsetsCompared);
        QVERIFY(walked > 350);
        QVERIFY(pixelOffsetsCompared > 250);
    }

    // Each row: a shared file, the element to damage, and the length written into it.
    void impossibleLengthIsRefused_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("element");
        QTest::addColumn<QString>("vr");          // explicit VR of the element, empty for implicit
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<quint32>("claimed");
        // Implicit VR little endian: Patient's Name claims almost 4 GiB.
        QTest::newRow("implicit LE, (0010,0010)") << QStringLiteral("syntaxes/ct1_same_image/CT1_implicit_le.dcm")
                                                  << 0x0010 << 0x0010 << QString() << false << 0xfffffffau;
        // Explicit VR little endian: File Meta Information Version (OB) in the meta group.
        QTest::newRow("explicit LE meta, (0002,0001)") << QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")
                                                       << 0x0002 << 0x0001 << QStringLiteral("OB") << false << 0x40000000u;
        // Explicit VR big endian: a 4-byte-length element of the data set.
        QTest::newRow("explicit BE, (0008,0005)") << QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_be.dcm")
                                                  << 0x0008 << 0x0005 << QString() << true << 0u;
    }
    // A deflated data set is inflated and its lengths checked: a length edited into the inflated
    // bytes of the shared deflate sample, deflated again, is refused with the offset counted in the
    // inflated data set.
    void deflatedDataSetLengthIsChecked()
    {
        const QString source = QStringLiteral("syntaxes/misc/image_dfl_deflate.dcm");
        CONTINUUM_REQUIRE_SHARED(source);
        const QByteArray file = readAll(testing::sharedDicomPath(source));
        const dicom::LengthGuardReport clean = DicomLengthGuard::check(testing::sharedDicomPath(source).toStdString());
        QVERIFY(!clean.violation);
        QVERIFY(clean.complete);
        // The meta group (explicit VR little endian, group 0002) ends where the deflate stream starts.
        qsizetype dataSet = 132;
        while (qFromLittleEndian<quint16>(file.constData() + dataSet) == 0x0002) {
            const QByteArray vr = file.mid(dataSet + 4, 2);
            const bool longVr = vr == "OB" || vr == "OW" || vr == "UN" || vr == "UT" || vr == "SQ";
            dataSet += longVr ? 12 + qFromLittleEndian<quint32>(file.constData() + dataSet + 8)
                              : 8 + qFromLittleEndian<quint16>(file.constData() + dataSet + 6);
        }
        QByteArray inflated(8 * 1024 * 1024, '\0');
        z_stream stream{};
        QCOMPARE(inflateInit2(&stream, -MAX_WBITS), Z_OK);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(file.constData() + dataSet));
        stream.avail_in = uInt(file.size() - dataSet);
        stream.next_out = reinterpret_cast<Bytef*>(inflated.data());
        stream.avail_out = uInt(inflated.size());
        QCOMPARE(inflate(&stream, Z_FINISH), Z_STREAM_END);
        inflated.resize(qsizetype(stream.total_out));
        inflateEnd(&stream);
        // (0008,0016) SOP Class UID, the data set's first element: UI, a 2-byte length.
        QCOMPARE(qFromLittleEndian<quint16>(inflated.constData()), quint16(0x0008));
        QCOMPARE(qFromLittleEndian<quint16>(inflated.constData() + 2), quint16(0x0016));
        inflated[4] = 'U';   // a UT with a 4-byte length after 2 reserved bytes, over the UI
        inflated[5] = 'T';
        const std::uint32_t claimed = 0x40000000u;
        QByteArray edited = inflated.left(6) + QByteArray(2, '\0') + QByteArray(4, '\0') + inflated.mid(8);
        putU32(edited, 8, claimed);
        QByteArray deflated(edited.size() + 1024, '\0');
        z_stream out{};
        QCOMPARE(deflateInit2(&out, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
        out.next_in = reinterpret_cast<Bytef*>(edited.data());
        out.avail_in = uInt(edited.size());
        out.next_out = reinterpret_cast<Bytef*>(deflated.data());
        out.avail_out = uInt(deflated.size());
        QCOMPARE(deflate(&out, Z_FINISH), Z_STREAM_END);
        deflated.resize(qsizetype(out.total_out));
        deflateEnd(&out);

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("deflated-damaged.dcm"));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(file.left(dataSet) + deflated);
        damaged.close();

        const dicom::LengthGuardReport report = DicomLengthGuard::check(path.toStdString());
        QVERIFY(report.violation);
        QVERIFY(report.violation->inDeflatedDataSet);
        QCOMPARE(int(report.violation->group), 0x0008);
        QCOMPARE(int(report.violation->element), 0x0016);
        QCOMPARE(report.violation->elementOffset, std::uint64_t(0));
        QCOMPARE(report.violation->claimedLength, std::uint64_t(claimed));
        QCOMPARE(report.violation->fileSize, std::uint64_t(edited.size()));
        const auto header = dicom::HeaderReader::read(path.toStdString());
        QVERIFY(!header);
        QVERIFY2(header.error().message.contains(QStringLiteral("element (0008,0016) at byte 0 of the inflated data set claims %1 bytes").arg(claimed)),
                 qPrintable(header.error().message));
    }

    void impossibleLengthIsRefused()
    {
        QFETCH(QString, source);
        QFETCH(int, group);
        QFETCH(int, element);
        QFETCH(QString, vr);
        QFETCH(bool, bigEndian);
        QFETCH(quint32, claimed);
        CONTINUUM_REQUIRE_SHARED(source);
        QByteArray bytes = readAll(testing::sharedDicomPath(source));
        QVERIFY(bytes.size() > 1000);
        QVERIFY2(!DicomLengthGuard::check(testing::sharedDicomPath(source).toStdString()).violation, "the source itself must pass");

        qsizetype at = -1;
        qsizetype lengthAt = -1;
        std::uint32_t length = claimed;
        if (bigEndian) {
            // (0008,0005) CS is a 2-byte length: write a big-endian UT with a huge 4-byte length
            // over it instead, keeping the element's 8 header bytes plus 4 of its value.
            at = findElement(bytes, group, element, "CS", true);
            QVERIFY(at > 0);
            bytes[at + 4] = 'U';
            bytes[at + 5] = 'T';
            bytes[at + 6] = 0;
            bytes[at + 7] = 0;
            lengthAt = at + 8;
            length = 0x7ffffff0u;
            putU32(bytes, lengthAt, length, true);
        } else if (vr.isEmpty()) {
            at = findElement(bytes, group, element, "");
            QVERIFY(at > 0);
            lengthAt = at + 4;
            putU32(bytes, lengthAt, length);
        } else {
            at = findElement(bytes, group, element, qPrintable(vr), false, 128);
            QVERIFY(at > 0);
            lengthAt = at + 8;
            putU32(bytes, lengthAt, length);
        }
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("damaged.dcm"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const dicom::LengthGuardReport report = DicomLengthGuard::check(path.toStdString());
        QVERIFY(report.violation);
        QCOMPARE(int(report.violation->group), group);
        QCOMPARE(int(report.violation->element), element);
        QCOMPARE(report.violation->elementOffset, std::uint64_t(at));
        QCOMPARE(report.violation->claimedLength, std::uint64_t(length));
        QCOMPARE(report.violation->fileSize, std::uint64_t(bytes.size()));

        const auto header = dicom::HeaderReader::read(path.toStdString());
        QVERIFY(!header);
        QCOMPARE(header.error().code, dicom::LoadError::Code::NotDicom);
        const QString tag = QStringLiteral("(%1,%2)").arg(group, 4, 16, QLatin1Char('0')).arg(element, 4, 16, QLatin1Char('0')).toUpper();
        const QString expected = QStringLiteral("element %1 at byte %2 claims %3 bytes; the file has %4 KB")
                                     .arg(tag).arg(at).arg(length).arg((bytes.size() + 512) / 1024);
        QVERIFY2(header.error().message.contains(expected), qPrintable(header.error().message + QStringLiteral(" / expected: ") + expected));

        // Import refuses it with the same reason.
        catalog::Catalog catalog;
        QVERIFY(!catalog.open(folder.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("length-guard")));
        const catalog::ImportResult imported = catalog.importFiles({path}, catalog::ImportOptions{});
        QCOMPARE(imported.filesSeen, 1);
        QCOMPARE(imported.refused, 1);
        QCOMPARE(imported.newInstances, 0);
        QCOMPARE(imported.problems.size(), std::size_t(1));
        QVERIFY2(imported.problems.front().reason.contains(expected), qPrintable(imported.problems.front().reason));

        const ChildRead child = readInChild(path);
        QVERIFY(child.refused);
        QVERIFY2(child.peakGrowthMiB >= 0 && child.peakGrowthMiB < 64, qPrintable(QString::number(child.peakGrowthMiB)));
    }

    // An element inside a defined-length item that claims more than the item holds (but less than
    // the file): the enclosing item, not the file, is the limit.
    void elementLongerThanItsItemIsRefused()
    {
        const QString source = QStringLiteral("syntaxes/photometric/voi_lut_sequence.dcm");
        CONTINUUM_REQUIRE_SHARED(source);
        QByteArray bytes = readAll(testing::sharedDicomPath(source));
        // VOI LUT Sequence (0028,3010), explicit VR little endian, defined lengths.
        const qsizetype sequence = findElement(bytes, 0x0028, 0x3010, "SQ");
        QVERIFY(sequence > 0);
        const quint32 itemTag = qFromLittleEndian<quint32>(bytes.constData() + sequence + 12);
        const quint32 itemLength = qFromLittleEndian<quint32>(bytes.constData() + sequence + 16);
        QCOMPARE(itemTag, 0xe000fffeu);
        QVERIFY(itemLength < 60000);
        const qsizetype element = sequence + 20;   // the item's first element
        const QByteArray vr = bytes.mid(element + 4, 2);
        QVERIFY2(vr == "US" || vr == "SS" || vr == "LO" || vr == "CS", vr.constData());   // a 2-byte length
        const std::uint32_t claimed = 60000;
        bytes[element + 6] = static_cast<char>(claimed & 0xff);
        bytes[element + 7] = static_cast<char>(claimed >> 8);
        QVERIFY(element + 8 + claimed < bytes.size());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("item.dcm"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const dicom::LengthGuardReport report = DicomLengthGuard::check(path.toStdString());
        QVERIFY(report.violation);
        QVERIFY(report.violation->limitedByItem);
        QCOMPARE(report.violation->elementOffset, std::uint64_t(element));
        QCOMPARE(report.violation->availableBytes, std::uint64_t(itemLength - 8));
        const auto header = dicom::HeaderReader::read(path.toStdString());
        QVERIFY(!header);
        const QString expected = QStringLiteral("at byte %1 claims %2 bytes; its enclosing item has %3 bytes left").arg(element).arg(claimed).arg(itemLength - 8);
        QVERIFY2(header.error().message.contains(expected), qPrintable(header.error().message));
    }

    // A huge but honest Pixel Data length is not the guard's business: a truncated image is still
    // read (PixelDecoder reports it as truncated), as before.
    void truncatedPixelDataStillReadsItsHeader()
    {
        const QString source = QStringLiteral("malformed/MR_truncated.dcm");
        CONTINUUM_REQUIRE_SHARED(source);
        const dicom::LengthGuardReport report = DicomLengthGuard::check(testing::sharedDicomPath(source).toStdString());
        QVERIFY(!report.violation);
        QVERIFY(report.pixelDataOffset);
        QVERIFY(dicom::HeaderReader::read(testing::sharedDicomPath(source).toStdString()));
    }
};

QTEST_GUILESS_MAIN(DicomLengthGuardTest)
#include "DicomLengthGuardTest.moc"
