// Grey-scale display pipeline: real files (values checked against dcmdump and the LUTs stored
// in the files) and synthetic frames at the exact boundaries of PS3.3 C.11.2.1.2 formulas.
#include "GdcmReferenceImage.h"
#include "TestData.h"

#include "dicom/GreyscalePipeline.h"
#include "dicom/StoredValueReader.h"

#include <gdcmAttribute.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmSequenceOfItems.h>

#include <QElapsedTimer>
#include <QTest>

#include <cstring>
#include <memory>
#include <random>
#include <vector>

using namespace continuum::dicom;

namespace {

using continuum::testing::GdcmReferenceImage;
using continuum::testing::decodeWithGdcm;
using continuum::testing::rawValue;

// Pixels come from GDCM (tests/common/GdcmReferenceImage.h), independent of our decoder.



// Little-endian 16-bit words of an element's value.
std::vector<std::uint16_t> wordsOf(const gdcm::DataSet& ds, gdcm::Tag tag)
{
    std::vector<std::uint16_t> words;
    if (!ds.FindDataElement(tag))
        return words;
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    if (!bv)
        return words;
    words.resize(bv->GetLength() / 2);
    std::memcpy(words.data(), bv->GetPointer(), words.size() * 2);
    return words;
}

// First item of a LUT sequence (Modality LUT (0028,3000) or VOI LUT (0028,3010)).
LookupTable lutFromSequence(const gdcm::DataSet& ds, gdcm::Tag sequence, bool signedFirst)
{
    LookupTable lut;
    const gdcm::SequenceOfItems* items = ds.GetDataElement(sequence).GetValueAsSQ();
    if (!items || items->GetNumberOfItems() < 1)
        return lut;
    const gdcm::DataSet& item = items->GetItem(1).GetNestedDataSet();
    const auto descriptor = wordsOf(item, gdcm::Tag(0x0028, 0x3002));
    const auto data = wordsOf(item, gdcm::Tag(0x0028, 0x3006));
    if (descriptor.size() != 3)
        return lut;
    lut.firstMappedValue = signedFirst ? static_cast<std::int16_t>(descriptor[1]) : descriptor[1];
    lut.bitsPerEntry = descriptor[2];
    lut.entries = data;
    const std::size_t count = descriptor[0] == 0 ? 65536U : descriptor[0];
    lut.entries.resize(count);
    return lut;
}

template <class T>
std::vector<std::byte> bytesOf(const std::vector<T>& values)
{
    std::vector<std::byte> bytes(values.size() * sizeof(T));
    std::memcpy(bytes.data(), values.data(), bytes.size());
    return bytes;
}

PixelFormat greyFormat(int columns, int rows, int allocated, int stored, bool isSigned,
                       Photometric photometric = Photometric::Monochrome2)
{
    PixelFormat f;
    f.columns = columns;
    f.rows = rows;
    f.bitsAllocated = allocated;
    f.bitsStored = stored;
    f.highBit = stored - 1;
    f.isSigned = isSigned;
    f.photometric = photometric;
    return f;
}

int displayed(const DisplayImage& image, int x, int y)
{
    const std::uint8_t* p = image.pixel(x, y);
    // Grey pipeline: the three channels must agree.
    if (p[0] != p[1] || p[1] != p[2])
        return -1;
    return p[0];
}

} // namespace

class GreyscalePipelineTest : public QObject {
    Q_OBJECT
private slots:
    // ---- real files -----------------------------------------------------------------------
    void ctSignedRescaleGivesHounsfieldUnits();
    void crMonochrome1ShowsLowValuesBright();
    void modalityLutSequenceIsApplied();
    void voiLutSequenceIsApplied();
    // ---- synthetic ------------------------------------------------------------------------
    void storedValuesAreMaskedAndSignExtended();
    void linearWindowBoundaries();
    void linearExactWindowBoundaries();
    void sigmoidWindow();
    void paddingDisplaysBlack();
    void monochrome1AndInverseInvertOnce();
    void modalityLutClampsOutsideItsRange();
    void voiLutWithSixteenBitDescriptorButTwelveBitValues();
    void defaultWindowSpansTheFrame();
    void floatPixelData();
    void renderSpeed512x512();
};

void GreyscalePipelineTest::ctSignedRescaleGivesHounsfieldUnits()
{
    const QString file = QStringLiteral("syntaxes/photometric/ct_signed_16bit_small.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage ct;
    QVERIFY(decodeWithGdcm(file, ct));
    QVERIFY(ct.format.isSigned);
    // dcmdump +P 0028,1052 +P 0028,1053: RescaleIntercept -1024, RescaleSlope 1.
    gdcm::Attribute<0x0028, 0x1052> intercept;
    gdcm::Attribute<0x0028, 0x1053> slope;
    intercept.SetFromDataSet(ct.dataSet());
    slope.SetFromDataSet(ct.dataSet());
    QCOMPARE(intercept.GetValue(), -1024.0);
    QCOMPARE(slope.GetValue(), 1.0);

    ModalityTransform modality;
    modality.slope = slope.GetValue();
    modality.intercept = intercept.GetValue();
    const GreyscalePipeline pipeline(ct.format, modality, PixelPadding{-2000.0, std::nullopt}, PresentationLutShape::Identity);
    // Stored values read with dcmdump +L +P 7fe0,0010: index 0 = 0x00af (175),
    // (x 64, y 64) = index 8256 = 0x0788 (1928), (x 30, y 100) = index 12830 = 0x0441 (1089).
    QCOMPARE(pipeline.modalityValueAt(ct.frame(), 0, 0), 175.0 - 1024.0);
    QCOMPARE(pipeline.modalityValueAt(ct.frame(), 64, 64), 904.0);
    QCOMPARE(pipeline.modalityValueAt(ct.frame(), 30, 100), 65.0);

    // Soft-tissue window 40/400, LINEAR: 65 HU -> ((65 - 39.5) / 399 + 0.5) * 255 = 143.8.
    const DisplayImage image = pipeline.render(ct.frame(), VoiWindow{40.0, 400.0, VoiFunction::Linear, {}});
    QCOMPARE(image.width, 128);
    QCOMPARE(image.height, 128);
    QCOMPARE(displayed(image, 30, 100), 144);
    QCOMPARE(displayed(image, 64, 64), 255);   // bone, above the window
    QCOMPARE(displayed(image, 0, 0), 0);       // -849 HU, below the window
}

void GreyscalePipelineTest::crMonochrome1ShowsLowValuesBright()
{
    const QString file = QStringLiteral("syntaxes/photometric/cr_monochrome1_10bit.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage cr;
    QVERIFY(decodeWithGdcm(file, cr));
    QCOMPARE(cr.format.photometric, Photometric::Monochrome1);
    QCOMPARE(cr.format.bitsStored, 10);
    gdcm::Attribute<0x0028, 0x1050> center;
    gdcm::Attribute<0x0028, 0x1051> width;
    center.SetFromDataSet(cr.dataSet());
    width.SetFromDataSet(cr.dataSet());
    QCOMPARE(center.GetValue(), 550.0);
    QCOMPARE(width.GetValue(), 1024.0);

    const GreyscalePipeline pipeline(cr.format, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    QVERIFY(pipeline.invertsOutput());
    const DisplayImage image = pipeline.render(cr.frame(), VoiWindow{550.0, 1024.0, VoiFunction::Linear, {}});
    // Stored (dcmdump): (0,0) = 0, (2,0) = 0x030e = 782, (220,220) = 0x011d = 285,
    // (400,50) = 0x01c3 = 451. LINEAR 550/1024 then inverted (255 - y):
    QCOMPARE(displayed(image, 0, 0), 255);         // stored 0: below the window, white
    QCOMPARE(displayed(image, 2, 0), 255 - 185);   // ((782 - 549.5) / 1023 + 0.5) * 255 = 185.45
    QCOMPARE(displayed(image, 220, 220), 255 - 62); // 61.57
    QCOMPARE(displayed(image, 400, 50), 255 - 103); // 102.95
    QVERIFY(displayed(image, 220, 220) > displayed(image, 2, 0));   // lower stored, brighter
}

void GreyscalePipelineTest::modalityLutSequenceIsApplied()
{
    const QString file = QStringLiteral("syntaxes/photometric/modality_lut_sequence.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage mlut;
    QVERIFY(decodeWithGdcm(file, mlut));
    QCOMPARE(mlut.format.bitsStored, 12);
    QVERIFY(mlut.format.isSigned);
    ModalityTransform modality;
    modality.lut = lutFromSequence(mlut.dataSet(), gdcm::Tag(0x0028, 0x3000), true);
    QCOMPARE(modality.lut->entries.size(), std::size_t(4096));
    QCOMPARE(modality.lut->firstMappedValue, -2048);
    const GreyscalePipeline pipeline(mlut.format, modality, std::nullopt, PresentationLutShape::Identity);

    // dcmdump: pixel (0,0) = 0x0fff, a 12-bit signed -1 -> LUT index -1 - (-2048) = 2047,
    // LUTData[2047] = 32759; (256,256) = 0x0fad = -83 -> index 1965 -> 31447.
    QCOMPARE(pipeline.modalityValueAt(mlut.frame(), 0, 0), 32759.0);
    QCOMPARE(pipeline.modalityValueAt(mlut.frame(), 256, 256), 31447.0);
    // Every pixel: GDCM's buffer holds the value sign-extended to int16.
    const auto* stored = reinterpret_cast<const std::int16_t*>(mlut.pixels.data());
    for (int y = 0; y < mlut.format.rows; y += 7) {
        for (int x = 0; x < mlut.format.columns; x += 5) {
            const int value = stored[y * mlut.format.columns + x];
            const double expected = modality.lut->entries[static_cast<std::size_t>(std::clamp(value + 2048, 0, 4095))];
            if (pipeline.modalityValueAt(mlut.frame(), x, y) != expected)
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
        }
    }
    // No window in the file: the full range of the LUT output is shown.
    const auto [low, high] = pipeline.modalityRange(mlut.frame());
    QCOMPARE(low, 0.0);       // 0x0800 = -2048 -> LUTData[0]
    QCOMPARE(high, 65535.0);  // 0x07ff = 2047 -> LUTData[4095]
    const DisplayImage image = pipeline.render(mlut.frame(), pipeline.defaultWindow(mlut.frame()));
    // LINEAR_EXACT c 32767.5 w 65535: 32759 -> ((32759 - 32767.5) / 65535 + 0.5) * 255 = 127.47
    QCOMPARE(displayed(image, 0, 0), 127);
}

void GreyscalePipelineTest::voiLutSequenceIsApplied()
{
    const QString file = QStringLiteral("syntaxes/photometric/voi_lut_sequence.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage vlut;
    QVERIFY(decodeWithGdcm(file, vlut));
    const LookupTable voi = lutFromSequence(vlut.dataSet(), gdcm::Tag(0x0028, 0x3010), false);
    QCOMPARE(voi.entries.size(), std::size_t(256));
    QCOMPARE(voi.bitsPerEntry, 16);
    QCOMPARE(voi.entries[255], std::uint16_t(65535));
    const GreyscalePipeline pipeline(vlut.format, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    const DisplayImage image = pipeline.render(vlut.frame(), voi);
    // dcmdump: (0,0) = 0x7f, (1,0) = 0xbf, (256,256) = 0x7a. LUTData[i] = 257 i, a 16-bit
    // identity ramp, so the displayed grey equals the stored value.
    QCOMPARE(displayed(image, 0, 0), 0x7f);
    QCOMPARE(displayed(image, 1, 0), 0xbf);
    QCOMPARE(displayed(image, 256, 256), 0x7a);
    for (int i = 0; i < vlut.format.rows * vlut.format.columns; i += 97) {
        const int x = i % vlut.format.columns, y = i / vlut.format.columns;
        const int value = std::to_integer<int>(vlut.pixels[static_cast<std::size_t>(i)]);
        if (displayed(image, x, y) != (voi.entries[static_cast<std::size_t>(value)] >> 8))
            QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
    }
}

void GreyscalePipelineTest::storedValuesAreMaskedAndSignExtended()
{
    // Signed 12 bits in 16: raw words as a decoder may leave them, with and without sign
    // extension, and with garbage (old overlay bits) above bit 11.
    const std::vector<std::uint16_t> raw {0x0800, 0x0fff, 0xffff, 0x07ff, 0xf7ff, 0x3001, 0x0000, 0x8fff};
    const auto bytes = bytesOf(raw);
    const PixelFormat signed12 = greyFormat(8, 1, 16, 12, true);
    const StoredValueReader reader(signed12);
    const std::vector<double> expected {-2048, -1, -1, 2047, 2047, 1, 0, -1};
    for (std::size_t i = 0; i < raw.size(); ++i)
        QCOMPARE(reader.value(bytes, i), expected[i]);

    // Through the pipeline (rescale 2, -10): what a user reads in the pixel probe.
    ModalityTransform rescale;
    rescale.slope = 2.0;
    rescale.intercept = -10.0;
    const GreyscalePipeline pipeline(signed12, rescale, std::nullopt, PresentationLutShape::Identity);
    const FrameView frame {bytes, signed12};
    QCOMPARE(pipeline.modalityValueAt(frame, 0, 0), -4106.0);
    QCOMPARE(pipeline.modalityValueAt(frame, 4, 0), 4084.0);

    // Unsigned 12 bits: high-bit garbage masked, so 0xf123 displays like 0x0123.
    const std::vector<std::uint16_t> unsignedRaw {0x0123, 0xf123, 0x0fff, 0xefff};
    const auto unsignedBytes = bytesOf(unsignedRaw);
    const PixelFormat unsigned12 = greyFormat(4, 1, 16, 12, false);
    const GreyscalePipeline plain(unsigned12, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    const DisplayImage image = plain.render({unsignedBytes, unsigned12}, VoiWindow{2048.0, 4096.0, VoiFunction::LinearExact, {}});
    QCOMPARE(displayed(image, 0, 0), 18);   // (291 - 2048) / 4096 + 0.5 = 0.0710 * 255 = 18.1
    QCOMPARE(displayed(image, 1, 0), 18);
    QCOMPARE(displayed(image, 2, 0), 255);  // 4095 -> 254.94
    QCOMPARE(displayed(image, 3, 0), 255);

    // High bit above bitsStored - 1 (retired encodings): 8 bits stored at bits 4..11.
    PixelFormat shifted = greyFormat(1, 1, 16, 8, false);
    shifted.highBit = 11;
    const std::vector<std::uint16_t> shiftedRaw {0xfab5};   // bits 4..11 = 0xab
    QCOMPARE(StoredValueReader(shifted).value(bytesOf(shiftedRaw), 0), double(0xab));
}

void GreyscalePipelineTest::linearWindowBoundaries()
{
    // c 100, w 101: y = 0 for x <= 49.5, 255 for x > 149.5,
    // else ((x - 99.5) / 100 + 0.5) * 255.
    const std::vector<std::int16_t> values {49, 50, 99, 100, 149, 150, -32768, 32767};
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(static_cast<int>(values.size()), 1, 16, 16, true);
    const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    const DisplayImage image = pipeline.render({bytes, f}, VoiWindow{100.0, 101.0, VoiFunction::Linear, {}});
    const std::vector<int> expected {0, 1 /*1.275*/, 126 /*126.225*/, 129 /*128.775*/, 254 /*253.725*/, 255, 0, 255};
    for (std::size_t i = 0; i < values.size(); ++i)
        QCOMPARE(displayed(image, static_cast<int>(i), 0), expected[i]);
    QCOMPARE(GreyscalePipeline::windowOutput(49.5, VoiWindow{100.0, 101.0, VoiFunction::Linear, {}}), 0.0);
    QCOMPARE(GreyscalePipeline::windowOutput(149.5, VoiWindow{100.0, 101.0, VoiFunction::Linear, {}}), 255.0);

    // Width 1 is a threshold at c - 0.5: 99 -> 0, 100 -> 255.
    const DisplayImage threshold = pipeline.render({bytes, f}, VoiWindow{100.0, 1.0, VoiFunction::Linear, {}});
    QCOMPARE(displayed(threshold, 2, 0), 0);
    QCOMPARE(displayed(threshold, 3, 0), 255);
}

void GreyscalePipelineTest::linearExactWindowBoundaries()
{
    // c 100, w 100: y = 0 for x <= 50, 255 for x > 150, else ((x - 100) / 100 + 0.5) * 255.
    const std::vector<std::uint16_t> values {50, 51, 100, 149, 150, 151};
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(static_cast<int>(values.size()), 1, 16, 16, false);
    const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    const DisplayImage image = pipeline.render({bytes, f}, VoiWindow{100.0, 100.0, VoiFunction::LinearExact, {}});
    const std::vector<int> expected {0, 3 /*2.55*/, 128 /*127.5*/, 252 /*252.45*/, 255, 255};
    for (std::size_t i = 0; i < values.size(); ++i)
        QCOMPARE(displayed(image, static_cast<int>(i), 0), expected[i]);
}

void GreyscalePipelineTest::sigmoidWindow()
{
    // y = 255 / (1 + exp(-4 (x - c) / w)), c 100, w 100.
    const std::vector<std::uint8_t> values {50, 100, 150, 0, 255};
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(static_cast<int>(values.size()), 1, 8, 8, false);
    const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    const DisplayImage image = pipeline.render({bytes, f}, VoiWindow{100.0, 100.0, VoiFunction::Sigmoid, {}});
    QCOMPARE(displayed(image, 0, 0), 30);    // 255 / (1 + e^2) = 30.40
    QCOMPARE(displayed(image, 1, 0), 128);   // 127.5
    QCOMPARE(displayed(image, 2, 0), 225);   // 255 / (1 + e^-2) = 224.60
    QCOMPARE(displayed(image, 3, 0), 5);     // 255 / (1 + e^4) = 4.59
    QCOMPARE(displayed(image, 4, 0), 254);   // 255 / (1 + e^-6.2) = 254.48
}

void GreyscalePipelineTest::paddingDisplaysBlack()
{
    // CT-like: -2000 padding; a window so wide that -2000 would otherwise be mid-grey.
    const std::vector<std::int16_t> values {-2000, -1500, -1000, -999, 0};
    const auto bytes = bytesOf(values);
    const PixelFormat mono2 = greyFormat(static_cast<int>(values.size()), 1, 16, 16, true);
    const VoiWindow wide {0.0, 8000.0, VoiFunction::LinearExact, {}};
    const GreyscalePipeline single(mono2, ModalityTransform{}, PixelPadding{-2000.0, std::nullopt}, PresentationLutShape::Identity);
    const DisplayImage image = single.render({bytes, mono2}, wide);
    QCOMPARE(displayed(image, 0, 0), 0);
    QCOMPARE(displayed(image, 1, 0), 80);    // (-1500 / 8000 + 0.5) * 255 = 79.69
    QCOMPARE(displayed(image, 4, 0), 128);   // 127.5

    // Range -2000..-1000 inclusive (PixelPaddingRangeLimit), MONOCHROME1: padding stays black.
    const PixelFormat mono1 = greyFormat(static_cast<int>(values.size()), 1, 16, 16, true, Photometric::Monochrome1);
    const GreyscalePipeline range(mono1, ModalityTransform{}, PixelPadding{-1000.0, -2000.0}, PresentationLutShape::Identity);
    const DisplayImage inverted = range.render({bytes, mono1}, wide);
    QCOMPARE(displayed(inverted, 0, 0), 0);
    QCOMPARE(displayed(inverted, 1, 0), 0);
    QCOMPARE(displayed(inverted, 2, 0), 0);
    QCOMPARE(displayed(inverted, 3, 0), 255 - 96);   // (-999 / 8000 + 0.5) * 255 = 95.66
    const auto [low, high] = range.modalityRange({bytes, mono1});
    QCOMPARE(low, -999.0);
    QCOMPARE(high, 0.0);
}

void GreyscalePipelineTest::monochrome1AndInverseInvertOnce()
{
    const std::vector<std::uint8_t> values {0, 64, 255};
    const auto bytes = bytesOf(values);
    const VoiWindow full {127.5, 255.0, VoiFunction::LinearExact, {}};   // x -> x exactly
    struct Case { Photometric photometric; PresentationLutShape shape; bool inverted; };
    const Case cases[] = {
        {Photometric::Monochrome2, PresentationLutShape::Identity, false},
        {Photometric::Monochrome2, PresentationLutShape::Inverse, true},
        {Photometric::Monochrome1, PresentationLutShape::Identity, true},
        // INVERSE is what the standard requires alongside MONOCHROME1: the same single inversion.
        {Photometric::Monochrome1, PresentationLutShape::Inverse, true},
    };
    for (const Case& c : cases) {
        const PixelFormat f = greyFormat(3, 1, 8, 8, false, c.photometric);
        const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, c.shape);
        QCOMPARE(pipeline.invertsOutput(), c.inverted);
        const DisplayImage image = pipeline.render({bytes, f}, full);
        QCOMPARE(displayed(image, 0, 0), c.inverted ? 255 : 0);
        QCOMPARE(displayed(image, 1, 0), c.inverted ? 191 : 64);
        QCOMPARE(displayed(image, 2, 0), c.inverted ? 0 : 255);
    }
}

void GreyscalePipelineTest::modalityLutClampsOutsideItsRange()
{
    ModalityTransform modality;
    modality.lut = LookupTable{10, 16, {1000, 2000, 3000, 4000}, {}};   // maps 10..13
    const std::vector<std::uint8_t> values {0, 9, 10, 12, 13, 14, 200};
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(static_cast<int>(values.size()), 1, 8, 8, false);
    const GreyscalePipeline pipeline(f, modality, std::nullopt, PresentationLutShape::Identity);
    const std::vector<double> expected {1000, 1000, 1000, 3000, 4000, 4000, 4000};
    for (std::size_t i = 0; i < values.size(); ++i)
        QCOMPARE(pipeline.modalityValueAt({bytes, f}, static_cast<int>(i), 0), expected[i]);
    // The LUT wins over rescale values in the same module.
    modality.slope = 5.0;
    QCOMPARE(GreyscalePipeline(f, modality, std::nullopt, PresentationLutShape::Identity).modalityValue(12), 3000.0);
}

void GreyscalePipelineTest::voiLutWithSixteenBitDescriptorButTwelveBitValues()
{
    // Descriptor says 16 bits per entry, entries use 12 (0..4095): full output range, as the
    // IHE display tests expect, rather than a nearly black image.
    LookupTable voi {100, 16, {}, {}};
    for (int i = 0; i < 4; ++i)
        voi.entries.push_back(static_cast<std::uint16_t>(i * 1365));   // 0, 1365, 2730, 4095
    const std::vector<std::uint8_t> values {0, 100, 101, 102, 103, 250};
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(static_cast<int>(values.size()), 1, 8, 8, false);
    const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    const DisplayImage image = pipeline.render({bytes, f}, voi);
    const std::vector<int> expected {0, 0, 1365 >> 4, 2730 >> 4, 255, 255};   // below/above clamp
    for (std::size_t i = 0; i < values.size(); ++i)
        QCOMPARE(displayed(image, static_cast<int>(i), 0), expected[i]);
    QCOMPARE(LookupTableEvaluator(voi).effectiveBits(), 12);

    // A true 8-bit LUT is taken as is.
    const LookupTable eight {0, 8, {0, 128, 255}, {}};
    QCOMPARE(LookupTableEvaluator(eight).effectiveBits(), 8);
    QCOMPARE(LookupTableEvaluator(eight).entryAs8Bit(1), std::uint8_t(128));
}

void GreyscalePipelineTest::defaultWindowSpansTheFrame()
{
    const std::vector<std::uint16_t> values {10, 15, 20, 0};
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(4, 1, 16, 16, false);
    const GreyscalePipeline pipeline(f, ModalityTransform{1.0, -5.0, std::nullopt, {}}, PixelPadding{0.0, std::nullopt}, PresentationLutShape::Identity);
    const VoiWindow window = pipeline.defaultWindow({bytes, f});
    QCOMPARE(window.center, 10.0);   // modality 5..15, stored 0 is padding
    QCOMPARE(window.width, 10.0);
    const DisplayImage image = pipeline.render({bytes, f}, window);
    QCOMPARE(displayed(image, 0, 0), 0);
    QCOMPARE(displayed(image, 1, 0), 128);
    QCOMPARE(displayed(image, 2, 0), 255);
    QCOMPARE(displayed(image, 3, 0), 0);
}

void GreyscalePipelineTest::floatPixelData()
{
    const std::vector<float> values {-1.5f, 0.25f, 2.0f};
    const auto bytes = bytesOf(values);
    PixelFormat f = greyFormat(3, 1, 32, 32, true);
    f.isFloat = true;
    const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    QCOMPARE(pipeline.modalityValueAt({bytes, f}, 1, 0), 0.25);
    const auto [low, high] = pipeline.modalityRange({bytes, f});
    QCOMPARE(low, -1.5);
    QCOMPARE(high, 2.0);
    const DisplayImage image = pipeline.render({bytes, f}, VoiWindow{0.0, 2.0, VoiFunction::LinearExact, {}});
    QCOMPARE(displayed(image, 0, 0), 0);
    QCOMPARE(displayed(image, 1, 0), 159);   // (0.25 / 2 + 0.5) * 255 = 159.375
    QCOMPARE(displayed(image, 2, 0), 255);
}

void GreyscalePipelineTest::renderSpeed512x512()
{
    // Window/level drag: one 512x512 16-bit (12 stored) render per mouse move. Reported, not
    // asserted (machines are noisy); the result is checked so the loop cannot be optimised away.
    std::mt19937 random(42);
    std::vector<std::uint16_t> values(512 * 512);
    for (auto& v : values)
        v = static_cast<std::uint16_t>(random() & 0x0fffU);
    const auto bytes = bytesOf(values);
    const PixelFormat f = greyFormat(512, 512, 16, 12, false);
    const GreyscalePipeline pipeline(f, ModalityTransform{1.0, -1024.0, std::nullopt, {}}, std::nullopt, PresentationLutShape::Identity);
    DisplayImage image;
    pipeline.renderInto({bytes, f}, VoiWindow{40.0, 400.0, VoiFunction::Linear, {}}, image);
    constexpr int runs = 50;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        pipeline.renderInto({bytes, f}, VoiWindow{40.0 + i, 400.0, VoiFunction::Linear, {}}, image);
    const double reuseMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / runs;

    const PixelFormat f16 = greyFormat(512, 512, 16, 16, false);
    std::vector<std::uint16_t> full(512 * 512);
    for (auto& v : full)
        v = static_cast<std::uint16_t>(random());
    const auto fullBytes = bytesOf(full);
    const GreyscalePipeline pipeline16(f16, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    timer.restart();
    for (int i = 0; i < runs; ++i)
        pipeline16.renderInto({fullBytes, f16}, VoiWindow{32768.0 + i, 20000.0, VoiFunction::Sigmoid, {}}, image);
    const double full16Ms = static_cast<double>(timer.nsecsElapsed()) / 1e6 / runs;

    timer.restart();
    for (int i = 0; i < runs; ++i) {
        const DisplayImage fresh = pipeline.render({bytes, f}, VoiWindow{40.0 + i, 400.0, VoiFunction::Linear, {}});
        QCOMPARE(fresh.width, 512);
    }
    const double freshMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / runs;
    qInfo("512x512 render: 12-bit LINEAR %.2f ms, 16-bit SIGMOID %.2f ms (reused buffer); %.2f ms with a new DisplayImage",
          reuseMs, full16Ms, freshMs);
    const int sample = static_cast<int>(values[1000]) - 1024;   // x 488, y 1
    const double y = GreyscalePipeline::windowOutput(sample, VoiWindow{40.0 + runs - 1, 400.0, VoiFunction::Linear, {}});
    QCOMPARE(displayed(pipeline.render({bytes, f}, VoiWindow{40.0 + runs - 1, 400.0, VoiFunction::Linear, {}}), 1000 % 512, 1000 / 512),
             static_cast<int>(std::lround(y)));
}

QTEST_GUILESS_MAIN(GreyscalePipelineTest)
#include "GreyscalePipelineTest.moc"
