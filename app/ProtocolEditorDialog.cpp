#include "ProtocolEditorDialog.h"

#include "hanging_protocols/ProtocolLibrary.h"
#include "hanging_protocols/ProtocolReader.h"
#include "hanging_protocols/ProtocolWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::app {

namespace hp = continuum::hanging_protocols;

namespace {

enum RuleColumn { AttributeColumn, ConstraintColumn, ValueColumn, WeightColumn, RequiredColumn, ColumnCount };

const QStringList& constraintNames()
{
    static const QStringList names{QStringLiteral("equals"), QStringLiteral("contains"), QStringLiteral("startsWith"), QStringLiteral("regex"),
                                   QStringLiteral("range"), QStringLiteral("exists"), QStringLiteral("notExists")};
    return names;
}

} // namespace

ProtocolEditorDialog::ProtocolEditorDialog(hp::ProtocolLibrary& library, hp::Protocol protocol, QWidget* parent)
    : QDialog(parent), m_library(library), m_protocol(std::move(protocol))
{
    setWindowTitle(tr("Edit hanging protocol"));
    setObjectName(QStringLiteral("protocolEditor"));
    if (m_protocol.stages.empty()) {
        hp::Stage stage;
        stage.viewports.resize(1);
        m_protocol.stages.push_back(stage);
    }
    for (const hp::Stage& stage : m_protocol.stages) {
        std::vector<RuleRows> rows;
        for (const hp::Viewport& viewport : stage.viewports)
            rows.push_back(rowsFromRules(viewport.displaySet.rules));
        m_viewportRules.push_back(rows);
    }

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralPage(), tr("Protocol"));
    tabs->addTab(buildPriorsPage(), tr("Priors"));
    tabs->addTab(buildStagesPage(), tr("Stages"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("validationMessage"));
    m_messageLabel->setAccessibleName(tr("Validation message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save as user protocol"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Writes the protocol into your user protocol folder: %1").arg(m_library.folders().user));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    m_loading = true;
    m_id->setText(m_protocol.id);
    m_name->setText(m_protocol.name);
    m_description->setText(m_protocol.description);
    m_department->setCurrentIndex(std::max(0, m_department->findData(hp::enumName(m_protocol.department))));
    m_priority->setValue(m_protocol.priority);
    loadRules(m_studyRules, rowsFromRules(m_protocol.rules));
    m_priorCount->setValue(m_protocol.priors.count);
    m_priorMinimum->setValue(m_protocol.priors.minimum);
    m_priorSelection->setCurrentIndex(std::max(0, m_priorSelection->findData(hp::enumName(m_protocol.priors.selection))));
    loadRules(m_priorRules, rowsFromRules(m_protocol.priors.rules));
    m_loading = false;
    loadStageList();
    revalidate();
    resize(900, 640);
}

ProtocolEditorDialog::~ProtocolEditorDialog() = default;

QWidget* ProtocolEditorDialog::buildGeneralPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setAccessibleName(tr("Protocol id"));
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")), m_id));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Protocol name"));
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setAccessibleName(tr("Department"));
    m_department->addItem(tr("Radiology"), QStringLiteral("radiology"));
    m_department->addItem(tr("Cardiology"), QStringLiteral("cardiology"));
    m_department->addItem(tr("Oncology"), QStringLiteral("oncology"));
    m_department->addItem(tr("Other"), QStringLiteral("other"));
    m_priority = new QSpinBox;
    m_priority->setObjectName(QStringLiteral("prioritySpin"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setRange(-1000, 1000);
    m_priority->setToolTip(tr("Breaks equal scores: higher first."));
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Priority:"), m_priority);
    m_studyRules = makeRuleTable(QStringLiteral("studyRules"), tr("Rules on the current study"));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rules on the current study (a failing required rule disqualifies the protocol):")));
    layout->addWidget(ruleTableWithButtons(m_studyRules));
    for (QLineEdit* edit : {m_id, m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &ProtocolEditorDialog::revalidate);
    return page;
}

QWidget* ProtocolEditorDialog::buildPriorsPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    m_priorCount = new QSpinBox;
    m_priorCount->setObjectName(QStringLiteral("priorCountSpin"));
    m_priorCount->setAccessibleName(tr("Number of priors shown"));
    m_priorCount->setRange(0, 10);
    m_priorMinimum = new QSpinBox;
    m_priorMinimum->setObjectName(QStringLiteral("priorMinimumSpin"));
    m_priorMinimum->setAccessibleName(tr("Minimum number of priors"));
    m_priorMinimum->setRange(0, 10);
    m_priorSelection = new QComboBox;
    m_priorSelection->setObjectName(QStringLiteral("priorSelectionCombo"));
    m_priorSelection->setAccessibleName(tr("Which priors"));
    m_priorSelection->addItem(tr("Most recent"), QStringLiteral("mostRecent"));
    m_priorSelection->addItem(tr("Same modality"), QStringLiteral("sameModality"));
    m_priorSelection->addItem(tr("Same body part"), QStringLiteral("sameBodyPart"));
    form->addRow(tr("Priors &shown:"), m_priorCount);
    form->addRow(tr("&At least:"), m_priorMinimum);
    form->addRow(tr("&Chosen by:"), m_priorSelection);
    m_priorRules = makeRuleTable(QStringLiteral("priorRules"), tr("Rules on each prior"));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rules on each prior (a failing required rule skips that prior):")));
    layout->addWidget(ruleTableWithButtons(m_priorRules));
    connect(m_priorCount, &QSpinBox::valueChanged, this, [this](int count) {
        m_viewportStudy->setMaximum(count);
        revalidate();
    });
    connect(m_priorMinimum, &QSpinBox::valueChanged, this, &ProtocolEditorDialog::revalidate);
    return page;
}

QWidget* ProtocolEditorDialog::buildStagesPage()
{
    auto* page = new QWidget;
    m_stages = new QListWidget;
    m_stages->setObjectName(QStringLiteral("stageList"));
    m_stages->setAccessibleName(tr("Stages"));
    auto* addStageButton = new QPushButton(tr("Add stage"));
    addStageButton->setAccessibleName(tr("Add stage"));
    auto* removeStageButton = new QPushButton(tr("Remove stage"));
    removeStageButton->setAccessibleName(tr("Remove stage"));
    auto* stageButtons = new QHBoxLayout;
    stageButtons->addWidget(addStageButton);
    stageButtons->addWidget(removeStageButton);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Stages:")));
    left->addWidget(m_stages);
    left->addLayout(stageButtons);

    m_stageName = new QLineEdit;
    m_stageName->setObjectName(QStringLiteral("stageNameEdit"));
    m_stageName->setAccessibleName(tr("Stage name"));
    m_rows = new QSpinBox;
    m_rows->setObjectName(QStringLiteral("rowsSpin"));
    m_rows->setAccessibleName(tr("Grid rows"));
    m_rows->setRange(1, 8);
    m_columns = new QSpinBox;
    m_columns->setObjectName(QStringLiteral("columnsSpin"));
    m_columns->setAccessibleName(tr("Grid columns"));
    m_columns->setRange(1, 8);
    auto* stageForm = new QFormLayout;
    stageForm->addRow(tr("Stage &name:"), m_stageName);
    stageForm->addRow(tr("&Rows:"), m_rows);
    stageForm->addRow(tr("C&olumns:"), m_columns);

    m_viewports = new QListWidget;
    m_viewports->setObjectName(QStringLiteral("viewportList"));
    m_viewports->setAccessibleName(tr("Viewports"));
    m_viewportStudy = new QSpinBox;
    m_viewportStudy->setObjectName(QStringLiteral("viewportStudySpin"));
    m_viewportStudy->setAccessibleName(tr("Study shown: 0 current, N prior N"));
    m_viewportStudy->setSpecialValueText(tr("current"));
    m_viewportStudy->setPrefix(tr("prior "));
    m_viewportStudy->setRange(0, 0);
    m_orientation = new QComboBox;
    m_orientation->setObjectName(QStringLiteral("orientationCombo"));
    m_orientation->setAccessibleName(tr("Preferred orientation"));
    m_orientation->addItem(tr("Any"), QString());
    m_orientation->addItem(tr("Axial"), QStringLiteral("axial"));
    m_orientation->addItem(tr("Coronal"), QStringLiteral("coronal"));
    m_orientation->addItem(tr("Sagittal"), QStringLiteral("sagittal"));
    m_reconstruction = new QComboBox;
    m_reconstruction->setObjectName(QStringLiteral("reconstructionCombo"));
    m_reconstruction->setAccessibleName(tr("Reconstruction"));
    m_reconstruction->addItem(tr("As acquired"), QStringLiteral("none"));
    m_reconstruction->addItem(tr("MPR"), QStringLiteral("mpr"));
    m_reconstruction->addItem(tr("MIP"), QStringLiteral("mip"));
    m_reconstruction->addItem(tr("Volume rendering"), QStringLiteral("volumeRendering"));
    m_fallback = new QComboBox;
    m_fallback->setObjectName(QStringLiteral("fallbackCombo"));
    m_fallback->setAccessibleName(tr("When no series matches"));
    m_fallback->addItem(tr("First series not shown yet"), QStringLiteral("anyUnused"));
    m_fallback->addItem(tr("First series"), QStringLiteral("anySeries"));
    m_fallback->addItem(tr("Leave empty"), QStringLiteral("empty"));
    m_distinct = new QCheckBox(tr("Skip series shown in an earlier viewport"));
    m_distinct->setObjectName(QStringLiteral("distinctCheck"));
    m_distinct->setAccessibleName(tr("Skip series shown in an earlier viewport"));
    m_windowPreset = new QLineEdit;
    m_windowPreset->setObjectName(QStringLiteral("windowPresetEdit"));
    m_windowPreset->setAccessibleName(tr("Window preset"));
    m_windowPreset->setPlaceholderText(tr("the file's own window"));
    auto* viewportForm = new QFormLayout;
    viewportForm->addRow(tr("&Study:"), m_viewportStudy);
    viewportForm->addRow(tr("Orien&tation:"), m_orientation);
    viewportForm->addRow(tr("Reconstr&uction:"), m_reconstruction);
    viewportForm->addRow(tr("&Fallback:"), m_fallback);
    viewportForm->addRow(QString(), m_distinct);
    viewportForm->addRow(tr("&Window preset:"), m_windowPreset);
    m_viewportRuleTable = makeRuleTable(QStringLiteral("viewportRules"), tr("Series rules of the viewport"));

    auto* right = new QVBoxLayout;
    right->addLayout(stageForm);
    auto* viewportRow = new QHBoxLayout;
    auto* viewportListColumn = new QVBoxLayout;
    viewportListColumn->addWidget(new QLabel(tr("Viewports:")));
    viewportListColumn->addWidget(m_viewports);
    viewportRow->addLayout(viewportListColumn, 1);
    viewportRow->addLayout(viewportForm, 2);
    right->addLayout(viewportRow);
    right->addWidget(new QLabel(tr("Series rules (weights rank series, required rules filter):")));
    right->addWidget(ruleTableWithButtons(m_viewportRuleTable));

    auto* layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);

    connect(m_stages, &QListWidget::currentRowChanged, this, &ProtocolEditorDialog::showStage);
    connect(m_viewports, &QListWidget::currentRowChanged, this, &ProtocolEditorDialog::showViewport);
    connect(m_rows, &QSpinBox::valueChanged, this, &ProtocolEditorDialog::gridChanged);
    connect(m_columns, &QSpinBox::valueChanged, this, &ProtocolEditorDialog::gridChanged);
    connect(addStageButton, &QPushButton::clicked, this, &ProtocolEditorDialog::addStage);
    connect(removeStageButton, &QPushButton::clicked, this, &ProtocolEditorDialog::removeStage);
    connect(m_stageName, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (m_loading || m_stage < 0)
            return;
        m_protocol.stages[static_cast<std::size_t>(m_stage)].name = name;
        if (QListWidgetItem* item = m_stages->item(m_stage))
            item->setText(name.isEmpty() ? tr("Stage %1").arg(m_stage + 1) : name);
    });
    auto store = [this] {
        if (!m_loading)
            storeViewport();
        revalidate();
    };
    connect(m_viewportStudy, &QSpinBox::valueChanged, this, store);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, store);
    connect(m_reconstruction, &QComboBox::currentIndexChanged, this, store);
    connect(m_fallback, &QComboBox::currentIndexChanged, this, store);
    connect(m_distinct, &QCheckBox::toggled, this, store);
    connect(m_windowPreset, &QLineEdit::textChanged, this, store);
    return page;
}

QTableWidget* ProtocolEditorDialog::makeRuleTable(const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, ColumnCount);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels({tr("Attribute"), tr("Constraint"), tr("Value"), tr("Weight"), tr("Required")});
    table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    table->setToolTip(tr("Attribute: a DICOM keyword (SeriesDescription), a tag ((0008,103E)) or a derived attribute (modalitiesInStudy, bodyPart, "
                         "orientation...). Value: alternatives separated by \\; a range as min..max."));
    connect(table, &QTableWidget::itemChanged, this, [this, table] {
        if (m_loading)
            return;
        if (table == m_viewportRuleTable)
            storeViewport();
        revalidate();
    });
    return table;
}

QWidget* ProtocolEditorDialog::ruleTableWithButtons(QTableWidget* table)
{
    auto* box = new QWidget;
    auto* add = new QPushButton(tr("Add rule"));
    add->setAccessibleName(tr("Add rule to %1").arg(table->accessibleName()));
    auto* remove = new QPushButton(tr("Remove rule"));
    remove->setAccessibleName(tr("Remove rule from %1").arg(table->accessibleName()));
    connect(add, &QPushButton::clicked, this, [this, table] {
        appendRuleRow(table, RuleRow{QStringLiteral("Modality"), QStringLiteral("equals"), QString(), 1.0, false});
        if (table == m_viewportRuleTable)
            storeViewport();
        revalidate();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
        if (row >= 0)
            table->removeRow(row);
        if (table == m_viewportRuleTable)
            storeViewport();
        revalidate();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}

void ProtocolEditorDialog::appendRuleRow(QTableWidget* table, const RuleRow& row)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int r = table->rowCount();
    table->insertRow(r);
    table->setItem(r, AttributeColumn, new QTableWidgetItem(row.attribute));
    auto* constraint = new QComboBox;
    constraint->setAccessibleName(tr("Constraint of rule %1").arg(r + 1));
    constraint->addItems(constraintNames());
    constraint->setCurrentIndex(std::max<int>(0, static_cast<int>(constraintNames().indexOf(row.constraint))));
    table->setCellWidget(r, ConstraintColumn, constraint);
    connect(constraint, &QComboBox::currentIndexChanged, this, [this, table] {
        if (m_loading)
            return;
        if (table == m_viewportRuleTable)
            storeViewport();
        revalidate();
    });
    table->setItem(r, ValueColumn, new QTableWidgetItem(row.value));
    table->setItem(r, WeightColumn, new QTableWidgetItem(QString::number(row.weight)));
    auto* required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    required->setCheckState(row.required ? Qt::Checked : Qt::Unchecked);
    table->setItem(r, RequiredColumn, required);
    m_loading = wasLoading;
}

void ProtocolEditorDialog::loadRules(QTableWidget* table, const RuleRows& rows)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    table->setRowCount(0);
    for (const RuleRow& row : rows)
        appendRuleRow(table, row);
    m_loading = wasLoading;
}

ProtocolEditorDialog::RuleRows ProtocolEditorDialog::rulesOf(const QTableWidget* table) const
{
    RuleRows rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        RuleRow row;
        row.attribute = table->item(r, AttributeColumn) ? table->item(r, AttributeColumn)->text().trimmed() : QString();
        if (const auto* combo = qobject_cast<const QComboBox*>(table->cellWidget(r, ConstraintColumn)))
            row.constraint = combo->currentText();
        row.value = table->item(r, ValueColumn) ? table->item(r, ValueColumn)->text() : QString();
        bool ok = false;
        row.weight = table->item(r, WeightColumn) ? table->item(r, WeightColumn)->text().toDouble(&ok) : 1.0;
        if (!ok)
            row.weight = -1.0;   // reported by parseRow
        row.required = table->item(r, RequiredColumn) && table->item(r, RequiredColumn)->checkState() == Qt::Checked;
        rows.push_back(row);
    }
    return rows;
}

ProtocolEditorDialog::RuleRows ProtocolEditorDialog::rowsFromRules(const std::vector<hp::MatchRule>& rules)
{
    RuleRows rows;
    for (const hp::MatchRule& rule : rules) {
        RuleRow row{rule.attribute.name(), hp::MatchRule::constraintName(rule.constraint), {}, rule.weight, rule.required};
        if (rule.constraint == hp::Constraint::Range)
            row.value = QStringLiteral("%1..%2").arg(rule.minimum ? QString::number(*rule.minimum) : QString(),
                                                      rule.maximum ? QString::number(*rule.maximum) : QString());
        else
            row.value = rule.values.join(QLatin1Char('\\'));
        rows.push_back(row);
    }
    return rows;
}

std::optional<hp::MatchRule> ProtocolEditorDialog::parseRow(const RuleRow& row, QString* error)
{
    hp::MatchRule rule;
    QString attributeError;
    const auto key = hp::AttributeKey::parse(row.attribute, &attributeError);
    if (!key) {
        *error = attributeError.isEmpty() ? tr("unknown attribute \"%1\"").arg(row.attribute) : attributeError;
        return std::nullopt;
    }
    rule.attribute = *key;
    const auto constraint = hp::MatchRule::constraintFromName(row.constraint);
    if (!constraint) {
        *error = tr("unknown constraint \"%1\"").arg(row.constraint);
        return std::nullopt;
    }
    rule.constraint = *constraint;
    if (row.weight < 0.0) {
        *error = tr("the weight must be a number, 0 or more");
        return std::nullopt;
    }
    rule.weight = row.weight;
    rule.required = row.required;
    switch (rule.constraint) {
    case hp::Constraint::Exists:
    case hp::Constraint::NotExists:
        break;
    case hp::Constraint::Range: {
        const QStringList bounds = row.value.split(QStringLiteral(".."));
        bool okMin = true;
        bool okMax = true;
        if (bounds.size() != 2) {
            *error = tr("a range is written min..max (either may be left out)");
            return std::nullopt;
        }
        if (!bounds[0].trimmed().isEmpty())
            rule.minimum = bounds[0].trimmed().toDouble(&okMin);
        if (!bounds[1].trimmed().isEmpty())
            rule.maximum = bounds[1].trimmed().toDouble(&okMax);
        if (!okMin || !okMax || (!rule.minimum && !rule.maximum)) {
            *error = tr("\"%1\" is not a range of numbers").arg(row.value);
            return std::nullopt;
        }
        break;
    }
    case hp::Constraint::Regex: {
        const QRegularExpression pattern(row.value);
        if (row.value.isEmpty() || !pattern.isValid()) {
            *error = tr("invalid regular expression: %1").arg(row.value.isEmpty() ? tr("empty") : pattern.errorString());
            return std::nullopt;
        }
        rule.values = QStringList{row.value};
        break;
    }
    default:
        for (const QString& value : row.value.split(QLatin1Char('\\'))) {
            if (!value.trimmed().isEmpty())
                rule.values << value.trimmed();
        }
        if (rule.values.isEmpty()) {
            *error = tr("a value is needed");
            return std::nullopt;
        }
    }
    return rule;
}

void ProtocolEditorDialog::loadStageList()
{
    m_loading = true;
    m_stages->clear();
    for (std::size_t s = 0; s < m_protocol.stages.size(); ++s)
        m_stages->addItem(m_protocol.stages[s].name.isEmpty() ? tr("Stage %1").arg(s + 1) : m_protocol.stages[s].name);
    m_loading = false;
    m_stage = -1;
    m_stages->setCurrentRow(0);
    if (m_stage < 0)
        showStage(0);
}

void ProtocolEditorDialog::showStage(int stage)
{
    if (m_loading || stage < 0 || stage >= static_cast<int>(m_protocol.stages.size()))
        return;
    storeViewport();
    m_stage = stage;
    m_viewport = -1;
    const hp::Stage& s = m_protocol.stages[static_cast<std::size_t>(stage)];
    m_loading = true;
    m_stageName->setText(s.name);
    m_rows->setValue(s.rows);
    m_columns->setValue(s.columns);
    m_viewports->clear();
    for (std::size_t v = 0; v < s.viewports.size(); ++v) {
        m_viewports->addItem(s.rectangles.empty() ? tr("Viewport %1 (row %2, column %3)").arg(v + 1).arg(int(v) / s.columns + 1).arg(int(v) % s.columns + 1)
                                                  : tr("Viewport %1").arg(v + 1));
    }
    m_loading = false;
    m_viewports->setCurrentRow(0);
}

void ProtocolEditorDialog::showViewport(int viewport)
{
    if (m_loading || m_stage < 0)
        return;
    storeViewport();
    const hp::Stage& s = m_protocol.stages[static_cast<std::size_t>(m_stage)];
    if (viewport < 0 || viewport >= static_cast<int>(s.viewports.size()))
        return;
    m_viewport = viewport;
    const hp::Viewport& v = s.viewports[static_cast<std::size_t>(viewport)];
    m_loading = true;
    m_viewportStudy->setMaximum(std::max(m_priorCount->value(), v.displaySet.study));
    m_viewportStudy->setValue(v.displaySet.study);
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(v.displaySet.preferredOrientation ? hp::PlaneOrientation::name(*v.displaySet.preferredOrientation) : QString())));
    m_reconstruction->setCurrentIndex(std::max(0, m_reconstruction->findData(hp::enumName(v.displaySet.reconstruction))));
    m_fallback->setCurrentIndex(std::max(0, m_fallback->findData(hp::enumName(v.displaySet.fallback))));
    m_distinct->setChecked(v.displaySet.distinct);
    m_windowPreset->setText(v.window ? v.window->preset : QString());
    loadRules(m_viewportRuleTable, m_viewportRules[static_cast<std::size_t>(m_stage)][static_cast<std::size_t>(viewport)]);
    m_loading = false;
}

void ProtocolEditorDialog::storeViewport()
{
    if (m_stage < 0 || m_viewport < 0)
        return;
    hp::Stage& s = m_protocol.stages[static_cast<std::size_t>(m_stage)];
    if (m_viewport >= static_cast<int>(s.viewports.size()))
        return;
    hp::Viewport& v = s.viewports[static_cast<std::size_t>(m_viewport)];
    v.displaySet.study = m_viewportStudy->value();
    v.displaySet.preferredOrientation = hp::PlaneOrientation::fromName(m_orientation->currentData().toString());
    v.displaySet.reconstruction = hp::enumFromName<hp::Reconstruction>(m_reconstruction->currentData().toString()).value_or(hp::Reconstruction::None);
    v.displaySet.fallback = hp::enumFromName<hp::Fallback>(m_fallback->currentData().toString()).value_or(hp::Fallback::AnyUnused);
    v.displaySet.distinct = m_distinct->isChecked();
    const QString preset = m_windowPreset->text().trimmed();
    if (!preset.isEmpty())
        v.window = hp::WindowSetting{preset, std::nullopt, std::nullopt};
    else if (v.window && !v.window->preset.isEmpty())
        v.window.reset();   // cleared; explicit center/width (not edited here) stay
    m_viewportRules[static_cast<std::size_t>(m_stage)][static_cast<std::size_t>(m_viewport)] = rulesOf(m_viewportRuleTable);
}

void ProtocolEditorDialog::gridChanged()
{
    if (m_loading || m_stage < 0)
        return;
    storeViewport();
    hp::Stage& s = m_protocol.stages[static_cast<std::size_t>(m_stage)];
    s.rows = m_rows->value();
    s.columns = m_columns->value();
    s.rectangles.clear();   // a grid replaces free rectangles
    const std::size_t count = static_cast<std::size_t>(s.rows * s.columns);
    s.viewports.resize(count);
    m_viewportRules[static_cast<std::size_t>(m_stage)].resize(count);
    // Sync groups keep only the viewports that still exist.
    for (hp::SyncGroup& group : s.syncGroups)
        std::erase_if(group.viewports, [count](int index) { return index < 0 || static_cast<std::size_t>(index) >= count; });
    std::erase_if(s.syncGroups, [](const hp::SyncGroup& group) { return group.viewports.size() < 2; });
    const int stage = m_stage;
    m_stage = -1;
    m_viewport = -1;
    showStage(stage);
    revalidate();
}

void ProtocolEditorDialog::addStage()
{
    storeViewport();
    hp::Stage stage;
    stage.name = tr("Stage %1").arg(m_protocol.stages.size() + 1);
    stage.viewports.resize(1);
    m_protocol.stages.push_back(stage);
    m_viewportRules.push_back(std::vector<RuleRows>(1));
    m_stages->addItem(stage.name);
    m_stages->setCurrentRow(m_stages->count() - 1);
    revalidate();
}

void ProtocolEditorDialog::removeStage()
{
    if (m_protocol.stages.size() <= 1 || m_stage < 0)
        return;   // a protocol keeps at least one stage
    const int removed = m_stage;
    m_stage = -1;
    m_viewport = -1;
    m_protocol.stages.erase(m_protocol.stages.begin() + removed);
    m_viewportRules.erase(m_viewportRules.begin() + removed);
    loadStageList();
    m_stages->setCurrentRow(std::min(removed, m_stages->count() - 1));
    revalidate();
}

bool ProtocolEditorDialog::tableValid(QTableWidget* table, const QString& what, QString* message)
{
    bool valid = true;
    const RuleRows rows = rulesOf(table);
    const bool wasLoading = m_loading;
    m_loading = true;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        QString error;
        const bool ok = parseRow(rows[r], &error).has_value();
        if (QTableWidgetItem* item = table->item(static_cast<int>(r), AttributeColumn)) {
            item->setBackground(ok ? QBrush() : QBrush(QColor(255, 205, 210)));
            item->setToolTip(ok ? QString() : error);
        }
        if (!ok && valid && message->isEmpty())
            *message = tr("%1, rule %2: %3").arg(what).arg(r + 1).arg(error);
        valid = valid && ok;
    }
    m_loading = wasLoading;
    return valid;
}

void ProtocolEditorDialog::revalidate()
{
    if (!m_messageLabel || !m_buttons)
        return;
    QString message;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!idPattern.match(m_id->text()).hasMatch())
        message = tr("The id may only hold letters, digits, '.', '_' and '-' (and not be empty).");
    else if (m_name->text().trimmed().isEmpty())
        message = tr("The protocol needs a name.");
    else if (m_priorMinimum->value() > m_priorCount->value())
        message = tr("At least %1 priors are required but only %2 are shown.").arg(m_priorMinimum->value()).arg(m_priorCount->value());
    tableValid(m_studyRules, tr("Study rules"), &message);
    tableValid(m_priorRules, tr("Prior rules"), &message);
    if (m_stage >= 0 && m_viewport >= 0)
        tableValid(m_viewportRuleTable, tr("Stage %1 viewport %2").arg(m_stage + 1).arg(m_viewport + 1), &message);
    for (std::size_t s = 0; s < m_viewportRules.size() && message.isEmpty(); ++s) {
        for (std::size_t v = 0; v < m_viewportRules[s].size() && message.isEmpty(); ++v) {
            for (std::size_t r = 0; r < m_viewportRules[s][v].size(); ++r) {
                QString error;
                if (!parseRow(m_viewportRules[s][v][r], &error)) {
                    message = tr("Stage %1 viewport %2, rule %3: %4").arg(s + 1).arg(v + 1).arg(r + 1).arg(error);
                    break;
                }
            }
            const int study = m_protocol.stages[s].viewports[v].displaySet.study;
            if (message.isEmpty() && study > m_priorCount->value())
                message = tr("Stage %1 viewport %2 shows prior %3, but only %4 priors are shown.").arg(s + 1).arg(v + 1).arg(study).arg(m_priorCount->value());
        }
    }
    m_message = message;
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(message.isEmpty());
}

QString ProtocolEditorDialog::validationMessage() const
{
    return m_message;
}

bool ProtocolEditorDialog::canSave() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

hp::Protocol ProtocolEditorDialog::protocol() const
{
    hp::Protocol p = m_protocol;
    p.id = m_id->text().trimmed();
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.department = hp::enumFromName<hp::Department>(m_department->currentData().toString()).value_or(hp::Department::Other);
    p.priority = m_priority->value();
    auto parsed = [](const RuleRows& rows) {
        std::vector<hp::MatchRule> rules;
        for (const RuleRow& row : rows) {
            QString error;
            if (auto rule = parseRow(row, &error))
                rules.push_back(*rule);
        }
        return rules;
    };
    p.rules = parsed(rulesOf(m_studyRules));
    p.priors.count = m_priorCount->value();
    p.priors.minimum = m_priorMinimum->value();
    p.priors.selection = hp::enumFromName<hp::PriorSelection>(m_priorSelection->currentData().toString()).value_or(hp::PriorSelection::MostRecent);
    p.priors.rules = parsed(rulesOf(m_priorRules));
    for (std::size_t s = 0; s < p.stages.size(); ++s) {
        for (std::size_t v = 0; v < p.stages[s].viewports.size(); ++v) {
            const bool shown = static_cast<int>(s) == m_stage && static_cast<int>(v) == m_viewport;
            p.stages[s].viewports[v].displaySet.rules = parsed(shown ? rulesOf(m_viewportRuleTable) : m_viewportRules[s][v]);
        }
    }
    return p;
}

bool ProtocolEditorDialog::save()
{
    storeViewport();
    revalidate();
    if (!canSave())
        return false;
    const hp::Protocol edited = protocol();
    const QByteArray json = hp::ProtocolWriter::toJson(edited);
    // The file must load as any protocol file does before it goes into the user folder.
    hp::ProtocolProblem problem;
    if (!hp::ProtocolReader::read(json, edited.id + QStringLiteral(".json"), &problem)) {
        m_messageLabel->setText(tr("Not saved: %1").arg(problem.reason));
        m_messageLabel->setVisible(true);
        return false;
    }
    const QString folder = m_library.folders().user;
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_messageLabel->setText(tr("Not saved: the user protocol folder %1 cannot be created.").arg(folder));
        m_messageLabel->setVisible(true);
        return false;
    }
    const QString path = QDir(folder).filePath(edited.id + QStringLiteral(".json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_messageLabel->setText(tr("Not saved: cannot write %1 (%2).").arg(path, file.errorString()));
        m_messageLabel->setVisible(true);
        return false;
    }
    m_savedPath = path;
    m_library.reload();
    emit saved(path);
    return true;
}

} // namespace continuum::app
