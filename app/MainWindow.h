#pragma once
#include "StudyBrowser.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

class SeriesViewController;

// The main window: series list on the left, one viewport in the middle, refused files and
// warnings below. Opening paths replaces everything shown, so two patients never mix.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Scans on the spot and shows the result (blocking; dialogs and tests).
    void openPaths(const QStringList& paths);
    // Scans on a worker thread and shows the result when it is ready, so the window can appear
    // and initialise OpenGL while the headers are read. `prepare` runs first on that thread
    // (e.g. writing the demo studies) and returns an error message or nothing. Emits opened().
    void openPathsInBackground(const QStringList& paths, std::function<QString()> prepare = {});
    render::SliceViewport* viewport() const { return m_viewport; }
    SeriesViewController* controller() const { return m_controller.get(); }
    const StudyBrowser& browser() const { return m_browser; }
    // Shows series `index` of browser().series(); false when it cannot be loaded.
    bool showSeries(int index);

Q_SIGNALS:
    void opened();

private:
    void clearAll();
    void showOpened(StudyBrowser browser);
    void showBestSeries();
    void createMenus();
    void openFilesDialog();
    void openFolderDialog();
    void onSeriesItemActivated(QTreeWidgetItem* item);
    void rebuildSeriesTree();
    void showProblems(const std::vector<QString>& seriesWarnings);
    void rebuildPresetMenu(const QString& modality);

    StudyBrowser m_browser;
    render::SliceViewport* m_viewport = nullptr;
    std::unique_ptr<SeriesViewController> m_controller;
    QTreeWidget* m_seriesTree = nullptr;
    QListWidget* m_problemList = nullptr;
    QLabel* m_progressLabel = nullptr;
    QMenu* m_presetMenu = nullptr;
    quint64 m_openGeneration = 0;   // bumped by every open/clear; late background results are dropped
    QMetaObject::Connection m_startDecodingAfterFirstFrame;
};

} // namespace continuum::app
