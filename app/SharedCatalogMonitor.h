#pragma once
#include <QObject>
#include <QString>

#include <memory>

class QLabel;
class QWidget;

namespace continuum::catalog {
class Catalog;
class CatalogChangeListener;
}

namespace continuum::app {

// Keeps a window in step with a shared (PostgreSQL) catalog: owns the change listener, keeps a
// status-bar label saying which server and whether it answers (red "OFFLINE" while it does
// not), and tells the window what to reload when another workstation changes a study or after
// an outage. Destroy it before the catalog.
class SharedCatalogMonitor : public QObject {
    Q_OBJECT

public:
    // `labelParent` owns the state label (the window that puts it in its status bar).
    SharedCatalogMonitor(catalog::Catalog& catalog, QWidget* labelParent);
    ~SharedCatalogMonitor() override;

    QLabel* stateLabel() const { return m_state; }
    bool isOnline() const { return m_online; }
    catalog::CatalogChangeListener& listener() const { return *m_listener; }

Q_SIGNALS:
    // Another workstation (or this one) changed a study: reload the worklist's catalog rows.
    void studiesChanged();
    // Notifications may have been missed during an outage: reload everything shown.
    void resynchronizationNeeded();
    // A line for the status bar, and one for the Warnings list.
    void statusMessage(const QString& text);
    void problem(const QString& text);

private:
    void showState(bool online);

    catalog::Catalog& m_catalog;
    std::unique_ptr<catalog::CatalogChangeListener> m_listener;
    QLabel* m_state = nullptr;
    bool m_online = true;
};

} // namespace continuum::app
