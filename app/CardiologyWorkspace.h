#pragma once
#include "cine/CineSourceLister.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTreeWidget;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class CineGridView;

// The cardiology cine workspace for one patient: the patient's cine sources (multi-frame US,
// XA and MR objects, single-frame cardiac MR cine series by position; listed by the GUI-free
// cine::CineSourceLister) beside a CineGridView. Double-click or Enter on the list opens the
// selected sources (up to CineGridView::kMaxLoops) into the grid, replacing what it showed, and
// starts playing them in step.
class CardiologyWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit CardiologyWorkspace(catalog::Catalog* catalog, QWidget* parent = nullptr);
    ~CardiologyWorkspace() override;

    // Lists the patient's cine sources (PatientID within its issuer).
    void setPatient(const QString& patientId, const QString& issuerOfPatientId);
    const std::vector<cine::CineSource>& sources() const { return sources_; }

    // Opens the selected sources; returns how many loops the grid now shows.
    int openSelected();
    // Opens the given sources (indices into sources()), for callers other than the list.
    int openSources(const std::vector<int>& indices);

    QTreeWidget* sourceList() const { return list_; }
    CineGridView* grid() const { return grid_; }
    QLabel* statusLabel() const { return status_; }

signals:
    void loopsOpened(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    catalog::Catalog* catalog_ = nullptr;
    std::vector<cine::CineSource> sources_;
    QTreeWidget* list_ = nullptr;
    CineGridView* grid_ = nullptr;
    QLabel* status_ = nullptr;
};

} // namespace continuum::app
