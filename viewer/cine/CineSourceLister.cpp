#include "CineSourceLister.h"

#include "CardiacCineGrouper.h"

#include "catalog/Catalog.h"
#include "dicom/HeaderReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace continuum::cine {
namespace {

// Modalities whose multi-frame objects are cine loops (echo, angiography, MR cine).
bool isCineModality(const QString& modality)
{
    return modality == QLatin1String("US") || modality == QLatin1String("XA") || modality == QLatin1String("MR");
}

QString tr(const char* text)
{
    return QCoreApplication::translate("CineSourceLister", text);
}

QString trN(const char* text, int n)
{
    return QCoreApplication::translate("CineSourceLister", text, nullptr, n);
}

// The first path of an instance on this workstation that is not known to be missing.
QString pathOf(const catalog::InstanceRow& instance)
{
    return instance.paths.empty() ? QString() : instance.paths.front();
}

using PositionKey = std::array<long long, 3>;

PositionKey keyOf(const std::array<double, 3>& position)
{
    // Same rounding as CardiacCineGrouper's tolerance (0.01 mm).
    const auto q = [](double v) { return static_cast<long long>(std::llround(v / CardiacCineGrouper::kPositionToleranceMm)); };
    return {q(position[0]), q(position[1]), q(position[2])};
}

} // namespace

CineSourceLister::CineSourceLister(catalog::Catalog& catalog)
    : m_catalog(catalog)
{
}

std::vector<CineSource> CineSourceLister::list(const catalog::PatientMatch& patient)
{
    std::vector<CineSource> sources;
    for (const catalog::StudyRow& study : m_catalog.studies(patient.filter())) {
        if (!patient.matches(study))
            continue;
        std::vector<catalog::SeriesRow> series = m_catalog.seriesOfStudy(study.id);
        std::sort(series.begin(), series.end(), [](const auto& a, const auto& b) { return a.seriesNumber < b.seriesNumber; });
        for (const catalog::SeriesRow& row : series) {
            if (!isCineModality(row.modality))
                continue;
            const std::vector<catalog::InstanceRow> instances = m_catalog.instancesOfSeries(row.id);
            CineSource base;
            base.studyInstanceUid = study.studyInstanceUid;
            base.studyDate = study.studyDate;
            base.studyDescription = study.description;
            base.seriesInstanceUid = row.seriesInstanceUid;
            base.modality = row.modality;
            base.seriesNumber = row.seriesNumber;
            base.seriesDescription = row.description;

            // Multi-frame objects: one source each.
            std::map<PositionKey, int> singleFramesAtPosition;
            for (const catalog::InstanceRow& instance : instances) {
                if (instance.numberOfFrames > 1 && !pathOf(instance).isEmpty()) {
                    CineSource source = base;
                    source.kind = CineSource::Kind::MultiFrame;
                    source.instanceNumber = instance.instanceNumber;
                    source.frameCount = instance.numberOfFrames;
                    source.files = {pathOf(instance)};
                    const QString series = CineLoop::seriesLabel(row.modality, row.seriesNumber, row.description);
                    source.label = tr("%1, instance %2 (%3)")
                                       .arg(series)
                                       .arg(instance.instanceNumber)
                                       .arg(trN("%n frame(s)", instance.numberOfFrames));
                    sources.push_back(std::move(source));
                } else if (instance.numberOfFrames == 1 && instance.imagePosition && row.modality == QLatin1String("MR")) {
                    ++singleFramesAtPosition[keyOf(*instance.imagePosition)];
                }
            }

            // Cardiac MR cine as single frames: only series where a position repeats are
            // candidates, so a plain MR stack costs no header reads.
            const bool repeatsAPosition = std::any_of(singleFramesAtPosition.begin(), singleFramesAtPosition.end(),
                                                      [](const auto& entry) { return entry.second >= 2; });
            if (!repeatsAPosition)
                continue;
            std::vector<dicom::InstanceHeader> headers;
            for (const catalog::InstanceRow& instance : instances) {
                if (instance.numberOfFrames != 1 || pathOf(instance).isEmpty())
                    continue;
                auto header = dicom::HeaderReader::read(pathOf(instance).toStdString());
                if (header && header->triggerTimeMs)
                    headers.push_back(std::move(*header));
            }
            for (const CineLoop& loop : CardiacCineGrouper::group(headers, kFallbackFramesPerSecond)) {
                if (loop.frameCount() < 2 || loop.timing.source() != TimingSource::TriggerTime || loop.instances.size() < 2)
                    continue;
                CineSource source = base;
                source.kind = CineSource::Kind::SingleFrameCine;
                source.instanceNumber = loop.header(0).instanceNumber;
                source.frameCount = loop.frameCount();
                for (int f = 0; f < loop.frameCount(); ++f)
                    source.files.push_back(QString::fromStdString(loop.header(f).filePath));
                source.label = tr("%1 (%2, single-frame cine)").arg(loop.label, trN("%n frame(s)", loop.frameCount()));
                sources.push_back(std::move(source));
            }
        }
    }
    return sources;
}

dicom::Result<CineLoop> CineSourceLister::open(const CineSource& source)
{
    std::vector<dicom::InstanceHeader> headers;
    for (const QString& file : source.files) {
        auto header = dicom::HeaderReader::read(file.toStdString());
        if (!header)
            return header.error();
        headers.push_back(std::move(*header));
    }
    if (headers.empty())
        return dicom::LoadError{dicom::LoadError::Code::FileNotFound, tr("The cine source has no files."), {}};
    if (source.kind == CineSource::Kind::MultiFrame) {
        CineLoop loop = CineLoop::fromMultiFrame(headers.front(), kFallbackFramesPerSecond);
        // Several loops of one series (echo views) are told apart by their instance number.
        loop.label = tr("%1, instance %2").arg(loop.label).arg(headers.front().instanceNumber);
        return loop;
    }
    std::vector<CineLoop> loops = CardiacCineGrouper::group(headers, kFallbackFramesPerSecond);
    if (loops.size() != 1)
        return dicom::LoadError{dicom::LoadError::Code::InconsistentAttributes,
                                tr("The images of this cine no longer share one position."), headers.front().filePath};
    return std::move(loops.front());
}

} // namespace continuum::cine
