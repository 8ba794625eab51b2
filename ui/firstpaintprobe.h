#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

// Quits the application once its first window has been painted. `profiledesk
// --quit-after-first-paint` and tests/bench/minimal_dialog both use it, so that bench_gui compares
// the two start-ups up to exactly the same moment. Header-only: the minimal dialog links nothing
// of ProfileDesk.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            QCoreApplication::instance()->removeEventFilter(this);
        }
        return false;
    }
};
