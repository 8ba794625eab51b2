#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

#include "core/error.h"

// One property a staff save changed. A secret (the password) keeps no value at all: the journal
// only says that it was changed.
struct JournalChange
{
    QString field;
    QJsonValue oldValue; // Undefined when the old value was not known (the user could not be read)
    QJsonValue newValue;
    bool secret = false;

    // A value as a person reads it: "" for null, true/false, numbers without exponent, JSON compact.
    static QString valueText(const QJsonValue &value);
    bool operator==(const JournalChange &other) const;
};

// One save of another user's profile by a support-staff member: who, where, whom, what (old -> new),
// why, and how it ended.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(JournalEntry)
public:
    enum class Result {
        Pending, // sent; no answer recorded (the app ended before it came)
        Saved,
        Failed, // the server refused or could not be reached: errorCode/errorText say why
        Cancelled, // aborted by the staff member while in flight: the server may have applied it
    };

    QString id; // unique (UUID), ties the result to the attempt
    QDateTime when; // UTC, when the save was sent
    QString staff; // the staff account's identity (email)
    QString server; // Config::serverKey(): server + app, never the API key
    QString userId;
    QString userIdentity; // the edited user's email (identity value) at the time
    QList<JournalChange> changes;
    QString reason;
    Result result = Result::Pending;
    int errorCode = 0; // the Backendless code when the server refused
    QString errorText;
    QDateTime finished; // UTC, when the result was recorded

    static QString resultName(Result result); // wire form: "pending", "saved", ...
    static Result resultFromName(const QString &name, bool *ok = nullptr);
    QString resultText() const; // tr()'d, with the error when it failed
    QString changesText() const; // "name: Bob → Robert; password: changed"

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json, bool *ok = nullptr);
    // The row of the team journal's table (ProfileDeskJournal, docs/PROTOCOL.md): `id` travels as
    // entryId, `when` as at; the server is the table's own, so not sent. Secrets as in toJson().
    QJsonObject toServerJson() const;
    // A row read back from the table; `server` is left for the caller to fill.
    static JournalEntry fromServerJson(const QJsonObject &row, bool *ok = nullptr);
    bool operator==(const JournalEntry &other) const;
};

// The edit journal on disk: one JSON object per line (JSON Lines), appended, never rewritten, in
// the app data directory. A save writes two lines: the attempt before the request leaves (so a
// crash still leaves a trace) and its result after; reading joins them by id. Appending keeps every
// earlier line intact whatever happens to the app, and a torn last line is skipped, not fatal.
//
// The team's journal is on the server (ProfileDeskJournal); this file is its OUTBOX: an entry is
// sent once it has its result (JournalOutbox), and a third line marks it sent when the server
// acknowledged it. What has no such line is still to send, after a restart too. compact() drops
// the acknowledged entries' lines so that the file does not only grow: it writes the rest to a new
// file and renames it over the old one (QSaveFile), so a crash at any moment leaves either the old
// file or the new one, never a part. Every write holds a lock file (QLockFile, `path` + ".lock"),
// so that a line another process appends meanwhile (a second instance, profiledesk-cli) is not
// lost to a compaction that read the file before it.
//
// Secrets never reach the file: a change of a secret property (see UserProperties::isSecret) is
// recorded without its values, whatever the caller passed.
class Journal : public QObject
{
    Q_OBJECT
public:
    // filePath empty = QStandardPaths::AppDataLocation + "/journal.jsonl".
    explicit Journal(const QString &filePath = QString(), QObject *parent = nullptr);
    ~Journal() override;

    QString filePath() const { return m_filePath; }

    // Records an attempt (id and `when` are filled in when empty); returns its id, or an empty
    // string when the line could not be written (writeFailed says why).
    QString begin(JournalEntry entry);
    // Records how attempt `id` ended.
    bool finish(const QString &id, JournalEntry::Result result, const Error &error = Error());

    // Every entry, oldest first, as read at construction plus what this object wrote since.
    QList<JournalEntry> entries() const { return m_entries; }
    int indexOf(const QString &id) const;
    // Lines that could not be read (torn or edited by hand); they are skipped.
    int skippedLines() const { return m_skipped; }
    // Reads the file again (another window or instance may have appended).
    void reload();

    // The server acknowledged entry `id`: a "sent" line, so it is never sent again.
    bool markSent(const QString &id);
    // Acknowledged: a "sent" line in the file, or compacted away by this object after one.
    bool isSent(const QString &id) const { return m_sent.contains(id) || m_compacted.contains(id); }
    // Still open: begun by this process and not finished (its result is still to come).
    bool isOpen(const QString &id) const { return m_open.contains(id); }
    // The entries of `server` (Config::serverKey) not acknowledged yet, oldest first; with
    // `readyOnly`, those with their result (what may be sent now).
    QList<JournalEntry> unsent(const QString &server, bool readyOnly) const;

    // Rewrites the file without the acknowledged entries (their attempt, result and sent lines)
    // and the lines that cannot be read; every other line is kept as it was, in its order. Then
    // reads the file again (reloaded()). True when there was nothing to drop; false (writeFailed)
    // when the file could not be replaced: it is left as it was.
    bool compact();
    // Acknowledged entries still in the file (what compact() would drop).
    int sentCount() const { return int(m_sent.size()); }
    // For tests: runs once the new file is written, just before it replaces the old one.
    void setBeforeReplaceHook(std::function<void()> hook) { m_beforeReplace = std::move(hook); }

Q_SIGNALS:
    void entryAdded(int index);
    void entryChanged(int index); // its result recorded, or sent
    void entrySent(const QString &id);
    void reloaded();
    void writeFailed(const QString &errorString);

private:
    bool append(const QJsonObject &line);
    bool endsInsideALine() const;
    bool lock(QLockFile *lockFile);

    QString m_filePath;
    QList<JournalEntry> m_entries;
    int m_skipped = 0;
    QSet<QString> m_sent;
    QSet<QString> m_open;
    QSet<QString> m_compacted; // acknowledged entries this object dropped from the file
    std::function<void()> m_beforeReplace;
};
