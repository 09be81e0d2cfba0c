#pragma once

namespace continuum::bench {

// Runs the event loop for `ms` as the application's exec() does. QTest::qWait is no stand-in: it
// sleeps 10 ms between its processEvents calls, and timers and paints wait through those sleeps.
void runEventLoopFor(int ms);

}  // namespace continuum::bench
