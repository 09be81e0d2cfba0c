// The document views offscreen: the SR tree of nonimage/sr/comprehensive_sr.dcm shows its
// conceptName names and a click on the IMAGE item emits its SOP instance UID and frame; a TID 1500
// report written for ct-series/lung_dx_a0001_chest_ct_5mm/1-30.dcm jumps to that slice; the PDF
// of nonimage/pdf/encapsulated_pdf.dcm loads in QtPdf. Screenshots go to
// $CONTINUUM_SCREENSHOT_DIR when set.
#include "TestData.h"

#include "PdfDocumentView.h"
#include "StructuredReportView.h"

#include "documents/MeasurementReportWriter.h"
#include "documents/SourceImageReader.h"

#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace continuum;
using namespace continuum::documents;

namespace {
void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = QString::fromLocal8Bit(qgetenv("CONTINUUM_SCREENSHOT_DIR"));
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name)));
}

QStringList conceptNames(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        names << index.data().toString();
        names << conceptNames(model, index);
    }
    return names;
}

void clickRow(QTreeView& tree, const QModelIndex& index)
{
    tree.scrollTo(index);
    const QRect rect = tree.visualRect(index.siblingAtColumn(1));
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class DocumentViewsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/sr/comprehensive_sr.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/pdf/encapsulated_pdf.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-30.dcm"));
    }

    void srTreeShowsConceptsAndJumpsToImages()
    {
        app::StructuredReportView view;
        view.resize(900, 600);
        QString error;
        QVERIFY2(view.loadFile(testing::sharedDicomPath(QStringLiteral("nonimage/sr/comprehensive_sr.dcm")), &error), qPrintable(error));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QStringList names = conceptNames(*view.treeView()->model());
        QCOMPARE(names.front(), QStringLiteral("Diagnosis"));
        for (const char* expected : {"Some UID", "Text Code", "Diameter", "Key Image", "SCoord Code", "Date", "DateTime"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(view.textView()->toPlainText().contains(QLatin1String("Diameter: 3 cm")));

        QSignalSpy spy(&view, &app::StructuredReportView::referenceActivated);
        // A text item is no reference.
        clickRow(*view.treeView(), view.indexForPosition(QStringLiteral("1.2.1")));
        QCOMPARE(spy.count(), 0);
        // The IMAGE item: CT 1.2.3.4.5.0, frames 5\2 -> the first, 5.
        clickRow(*view.treeView(), view.indexForPosition(QStringLiteral("1.5")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("1.2.3.4.5.0"));
        QCOMPARE(spy.at(0).at(1).toInt(), 5);
        saveScreenshot(view, QStringLiteral("structured-report-tree.png"));
    }

    void measurementRegionJumpsToItsSlice()
    {
        QString error;
        const auto slice = SourceImageReader::readFile(testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-30.dcm")), &error);
        QVERIFY2(slice, qPrintable(error));
        MeasurementReport report;
        MeasurementGroup lesion;
        lesion.trackingIdentifier = QStringLiteral("Lesion 1");
        Measurement m;
        m.conceptName = {QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long Axis")};
        m.value = 19.5;
        m.image = slice->reference;
        m.region = SpatialCoordinates{GraphicType::Polyline, {QPointF(100, 100), QPointF(120, 110)}};
        lesion.measurements = {m};
        report.groups = {lesion};
        const QString path = m_dir.filePath(QStringLiteral("tid1500.dcm"));
        QVERIFY2(MeasurementReportWriter::writeFile(report, slice->study, {}, path, &error), qPrintable(error));

        app::StructuredReportView view;
        view.resize(900, 700);
        QVERIFY2(view.loadFile(path, &error), qPrintable(error));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(conceptNames(*view.treeView()->model()).contains(QStringLiteral("Tracking Identifier")));
        QString regionPosition;
        for (const SrImageHit& hit : view.report().imageReferences())
            if (hit.coordinates)
                regionPosition = hit.itemPosition;
        QVERIFY(!regionPosition.isEmpty());
        QSignalSpy spy(&view, &app::StructuredReportView::referenceActivated);
        clickRow(*view.treeView(), view.indexForPosition(regionPosition));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), slice->reference.sopInstanceUid);
        QCOMPARE(spy.at(0).at(1).toInt(), 1);
        saveScreenshot(view, QStringLiteral("measurement-report-tree.png"));
    }

    void pdfViewLoadsTheEncapsulatedPdf()
    {
        app::PdfDocumentView view;
        view.resize(800, 1000);
        QString error;
        QVERIFY2(view.loadFile(testing::sharedDicomPath(QStringLiteral("nonimage/pdf/encapsulated_pdf.dcm")), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(view.pdfDocument()->status(), QPdfDocument::Status::Ready, 30000);
        QVERIFY(view.pageCount() > 0);
        // No DICOM Document Title: the PDF's own Title metadata is shown.
        QCOMPARE(view.title(), QStringLiteral("Microsoft Word - Document2"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(500);   // let QPdfView render its first page
        saveScreenshot(view, QStringLiteral("pdf-document.png"));

        // A CT slice is refused with a reason.
        QVERIFY(!view.loadFile(testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-30.dcm")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(DocumentViewsTest)
#include "DocumentViewsTest.moc"
