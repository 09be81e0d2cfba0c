#pragma once
#include "documents/EncapsulatedDocument.h"

#include <QWidget>

#include <memory>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace continuum::app {

// Shows an Encapsulated PDF report with QtPdf (QPdfDocument + QPdfView, all pages, fit to
// width). The PDF is read from memory; nothing is written to disk.
class PdfDocumentView : public QWidget {
    Q_OBJECT
public:
    explicit PdfDocumentView(QWidget* parent = nullptr);
    ~PdfDocumentView() override;

    // Reads the DICOM file with documents::EncapsulatedDocumentReader and shows its PDF.
    bool loadFile(const QString& dicomPath, QString* error = nullptr);
    bool setDocument(const documents::EncapsulatedDocument& document, QString* error = nullptr);

    int pageCount() const;   // 0 until the document is loaded
    // The DICOM Document Title, else the PDF's own Title metadata.
    QString title() const;
    QPdfDocument* pdfDocument() const { return m_document; }
    QPdfView* pdfView() const { return m_view; }

private:
    void updateCaption();

    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_caption = nullptr;
    std::unique_ptr<QBuffer> m_buffer;
    QString m_dicomTitle;
    QString m_title;
};

} // namespace continuum::app
