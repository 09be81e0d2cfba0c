// Reports and key objects beside the images (needs X): a Key Object Selection written at test time
// from two real CT slices (ct-series/lung_dx_a0001_chest_ct_5mm 1-20 and 1-24), opened together
// with the series, is listed in the dock, and following one of its references shows that slice;
// the shared encapsulated PDF and comprehensive SR open in the dock's own views.
#include "TestData.h"

#include "MainWindow.h"
#include "PdfDocumentView.h"
#include "SeriesViewController.h"
#include "StructuredReportView.h"
#include "StudyDocumentsPanel.h"

#include "dicom/ImageSeries.h"
#include "documents/KeyObjectSelectionWriter.h"
#include "documents/SourceImageReader.h"

#include <QScreen>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using continuum::testing::sharedDicomPath;

class DocumentsDockTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyImagesJumpToTheirSlice();
    void reportsOpenInTheDock();
};

void DocumentsDockTest::keyImagesJumpToTheirSlice()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    const QString series = sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    QTemporaryDir dir;
    // The series plus a KOS of two of its slices, in one folder opened at once.
    for (const QString& name : QDir(series).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(series).filePath(name), dir.filePath(name)));
    QString error;
    const auto a = continuum::documents::SourceImageReader::readFile(dir.filePath(QStringLiteral("1-20.dcm")), &error);
    const auto b = continuum::documents::SourceImageReader::readFile(dir.filePath(QStringLiteral("1-24.dcm")), &error);
    QVERIFY2(a && b, qPrintable(error));
    continuum::documents::KeyObjectSelection kos;
    kos.description = QStringLiteral("Nodule, right upper lobe");
    kos.images = {a->reference, b->reference};
    continuum::documents::DocumentIdentity identity;
    identity.seriesNumber = 9100;
    QVERIFY2(continuum::documents::KeyObjectSelectionWriter::writeFile(kos, a->study, identity, dir.filePath(QStringLiteral("kos.dcm")), &error),
             qPrintable(error));

    continuum::app::MainWindow window;
    window.show();
    window.openPaths({dir.path()});
    continuum::app::StudyDocumentsPanel* panel = window.documentsPanel();
    QCOMPARE(panel->documentCount(), 1);
    QVERIFY(panel->documentList()->item(0)->text().startsWith(QStringLiteral("Key images")));
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->showDocument(0));
    QCOMPARE(panel->referenceList()->count(), 2);
    // Follow the second key image: the viewer shows slice 1-24 of the 64.
    QListWidgetItem* second = panel->referenceList()->item(1);
    QVERIFY(second->text().contains(b->reference.sopInstanceUid));
    panel->referenceList()->itemClicked(second);
    const continuum::dicom::ImageSeries* shown = window.controller()->series();
    QVERIFY(shown);
    QCOMPARE(shown->frameCount(), 64);
    QCOMPARE(QString::fromStdString(shown->header(window.controller()->currentFrame()).sopInstanceUid), b->reference.sopInstanceUid);
    QVERIFY(window.isViewerShown());
    window.screen()->grabWindow(window.winId()).save(QDir::temp().filePath(QStringLiteral("continuum-documents-dock.png")));
    // A reference to an image that is not open says so instead of jumping anywhere.
    const int before = window.controller()->currentFrame();
    QVERIFY(!window.showImage(QStringLiteral("1.2.3.4.5.6.7"), 1));
    QCOMPARE(window.controller()->currentFrame(), before);
}

void DocumentsDockTest::reportsOpenInTheDock()
{
    CONTINUUM_REQUIRE_SHARED("nonimage/pdf/encapsulated_pdf.dcm");
    CONTINUUM_REQUIRE_SHARED("nonimage/sr/comprehensive_sr.dcm");
    continuum::app::MainWindow window;
    window.show();
    window.openPaths({sharedDicomPath(QStringLiteral("nonimage/pdf/encapsulated_pdf.dcm")), sharedDicomPath(QStringLiteral("nonimage/sr/comprehensive_sr.dcm"))});
    continuum::app::StudyDocumentsPanel* panel = window.documentsPanel();
    QCOMPARE(panel->documentCount(), 2);
    int pdfRow = -1;
    int srRow = -1;
    for (int row = 0; row < panel->documentCount(); ++row) {
        if (panel->documentList()->item(row)->text().startsWith(QStringLiteral("PDF report")))
            pdfRow = row;
        if (panel->documentList()->item(row)->text().startsWith(QStringLiteral("Report")))
            srRow = row;
    }
    QVERIFY(pdfRow >= 0 && srRow >= 0);
    QVERIFY(panel->showDocument(pdfRow));
    QVERIFY(panel->pdfView()->pageCount() > 0);
    QVERIFY(panel->showDocument(srRow));
    QVERIFY(panel->reportView()->textView()->toPlainText().contains(QStringLiteral("3 cm")));
}

QTEST_MAIN(DocumentsDockTest)
#include "DocumentsDockTest.moc"
