#pragma once

#include <QString>

// One field of a CSV file (RFC 4180): quoted when it holds a comma, quote or
// line break; a leading =, +, - or @ is defused so that spreadsheets show it
// as text instead of running it as a formula.
namespace CsvField {
QString escaped(const QString& value);
} // namespace CsvField
