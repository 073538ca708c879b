#pragma once

#include "domain/ServiceError.h"

#include <QByteArrayList>
#include <QVariantList>

#include <vector>

// Bound values as libpq sends them with an unnamed statement: text in the
// server's own notation (numbers and money exact, times in UTC), byte arrays
// in binary, and null values as SQL NULL. The types are left to the server,
// which infers them from the statement as it did for prepared statements.
class PgParameters final {
public:
    static Result<PgParameters> encode(const QVariantList& values);

    int count() const { return int(m_values.size()); }
    const char* const* values() const { return m_values.data(); }
    const int* lengths() const { return m_lengths.data(); }
    const int* formats() const { return m_formats.data(); }

private:
    QByteArrayList m_storage;
    std::vector<const char*> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<bool> m_null;
};
