// One of the few translation units that include ITK: its templates are heavy to compile.
#include "RigidRegistration.h"

#include "ItkVolume.h"

#include <QCoreApplication>

#include <itkCommand.h>
#include <itkImage.h>
#include <itkImageRegistrationMethodv4.h>
#include <itkMattesMutualInformationImageToImageMetricv4.h>
#include <itkRegistrationParameterScalesFromPhysicalShift.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>
#include <itkVersorRigid3DTransform.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace continuum::registration {

using dicom::Vector3;

namespace {

using ImageType = ItkVolume;
using TransformType = ItkVersorTransform;
using OptimizerType = itk::RegularStepGradientDescentOptimizerv4<double>;
using MetricType = itk::MattesMutualInformationImageToImageMetricv4<ImageType, ImageType>;
using RegistrationType = itk::ImageRegistrationMethodv4<ImageType, ImageType, TransformType>;
using ScalesEstimatorType = itk::RegistrationParameterScalesFromPhysicalShift<MetricType>;

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::registration::RigidRegistration", text);
}

// Reports each iteration and turns a cancel request into ITK's own abort exception, which the
// pipeline passes out of Update() after cleaning up.
class IterationObserver : public itk::Command {
public:
    using Self = IterationObserver;
    using Pointer = itk::SmartPointer<Self>;
    itkNewMacro(Self)

    RegistrationType* registration = nullptr;
    OptimizerType* optimizer = nullptr;
    const ProgressCallback* onProgress = nullptr;
    const std::atomic<bool>* cancel = nullptr;
    int levelCount = 0;
    int totalIterations = 0;

    void Execute(itk::Object* caller, const itk::EventObject& event) override { Execute(static_cast<const itk::Object*>(caller), event); }
    void Execute(const itk::Object*, const itk::EventObject& event) override
    {
        if (cancel && cancel->load())
            throw itk::ProcessAborted(__FILE__, __LINE__);
        if (!itk::IterationEvent().CheckEvent(&event))
            return;
        ++totalIterations;
        if (onProgress && *onProgress) {
            RegistrationProgress progress;
            progress.level = static_cast<int>(registration->GetCurrentLevel());
            progress.levelCount = levelCount;
            progress.iteration = static_cast<int>(optimizer->GetCurrentIteration());
            progress.metric = optimizer->GetValue();
            (*onProgress)(progress);
        }
    }
};

} // namespace

RigidTransform RigidRegistration::initialTransform(const PatientVolume& fixed, const PatientVolume& moving, CentreInitialisation centre)
{
    const Vector3 fixedCentre = centre == CentreInitialisation::Moments ? fixed.centreOfMass() : fixed.grid().centre();
    const Vector3 movingCentre = centre == CentreInitialisation::Moments ? moving.centreOfMass() : moving.grid().centre();
    return RigidTransform::fromTranslation(fixedCentre - movingCentre);
}

RegistrationResult RigidRegistration::run(const PatientVolume& fixed, const PatientVolume& moving, const RegistrationSettings& settings,
                                          const ProgressCallback& onProgress, const std::atomic<bool>* cancel)
{
    RegistrationResult result;
    if (fixed.isEmpty() || moving.isEmpty()) {
        result.message = tr("Both volumes must hold voxels.");
        return result;
    }
    const std::size_t levels = settings.shrinkFactors.size();
    if (levels == 0 || settings.smoothingSigmasVoxels.size() != levels) {
        result.message = tr("Every resolution level needs a shrink factor and a smoothing sigma.");
        return result;
    }
    result.initial = initialTransform(fixed, moving, settings.centre);
    result.movingToFixed = result.initial;
    if (cancel && cancel->load()) {
        result.status = RegistrationStatus::Cancelled;
        result.message = tr("Cancelled.");
        return result;
    }

    const ImageType::Pointer fixedImage = toItkVolume(fixed);
    const ImageType::Pointer movingImage = toItkVolume(moving);

    // Rotation about the fixed centre; the translation takes it to the matching moving point.
    auto transform = TransformType::New();
    {
        const Vector3 c = settings.centre == CentreInitialisation::Moments ? fixed.centreOfMass() : fixed.grid().centre();
        TransformType::InputPointType centrePoint;
        centrePoint[0] = c.x;
        centrePoint[1] = c.y;
        centrePoint[2] = c.z;
        const Vector3 t = result.initial.inverse().translation();
        TransformType::OutputVectorType translation;
        translation[0] = t.x;
        translation[1] = t.y;
        translation[2] = t.z;
        transform->SetCenter(centrePoint);
        transform->SetTranslation(translation);
    }

    auto metric = MetricType::New();
    metric->SetNumberOfHistogramBins(static_cast<itk::SizeValueType>(std::max(8, settings.histogramBins)));
    // Gradients computed on the fly at the sampled points: cheaper than filtering whole images.
    metric->SetUseMovingImageGradientFilter(false);
    metric->SetUseFixedImageGradientFilter(false);

    auto optimizer = OptimizerType::New();
    optimizer->SetLearningRate(settings.initialStepMm);
    optimizer->SetMinimumStepLength(settings.minimumStepMm);
    optimizer->SetRelaxationFactor(settings.relaxationFactor);
    optimizer->SetNumberOfIterations(static_cast<itk::SizeValueType>(std::max(1, settings.maximumIterationsPerLevel)));
    optimizer->SetGradientMagnitudeTolerance(settings.gradientTolerance);
    optimizer->SetReturnBestParametersAndValue(true);
    // Scales from physical shift: a unit step of any parameter moves voxels by about the same
    // distance, so rotation and translation share one step length in mm.
    auto scales = ScalesEstimatorType::New();
    scales->SetMetric(metric);
    scales->SetTransformForward(true);
    optimizer->SetScalesEstimator(scales);
    optimizer->SetDoEstimateLearningRateOnce(false);
    optimizer->SetDoEstimateLearningRateAtEachIteration(false);

    auto registration = RegistrationType::New();
    registration->SetFixedImage(fixedImage);
    registration->SetMovingImage(movingImage);
    registration->SetMetric(metric);
    registration->SetOptimizer(optimizer);
    registration->SetInitialTransform(transform);
    registration->InPlaceOn();
    registration->SetNumberOfLevels(static_cast<itk::SizeValueType>(levels));
    RegistrationType::SmoothingSigmasArrayType sigmas;
    sigmas.SetSize(static_cast<unsigned>(levels));
    const double finest = std::min({fixed.grid().spacing[0], fixed.grid().spacing[1], fixed.grid().spacing[2]});
    for (std::size_t level = 0; level < levels; ++level) {
        RegistrationType::ShrinkFactorsPerDimensionContainerType factors;
        for (unsigned d = 0; d < 3; ++d) {
            const double wanted = settings.shrinkFactors[level] * finest / fixed.grid().spacing[d];
            const int limit = std::max(1, fixed.grid().size[d] / 4);   // keep at least 4 voxels
            factors[d] = static_cast<unsigned>(std::clamp(static_cast<int>(std::lround(wanted)), 1, limit));
        }
        registration->SetShrinkFactorsPerDimension(static_cast<unsigned>(level), factors);
        sigmas[static_cast<unsigned>(level)] = settings.smoothingSigmasVoxels[level];
    }
    registration->SetSmoothingSigmasPerLevel(sigmas);
    registration->SetSmoothingSigmasAreSpecifiedInPhysicalUnits(false);
    registration->SetMetricSamplingStrategy(RegistrationType::MetricSamplingStrategyEnum::REGULAR);
    registration->SetMetricSamplingPercentage(std::clamp(settings.samplingFraction, 0.001, 1.0));
    registration->MetricSamplingReinitializeSeed(settings.randomSeed);
    if (settings.threads > 0) {
        registration->SetNumberOfWorkUnits(static_cast<itk::ThreadIdType>(settings.threads));
        metric->SetMaximumNumberOfWorkUnits(static_cast<itk::ThreadIdType>(settings.threads));
    }

    auto observer = IterationObserver::New();
    observer->registration = registration;
    observer->optimizer = optimizer;
    observer->onProgress = &onProgress;
    observer->cancel = cancel;
    observer->levelCount = static_cast<int>(levels);
    optimizer->AddObserver(itk::IterationEvent(), observer);
    registration->AddObserver(itk::MultiResolutionIterationEvent(), observer);

    try {
        registration->Update();
    } catch (const itk::ProcessAborted&) {
        result.status = RegistrationStatus::Cancelled;
        result.iterations = observer->totalIterations;
        result.message = tr("Cancelled.");
        return result;
    } catch (const itk::ExceptionObject& e) {
        result.status = RegistrationStatus::Failed;
        result.iterations = observer->totalIterations;
        result.message = tr("Registration failed: %1").arg(QString::fromLocal8Bit(e.GetDescription()));
        return result;
    }
    const TransformType* final = registration->GetTransform();
    result.movingToFixed = movingToFixedFromItk(*final);
    result.finalMetric = optimizer->GetValue();
    result.iterations = observer->totalIterations;
    result.status = RegistrationStatus::Succeeded;
    result.message = QString::fromStdString(optimizer->GetStopConditionDescription());
    return result;
}

RigidRegistration::RigidRegistration() = default;

RigidRegistration::~RigidRegistration()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void RigidRegistration::start(PatientVolume fixed, PatientVolume moving, RegistrationSettings settings, ProgressCallback onProgress,
                              FinishedCallback onFinished)
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
    m_cancel.store(false);
    m_running.store(true);
    {
        std::lock_guard lock(m_resultMutex);
        m_result.reset();
    }
    m_worker = std::thread([this, fixed = std::move(fixed), moving = std::move(moving), settings = std::move(settings),
                            onProgress = std::move(onProgress), onFinished = std::move(onFinished)] {
        RegistrationResult result = run(fixed, moving, settings, onProgress, &m_cancel);
        {
            std::lock_guard lock(m_resultMutex);
            m_result = result;
        }
        m_running.store(false);
        if (onFinished)
            onFinished(result);
    });
}

void RigidRegistration::cancel()
{
    m_cancel.store(true);
}

std::optional<RegistrationResult> RigidRegistration::wait()
{
    if (m_worker.joinable())
        m_worker.join();
    std::lock_guard lock(m_resultMutex);
    return m_result;
}

} // namespace continuum::registration
