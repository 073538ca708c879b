#include "PositionalPlaceholders.h"

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Index after the closing `quote` of a literal that starts at `from`;
// a doubled quote inside is part of the text. `backslash`: E'…' escapes.
qsizetype skipQuoted(const QString& sql, qsizetype from, QChar quote, bool backslash)
{
    qsizetype i = from + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (backslash && c == u'\\') {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

// $tag$ … $tag$: returns the index after the closing tag, or -1 when `from`
// does not start a dollar quote (then it is a parameter like $1, or text).
qsizetype skipDollarQuoted(const QString& sql, qsizetype from)
{
    qsizetype end = from + 1;
    // A tag is an identifier that does not start with a digit ($1 is a parameter).
    if (end < sql.size() && sql.at(end).isDigit())
        return -1;
    while (end < sql.size() && isIdentifierChar(sql.at(end)))
        ++end;
    if (end >= sql.size() || sql.at(end) != u'$')
        return -1;
    const QString tag = sql.mid(from, end - from + 1);
    const qsizetype close = sql.indexOf(tag, end + 1);
    return close < 0 ? sql.size() : close + tag.size();
}

// Index after a block comment starting at `from`; they nest in PostgreSQL.
qsizetype skipBlockComment(const QString& sql, qsizetype from)
{
    int depth = 0;
    qsizetype i = from;
    while (i + 1 < sql.size()) {
        if (sql.at(i) == u'/' && sql.at(i + 1) == u'*') {
            ++depth;
            i += 2;
        } else if (sql.at(i) == u'*' && sql.at(i + 1) == u'/') {
            i += 2;
            if (--depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return sql.size();
}

} // namespace

QString PositionalPlaceholders::toNumbered(const QString& sql, int* count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        qsizetype next = i + 1;
        if (c == u'\'') {
            const bool escaped = i > 0 && (sql.at(i - 1) == u'E' || sql.at(i - 1) == u'e') &&
                                 (i < 2 || !isIdentifierChar(sql.at(i - 2)));
            next = skipQuoted(sql, i, u'\'', escaped);
        } else if (c == u'"') {
            next = skipQuoted(sql, i, u'"', false);
        } else if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            next = i + 2;
            while (next < sql.size() && sql.at(next) != u'\n' && sql.at(next) != u'\r')
                ++next;
        } else if (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*') {
            next = skipBlockComment(sql, i);
        } else if (c == u'$' && (i == 0 || !isIdentifierChar(sql.at(i - 1)))) {
            const qsizetype end = skipDollarQuoted(sql, i);
            if (end > 0)
                next = end;
        } else if (c == u'?') {
            out += u'$' + QString::number(++n);
            i = next;
            continue;
        }
        out += QStringView(sql).mid(i, next - i);
        i = next;
    }
    if (count)
        *count = n;
    return out;
}
