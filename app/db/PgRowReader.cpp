#include "PgRowReader.h"

#include <QDateTime>
#include <QSqlField>

#include <libpq-fe.h>

namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.dat); stable across versions.
enum Oid : unsigned {
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kRegproc = 24,
    kOid = 26,
    kXid = 28,
    kCid = 29,
    kFloat4 = 700,
    kFloat8 = 701,
    kDate = 1082,
    kTime = 1083,
    kTimestamp = 1114,
    kTimestamptz = 1184,
    kTimetz = 1266,
    kNumeric = 1700,
};

// How a column is read; one entry per type the service layer reads as more
// than text.
enum class Kind { Text, Bool, Int64, Int32, Double, Date, Time, Timestamp, Timestamptz, Bytes };

Kind kindOf(unsigned oid)
{
    switch (oid) {
    case kBool:
        return Kind::Bool;
    case kInt8:
        return Kind::Int64;
    case kInt2:
    case kInt4:
    case kOid:
    case kRegproc:
    case kXid:
    case kCid:
        return Kind::Int32;
    case kFloat4:
    case kFloat8:
        return Kind::Double;
    case kDate:
        return Kind::Date;
    case kTime:
    case kTimetz:
        return Kind::Time;
    case kTimestamp:
        return Kind::Timestamp;
    case kTimestamptz:
        return Kind::Timestamptz;
    case kBytea:
        return Kind::Bytes;
    default: // numeric stays exact text, like everything else
        return Kind::Text;
    }
}

QMetaType metaTypeOf(Kind kind)
{
    switch (kind) {
    case Kind::Bool:
        return QMetaType(QMetaType::Bool);
    case Kind::Int64:
        return QMetaType(QMetaType::LongLong);
    case Kind::Int32:
        return QMetaType(QMetaType::Int);
    case Kind::Double:
        return QMetaType(QMetaType::Double);
    case Kind::Date:
        return QMetaType(QMetaType::QDate);
    case Kind::Time:
        return QMetaType(QMetaType::QTime);
    case Kind::Timestamp:
    case Kind::Timestamptz:
        return QMetaType(QMetaType::QDateTime);
    case Kind::Bytes:
        return QMetaType(QMetaType::QByteArray);
    case Kind::Text:
        break;
    }
    return QMetaType(QMetaType::QString);
}

// Digits [from, from+count) as a number; -1 when one is not a digit.
int digits(const char* text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "HH:MM:SS[.ffffff]" at `text`; sets `end` to the index after it.
QTime parseTime(const char* text, int length, int& end)
{
    if (length < 8 || text[2] != ':' || text[5] != ':')
        return {};
    const int h = digits(text, 0, 2), m = digits(text, 3, 2), s = digits(text, 6, 2);
    int ms = 0;
    end = 8;
    if (end < length && text[end] == '.') {
        int scale = 100;
        ++end;
        while (end < length && text[end] >= '0' && text[end] <= '9') {
            ms += (text[end] - '0') * scale;
            scale /= 10;
            ++end;
        }
    }
    if (h < 0 || m < 0 || s < 0)
        return {};
    return QTime(h, m, s, ms);
}

// ISO output: "2026-11-30 02:14:57.123456+01[:30[:15]]". "infinity" and BC
// dates are not valid QDateTimes and read as invalid.
QDateTime parseTimestamp(const char* text, int length, bool withZone)
{
    if (length < 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ')
        return {};
    if (qstrncmp(text + length - 3, " BC", 3) == 0)
        return {}; // before Christ: no date anyone enters here
    const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    int end = 0;
    const QTime time = parseTime(text + 11, length - 11, end);
    if (!date.isValid() || !time.isValid())
        return {};
    end += 11;
    if (!withZone)
        return QDateTime(date, time, Qt::UTC);
    if (end >= length || (text[end] != '+' && text[end] != '-'))
        return {};
    const int sign = text[end] == '-' ? -1 : 1;
    if (end + 3 > length)
        return {};
    int offset = digits(text, end + 1, 2) * 3600;
    if (end + 6 <= length && text[end + 3] == ':')
        offset += digits(text, end + 4, 2) * 60;
    if (end + 9 <= length && text[end + 6] == ':')
        offset += digits(text, end + 7, 2);
    return QDateTime(date, time, Qt::OffsetFromUTC, sign * offset).toUTC();
}

QVariant decode(Kind kind, const char* text, int length)
{
    switch (kind) {
    case Kind::Bool:
        return text[0] == 't';
    case Kind::Int64:
        return QByteArray::fromRawData(text, length).toLongLong();
    case Kind::Int32:
        return QByteArray::fromRawData(text, length).toInt();
    case Kind::Double:
        return QByteArray::fromRawData(text, length).toDouble();
    case Kind::Date:
        return QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate);
    case Kind::Time: {
        int end = 0;
        return parseTime(text, length, end);
    }
    case Kind::Timestamp:
    case Kind::Timestamptz:
        return parseTimestamp(text, length, kind == Kind::Timestamptz);
    case Kind::Bytes: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        QByteArray value(reinterpret_cast<const char*>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return value;
    }
    case Kind::Text:
        break;
    }
    return QString::fromUtf8(text, length);
}

} // namespace

PgRowReader::PgRowReader(const pg_result* result)
    : m_result(result)
{
    const int columns = PQnfields(result);
    for (int c = 0; c < columns; ++c) {
        const Kind kind = kindOf(PQftype(result, c));
        m_kinds.append(int(kind));
        m_empty.append(QSqlField(QString::fromUtf8(PQfname(result, c)), metaTypeOf(kind)));
    }
}

int PgRowReader::rowCount() const
{
    return PQntuples(m_result);
}

QSqlRecord PgRowReader::row(int index) const
{
    QSqlRecord record = m_empty;
    for (int c = 0; c < m_kinds.size(); ++c) {
        if (PQgetisnull(m_result, index, c))
            continue; // the field's value is already a null of its type
        record.setValue(c, decode(Kind(m_kinds.at(c)), PQgetvalue(m_result, index, c),
                                  PQgetlength(m_result, index, c)));
    }
    return record;
}
