#include "realtime/rtpacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Server {

namespace {

constexpr char RecordSeparator = '\x1e';
constexpr int MaxAckIdDigits = 15;

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // A bare value: wrapped in an array and unwrapped (QJsonDocument holds containers only).
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool parseJson(const QByteArray &text, QJsonValue *out)
{
    // Containers only: the socket.io packets RT uses carry an object (CONNECT) or an array (EVENT).
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

} // namespace

bool EnginePacket::parse(const QByteArray &text, EnginePacket *out)
{
    if (text.isEmpty() || text.at(0) < Open || text.at(0) > Noop)
        return false;
    out->type = text.at(0);
    out->data = text.mid(1);
    return true;
}

bool EnginePacket::parsePayload(const QByteArray &payload, int maxPackets, QList<EnginePacket> *out)
{
    out->clear();
    qsizetype start = 0;
    while (start <= payload.size()) {
        qsizetype end = payload.indexOf(RecordSeparator, start);
        if (end < 0)
            end = payload.size();
        EnginePacket packet;
        if (out->size() >= maxPackets || !parse(payload.mid(start, end - start), &packet))
            return false;
        out->append(packet);
        start = end + 1;
    }
    return true;
}

QByteArray EnginePacket::joinPayload(const QList<QByteArray> &encoded)
{
    QByteArray payload;
    for (const QByteArray &packet : encoded) {
        if (!payload.isEmpty())
            payload += RecordSeparator;
        payload += packet;
    }
    return payload;
}

bool SocketPacket::parse(const QByteArray &text, SocketPacket *out)
{
    *out = SocketPacket();
    if (text.isEmpty() || text.at(0) < Connect || text.at(0) > ConnectError)
        return false; // binary events and acks (5, 6) are not part of RT
    out->type = text.at(0);
    qsizetype i = 1;
    if (i < text.size() && text.at(i) == '/') {
        qsizetype comma = text.indexOf(',', i);
        if (comma < 0)
            comma = text.size();
        out->nsp = QString::fromUtf8(text.mid(i, comma - i));
        if (out->nsp.contains(QChar::ReplacementCharacter))
            return false;
        i = qMin(comma + 1, text.size());
    }
    const qsizetype digitsStart = i;
    while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
        ++i;
    if (i - digitsStart > MaxAckIdDigits)
        return false;
    if (i > digitsStart)
        out->ackId = text.mid(digitsStart, i - digitsStart).toLongLong();
    if (i < text.size() && !parseJson(text.mid(i), &out->payload))
        return false;
    switch (out->type) {
    case Connect:
        return out->payload.isUndefined() || out->payload.isObject();
    case Event:
        return out->payload.isArray() && !out->payload.toArray().isEmpty() && out->payload.toArray().first().isString();
    default:
        return true;
    }
}

QByteArray SocketPacket::encode() const
{
    QByteArray text(1, type);
    if (nsp != QLatin1String("/"))
        text += nsp.toUtf8() + ',';
    if (ackId >= 0)
        text += QByteArray::number(ackId);
    if (!payload.isUndefined())
        text += jsonBytes(payload);
    return text;
}

QByteArray SocketPacket::event(const QString &nsp, const QString &name, const QJsonValue &data)
{
    SocketPacket packet;
    packet.type = Event;
    packet.nsp = nsp;
    packet.payload = QJsonArray{name, data};
    return packet.encode();
}

} // namespace Server
