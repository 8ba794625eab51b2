#include "realtime/rtchannel.h"

#include "realtime/rtauthority.h"
#include "realtime/rtpacket.h"
#include "realtime/rtsession.h"

#include <QJsonArray>

namespace Server {

namespace {

const QString Id = QStringLiteral("id");

// Events of OBJECTS_CHANGES the JS SDK subscribes to (src/data/rt-handlers.js). Only "updated" is
// ever delivered: the local server has no create, delete or bulk calls that real-time would report.
bool isKnownEvent(const QString &event)
{
    static const QStringList events{
        QStringLiteral("created"),      QStringLiteral("updated"),       QStringLiteral("deleted"),
        QStringLiteral("upserted"),     QStringLiteral("bulk-created"),  QStringLiteral("bulk-updated"),
        QStringLiteral("bulk-deleted"), QStringLiteral("bulk-upserted"),
    };
    return events.contains(event);
}

QString tokenFrom(const QJsonValue &value)
{
    // The JS SDK sends the literal string "null" (and JSON null) when nobody is signed in.
    const QString token = value.toString();
    return token == QLatin1String("null") || token == QLatin1String("undefined") ? QString() : token;
}

} // namespace

RtChannel::RtChannel(RtSession *session, const QString &appId, const QString &apiKey,
                     const QMap<QString, QString> &query, RtAuthority &authority, const RealtimeLimits &limits)
    : QObject(session)
    , m_session(session)
    , m_nsp(QLatin1Char('/') + appId)
    , m_apiKey(apiKey)
    , m_handshakeApiKey(query.value(QStringLiteral("apiKey")))
    , m_userToken(tokenFrom(query.value(QStringLiteral("userToken"))))
    , m_authority(authority)
    , m_limits(limits)
{
    connect(session, &RtSession::message, this, &RtChannel::receive);
}

void RtChannel::receive(const QByteArray &data)
{
    SocketPacket packet;
    if (!SocketPacket::parse(data, &packet)) {
        m_session->close(); // socket.io's server closes a connection that sends what it cannot decode
        return;
    }
    if (packet.type == SocketPacket::Connect) {
        connectNamespace(packet);
        return;
    }
    if (packet.nsp != m_nsp || !m_connected) {
        return; // a packet for a namespace this client has not joined: socket.io drops it
    }
    if (packet.type == SocketPacket::Disconnect) {
        m_connected = false;
        m_subscriptions.clear();
        return;
    }
    if (packet.type != SocketPacket::Event)
        return;
    const QJsonArray args = packet.payload.toArray();
    handleEvent(args.first().toString(), args.at(1).toObject());
}

void RtChannel::connectNamespace(const SocketPacket &packet)
{
    SocketPacket answer;
    answer.nsp = packet.nsp;
    ApiError error;
    if (packet.nsp != m_nsp) {
        answer.type = SocketPacket::ConnectError;
        answer.payload = QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid namespace")}};
    } else if (m_handshakeApiKey != m_apiKey) {
        answer.type = SocketPacket::ConnectError;
        answer.payload = QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid application id or API key")},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), 2002}}}};
    } else if (!m_authority.checkToken(m_userToken, &error)) {
        answer.type = SocketPacket::ConnectError;
        answer.payload = QJsonObject{{QStringLiteral("message"), error.message},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), error.code}}}};
    } else {
        m_connected = true;
        answer.type = SocketPacket::Connect;
        answer.payload = QJsonObject{{QStringLiteral("sid"), QString(m_session->sid() + QStringLiteral("-io"))}};
    }
    m_session->send(answer.encode());
}

void RtChannel::handleEvent(const QString &name, const QJsonObject &data)
{
    if (name == QLatin1String("SUB_ON")) {
        subscribe(data);
    } else if (name == QLatin1String("SUB_OFF")) {
        m_subscriptions.remove(data.value(Id).toString());
    } else if (name == QLatin1String("MET_REQ")) {
        callMethod(data);
    }
}

void RtChannel::subscribe(const QJsonObject &data)
{
    const QString id = data.value(Id).toString();
    if (id.isEmpty() || id.size() > 128)
        return; // nothing to answer to
    const QJsonObject options = data.value(QStringLiteral("options")).toObject();
    const QString name = data.value(QStringLiteral("name")).toString();
    if (name != QLatin1String("OBJECTS_CHANGES")) {
        subscriptionError(id, ErrorCode::MalformedRequest,
                          QStringLiteral("Unsupported subscription: ") + name.left(64));
        return;
    }
    const QString table = options.value(QStringLiteral("tableName")).toString();
    if (table != QLatin1String("Users")) {
        subscriptionError(id, ErrorCode::UnknownTable,
                          QStringLiteral("Table not found by name '%1'").arg(table.left(64)));
        return;
    }
    const QString event = options.value(QStringLiteral("event")).toString();
    if (!isKnownEvent(event)) {
        subscriptionError(id, ErrorCode::MalformedRequest, QStringLiteral("Unknown event: ") + event.left(64));
        return;
    }
    if (!m_subscriptions.contains(id) && m_subscriptions.size() >= m_limits.maxSubscriptionsPerSession) {
        subscriptionError(id, ErrorCode::MalformedRequest,
                          QStringLiteral("Too many subscriptions on one connection (at most %1)")
                              .arg(m_limits.maxSubscriptionsPerSession));
        return;
    }
    const QString where = options.value(QStringLiteral("whereClause")).toString();
    Subscription subscription{event, {}};
    ApiError error;
    if (where.size() > m_limits.maxWhereClauseChars) {
        subscriptionError(
            id, ErrorCode::InvalidWhereClause,
            QStringLiteral("The where clause is longer than %1 characters").arg(m_limits.maxWhereClauseChars));
        return;
    }
    if (!m_authority.parseWhere(where, &subscription.filter, &error)) {
        subscriptionError(id, error.code, error.message);
        return;
    }
    m_subscriptions.insert(id, subscription);
    emitEvent(QStringLiteral("SUB_READY"), QJsonObject{{Id, id}});
}

void RtChannel::callMethod(const QJsonObject &data)
{
    const QString id = data.value(Id).toString();
    if (id.isEmpty() || id.size() > 128)
        return;
    const QString name = data.value(QStringLiteral("name")).toString();
    ApiError error;
    if (name != QLatin1String("SET_USER_TOKEN")) {
        error = ApiError::make(ErrorCode::MalformedRequest, QStringLiteral("Unsupported method: ") + name.left(64));
    } else {
        const QString token =
            tokenFrom(data.value(QStringLiteral("options")).toObject().value(QStringLiteral("userToken")));
        if (m_authority.checkToken(token, &error)) {
            m_userToken = token;
            emitEvent(QStringLiteral("MET_RES"), QJsonObject{{Id, id}, {QStringLiteral("result"), QJsonValue()}});
            return;
        }
    }
    emitEvent(
        QStringLiteral("MET_RES"),
        QJsonObject{{Id, id},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}}}});
}

void RtChannel::deliverUpdate(const QString &objectId, const QJsonObject &user)
{
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (it->event == QLatin1String("updated") && m_authority.matches(it->filter, objectId))
            emitEvent(QStringLiteral("SUB_RES"), QJsonObject{{Id, it.key()}, {QStringLiteral("data"), user}});
    }
}

void RtChannel::emitEvent(const QString &name, const QJsonObject &data)
{
    m_session->send(SocketPacket::event(m_nsp, name, data));
}

void RtChannel::subscriptionError(const QString &id, int code, const QString &message)
{
    // An error ends the subscription on the client (RT-Client subscriptions.js onSubscriptionResponse).
    m_subscriptions.remove(id);
    emitEvent(QStringLiteral("SUB_RES"),
              QJsonObject{{Id, id},
                          {QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

} // namespace Server
