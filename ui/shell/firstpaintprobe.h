#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <functional>

// Runs `afterPaint` once the application's first window has been painted (queued, so the paint has
// been flushed). profiledesk uses it to leave work that nobody sees yet until after the login dialog
// is on screen, and, with --quit-after-first-paint, to report the moment to tests/bench/bench_gui
// and quit; tests/bench/minimal_dialog does the same, so both start-ups are measured to exactly
// the same point. Header-only: the minimal dialog links nothing of ProfileDesk.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(std::function<void()> afterPaint, QObject *parent = nullptr)
        : QObject(parent)
        , m_afterPaint(std::move(afterPaint))
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            m_done = true;
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, m_afterPaint);
        }
        return false;
    }

    // For the benchmark: the steady clock (CLOCK_MONOTONIC, shared by every process on the machine)
    // at the first paint, on stdout, then quit.
    static void reportAndQuit()
    {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::printf("first-paint-ns %lld\n",
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        std::fflush(stdout);
        QCoreApplication::quit();
    }

private:
    std::function<void()> m_afterPaint;
    bool m_done = false;
};
