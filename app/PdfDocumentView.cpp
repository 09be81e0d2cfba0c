#include "PdfDocumentView.h"

#include "documents/EncapsulatedDocumentReader.h"

#include <QBuffer>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace continuum::app {

PdfDocumentView::PdfDocumentView(QWidget* parent)
    : QWidget(parent), m_document(new QPdfDocument(this)), m_view(new QPdfView(this)), m_caption(new QLabel(this))
{
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    // Loading from a device can finish after load() returns: caption and title follow the status.
    connect(m_document, &QPdfDocument::statusChanged, this, &PdfDocumentView::updateCaption);
}

void PdfDocumentView::updateCaption()
{
    if (m_document->status() != QPdfDocument::Status::Ready) {
        m_caption->setText(m_document->status() == QPdfDocument::Status::Error ? tr("The PDF cannot be shown") : QString());
        return;
    }
    m_title = m_dicomTitle.isEmpty() ? m_document->metaData(QPdfDocument::MetaDataField::Title).toString() : m_dicomTitle;
    m_caption->setText(tr("%1 — %n page(s)", nullptr, m_document->pageCount()).arg(m_title.isEmpty() ? tr("PDF report") : m_title));
}

PdfDocumentView::~PdfDocumentView()
{
    // The document reads from the buffer: close it before the buffer goes.
    m_document->close();
}

bool PdfDocumentView::loadFile(const QString& dicomPath, QString* error)
{
    const auto document = documents::EncapsulatedDocumentReader::readFile(dicomPath, error);
    if (!document)
        return false;
    return setDocument(*document, error);
}

bool PdfDocumentView::setDocument(const documents::EncapsulatedDocument& document, QString* error)
{
    if (document.mimeType != QLatin1String("application/pdf")) {
        if (error)
            *error = tr("the encapsulated document is %1, not a PDF").arg(document.mimeType.isEmpty() ? tr("of unknown type") : document.mimeType);
        return false;
    }
    m_document->close();
    m_dicomTitle = document.title;
    m_buffer = std::make_unique<QBuffer>();
    m_buffer->setData(document.bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer.get());
    if (m_document->status() == QPdfDocument::Status::Error) {
        if (error)
            *error = tr("the PDF cannot be opened (error %1)").arg(static_cast<int>(m_document->error()));
        return false;
    }
    updateCaption();
    return true;
}

int PdfDocumentView::pageCount() const
{
    return m_document->pageCount();
}

QString PdfDocumentView::title() const
{
    return m_title;
}

} // namespace continuum::app
