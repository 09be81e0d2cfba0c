// Every input a fuzzer crashed on (tests/fuzz/regressions/*.json, built from the shared set at
// run time) goes through the same chain as in the fuzzers, in this process: header, scanner,
// catalog import, decoding and rendering. It must not crash, it must end the way the recipe
// says (refused with a reason, or shown), and reading the header must not take much memory.
#include "FuzzRecipe.h"
#include "TestData.h"

#include "catalog/Catalog.h"
#include "dicom/DicomScanner.h"
#include "dicom/FrameRenderer.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"
#include "dicom/PixelDecoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace continuum;

namespace {

long residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * ::sysconf(_SC_PAGESIZE) / (1024 * 1024) : -1;
}

// How far HeaderReader::read of `path` raises a child process's peak resident memory above what it
// started with: damaged lengths made GDCM allocate and zero-fill 0.6-4 GiB before DicomLengthGuard.
// -1 when the child could not be run or did not exit normally.
long headerReadPeakGrowthMiB(const QString& path)
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
        return -1;
    return std::max(0L, usage.ru_maxrss / 1024 - startMiB);
}

} // namespace

class FuzzRegressionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The findings are bugs of our own decoding code: reproduce them in this process.
        qputenv("CONTINUUM_GUARDED_DECODE", "off");
        QVERIFY(m_folder.isValid());
        QVERIFY(!m_catalog.open(m_folder.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("fuzz-regressions")));
    }

    void recipesAreWellFormed()
    {
        const QStringList files = recipeFiles();
        QVERIFY2(!files.isEmpty(), "no recipes in " CONTINUUM_FUZZ_REGRESSIONS);
        for (const QString& file : files) {
            QString error;
            QVERIFY2(fuzz::FuzzRecipe::load(file, &error), qPrintable(error));
        }
    }

    void aChangedSourceIsNoticed()
    {
        // A recipe whose bytes no longer match its hash must fail, not test something else.
        QTemporaryDir folder;
        QFile json(folder.filePath(QStringLiteral("stale.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"name":"stale","sha256":"00","build":[{"hex":"4449434d"}],"expect":{"header":"refused"}})");
        json.close();
        QString error;
        auto recipe = fuzz::FuzzRecipe::load(json.fileName(), &error);
        QVERIFY2(recipe, qPrintable(error));
        QVERIFY(!recipe->build(testing::sharedDicomRoot(), &error));
        QVERIFY2(error.contains(QStringLiteral("sha256")), qPrintable(error));
    }

    void findingStaysFixed_data()
    {
        QTest::addColumn<QString>("recipeFile");
        for (const QString& file : recipeFiles())
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
    }
    void findingStaysFixed()
    {
        QFETCH(QString, recipeFile);
        QString error;
        const auto recipe = fuzz::FuzzRecipe::load(recipeFile, &error);
        QVERIFY2(recipe, qPrintable(error));
        if (!recipe->source.isEmpty())
            CONTINUUM_REQUIRE_SHARED(recipe->source);
        for (const QString& more : recipe->moreSources)
            CONTINUUM_REQUIRE_SHARED(more);
        const auto bytes = recipe->build(testing::sharedDicomRoot(), &error);
        QVERIFY2(bytes, qPrintable(error));

        const QString path = m_folder.filePath(QFileInfo(recipeFile).completeBaseName() + QStringLiteral(".dcm"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(*bytes), bytes->size());
        file.close();

        // Reading the header stays within a small memory bound (the 2026-11-22 "oom" findings).
        const long growthMiB = headerReadPeakGrowthMiB(path);
        QVERIFY2(growthMiB >= 0 && growthMiB < 128, qPrintable(QStringLiteral("header read grew the peak RSS by %1 MiB").arg(growthMiB)));

        auto header = dicom::HeaderReader::read(path.toStdString());
        const QString headerOutcome = header ? QStringLiteral("ok") : QStringLiteral("refused");
        QVERIFY2(headerOutcome == recipe->expectHeader,
                 qPrintable(QStringLiteral("header %1, expected %2%3").arg(headerOutcome, recipe->expectHeader,
                            header ? QString() : QStringLiteral(": ") + header.error().message)));

        const dicom::ScanResult scanned = dicom::DicomScanner::scanFiles({path.toStdString()}, 1);
        QCOMPARE(scanned.images.size() + scanned.others.size() + scanned.problems.size() + scanned.skipped.size(), std::size_t(1));
        catalog::ImportOptions options;
        options.parserThreads = 1;
        const catalog::ImportResult imported = m_catalog.importFiles({path}, options);
        QCOMPARE(imported.filesSeen, 1);

        QString message = header ? QString() : header.error().message;
        QString decodeOutcome = QStringLiteral("refused");
        if (header && !dicom::PixelDecoder::validate(*header)) {
            dicom::SeriesDescriptor descriptor;
            descriptor.seriesInstanceUid = header->seriesInstanceUid;
            descriptor.instances.push_back(*header);
            auto series = dicom::ImageSeries::create(std::move(descriptor));
            QVERIFY2(series, qPrintable(series ? QString() : series.error().message));
            if (auto failed = (*series)->decodeFrame(0)) {
                message = failed->message;
                QCOMPARE(QString::fromStdString(failed->filePath), path);
            } else {
                decodeOutcome = QStringLiteral("ok");
                for (int frame = 0; frame < std::min((*series)->frameCount(), 3); ++frame) {
                    const dicom::DisplayImage image = dicom::FrameRenderer::render(**series, frame, dicom::GreyLevelChoice{});
                    QCOMPARE(image.width, header->pixelFormat.columns);
                }
            }
        } else if (header) {
            message = dicom::PixelDecoder::validate(*header)->message;
        }
        if (recipe->expectDecode != QLatin1String("any"))
            QVERIFY2(decodeOutcome == recipe->expectDecode,
                     qPrintable(QStringLiteral("decode %1, expected %2 (%3)").arg(decodeOutcome, recipe->expectDecode, message)));
        if (!recipe->messageContains.isEmpty())
            QVERIFY2(message.contains(recipe->messageContains), qPrintable(message));
    }

private:
    static QStringList recipeFiles()
    {
        QStringList files;
        const QDir folder(QStringLiteral(CONTINUUM_FUZZ_REGRESSIONS));
        for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << folder.filePath(name);
        return files;
    }

    QTemporaryDir m_folder;
    catalog::Catalog m_catalog;
};

QTEST_GUILESS_MAIN(FuzzRegressionTest)
#include "FuzzRegressionTest.moc"
