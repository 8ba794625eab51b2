#include "core/dataservice.h"

#include "core/restclient.h"
#include "core/userservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace {

Error takeCount(CountCall *call, const QJsonValue &value)
{
    const double count = value.toDouble();
    // Range first: casting a double beyond qint64 (1e300) to an integer is undefined behaviour.
    if (!(count >= 0 && count <= 9007199254740992.0) || std::floor(count) != count)
        return Error::protocol(QStringLiteral("the count is not a whole number"));
    call->setResult(static_cast<qint64>(count));
    return Error();
}

// A query value with every reserved character percent-encoded, as QUrlQuery keeps it: a '%' of a
// LIKE pattern or a '&' typed in a filter stays data.
QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

DataService::DataService(RestClient *client, UserService *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
    Q_ASSERT(client && session);
}

void DataService::attach(PendingCall *call, RestRequest request, PendingCall::Parser parser)
{
    request.userToken = m_session->userToken();
    call->attach(m_client->send(request), std::move(parser),
                 [session = QPointer<UserService>(m_session), token = request.userToken](PendingCall *done) {
                     if (session && done->error().isError())
                         session->handleCallError(done->error(), token);
                 });
}

UsersCall *DataService::find(const DataQuery &query)
{
    QJsonObject body{{QStringLiteral("pageSize"), query.pageSize}, {QStringLiteral("offset"), query.offset}};
    if (!query.where.isEmpty())
        body.insert(QStringLiteral("where"), query.where);
    if (!query.sortBy.isEmpty())
        body.insert(QStringLiteral("sortBy"), query.sortBy.join(QLatin1Char(',')));
    if (!query.props.isEmpty())
        body.insert(QStringLiteral("props"), query.props.join(QLatin1Char(',')));

    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("data/Users/find");
    request.body = body;
    request.expect = Expect::Array;
    auto *call = new UsersCall(this);
    attach(call, request, [call](const QJsonValue &value) {
        QList<User> users;
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isObject())
                return Error::protocol(QStringLiteral("a found entry is not an object"));
            users.append(User::fromJson(entry.toObject()));
        }
        call->setResult(users);
        return Error();
    });
    return call;
}

CountCall *DataService::count(const QString &where)
{
    QJsonObject body;
    if (!where.isEmpty())
        body.insert(QStringLiteral("where"), where);
    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("data/Users/count");
    request.body = body;
    request.expect = Expect::Number;
    auto *call = new CountCall(this);
    attach(call, request, [call](const QJsonValue &value) { return takeCount(call, value); });
    return call;
}

UserCall *DataService::get(const QString &objectId)
{
    RestRequest request;
    request.path = QStringLiteral("data/Users/") + Config::encodeSegment(objectId);
    auto *call = new UserCall(this);
    attach(call, request, [call](const QJsonValue &value) { return takeUser(call, value); });
    return call;
}

UserCall *DataService::update(const QString &objectId, const QVariantMap &changes)
{
    RestRequest request;
    request.verb = QByteArrayLiteral("PUT");
    request.path = QStringLiteral("data/Users/") + Config::encodeSegment(objectId);
    request.body = User::updateBody(changes);
    auto *call = new UserCall(this);
    attach(call, request, [call](const QJsonValue &value) { return takeUser(call, value); });
    return call;
}

ObjectCall *DataService::create(const QString &table, const QJsonObject &object)
{
    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("data/") + Config::encodeSegment(table);
    request.body = object;
    auto *call = new ObjectCall(this);
    attach(call, request, [call](const QJsonValue &value) {
        if (value.toObject().value(QStringLiteral("objectId")).toString().isEmpty())
            return Error::protocol(QStringLiteral("the created object has no objectId"));
        call->setResult(value.toObject());
        return Error();
    });
    return call;
}

ObjectsCall *DataService::find(const QString &table, const DataQuery &query)
{
    RestRequest request;
    request.path = QStringLiteral("data/") + Config::encodeSegment(table);
    if (!query.where.isEmpty())
        request.query.addQueryItem(QStringLiteral("where"), percentEncoded(query.where));
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    if (!query.sortBy.isEmpty())
        request.query.addQueryItem(QStringLiteral("sortBy"), percentEncoded(query.sortBy.join(QLatin1Char(','))));
    request.expect = Expect::Array;
    auto *call = new ObjectsCall(this);
    attach(call, request, [call](const QJsonValue &value) {
        const QJsonArray rows = value.toArray();
        for (const QJsonValue &row : rows) {
            if (!row.isObject())
                return Error::protocol(QStringLiteral("a found entry is not an object"));
        }
        call->setResult(rows);
        return Error();
    });
    return call;
}

CountCall *DataService::count(const QString &table, const QString &where)
{
    RestRequest request;
    request.path = QStringLiteral("data/") + Config::encodeSegment(table) + QStringLiteral("/count");
    if (!where.isEmpty())
        request.query.addQueryItem(QStringLiteral("where"), percentEncoded(where));
    request.expect = Expect::Number;
    auto *call = new CountCall(this);
    attach(call, request, [call](const QJsonValue &value) { return takeCount(call, value); });
    return call;
}

QString DataService::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString DataService::whereLike(const QString &column, const QString &text, Match match)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!identifier.match(column).hasMatch())
        return QString();
    // A backslash escapes a quote in MySQL (behind real Backendless) but not in SQL-92; as the LIKE
    // wildcard '_' it matches itself on both, so no dialect can read it as an escape.
    QString pattern = text;
    pattern.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
    const bool hasBackslash = pattern.contains(QLatin1Char('\\'));
    pattern.replace(QLatin1Char('\\'), QLatin1Char('_'));
    switch (match) {
    case Match::Prefix:
        return column + QLatin1String(" LIKE ") + quoted(pattern + QLatin1Char('%'));
    case Match::Contains:
        return column + QLatin1String(" LIKE ") + quoted(QLatin1Char('%') + pattern + QLatin1Char('%'));
    case Match::Exact:
        return column + (hasBackslash ? QLatin1String(" LIKE ") : QLatin1String(" = ")) + quoted(pattern);
    }
    return QString();
}
