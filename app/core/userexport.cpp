#include "core/userexport.h"

#include "core/csv.h"
#include "core/dataservice.h"
#include "core/userproperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// The file and what its writer knows, touched only on the exporter's thread once started.
struct UserExporter::Output
{
    std::unique_ptr<QSaveFile> file;
    UserExportRequest::Format format = UserExportRequest::Format::Csv;
    QStringList columns;
    qint64 rows = 0;

    bool write(const QByteArray &bytes) { return file && file->write(bytes) == bytes.size(); }

    // Formats and writes one page; the error, if it could not be written.
    QString writePage(const QList<User> &page)
    {
        QByteArray bytes;
        for (const User &user : page) {
            const QJsonObject json = user.toJson();
            if (format == UserExportRequest::Format::Csv) {
                bytes += UserExporter::csvRow(json, columns).toUtf8();
            } else {
                bytes += rows == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
                bytes += QJsonDocument(UserExporter::jsonObject(json, columns)).toJson(QJsonDocument::Compact);
            }
            ++rows;
        }
        return write(bytes) ? QString() : file->errorString();
    }

    // Completes the file and puts it in place (`keep`), or discards it; the error, if any.
    QString close(bool keep)
    {
        QString error;
        if (!file)
            return error;
        if (keep) {
            if (format == UserExportRequest::Format::Json)
                write(rows == 0 ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
            if (!file->commit())
                error = file->errorString();
        } else {
            file->cancelWriting();
            file->commit(); // a no-op after cancelWriting(): the target is left as it was
        }
        file.reset();
        return error;
    }
};

QStringList UserExportRequest::writtenColumns() const
{
    QStringList result;
    for (const QString &column : columns) {
        if (!column.isEmpty() && !UserProperties::isSecret(column) && !result.contains(column))
            result << column;
    }
    if (result.isEmpty())
        result << UserProperties::objectId();
    return result;
}

UserExporter::UserExporter(DataService *data, QObject *parent)
    : QObject(parent)
    , m_data(data)
{ }

UserExporter::~UserExporter()
{
    if (m_call)
        m_call->cancel();
    m_thread.quit();
    m_thread.wait(); // what was handed over is written (a page or two); an unfinished file is discarded
    m_writer.reset();
    if (m_output)
        m_output->close(false);
}

QString UserExporter::csvRow(const QJsonObject &user, const QStringList &columns)
{
    QStringList cells;
    cells.reserve(columns.size());
    for (const QString &column : columns)
        cells << Csv::valueText(UserProperties::redactApiKeys(user.value(column)));
    return Csv::row(cells);
}

QJsonObject UserExporter::jsonObject(const QJsonObject &user, const QStringList &columns)
{
    QJsonObject object;
    for (const QString &column : columns) {
        const QJsonValue value = user.value(column);
        object.insert(column, value.isUndefined() ? QJsonValue() : UserProperties::redactApiKeys(value));
    }
    return object;
}

bool UserExporter::start(const UserExportRequest &request, const QString &path, QString *error)
{
    m_request = request;
    m_columns = request.writtenColumns();
    m_output = std::make_shared<Output>();
    m_output->format = request.format;
    m_output->columns = m_columns;
    m_output->file = std::make_unique<QSaveFile>(path);
    if (!m_output->file->open(QIODevice::WriteOnly)) {
        *error = m_output->file->errorString();
        m_output.reset();
        return false;
    }
    const QByteArray head =
        request.format == UserExportRequest::Format::Csv ? Csv::row(m_columns).toUtf8() : QByteArrayLiteral("[");
    if (!m_output->write(head)) {
        *error = m_output->file->errorString();
        m_output->close(false);
        m_output.reset();
        return false;
    }
    m_writer = std::make_unique<QObject>();
    m_writer->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("UserExporter"));
    m_thread.start();
    if (!request.objectIds.isEmpty()) {
        m_total = request.objectIds.size();
        Q_EMIT progress(0, m_total);
        requestPage();
    } else {
        requestCount();
    }
    return true;
}

void UserExporter::cancel()
{
    finish(Error::cancelled());
}

void UserExporter::requestCount()
{
    auto *call = m_data->count(m_request.where);
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        m_call.clear();
        if (call->error().isError()) {
            finish(call->error());
            return;
        }
        m_total = call->result();
        Q_EMIT progress(m_written, m_total);
        requestPage();
    });
}

void UserExporter::requestPage()
{
    DataQuery query;
    query.pageSize = PageSize;
    query.props = m_columns;
    if (!query.props.contains(UserProperties::objectId()))
        query.props.prepend(UserProperties::objectId());
    if (!m_request.objectIds.isEmpty()) {
        const QStringList ids = m_request.objectIds.mid(m_selectionOffset, PageSize);
        QStringList terms;
        for (const QString &id : ids)
            terms << QStringLiteral("objectId = ") + DataService::quoted(id);
        query.where = terms.join(QLatin1String(" OR "));
        m_selectionOffset += int(ids.size());
    } else {
        QStringList terms;
        if (!m_request.where.isEmpty())
            terms << QLatin1Char('(') + m_request.where + QLatin1Char(')');
        if (!m_lastId.isEmpty())
            terms << QStringLiteral("objectId > ") + DataService::quoted(m_lastId);
        query.where = terms.join(QLatin1String(" AND "));
    }
    query.sortBy = {UserProperties::objectId()};
    auto *call = m_data->find(query);
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        m_call.clear();
        if (call->error().isError()) {
            finish(call->error());
            return;
        }
        const QList<User> page = call->result();
        if (!page.isEmpty())
            m_lastId = page.constLast().objectId();
        m_allFetched =
            m_request.objectIds.isEmpty() ? page.size() < PageSize : m_selectionOffset >= m_request.objectIds.size();
        // Formatted and written on the exporter's thread; its answer comes back to this one.
        ++m_pagesInHand;
        QMetaObject::invokeMethod(m_writer.get(), [this, output = m_output, page] {
            const QString error = output->writePage(page);
            const int rows = int(page.size());
            QMetaObject::invokeMethod(
                this, [this, rows, error] { pageWritten(rows, error); }, Qt::QueuedConnection);
        });
        requestMore();
    });
}

void UserExporter::requestMore()
{
    if (m_finished || m_closing || m_call)
        return;
    if (!m_allFetched) {
        if (m_pagesInHand < MaxPagesInHand)
            requestPage();
        return;
    }
    if (m_pagesInHand > 0)
        return;
    // Everything written: complete the file and put it in place, off this thread (commit syncs).
    m_closing = true;
    QMetaObject::invokeMethod(m_writer.get(), [this, output = m_output] {
        const QString error = output->close(true);
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                closed(error.isEmpty() ? Error() : Error::local(tr("The export could not be written: %1").arg(error)));
            },
            Qt::QueuedConnection);
    });
}

void UserExporter::pageWritten(int rows, const QString &error)
{
    --m_pagesInHand;
    if (m_finished)
        return;
    if (!error.isEmpty()) {
        finish(Error::local(tr("The export could not be written: %1").arg(error)));
        return;
    }
    m_written += rows;
    Q_EMIT progress(m_written, m_total);
    requestMore();
}

void UserExporter::finish(const Error &error)
{
    // An error or a cancel: the file is discarded (after the pages in hand), the target untouched.
    if (m_finished || m_closing)
        return;
    if (!m_writer) { // never started
        m_finished = true;
        Q_EMIT finished(error);
        return;
    }
    m_closing = true;
    if (PendingCall *call = m_call.data()) {
        m_call.clear();
        call->cancel();
    }
    QMetaObject::invokeMethod(m_writer.get(), [this, output = m_output, error] {
        output->close(false);
        QMetaObject::invokeMethod(
            this, [this, error] { closed(error); }, Qt::QueuedConnection);
    });
}

void UserExporter::closed(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output.reset();
    m_thread.quit();
    Q_EMIT finished(error);
}
