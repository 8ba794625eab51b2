#pragma once

#include "storage/column.h"
#include "storage/querybuilder.h"

#include <QJsonArray>
#include <QVariantMap>

namespace Server {

class Database;

// The ProfileDeskJournal table (docs/PROTOCOL.md "The team journal"): the support staff's edit
// journal, one row per staff save, in the app's data as a customer creates it in the Backendless
// Console. Its columns are fixed here (no dynamic schema); rows are only ever inserted.
class JournalStore
{
public:
    explicit JournalStore(Database &db);

    static QString tableName() { return QStringLiteral("ProfileDeskJournal"); }
    // Every column, system ones (objectId, ownerId, created, updated) first.
    static const QList<Column> &columns();
    static const Column *column(const QString &name);

    // Creates the table when it is missing (the demo's); a server without it answers 1009.
    bool create(QString *error);
    bool exists() const { return m_exists; }
    // Whether it was already there (a database made by an earlier run).
    bool probe(QString *error);

    bool insert(const QVariantMap &values) const;
    bool select(const SqlSelect &select, QJsonArray *rows) const;
    bool count(const SqlSelect &select, qint64 *count) const;
    bool findById(const QString &objectId, QJsonObject *row, bool *found) const;

    QString lastError() const;

private:
    Database &m_db;
    bool m_exists = false;
};

} // namespace Server
