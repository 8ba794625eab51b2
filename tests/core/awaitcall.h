#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QTest>

#include <functional>

// Calls delete themselves right after finished(), so a test copies the outcome inside the slot
// (as application code must) and then waits for that copy, never touching the call afterwards.
template<typename CallType>
bool awaitCall(CallType *call, const std::function<void(CallType *)> &collect = {}, int timeoutMs = 10000,
               int *finishedCount = nullptr)
{
    auto done = std::make_shared<int>(0);
    QObject::connect(call, &CallType::finished, call, [call, collect, done] {
        ++*done;
        if (collect)
            collect(call);
    });
    const bool ok = QTest::qWaitFor([&] { return *done > 0; }, timeoutMs);
    if (finishedCount) {
        QTest::qWait(50); // a second emission would have happened by now
        *finishedCount = *done;
    }
    return ok;
}

template<typename CallType>
Error awaitError(CallType *call, int timeoutMs = 10000)
{
    Error error = Error::local(QStringLiteral("the call did not finish in time"));
    awaitCall<CallType>(
        call, [&error](CallType *c) { error = c->error(); }, timeoutMs);
    return error;
}
