#pragma once

#include <QList>
#include <QSqlRecord>

struct pg_result;

// Turns the rows of a libpq result into QSqlRecords with the value types the
// service layer reads: integers and booleans as such, numeric as exact text,
// dates and times as Qt's (timestamps in UTC), bytea as bytes, the rest text.
// Expects the server's ISO date style (DatabaseConnection checks it).
class PgRowReader final {
public:
    explicit PgRowReader(const pg_result* result);

    QSqlRecord row(int index) const;
    int rowCount() const;

private:
    const pg_result* m_result;
    QSqlRecord m_empty;
    QList<int> m_kinds; // how each column is read (PgRowReader.cpp)
};
