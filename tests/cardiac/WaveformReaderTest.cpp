// WaveformReader on the real 12-lead ECG (nonimage/waveform/ecg_12lead.dcm), on an echo that
// carries that ECG (derived), and on broken input.
#include "CardiacFixtures.h"
#include "TestData.h"

#include "cardiac/WaveformReader.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace continuum;
using cardiac::EcgWaveform;
using cardiac::WaveformReader;

namespace {
const QString kEcg = QStringLiteral("nonimage/waveform/ecg_12lead.dcm");
const QString kEcho = QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm");
}

class WaveformReaderTest : public QObject {
    Q_OBJECT

private slots:
    void readsTwelveLeadGroups()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const auto groups = WaveformReader::read(testing::sharedDicomPath(kEcg).toStdString());
        QVERIFY2(groups.ok(), qPrintable(groups.ok() ? QString() : groups.error().message));
        QCOMPARE(groups->size(), std::size_t(2));
        const EcgWaveform* rhythm = WaveformReader::rhythmGroup(*groups);
        QVERIFY(rhythm);
        QCOMPARE(rhythm->groupLabel, QStringLiteral("RHYTHM"));
        QCOMPARE(rhythm->sampleRateHz, 1000.0);
        QCOMPARE(rhythm->sampleCount, 10000);
        QCOMPARE(rhythm->durationMs(), 10000.0);
        QCOMPARE(rhythm->startTimeMs, std::optional<double>(0.0));
        QCOMPARE(rhythm->acquisitionDateTime, QStringLiteral("20130125105919"));
        QCOMPARE(rhythm->channels.size(), std::size_t(12));
        const QStringList labels{"Lead I (Einthoven)", "Lead II", "Lead III", "Lead aVR", "Lead aVL", "Lead aVF",
                                 "Lead V1", "Lead V2", "Lead V3", "Lead V4", "Lead V5", "Lead V6"};
        for (int c = 0; c < 12; ++c) {
            QCOMPARE(rhythm->channels[static_cast<std::size_t>(c)].label, labels[c]);
            QCOMPARE(rhythm->channels[static_cast<std::size_t>(c)].unit, QStringLiteral("mV"));
            QVERIFY(rhythm->channels[static_cast<std::size_t>(c)].isVoltage);
            QCOMPARE(rhythm->channels[static_cast<std::size_t>(c)].samples.size(), std::size_t(10000));
        }
        QCOMPARE(rhythm->channelIndex(u"II"), 1);
        QCOMPARE(rhythm->channelIndex(u"I"), 0);
        QCOMPARE(rhythm->channelIndex(u"lead avr"), 3);
        QCOMPARE(rhythm->channelIndex(u"V5"), 10);
        QCOMPARE(rhythm->channelIndex(u"V7"), -1);
        // First stored words (dcmdump): 0x0050 0x005a 0x000a 0xffab, sensitivity 1.25 uV.
        QCOMPARE(rhythm->channels[0].samples[0], 80 * 1.25e-3);
        QCOMPARE(rhythm->channels[1].samples[0], 90 * 1.25e-3);
        QCOMPARE(rhythm->channels[2].samples[0], 10 * 1.25e-3);
        QCOMPARE(rhythm->channels[3].samples[0], -85 * 1.25e-3);

        const EcgWaveform& median = (*groups)[1];
        QCOMPARE(median.groupLabel, QStringLiteral("MEDIAN BEAT"));
        QCOMPARE(median.sampleCount, 1200);
        QCOMPARE(median.triggerSamplePosition, std::optional<int>(500));
    }

    // Physics, not file layout: Einthoven's law II = I + III and Goldberger's aVR = -(I + II) / 2
    // hold for every sample once the values are in mV (within the leads' rounding).
    void limbLeadsObeyEinthoven()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const auto groups = WaveformReader::read(testing::sharedDicomPath(kEcg).toStdString());
        QVERIFY(groups.ok());
        const EcgWaveform& w = *WaveformReader::rhythmGroup(*groups);
        const auto& lead1 = w.channels[0].samples;
        const auto& lead2 = w.channels[1].samples;
        const auto& lead3 = w.channels[2].samples;
        const auto& avr = w.channels[3].samples;
        double worst = 0.0, worstAvr = 0.0, peak = 0.0;
        for (std::size_t i = 0; i < lead1.size(); ++i) {
            worst = std::max(worst, std::abs(lead2[i] - (lead1[i] + lead3[i])));
            worstAvr = std::max(worstAvr, std::abs(avr[i] + (lead1[i] + lead2[i]) / 2.0));
            peak = std::max(peak, std::abs(lead2[i]));
        }
        QVERIFY2(worst <= 2 * 1.25e-3 + 1e-9, qPrintable(QString::number(worst)));
        QVERIFY2(worstAvr <= 2 * 1.25e-3 + 1e-9, qPrintable(QString::number(worstAvr)));
        QVERIFY2(peak > 0.3 && peak < 5.0, qPrintable(QString::number(peak)));   // an ECG in mV, not in uV
    }

    void readsWaveformEmbeddedInEcho()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        CONTINUUM_REQUIRE_SHARED(kEcho);
        QTemporaryDir dir;
        const QString fixture = dir.filePath(QStringLiteral("echo_with_ecg.dcm"));
        // Derived: the HP echo cine with the 12-lead ECG's Waveform Sequence added.
        QVERIFY(testing::embedWaveform(testing::sharedDicomPath(kEcho), testing::sharedDicomPath(kEcg), fixture));
        const auto embedded = WaveformReader::read(fixture.toStdString());
        QVERIFY2(embedded.ok(), qPrintable(embedded.ok() ? QString() : embedded.error().message));
        const auto original = WaveformReader::read(testing::sharedDicomPath(kEcg).toStdString());
        QVERIFY(original.ok());
        const EcgWaveform& a = *WaveformReader::rhythmGroup(*embedded);
        const EcgWaveform& b = *WaveformReader::rhythmGroup(*original);
        QCOMPARE(a.channels.size(), b.channels.size());
        QVERIFY(a.channels[1].samples == b.channels[1].samples);
        QVERIFY(a.acquisitionDateTime != b.acquisitionDateTime);   // the echo's own, not the ECG's
        // The echo without it: a clear "no waveform", not a crash.
        const auto plain = WaveformReader::read(testing::sharedDicomPath(kEcho).toStdString());
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, dicom::LoadError::Code::NoPixelData);
        QVERIFY(plain.error().message.contains(QStringLiteral("no waveform")));
    }

    void brokenWaveformsAreClearErrors()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        QTemporaryDir dir;
        const QString src = testing::sharedDicomPath(kEcg);
        struct Case {
            const char* name;
            testing::WaveformEdit edit;
            dicom::LoadError::Code code;
            const char* words;
        };
        const std::vector<Case> cases{
            {"truncated", [](gdcm::DataSet&, testing::StoredWaveform& s) { s.values.resize(s.values.size() / 2); },
             dicom::LoadError::Code::Truncated, "need"},
            {"mulaw",
             [](gdcm::DataSet& g, testing::StoredWaveform&) { testing::setGroupText(g, gdcm::Tag(0x5400, 0x1006), gdcm::VR::CS, "MB"); },
             dicom::LoadError::Code::UnsupportedTransferSyntax, "MB"},
            {"norate",
             [](gdcm::DataSet& g, testing::StoredWaveform&) { g.Remove(gdcm::Tag(0x003a, 0x001a)); },
             dicom::LoadError::Code::MissingAttribute, "Sampling Frequency"},
            {"channels",
             [](gdcm::DataSet& g, testing::StoredWaveform&) {
                 const std::uint16_t eleven = 11;
                 gdcm::DataElement e(gdcm::Tag(0x003a, 0x0005));
                 e.SetVR(gdcm::VR::US);
                 e.SetByteValue(reinterpret_cast<const char*>(&eleven), 2);
                 g.Replace(e);
             },
             dicom::LoadError::Code::InconsistentAttributes, "11 channels"},
        };
        for (const Case& c : cases) {
            const QString path = dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".dcm"));
            QVERIFY(testing::writeWaveformVariant(src, path, c.edit));
            const auto result = WaveformReader::read(path.toStdString());
            QVERIFY2(!result.ok(), c.name);
            QCOMPARE(result.error().code, c.code);
            QVERIFY2(result.error().message.contains(QLatin1String(c.words)), qPrintable(result.error().message));
        }
        const auto missing = WaveformReader::read(dir.filePath(QStringLiteral("absent.dcm")).toStdString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, dicom::LoadError::Code::FileNotFound);
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a DICOM file at all\n");
        text.close();
        const auto notDicom = WaveformReader::read(text.fileName().toStdString());
        QVERIFY(!notDicom.ok());
        QVERIFY(!notDicom.error().message.isEmpty());
    }

    // Every malformed file of the shared set: an error or an empty result, never a crash.
    void malformedFilesDoNotCrash()
    {
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("malformed"));
        int files = 0;
        QDirIterator it(testing::sharedDicomPath(QStringLiteral("malformed")), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const auto result = WaveformReader::read(path.toStdString());
            QVERIFY2(!result.ok(), qPrintable(path));   // none of them carries a waveform
            QVERIFY2(!result.error().message.isEmpty(), qPrintable(path));
            const auto frames = WaveformReader::readRWaveFrames(path.toStdString());
            QVERIFY(frames.ok() ? frames->empty() : !frames.error().message.isEmpty());
        }
        QVERIFY(files >= 10);
    }
};

QTEST_GUILESS_MAIN(WaveformReaderTest)
#include "WaveformReaderTest.moc"
