#include "StudyDocumentsPanel.h"

#include "PdfDocumentView.h"
#include "StructuredReportView.h"

#include "dicom/InstanceHeader.h"
#include "documents/KeyObjectSelectionReader.h"
#include "documents/PresentationStateReader.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace continuum::app {
namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
constexpr int kUidRole = Qt::UserRole + 3;
constexpr int kFrameRole = Qt::UserRole + 4;

QString kindText(StudyDocumentsPanel::Kind kind)
{
    switch (kind) {
    case StudyDocumentsPanel::Kind::StructuredReport:
        return StudyDocumentsPanel::tr("Report");
    case StudyDocumentsPanel::Kind::Pdf:
        return StudyDocumentsPanel::tr("PDF report");
    case StudyDocumentsPanel::Kind::KeyObjects:
        return StudyDocumentsPanel::tr("Key images");
    case StudyDocumentsPanel::Kind::PresentationState:
        return StudyDocumentsPanel::tr("Presentation state");
    }
    return {};
}
} // namespace

std::optional<StudyDocumentsPanel::Kind> StudyDocumentsPanel::kindOf(const QString& sopClassUid)
{
    if (sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.59"))
        return Kind::KeyObjects;
    if (sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88.")))
        return Kind::StructuredReport;
    if (sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.104.1"))
        return Kind::Pdf;
    if (sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.11.1"))   // grayscale softcopy
        return Kind::PresentationState;
    return std::nullopt;
}

StudyDocumentsPanel::StudyDocumentsPanel(QWidget* parent) : QWidget(parent)
{
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("Reports and key objects of the study"));
    m_stack = new QStackedWidget(splitter);
    m_message = new QLabel(m_stack);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(8);
    m_stack->addWidget(m_message);
    m_report = new StructuredReportView(m_stack);
    m_stack->addWidget(m_report);
    m_pdf = new PdfDocumentView(m_stack);
    m_stack->addWidget(m_pdf);
    m_referencePage = new QWidget(m_stack);
    auto* referenceBox = new QVBoxLayout(m_referencePage);
    referenceBox->setContentsMargins(0, 0, 0, 0);
    m_referenceHeading = new QLabel(m_referencePage);
    m_referenceHeading->setWordWrap(true);
    m_referenceHeading->setMargin(4);
    referenceBox->addWidget(m_referenceHeading);
    m_references = new QListWidget(m_referencePage);
    m_references->setAccessibleName(tr("Referenced images"));
    referenceBox->addWidget(m_references, 1);
    m_stack->addWidget(m_referencePage);
    splitter->setStretchFactor(1, 3);
    box->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &StudyDocumentsPanel::showDocument);
    connect(m_report, &StructuredReportView::referenceActivated, this, &StudyDocumentsPanel::imageRequested);
    auto follow = [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT imageRequested(item->data(kUidRole).toString(), item->data(kFrameRole).toInt());
    };
    connect(m_references, &QListWidget::itemActivated, this, follow);
    connect(m_references, &QListWidget::itemClicked, this, follow);
    clear();
}

void StudyDocumentsPanel::clear()
{
    m_list->clear();
    m_message->setText(tr("No reports or key objects came with this study."));
    m_stack->setCurrentWidget(m_message);
    Q_EMIT documentCountChanged(0);
}

int StudyDocumentsPanel::documentCount() const
{
    return m_list->count();
}

void StudyDocumentsPanel::setObjects(const std::vector<dicom::InstanceHeader>& nonImages)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    for (const dicom::InstanceHeader& header : nonImages) {
        const auto kind = kindOf(QString::fromStdString(header.sopClassUid));
        if (!kind)
            continue;
        QString title = header.seriesDescription.trimmed();
        if (title.isEmpty())
            title = QString::fromStdString(header.sopInstanceUid);
        auto* item = new QListWidgetItem(tr("%1: %2").arg(kindText(*kind), title), m_list);
        item->setData(kPathRole, QString::fromStdString(header.filePath));
        item->setData(kKindRole, static_cast<int>(*kind));
        item->setToolTip(QString::fromStdString(header.filePath));
    }
    if (m_list->count() == 0)
        clear();
    else
        m_list->setCurrentRow(0);
    Q_EMIT documentCountChanged(m_list->count());
}

bool StudyDocumentsPanel::showDocument(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item)
        return false;
    if (m_list->currentRow() != row) {
        m_list->setCurrentRow(row);   // comes back here through currentRowChanged
        return m_stack->currentWidget() != m_message;
    }
    const QString path = item->data(kPathRole).toString();
    const auto kind = static_cast<Kind>(item->data(kKindRole).toInt());
    QString error;
    bool shown = false;
    switch (kind) {
    case Kind::StructuredReport:
        shown = m_report->loadFile(path, &error);
        if (shown)
            m_stack->setCurrentWidget(m_report);
        break;
    case Kind::Pdf:
        shown = m_pdf->loadFile(path, &error);
        if (shown)
            m_stack->setCurrentWidget(m_pdf);
        break;
    case Kind::KeyObjects:
        if (const auto selection = documents::KeyObjectSelectionReader::readFile(path, &error)) {
            std::vector<std::pair<QString, int>> images;
            QStringList labels;
            for (const documents::ImageReference& image : selection->images) {
                const std::vector<int> frames = image.frames.empty() ? std::vector<int>{1} : image.frames;
                for (int frame : frames) {
                    images.emplace_back(image.sopInstanceUid, frame);
                    labels << (image.frames.empty() ? tr("Image %1").arg(image.sopInstanceUid)
                                                    : tr("Image %1, frame %2").arg(image.sopInstanceUid).arg(frame));
                }
            }
            QString heading = tr("%1: %n image(s)", nullptr, static_cast<int>(images.size())).arg(selection->title.meaning);
            if (!selection->description.isEmpty())
                heading += QStringLiteral("\n") + selection->description;
            showReferences(heading, images, labels);
            shown = true;
        }
        break;
    case Kind::PresentationState:
        if (const auto state = documents::PresentationStateReader::readFile(path, &error)) {
            std::vector<std::pair<QString, int>> images;
            QStringList labels;
            for (const documents::ImageReference& image : state->images) {
                images.emplace_back(image.sopInstanceUid, image.frames.empty() ? 1 : image.frames.front());
                labels << tr("Image %1").arg(image.sopInstanceUid);
            }
            int graphics = 0;
            int texts = 0;
            for (const documents::GraphicAnnotation& annotation : state->annotations) {
                graphics += static_cast<int>(annotation.graphics.size());
                texts += static_cast<int>(annotation.texts.size());
            }
            QStringList facts;
            facts << tr("%1 (%2), %3").arg(state->contentLabel, state->contentDescription, QLocale().toString(state->creationDate, QLocale::ShortFormat));
            facts << tr("%n graphic(s)", nullptr, graphics) + QStringLiteral(", ") + tr("%n text(s)", nullptr, texts);
            if (!state->voi.empty())
                facts << tr("window/level set");
            if (state->rotationDegrees != 0 || state->horizontalFlip)
                facts << tr("rotated %1°%2").arg(state->rotationDegrees).arg(state->horizontalFlip ? tr(", flipped") : QString());
            facts << tr("applies to %n image(s):", nullptr, static_cast<int>(images.size()));
            showReferences(facts.join(QLatin1Char('\n')), images, labels);
            shown = true;
        }
        break;
    }
    if (!shown) {
        m_message->setText(tr("This document cannot be shown: %1").arg(error));
        m_stack->setCurrentWidget(m_message);
    }
    return shown;
}

void StudyDocumentsPanel::showReferences(const QString& heading, const std::vector<std::pair<QString, int>>& images, const QStringList& labels)
{
    m_referenceHeading->setText(heading);
    m_references->clear();
    for (std::size_t i = 0; i < images.size(); ++i) {
        auto* item = new QListWidgetItem(labels.value(static_cast<int>(i)), m_references);
        item->setData(kUidRole, images[i].first);
        item->setData(kFrameRole, images[i].second);
    }
    m_stack->setCurrentWidget(m_referencePage);
}

} // namespace continuum::app
