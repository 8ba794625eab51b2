#include "fakedirectoryserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>

#include <algorithm>

FakeDirectoryServer::FakeDirectoryServer(int users)
{
    for (int i = 0; i < users; ++i)
        m_users.append(user(objectIdOf(i)));
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        if (path.endsWith(QLatin1String("/data/Users/count"))) {
            responder.write(QByteArray::number(m_users.size()), "application/json");
        } else if (path.endsWith(QLatin1String("/data/Users/find"))) {
            responder.write(QJsonDocument(find(body)).toJson(QJsonDocument::Compact), "application/json");
            if (insertAfterFirstPage && sortBys.size() == 1)
                m_users.prepend(user(QStringLiteral("A0000")));
        } else {
            responder.write(QByteArrayLiteral(R"({"code":404,"message":"no route"})"), "application/json",
                            QHttpServerResponder::StatusCode::NotFound);
        }
    });
}

bool FakeDirectoryServer::listen()
{
    auto *tcp = new QTcpServer(&m_http);
    if (!tcp->listen(QHostAddress::LocalHost))
        return false;
    m_http.bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl FakeDirectoryServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_port));
}

QString FakeDirectoryServer::objectIdOf(int index)
{
    return QStringLiteral("U%1").arg(index, 4, 10, QLatin1Char('0'));
}

QJsonObject FakeDirectoryServer::user(const QString &objectId)
{
    return {{QStringLiteral("objectId"), objectId},
            {QStringLiteral("email"), QString(objectId.toLower() + QStringLiteral("@example.com"))},
            {QStringLiteral("userStatus"), QStringLiteral("ENABLED")}};
}

QJsonArray FakeDirectoryServer::find(const QJsonObject &query)
{
    const QString sortBy = query.value(QLatin1String("sortBy")).toString();
    sortBys << sortBy;
    QStringList keys = sortBy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &key : keys)
        key = key.trimmed().section(QLatin1Char(' '), 0, 0);
    QList<QJsonObject> rows = m_users;
    // Ties come back in whatever order the engine likes, differently on every request.
    std::shuffle(rows.begin(), rows.end(), *QRandomGenerator::global());
    std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        for (const QString &key : std::as_const(keys)) {
            const QString x = a.value(key).toString();
            const QString y = b.value(key).toString();
            if (x != y)
                return x < y;
        }
        return false;
    });
    const int offset = query.value(QLatin1String("offset")).toInt();
    const int pageSize = query.value(QLatin1String("pageSize")).toInt();
    QJsonArray page;
    for (int i = offset; i < rows.size() && i < offset + pageSize; ++i)
        page.append(rows.at(i));
    return page;
}
