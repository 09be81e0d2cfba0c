#include "EventLoopWait.h"

#include <QEventLoop>
#include <QTimer>

namespace continuum::bench {

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace continuum::bench
