#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

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
// nothing is held but the pages in hand (at most MaxPagesInHand), whatever the number of users.
// The file is a QSaveFile: it replaces the target only when complete, and a cancel or an error
// leaves the target as it was.
//
// The rows are formatted and written, and the file committed (QSaveFile syncs it to disk), on a
// thread of the exporter's own, one page after another: the thread that asked (the GUI's) only
// sends the requests and hands each page over, so no turn of its event loop waits for the disk.
// A file URL's REST API key is replaced by "REDACTED" in every value (UserProperties::redactApiKeys).
// Progress: the count first (GET count, for the query), then the users written. One exporter, one
// export; finished() once.
class UserExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    // Pages fetched but not yet written: the next request waits while the disk is behind.
    static constexpr int MaxPagesInHand = 4;

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
    struct Output;

    void requestCount();
    void requestPage();
    void requestMore();
    void pageWritten(int rows, const QString &error);
    void finish(const Error &error);
    void closed(const Error &error);

    DataService *m_data;
    UserExportRequest m_request;
    QStringList m_columns;
    std::shared_ptr<Output> m_output; // the file, used on m_thread only once started
    QThread m_thread;
    std::unique_ptr<QObject> m_writer; // lives in m_thread: what runs there is posted to it
    QPointer<PendingCall> m_call;
    QString m_lastId; // keyset: the next page starts after it
    int m_selectionOffset = 0;
    int m_pagesInHand = 0; // handed to the writer, not written yet
    bool m_allFetched = false;
    bool m_closing = false;
    qint64 m_written = 0;
    qint64 m_total = -1;
    bool m_finished = false;
};
