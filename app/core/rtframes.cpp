#include "core/rtframes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RtFrames {

namespace {

bool parseJson(QStringView text, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

Frame invalid()
{
    return Frame{};
}

// "4<socket.io packet>": type digit, "/ns," (or none: "/"), no ack id (RT uses none), JSON.
Frame parseSocketPacket(QStringView packet, const QString &nsp)
{
    if (packet.isEmpty())
        return invalid();
    const QChar type = packet.at(0);
    QStringView rest = packet.mid(1);
    QStringView packetNsp = u"/";
    if (rest.startsWith(u'/')) {
        const qsizetype comma = rest.indexOf(u',');
        packetNsp = comma < 0 ? rest : rest.left(comma);
        rest = comma < 0 ? QStringView() : rest.mid(comma + 1);
    }
    Frame frame;
    if (!rest.isEmpty() && !parseJson(rest, &frame.payload))
        return invalid();
    if (packetNsp != nsp) {
        frame.kind = Frame::Kind::Other;
        return frame;
    }
    if (type == u'0') {
        frame.kind = frame.payload.isObject() || rest.isEmpty() ? Frame::Kind::Connected : Frame::Kind::Invalid;
    } else if (type == u'1') {
        frame.kind = Frame::Kind::Disconnected;
    } else if (type == u'4') {
        frame.kind = frame.payload.isObject() ? Frame::Kind::ConnectError : Frame::Kind::Invalid;
    } else if (type == u'2') {
        const QJsonArray args = frame.payload.toArray();
        if (!frame.payload.isArray() || args.isEmpty() || !args.first().isString())
            return invalid();
        frame.kind = Frame::Kind::Event;
        frame.name = args.first().toString();
        frame.payload = args.at(1);
    } else if (type == u'3' || type == u'5' || type == u'6') {
        frame.kind = Frame::Kind::Other; // acks and binary: not part of RT, ignored
    } else {
        return invalid();
    }
    return frame;
}

} // namespace

Frame parse(const QString &text, const QString &nsp)
{
    if (text.isEmpty())
        return invalid();
    Frame frame;
    switch (text.at(0).unicode()) {
    case '0':
        if (!parseJson(QStringView(text).mid(1), &frame.payload) || !frame.payload.isObject())
            return invalid();
        frame.kind = Frame::Kind::Open;
        return frame;
    case '1':
        frame.kind = Frame::Kind::Close;
        return frame;
    case '2':
        frame.kind = Frame::Kind::Ping;
        return frame;
    case '3':
        frame.kind = Frame::Kind::Pong;
        return frame;
    case '4':
        return parseSocketPacket(QStringView(text).mid(1), nsp);
    case '6':
        frame.kind = Frame::Kind::Noop;
        return frame;
    default:
        return invalid();
    }
}

QString connectFrame(const QString &nsp)
{
    return QStringLiteral("40") + nsp + QLatin1Char(',');
}

QString pongFrame()
{
    return QStringLiteral("3");
}

QString eventFrame(const QString &nsp, const QString &name, const QJsonValue &data)
{
    const QByteArray json = QJsonDocument(QJsonArray{name, data}).toJson(QJsonDocument::Compact);
    return QStringLiteral("42") + nsp + QLatin1Char(',') + QString::fromUtf8(json);
}

} // namespace RtFrames
