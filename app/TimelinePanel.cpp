#include "TimelinePanel.h"

#include "TimelineWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::app {

TimelinePanel::TimelinePanel(QWidget* parent) : QWidget(parent)
{
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    for (timeline::Department department : timeline::kLaneOrder) {
        auto* button = new QToolButton(this);
        button->setText(timeline::departmentDisplayName(department));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setAccessibleName(tr("Show %1 studies").arg(timeline::departmentDisplayName(department)));
        button->setToolTip(tr("Show or hide the %1 lane's studies").arg(timeline::departmentDisplayName(department)));
        connect(button, &QToolButton::toggled, this, &TimelinePanel::applyFilter);
        bar->addWidget(button);
        m_departmentButtons.push_back(button);
    }
    m_modality = new QComboBox(this);
    m_modality->setAccessibleName(tr("Modality shown on the timeline"));
    m_modality->addItem(tr("All modalities"), QString());
    connect(m_modality, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilter);
    bar->addWidget(m_modality);
    bar->addStretch(1);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setToolTip(tr("Open the selected study in its department's layout (retrieving it first when only the PACS has it)"));
    m_compare = new QPushButton(tr("Co&mpare"), this);
    m_compare->setToolTip(tr("Open the selected studies side by side, the newest as current (oncology comparison)"));
    m_retrieveAll = new QPushButton(tr("Retrieve all &priors"), this);
    m_retrieveAll->setToolTip(tr("Retrieve every study of this patient that only the PACS has"));
    for (QPushButton* button : {m_open, m_compare, m_retrieveAll}) {
        button->setAutoDefault(false);
        bar->addWidget(button);
    }
    box->addLayout(bar);
    m_timeline = new TimelineWidget(this);
    box->addWidget(m_timeline, 1);
    setFocusProxy(m_timeline);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QStringList selected = m_timeline->selectedStudies();
        if (selected.size() == 1)
            Q_EMIT openRequested(selected.front());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList selected = m_timeline->selectedStudies();
        if (selected.size() >= 2)
            Q_EMIT compareRequested(selected);
    });
    connect(m_retrieveAll, &QPushButton::clicked, this, [this] {
        const QStringList studies = remoteOnlyStudies();
        if (!studies.isEmpty())
            Q_EMIT retrieveAllPriorsRequested(studies);
    });
    connect(m_timeline, &TimelineWidget::studyActivated, this, &TimelinePanel::openRequested);
    connect(m_timeline, &TimelineWidget::studiesSelected, this, &TimelinePanel::updateActions);
    connect(m_timeline, &TimelineWidget::modelChanged, this, &TimelinePanel::refresh);
    refresh();
}

QStringList TimelinePanel::remoteOnlyStudies() const
{
    QStringList studies;
    for (const timeline::TimelineItem& item : m_timeline->model().items()) {
        if (!item.local && !item.retrieving && !item.pacsNodes.isEmpty())
            studies.append(item.studyInstanceUid);
    }
    return studies;
}

void TimelinePanel::refresh()
{
    QSet<QString> modalities;
    for (const timeline::TimelineItem& item : m_timeline->model().items())
        for (const QString& modality : item.modalities)
            modalities.insert(modality.toUpper());
    QStringList sorted(modalities.begin(), modalities.end());
    sorted.sort();
    const QString current = m_modality->currentData().toString();
    {
        const QSignalBlocker blocker(m_modality);
        m_modality->clear();
        m_modality->addItem(tr("All modalities"), QString());
        for (const QString& modality : sorted)
            m_modality->addItem(modality, modality);
        m_modality->setCurrentIndex(std::max(0, m_modality->findData(current)));
    }
    applyFilter();
}

void TimelinePanel::applyFilter()
{
    timeline::TimelineFilter filter;
    for (std::size_t i = 0; i < m_departmentButtons.size(); ++i) {
        if (!m_departmentButtons[i]->isChecked())
            filter.hiddenDepartments.insert(timeline::kLaneOrder[i]);
    }
    filter.modality = m_modality->currentData().toString();
    m_timeline->setFilter(std::move(filter));
    updateActions();
}

void TimelinePanel::updateActions()
{
    const int selected = static_cast<int>(m_timeline->selectedStudies().size());
    m_open->setEnabled(selected == 1);
    m_compare->setEnabled(selected >= 2);
    const int remote = static_cast<int>(remoteOnlyStudies().size());
    m_retrieveAll->setEnabled(remote > 0);
    m_retrieveAll->setText(remote > 0 ? tr("Retrieve all &priors (%1)").arg(remote) : tr("Retrieve all &priors"));
}

} // namespace continuum::app
