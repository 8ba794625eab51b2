#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkReply;

// One client of a load run: `count` PUTs, each sent as soon as the previous one is answered.
// It has its own QNetworkAccessManager because QNAM keeps at most six connections per host: 32
// clients on one manager would be six connections, not 32. Every outcome is counted, nothing is
// retried, so a lost or refused write stays visible.
class LoadClient : public QObject
{
    Q_OBJECT

public:
    using BodyFor = std::function<QJsonObject(int n)>; // the n-th write, n = 1..count

    LoadClient(const QUrl &url, const QByteArray &token, int count, BodyFor bodyFor, QObject *parent = nullptr);

    void start();
    void stop() { m_stopped = true; } // sends nothing more; the request in flight still ends

    bool isDone() const { return m_done; }
    int sent() const { return m_sent; }
    int acknowledged() const { return m_acknowledged; } // the last n answered with 2xx
    QList<int> acknowledgedWrites() const { return m_acknowledgedWrites; }
    int serverErrors() const { return m_serverErrors; } // 5xx
    int otherFailures() const { return m_otherFailures; } // 4xx, network errors, unreadable replies
    QStringList problems() const { return m_problems; } // the first few, for the failure message
    QList<qint64> latenciesNs() const { return m_latenciesNs; }
    // Called with each acknowledged reply; returns an empty string or what is wrong with it.
    void setReplyCheck(std::function<QString(int n, const QJsonObject &user)> check) { m_check = std::move(check); }

Q_SIGNALS:
    void acknowledgedWrite();
    void finished();

private:
    void sendNext();
    void onFinished(QNetworkReply *reply, qint64 startedNs);
    void note(const QString &problem);

    QNetworkAccessManager m_nam;
    QUrl m_url;
    QByteArray m_token;
    int m_count;
    BodyFor m_bodyFor;
    std::function<QString(int, const QJsonObject &)> m_check;
    int m_sent = 0;
    int m_acknowledged = 0;
    QList<int> m_acknowledgedWrites;
    int m_serverErrors = 0;
    int m_otherFailures = 0;
    QStringList m_problems;
    QList<qint64> m_latenciesNs;
    bool m_stopped = false;
    bool m_done = false;
};
