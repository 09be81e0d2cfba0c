// Benchmark (label bench): WADO-RS of the 64-slice CT series with our DicomWebClient (QIDO
// count, streamed multipart split into 64 Part 10 files) against curl fetching the same
// multipart body into one file, from the same Orthanc in the same run. Prints medians and the
// speed ratio curl/ours (target >= 0.9). Fails only if a retrieve is incomplete.
#include "OrthancFixture.h"
#include "TestData.h"

#include "remote/DicomWebClient.h"

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
    options.dicomWeb = true;
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
    node.kind = remote::NodeKind::DicomWeb;
    node.baseUrl = orthanc.dicomWebUrl();
    node.authentication = QStringLiteral("none");
    const QString url = QStringLiteral("%1/studies/%2/series/%3").arg(orthanc.dicomWebUrl(), study, series);

    constexpr int runs = 7;
    std::vector<double> ours;
    std::vector<double> curl;
    qint64 curlBytes = 0;
    for (int run = 0; run < runs + 1; ++run) {   // the first round warms caches and is not counted
        {
            QTemporaryDir destination;
            remote::DicomWebClient client(node);
            QElapsedTimer timer;
            timer.start();
            const remote::RetrieveResult result = client.retrieve({study, series, destination.path()});
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (!result.status.ok() || result.files.size() != 64) {
                std::fprintf(stderr, "our retrieve failed: %s\n", qPrintable(result.status.message));
                return 1;
            }
            if (run > 0)
                ours.push_back(ms);
        }
        {
            QTemporaryDir destination;
            const QString out = QDir(destination.path()).filePath(QStringLiteral("body.multipart"));
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-o"), out, QStringLiteral("-H"),
                                                   QStringLiteral(R"(Accept: multipart/related; type="application/dicom"; transfer-syntax=*)"), url});
            process.waitForFinished(120000);
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (process.exitCode() != 0) {
                std::fprintf(stderr, "curl failed: %s\n", process.readAllStandardError().constData());
                return 1;
            }
            curlBytes = QFileInfo(out).size();
            if (run > 0)
                curl.push_back(ms);
        }
    }
    const double oursMs = median(ours);
    const double curlMs = median(curl);
    std::printf("WADO-RS 64-slice CT series (%.1f MB multipart), median of %d:\n", static_cast<double>(curlBytes) / 1e6, runs);
    std::printf("  continuum DicomWebClient (QIDO count + WADO-RS + 64 files): %8.1f ms\n", oursMs);
    std::printf("  curl (process start + WADO-RS into one file):               %8.1f ms\n", curlMs);
    std::printf("  speed ratio curl/ours: %.2fx (target >= 0.90x)\n", curlMs / oursMs);
    return 0;
}
