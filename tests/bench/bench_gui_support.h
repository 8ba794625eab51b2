#pragma once
// What the GUI-side bench programs (bench_gui, bench_directory, bench_export) share: the median,
// the GUI-thread stall probe and what made the longest turn, /proc figures, the "figure" rows
// scripts/bench.sh reads, and the in-process server seeded with N users, signed in as support staff.

#include "core/userschema.h"
#include "core/userservice.h"
#include "host/serverhost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

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

// The GUI thread's longest event delivery (the outermost notify()), in wall-clock and in the
// thread's CPU time, and what it was (receiver class, event type): where a stall comes from, and
// whether the thread worked through it (CPU ≈ wall) or waited for a core (CPU ≪ wall: the machine).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Turn
    {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
        QByteArray what;
    };
    void resetLongestTurn()
    {
        m_longest = Turn();
        m_busiest = Turn();
    }
    // The longest by the clock on the wall, and the one that used the most CPU (the thread's own work).
    Turn longestTurn() const { return m_longest; }
    Turn busiestTurn() const { return m_busiest; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() sees every thread's events (QNAM's, the in-process server's): only the GUI
        // thread's count.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu = threadCpuNs();
        const int type = event->type();
        const QByteArray receiverClass = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const Turn turn{wall.nsecsElapsed(), threadCpuNs() - cpu, receiverClass + " event " + QByteArray::number(type)};
        if (turn.wallNs > m_longest.wallNs)
            m_longest = turn;
        if (turn.cpuNs > m_busiest.cpuNs)
            m_busiest = turn;
        return handled;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    Turn m_longest;
    Turn m_busiest;
    int m_depth = 0;
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

// profiledesk-server in this process (its own thread), a SQLite file seeded with `users` generated
// users (+3 named: support@, alice@, bob@example.com).
struct SeededServer
{
    QTemporaryDir dir;
    std::unique_ptr<Server::ServerHost> host;
    double seedSeconds = 0;

    bool start(int users)
    {
        Server::ServerOptions options;
        options.demoUsers = users;
        options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
        host = std::make_unique<Server::ServerHost>(options);
        QElapsedTimer seeding;
        seeding.start();
        QString error;
        if (!host->start(&error)) {
            std::fprintf(stderr, "server: %s\n", qPrintable(error));
            return false;
        }
        seedSeconds = seeding.elapsed() / 1000.0;
        return true;
    }
};

// Signs `session` in as support@example.com and reads the Users schema; false (after saying so) when
// either fails.
inline bool signInAsSupport(UserService &session, UserSchema *schema)
{
    QEventLoop wait;
    UserCall *login = session.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    QObject::connect(login, &PendingCall::finished, &wait, &QEventLoop::quit);
    wait.exec();
    SchemaCall *schemaCall = session.describeUserClass();
    QObject::connect(schemaCall, &PendingCall::finished, &wait, [&] {
        *schema = schemaCall->result();
        wait.quit();
    });
    wait.exec();
    if (!session.isLoggedIn() || schema->isEmpty()) {
        std::fprintf(stderr, "could not sign in as support@example.com\n");
        return false;
    }
    return true;
}

} // namespace BenchGui
