#pragma once
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace continuum::dicom {
struct InstanceHeader;
}

namespace continuum::app {

class PdfDocumentView;
class StructuredReportView;

// The reports and key objects that came with the study, beside its images: structured reports
// (tree and text; a reference jumps to its image), encapsulated PDF reports, key object
// selections (their images, each one click away) and presentation states (what they change and
// which images they apply to). Each document is read when it is selected, so a study with many
// reports opens as fast as one without.
class StudyDocumentsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Kind { StructuredReport, Pdf, KeyObjects, PresentationState };

    explicit StudyDocumentsPanel(QWidget* parent = nullptr);

    // The study's non-image objects; those that are not documents (RT, SEG, waveforms...) are
    // left to their own viewers and not listed.
    void setObjects(const std::vector<dicom::InstanceHeader>& nonImages);
    void clear();
    int documentCount() const;
    // Shows document `row` of the list; false (with the reason on the panel) when unreadable.
    bool showDocument(int row);
    StructuredReportView* reportView() const { return m_report; }
    PdfDocumentView* pdfView() const { return m_pdf; }
    QListWidget* documentList() const { return m_list; }
    QListWidget* referenceList() const { return m_references; }

    // The kind of document a SOP class is, if it is one this panel shows.
    static std::optional<Kind> kindOf(const QString& sopClassUid);

Q_SIGNALS:
    // A reference was followed: show this image (frame is 1-based).
    void imageRequested(const QString& sopInstanceUid, int frame);
    // The number of documents changed (the window names its dock after it).
    void documentCountChanged(int count);

private:
    void showReferences(const QString& heading, const std::vector<std::pair<QString, int>>& images, const QStringList& labels);

    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    StructuredReportView* m_report = nullptr;
    PdfDocumentView* m_pdf = nullptr;
    QWidget* m_referencePage = nullptr;
    QLabel* m_referenceHeading = nullptr;
    QListWidget* m_references = nullptr;
};

} // namespace continuum::app
