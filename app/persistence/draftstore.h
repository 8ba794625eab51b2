#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantMap>

// Identifies whose unsaved edits a draft holds: one draft per (server, app, user).
struct DraftKey
{
    QString server; // Config::serverKey()
    QString appId;
    QString userId; // objectId of the edited user

    bool isValid() const { return !server.isEmpty() && !userId.isEmpty(); }
    friend bool operator==(const DraftKey &a, const DraftKey &b)
    {
        return a.server == b.server && a.appId == b.appId && a.userId == b.userId;
    }
};

// Unsaved profile edits on disk, so that a crash or a kill loses nothing typed.
// One JSON file per DraftKey in the app data directory ("drafts/"), written with QSaveFile
// (atomic: a reader sees the old or the new file, never half of one) and debounced, because
// the form writes on every keystroke. Passwords and tokens never reach a draft: the caller
// hands only property edits, and write() drops any key that could carry a secret
// (UserProperties::isSecret).
class DraftStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 500;

    // directory empty = QStandardPaths::AppDataLocation + "/drafts".
    explicit DraftStore(const QString &directory = QString(), QObject *parent = nullptr);
    ~DraftStore() override; // flushes pending writes

    QString directory() const { return m_directory; }
    int debounceInterval() const;
    void setDebounceInterval(int ms);

    // Remembers the edits and writes them once no further edit came for the debounce interval.
    // An empty map schedules removal of the draft.
    void schedule(const DraftKey &key, const QVariantMap &edits);
    // Writes everything pending now (on quit, before a risky step).
    void flush();
    bool hasPending() const { return !m_pending.isEmpty(); }

    // Immediate write; false (and writeFailed) on an I/O error.
    bool write(const DraftKey &key, const QVariantMap &edits);
    QVariantMap load(const DraftKey &key) const;
    bool contains(const DraftKey &key) const;
    void remove(const DraftKey &key); // also drops a pending write for the key
    QString filePath(const DraftKey &key) const;

Q_SIGNALS:
    void written(const QString &filePath);
    void writeFailed(const QString &filePath, const QString &errorString);

private:
    struct Pending
    {
        DraftKey key;
        QVariantMap edits;
    };
    QString m_directory;
    QTimer m_debounce;
    QHash<QString, Pending> m_pending; // by file path
};
