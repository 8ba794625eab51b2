#include "persistence/draftstore.h"

#include "core/userproperties.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace {

constexpr int FormatVersion = 1;

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/drafts");
}

QVariantMap withoutSecrets(const QVariantMap &edits)
{
    QVariantMap clean;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (!UserProperties::isSecret(it.key()))
            clean.insert(it.key(), it.value());
    }
    return clean;
}

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

int DraftStore::debounceInterval() const
{
    return m_debounce.interval();
}

void DraftStore::setDebounceInterval(int ms)
{
    m_debounce.setInterval(ms);
}

void DraftStore::schedule(const DraftKey &key, const QVariantMap &edits)
{
    if (!key.isValid())
        return;
    m_pending.insert(filePath(key), Pending{key, withoutSecrets(edits)});
    m_debounce.start(); // restarts: the write happens once typing pauses
}

void DraftStore::flush()
{
    m_debounce.stop();
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.edits.isEmpty())
            remove(p.key);
        else
            write(p.key, p.edits);
    }
}

bool DraftStore::write(const DraftKey &key, const QVariantMap &edits)
{
    const QString path = filePath(key);
    m_pending.remove(path);
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT writeFailed(path, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("server"), key.server);
    root.insert(QLatin1String("appId"), key.appId);
    root.insert(QLatin1String("userId"), key.userId);
    root.insert(QLatin1String("saved"), QDateTime::currentMSecsSinceEpoch());
    root.insert(QLatin1String("edits"), QJsonObject::fromVariantMap(withoutSecrets(edits)));

    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT writeFailed(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        Q_EMIT writeFailed(path, file.errorString());
        return false;
    }
    Q_EMIT written(path);
    return true;
}

QVariantMap DraftStore::load(const DraftKey &key) const
{
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // The file name is a hash: check the key itself so a collision or a copied file never
    // puts one user's edits into another user's form.
    if (root.value(QLatin1String("version")).toInt() != FormatVersion
        || root.value(QLatin1String("server")).toString() != key.server
        || root.value(QLatin1String("appId")).toString() != key.appId
        || root.value(QLatin1String("userId")).toString() != key.userId)
        return {};
    return withoutSecrets(root.value(QLatin1String("edits")).toObject().toVariantMap());
}

bool DraftStore::contains(const DraftKey &key) const
{
    return !load(key).isEmpty();
}

void DraftStore::remove(const DraftKey &key)
{
    const QString path = filePath(key);
    m_pending.remove(path);
    QFile::remove(path);
}

QString DraftStore::filePath(const DraftKey &key) const
{
    // Hashed: server keys and ids may hold characters a file name cannot.
    const QByteArray id = (key.server + QLatin1Char('\n') + key.appId + QLatin1Char('\n') + key.userId).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash) + QLatin1String(".json");
}
