#include "DemoStudyGenerator.h"

#include "ChestPhantom.h"
#include "DicomFileWriter.h"
#include "UidFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <numbers>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace continuum::generators {
namespace {

constexpr int kCtMatrix = 256;
constexpr int kCtSlices = 100;
constexpr double kCtPixelMm = 1.40625; // 360 mm field of view
constexpr double kCtSliceSpacingMm = 2.5;
constexpr double kCtFirstSliceZ = -250.0;
constexpr double kCtOriginXY = -180.0 + kCtPixelMm / 2.0; // centre of the first pixel
constexpr double kCtNoiseHu = 10.0;

constexpr int kEchoRows = 480;
constexpr int kEchoColumns = 640;
constexpr int kEchoFrames = 40;
constexpr double kEchoFrameTimeMs = 33.33;
constexpr double kEchoDeltaCm = 0.04;     // square pixels, 16 cm depth over 400 rows
constexpr int kEchoApexRow = 40;
constexpr int kEchoApexColumn = 320;
constexpr double kEchoDepthCm = 16.0;
constexpr double kEchoHalfAngleRad = 38.0 * std::numbers::pi / 180.0;

const QString kManufacturer = QStringLiteral("Continuum Demo Generator");

// Runs body(i) for i in [0, count) on up to two threads (the machines this targets have two cores).
template <typename Body>
void parallelFor(int count, Body body)
{
    const int threads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 2);
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int i = next++; i < count; i = next++)
            body(i);
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
}

struct CtSeriesSpec {
    QString directory;
    PatientModule patient;
    StudyModule study;
    SeriesModule series;
    std::string frameOfReferenceUid;
    std::optional<LungLesion> lesion;
    double vesselClearanceMm = 0.0;
    std::uint32_t seed = 1;
};

DicomFileWriter ctTemplate(const CtSeriesSpec& spec)
{
    DicomFileWriter w;
    w.setPatient(spec.patient);
    w.setString({0x0010, 0x1010}, QStringLiteral("061Y")); // PatientAge (Patient Study module)
    w.setStudy(spec.study);
    w.setSeries(spec.series);
    w.setEquipment({kManufacturer, QString(), QStringLiteral("Analytic Chest Phantom"), QStringLiteral("DEMO-CT"),
                    QStringLiteral("1.0")});
    w.setFrameOfReference(spec.frameOfReferenceUid);
    w.setDemoMarker();
    // General Image + CT Image modules.
    w.setString({0x0008, 0x0008}, QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL"));
    w.setString({0x0008, 0x0023}, spec.study.date); // ContentDate
    w.setString({0x0008, 0x0033}, spec.study.time); // ContentTime
    w.setInteger({0x0020, 0x0012}, 1);               // AcquisitionNumber
    w.setDecimals({0x0018, 0x0060}, {120.0});        // KVP
    w.setString({0x0018, 0x1210}, QStringLiteral("STANDARD"));
    w.setImagePixel({kCtMatrix, kCtMatrix, 1, 16, 16, true, QStringLiteral("MONOCHROME2")});
    w.setDecimals({0x0028, 0x1052}, {-1024.0});
    w.setDecimals({0x0028, 0x1053}, {1.0});
    w.setString({0x0028, 0x1054}, QStringLiteral("HU"));
    // Mediastinal window first (the default), lung window second.
    w.setDecimals({0x0028, 0x1050}, {40.0, -600.0});
    w.setDecimals({0x0028, 0x1051}, {400.0, 1500.0});
    w.setString({0x0028, 0x1055}, QStringLiteral("MEDIASTINUM\\LUNG"));
    return w;
}

bool writeCtSeries(const CtSeriesSpec& spec, DemoSeries* out, QString* error)
{
    if (!QDir().mkpath(spec.directory)) {
        *error = QStringLiteral("cannot create directory %1").arg(spec.directory);
        return false;
    }
    std::vector<std::string> sopUids(kCtSlices);
    for (auto& uid : sopUids)
        uid = UidFactory::newUid();

    const ChestPhantom phantom(spec.seed, spec.lesion, spec.vesselClearanceMm);
    const AxialGrid grid{kCtMatrix, kCtMatrix, kCtOriginXY, kCtOriginXY, kCtPixelMm};
    std::mutex errorMutex;
    QString firstError;

    parallelFor(kCtSlices, [&](int slice) {
        // Each slice builds its own header: gdcm's shared values are not safe to share across threads.
        DicomFileWriter w = ctTemplate(spec);
        const double z = kCtFirstSliceZ + slice * kCtSliceSpacingMm;
        ImagePlaneModule plane;
        plane.imagePosition = {kCtOriginXY, kCtOriginXY, z};
        plane.rowSpacingMm = kCtPixelMm;
        plane.columnSpacingMm = kCtPixelMm;
        plane.sliceThicknessMm = kCtSliceSpacingMm;
        w.setImagePlane(plane);
        w.setSopCommon({sop_class::ctImage, sopUids[static_cast<std::size_t>(slice)], slice + 1});

        std::vector<std::int16_t> pixels(static_cast<std::size_t>(kCtMatrix) * kCtMatrix);
        phantom.renderAxialSlice(z, grid, kCtNoiseHu, pixels);
        for (auto& value : pixels)
            value = static_cast<std::int16_t>(value + 1024); // stored = HU - RescaleIntercept
        w.setPixelData({reinterpret_cast<const std::uint8_t*>(pixels.data()), pixels.size() * sizeof(std::int16_t)}, 16);

        const QString path = QDir(spec.directory).filePath(QStringLiteral("CT%1.dcm").arg(slice + 1, 4, 10, QLatin1Char('0')));
        QString writeError;
        if (!w.write(path, &writeError)) {
            const std::lock_guard lock(errorMutex);
            if (firstError.isEmpty())
                firstError = writeError;
        }
    });
    if (!firstError.isEmpty()) {
        *error = firstError;
        return false;
    }
    *out = DemoSeries{QDir(spec.directory).absolutePath(), spec.patient.name, spec.patient.id,
                      QString::fromStdString(spec.study.studyInstanceUid), QString::fromStdString(spec.series.seriesInstanceUid),
                      QString::fromStdString(spec.frameOfReferenceUid), spec.study.date, kCtSlices, kCtSlices};
    return true;
}

// An apical four-chamber-like echo: a 76 degree sector with speckled tissue, two ventricles that
// contract each beat (67 bpm) and two atria that fill while the ventricles empty.
std::vector<std::uint8_t> renderEchoFrames()
{
    struct Chamber {
        double lateralCm, depthCm, semiLateralCm, semiDepthCm, wallCm;
        double contraction; // fractional shrink at end-systole; negative = fills in systole
    };
    const Chamber chambers[] = {
        {-1.1, 7.4, 1.9, 4.0, 0.9, 0.20},  // left ventricle
        {2.5, 7.0, 1.2, 3.2, 0.45, 0.16},  // right ventricle
        {-1.2, 12.9, 1.8, 1.9, 0.35, -0.12}, // left atrium
        {2.6, 12.6, 1.5, 1.8, 0.35, -0.12},  // right atrium
    };
    const std::size_t frameSize = static_cast<std::size_t>(kEchoRows) * kEchoColumns;
    std::vector<std::uint8_t> frames(frameSize * kEchoFrames, 0);

    std::mt19937 rng(20240314u);
    std::uniform_real_distribution<double> uniform(1e-6, 1.0);
    auto rayleigh = [&] { return std::sqrt(-2.0 * std::log(uniform(rng))) / 1.2533; }; // mean 1
    std::vector<float> staticSpeckle(frameSize);
    for (auto& s : staticSpeckle)
        s = static_cast<float>(rayleigh());

    const double beatMs = 60000.0 / 67.0;
    for (int frame = 0; frame < kEchoFrames; ++frame) {
        const double phase = std::fmod(frame * kEchoFrameTimeMs, beatMs) / beatMs;
        const double systole = std::pow(std::sin(std::numbers::pi * phase), 2.0); // 0 diastole .. 1 systole
        std::uint8_t* out = frames.data() + frameSize * static_cast<std::size_t>(frame);
        for (int row = 0; row < kEchoRows; ++row) {
            for (int column = 0; column < kEchoColumns; ++column) {
                const double lateral = (column - kEchoApexColumn) * kEchoDeltaCm;
                const double axial = (row - kEchoApexRow) * kEchoDeltaCm;
                const double depth = std::hypot(lateral, axial);
                if (axial < 0.0 || depth > kEchoDepthCm || std::abs(std::atan2(lateral, axial)) > kEchoHalfAngleRad)
                    continue;
                double echogenicity = 70.0; // myocardium-free tissue
                for (const Chamber& c : chambers) {
                    const double shrink = 1.0 - c.contraction * systole;
                    const double a = c.semiLateralCm * shrink;
                    const double b = c.semiDepthCm * (1.0 - 0.4 * c.contraction * systole);
                    const double r = std::hypot((lateral - c.lateralCm) / a, (axial - c.depthCm) / b);
                    if (r <= 1.0) {
                        echogenicity = 10.0; // blood pool
                        break;
                    }
                    const double wall = c.wallCm / std::min(a, b) * (1.0 + 0.3 * systole);
                    if (r <= 1.0 + wall)
                        echogenicity = std::max(echogenicity, 165.0);
                }
                const std::size_t index = static_cast<std::size_t>(row) * kEchoColumns + column;
                const double speckle = 0.7 * staticSpeckle[index] + 0.3 * rayleigh();
                const double gain = 1.0 - 0.35 * depth / kEchoDepthCm; // time-gain compensation left slightly low
                out[index] = static_cast<std::uint8_t>(std::clamp(echogenicity * speckle * gain, 0.0, 255.0));
            }
        }
        // Depth markers every centimetre beside the sector, as scanners draw them.
        for (int cm = 0; cm <= 16; ++cm) {
            const int markerRow = kEchoApexRow + static_cast<int>(std::lround(cm / kEchoDeltaCm));
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int r = std::clamp(markerRow + dr, 0, kEchoRows - 1);
                    out[static_cast<std::size_t>(r) * kEchoColumns + 600 + dc] = 220;
                }
        }
    }
    return frames;
}

bool writeEcho(const QString& directory, const QString& date, DemoSeries* out, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create directory %1").arg(directory);
        return false;
    }
    const PatientModule patient{QStringLiteral("DEMO^ECHO"), QStringLiteral("DEMO-ECHO-0001"), QStringLiteral("19580602"),
                                QStringLiteral("F")};
    const StudyModule study{UidFactory::newUid(), date, QStringLiteral("101500"), QStringLiteral("Demo transthoracic echo"),
                            QStringLiteral("DEMOACC0005"), QStringLiteral("DEMO5"), QString()};
    const SeriesModule series{UidFactory::newUid(), QStringLiteral("US"), 1, QStringLiteral("Apical 4 chamber"), date,
                              QStringLiteral("101500"), QStringLiteral("HEART"), QString()};
    const std::string sopUid = UidFactory::newUid();

    DicomFileWriter w;
    w.setPatient(patient);
    w.setStudy(study);
    w.setSeries(series);
    w.setEquipment({kManufacturer, QString(), QStringLiteral("Analytic Echo Phantom"), QStringLiteral("DEMO-US"),
                    QStringLiteral("1.0")});
    w.setDemoMarker();
    w.setString({0x0008, 0x0008}, QStringLiteral("ORIGINAL\\PRIMARY\\CHEST\\0001"));
    w.setString({0x0008, 0x0023}, date);
    w.setString({0x0008, 0x0033}, QStringLiteral("101500"));
    w.setString({0x0020, 0x0020}, QString()); // PatientOrientation: type 2C, unknown for a sector scan
    w.setImagePixel({kEchoRows, kEchoColumns, 1, 8, 8, false, QStringLiteral("MONOCHROME2")});
    w.setString({0x0028, 0x2110}, QStringLiteral("00")); // LossyImageCompression: never compressed
    // Multi-frame + Cine modules.
    w.setInteger({0x0028, 0x0008}, kEchoFrames);
    w.setAttributeTag({0x0028, 0x0009}, {0x0018, 0x1063});
    w.setDecimals({0x0018, 0x1063}, {kEchoFrameTimeMs});
    w.setInteger({0x0018, 0x0040}, 30);                     // CineRate
    w.setInteger({0x0008, 0x2144}, 30);                     // RecommendedDisplayFrameRate
    w.setInteger({0x0018, 0x1088}, 67);                     // HeartRate
    // US Region Calibration: one 2D tissue region, calibrated in centimetres from the sector apex.
    DicomFileWriter region;
    const double halfWidthPx = std::sin(kEchoHalfAngleRad) * kEchoDepthCm / kEchoDeltaCm;
    region.setUInt16({0x0018, 0x6012}, {1});                // RegionSpatialFormat: 2D
    region.setUInt16({0x0018, 0x6014}, {1});                // RegionDataType: tissue
    region.setUInt32({0x0018, 0x6016}, {0});                // RegionFlags
    region.setUInt32({0x0018, 0x6018}, {static_cast<std::uint32_t>(std::floor(kEchoApexColumn - halfWidthPx))});
    region.setUInt32({0x0018, 0x601A}, {static_cast<std::uint32_t>(kEchoApexRow)});
    region.setUInt32({0x0018, 0x601C}, {static_cast<std::uint32_t>(std::ceil(kEchoApexColumn + halfWidthPx))});
    region.setUInt32({0x0018, 0x601E}, {static_cast<std::uint32_t>(kEchoApexRow + kEchoDepthCm / kEchoDeltaCm)});
    region.setInt32({0x0018, 0x6020}, {kEchoApexColumn});   // ReferencePixelX0
    region.setInt32({0x0018, 0x6022}, {kEchoApexRow});      // ReferencePixelY0
    region.setUInt16({0x0018, 0x6024}, {3});                // PhysicalUnitsXDirection: cm
    region.setUInt16({0x0018, 0x6026}, {3});                // PhysicalUnitsYDirection: cm
    region.setFloat64({0x0018, 0x6028}, {0.0});             // ReferencePixelPhysicalValueX
    region.setFloat64({0x0018, 0x602A}, {0.0});             // ReferencePixelPhysicalValueY
    region.setFloat64({0x0018, 0x602C}, {kEchoDeltaCm});    // PhysicalDeltaX
    region.setFloat64({0x0018, 0x602E}, {kEchoDeltaCm});    // PhysicalDeltaY
    w.addSequenceItem({0x0018, 0x6011}, region);
    w.setSopCommon({sop_class::ultrasoundMultiFrameImage, sopUid, 1});

    const std::vector<std::uint8_t> frames = renderEchoFrames();
    w.setPixelData(frames, 8);
    const QString path = QDir(directory).filePath(QStringLiteral("echo.dcm"));
    if (!w.write(path, error))
        return false;
    *out = DemoSeries{QDir(directory).absolutePath(), patient.name, patient.id, QString::fromStdString(study.studyInstanceUid),
                      QString::fromStdString(series.seriesInstanceUid), QString(), date, 1, kEchoFrames};
    return true;
}

QJsonObject toJson(const DemoSeries& s)
{
    return QJsonObject{{QStringLiteral("directory"), s.directory},
                       {QStringLiteral("patientName"), s.patientName},
                       {QStringLiteral("patientId"), s.patientId},
                       {QStringLiteral("studyInstanceUid"), s.studyInstanceUid},
                       {QStringLiteral("seriesInstanceUid"), s.seriesInstanceUid},
                       {QStringLiteral("frameOfReferenceUid"), s.frameOfReferenceUid},
                       {QStringLiteral("studyDate"), s.studyDate},
                       {QStringLiteral("fileCount"), s.fileCount},
                       {QStringLiteral("frameCount"), s.frameCount}};
}

bool writeManifestJson(const DemoManifest& m, QString* error)
{
    QJsonArray oncology;
    for (const LesionTimepoint& tp : m.oncology) {
        QJsonObject o = toJson(tp.series);
        o.insert(QStringLiteral("lesionCentreMm"), QJsonArray{tp.centreMm.x, tp.centreMm.y, tp.centreMm.z});
        o.insert(QStringLiteral("lesionDiameterMm"), tp.diameterMm);
        o.insert(QStringLiteral("lesionHounsfield"), tp.hounsfield);
        oncology.append(o);
    }
    const QJsonObject root{{QStringLiteral("chest"), toJson(m.chest)},
                           {QStringLiteral("oncology"), oncology},
                           {QStringLiteral("echo"), toJson(m.echo)},
                           {QStringLiteral("echoFrameTimeMs"), m.echoFrameTimeMs},
                           {QStringLiteral("echoPhysicalDeltaCm"), m.echoPhysicalDeltaCm},
                           {QStringLiteral("ctPixelSpacingMm"), m.ctPixelSpacingMm},
                           {QStringLiteral("ctSliceSpacingMm"), m.ctSliceSpacingMm}};
    QFile file(QDir(m.outputDir).filePath(QStringLiteral("demo-manifest.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(root).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

} // namespace

DemoManifest DemoStudyGenerator::generate(const QString& outputDir)
{
    QElapsedTimer timer;
    timer.start();
    DemoManifest m;
    m.outputDir = QDir(outputDir).absolutePath();
    m.ctColumns = kCtMatrix;
    m.ctRows = kCtMatrix;
    m.ctSlices = kCtSlices;
    m.ctPixelSpacingMm = kCtPixelMm;
    m.ctSliceSpacingMm = kCtSliceSpacingMm;
    m.echoFrameTimeMs = kEchoFrameTimeMs;
    m.echoPhysicalDeltaCm = kEchoDeltaCm;
    if (!QDir().mkpath(m.outputDir)) {
        m.error = QStringLiteral("cannot create output directory %1").arg(outputDir);
        return m;
    }
    const QDir root(m.outputDir);

    // DEMO^CHEST
    {
        CtSeriesSpec spec;
        spec.directory = root.filePath(QStringLiteral("chest"));
        spec.patient = {QStringLiteral("DEMO^CHEST"), QStringLiteral("DEMO-CHEST-0001"), QStringLiteral("19630211"), QStringLiteral("M")};
        spec.study = {UidFactory::newUid(), QStringLiteral("20240314"), QStringLiteral("093000"), QStringLiteral("Demo CT chest"),
                      QStringLiteral("DEMOACC0001"), QStringLiteral("DEMO1"), QString()};
        spec.series = {UidFactory::newUid(), QStringLiteral("CT"), 2, QStringLiteral("Chest 2.5 mm"), QStringLiteral("20240314"),
                       QStringLiteral("093000"), QStringLiteral("CHEST"), QStringLiteral("HFS")};
        spec.frameOfReferenceUid = UidFactory::newUid();
        spec.seed = 1001;
        if (!writeCtSeries(spec, &m.chest, &m.error))
            return m;
    }

    // DEMO^ONCOLOGY: the same anatomy (same seed and vessel clearance) at three timepoints; the
    // lesion sits on a pixel centre of slice 52 in the right lower lobe.
    {
        const dicom::Vector3 lesionCentre{kCtOriginXY + 70 * kCtPixelMm, kCtOriginXY + 117 * kCtPixelMm,
                                          kCtFirstSliceZ + 52 * kCtSliceSpacingMm};
        struct Timepoint {
            const char* date;
            double diameterMm;
            const char* description;
        };
        const Timepoint timepoints[] = {{"20230905", 22.0, "Baseline CT chest"},
                                        {"20231205", 15.0, "Follow-up 1 CT chest"},
                                        {"20240305", 28.0, "Follow-up 2 CT chest"}};
        constexpr double kLargestDiameterMm = 28.0;
        int index = 0;
        for (const Timepoint& tp : timepoints) {
            ++index;
            const QString date = QString::fromLatin1(tp.date);
            CtSeriesSpec spec;
            spec.directory = root.filePath(QStringLiteral("oncology/%1").arg(date));
            spec.patient = {QStringLiteral("DEMO^ONCOLOGY"), QStringLiteral("DEMO-ONC-0001"), QStringLiteral("19550719"),
                            QStringLiteral("F")};
            spec.study = {UidFactory::newUid(), date, QStringLiteral("141500"), QString::fromLatin1(tp.description),
                          QStringLiteral("DEMOACC010%1").arg(index), QStringLiteral("DEMO1%1").arg(index), QString()};
            spec.series = {UidFactory::newUid(), QStringLiteral("CT"), 2, QStringLiteral("Chest 2.5 mm"), date,
                           QStringLiteral("141500"), QStringLiteral("CHEST"), QStringLiteral("HFS")};
            spec.frameOfReferenceUid = UidFactory::newUid();
            spec.lesion = LungLesion{lesionCentre, tp.diameterMm, 30.0};
            spec.vesselClearanceMm = kLargestDiameterMm / 2.0;
            spec.seed = 2002;
            LesionTimepoint result;
            if (!writeCtSeries(spec, &result.series, &m.error))
                return m;
            result.centreMm = lesionCentre;
            result.diameterMm = tp.diameterMm;
            result.hounsfield = 30.0;
            m.oncology.push_back(result);
        }
    }

    // DEMO^ECHO
    if (!writeEcho(root.filePath(QStringLiteral("echo")), QStringLiteral("20240314"), &m.echo, &m.error))
        return m;

    m.elapsedMs = timer.elapsed();
    writeManifestJson(m, &m.error);
    return m;
}

} // namespace continuum::generators
