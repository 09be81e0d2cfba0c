#pragma once
#include "dicom/DicomScanner.h"
#include "dicom/SeriesDescriptor.h"

#include <QStringList>

#include <vector>

namespace continuum::app {

// What the user opened: the series found under some paths, plus every file that was refused
// or carries a warning, so nothing is dropped silently. GUI-free.
class StudyBrowser {
public:
    void open(const QStringList& paths, int threads = 2);
    void clear();

    const std::vector<dicom::SeriesDescriptor>& series() const { return m_series; }
    const std::vector<dicom::LoadError>& problems() const { return m_problems; }
    const std::vector<dicom::InstanceHeader>& nonImages() const { return m_nonImages; }
    const std::vector<std::string>& skipped() const { return m_skipped; }
    // Series indices in the order to try showing them: most images first (what the reader came
    // for), ties in list order.
    std::vector<int> seriesByPreference() const;
    // Distinct patients (by ID and name) among the series.
    int patientCount() const;
    QString summary() const;   // "3 series, 2 non-image objects, 1 file refused"

private:
    std::vector<dicom::SeriesDescriptor> m_series;
    std::vector<dicom::LoadError> m_problems;
    std::vector<dicom::InstanceHeader> m_nonImages;
    std::vector<std::string> m_skipped;
};

} // namespace continuum::app
