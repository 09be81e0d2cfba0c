#pragma once
#include "PatientVolume.h"
#include "RigidTransform.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace continuum::registration {

// How the rotation centre and the starting translation are chosen.
enum class CentreInitialisation {
    Geometry,   // centres of the two grids (robust when both cover the same anatomy)
    Moments,    // intensity-weighted centres (better when the fields of view differ)
};

struct RegistrationSettings {
    // One entry per resolution level, coarse to fine. A level's shrink factor applies to the
    // finest in-plane spacing; thicker axes shrink less so coarse voxels stay near isotropic.
    std::vector<int> shrinkFactors{4, 2, 1};
    std::vector<double> smoothingSigmasVoxels{2.0, 1.0, 0.0};
    int histogramBins = 50;              // Mattes mutual information
    double samplingFraction = 0.25;      // share of fixed voxels the metric samples (regular grid, jittered)
    int randomSeed = 20240611;           // jitter seed: the same inputs give the same result
    int maximumIterationsPerLevel = 200;
    double initialStepMm = 2.0;          // regular step gradient descent, in physical shift (mm)
    double minimumStepMm = 0.005;
    double relaxationFactor = 0.5;
    double gradientTolerance = 1e-6;
    CentreInitialisation centre = CentreInitialisation::Geometry;
    int threads = 0;                     // ITK work units; 0 = ITK's default (all cores)
};

struct RegistrationProgress {
    int level = 0;          // 0-based, coarse first
    int levelCount = 0;
    int iteration = 0;      // within the level
    double metric = 0.0;    // Mattes MI: negative, lower is better
};

enum class RegistrationStatus { Succeeded, Cancelled, Failed };

struct RegistrationResult {
    RegistrationStatus status = RegistrationStatus::Failed;
    RigidTransform movingToFixed;   // patient mm: fixed point = movingToFixed.apply(moving point)
    RigidTransform initial;         // the centre initialisation alone (moving -> fixed)
    double finalMetric = 0.0;
    int iterations = 0;             // over all levels
    QString message;                // optimizer stop condition, or why it failed
};

using ProgressCallback = std::function<void(const RegistrationProgress&)>;
using FinishedCallback = std::function<void(const RegistrationResult&)>;

// Rigid (versor) registration of two volumes in patient coordinates: Mattes mutual information,
// regular step gradient descent, multi-resolution, ITK v4 framework. run() is blocking;
// start() runs it on a worker thread owned by this object (cancelled and joined on destruction).
class RigidRegistration {
public:
    RigidRegistration();
    ~RigidRegistration();
    RigidRegistration(const RigidRegistration&) = delete;
    RigidRegistration& operator=(const RigidRegistration&) = delete;

    // Blocking. `onProgress` is called from this thread after every optimizer iteration; setting
    // *cancel ends the run after the current iteration with status Cancelled.
    static RegistrationResult run(const PatientVolume& fixed, const PatientVolume& moving,
                                  const RegistrationSettings& settings = {}, const ProgressCallback& onProgress = {},
                                  const std::atomic<bool>* cancel = nullptr);
    // The transform the centre initialisation starts from (moving -> fixed).
    static RigidTransform initialTransform(const PatientVolume& fixed, const PatientVolume& moving, CentreInitialisation centre);

    // Starts run() on the worker thread (a previous run is cancelled and joined first). Both
    // callbacks are called on the worker thread; `onFinished` exactly once.
    void start(PatientVolume fixed, PatientVolume moving, RegistrationSettings settings,
               ProgressCallback onProgress, FinishedCallback onFinished);
    void cancel();
    bool isRunning() const { return m_running.load(); }
    // Blocks until the worker is done; the result of the last run (nullopt if none was started).
    std::optional<RegistrationResult> wait();

private:
    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::mutex m_resultMutex;
    std::optional<RegistrationResult> m_result;
};

} // namespace continuum::registration
