#include "storage/whereparser.h"

#include "storage/column.h"

#include <QJsonValue>

#include <cmath>

namespace Server {

namespace {

// Deep nesting would only serve to exhaust a stack: SQLite's own parser overflows at ~50 nested
// NOTs (issue 12: 64 of them answered 500), so the limit sits well below that.
constexpr int MaxDepth = 32;
constexpr int MaxTokens = 2000;
// SQLite refuses LIKE patterns past 50,000 bytes (SQLITE_MAX_LIKE_PATTERN_LENGTH) only while
// matching a row, as an error (500); the same limit is checked here, before any SQL runs. Lower
// would refuse what a client's search box may legitimately send.
constexpr qsizetype MaxPatternBytes = 50000;
// A pattern with a wildcard before its end ('%x%', 'a_c') makes SQLite try the rest of the
// pattern at each position of the value: per row, the value's length times the pattern's (a
// 2,000-character pattern over a 1,000,000-character value stalled the server for 4.8 s, issue
// 25). Such a pattern is held to this many characters (SQLite's documentation advises "a few
// hundred" where strangers write patterns), and it is matched against the first MaxTextLength
// characters of a value, the most a TEXT column holds, so values stored before that bound cost
// no more than any other. A plain or prefix pattern ('bob', 'bob%') costs its own length per row
// and keeps its index.
constexpr qsizetype MaxWildcardPatternCharacters = 200;

// Whether the only wildcards of `pattern` are '%' at its end.
bool isPlainOrPrefix(const QString &pattern)
{
    qsizetype end = pattern.size();
    while (end > 0 && pattern.at(end - 1) == QLatin1Char('%'))
        --end;
    const QStringView head = QStringView(pattern).first(end);
    return !head.contains(QLatin1Char('%')) && !head.contains(QLatin1Char('_'));
}

struct Token
{
    enum Kind { Identifier, String, Number, Operator, LeftParen, RightParen, End };
    Kind kind = End;
    QString text;
    int position = 0;

    bool isKeyword(const char *keyword) const
    {
        return kind == Identifier && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
};

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool tokenize(const QString &input, QList<Token> *tokens, QString *error)
{
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i;
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            token.kind = c == QLatin1Char('(') ? Token::LeftParen : Token::RightParen;
            token.text = c;
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            token.kind = Token::String;
            ++i;
            bool closed = false;
            while (i < n) {
                if (input.at(i) == c) {
                    if (i + 1 < n && input.at(i + 1) == c) { // doubled quote = one quote
                        token.text += c;
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                token.text += input.at(i++);
            }
            if (!closed) {
                *error = QStringLiteral("unterminated string starting at position %1").arg(token.position);
                return false;
            }
        } else if (c.isDigit()
                   || ((c == QLatin1Char('-') || c == QLatin1Char('.')) && i + 1 < n
                       && (input.at(i + 1).isDigit() || input.at(i + 1) == QLatin1Char('.')))) {
            token.kind = Token::Number;
            int end = i + 1;
            while (end < n
                   && (input.at(end).isDigit() || input.at(end) == QLatin1Char('.') || input.at(end) == QLatin1Char('e')
                       || input.at(end) == QLatin1Char('E')
                       || ((input.at(end) == QLatin1Char('+') || input.at(end) == QLatin1Char('-'))
                           && (input.at(end - 1) == QLatin1Char('e') || input.at(end - 1) == QLatin1Char('E')))))
                ++end;
            token.text = input.mid(i, end - i);
            i = end;
        } else if (isIdentifierStart(c)) {
            token.kind = Token::Identifier;
            int end = i + 1;
            while (end < n && isIdentifierPart(input.at(end)))
                ++end;
            token.text = input.mid(i, end - i);
            i = end;
        } else {
            static const char *const operators[] = {"<=", ">=", "<>", "!=", "=", "<", ">"};
            for (const char *op : operators) {
                if (QStringView(input).mid(i).startsWith(QLatin1String(op))) {
                    token.kind = Token::Operator;
                    token.text = QLatin1String(op);
                    break;
                }
            }
            if (token.kind != Token::Operator) {
                *error = QStringLiteral("unexpected character '%1' at position %2").arg(c).arg(i);
                return false;
            }
            i += int(token.text.size());
        }
        tokens->append(token);
        if (tokens->size() > MaxTokens) {
            *error = QStringLiteral("the clause is too long");
            return false;
        }
    }
    Token end;
    end.position = n;
    tokens->append(end);
    return true;
}

// Recursive descent over:  or := and (OR and)* ; and := not (AND not)* ;
// not := NOT not | '(' or ')' | predicate
class Parser
{
public:
    Parser(const QList<Token> &tokens, const WhereParser::ColumnLookup &lookup, SqlFilter *out)
        : m_tokens(tokens)
        , m_lookup(lookup)
        , m_out(out)
    { }

    bool parseAll(QString *error)
    {
        QString sql;
        if (!parseOr(&sql, 0))
            return fail(error);
        if (current().kind != Token::End) {
            // One arg() call: a chained one would fill a "%0" in the token's text with the position.
            m_error = QStringLiteral("unexpected '%1' at position %2")
                          .arg(current().text, QString::number(current().position));
            return fail(error);
        }
        m_out->sql = sql;
        return true;
    }

private:
    const Token &current() const { return m_tokens.at(m_index); }
    void advance()
    {
        if (m_index + 1 < m_tokens.size())
            ++m_index;
    }

    bool fail(QString *error)
    {
        *error = m_error;
        return false;
    }

    bool expected(const QString &what)
    {
        const Token &token = current();
        m_error = token.kind == Token::End
            ? QStringLiteral("expected %1 at the end of the clause").arg(what)
            : QStringLiteral("expected %1 at position %2, found '%3'").arg(what).arg(token.position).arg(token.text);
        return false;
    }

    bool parseOr(QString *sql, int depth)
    {
        if (!parseAnd(sql, depth))
            return false;
        while (current().isKeyword("OR")) {
            advance();
            QString right;
            if (!parseAnd(&right, depth))
                return false;
            *sql = *sql + QStringLiteral(" OR ") + right;
        }
        return true;
    }

    bool parseAnd(QString *sql, int depth)
    {
        if (!parseNot(sql, depth))
            return false;
        while (current().isKeyword("AND")) {
            advance();
            QString right;
            if (!parseNot(&right, depth))
                return false;
            *sql = *sql + QStringLiteral(" AND ") + right;
        }
        return true;
    }

    bool parseNot(QString *sql, int depth)
    {
        if (depth > MaxDepth) {
            m_error = QStringLiteral("the clause nests too deeply");
            return false;
        }
        if (current().isKeyword("NOT")) {
            advance();
            QString inner;
            if (!parseNot(&inner, depth + 1))
                return false;
            *sql = QStringLiteral("NOT (") + inner + QLatin1Char(')');
            return true;
        }
        if (current().kind == Token::LeftParen) {
            advance();
            QString inner;
            if (!parseOr(&inner, depth + 1))
                return false;
            if (current().kind != Token::RightParen)
                return expected(QStringLiteral("')'"));
            advance();
            *sql = QLatin1Char('(') + inner + QLatin1Char(')');
            return true;
        }
        return parsePredicate(sql);
    }

    bool parsePredicate(QString *sql)
    {
        if (current().kind != Token::Identifier || isReserved(current()))
            return expected(QStringLiteral("a column name"));
        const Token nameToken = current();
        const Column *column = m_lookup(nameToken.text);
        if (!column) {
            m_error = QStringLiteral("unknown column '%1'").arg(nameToken.text);
            return false;
        }
        advance();
        const QString columnSql = quoteIdentifier(column->name);

        if (current().isKeyword("IS")) {
            advance();
            const bool negated = current().isKeyword("NOT");
            if (negated)
                advance();
            if (!current().isKeyword("NULL"))
                return expected(QStringLiteral("NULL"));
            advance();
            *sql = columnSql + (negated ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
            return true;
        }
        bool negatedLike = false;
        if (current().isKeyword("NOT")) {
            advance();
            if (!current().isKeyword("LIKE"))
                return expected(QStringLiteral("LIKE"));
            negatedLike = true;
        }
        if (current().isKeyword("LIKE")) {
            advance();
            if (current().kind != Token::String)
                return expected(QStringLiteral("a quoted pattern"));
            const QString pattern = current().text;
            if (pattern.toUtf8().size() > MaxPatternBytes) {
                m_error = QStringLiteral("the LIKE pattern at position %1 is longer than %2 bytes")
                              .arg(current().position)
                              .arg(MaxPatternBytes);
                return false;
            }
            const bool plain = isPlainOrPrefix(pattern);
            if (!plain && pattern.size() > MaxWildcardPatternCharacters) {
                m_error = QStringLiteral("the LIKE pattern at position %1 has a wildcard before its end and is longer "
                                         "than %2 characters")
                              .arg(current().position)
                              .arg(MaxWildcardPatternCharacters);
                return false;
            }
            m_out->binds << pattern;
            advance();
            const QString subject =
                plain ? columnSql : QStringLiteral("substr(%1, 1, %2)").arg(columnSql).arg(MaxTextLength);
            *sql = subject + (negatedLike ? QStringLiteral(" NOT LIKE ?") : QStringLiteral(" LIKE ?"));
            return true;
        }
        if (current().kind != Token::Operator)
            return expected(QStringLiteral("an operator"));
        QString op = current().text;
        if (op == QLatin1String("!="))
            op = QStringLiteral("<>");
        advance();
        QVariant value;
        if (!parseLiteral(*column, &value))
            return false;
        m_out->binds << value;
        *sql = columnSql + QLatin1Char(' ') + op + QStringLiteral(" ?");
        return true;
    }

    bool parseLiteral(const Column &column, QVariant *value)
    {
        const Token token = current();
        if (token.kind == Token::String) {
            advance();
            if (column.type == ColumnType::DateTime) {
                const auto ms = parseDateTime(QJsonValue(token.text));
                if (!ms) {
                    m_error = QStringLiteral("'%1' is not a date for column '%2'").arg(token.text, column.name);
                    return false;
                }
                *value = *ms;
            } else {
                *value = token.text;
            }
            return true;
        }
        if (token.kind == Token::Number) {
            bool ok = false;
            const double number = token.text.toDouble(&ok);
            if (!ok) {
                m_error = QStringLiteral("'%1' is not a number").arg(token.text);
                return false;
            }
            advance();
            const bool whole = std::fabs(number) < 9.0e15 && std::floor(number) == number;
            *value = whole ? QVariant(qint64(number)) : QVariant(number);
            return true;
        }
        if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
            advance();
            *value = token.isKeyword("TRUE") ? 1 : 0;
            return true;
        }
        if (token.isKeyword("NULL")) {
            m_error =
                QStringLiteral("compare with NULL using IS NULL or IS NOT NULL (position %1)").arg(token.position);
            return false;
        }
        return expected(QStringLiteral("a value"));
    }

    static bool isReserved(const Token &token)
    {
        for (const char *keyword : {"AND", "OR", "NOT", "LIKE", "IS", "NULL", "TRUE", "FALSE"}) {
            if (token.isKeyword(keyword))
                return true;
        }
        return false;
    }

    const QList<Token> &m_tokens;
    const WhereParser::ColumnLookup &m_lookup;
    SqlFilter *m_out;
    qsizetype m_index = 0;
    QString m_error;
};

} // namespace

WhereParser::WhereParser(ColumnLookup lookup)
    : m_lookup(std::move(lookup))
{ }

bool WhereParser::parse(const QString &where, SqlFilter *out, QString *error) const
{
    *out = SqlFilter();
    if (where.trimmed().isEmpty())
        return true;
    QList<Token> tokens;
    if (!tokenize(where, &tokens, error))
        return false;
    SqlFilter filter;
    Parser parser(tokens, m_lookup, &filter);
    if (!parser.parseAll(error))
        return false;
    *out = filter;
    return true;
}

} // namespace Server
