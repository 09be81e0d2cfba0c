#pragma once
#include "Calibration.h"
#include "Measurement.h"
#include "MeasurementResult.h"
#include "SuvCalculator.h"
#include "ValueUnits.h"

#include "dicom/FrameView.h"
#include "dicom/GreyscalePipeline.h"
#include "dicom/GreyscaleTransforms.h"
#include "dicom/StoredValueReader.h"

#include <QPointF>

#include <functional>

#include <memory>
#include <optional>
#include <utility>

namespace continuum::dicom {
class ImageSeries;
struct InstanceHeader;
}

namespace continuum::measure {

// Everything a measurement needs from one frame; the pixels are not owned.
struct FrameData {
    dicom::FrameView pixels;                  // stored values as decoded
    dicom::ModalityTransform modality;
    std::optional<dicom::PixelPadding> padding;
    Calibration calibration;
    ValueUnits units;
    std::optional<SuvScale> suv;              // nullopt: not a PET image
    FrameReference reference;

    // From a header and the decoded frame `frameInInstance` (0-based) of its instance.
    static FrameData fromHeader(const dicom::InstanceHeader& header, int frameInInstance, dicom::FrameView pixels);
};

// Computes what measurements report on one frame: lengths and areas in the calibration's unit,
// ROI statistics on modality values, SUVbw on PET where the QIBA rules allow it.
class FrameMeasurer {
public:
    // `keepAlive` holds whatever owns the pixels for as long as this object lives.
    explicit FrameMeasurer(FrameData data, std::shared_ptr<const void> keepAlive = {});
    // Frame `frame` (display order) of a series; precondition: series->isDecoded(frame).
    static std::shared_ptr<const FrameMeasurer> forSeriesFrame(std::shared_ptr<const dicom::ImageSeries> series, int frame);

    const FrameReference& frame() const { return m_data.reference; }
    const Calibration& calibration() const { return m_data.calibration; }
    const ValueUnits& units() const { return m_data.units; }
    // SUV body weight factor or the reason it is refused; nullopt for non-PET images.
    const std::optional<SuvScale>& suv() const { return m_data.suv; }
    int columns() const { return m_data.pixels.format.columns; }
    int rows() const { return m_data.pixels.format.rows; }

    MeasurementResult evaluate(const Shape& shape) const;
    MeasurementResult evaluate(const Measurement& m) const { return evaluate(m.shape); }

    // Modality value of pixel (column, row); nullopt outside the image, on padding or colour.
    std::optional<double> valueAt(int column, int row) const;
    // Modality values at the given percentiles (0-100) of the frame's non-padding pixels, for
    // automatic windows; nullopt for colour images or an all-padding frame.
    std::optional<std::pair<double, double>> percentileRange(double lowPercent, double highPercent) const;

private:
    struct Box {
        double left, top, right, bottom;
    };
    // Statistics over pixels whose centre satisfies `inside`, within `box`; fills `result`.
    void roiStatistics(const Box& box, const std::function<bool(double, double)>& inside, MeasurementResult& result) const;
    void addSuvNote(MeasurementResult& result) const;

    FrameData m_data;
    std::shared_ptr<const void> m_keepAlive;
    std::optional<dicom::GreyscalePipeline> m_pipeline;   // greyscale frames only
    std::optional<dicom::StoredValueReader> m_reader;
};

} // namespace continuum::measure
