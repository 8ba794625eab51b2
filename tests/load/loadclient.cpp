#include "loadclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.nsecsElapsed();
}

} // namespace

LoadClient::LoadClient(const QUrl &url, const QByteArray &token, int count, BodyFor bodyFor, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_token(token)
    , m_count(count)
    , m_bodyFor(std::move(bodyFor))
{ }

void LoadClient::start()
{
    sendNext();
}

void LoadClient::sendNext()
{
    if (m_stopped || m_sent >= m_count) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    ++m_sent;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("user-token"), m_token);
    request.setTransferTimeout(30000);
    const QByteArray body = QJsonDocument(m_bodyFor(m_sent)).toJson(QJsonDocument::Compact);
    const qint64 started = nowNs();
    QNetworkReply *reply = m_nam.put(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, started] { onFinished(reply, started); });
}

void LoadClient::onFinished(QNetworkReply *reply, qint64 startedNs)
{
    reply->deleteLater();
    const int n = m_sent;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        m_latenciesNs << nowNs() - startedNs;
        const QJsonObject user = QJsonDocument::fromJson(body).object();
        const QString wrong = m_check ? m_check(n, user) : QString();
        if (user.isEmpty() || !wrong.isEmpty()) {
            ++m_otherFailures;
            note(QStringLiteral("write %1: acknowledged with a wrong user: %2").arg(QString::number(n), wrong));
        } else {
            m_acknowledged = n;
            m_acknowledgedWrites << n;
            Q_EMIT acknowledgedWrite();
        }
    } else if (status >= 500) {
        ++m_serverErrors;
        note(QStringLiteral("write %1: HTTP %2 %3")
                 .arg(QString::number(n), QString::number(status), QString::fromUtf8(body.left(200))));
    } else {
        ++m_otherFailures;
        note(QStringLiteral("write %1: HTTP %2, %3 %4")
                 .arg(QString::number(n), QString::number(status), reply->errorString(),
                      QString::fromUtf8(body.left(200))));
    }
    sendNext();
}

void LoadClient::note(const QString &problem)
{
    if (m_problems.size() < 5)
        m_problems << problem;
}
