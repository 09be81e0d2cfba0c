#include "StudyBrowser.h"

#include "dicom/SeriesGrouper.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace continuum::app {

void StudyBrowser::clear()
{
    m_series.clear();
    m_problems.clear();
    m_nonImages.clear();
    m_skipped.clear();
}

void StudyBrowser::open(const QStringList& paths, int threads)
{
    clear();
    std::vector<std::string> list;
    for (const QString& path : paths)
        list.push_back(path.toStdString());
    dicom::ScanResult scan = dicom::DicomScanner::scan(list, threads);
    m_problems = std::move(scan.problems);
    m_nonImages = std::move(scan.others);
    m_skipped = std::move(scan.skipped);
    m_series = dicom::SeriesGrouper::group(std::move(scan.images));
}

std::vector<int> StudyBrowser::seriesByPreference() const
{
    std::vector<int> order(m_series.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_series[static_cast<std::size_t>(a)].frameCount() > m_series[static_cast<std::size_t>(b)].frameCount();
    });
    return order;
}

int StudyBrowser::patientCount() const
{
    std::set<std::pair<QString, QString>> patients;
    for (const auto& s : m_series)
        patients.emplace(s.first().patient.id, s.first().patient.name);
    return static_cast<int>(patients.size());
}

QString StudyBrowser::summary() const
{
    return QCoreApplication::translate("StudyBrowser", "%n series", nullptr, int(m_series.size()))
         + QStringLiteral(", ")
         + QCoreApplication::translate("StudyBrowser", "%n non-image object(s)", nullptr, int(m_nonImages.size()))
         + QStringLiteral(", ")
         + QCoreApplication::translate("StudyBrowser", "%n file(s) refused", nullptr, int(m_problems.size()));
}

} // namespace continuum::app
