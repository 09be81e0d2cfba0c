#include "CineSettingsPage.h"

#include "AppSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace continuum::app {

CineSettingsPage::CineSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("cineBudget"));
    m_budget->setAccessibleName(tr("Cine memory budget per viewport, in mebibytes"));
    m_budget->setRange(AppSettings::kMinimumCineCacheMiB, AppSettings::kMaximumCineCacheMiB);
    m_budget->setSingleStep(64);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setValue(AppSettings::kDefaultCineCacheMiB);
    auto* label = new QLabel(tr("Cine &memory per viewport:"), this);
    label->setBuddy(m_budget);
    form->addRow(label, m_budget);
    layout->addLayout(form);
    auto* notes = new QLabel(tr("Each cine viewport decodes frames ahead of the play position and keeps as many as this memory holds: "
                                "more memory lets longer loops play without decoding again. A grid of cine viewports uses this much for each. "
                                "The default is %1 MiB. A new budget applies to the next loop opened.")
                                 .arg(AppSettings::kDefaultCineCacheMiB), this);
    notes->setWordWrap(true);
    layout->addWidget(notes);
    layout->addStretch(1);
}

void CineSettingsPage::load(const AppSettings& settings)
{
    m_budget->setValue(settings.cineCacheMiB());
}

std::optional<QString> CineSettingsPage::save(AppSettings& settings)
{
    if (auto error = settings.setCineCacheMiB(m_budget->value()))
        return tr("Cine memory: %1").arg(*error);
    return std::nullopt;
}

int CineSettingsPage::budgetMiB() const
{
    return m_budget->value();
}

void CineSettingsPage::setBudgetMiB(int mebibytes)
{
    m_budget->setValue(mebibytes);
}

} // namespace continuum::app
