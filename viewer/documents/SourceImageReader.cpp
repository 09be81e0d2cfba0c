#include "SourceImageReader.h"

#include "DcmtkDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace continuum::documents {

std::optional<SourceImage> SourceImageReader::readFile(const QString& path, QString* error)
{
    using namespace detail;
    DcmFileFormat file;
    if (!loadDataset(path, file, error, true))
        return std::nullopt;
    DcmItem& ds = *file.getDataset();
    SourceImage image;
    image.study = studyContext(ds);
    image.reference.sopClassUid = text(ds, DCM_SOPClassUID);
    image.reference.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    image.reference.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    image.reference.studyInstanceUid = image.study.studyInstanceUid;
    if (image.reference.sopClassUid.isEmpty() || image.reference.sopInstanceUid.isEmpty()) {
        if (error)
            *error = tr("%1 has no SOP Class or SOP Instance UID").arg(path);
        return std::nullopt;
    }
    image.modality = text(ds, DCM_Modality);
    image.frameOfReferenceUid = text(ds, DCM_FrameOfReferenceUID);
    image.rows = static_cast<int>(number(ds, DCM_Rows).value_or(0));
    image.columns = static_cast<int>(number(ds, DCM_Columns).value_or(0));
    image.numberOfFrames = static_cast<int>(number(ds, DCM_NumberOfFrames).value_or(1));
    const auto spacing = numbers(ds, DCM_PixelSpacing);
    if (spacing.size() == 2) {
        image.pixelSpacingRow = spacing[0];
        image.pixelSpacingColumn = spacing[1];
    }
    if (const auto slope = number(ds, DCM_RescaleSlope)) {
        image.hasRescale = true;
        image.rescaleSlope = *slope;
        image.rescaleIntercept = number(ds, DCM_RescaleIntercept).value_or(0.0);
        image.rescaleType = text(ds, DCM_RescaleType);
    }
    image.windowCenters = numbers(ds, DCM_WindowCenter);
    image.windowWidths = numbers(ds, DCM_WindowWidth);
    return image;
}

} // namespace continuum::documents
