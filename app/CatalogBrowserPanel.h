#pragma once
#include "catalog/CatalogTypes.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;
class QTimer;

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

class SeriesThumbnailCache;
class StudyListModel;

// The study catalog as the user browses it: search (name, ID, accession; typing is debounced),
// date range with quick choices, modality filter, the lazy study table sorted by clicking its
// headers, and a strip of series thumbnails for the selected study. Opening (double-click or
// Enter) is the main window's business: the panel asks through openRequested().
class CatalogBrowserPanel : public QWidget {
    Q_OBJECT
public:
    enum class DateChoice { All, Today, Last7Days, Range };
    static constexpr int kSearchDebounceMs = 150;
    static constexpr int kSeriesIdRole = Qt::UserRole + 1;   // series id on strip items

    explicit CatalogBrowserPanel(QWidget* parent = nullptr);
    ~CatalogBrowserPanel() override;

    // The catalog to browse (not owned; nullptr while none is open). Resets everything.
    void setCatalog(catalog::Catalog* catalog);
    // One line above the table: "Opening the catalog...", or why it cannot be used.
    void setMessage(const QString& message, bool isError = false);
    // The modalities offered by the filter (those present in the catalog).
    void setModalities(const QStringList& modalities);

    StudyListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* seriesStrip() const { return m_seriesStrip; }
    SeriesThumbnailCache* thumbnails() const { return m_thumbnails; }
    QLineEdit* searchField() const { return m_search; }

    void setDateChoice(DateChoice choice);
    void setDateRange(const QDate& from, const QDate& to);   // switches to DateChoice::Range
    void setModality(const QString& modality);                // empty = all
    // Applies the search field now instead of after the typing pause.
    void applyCriteria();
    // Clears search, dates and modality (everything shown).
    void clearCriteria();

    // Selects these studies (loading pages as needed; clearing the criteria first when they hide
    // the first one) and makes the first current. Returns how many were selected.
    int selectStudies(const std::vector<qint64>& studyIds);
    qint64 currentStudyId() const;   // 0 when none
    // Re-reads the studies (after an import), keeping the current study when it is still there.
    void refresh();

Q_SIGNALS:
    // The user wants this study in the viewer (seriesId 0: the whole study, else one series).
    void openRequested(qint64 studyId, qint64 seriesId);
    void importRequested();

private:
    void onCurrentStudyChanged();
    void rebuildSeriesStrip();
    void updateSeriesIcon(QListWidgetItem* item);
    void onThumbnailReady(qint64 seriesId);
    void updateCount(int total);
    void syncSortIndicator();

    catalog::Catalog* m_catalog = nullptr;
    StudyListModel* m_model = nullptr;
    SeriesThumbnailCache* m_thumbnails = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_dateChoice = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_modality = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_seriesTitle = nullptr;
    QListWidget* m_seriesStrip = nullptr;
    QTimer* m_searchDebounce = nullptr;
    // One series of the current study, in strip order, with what its thumbnail needs.
    struct StripEntry {
        catalog::SeriesRow row;
        QString representativePath;   // middle image instance found on disk; empty when none
        QString nonImageLabel;        // "SR", "PDF"...: the series holds no image at all
        int missingFiles = 0;         // per the catalog's last file check
    };
    std::vector<StripEntry> m_series;
    bool m_applyingCriteria = false;
};

} // namespace continuum::app
