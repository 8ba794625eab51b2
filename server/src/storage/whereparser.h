#pragma once

#include "storage/column.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace Server {

// A where clause as SQL text with `?` placeholders plus the values to bind in order. Column
// names come only from the schema (quoted), values only through binds: nothing a client writes
// is ever spliced into SQL.
struct SqlFilter
{
    QString sql;
    QVariantList binds;
};

// Parses Backendless's where syntax: comparisons (=, !=, <>, <, >, <=, >=), [NOT] LIKE,
// IS [NOT] NULL, AND, OR, NOT, parentheses, and 'string' / "string" / number / true / false
// literals. Keywords are case-insensitive; a quote inside a string is doubled ('O''Brien').
class WhereParser
{
public:
    using ColumnLookup = std::function<const Column *(const QString &name)>;

    explicit WhereParser(ColumnLookup lookup);

    // An empty or blank clause gives an empty filter. On failure returns false and a message
    // saying what was wrong and where.
    bool parse(const QString &where, SqlFilter *out, QString *error) const;

private:
    ColumnLookup m_lookup;
};

} // namespace Server
