#pragma once

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

// The Data API's find and count over users who all share one userStatus, answered like a database
// without a tie-breaker: rows that tie come back in a different order on every request unless the
// query's sortBy ends with a unique key. Real Backendless documents no tie-breaker; the bundled
// server adds one on its own, so it cannot show what this one shows. Also an empty Users table.
class FakeDirectoryServer
{
public:
    explicit FakeDirectoryServer(int users); // objectIds U0000, U0001, ...; emails u0000@example.com, ...

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api

    // A user created while the person scrolls, sorting before every other: after the first find,
    // every later offset moves by one, so the next page starts with a row already shown.
    bool insertAfterFirstPage = false;
    QStringList sortBys; // as received, one per find

    static QString objectIdOf(int index);

private:
    static QJsonObject user(const QString &objectId);
    QJsonArray find(const QJsonObject &query);

    QHttpServer m_http;
    QList<QJsonObject> m_users;
    quint16 m_port = 0;
};
