// The protocol editor (app/ProtocolEditorDialog), offscreen: edits made through its widgets are
// saved as a user protocol that ProtocolReader loads back with those edits; the bundled folder
// is never written; an invalid attribute keeps Save disabled and says why.
#include "ProtocolEditorDialog.h"

#include "hanging_protocols/ProtocolLibrary.h"
#include "hanging_protocols/ProtocolReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum::hanging_protocols;
using continuum::app::ProtocolEditorDialog;

namespace {

QByteArray folderDigest(const QString& folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

template <typename T>
T* child(QObject& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->item(row, column)->setText(text);
}

void setConstraint(QTableWidget* table, int row, const QString& name)
{
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, 1));
    QVERIFY(combo);
    combo->setCurrentText(name);
}

QPushButton* buttonNamed(QObject& parent, const QString& accessibleName)
{
    for (QPushButton* button : parent.findChildren<QPushButton*>()) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    qFatal("no button %s", qPrintable(accessibleName));
}

} // namespace

class ProtocolEditorDialogTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_user;
    QTemporaryDir m_site;

    ProtocolLibrary::Folders folders() const
    {
        return {QStringLiteral(CONTINUUM_PROTOCOLS_DIR), m_site.path(), m_user.path()};
    }

private Q_SLOTS:
    void editAndSaveAsUserProtocol()
    {
        const QByteArray bundledBefore = folderDigest(QStringLiteral(CONTINUUM_PROTOCOLS_DIR));
        ProtocolLibrary library(folders());
        const LoadedProtocol* original = library.find(QStringLiteral("ct-chest-comparison"));
        QVERIFY(original);
        QSignalSpy reloaded(&library, &ProtocolLibrary::reloaded);

        ProtocolEditorDialog dialog(library, original->protocol);
        QVERIFY2(dialog.canSave(), qPrintable(dialog.validationMessage()));
        child<QLineEdit>(dialog, "idEdit")->setText(QStringLiteral("my-chest"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("My chest comparison"));
        auto* department = child<QComboBox>(dialog, "departmentCombo");
        department->setCurrentIndex(department->findData(QStringLiteral("oncology")));
        child<QSpinBox>(dialog, "prioritySpin")->setValue(42);

        // Study rules: change the weight of the first, add "StudyDescription contains thorax".
        auto* studyRules = child<QTableWidget>(dialog, "studyRules");
        QCOMPARE(studyRules->rowCount(), 3);
        setCell(studyRules, 0, 3, QStringLiteral("12"));
        buttonNamed(dialog, QStringLiteral("Add rule to Rules on the current study"))->click();
        QCOMPARE(studyRules->rowCount(), 4);
        setCell(studyRules, 3, 0, QStringLiteral("StudyDescription"));
        setConstraint(studyRules, 3, QStringLiteral("contains"));
        setCell(studyRules, 3, 2, QStringLiteral("thorax\\torax"));
        studyRules->item(3, 4)->setCheckState(Qt::Checked);

        // Priors: two, same body part.
        child<QSpinBox>(dialog, "priorCountSpin")->setValue(2);
        auto* selection = child<QComboBox>(dialog, "priorSelectionCombo");
        selection->setCurrentIndex(selection->findData(QStringLiteral("sameBodyPart")));

        // Stage 1: a 2x2 grid; viewport 3 shows prior 2, coronal, empty when nothing matches.
        child<QListWidget>(dialog, "stageList")->setCurrentRow(0);
        child<QSpinBox>(dialog, "rowsSpin")->setValue(2);
        QCOMPARE(child<QListWidget>(dialog, "viewportList")->count(), 4);
        child<QListWidget>(dialog, "viewportList")->setCurrentRow(2);
        child<QSpinBox>(dialog, "viewportStudySpin")->setValue(2);
        auto* orientation = child<QComboBox>(dialog, "orientationCombo");
        orientation->setCurrentIndex(orientation->findData(QStringLiteral("coronal")));
        auto* fallback = child<QComboBox>(dialog, "fallbackCombo");
        fallback->setCurrentIndex(fallback->findData(QStringLiteral("empty")));
        child<QLineEdit>(dialog, "windowPresetEdit")->setText(QStringLiteral("Bone"));
        auto* viewportRules = child<QTableWidget>(dialog, "viewportRules");
        buttonNamed(dialog, QStringLiteral("Add rule to Series rules of the viewport"))->click();
        setCell(viewportRules, 0, 0, QStringLiteral("(0018,0050)"));
        setConstraint(viewportRules, 0, QStringLiteral("range"));
        setCell(viewportRules, 0, 2, QStringLiteral("0.5..2"));
        setCell(viewportRules, 0, 3, QStringLiteral("3"));
        // Move away and back: the edits of viewport 3 are kept.
        child<QListWidget>(dialog, "viewportList")->setCurrentRow(0);
        child<QListWidget>(dialog, "viewportList")->setCurrentRow(2);
        QCOMPARE(viewportRules->rowCount(), 1);
        QCOMPARE(viewportRules->item(0, 2)->text(), QStringLiteral("0.5..2"));

        QVERIFY2(dialog.canSave(), qPrintable(dialog.validationMessage()));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.savedPath(), QDir(m_user.path()).filePath(QStringLiteral("my-chest.json")));
        QVERIFY(reloaded.count() >= 1);
        QCOMPARE(folderDigest(QStringLiteral(CONTINUUM_PROTOCOLS_DIR)), bundledBefore);

        ProtocolProblem problem;
        const auto saved = ProtocolReader::readFile(dialog.savedPath(), &problem);
        QVERIFY2(saved, qPrintable(problem.text()));
        QCOMPARE(saved->id, QStringLiteral("my-chest"));
        QCOMPARE(saved->name, QStringLiteral("My chest comparison"));
        QCOMPARE(saved->department, Department::Oncology);
        QCOMPARE(saved->priority, 42);
        QCOMPARE(saved->rules.size(), std::size_t(4));
        QCOMPARE(saved->rules[0].weight, 12.0);
        QCOMPARE(saved->rules[3].attribute.name(), QStringLiteral("StudyDescription"));
        QCOMPARE(saved->rules[3].constraint, Constraint::Contains);
        QCOMPARE(saved->rules[3].values, (QStringList{QStringLiteral("thorax"), QStringLiteral("torax")}));
        QVERIFY(saved->rules[3].required);
        QCOMPARE(saved->priors.count, 2);
        QCOMPARE(saved->priors.selection, PriorSelection::SameBodyPart);
        QCOMPARE(saved->priors.rules.size(), original->protocol.priors.rules.size());
        const Stage& stage = saved->stages[0];
        QCOMPARE(stage.rows, 2);
        QCOMPARE(stage.columns, 2);
        QCOMPARE(stage.viewports.size(), std::size_t(4));
        QCOMPARE(stage.viewports[0].displaySet.rules.size(), original->protocol.stages[0].viewports[0].displaySet.rules.size());
        const DisplaySetSelector& third = stage.viewports[2].displaySet;
        QCOMPARE(third.study, 2);
        QCOMPARE(third.preferredOrientation, std::optional(PlaneOrientation::Plane::Coronal));
        QCOMPARE(third.fallback, Fallback::Empty);
        QCOMPARE(stage.viewports[2].window->preset, QStringLiteral("Bone"));
        QCOMPARE(third.rules.size(), std::size_t(1));
        QCOMPARE(third.rules[0].attribute.name(), QStringLiteral("SliceThickness"));
        QCOMPARE(third.rules[0].minimum, std::optional(0.5));
        QCOMPARE(third.rules[0].maximum, std::optional(2.0));
        QCOMPARE(third.rules[0].weight, 3.0);
        QCOMPARE(saved->stages.size(), original->protocol.stages.size());

        // The library now has it from the user folder.
        const LoadedProtocol* loaded = library.find(QStringLiteral("my-chest"));
        QVERIFY(loaded);
        QCOMPARE(loaded->level, ProtocolLevel::User);
    }

    void invalidAttributeKeepsSaveDisabled()
    {
        ProtocolLibrary library(folders());
        const LoadedProtocol* original = library.find(QStringLiteral("mr-brain"));
        QVERIFY(original);
        ProtocolEditorDialog dialog(library, original->protocol);
        auto* studyRules = child<QTableWidget>(dialog, "studyRules");
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        setCell(studyRules, 0, 0, QStringLiteral("Modalitty"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.canSave());
        const QString message = child<QLabel>(dialog, "validationMessage")->text();
        QVERIFY2(message.startsWith(QLatin1String("Study rules, rule 1:")) && message.contains(QLatin1String("Modalitty")), qPrintable(message));
        QVERIFY(!studyRules->item(0, 0)->toolTip().isEmpty());
        QVERIFY(!dialog.save());
        QVERIFY(QDir(m_user.path()).entryList({QStringLiteral("*.json")}).isEmpty() || !QFileInfo::exists(QDir(m_user.path()).filePath(QStringLiteral("mr-brain.json"))));

        // A tag is fine; an invalid regular expression is not.
        setCell(studyRules, 0, 0, QStringLiteral("(0008,0060)"));
        QVERIFY2(save->isEnabled(), qPrintable(dialog.validationMessage()));
        setConstraint(studyRules, 0, QStringLiteral("regex"));
        setCell(studyRules, 0, 2, QStringLiteral("MR("));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.validationMessage().contains(QLatin1String("invalid regular expression")));
        setCell(studyRules, 0, 2, QStringLiteral("^MR$"));
        QVERIFY(save->isEnabled());
    }
};

QTEST_MAIN(ProtocolEditorDialogTest)
#include "ProtocolEditorDialogTest.moc"
