#pragma once
#include "hanging_protocols/Protocol.h"

#include <QDialog>
#include <QString>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace continuum::hanging_protocols {
class ProtocolLibrary;
}

namespace continuum::app {

// Edits a hanging protocol: id, name, department, priority, the study and prior matching rules
// (attribute checked with AttributeKey::parse, the error shown under the tables), the priors, and
// per stage the grid and each viewport's display-set selector (study, series rules, orientation,
// reconstruction, fallback, window preset). Save writes <id>.json into the library's user folder
// (never the bundled or site folder) and reloads the library; Save stays disabled while a rule
// is invalid.
class ProtocolEditorDialog : public QDialog {
    Q_OBJECT
public:
    ProtocolEditorDialog(hanging_protocols::ProtocolLibrary& library, hanging_protocols::Protocol protocol, QWidget* parent = nullptr);
    ~ProtocolEditorDialog() override;

    // The protocol as edited so far (rules that do not parse are left out).
    hanging_protocols::Protocol protocol() const;
    // Empty when everything is valid; else the first problem, as shown in the dialog.
    QString validationMessage() const;
    bool canSave() const;
    // Writes the user protocol and reloads the library; false (message shown) on failure.
    bool save();
    QString savedPath() const { return m_savedPath; }

Q_SIGNALS:
    void saved(const QString& path);

private:
    // One rule as typed: kept as text so that invalid rows survive switching viewports.
    struct RuleRow {
        QString attribute;
        QString constraint = QStringLiteral("equals");
        QString value;
        double weight = 1.0;
        bool required = false;
    };
    using RuleRows = std::vector<RuleRow>;

    QWidget* buildGeneralPage();
    QWidget* buildPriorsPage();
    QWidget* buildStagesPage();
    QTableWidget* makeRuleTable(const QString& objectName, const QString& accessibleName);
    QWidget* ruleTableWithButtons(QTableWidget* table);
    void loadRules(QTableWidget* table, const RuleRows& rows);
    RuleRows rulesOf(const QTableWidget* table) const;
    void appendRuleRow(QTableWidget* table, const RuleRow& row);
    static RuleRows rowsFromRules(const std::vector<hanging_protocols::MatchRule>& rules);
    // Parses a row; nullopt and `error` when it is invalid.
    static std::optional<hanging_protocols::MatchRule> parseRow(const RuleRow& row, QString* error);

    void loadStageList();
    void showStage(int stage);
    void showViewport(int viewport);
    void storeViewport();                       // the viewport editors -> m_protocol / m_viewportRules
    void storeStage();
    void gridChanged();
    void addStage();
    void removeStage();
    void revalidate();
    bool tableValid(QTableWidget* table, const QString& what, QString* message);

    hanging_protocols::ProtocolLibrary& m_library;
    hanging_protocols::Protocol m_protocol;
    std::vector<std::vector<RuleRows>> m_viewportRules;   // per stage, per viewport
    int m_stage = -1;
    int m_viewport = -1;
    bool m_loading = false;
    QString m_savedPath;
    QString m_message;

    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_department = nullptr;
    QSpinBox* m_priority = nullptr;
    QLineEdit* m_description = nullptr;
    QTableWidget* m_studyRules = nullptr;
    QSpinBox* m_priorCount = nullptr;
    QSpinBox* m_priorMinimum = nullptr;
    QComboBox* m_priorSelection = nullptr;
    QTableWidget* m_priorRules = nullptr;
    QListWidget* m_stages = nullptr;
    QLineEdit* m_stageName = nullptr;
    QSpinBox* m_rows = nullptr;
    QSpinBox* m_columns = nullptr;
    QListWidget* m_viewports = nullptr;
    QSpinBox* m_viewportStudy = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_reconstruction = nullptr;
    QComboBox* m_fallback = nullptr;
    QCheckBox* m_distinct = nullptr;
    QLineEdit* m_windowPreset = nullptr;
    QTableWidget* m_viewportRuleTable = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace continuum::app
