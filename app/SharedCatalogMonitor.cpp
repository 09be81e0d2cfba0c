#include "SharedCatalogMonitor.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogChangeListener.h"

#include <QLabel>

namespace continuum::app {

SharedCatalogMonitor::SharedCatalogMonitor(catalog::Catalog& catalog, QWidget* labelParent)
    : QObject(labelParent)
    , m_catalog(catalog)
    , m_listener(catalog.createChangeListener())
    , m_state(new QLabel(labelParent))
{
    m_state->setObjectName(QStringLiteral("sharedCatalogState"));
    m_state->setAccessibleName(tr("Shared catalog state"));
    showState(m_catalog.connectionState() == catalog::CatalogConnectionState::Online);

    connect(m_listener.get(), &catalog::CatalogChangeListener::studyChanged, this,
            [this](const QString&, const QString&, const QString&) { Q_EMIT studiesChanged(); });
    connect(m_listener.get(), &catalog::CatalogChangeListener::resynchronizationNeeded, this,
            &SharedCatalogMonitor::resynchronizationNeeded);
    connect(m_listener.get(), &catalog::CatalogChangeListener::connectionStateChanged, this,
            [this](bool online, const QString& message) {
                showState(online);
                Q_EMIT statusMessage(message);
                Q_EMIT problem(message);
            });
    connect(m_listener.get(), &catalog::CatalogChangeListener::queuedChangesReplayed, this,
            [this](const std::vector<catalog::ReplayedChange>& changes) {
                int conflicts = 0;
                for (const catalog::ReplayedChange& change : changes) {
                    if (change.result.outcome != catalog::ChangeOutcome::Conflict)
                        continue;
                    ++conflicts;
                    Q_EMIT problem(tr("Not sent after the outage: %1").arg(change.result.message));
                }
                Q_EMIT statusMessage(
                    conflicts == 0
                        ? tr("%n change(s) made while offline were saved to the shared catalog.", nullptr, static_cast<int>(changes.size()))
                        : tr("%n change(s) made while offline conflict with another workstation's: see Warnings.", nullptr, conflicts));
            });
}

SharedCatalogMonitor::~SharedCatalogMonitor() = default;

void SharedCatalogMonitor::showState(bool online)
{
    m_online = online;
    m_state->setText(online ? tr("Shared catalog: %1").arg(m_catalog.databasePath())
                            : tr("Shared catalog OFFLINE: showing what was loaded; measurements are kept and sent later"));
    m_state->setStyleSheet(online ? QString() : QStringLiteral("QLabel { color: white; background: #b00020; padding: 0 6px; }"));
}

} // namespace continuum::app
