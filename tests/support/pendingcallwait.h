#pragma once

// Runs a client-core call (a PendingCall subclass) to completion with the event loop turning, and
// hands it to `take` while it still exists (it deletes itself after finished()); false when it
// never finished.

#include "core/pendingcall.h"

#include <QTest>

template<typename CallType, typename Take>
bool finish(CallType *call, Take take)
{
    bool done = false;
    QObject::connect(call, &PendingCall::finished, call, [&] {
        take(call);
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 15000);
}
