#include "Test1Fixture.h"

#include "TestData.h"

#include "dicom/DicomScanner.h"
#include "dicom/FrameRenderer.h"
#include "dicom/ImageSeries.h"
#include "dicom/SeriesGrouper.h"

#include <QPointF>

#include <cmath>
#include <numbers>

namespace continuum::testing {

using namespace oncology;

namespace {

std::optional<Test1Study> loadStudy(const QString& relative, QString* error)
{
    const QString path = sharedDicomPath(relative);
    const dicom::ScanResult scan = dicom::DicomScanner::scanFiles({path.toStdString()});
    if (scan.images.size() != 1) {
        *error = QStringLiteral("%1: expected one image, found %2").arg(path).arg(scan.images.size());
        return std::nullopt;
    }
    auto groups = dicom::SeriesGrouper::group(scan.images);
    auto created = dicom::ImageSeries::create(std::move(groups.front()));
    if (!created) {
        *error = created.error().message;
        return std::nullopt;
    }
    auto& series = created.value();
    if (const auto failed = series->decodeFrame(0)) {
        *error = failed->message;
        return std::nullopt;
    }
    const dicom::DisplayImage display = dicom::FrameRenderer::render(*series, 0, dicom::GreyLevelChoice{});
    QImage image(display.width, display.height, QImage::Format_RGB888);
    for (int y = 0; y < display.height; ++y)
        std::memcpy(image.scanLine(y), display.pixel(0, y), static_cast<std::size_t>(display.width) * 3);
    return Test1Study{scan.images.front(), image};
}

Timepoint timepointOf(const dicom::InstanceHeader& header)
{
    Timepoint timepoint;
    timepoint.studyInstanceUid = QString::fromStdString(header.studyInstanceUid);
    timepoint.date = header.studyDate;
    timepoint.description = header.studyDescription;
    timepoint.modality = header.modality;
    timepoint.bodyRegions = {QStringLiteral("chest")};
    return timepoint;
}

LesionObservation measuredOn(const Test1Study& study, QPointF centre, double angle, std::optional<double> longMm, std::optional<double> shortMm)
{
    const double spacing = study.header.frames.front().spacing.column;
    LesionObservation observation;
    observation.studyInstanceUid = QString::fromStdString(study.header.studyInstanceUid);
    observation.date = study.header.studyDate;
    observation.assessment = LesionAssessment::Present;
    if (longMm)
        observation.longAxis = axisOnFrame(centre, angle, *longMm, spacing);
    if (shortMm)
        observation.shortAxis = axisOnFrame(centre, angle + 90.0, *shortMm, spacing);
    observation.image = {QString::fromStdString(study.header.seriesInstanceUid), QString::fromStdString(study.header.sopInstanceUid), 0};
    return observation;
}

} // namespace

oncology::AxisMeasurement axisOnFrame(QPointF centre, double angleDegrees, double lengthMm, double spacingMm)
{
    const double radians = angleDegrees * std::numbers::pi / 180.0;
    const double halfPixels = lengthMm / spacingMm / 2.0;
    const QPointF half(std::cos(radians) * halfPixels, std::sin(radians) * halfPixels);
    return {lengthMm, {centre.x() - half.x(), centre.y() - half.y()}, {centre.x() + half.x(), centre.y() + half.y()}};
}

std::optional<Test1Fixture> loadTest1Fixture(QString* error)
{
    Test1Fixture fixture;
    for (const char* file : {"oncology/two_timepoints_TEST_1/study_20100630.dcm", "oncology/two_timepoints_TEST_1/study_20150101.dcm"}) {
        auto study = loadStudy(QString::fromLatin1(file), error);
        if (!study)
            return std::nullopt;
        fixture.studies.push_back(std::move(*study));
    }
    const Test1Study& baseline = fixture.studies[0];
    const Test1Study& followUp = fixture.studies[1];
    fixture.tracker.setTimepoints({timepointOf(baseline.header), timepointOf(followUp.header)});

    Lesion lung;
    lung.label = QStringLiteral("Right lower lobe nodule");
    lung.organ = QStringLiteral("lung");
    const QString lungId = fixture.tracker.addLesion(lung);
    fixture.tracker.setObservation(lungId, measuredOn(baseline, {280, 372}, 15.0, 30.0, 19.0));
    fixture.tracker.setObservation(lungId, measuredOn(followUp, {262, 338}, 15.0, 38.0, 24.0));

    Lesion node;
    node.label = QStringLiteral("Subcarinal node");
    node.organ = QStringLiteral("mediastinum");
    node.lymphNode = true;
    const QString nodeId = fixture.tracker.addLesion(node);
    fixture.tracker.setObservation(nodeId, measuredOn(baseline, {262, 232}, -30.0, 26.0, 18.0));
    fixture.tracker.setObservation(nodeId, measuredOn(followUp, {250, 150}, -30.0, 31.0, 22.0));

    Lesion effusion;
    effusion.label = QStringLiteral("Pleural effusion");
    effusion.organ = QStringLiteral("pleura");
    effusion.category = LesionCategory::NonTarget;
    const QString effusionId = fixture.tracker.addLesion(effusion);
    fixture.tracker.setObservation(effusionId, measuredOn(baseline, {300, 410}, 0.0, std::nullopt, std::nullopt));
    fixture.tracker.setObservation(effusionId, measuredOn(followUp, {300, 410}, 0.0, std::nullopt, std::nullopt));
    return fixture;
}

} // namespace continuum::testing
