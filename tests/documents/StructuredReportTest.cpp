// Structured reports: the shared Comprehensive and Basic Text SRs read into trees (expectations
// are what dcmdump/dsrdump show for nonimage/sr/*.dcm), a TID 1500 measurement report written
// for real CT slices (ct-series/lung_dx_a0001_chest_ct_5mm) and validated by dciodvfy and DCMTK,
// read back; and the encapsulated PDF (nonimage/pdf/encapsulated_pdf.dcm).
#include "DocumentTestSupport.h"
#include "TestData.h"

#include "documents/EncapsulatedDocumentReader.h"
#include "documents/MeasurementReportReader.h"
#include "documents/MeasurementReportWriter.h"
#include "documents/SourceImageReader.h"
#include "documents/StructuredReportReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace continuum::documents;
using continuum::documents::testing::dciodvfy;
using continuum::documents::testing::dsrdump;

namespace {
SourceImage ct(const QString& name)
{
    QString error;
    auto image = SourceImageReader::readFile(
        continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/") + name), &error);
    if (!image)
        qFatal("%s", qPrintable(error));
    return *image;
}

// A lesion length drawn on an image: the value is the polyline's length in mm.
Measurement length(const SourceImage& image, const CodedConcept& conceptName, QPointF a, QPointF b)
{
    Measurement m;
    m.conceptName = conceptName;
    m.value = std::hypot((b.x() - a.x()) * image.pixelSpacingColumn, (b.y() - a.y()) * image.pixelSpacingRow);
    m.image = image.reference;
    m.region = SpatialCoordinates{GraphicType::Polyline, {a, b}};
    return m;
}

const CodedConcept longAxis{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long Axis")};
const CodedConcept shortAxis{QStringLiteral("103340004"), QStringLiteral("SCT"), QStringLiteral("Short Axis")};
} // namespace

class StructuredReportTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/sr/comprehensive_sr.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/sr/basic_text_sr.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/pdf/encapsulated_pdf.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-30.dcm"));
    }

    void readsTheComprehensiveSr()
    {
        QString error;
        const auto sr = StructuredReportReader::readFile(continuum::testing::sharedDicomPath(QStringLiteral("nonimage/sr/comprehensive_sr.dcm")), &error);
        QVERIFY2(sr, qPrintable(error));
        QCOMPARE(sr->sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.88.33"));
        QCOMPARE(sr->documentTitle, QStringLiteral("Diagnosis"));
        QCOMPARE(sr->completionFlag, QStringLiteral("COMPLETE"));
        QCOMPARE(sr->verificationFlag, QStringLiteral("VERIFIED"));
        QCOMPARE(sr->contentDateTime, QDateTime(QDate(2001, 2, 13), QTime(18, 47, 46)));
        QCOMPARE(sr->patientName, QStringLiteral("Test^S R"));
        QCOMPARE(sr->root.children.size(), size_t(5));

        const SrContentItem* uid = sr->itemAt(QStringLiteral("1.1"));
        QVERIFY(uid);
        QCOMPARE(uid->relationship, QStringLiteral("HAS OBS CONTEXT"));
        QCOMPARE(uid->valueType, QStringLiteral("UIDREF"));
        QCOMPARE(uid->conceptName.meaning, QStringLiteral("Some UID"));
        QCOMPARE(uid->valueText, QStringLiteral("1.2.3.4.5"));

        const SrContentItem* diameter = sr->itemAt(QStringLiteral("1.2.2"));
        QVERIFY(diameter);
        QCOMPARE(diameter->valueType, QStringLiteral("NUM"));
        QCOMPARE(diameter->conceptName.meaning, QStringLiteral("Diameter"));
        QCOMPARE(diameter->valueText, QStringLiteral("3 cm"));
        QCOMPARE(diameter->numeric->value, 3.0);
        QCOMPARE(diameter->numeric->unit, (CodedConcept{QStringLiteral("cm"), QStringLiteral("99_OFFIS_DCMTK"), QStringLiteral("Length Unit")}));
        QCOMPARE(sr->itemAt(QStringLiteral("1.2.1.1"))->valueText, QStringLiteral("Sample Code 1"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.2.1.1"))->code->value, QStringLiteral("2222"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.2.1"))->valueText, QStringLiteral("A mass of"));

        const SrContentItem* circle = sr->itemAt(QStringLiteral("1.3.2"));
        QVERIFY(circle && circle->coordinates);
        QCOMPARE(circle->coordinates->type, GraphicType::Circle);
        QCOMPARE(circle->coordinates->points, (std::vector<QPointF>{QPointF(0, 0), QPointF(255, 255)}));

        // The COMPOSITE item's acquisition context: date, time and date-time as readable text.
        QCOMPARE(sr->itemAt(QStringLiteral("1.4.1"))->valueText, QStringLiteral("2000-12-06"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.4.2"))->valueText, QStringLiteral("12:00:00"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.4.3"))->valueText, QStringLiteral("2000-12-06 12:00:00"));

        // The IMAGE item: CT instance 1.2.3.4.5.0, frames 5 and 2, with a GSPS.
        const SrContentItem* image = sr->itemAt(QStringLiteral("1.5"));
        QVERIFY(image);
        QCOMPARE(image->valueType, QStringLiteral("IMAGE"));
        QCOMPARE(image->references.size(), size_t(1));
        QCOMPARE(image->references[0].sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
        QCOMPARE(image->references[0].sopInstanceUid, QStringLiteral("1.2.3.4.5.0"));
        QCOMPARE(image->references[0].frames, (std::vector<int>{5, 2}));
        QCOMPARE(image->presentationStateUid, QStringLiteral("1.2.3.5.6.7"));
        // By-reference relationship "inferred from 1.2.2.1".
        QCOMPARE(sr->itemAt(QStringLiteral("1.5.1.1.1"))->referencedPosition, QStringLiteral("1.2.2.1"));

        const auto hits = sr->imageReferences();
        QStringList uids;
        for (const SrImageHit& hit : hits)
            uids << hit.image.sopInstanceUid;
        QCOMPARE(uids, (QStringList{QStringLiteral("9.8.7.6"), QStringLiteral("1.2.3.4.5.0"), QStringLiteral("1.2.3.4.0.1"), QStringLiteral("1.2.3.4.5")}));

        const QString text = sr->toText();
        QVERIFY2(text.startsWith(QLatin1String("Diagnosis\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\n  Some UID: 1.2.3.4.5\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\n      Diameter: 3 cm\n")) || text.contains(QLatin1String("\n    Diameter: 3 cm\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("CT Image 1.2.3.4.5.0 frame 5,2")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("inferred from: see item 1.2.2.1")), qPrintable(text));
    }

    // DCMTK's strict reader refuses this file (IMAGE items with SOP class "0"); ours reads it.
    void readsTheBasicTextSr()
    {
        QString error;
        const auto sr = StructuredReportReader::readFile(continuum::testing::sharedDicomPath(QStringLiteral("nonimage/sr/basic_text_sr.dcm")), &error);
        QVERIFY2(sr, qPrintable(error));
        QCOMPARE(sr->sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.88.11"));
        QCOMPARE(sr->documentTitle, QStringLiteral("Document Title"));
        QCOMPARE(sr->completionFlag, QStringLiteral("PARTIAL"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.1"))->valueText, QStringLiteral("DIRECT"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.2"))->valueType, QStringLiteral("PNAME"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.2"))->conceptName.meaning, QStringLiteral("Recording Observer's Name"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.5"))->conceptName.meaning, QStringLiteral("Section Heading"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.5.1"))->conceptName.meaning, QStringLiteral("Report Text"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.5.1.1"))->conceptName.meaning, QStringLiteral("Image Reference"));
        QCOMPARE(sr->itemAt(QStringLiteral("1.5.2"))->references.at(0).sopInstanceUid, QStringLiteral("0"));
        QCOMPARE(sr->imageReferences().size(), size_t(2));
        QVERIFY(sr->toText().contains(QLatin1String("    Report Text: Enter text\n")));
    }

    void writesAndReReadsATid1500MeasurementReport()
    {
        const SourceImage slice30 = ct(QStringLiteral("1-30.dcm"));
        const SourceImage slice32 = ct(QStringLiteral("1-32.dcm"));
        MeasurementReport report;
        report.observerName = QStringLiteral("Reader^Oncology");
        report.observerOrganization = QStringLiteral("Continuum Test Site");
        MeasurementGroup lesion;
        lesion.trackingIdentifier = QStringLiteral("Lesion 1");
        lesion.finding = CodedConcept{QStringLiteral("108369006"), QStringLiteral("SCT"), QStringLiteral("Neoplasm")};
        lesion.findingSite = CodedConcept{QStringLiteral("39607008"), QStringLiteral("SCT"), QStringLiteral("Lung")};
        lesion.timePoint = QStringLiteral("baseline");
        lesion.measurements = {length(slice30, longAxis, QPointF(200, 210), QPointF(228, 231)),
                               length(slice30, shortAxis, QPointF(210, 230), QPointF(219, 218))};
        MeasurementGroup node;
        node.trackingIdentifier = QStringLiteral("Lymph node 1");
        node.trackingUid = QStringLiteral("2.25.1234567890123456789");
        node.finding = CodedConcept{QStringLiteral("59441001"), QStringLiteral("SCT"), QStringLiteral("Lymph node")};
        node.measurements = {length(slice32, shortAxis, QPointF(300.5, 280.5), QPointF(311.5, 280.5))};
        report.groups = {lesion, node};

        DocumentIdentity identity;
        identity.seriesNumber = 9200;
        identity.seriesDescription = QStringLiteral("Tumour measurements");
        const QString path = m_dir.filePath(QStringLiteral("tid1500.dcm"));
        QString error;
        MeasurementReport written;
        const auto document = MeasurementReportWriter::writeFile(report, slice30.study, identity, path, &error, &written);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.88.22"));   // Enhanced SR
        QVERIFY(!written.groups[0].trackingUid.isEmpty());
        QCOMPARE(written.groups[1].trackingUid, node.trackingUid);

        const auto iod = dciodvfy(path);
        QVERIFY2(iod.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(iod.errors.isEmpty(), qPrintable(iod.errors.join(QLatin1Char('\n'))));
        for (const QString& warning : iod.warnings)
            qInfo("dciodvfy: %s", qPrintable(warning));
        const auto dcmtk = dsrdump(path);
        QVERIFY2(dcmtk.ran && dcmtk.exitCode == 0, qPrintable(dcmtk.output));
        QVERIFY2(dcmtk.errors.isEmpty(), qPrintable(dcmtk.errors.join(QLatin1Char('\n'))));

        // As a generic tree.
        const auto sr = StructuredReportReader::readFile(path, &error);
        QVERIFY2(sr, qPrintable(error));
        QCOMPARE(sr->templateIdentifier, QStringLiteral("1500"));
        QCOMPARE(sr->documentTitle, QStringLiteral("Imaging Measurement Report"));
        QCOMPARE(sr->findByConceptMeaning(QStringLiteral("Tracking Identifier"))->valueText, QStringLiteral("Lesion 1"));
        const QString text = sr->toText();
        QVERIFY2(text.contains(QLatin1String("Long Axis: ") + QString::number(written.groups[0].measurements[0].value, 'g', 10) + QLatin1String(" mm")),
                 qPrintable(text));
        bool regionOnSlice30 = false;
        for (const SrImageHit& hit : sr->imageReferences())
            regionOnSlice30 = regionOnSlice30
                || (hit.coordinates && hit.image.sopInstanceUid == slice30.reference.sopInstanceUid
                    && hit.coordinates->points == std::vector<QPointF>{QPointF(200, 210), QPointF(228, 231)});
        QVERIFY(regionOnSlice30);

        // As a measurement report: the groups come back as written.
        const auto reread = MeasurementReportReader::fromReport(*sr, &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->groups.size(), size_t(2));
        for (size_t g = 0; g < 2; ++g) {
            const MeasurementGroup& a = reread->groups[g];
            const MeasurementGroup& b = written.groups[g];
            QCOMPARE(a.trackingIdentifier, b.trackingIdentifier);
            QCOMPARE(a.trackingUid, b.trackingUid);
            QVERIFY(a.finding == b.finding);
            QCOMPARE(a.findingSite.has_value(), b.findingSite.has_value());
            if (b.findingSite)
                QCOMPARE(a.findingSite->value, b.findingSite->value);
            QCOMPARE(a.timePoint, b.timePoint);
            QCOMPARE(a.measurements.size(), b.measurements.size());
            for (size_t m = 0; m < b.measurements.size(); ++m) {
                const Measurement& x = a.measurements[m];
                const Measurement& y = b.measurements[m];
                QCOMPARE(x.conceptName, y.conceptName);
                QCOMPARE(x.unit.value, QStringLiteral("mm"));
                QVERIFY(std::abs(x.value - y.value) < 1e-6);
                QVERIFY(x.image && *x.image == *y.image);
                QVERIFY(x.region == y.region);
                // The number is the drawn length: polyline length x pixel spacing.
                const QPointF d = x.region->points[1] - x.region->points[0];
                QVERIFY(std::abs(x.value - std::hypot(d.x() * slice30.pixelSpacingColumn, d.y() * slice30.pixelSpacingRow)) < 0.01);
            }
        }
        QCOMPARE(reread->procedureReported.value, QStringLiteral("25045-6"));
        QCOMPARE(reread->imageLibrary.size(), size_t(2));
    }

    void readsTheEncapsulatedPdf()
    {
        QString error;
        const auto doc = EncapsulatedDocumentReader::readFile(continuum::testing::sharedDicomPath(QStringLiteral("nonimage/pdf/encapsulated_pdf.dcm")), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->sopClassUid, QString::fromLatin1(EncapsulatedDocumentReader::pdfSopClassUid));
        QCOMPARE(doc->mimeType, QStringLiteral("application/pdf"));
        QVERIFY(doc->bytes.startsWith("%PDF-1.4"));
        // dcmdump: (0042,0011) OB of 20576 bytes, no (0042,0015); the PDF ends at "%%EOF\n" and
        // the 20576th byte is the NUL that pads the value to even length.
        QVERIFY(!doc->declaredLength);
        QCOMPARE(doc->bytes.size(), qsizetype(20575));
        QVERIFY(doc->bytes.endsWith("%%EOF\n"));
        // The data set has neither Document Title nor Concept Name Code Sequence.
        QVERIFY(doc->title.isEmpty());
        // A CT slice has no encapsulated document.
        QVERIFY(!EncapsulatedDocumentReader::readFile(continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-30.dcm")), &error));
        QVERIFY(error.contains(QLatin1String("no Encapsulated Document")));
    }
};

QTEST_GUILESS_MAIN(StructuredReportTest)
#include "StructuredReportTest.moc"
