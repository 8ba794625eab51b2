#include "persistence/settings.h"

#include <QSettings>
#include <QUrl>

#include <array>

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QMetaType::Type type;
    QVariant (*defaultValue)();
};

// The table: every key, its name in the settings file, its type and its default.
const std::array<Entry, 10> &table()
{
    static const std::array<Entry, 10> entries{{
        {Settings::Key::ServerKind, "server/kind", QMetaType::QString,
         [] { return QVariant(Settings::serverKindName(Settings::ServerKind::LocalDemo)); }},
        {Settings::Key::ServerUrl, "server/url", QMetaType::QString, [] { return QVariant(QString()); }},
        {Settings::Key::AppId, "server/appId", QMetaType::QString, [] { return QVariant(QString()); }},
        {Settings::Key::ApiKey, "server/apiKey", QMetaType::QString, [] { return QVariant(QString()); }},
        {Settings::Key::LastIdentity, "login/lastIdentity", QMetaType::QString, [] { return QVariant(QString()); }},
        {Settings::Key::StaySignedIn, "login/staySignedIn", QMetaType::Bool, [] { return QVariant(false); }},
        {Settings::Key::WindowGeometry, "window/geometry", QMetaType::QByteArray,
         [] { return QVariant(QByteArray()); }},
        {Settings::Key::Language, "ui/language", QMetaType::QString, [] { return QVariant(QString()); }},
        {Settings::Key::InsecureServers, "server/insecureAllowed", QMetaType::QStringList,
         [] { return QVariant(QStringList()); }},
        {Settings::Key::JournalHiddenColumns, "staff/journalHiddenColumns", QMetaType::QStringList,
         [] { return QVariant(QStringList()); }},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

const std::array<std::pair<Settings::ServerKind, const char *>, 4> kindNames{{
    {Settings::ServerKind::LocalDemo, "demo"},
    {Settings::ServerKind::BackendlessUS, "us"},
    {Settings::ServerKind::BackendlessEU, "eu"},
    {Settings::ServerKind::Custom, "custom"},
}};

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue();
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant stored = m_settings->value(QLatin1String(e.name));
    // A hand-edited or foreign file may hold anything: a value that does not convert to the
    // key's type counts as absent rather than reaching the app as garbage.
    if (!stored.isValid() || !stored.convert(QMetaType(e.type)))
        return e.defaultValue();
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

Settings::ServerKind Settings::serverKind() const
{
    bool ok = false;
    const ServerKind kind = serverKindFromName(value(Key::ServerKind).toString(), &ok);
    return ok ? kind : ServerKind::LocalDemo;
}

void Settings::setServerKind(ServerKind kind)
{
    setValue(Key::ServerKind, serverKindName(kind));
}

QString Settings::serverUrl() const
{
    return value(Key::ServerUrl).toString();
}
void Settings::setServerUrl(const QString &url)
{
    setValue(Key::ServerUrl, url);
}
QString Settings::appId() const
{
    return value(Key::AppId).toString();
}
void Settings::setAppId(const QString &appId)
{
    setValue(Key::AppId, appId);
}
QString Settings::apiKey() const
{
    return value(Key::ApiKey).toString();
}
void Settings::setApiKey(const QString &apiKey)
{
    setValue(Key::ApiKey, apiKey);
}
QString Settings::lastIdentity() const
{
    return value(Key::LastIdentity).toString();
}
void Settings::setLastIdentity(const QString &identity)
{
    setValue(Key::LastIdentity, identity);
}
bool Settings::staySignedIn() const
{
    return value(Key::StaySignedIn).toBool();
}
void Settings::setStaySignedIn(bool on)
{
    setValue(Key::StaySignedIn, on);
}
QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}
QString Settings::language() const
{
    return value(Key::Language).toString();
}
void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

bool Settings::allowsInsecure(const QString &serverUrl) const
{
    const QString origin = serverOrigin(serverUrl);
    return !origin.isEmpty() && value(Key::InsecureServers).toStringList().contains(origin);
}

void Settings::setAllowsInsecure(const QString &serverUrl, bool allowed)
{
    const QString origin = serverOrigin(serverUrl);
    if (origin.isEmpty())
        return;
    QStringList servers = value(Key::InsecureServers).toStringList();
    servers.removeAll(origin);
    if (allowed)
        servers.append(origin);
    setValue(Key::InsecureServers, servers);
}

QString Settings::serverOrigin(const QString &serverUrl)
{
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded)
        .toLower();
}

QString Settings::serverKindName(ServerKind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    Q_UNREACHABLE();
}

Settings::ServerKind Settings::serverKindFromName(const QString &name, bool *ok)
{
    for (const auto &[kind, n] : kindNames) {
        if (name == QLatin1String(n)) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return ServerKind::LocalDemo;
}
