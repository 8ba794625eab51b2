#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

// The application's persistent preferences as one typed table of keys and defaults over
// QSettings. Secrets never go here: the session token lives in the keychain
// (SessionStore) and passwords nowhere. The REST API key is not a secret (it ships in every
// Backendless client) and is remembered so the server panel is filled in next time.
class Settings
{
public:
    enum class Key {
        ServerKind, // ServerKind, stored as "demo" | "us" | "eu" | "custom"
        ServerUrl, // custom URL / Backendless Pro base URL
        AppId,
        ApiKey,
        LastIdentity, // the identity (email) last signed in with
        StaySignedIn,
        WindowGeometry, // QWidget::saveGeometry()
        Language, // "" = system locale, else "de", "fr", "es", "en"
        InsecureServers, // QStringList of serverOrigin()s the user allowed plain http:// to
        JournalHiddenColumns, // QStringList: the journal table's columns the person hid (JournalView names them)
    };

    enum class ServerKind { LocalDemo, BackendlessUS, BackendlessEU, Custom };

    // The user's settings (organisation/application names of the QCoreApplication).
    Settings();
    // A settings file of its own, in INI format: tests pass a temporary path.
    explicit Settings(const QString &iniFilePath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const; // the stored value converted to the key's type, or the default
    void setValue(Key key, const QVariant &value);
    void reset(Key key); // back to the default
    bool contains(Key key) const;
    void sync();
    QString fileName() const;

    ServerKind serverKind() const;
    void setServerKind(ServerKind kind);
    QString serverUrl() const;
    void setServerUrl(const QString &url);
    QString appId() const;
    void setAppId(const QString &appId);
    QString apiKey() const;
    void setApiKey(const QString &apiKey);
    QString lastIdentity() const;
    void setLastIdentity(const QString &identity);
    bool staySignedIn() const;
    void setStaySignedIn(bool on);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString language() const;
    void setLanguage(const QString &language);
    // The explicit opt-in to plain http:// to a host that is not this machine, per server.
    bool allowsInsecure(const QString &serverUrl) const;
    void setAllowsInsecure(const QString &serverUrl, bool allowed);
    // How a server is named for that opt-in: "http://host:port" (scheme, host and port; no path,
    // so neither the app id nor the key), empty when `serverUrl` names no host.
    static QString serverOrigin(const QString &serverUrl);

    static QString serverKindName(ServerKind kind);
    static ServerKind serverKindFromName(const QString &name, bool *ok = nullptr);

private:
    std::unique_ptr<QSettings> m_settings;
};
