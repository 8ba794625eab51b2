#pragma once

#include "error.h"

#include <functional>

class PendingCall;
class QObject;

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
