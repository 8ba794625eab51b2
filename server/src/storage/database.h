#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QSqlQuery;

namespace Server {

class WalCheckpointer;

// The server's own SQLite connection. QtSql connections belong to the thread that opened them,
// so a Database is created and used only on the server's thread.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error);
    QSqlDatabase connection() const;
    QString lastError() const { return m_lastError; }

    // Runs a statement with positional bind values; keeps the driver's message in lastError().
    // Statements are prepared once and kept (SQLite's parser took a tenth of an update's time).
    bool exec(const QString &sql, const QVariantList &binds = {});
    // A kept statement, run: read it, then finish() it before running the same SQL again.
    // nullptr on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &binds);
    bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &binds);
    // The column names of a kept statement's result, read once (building a QSqlRecord per row
    // cost more than the row).
    const QStringList &columnNames(QSqlQuery *query);
    // After a schema change: `SELECT *` must not keep the old list of columns.
    void forgetStatements()
    {
        m_columnNames.clear();
        m_statements.clear();
    }

    bool transaction();
    bool commit();
    void rollback();

private:
    QString m_connectionName;
    QString m_lastError;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<const QSqlQuery *, QStringList> m_columnNames;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// Rolls back unless commit() was reached, so every early return leaves the data as it was.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace Server
