#pragma once
#include "worklist/WorklistPresets.h"
#include "worklist/WorklistSources.h"
#include "worklist/WorklistTableModel.h"

#include <QDate>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class UserSession;

// The radiology worklist: studies to read from the local catalog, remote nodes and modality
// worklist servers (worklist::WorklistModel) in a table, with a filter bar (presets, text,
// status, priority, modality, dates, location), "save preset", the user reading, and status
// changes written to the catalog. Enter opens the current study, N the next unread one; both
// emit openStudyRequested and mark a local unread study "in progress" for the user. Remote and
// worklist sources are asked on worker threads; the table updates when each answers.
class RadiologyWorklistView : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY userNameChanged)
public:
    explicit RadiologyWorklistView(QWidget* parent = nullptr);
    ~RadiologyWorklistView() override;

    // Not owned; nullptr shows no local studies. Reloads.
    void setCatalog(catalog::Catalog* catalog);
    void addStudySource(std::shared_ptr<worklist::StudySource> source);
    void addScheduledSource(std::shared_ptr<worklist::ScheduledProcedureSource> source);
    // Where user presets are kept (default: worklist::WorklistPresets::defaultUserPath()).
    void setUserPresetPath(const QString& path);
    // The day relative ranges ("today") count from; today unless set.
    void setReferenceDate(const QDate& date);

    QString userName() const;
    void setUserName(const QString& userName);
    // The application's reading user (not owned): the worklist shows and follows it, and its
    // "Switch user…" switches the session (validated and recorded in the audit trail).
    void setUserSession(UserSession* session);

    // Reloads the local part now and asks every source again (in the background).
    void refresh();
    // Reloads only the catalog's part (another workstation changed a study of a shared catalog).
    void reloadLocal();
    bool sourcesBusy() const { return m_running > 0; }

    QString currentStudyUid() const;
    bool selectStudy(const QString& studyInstanceUid);
    // Emit openStudyRequested for the current / next unread study; false when there is none.
    bool openCurrent();
    bool openNextUnread();
    // Persists a status for the current study; false (and a message shown) on conflict or error.
    bool setCurrentStatus(catalog::ReadingStatus status);
    bool setCurrentPriority(catalog::StudyPriority priority);
    bool applyPreset(const QString& name);
    bool saveCurrentFilterAsPreset(const QString& name);
    worklist::WorklistFilter currentFilter() const { return m_filter; }

    const worklist::WorklistModel& worklist() const { return m_model->worklist(); }
    QTableView* table() const { return m_table; }
    QString message() const;

Q_SIGNALS:
    void openStudyRequested(const QString& studyInstanceUid, bool isLocal);
    void userNameChanged(const QString& userName);
    // Every source asked by the last refresh has answered.
    void sourcesFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void loadPresets();
    void fillPresetCombo(const QString& select);
    void showFilterInControls();
    void filterFromControls();
    void applyFilter(const worklist::WorklistFilter& filter);
    worklist::SourceQuery sourceQuery(bool forRemote) const;
    void askSources();
    void updateWorklist(const std::function<void(worklist::WorklistModel&)>& change);
    void updateActions();
    void showMessage(const QString& text);
    void switchUser();
    void promptSavePreset();
    void deleteSelectedPreset();
    bool open(const QString& studyInstanceUid);

    catalog::Catalog* m_catalog = nullptr;
    QPointer<UserSession> m_session;
    std::vector<std::shared_ptr<worklist::StudySource>> m_studySources;
    std::vector<std::shared_ptr<worklist::ScheduledProcedureSource>> m_scheduledSources;
    worklist::WorklistPresets m_presets;
    QString m_userPresetPath;
    worklist::WorklistFilter m_filter;
    worklist::SourceQuery m_lastSourceQuery;
    int m_running = 0;
    bool m_updatingControls = false;

    worklist::WorklistTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_preset = nullptr;
    QPushButton* m_savePreset = nullptr;
    QPushButton* m_deletePreset = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_modality = nullptr;
    QComboBox* m_dates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_origin = nullptr;
    QLabel* m_user = nullptr;
    QPushButton* m_switchUser = nullptr;
    QPushButton* m_markUnread = nullptr;
    QPushButton* m_markInProgress = nullptr;
    QPushButton* m_markRead = nullptr;
    QComboBox* m_setPriority = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace continuum::app
