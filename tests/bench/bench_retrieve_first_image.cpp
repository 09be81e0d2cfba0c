// Benchmark (label bench): time to the first displayable image while a study is still being
// retrieved. A real Orthanc holds the 130-slice MR volume; our RetrieveJob (C-GET into the
// managed store, catalogued in batches) is timed from start to (a) the first series available in
// the catalog and its first image decoded, and (b) the whole study catalogued, against DCMTK's
// getscu fetching the same study into a folder (process start included) in the same run,
// alternating, median of 5 after a warm-up round. Prints the medians and the ratios.
#include "OrthancFixture.h"
#include "TestData.h"

#include "RemoteArchive.h"
#include "RetrieveJob.h"

#include "catalog/Catalog.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace continuum;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Decodes the first image of a catalogued series: what the viewer does before its first paint.
bool decodeFirstImage(catalog::Catalog& catalog, qint64 seriesId)
{
    const auto instances = catalog.instancesOfSeries(seriesId);
    for (const catalog::InstanceRow& instance : instances) {
        if (instance.paths.empty())
            continue;
        auto header = dicom::HeaderReader::read(QFile::encodeName(instance.paths.front()).toStdString());
        if (!header)
            continue;
        dicom::SeriesDescriptor descriptor;
        descriptor.seriesInstanceUid = header->seriesInstanceUid;
        descriptor.instances.push_back(std::move(*header));
        auto series = dicom::ImageSeries::create(std::move(descriptor));
        return series && !series.value()->decodeFrame(0);
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QString folder = testing::sharedDicomPath(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl"));
    if (!QFileInfo(folder).isDir()) {
        std::fprintf(stderr, "missing shared data %s (CONTINUUM_SHARED_DICOM)\n", qPrintable(folder));
        return 1;
    }
    testing::OrthancFixture orthanc;
    testing::OrthancOptions options;
    if (const QString error = orthanc.start(options); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int uploaded = orthanc.upload(folder);
    if (uploaded < 100) {
        std::fprintf(stderr, "upload failed (%d files)\n", uploaded);
        return 1;
    }
    QString study;
    for (const QJsonValue& value : orthanc.rest("GET", QStringLiteral("/studies?expand")).json().array())
        study = value.toObject().value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("StudyInstanceUID")).toString();
    remote::RemoteNode node;
    node.name = QStringLiteral("bench");
    node.aeTitle = options.aeTitle;
    node.host = QStringLiteral("127.0.0.1");
    node.port = orthanc.dicomPort();
    node.timeoutSeconds = 60;
    remote::LocalNode local;
    local.aeTitle = QStringLiteral("CONTINUUM");
    QProcessEnvironment getscuEnvironment = QProcessEnvironment::systemEnvironment();
    getscuEnvironment.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));

    constexpr int runs = 5;
    std::vector<double> firstImage;
    std::vector<double> wholeStudy;
    std::vector<double> getscu;
    // Where the job's time goes: its instance listing alone, and the C-GET alone into a folder.
    std::vector<double> listing;
    std::vector<double> transfer;
    for (int run = 0; run < runs + 1; ++run) {   // the first round warms caches and is not counted
        {
            QElapsedTimer timer;
            timer.start();
            const app::InstanceListing listed = app::RemoteArchive::create(node, local)->listInstances(study, {});
            const double listMs = double(timer.nsecsElapsed()) / 1e6;
            QTemporaryDir destination;
            remote::RetrieveRequest request;
            request.studyInstanceUid = study;
            request.destination = destination.path();
            timer.restart();
            const remote::RetrieveResult fetched = app::RemoteArchive::create(node, local)->retrieve(request, {});
            const double transferMs = double(timer.nsecsElapsed()) / 1e6;
            if (!listed.status.ok() || !fetched.status.ok() || int(fetched.files.size()) != uploaded) {
                std::fprintf(stderr, "listing or C-GET alone failed: %s %s\n", qPrintable(listed.status.message), qPrintable(fetched.status.message));
                return 1;
            }
            if (run > 0) {
                listing.push_back(listMs);
                transfer.push_back(transferMs);
            }
        }
        {
            QTemporaryDir place;
            auto catalog = std::make_shared<catalog::Catalog>();
            if (const auto error = catalog->open(place.filePath(QStringLiteral("catalog.sqlite")))) {
                std::fprintf(stderr, "catalog: %s\n", qPrintable(*error));
                return 1;
            }
            app::RetrieveJob job(catalog, app::RemoteArchive::create(node, local));
            QEventLoop loop;
            QElapsedTimer timer;
            double firstMs = -1.0;
            QObject::connect(&job, &app::RetrieveJob::seriesAvailable, &loop, [&](qint64, qint64 seriesId) {
                if (firstMs < 0.0 && decodeFirstImage(*catalog, seriesId))
                    firstMs = double(timer.nsecsElapsed()) / 1e6;
            }, Qt::QueuedConnection);
            bool ok = false;
            QObject::connect(&job, &app::RetrieveJob::finished, &loop, [&](bool succeeded, const QString& message) {
                ok = succeeded;
                if (!succeeded)
                    std::fprintf(stderr, "retrieve failed: %s\n", qPrintable(message));
                loop.quit();
            });
            QTimer::singleShot(300000, &loop, &QEventLoop::quit);
            timer.start();
            if (!job.start(study))
                return 1;
            loop.exec();
            const double totalMs = double(timer.nsecsElapsed()) / 1e6;
            if (!ok || firstMs < 0.0 || job.receivedCount() != uploaded) {
                std::fprintf(stderr, "incomplete retrieve: %d of %d, first image %s\n", job.receivedCount(), uploaded, firstMs < 0 ? "never" : "decoded");
                return 1;
            }
            if (run > 0) {
                firstImage.push_back(firstMs);
                wholeStudy.push_back(totalMs);
            }
        }
        {
            QTemporaryDir destination;
            QProcess process;
            process.setProcessEnvironment(getscuEnvironment);
            process.setWorkingDirectory(destination.path());
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral("getscu"), {QStringLiteral("-S"), QStringLiteral("-aet"), QStringLiteral("GETSCU"), QStringLiteral("-aec"), options.aeTitle,
                                                     QStringLiteral("-od"), destination.path(), QStringLiteral("-k"), QStringLiteral("QueryRetrieveLevel=STUDY"),
                                                     QStringLiteral("-k"), QStringLiteral("StudyInstanceUID=") + study, QStringLiteral("127.0.0.1"),
                                                     QString::number(orthanc.dicomPort())});
            process.waitForFinished(300000);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const int files = static_cast<int>(QDir(destination.path()).entryList(QDir::Files).size());
            if (files != uploaded) {
                std::fprintf(stderr, "getscu failed (%d files): %s\n", files, process.readAllStandardError().constData());
                return 1;
            }
            if (run > 0)
                getscu.push_back(ms);
        }
    }
    const double firstMs = median(firstImage);
    const double wholeMs = median(wholeStudy);
    const double getscuMs = median(getscu);
    std::printf("Retrieve of the 130-slice MR study (%d instances) by C-GET, median of %d, alternating:\n", uploaded, runs);
    std::printf("  continuum: first series in the catalog and its first image decoded: %8.1f ms\n", firstMs);
    std::printf("  continuum: whole study received and catalogued (managed store):     %8.1f ms\n", wholeMs);
    std::printf("  DCMTK getscu: whole study into a folder (process start included):    %8.1f ms\n", getscuMs);
    std::printf("  first image at %.0f%% of getscu's whole-study time; whole study getscu/ours %.2fx\n", 100.0 * firstMs / getscuMs,
                getscuMs / wholeMs);
    std::printf("  parts of the job, each alone: instance listing (series + image C-FIND) %.1f ms, C-GET into a folder %.1f ms\n",
                median(listing), median(transfer));
    return 0;
}
