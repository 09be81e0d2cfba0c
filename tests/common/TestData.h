#pragma once
#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace continuum::testing {

// Root of the developers' real DICOM set (../shared/dicom), passed in by CTest.
inline QString sharedDicomRoot()
{
    return QString::fromLocal8Bit(qgetenv("CONTINUUM_SHARED_DICOM"));
}

inline QString sharedDicomPath(const QString& relative)
{
    return QDir(sharedDicomRoot()).filePath(relative);
}

} // namespace continuum::testing

// The shared set is required: a missing file fails the test, it never skips it.
#define CONTINUUM_REQUIRE_SHARED(relative)                                                          \
    do {                                                                                            \
        const QString continuumPath_ = continuum::testing::sharedDicomPath(relative);               \
        if (!QFileInfo::exists(continuumPath_))                                                     \
            QFAIL(qPrintable(QStringLiteral("shared DICOM test data missing: %1 (set CONTINUUM_SHARED_DICOM)").arg(continuumPath_))); \
    } while (false)
