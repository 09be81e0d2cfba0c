// Benchmark (label bench): C-GET of the 64-slice CT series with our DimseClient against DCMTK's
// getscu (Debian package dcmtk) from the same Orthanc in the same run, alternating, median of 5
// after one warm-up round. Both sides run with TCP_NODELAY=1 (PACS.md: DCMTK leaves Nagle on,
// ~45 ms a message otherwise) and DCMTK's default maximum PDU. getscu's time includes starting
// its process, as a script using it would pay. Ours twice: with the SOP classes known (as the
// retrieve job passes them from the image-level listing it makes anyway) and blind (the common
// storage classes, as `continuum pacs retrieve` does); neither runs a query first. Prints the
// medians and the speed ratios getscu/ours (target >= 0.9). Fails only if a retrieve is incomplete.
#include "OrthancFixture.h"
#include "TestData.h"

#include "remote/DimseClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

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

int filesIn(const QString& folder)
{
    return static_cast<int>(QDir(folder).entryList(QDir::Files).size());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QString folder = testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
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
    if (orthanc.upload(folder) != 64) {
        std::fprintf(stderr, "upload failed\n");
        return 1;
    }
    QString study;
    QString series;
    for (const QJsonValue& value : orthanc.rest("GET", QStringLiteral("/series?expand")).json().array()) {
        const QJsonObject object = value.toObject();
        series = object.value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("SeriesInstanceUID")).toString();
        study = orthanc.rest("GET", QStringLiteral("/studies/") + object.value(QStringLiteral("ParentStudy")).toString())
                    .json().object().value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("StudyInstanceUID")).toString();
    }
    remote::RemoteNode node;
    node.name = QStringLiteral("bench");
    node.aeTitle = options.aeTitle;
    node.host = QStringLiteral("127.0.0.1");
    node.port = orthanc.dicomPort();
    remote::LocalNode local;
    local.aeTitle = QStringLiteral("CONTINUUM");

    QProcessEnvironment getscuEnvironment = QProcessEnvironment::systemEnvironment();
    getscuEnvironment.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));

    constexpr int runs = 5;
    std::vector<double> ours;
    std::vector<double> getscu;
    std::vector<double> oursBlind;
    for (int run = 0; run < runs + 1; ++run) {   // the first round warms caches and is not counted
        for (const bool classesKnown : {true, false}) {
            QTemporaryDir destination;
            remote::DimseClient client(node, local);
            remote::RetrieveRequest request;
            request.studyInstanceUid = study;
            request.seriesInstanceUid = series;
            request.destination = destination.path();
            request.method = remote::RetrieveMethod::Get;
            if (classesKnown) {
                request.sopClassUids = {QStringLiteral("1.2.840.10008.5.1.4.1.1.2")};   // CT Image Storage
                request.expectedInstances = 64;
            }
            QElapsedTimer timer;
            timer.start();
            const remote::RetrieveResult result = client.retrieve(request);
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (!result.status.ok() || result.files.size() != 64 || filesIn(destination.path()) != 64) {
                std::fprintf(stderr, "our C-GET failed (%zu files): %s\n", result.files.size(), qPrintable(result.status.message));
                return 1;
            }
            if (run > 0)
                (classesKnown ? ours : oursBlind).push_back(ms);
        }
        {
            QTemporaryDir destination;
            QProcess process;
            process.setProcessEnvironment(getscuEnvironment);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral("getscu"), {QStringLiteral("-S"), QStringLiteral("-aet"), QStringLiteral("GETSCU"), QStringLiteral("-aec"), options.aeTitle,
                                                     QStringLiteral("-k"), QStringLiteral("QueryRetrieveLevel=SERIES"),
                                                     QStringLiteral("-k"), QStringLiteral("StudyInstanceUID=%1").arg(study),
                                                     QStringLiteral("-k"), QStringLiteral("SeriesInstanceUID=%1").arg(series),
                                                     QStringLiteral("-od"), destination.path(), node.host, QString::number(node.port)});
            process.waitForFinished(120000);
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || filesIn(destination.path()) != 64) {
                std::fprintf(stderr, "getscu failed (%d files): %s\n", filesIn(destination.path()), process.readAllStandardError().constData());
                return 1;
            }
            if (run > 0)
                getscu.push_back(ms);
        }
    }
    const double oursMs = median(ours);
    const double blindMs = median(oursBlind);
    const double getscuMs = median(getscu);
    std::printf("C-GET of the 64-slice CT series (33 MB, implicit VR little endian), median of %d, alternating:\n", runs);
    std::printf("  continuum DimseClient, SOP class known (association + C-GET + 64 files): %8.1f ms\n", oursMs);
    std::printf("  continuum DimseClient, blind (126 storage contexts proposed):            %8.1f ms\n", blindMs);
    std::printf("  DCMTK getscu (process start + association + C-GET):                      %8.1f ms\n", getscuMs);
    std::printf("  speed ratio getscu/ours: %.2fx class known, %.2fx blind (target >= 0.90x)\n", getscuMs / oursMs, getscuMs / blindMs);
    return 0;
}
