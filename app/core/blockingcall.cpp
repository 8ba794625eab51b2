#include "core/blockingcall.h"

#include "core/pendingcall.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSemaphore>
#include <QThread>

namespace BlockingCall {

bool isGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    // inherits() by name: the core library must not link QtGui just to ask this.
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

Error run(QObject *owner, const std::function<PendingCall *()> &start,
          const std::function<void(PendingCall *)> &collect)
{
    Error result;
    auto onFinished = [&](PendingCall *call) {
        result = call->error();
        collect(call);
    };

    if (QThread::currentThread() == owner->thread()) {
        if (isGuiThread()) {
            return Error::local(QCoreApplication::translate(
                "BlockingCall", "A blocking call was refused on the GUI thread; use the non-blocking form."));
        }
        QEventLoop loop;
        PendingCall *call = start();
        QObject::connect(call, &PendingCall::finished, &loop, [&, call] {
            onFinished(call);
            loop.quit();
        });
        loop.exec();
        return result;
    }

    QSemaphore done;
    QMetaObject::invokeMethod(
        owner,
        [&] {
            PendingCall *call = start();
            QObject::connect(call, &PendingCall::finished, call, [&, call] {
                onFinished(call);
                done.release();
            });
        },
        Qt::QueuedConnection);
    done.acquire();
    return result;
}

} // namespace BlockingCall
