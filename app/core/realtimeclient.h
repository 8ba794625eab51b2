#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

class RealtimeClient;

// One subscription to a user's changes, the answer object of RealtimeClient::subscribeToUser: whoever
// asked holds it, and deleting it ends the subscription (SUB_OFF). It survives reconnections (the client
// subscribes again on every new connection). An event is a notification: REST stays the authority.
class RtSubscription : public QObject
{
    Q_OBJECT
public:
    ~RtSubscription() override;

    QString objectId() const { return m_objectId; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready(); // the server confirmed (SUB_READY); again after each reconnection
    void changed(const QJsonObject &user); // the whole user, as committed elsewhere
    void failed(int code, const QString &message); // the server refused it: it has ended

private:
    friend class RealtimeClient;
    RtSubscription(RealtimeClient *client, const QString &id, const QString &objectId, QObject *parent);

    QPointer<RealtimeClient> m_client;
    QString m_id;
    QString m_objectId;
    bool m_ready = false;
    bool m_ended = false;
};

// A Backendless Real-Time client (docs/PROTOCOL.md "Real-Time"): Engine.IO v4 / socket.io v5 over one
// QWebSocket (transport=websocket from the start), on the namespace and path /{appId}. The subset RT
// needs: open, ping/pong, connect, events, close; no binary, no acks, no threads. It reconnects with
// the official client's backoff (200 ms x 2^ceil(attempt/10), at most 60 s) and subscribes everything
// again, except while it waits for a new token (waitForUserToken()); without an rtURL it stays off and
// sends nothing.
class RealtimeClient : public QObject
{
    Q_OBJECT
public:
    explicit RealtimeClient(QObject *parent = nullptr);
    ~RealtimeClient() override;

    // `rtURL` of a GET /info answer; empty when the server names none (Real-Time is then off).
    static QUrl rtUrlFromInfo(const QJsonValue &info);
    // The official client's wait before connection attempt `attempt` (1, 2, ...).
    static int reconnectDelayMs(int attempt);

    // Connects (again) to `rtUrl` (http or https); an empty or invalid URL leaves Real-Time off.
    void start(const QUrl &rtUrl, const QString &appId, const QString &apiKey, const QString &userToken);
    void stop();
    bool isEnabled() const { return m_url.isValid() && !m_url.isEmpty(); }
    bool isConnected() const { return m_joined; }

    // Changes of one user (`objectId = '<id>'`, event "updated"). The caller owns the answer.
    RtSubscription *subscribeToUser(const QString &objectId, QObject *parent = nullptr);
    // A new session token (after a re-sign-in): MET_REQ SET_USER_TOKEN now, and the query of every
    // later connection. While down, it connects with it at once (the backoff counted the old one's
    // failures), and ends waitForUserToken().
    void setUserToken(const QString &token);
    // The token it has is dead (the session needs credentials): no connection is tried until
    // setUserToken() gives another; a live connection stays (and hears nothing meanwhile).
    void waitForUserToken();
    bool isWaitingForUserToken() const { return m_waitingForToken; }

Q_SIGNALS:
    void connectedChanged(bool connected); // false while down: "Live updates paused"
    void refused(int code, const QString &message); // CONNECT_ERROR (a wrong key, a dead token)

private:
    friend class RtSubscription;

    void open();
    void receive(const QString &text);
    void receiveEvent(const QString &name, const QJsonObject &data);
    void dropped();
    void sendSubscribe(const RtSubscription *subscription);
    void unsubscribe(const QString &id);
    void send(const QString &name, const QJsonObject &data);
    QUrl socketUrl() const;

    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    QTimer m_heartbeat; // no ping within pingInterval + pingTimeout: the connection is dead
    QUrl m_url;
    QString m_nsp;
    QString m_apiKey;
    QString m_userToken;
    QString m_clientId;
    int m_attempt = 0;
    bool m_joined = false;
    bool m_waitingForToken = false;
    QHash<QString, QPointer<RtSubscription>> m_subscriptions;
};
