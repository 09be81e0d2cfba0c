#pragma once
#include "catalog/CatalogTypes.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

// The catalog's studies as a table, loaded lazily: the row count comes from the catalog and
// rows arrive in pages as the view scrolls (canFetchMore/fetchMore). Searching, date range,
// modality and sorting are done by the catalog's SQL, never by a proxy over loaded rows, so a
// catalog of 10,000 studies costs one page to show. Runs its queries on the GUI thread.
class StudyListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PatientName, PatientId, BirthDate, Sex, StudyDate, Modalities, Description, Accession, Series, Instances, Status, ColumnCount };
    static constexpr int kStudyIdRole = Qt::UserRole + 1;
    static constexpr int kIncompleteRole = Qt::UserRole + 2;   // bool: some series of the study are incomplete

    explicit StudyListModel(QObject* parent = nullptr);

    // The catalog to show (not owned; nullptr shows nothing). Resets the model.
    void setCatalog(catalog::Catalog* catalog);
    catalog::Catalog* catalog() const { return m_catalog; }

    // The search criteria; each setter re-queries. Sorting comes through sort().
    void setSearchText(const QString& text);
    void setDateRange(const QDate& from, const QDate& to);   // invalid = open end
    void setModality(const QString& modality);               // empty = any
    // Everything at once, one query (the browser panel applies its controls together).
    void setCriteria(const QString& text, const QDate& from, const QDate& to, const QString& modality);
    // Filter criteria and sort order now applied; limit and offset are the model's business.
    const catalog::StudyFilter& filter() const { return m_filter; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);   // rows per fetch (default 200)

    // Re-reads the count and the first page (after an import, a status change...).
    void refresh();
    // Studies matching the filter, as the catalog counts them; rowCount() is what is loaded.
    int totalCount() const { return m_total; }
    const catalog::StudyRow* studyAt(int row) const;
    // Row of a study, loading further pages until it appears; -1 when the filter hides it.
    int rowOfStudy(qint64 studyId);
    // The sort key a column stands for, when it has one.
    static std::optional<catalog::StudySortKey> sortKeyOf(int column);
    static int columnOf(catalog::StudySortKey key);

    // "Family, Given Middle" from a decoded DICOM PN, with the ideographic form in brackets when
    // both exist; the ideographic (or phonetic) form alone when there is no alphabetic one.
    static QString displayName(const QString& dicomName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Columns with a sort key sort in SQL; the others leave the order unchanged.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After every reset (new criteria, sort, refresh): the new total.
    void refreshed(int totalCount);

private:
    // The next page after the loaded rows (clipped to the count).
    std::vector<catalog::StudyRow> nextPage();
    QString statusText(const catalog::StudyRow& row) const;

    catalog::Catalog* m_catalog = nullptr;
    catalog::StudyFilter m_filter;
    std::vector<catalog::StudyRow> m_rows;
    int m_total = 0;
    int m_pageSize = 200;
};

} // namespace continuum::app
