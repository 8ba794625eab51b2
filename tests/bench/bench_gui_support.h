#pragma once
// What bench_gui's steps share: the median, the GUI-thread stall probe, /proc figures, and the
// "figure" rows scripts/bench.sh reads.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace BenchGui {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

// The largest gap between ticks of a 1 ms precise timer while it runs: how long the GUI thread
// could not turn its event loop.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return std::max<qint64>(0, m_longest - 1000000) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// One row for scripts/bench.sh (see the top of bench_gui.cpp).
inline void figure(const char *name, double value, const char *unit, double floor, const char *floorName)
{
    std::printf("figure\t%s\t%.2f\t%s\t%.2f\t%.2f\t%s\n", name, value, unit, floor, floor > 0 ? value / floor : 0.0,
                floorName);
}

// The app's NAM, noting when each request leaves the GUI thread and when each reply is back on it,
// on a clock the caller starts: where a save's time goes between the GUI and the wire.
class TimelineNam : public QNetworkAccessManager
{
public:
    QElapsedTimer clock;
    QList<qint64> sent, received;

    void restart()
    {
        sent.clear();
        received.clear();
        clock.start();
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (clock.isValid())
            sent << clock.nsecsElapsed();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        // Connected before the caller can connect: runs first when the reply is back.
        connect(reply, &QNetworkReply::finished, this, [this] {
            if (clock.isValid())
                received << clock.nsecsElapsed();
        });
        return reply;
    }
};

} // namespace BenchGui
