#pragma once
#include "CineLoop.h"

#include "catalog/PatientMatch.h"
#include "dicom/Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::cine {

// One thing the cardiology workspace can play: a multi-frame US, XA or MR object, or the
// single-frame images of one position of a cardiac MR cine series.
struct CineSource {
    enum class Kind {
        MultiFrame,    // one multi-frame instance
        SingleFrameCine, // single-frame images of one position, ordered by TriggerTime
    };
    Kind kind = Kind::MultiFrame;
    QString studyInstanceUid;
    QDate studyDate;
    QString studyDescription;
    QString seriesInstanceUid;
    QString modality;
    int seriesNumber = 0;
    QString seriesDescription;
    int instanceNumber = 0;   // of the multi-frame instance; of the first phase for a cine series
    int frameCount = 0;
    std::vector<QString> files;   // the instance; or the position's images in play order
    QString label;                // "US 1: Echo, instance 3 (34 frames)" (translated)
};

// Lists a patient's cine sources from the catalog and opens them as loops. GUI-free.
//
// Multi-frame: every instance with more than one frame whose series modality is US, XA or MR.
// Single-frame cardiac MR cine: an MR series in which some position has two or more
// single-frame images; their headers are read and grouped by CardiacCineGrouper, and every
// position with at least two phases timed by TriggerTime is one source. Sources come ordered by
// study date (newest first, as the catalog lists studies), then series and instance number.
class CineSourceLister {
public:
    // Frames per second when a file has no timing at all (labelled as such in the rate).
    static constexpr double kFallbackFramesPerSecond = 25.0;

    explicit CineSourceLister(catalog::Catalog& catalog);

    // The patient's loops (PatientMatch: ID within its issuer; without an ID, name and birth date).
    std::vector<CineSource> list(const catalog::PatientMatch& patient);

    // Reads the headers and builds the loop (timing, trims, R waves from the headers).
    static dicom::Result<CineLoop> open(const CineSource& source);

private:
    catalog::Catalog& m_catalog;
};

} // namespace continuum::cine
