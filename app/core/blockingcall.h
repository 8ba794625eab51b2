#pragma once

#include "core/error.h"
#include "core/pendingcall.h"

#include <functional>
#include <type_traits>

// The one way to wait for a call of UserService/DataService: the Backendless SDK's blocking forms
// (Backendless.UserService.updateSync and friends) for worker threads and command-line programs.
//
//   Error error;
//   const User user = BlockingCall::wait(&users, [&] { return users.update(changes); }, &error);
//
// `start` makes the call; it is given as a function rather than as a call already made because the
// call must be started in the thread of `owner` (the service), which is not always the caller's.
//  - Called from another thread (a worker): the call runs in the owner's thread, which must be running
//    its event loop; the caller just waits (no event loop in the caller).
//  - Called from the owner's thread: spins a local QEventLoop, which is fine in a command-line program
//    or a worker that owns its own service, but is refused (Kind::Local) on the main thread of a
//    QGuiApplication, where a nested event loop would re-enter the GUI.
namespace BlockingCall {

// The engine behind wait(): starts the call, waits for its finished(), lets `collect` copy the typed
// result (in the owner's thread, before the call deletes itself) and returns the call's error.
Error run(QObject *owner, const std::function<PendingCall *()> &start,
          const std::function<void(PendingCall *)> &collect);

// True when this thread is the main thread of a QGuiApplication/QApplication (blocking calls refuse).
bool isGuiThread();

// What wait() returns for a call type: Call<T>'s T, or for a PendingCall without a result, whether it
// succeeded.
template<typename CallType>
struct ResultOf
{
    using type = typename CallType::Value;
};
template<>
struct ResultOf<PendingCall>
{
    using type = bool;
};

// Waits for the call `start` returns and gives its result (a default value when it failed); *error
// receives the outcome (Kind::None on success).
template<typename Start>
auto wait(QObject *owner, Start start, Error *error = nullptr)
{
    using CallType = std::remove_pointer_t<decltype(start())>;
    typename ResultOf<CallType>::type result{};
    const Error outcome = run(
        owner, [&]() -> PendingCall * { return start(); },
        [&](PendingCall *call) {
            if constexpr (std::is_same_v<CallType, PendingCall>)
                result = !call->error().isError();
            else
                result = static_cast<CallType *>(call)->result();
        });
    if (error)
        *error = outcome;
    return result;
}

} // namespace BlockingCall
