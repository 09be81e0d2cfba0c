#include "StorageSettingsPage.h"

#include "AppSettings.h"
#include "CatalogCommands.h"
#include "catalog/CatalogLocation.h"

#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace continuum::app {

StorageSettingsPage::StorageSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* store = new QGroupBox(tr("Managed store"), this);
    auto* storeLayout = new QVBoxLayout(store);
    auto* intro = new QLabel(tr("Copies of studies retrieved from a PACS, received, or copied from media are kept in the managed store."), store);
    intro->setWordWrap(true);
    storeLayout->addWidget(intro);
    m_path = new QLabel(store);
    m_path->setObjectName(QStringLiteral("storePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    storeLayout->addWidget(m_path);
    m_usage = new QLabel(store);
    m_usage->setObjectName(QStringLiteral("storeUsage"));
    storeLayout->addWidget(m_usage);

    auto* form = new QFormLayout;
    m_maxSize = new QDoubleSpinBox(store);
    m_maxSize->setObjectName(QStringLiteral("storeMaxSize"));
    m_maxSize->setAccessibleName(tr("Largest size of the managed store in gibibytes, 0 for no limit"));
    m_maxSize->setRange(0.0, AppSettings::kMaximumStoreGiB);
    m_maxSize->setDecimals(1);
    m_maxSize->setSingleStep(10.0);
    m_maxSize->setSuffix(tr(" GiB"));
    m_maxSize->setSpecialValueText(tr("No limit"));
    auto* sizeLabel = new QLabel(tr("Largest &size:"), store);
    sizeLabel->setBuddy(m_maxSize);
    form->addRow(sizeLabel, m_maxSize);
    m_maxAge = new QSpinBox(store);
    m_maxAge->setObjectName(QStringLiteral("storeMaxAge"));
    m_maxAge->setAccessibleName(tr("Days after the last opening when a study may leave the store, 0 for no limit"));
    m_maxAge->setRange(0, AppSettings::kMaximumStoreAgeDays);
    m_maxAge->setSingleStep(7);
    m_maxAge->setSuffix(tr(" days"));
    m_maxAge->setSpecialValueText(tr("No limit"));
    auto* ageLabel = new QLabel(tr("Remove after &unused for:"), store);
    ageLabel->setBuddy(m_maxAge);
    form->addRow(ageLabel, m_maxAge);
    storeLayout->addLayout(form);
    auto* storeNotes = new QLabel(tr("Above the size, or once a study has not been opened for that many days, the viewer removes copies "
                                     "it can retrieve again from an archive, least recently used first. Copies from media or folders, "
                                     "objects created here and not yet sent, and files opened where they are stay untouched. "
                                     "0 means no limit."), store);
    storeNotes->setWordWrap(true);
    storeLayout->addWidget(storeNotes);
    layout->addWidget(store);

    auto* memory = new QGroupBox(tr("Memory"), this);
    auto* memoryLayout = new QVBoxLayout(memory);
    auto* memoryForm = new QFormLayout;
    m_memory = new QSpinBox(memory);
    m_memory->setObjectName(QStringLiteral("memoryBudget"));
    m_memory->setRange(0, AppSettings::kMaximumMemoryBudgetMiB);
    m_memory->setSingleStep(512);
    m_memory->setSuffix(tr(" MiB"));
    const int automatic = AppSettings::automaticMemoryBudgetMiB();
    m_memory->setSpecialValueText(tr("Automatic (%1 MiB)").arg(QLocale().toString(automatic)));
    m_memory->setAccessibleName(tr("Memory budget for decoded images in mebibytes, 0 for automatic"));
    auto* memoryLabel = new QLabel(tr("Image &memory budget:"), memory);
    memoryLabel->setBuddy(m_memory);
    memoryForm->addRow(memoryLabel, m_memory);
    memoryLayout->addLayout(memoryForm);
    auto* memoryNotes = new QLabel(tr("Decoded images of all open studies share this memory; beyond it, the images used least recently "
                                      "are released and decoded again when needed. 0 = automatic (a quarter of physical memory: %1 MiB "
                                      "of %2 MiB). Otherwise at least %3 MiB.")
                                       .arg(QLocale().toString(automatic), QLocale().toString(AppSettings::physicalMemoryMiB()))
                                       .arg(AppSettings::kMinimumMemoryBudgetMiB), memory);
    memoryNotes->setObjectName(QStringLiteral("memoryNotes"));
    memoryNotes->setWordWrap(true);
    memoryLayout->addWidget(memoryNotes);
    layout->addWidget(memory);
    layout->addStretch(1);

    connect(&m_measure, &QFutureWatcher<Usage>::finished, this, &StorageSettingsPage::showUsage);
    setStoreFolder(defaultStoreFolder());
}

StorageSettingsPage::~StorageSettingsPage()
{
    // The walk holds no pointer to the page; waiting keeps the thread pool tidy at exit.
    m_measure.waitForFinished();
}

QString StorageSettingsPage::defaultStoreFolder()
{
    const std::optional<catalog::CatalogLocation> location = catalog::CatalogLocation::parse(CatalogCommands::catalogPath(QString()));
    if (location && location->isPostgreSQL()) {
        // A shared catalog keeps files per workstation.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        return (base.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/continuum") : base) + QStringLiteral("/store");
    }
    const QString file = location ? location->filePath() : CatalogCommands::catalogPath(QString());
    return QFileInfo(file).absolutePath() + QStringLiteral("/store");
}

StorageSettingsPage::Usage StorageSettingsPage::measure(const QString& folder)
{
    Usage usage;
    usage.exists = QFileInfo(folder).isDir();
    if (!usage.exists)
        return usage;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        usage.bytes += it.fileInfo().size();
        ++usage.files;
    }
    return usage;
}

void StorageSettingsPage::setStoreFolder(const QString& folder)
{
    m_folder = folder;
    m_path->setText(tr("Store folder: %1").arg(QDir::toNativeSeparators(folder)));
    m_usage->setText(tr("Measuring what the store holds…"));
    m_measuring = true;
    m_measure.setFuture(QtConcurrent::run(&StorageSettingsPage::measure, folder));
}

void StorageSettingsPage::showUsage()
{
    const Usage usage = m_measure.result();
    m_measuring = false;
    const QLocale locale;
    if (!usage.exists)
        m_usage->setText(tr("The store is empty (the folder is created with the first copy)."));
    else
        m_usage->setText(tr("It holds %1 in %n file(s).", nullptr, int(std::min<qint64>(usage.files, INT_MAX)))
                             .arg(locale.formattedDataSize(usage.bytes, 1, QLocale::DataSizeIecFormat)));
    m_usage->setAccessibleName(m_usage->text());
}

QString StorageSettingsPage::storeUsageText() const
{
    return m_path->text() + QLatin1Char('\n') + m_usage->text();
}

void StorageSettingsPage::load(const AppSettings& settings)
{
    m_maxSize->setValue(settings.storeMaxSizeGiB());
    m_maxAge->setValue(settings.storeMaxAgeDays());
    m_memory->setValue(settings.memoryBudgetMiB());
}

std::optional<QString> StorageSettingsPage::save(AppSettings& settings)
{
    // Checked before anything is stored: a refused value leaves the page's settings as they were.
    if (auto error = AppSettings::memoryBudgetProblem(m_memory->value()))
        return tr("Memory budget: %1").arg(*error);
    if (auto error = settings.setStoreMaxSizeGiB(m_maxSize->value()))
        return tr("Managed store: %1").arg(*error);
    if (auto error = settings.setStoreMaxAgeDays(m_maxAge->value()))
        return tr("Managed store: %1").arg(*error);
    if (auto error = settings.setMemoryBudgetMiB(m_memory->value()))
        return tr("Memory budget: %1").arg(*error);
    return std::nullopt;
}

double StorageSettingsPage::maxSizeGiB() const
{
    return m_maxSize->value();
}

void StorageSettingsPage::setMaxSizeGiB(double gibibytes)
{
    m_maxSize->setValue(gibibytes);
}

int StorageSettingsPage::maxAgeDays() const
{
    return m_maxAge->value();
}

void StorageSettingsPage::setMaxAgeDays(int days)
{
    m_maxAge->setValue(days);
}

int StorageSettingsPage::memoryBudgetMiB() const
{
    return m_memory->value();
}

void StorageSettingsPage::setMemoryBudgetMiB(int mebibytes)
{
    m_memory->setValue(mebibytes);
}

} // namespace continuum::app
