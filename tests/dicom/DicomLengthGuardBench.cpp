// What the length pre-check adds to reading a header (label bench): DicomLengthGuard::check on an
// open file against HeaderReader::read (GDCM's parse, which now includes the check), over the
// shared CT and MR series, best of 5 passes each. Prints the figures; asserts only that every
// header was read and walked. Results: docs/fuzzing.md.
#include "TestData.h"

#include "dicom/DicomLengthGuard.h"
#include "dicom/HeaderReader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

using namespace continuum;

class DicomLengthGuardBench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guardAgainstHeaderParse_data()
    {
        QTest::addColumn<QString>("series");
        QTest::newRow("CT 64 slices") << QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");
        QTest::newRow("MR 130 slices") << QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl");
    }
    void guardAgainstHeaderParse()
    {
        QFETCH(QString, series);
        CONTINUUM_REQUIRE_SHARED(series);
        std::vector<std::string> files;
        QDirIterator it(testing::sharedDicomPath(series), QDir::Files);
        while (it.hasNext())
            files.push_back(it.next().toStdString());
        QVERIFY(files.size() > 50);

        qint64 bestGuard = std::numeric_limits<qint64>::max();
        qint64 bestHeader = std::numeric_limits<qint64>::max();
        for (int pass = 0; pass < 5; ++pass) {
            std::vector<std::pair<int, std::uint64_t>> open;
            for (const std::string& file : files) {
                const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
                struct stat status {};
                QVERIFY(fd >= 0 && ::fstat(fd, &status) == 0);
                open.emplace_back(fd, static_cast<std::uint64_t>(status.st_size));
            }
            // HeaderReader opens the file itself and hands the guard its descriptor: time the
            // check alone on open files.
            QElapsedTimer timer;
            timer.start();
            std::size_t walked = 0;
            for (const auto& [fd, size] : open) {
                const dicom::LengthGuardReport report = dicom::DicomLengthGuard::check(fd, size);
                QVERIFY(!report.violation && report.complete);
                walked += report.elementsWalked;
            }
            bestGuard = std::min(bestGuard, timer.nsecsElapsed());
            for (const auto& [fd, size] : open)
                ::close(fd);
            timer.restart();
            for (const std::string& file : files)
                QVERIFY(dicom::HeaderReader::read(file));
            bestHeader = std::min(bestHeader, timer.nsecsElapsed());
            QVERIFY(walked > files.size() * 50);
        }
        const double perFileGuard = double(bestGuard) / 1000.0 / double(files.size());
        const double perFileHeader = double(bestHeader) / 1000.0 / double(files.size());
        qInfo("%s: %zu files; guard %.1f us/file, HeaderReader::read (with the guard) %.1f us/file; guard / rest of the read = %.1f%%",
              qPrintable(series), files.size(), perFileGuard, perFileHeader, 100.0 * perFileGuard / (perFileHeader - perFileGuard));
    }
};

QTEST_GUILESS_MAIN(DicomLengthGuardBench)
#include "DicomLengthGuardBench.moc"
