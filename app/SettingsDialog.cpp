#include "SettingsDialog.h"

#include "NodeSettingsPage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace continuum::app {

SettingsDialog::SettingsDialog(const QString& nodesFile, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* box = new QVBoxLayout(this);
    auto* pages = new QTabWidget(this);
    m_nodes = new NodeSettingsPage(pages);
    m_nodes->load(nodesFile);   // the page shows what is wrong with the file, if anything
    pages->addTab(m_nodes, tr("&PACS nodes"));
    box->addWidget(pages, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    box->addWidget(buttons);
    connect(m_nodes, &NodeSettingsPage::saved, this, &SettingsDialog::nodesSaved);
    resize(900, 640);
}

} // namespace continuum::app
