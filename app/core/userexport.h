#pragma once

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QStringList>

#include <memory>

#include "core/error.h"

class DataService;
class PendingCall;

// What a Directory export writes: the users of a query (its `where` clause) or a chosen set of
// objectIds, with the chosen columns, as CSV or JSON.
struct UserExportRequest
{
    enum class Format { Csv, Json };
    Format format = Format::Csv;
    QStringList columns; // properties, in order; secrets (the password) are dropped whatever is asked
    QString where; // the query's clause ("" = every user); ignored when objectIds is set
    QStringList objectIds; // the selection, when not empty

    // The columns that will be written: `columns` without secrets and repeats, objectId first when
    // none is asked for (a row must say whose it is).
    QStringList writtenColumns() const;
};

// Exports users page by page (POST /data/Users/find, 100 at a time, keyset-paged on objectId so a
// user added or removed meanwhile shifts nothing), writing each page to the file as it arrives:
// nothing is held but the page in hand, whatever the number of users. The file is a QSaveFile: it
// replaces the target only when complete, and a cancel or an error leaves the target as it was.
// A file URL's REST API key is replaced by "REDACTED" in every value (UserProperties::redactApiKeys).
// Progress: the count first (GET count, for the query), then the users written. One exporter, one
// export; finished() once.
class UserExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    explicit UserExporter(DataService *data, QObject *parent = nullptr);
    ~UserExporter() override;

    // Opens `path` and starts; false (and `error`) when the file cannot be opened.
    bool start(const UserExportRequest &request, const QString &path, QString *error);
    // Stops at once: finished() with Kind::Cancelled, the target untouched.
    void cancel();

    qint64 written() const { return m_written; }
    qint64 total() const { return m_total; } // -1 until known

    // One user as a CSV row / JSON object of `columns` (what start() writes, for tests and the CLI).
    static QString csvRow(const QJsonObject &user, const QStringList &columns);
    static QJsonObject jsonObject(const QJsonObject &user, const QStringList &columns);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    // No error: the file is complete at the path.
    void finished(const Error &error);

private:
    void requestCount();
    void requestPage();
    void writePage(const QJsonArray &users);
    void finish(const Error &error);
    bool write(const QByteArray &bytes);

    DataService *m_data;
    UserExportRequest m_request;
    QStringList m_columns;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<PendingCall> m_call;
    QString m_lastId; // keyset: the next page starts after it
    int m_selectionOffset = 0;
    qint64 m_written = 0;
    qint64 m_total = -1;
    bool m_finished = false;
};
