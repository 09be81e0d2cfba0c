#pragma once
#include <QDialog>

namespace continuum::app {

class NodeSettingsPage;

// Settings, one page per subject. Today: the PACS nodes and our own AE (NodeSettingsPage).
// Each page saves itself; the dialog only hosts them.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QString& nodesFile, QWidget* parent = nullptr);

    NodeSettingsPage* nodesPage() const { return m_nodes; }

Q_SIGNALS:
    // The nodes file was written: whoever uses the nodes reloads them.
    void nodesSaved(const QString& path);

private:
    NodeSettingsPage* m_nodes = nullptr;
};

} // namespace continuum::app
