#pragma once
#include "catalog/CatalogTypes.h"

#include <QDialog>
#include <QTimer>

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

class AuditLogModel;

// The audit trail of the catalog (Catalog::auditEvents), newest first, filtered by date range,
// user, action and study UID or patient ID; the list follows the filter as it is typed. Copy puts
// the selected rows (all when none is selected) on the clipboard; "Export CSV…" writes the rows
// shown to a file. Read-only: the audit table refuses changes, and nothing here offers one.
// Ctrl+F goes to the study/patient filter.
class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    // `catalog` must outlive the dialog.
    explicit AuditLogDialog(const catalog::Catalog& catalog, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* userFilter() const { return m_user; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* subjectFilter() const { return m_subject; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    QString summaryText() const;

    // The filter the controls describe (the study/patient field fills both: see reload()).
    catalog::AuditFilter filter() const;
    // Reads the events again with the current filter.
    void reload();
    // A filter changed and the list follows it shortly (typing does not query at every key).
    bool isReloadPending() const { return m_reloadTimer.isActive(); }
    // Copies the selected rows (all when none is selected) as tab-separated text.
    void copyRows();
    // Writes the rows shown to `path` as CSV; the reason on failure.
    std::optional<QString> exportCsv(const QString& path) const;

private:
    void chooseExportFile();
    void scheduleReload();

    const catalog::Catalog& m_catalog;
    AuditLogModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QTimer m_reloadTimer;
};

} // namespace continuum::app
