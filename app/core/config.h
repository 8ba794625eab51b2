#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where the Backendless REST API lives (docs/PROTOCOL.md "Base URL"). A value type, validated on
// construction: isValid() false means errorString() says why, and RestClient refuses to send.
// The one addressing model of the app, the CLI and the login dialog: a server URL, plus an
// application id and REST API key when the server needs them (fromServer()).
//
//   US cloud      https://api.backendless.com           + id + key -> .../{appId}/{restApiKey}
//   EU cloud      https://eu-api.backendless.com        + id + key -> .../{appId}/{restApiKey}
//   subdomain     https://{sub}.backendless.app/api     (no id/key: implied by the domain)
//   custom domain https://{domain}/api                  (no id/key)
//   Pro           http(s)://HOST:8080/api               + id + key -> .../api/{appId}/{restApiKey}
//   local server  http://127.0.0.1:PORT/api, or http://127.0.0.1:PORT + id + key (classic path)
//
// The path typed is kept; `/api` is appended only where nothing else can be meant: a URL with no
// path and no id/key, and any *.backendless.app URL (without /api that host serves web pages).
//
// HTTPS is required for every host that is not loopback, so that a token never crosses a network in
// clear text by accident; allowInsecureRemote is the explicit, visible opt-out.
class Config
{
    Q_DECLARE_TR_FUNCTIONS(Config)

public:
    enum class Region { US, EU };

    Config(); // invalid: "no server configured"

    static Config backendless(Region region, const QString &appId, const QString &apiKey);
    // A server URL as a person gives it (the server panel, --server) plus the app id and key, both
    // empty for the domain forms.
    static Config fromServer(const QUrl &serverUrl, const QString &appId, const QString &apiKey,
                             bool allowInsecureRemote = false);
    // A complete base URL (any form above, id and key already in the path: /{appId}/{key} or
    // /api/{appId}/{key}); the id and key are taken apart from the path, so that the key is known.
    static Config fromBaseUrl(const QUrl &baseUrl, bool allowInsecureRemote = false);
    // Convenience for tests and --demo: http://127.0.0.1:port/api
    static Config local(quint16 port);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString appId() const { return m_appId; } // empty for the domain forms (implied by the domain)
    // The REST API key that goes with appId(): Real-Time's handshake names it, and FileUrl puts it back
    // into a stored Files URL (never logged).
    QString apiKey() const { return m_apiKey; }
    bool allowsInsecureRemote() const { return m_allowInsecureRemote; }
    bool isLoopback() const;
    // "localhost" or a loopback address: plain http:// to it never leaves this machine.
    static bool isLoopbackHost(const QString &host);

    // baseUrl + "/" + path. `path` is relative ("users/login") and already percent-encoded per segment
    // (use Config::encodeSegment for user text such as an identity).
    QUrl endpoint(const QString &path) const;
    static QString encodeSegment(const QString &segment);

    // A stable, non-secret id of the server + app (never contains the REST API key), used as part of
    // keychain keys and draft file names: e.g. "https://api.backendless.com/APPID",
    // "https://x.backendless.app/api", "http://HOST:8080/api/APPID".
    QString serverKey() const;

    bool operator==(const Config &other) const;
    bool operator!=(const Config &other) const { return !(*this == other); }

private:
    QUrl m_baseUrl;
    QString m_appId;
    QString m_apiKey;
    QString m_serverKey;
    QString m_error;
    bool m_allowInsecureRemote = false;
};
