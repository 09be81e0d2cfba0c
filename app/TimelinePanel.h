#pragma once
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace continuum::app {

class TimelineWidget;

// The timeline with its actions above it: department and modality filters, open the selected
// study in its department's layout, compare two or more selected studies (the oncology
// comparison) and retrieve every prior the PACS has that is not local yet. The window decides
// what the actions do; the panel only enables them when they can apply.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    TimelineWidget* timeline() const { return m_timeline; }
    // Studies shown on the timeline that only the PACS has (and are not being retrieved).
    QStringList remoteOnlyStudies() const;
    // Re-reads the modality list and button states from the timeline's model.
    void refresh();

Q_SIGNALS:
    void openRequested(const QString& studyInstanceUid);
    void compareRequested(const QStringList& studyInstanceUids);
    void retrieveAllPriorsRequested(const QStringList& studyInstanceUids);

private:
    void applyFilter();
    void updateActions();

    TimelineWidget* m_timeline = nullptr;
    std::vector<QToolButton*> m_departmentButtons;   // in timeline::kLaneOrder
    QComboBox* m_modality = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_retrieveAll = nullptr;
};

} // namespace continuum::app
