#pragma once
#include "catalog/CatalogTypes.h"

#include <QAbstractTableModel>
#include <QModelIndexList>

#include <vector>

class QIODevice;

namespace continuum::app {

// The audit events shown by AuditLogDialog, one row each, newest first: when (local time, in the
// locale's format), user, workstation, action and outcome in words, patient, study, node or
// destination, detail. Read-only. Also writes them as CSV and as tab-separated text for the
// clipboard. Uses no widget.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, User, Workstation, Action, Outcome, Patient, Study, RemoteNode, Detail, ColumnCount };
    // The event's time as a QDateTime (UTC) under this role, for whoever sorts or checks.
    static constexpr int TimeRole = Qt::UserRole + 1;

    explicit AuditLogModel(QObject* parent = nullptr);

    // Shown newest first whatever order they come in.
    void setEvents(std::vector<catalog::AuditEvent> events);
    const std::vector<catalog::AuditEvent>& events() const { return m_events; }
    const catalog::AuditEvent& event(int row) const { return m_events.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(catalog::AuditAction action);     // translated words
    static QString outcomeText(catalog::AuditOutcome outcome);  // translated words
    static QString patientText(const catalog::AuditEvent& event);
    static QString whenText(const QDateTime& at);               // local time, locale format, seconds

    // The rows (all when `rows` is empty) as tab-separated text with a header line, as shown.
    QString tabSeparated(const std::vector<int>& rows = {}) const;
    // Every event as CSV (RFC 4180, UTF-8, header line): time in ISO 8601 UTC, the action and
    // outcome by their English names so that other tools can read the file in any language.
    // Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
    // Returns false when the device fails.
    static bool writeCsv(const std::vector<catalog::AuditEvent>& events, QIODevice& device);

private:
    std::vector<catalog::AuditEvent> m_events;
};

} // namespace continuum::app
