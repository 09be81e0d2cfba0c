// SUV body weight on the real PET slices of the shared set, against factors worked out by hand
// from their headers (below), and refusals on fixtures derived from them.
#include "GdcmReferenceImage.h"
#include "MeasureTestSupport.h"

#include "dicom/InstanceHeader.h"
#include "generators/AttributeRewriter.h"
#include "measure/SuvCalculator.h"

#include <gdcmAttribute.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace continuum;
using continuum::testing::sharedDicomPath;

namespace {

// Worked from the headers (dcmdump), QIBA body-weight SUV:
//   decay time = SeriesTime - RadiopharmaceuticalStartTime (Series Time is not after the
//   Acquisition Time in any of them, no start DateTime, same day)
//   factor = PatientWeight[kg] * 1000 / (RadionuclideTotalDose * 2^(-decay / RadionuclideHalfLife))
struct PetCase {
    const char* file;
    double rescaleSlope;
    double decaySeconds;
    double factor;
};
const PetCase kCases[] = {
    // 111959.109 - 111959.000 = 0.109 s; 82.174 kg; 173529998.7793 Bq; 6586.2 s
    {"oncology/pet_acrin_flt_breast_028.dcm", 46.2619, 0.109, 0.00047354891509041107},
    // 152316.921 - 141700 = 3976.921 s; 69.7344 kg; 178340011.59668 Bq
    {"oncology/pet_acrin_flt_breast_029.dcm", 9.12329, 3976.921, 0.0005942485308006252},
    // 130244.678 - 113900 = 5024.678 s; 66.2 kg; 381470000 Bq
    {"oncology/pet_qin_headneck_0024.dcm", 2.0222414, 5024.678, 0.0002944804047131298},
};

bool fuzzy(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::abs(b);
}

} // namespace

class SuvTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<measure::SuvScale> suvOfDerived(const char* source, const QString& name,
                                                  const std::vector<generators::AttributeRewriter::Change>& changes)
    {
        const QString out = m_dir.filePath(name);
        QString error;
        if (!generators::AttributeRewriter::writeCopy(sharedDicomPath(QString::fromLatin1(source)), out, changes, &error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        const auto measurer = continuum::testing::measurerFor(out);
        if (!measurer || !measurer->suv())
            return std::nullopt;
        return measurer->suv();
    }

private slots:
    void initTestCase()
    {
        for (const PetCase& c : kCases)
            CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(c.file));
        QVERIFY(m_dir.isValid());
    }

    void suvOfPixelsMatchesTheWorkedHeaders_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 3; ++i)
            QTest::newRow(kCases[i].file) << i;
    }

    void suvOfPixelsMatchesTheWorkedHeaders()
    {
        QFETCH(int, index);
        const PetCase& c = kCases[index];
        const auto measurer = continuum::testing::measurerFor(sharedDicomPath(QString::fromLatin1(c.file)));
        QVERIFY(measurer);
        QVERIFY(measurer->suv());
        const measure::SuvScale& suv = *measurer->suv();
        QVERIFY2(suv.available(), qPrintable(suv.refusal));
        QVERIFY2(fuzzy(suv.decayTimeSeconds, c.decaySeconds, 1e-6), qPrintable(QString::number(suv.decayTimeSeconds, 'f', 6)));
        QVERIFY2(fuzzy(*suv.factor, c.factor), qPrintable(QString::number(*suv.factor, 'g', 17)));
        QCOMPARE(measurer->units().unit(), QStringLiteral("Bq/ml"));

        // The hottest pixel, found in GDCM's stored values: SUV = stored * slope * factor.
        continuum::testing::GdcmReferenceImage ref;
        QVERIFY(continuum::testing::decodeWithGdcm(QString::fromLatin1(c.file), ref));
        QCOMPARE(ref.format.bitsAllocated, 16);
        const int columns = ref.format.columns;
        int hottest = 0;
        double hottestStored = -1e9;
        for (int i = 0; i < columns * ref.format.rows; ++i) {
            std::int16_t v;
            std::memcpy(&v, ref.pixels.data() + static_cast<std::size_t>(i) * 2, 2);
            if (v > hottestStored) {
                hottestStored = v;
                hottest = i;
            }
        }
        const QPointF centre(hottest % columns + 0.5, hottest / columns + 0.5);
        const auto probe = measurer->evaluate(measure::ProbeShape{centre});
        QVERIFY(probe.probeSuv);
        const double expected = hottestStored * c.rescaleSlope * c.factor;
        QVERIFY2(fuzzy(*probe.probeSuv, expected, 1e-7), qPrintable(QStringLiteral("%1 vs %2").arg(*probe.probeSuv).arg(expected)));
        QVERIFY(*probe.probeSuv > 0.5 && *probe.probeSuv < 100.0);   // plausible SUVmax
        QVERIFY2(probe.text().contains(QStringLiteral("SUVbw %1").arg(expected, 0, 'f', 2)), qPrintable(probe.text()));

        // An ROI around it reports SUV statistics scaled by the same factor.
        const auto roi = measurer->evaluate(measure::EllipseShape{centre, 4, 4});
        QVERIFY(roi.values && roi.suv);
        QVERIFY(fuzzy(roi.suv->maximum, expected, 1e-7));
        QVERIFY(fuzzy(roi.suv->mean, roi.values->mean * c.factor));
        QVERIFY(roi.text().contains(QStringLiteral("SUVbw mean")));
    }

    void refusedWithTheReason()
    {
        const char* pet = kCases[0].file;
        struct Refusal {
            QString name;
            std::vector<generators::AttributeRewriter::Change> changes;
            QString reason;
        };
        const std::vector<Refusal> refusals{
            {QStringLiteral("cnts.dcm"), {{{0x0054, 0x1001}, QStringLiteral("CNTS")}}, QStringLiteral("Units are CNTS, not BQML")},
            {QStringLiteral("admin.dcm"), {{{0x0054, 0x1102}, QStringLiteral("ADMIN")}}, QStringLiteral("Decay Correction is ADMIN, not START")},
            {QStringLiteral("nodecay.dcm"), {{{0x0028, 0x0051}, QStringLiteral("NORM\\ATTN\\SCAT")}},
             QStringLiteral("Corrected Image (0028,0051) does not include DECY: not decay corrected")},
            {QStringLiteral("noweight.dcm"), {{{0x0010, 0x1030}, QString()}}, QStringLiteral("Patient's Weight is missing or not positive")},
            // Series Time after the Acquisition Time (113559.108962): post-processed, no GE private time
            {QStringLiteral("postprocessed.dcm"), {{{0x0008, 0x0031}, QStringLiteral("120000")}},
             QStringLiteral("Series Time is after the Acquisition Time (a post-processed series?) and there is no GE private scan time: the scan start is unknown")},
        };
        for (const Refusal& r : refusals) {
            const auto suv = suvOfDerived(pet, r.name, r.changes);
            QVERIFY2(suv, qPrintable(r.name));
            QVERIFY2(!suv->available(), qPrintable(r.name));
            QCOMPARE(suv->refusal, r.reason);
        }
        // The refusal is what the screen says instead of an SUV.
        const QString out = m_dir.filePath(QStringLiteral("cnts.dcm"));
        const auto measurer = continuum::testing::measurerFor(out);
        const auto probe = measurer->evaluate(measure::ProbeShape{{84.5, 84.5}});
        QVERIFY(!probe.probeSuv);
        QVERIFY2(probe.text().contains(QStringLiteral("No SUV: Units are CNTS, not BQML")), qPrintable(probe.text()));
        QVERIFY(probe.text().contains(QStringLiteral("counts")));

        // Not a PET image: no SUV at all (not a refusal).
        const auto ct = continuum::testing::measurerFor(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")));
        QVERIFY(ct && !ct->suv());
    }

    // The date-time rules on the attributes themselves.
    void injectionAndScanTimeRules()
    {
        dicom::PetAttributes pet;
        pet.units = "BQML";
        pet.decayCorrection = "START";
        pet.correctedImage = {"ATTN", "DECY"};
        pet.seriesDate = "20200102";
        pet.seriesTime = "001000";
        pet.acquisitionDate = "20200102";
        pet.acquisitionTime = "001500";
        pet.radiopharmaceuticalStartTime = "233000";   // the evening before: across midnight
        pet.radionuclideHalfLife = 6586.2;
        pet.radionuclideTotalDose = 3.7e8;
        pet.patientWeight = 70.0;
        auto s = measure::SuvCalculator::bodyWeight(pet);
        QVERIFY2(s.available(), qPrintable(s.refusal));
        QCOMPARE(s.decayTimeSeconds, 40.0 * 60.0);
        QVERIFY(fuzzy(*s.factor, 70000.0 / (3.7e8 * std::pow(2.0, -2400.0 / 6586.2))));

        // An explicit start DateTime wins over the time (and its day is not guessed).
        pet.radiopharmaceuticalStartDateTime = "20200101230000.000000+0100";
        s = measure::SuvCalculator::bodyWeight(pet);
        QCOMPARE(s.decayTimeSeconds, 70.0 * 60.0);

        // Series after acquisition with GE's private scan time: that time is the scan start.
        pet.seriesTime = "020000";
        pet.gePrivateScanDateTime = "20200102000500";
        s = measure::SuvCalculator::bodyWeight(pet);
        QVERIFY(s.available() && s.scanTimeFromGePrivate);
        QCOMPARE(s.decayTimeSeconds, 65.0 * 60.0);
        // ...unless an earlier acquisition of the series shows the series time is fine
        s = measure::SuvCalculator::bodyWeight(pet, "20200102030000");
        QVERIFY(s.available() && !s.scanTimeFromGePrivate);

        // Injection after the scan is refused.
        pet.seriesTime = "001000";
        pet.radiopharmaceuticalStartDateTime = "20200102010000";
        s = measure::SuvCalculator::bodyWeight(pet);
        QVERIFY(!s.available());
        QCOMPARE(s.refusal, QStringLiteral("The injection time is after the scan start"));
    }
};

QTEST_GUILESS_MAIN(SuvTest)
#include "SuvTest.moc"
