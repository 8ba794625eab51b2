#pragma once

#include "core/error.h"
#include "core/pendingcall.h"

#include <functional>

// The engine behind every *Sync method: starts a call with `start` in the thread of `owner` (the
// service), waits for its finished(), lets `collect` copy the typed result (in the owner's thread,
// before the call deletes itself) and returns the call's error.
//  - Called from another thread (a worker): the call runs in the owner's thread, which must be running
//    its event loop; the caller just waits (no event loop in the caller).
//  - Called from the owner's thread: spins a local QEventLoop, which is fine in a command-line program
//    or a worker that owns its own service, but is refused (Kind::Local) on the main thread of a
//    QGuiApplication, where a nested event loop would re-enter the GUI.
Error runBlocking(QObject *owner, const std::function<PendingCall *()> &start,
                  const std::function<void(PendingCall *)> &collect);

// True when this thread is the main thread of a QGuiApplication/QApplication (blocking calls refuse).
bool isGuiThread();

// Typed front of runBlocking: `return blockingResult(this, [&] { return update(changes); }, &UserCall::user, error);`
template<typename Start, typename Call, typename Result>
Result blockingResult(QObject *owner, Start start, Result (Call::*getter)() const, Error *error)
{
    Result result{};
    const Error outcome = runBlocking(
        owner, [&]() -> PendingCall * { return start(); },
        [&](PendingCall *call) { result = (static_cast<Call *>(call)->*getter)(); });
    if (error)
        *error = outcome;
    return result;
}

// For calls without a result: true on success.
template<typename Start>
bool blockingDone(QObject *owner, Start start, Error *error)
{
    const Error outcome = runBlocking(owner, [&]() -> PendingCall * { return start(); }, [](PendingCall *) {});
    if (error)
        *error = outcome;
    return !outcome.isError();
}
