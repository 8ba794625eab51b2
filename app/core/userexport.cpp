#include "core/userexport.h"

#include "core/csv.h"
#include "core/dataservice.h"
#include "core/userproperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = m_file->errorString();
        m_file.reset();
        return false;
    }
    const QByteArray head =
        request.format == UserExportRequest::Format::Csv ? Csv::row(m_columns).toUtf8() : QByteArrayLiteral("[");
    if (!write(head)) {
        *error = m_file->errorString();
        m_file->cancelWriting();
        m_file.reset();
        return false;
    }
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
    if (m_call)
        m_call->cancel(); // its finished() ends the export as cancelled
    else
        finish(Error::cancelled());
}

void UserExporter::requestCount()
{
    auto *call = m_data->count(m_request.where);
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call] {
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
        if (ids.isEmpty()) {
            finish(Error());
            return;
        }
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
        if (call->error().isError()) {
            finish(call->error());
            return;
        }
        QJsonArray users;
        const QList<User> page = call->result();
        for (const User &user : page)
            users.append(user.toJson());
        writePage(users);
        if (m_finished)
            return;
        if (m_request.objectIds.isEmpty() && users.size() < PageSize)
            finish(Error());
        else
            requestPage();
    });
}

void UserExporter::writePage(const QJsonArray &users)
{
    QByteArray bytes;
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        m_lastId = user.value(UserProperties::objectId()).toString();
        if (m_request.format == UserExportRequest::Format::Csv) {
            bytes += csvRow(user, m_columns).toUtf8();
        } else {
            bytes += m_written == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
            bytes += QJsonDocument(jsonObject(user, m_columns)).toJson(QJsonDocument::Compact);
        }
        ++m_written;
    }
    if (!write(bytes)) {
        finish(Error::local(tr("The export could not be written: %1").arg(m_file->errorString())));
        return;
    }
    Q_EMIT progress(m_written, m_total);
}

bool UserExporter::write(const QByteArray &bytes)
{
    return m_file && m_file->write(bytes) == bytes.size();
}

void UserExporter::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Error result = error;
    if (m_file) {
        if (!result.isError()) {
            if (m_request.format == UserExportRequest::Format::Json)
                write(m_written == 0 ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
            if (!m_file->commit())
                result = Error::local(tr("The export could not be written: %1").arg(m_file->errorString()));
        } else {
            m_file->cancelWriting();
            m_file->commit(); // a no-op after cancelWriting(): the target is left as it was
        }
        m_file.reset();
    }
    Q_EMIT finished(result);
}
